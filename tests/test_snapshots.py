"""Snapshots of every dashboard screen on sample.db, in each theme (pytest-textual-snapshot).

Update after a deliberate change of the screens with: pytest tests/test_snapshots.py --snapshot-update
"""
from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from textual.widgets import DataTable

from app.ui.run import AttachedDashboard
from app.ui.themes import load_themes

SAMPLE_DB = Path(__file__).resolve().parents[1] / "sample.db"
SCREENS = {"live": ("1", "#log"), "queue": ("2", "#messages"), "relay": ("3", "#networks"),
           "blocklists": ("4", "#entries"), "rules": ("5", "#rules"), "quarantine": ("6", "#quarantine"),
           "help": ("question_mark", "#keys")}
THEMES = [theme.name for theme in load_themes()]


@pytest.fixture(scope="module")
def sample_copy(tmp_path_factory):
    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"  # the log shows local times
    time.tzset()
    copy = tmp_path_factory.mktemp("snap") / "sample.db"
    shutil.copyfile(SAMPLE_DB, copy)
    with sqlite3.connect(copy) as conn:
        (last_event,) = conn.execute("SELECT MAX(ts) FROM events").fetchone()
    yield str(copy), last_event + 60.0
    if old_tz is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old_tz
    time.tzset()


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen(snap_compare, sample_copy, screen, theme):
    path, now = sample_copy
    key, table_id = SCREENS[screen]
    app = AttachedDashboard(path, clock=lambda: now)

    async def run_before(pilot) -> None:
        pilot.app.theme = theme
        await pilot.press(key)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            tables = pilot.app.screen.query(table_id)
            ready = bool(tables) and bool(pilot.app.sub_title) and (
                tables.first(DataTable).row_count > 0 or
                (screen == "blocklists" and "entries" in str(pilot.app.screen.query_one("#lists-status").render())) or
                (screen in ("rules", "quarantine") and str(pilot.app.screen.query_one(f"#{screen}-status").render())))
            if ready and screen == "live":
                ready = "Select a connection" not in str(pilot.app.screen.query_one("#detail").render())
            if ready:
                break
            await asyncio.sleep(0.05)
        await pilot.pause(0.3)

    assert snap_compare(app, run_before=run_before, terminal_size=(120, 40))
