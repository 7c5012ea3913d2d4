"""Long-lived tasks by name, so that a shutdown stops them in an order it states rather than by position."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine, Iterator
from typing import Any

log = logging.getLogger(__name__)


class NamedTasks:
    """Not an asyncio.TaskGroup on purpose: a group cancels every sibling when one task fails, and a failed
    chore (the daily report, say) must not take the gateway down; each task here ends on its own or by name."""

    def __init__(self) -> None:
        self._tasks: dict[str, asyncio.Task[Any]] = {}

    def start(self, name: str, work: Coroutine[Any, Any, Any]) -> None:
        if name in self._tasks and not self._tasks[name].done():
            work.close()
            raise ValueError(f"a task named {name!r} is running already")
        task = asyncio.get_running_loop().create_task(work, name=name)
        task.add_done_callback(_say_if_failed)  # when it happens, not at shutdown: a dead chore is found late
        self._tasks[name] = task

    def __contains__(self, name: object) -> bool:
        return name in self._tasks

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._tasks))

    def __getitem__(self, name: str) -> asyncio.Task[Any]:
        return self._tasks[name]

    async def cancel(self, *names: str) -> None:
        """Cancels the named tasks (the ones not started are skipped) and waits until they have ended."""
        tasks = [self._tasks.pop(name) for name in names if name in self._tasks]
        for task in tasks:
            task.cancel()
        await self._ended(tasks)

    async def join(self, *names: str) -> None:
        """Waits for the named tasks to end by themselves (each was told to stop already)."""
        await self._ended([self._tasks.pop(name) for name in names if name in self._tasks])

    async def cancel_all(self) -> None:
        await self.cancel(*self._tasks)

    @staticmethod
    async def _ended(tasks: list[asyncio.Task[Any]]) -> None:
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


def _say_if_failed(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("task %s failed: %r", task.get_name(), task.exception())
