"""Snapshots of every dashboard screen on sample.db (pytest-textual-snapshot): each screen in each theme at 80x24
and 120x40, and at 200x50 in the default theme.

One app session per screen takes its seven pictures one after another, the terminal resized and the theme
switched as an operator would: an app start costs seconds on a busy box, a picture a fraction of one (57
pictures in about a minute, where 19 app starts took as long). Each picture is compared with its stored SVG by
the plugin's own extension, and a mismatch goes into the plugin's HTML report.

Update after a deliberate change of the screens with: pytest tests/ui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import os
import pickle
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from pytest_textual_snapshot import PseudoApp, PseudoConsole, SVGImageExtension, node_to_report_path
from rich.console import Console
from textual.widgets import DataTable

from app.store.database import Store
from app.ui.run import AttachedDashboard
from app.ui.themes import load_themes

from tests.conftest import wait_for

SAMPLE_DB = Path(__file__).resolve().parents[2] / "sample.db"
SCREENS = {
    "live": ("1", "#log"),
    "queue": ("2", "#messages"),
    "relay": ("3", "#networks"),
    "blocklists": ("4", "#entries"),
    "rules": ("5", "#rules"),
    "quarantine": ("6", "#quarantine"),
    "accounts": ("7", "#accounts"),
    "help": ("question_mark", "#keys"),
}
THEMES = [theme.name for theme in load_themes()]


@pytest.fixture(scope="module")
def sample_copy(tmp_path_factory):
    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"  # the log shows local times
    time.tzset()
    copy = tmp_path_factory.mktemp("snap") / "sample.db"
    shutil.copyfile(SAMPLE_DB, copy)
    asyncio.run(migrated(str(copy)))  # the heartbeats' table is newer than the sample
    with sqlite3.connect(copy) as conn:
        (last_event,) = conn.execute("SELECT MAX(ts) FROM events").fetchone()
        # the screens as an operator mostly sees them: attached to a gateway that is alive (a heartbeat at "now")
        conn.execute(
            "INSERT INTO gateway_workers(worker, pid, listen, started, heartbeat) "
            "VALUES('mx:4242:sample', 4242, '127.0.0.1:2525', ?, ?)",
            (last_event - 3600, last_event + 60.0),
        )
    yield str(copy), last_event + 60.0
    if old_tz is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old_tz
    time.tzset()


async def migrated(path: str) -> None:
    """Migrated to this version, and out of WAL mode again: the tests copy the file alone."""
    await (await Store.open(path)).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")


def newest_row_shown(screen, newest: float) -> bool:
    """The log's last row holds the sample's newest event: the history is in, not only a first batch."""
    table = screen.query_one("#log", DataTable)
    if not table.row_count:
        return False
    row = screen.model.rows.get(table.coordinate_to_cell_key((table.row_count - 1, 0)).row_key.value)
    return row is not None and any(e["ts"] >= newest for e in row.events)


DEFAULT, *OTHER_THEMES = THEMES
SIZES = [(80, 24), (120, 40)]
SETTLE_TRIES = 20
WIDE = (200, 50)  # in the default theme only: a theme colours every size alike
# (size, theme) in the order one session takes them
PICTURES = [(size, DEFAULT) for size in [*SIZES, WIDE]] + [(size, theme) for theme in OTHER_THEMES for size in SIZES]


@pytest.mark.parametrize("screen", SCREENS)
async def test_screen(snapshot, request, sample_copy, screen):
    """One session per screen: the terminal resized and the theme switched as an operator would (ctrl+t), each
    picture taken once the screen has re-read its rows in the new colours."""
    path, now = sample_copy
    app, run_before = screen_shown(path, now, screen, DEFAULT)
    pictures = {}
    async with app.run_test(size=PICTURES[0][0]) as pilot:
        await run_before(pilot)
        for (width, height), theme in PICTURES:
            if app.size != (width, height):
                await pilot.resize_terminal(width, height)
                await wait_for(lambda: app.size == (width, height))
            if app.theme != theme:
                app.theme = theme
            await pilot.pause()
            await app.workers.wait_for_complete()  # the rows re-read in the theme's colours
            await pilot.wait_for_scheduled_animations()
            await pilot.pause(0.1)
            picture = app.export_screenshot(title=app.title)
            for _ in range(SETTLE_TRIES):  # settled: two pictures 0.1 s apart alike (a loaded box repaints late)
                await pilot.pause(0.1)
                again = app.export_screenshot(title=app.title)
                if again == picture:
                    break
                picture = again
            pictures[f"{width}x{height}-{theme}"] = picture
    mismatched = [name for name, svg in pictures.items() if not same_picture(snapshot, request, name, svg)]
    assert not mismatched, f"{screen} differs at {mismatched} (see the snapshot report)"


def same_picture(snapshot, request, name: str, svg: str) -> bool:
    """The snap_compare fixture's comparison for one of a test's pictures: the plugin's SVG extension, and a
    record for the plugin's HTML report of mismatches."""
    named = snapshot.use_extension(SVGImageExtension)(name=name)
    result = named == svg
    execution = next(iter(named.executions.values()), None)
    console = Console(legacy_windows=False, force_terminal=True)
    full_path, line_number, test_name = request.node.reportinfo()
    record = (
        result,
        str(named),
        svg,
        PseudoApp(PseudoConsole(console.legacy_windows, console.size)),
        full_path,
        line_number,
        f"{test_name}[{name}]",
        inspect.getdoc(request.node.function) or "",
        "",
        execution is not None and execution.final_data is not None,  # a stored picture to compare with
    )
    report = node_to_report_path(request.node)
    report.with_name(f"{report.name}_{name}").write_bytes(pickle.dumps(record))
    return result


def test_the_banner_of_a_gateway_that_stopped_answering(snap_compare, sample_copy, tmp_path):
    path, now = sample_copy
    silent = tmp_path / "silent.db"
    shutil.copyfile(path, silent)
    with sqlite3.connect(silent) as conn:
        conn.execute("UPDATE gateway_workers SET heartbeat = ?", (now - 75,))
    app, run_before = screen_shown(str(silent), now, "queue", THEMES[0])
    assert snap_compare(app, run_before=run_before, terminal_size=(120, 40))


SEOUL, SEOUL_2, BUSAN = "서울-본사@mx-a:4101:aa", "서울-본사@mx-a:4102:ab", "[b]부산-지점[/b]@mx-b:5101:ba"


def two_nodes_copy(path: str, now: float, tmp_path: Path, busan_heartbeat: float) -> str:
    """The sample as two nodes would have written it: every other session (and delivery) seen by each, two
    workers on the Seoul node, one on Busan (markup-like and wide, and longer than its column)."""
    copy = tmp_path / "nodes.db"
    shutil.copyfile(path, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "UPDATE events SET worker = CASE WHEN (CASE WHEN session = '' THEN id ELSE unicode(substr(session, -1)) "
            "END) % 2 = 0 THEN ? ELSE ? END",
            (SEOUL, BUSAN),
        )
        conn.execute("DELETE FROM gateway_workers")
        conn.executemany(
            "INSERT INTO gateway_workers(worker, pid, listen, started, heartbeat) VALUES(?, ?, '0.0.0.0:25', ?, ?)",
            [
                (SEOUL, 4101, now - 3600, now - 1),
                (SEOUL_2, 4102, now - 3600, now - 2),
                (BUSAN, 5101, now - 3600, busan_heartbeat),
            ],
        )
    return str(copy)


@pytest.mark.parametrize("size", SIZES)
def test_live_with_two_nodes(snap_compare, sample_copy, tmp_path, size):
    """A node column from the second node on, and each node's heartbeat in the header."""
    path, now = sample_copy
    app, run_before = screen_shown(two_nodes_copy(path, now, tmp_path, now - 1), now, "live", THEMES[0])
    assert snap_compare(app, run_before=run_before, terminal_size=size)


def test_live_with_a_node_gone(snap_compare, sample_copy, tmp_path):
    """A node silent for 75 s is GONE in the header, in words; the other serves on, so no banner."""
    path, now = sample_copy
    app, run_before = screen_shown(two_nodes_copy(path, now, tmp_path, now - 75), now, "live", THEMES[0])
    assert snap_compare(app, run_before=run_before, terminal_size=(120, 40))


def screen_shown(path: str, now: float, screen: str, theme: str):
    """The app and the run_before that shows `screen` in `theme` once its data is in."""
    key, table_id = SCREENS[screen]
    app = AttachedDashboard(path, clock=lambda: now)
    # The sample gets no new events. A first pump before load_history has set the feed's position reads the
    # oldest events, after the history, and the log ends with them (DatabaseFeed starts at id 0): on a busy
    # machine the history query can take longer than one pump interval, so pump late here.
    app.PUMP_INTERVAL = 2.0

    async def run_before(pilot) -> None:
        pilot.app.theme = theme
        await pilot.press(key)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            tables = pilot.app.screen.query(table_id)
            ready = (
                bool(tables)
                and bool(pilot.app.sub_title)
                and (
                    tables.first(DataTable).row_count > 0
                    or (
                        screen == "blocklists"
                        and "entries" in str(pilot.app.screen.query_one("#lists-status").render())
                    )
                    or (
                        screen in ("rules", "quarantine", "accounts")
                        and str(pilot.app.screen.query_one(f"#{screen}-status").render())
                    )
                )
            )
            if ready and screen == "live":
                ready = (
                    "Select a connection" not in str(pilot.app.screen.query_one("#detail").render())
                    and pilot.app.screen.query_one("#alerts-panel").loaded
                    and newest_row_shown(pilot.app.screen, now - 60.5)
                )
            if ready:
                break
            await asyncio.sleep(0.05)
        await pilot.pause(0.3)

    return app, run_before
