"""NamedTasks: a failed task is said when it fails and takes no sibling with it; stop goes by name."""

from __future__ import annotations

import asyncio
import logging

import pytest

from app.named_tasks import NamedTasks
from tests.conftest import wait_for


async def test_a_failed_chore_is_logged_at_once_and_its_siblings_go_on(caplog):
    tasks = NamedTasks()
    ticks = 0

    async def chore() -> None:
        raise RuntimeError("report could not be written")

    async def delivery() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    with caplog.at_level(logging.ERROR, logger="app.named_tasks"):
        tasks.start("delivery", delivery())
        tasks.start("daily-report", chore())
        await wait_for(lambda: "task daily-report failed" in caplog.text)
    seen = ticks
    await wait_for(lambda: ticks > seen)  # delivery runs on after the chore's failure
    with pytest.raises(ValueError, match="running already"):
        tasks.start("delivery", delivery())
    await tasks.cancel("delivery")
    assert "delivery" not in tasks
    await tasks.cancel_all()
