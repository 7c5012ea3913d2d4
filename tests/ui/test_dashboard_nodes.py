"""The dashboard across nodes: `mailmoat tui` on one database shows every node's sessions, with a node column once
two nodes have sessions, and each node's heartbeat in the header (a silent node said GONE in words). The data is
put in the database as two nodes' gateways would write it; each test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import os

import pytest
from textual.widgets import DataTable

from app.install import initialise
from app.monitor.events import Event
from app.store import workers as workers_store
from app.store.database import Store
from app.store.events import write_events
from app.ui.backend import Backend
from app.ui.nodes import node_beats, nodes_text
from app.ui.run import AttachedDashboard
from app.ui.widgets.banner import GatewayBanner

from tests.conftest import wait_for
from tests.support.postgres import database, postgres_server, postgres_url  # noqa: F401 (fixtures)

NOW = 1_800_000_000.0
SEOUL = "서울-본사@mx-a:4101:aa"
SEOUL_2 = "서울-본사@mx-a:4102:ab"
BUSAN = "[b]부산[/b]@mx-b:5101:ba"  # markup-like and wide: shown as written


def session_events(number: int, sender: str) -> list[tuple]:
    session = f"s{number:04d}"
    ts = NOW - 300 + number
    at = {"ts": ts, "session": session, "verdict": "accept", "client_ip": f"192.0.2.{number}"}
    return [
        Event(kind="connect", stage="connect", **at).row(),
        Event(kind="mail", stage="mail", sender=sender, **at).row(),
        Event(kind="queued", stage="data", sender=sender, recipient="bob@corp.example", reply="250 2.0.0 queued", **at).row(),
    ]  # fmt: skip


async def two_nodes(db: str, *, busan_heartbeat: float = NOW - 1, busan_events: bool = True) -> None:
    store = await Store.open(db)
    try:
        await initialise(store, "mx.corp.example")
        await write_events(store, session_events(1, "alice@seoul.example"), SEOUL)
        await write_events(store, session_events(2, "carol@seoul.example"), SEOUL_2)
        if busan_events:
            await write_events(store, session_events(3, "dave@busan.example"), BUSAN)
        await workers_store.beat(store, SEOUL, "0.0.0.0:25", NOW - 3600, NOW - 1)
        await workers_store.beat(store, SEOUL_2, "0.0.0.0:25", NOW - 3600, NOW - 2)
        await workers_store.beat(store, BUSAN, "0.0.0.0:25", NOW - 3600, busan_heartbeat)
    finally:
        await store.close()


def log_cells(app, column: str) -> dict[str, str]:
    """Sender -> the cell of `column` on the Live log."""
    table = app.screen.query_one("#log", DataTable)
    return {str(table.get_cell(row, "sender")): str(table.get_cell(row, column)) for row in table.rows}


def columns(app) -> list[str]:
    return [str(column.key.value) for column in app.screen.query_one("#log", DataTable).columns.values()]


def banner_shown(app) -> bool:
    banners = app.screen.query(GatewayBanner)
    return bool(banners) and banners.first().display


async def test_two_nodes_each_sessions_with_its_node_and_each_heartbeat_in_the_header(database):
    await two_nodes(database)
    app = AttachedDashboard(database, clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(lambda: len(app.screen.query_one("#log", DataTable).rows) == 3 and "nodes" in app.sub_title)
        assert app.sub_title == ("2 nodes: [b]부산[/b] 1 worker alive 1s ago; 서울-본사 2 workers alive 1s ago")
        assert columns(app)[:2] == ["time", "node"]
        assert log_cells(app, "node") == {
            "alice@seoul.example": "서울-본사",
            "carol@seoul.example": "서울-본사",
            "dave@busan.example": "[b]부산[/b]",  # Text, never markup
        }
        assert not banner_shown(app)
        await pilot.press("slash", *"부산", "enter")  # the filter finds a node's sessions
        await wait_for(lambda: list(log_cells(app, "node")) == ["dave@busan.example"])


async def test_a_node_silent_for_longer_than_the_timeout_is_gone_in_words_and_the_other_serves_on(database):
    await two_nodes(database, busan_heartbeat=NOW - 45)
    app = AttachedDashboard(database, clock=lambda: NOW)
    async with app.run_test(size=(120, 40)):
        await wait_for(lambda: "GONE" in app.sub_title)
        assert app.sub_title.endswith("2 nodes: [b]부산[/b] GONE 45s ago; 서울-본사 2 workers alive 1s ago")
        assert not banner_shown(app)  # one node still takes and delivers the mail: no red banner


async def test_one_node_keeps_the_single_box_view(database):
    """Events of one node only (a node's name alone, the other without sessions yet): no node column; one
    process's heartbeat reads as it always did."""
    await two_nodes(database, busan_events=False)
    app = AttachedDashboard(database, clock=lambda: NOW)
    async with app.run_test(size=(120, 40)):
        await wait_for(lambda: len(app.screen.query_one("#log", DataTable).rows) == 2)
        assert "node" not in columns(app)
        store = app.store
        await workers_store.forget(store, BUSAN)
        await workers_store.forget(store, SEOUL_2)
        refreshed = app.refresh_status()
        await wait_for(lambda: refreshed.is_finished)
        assert app.sub_title.startswith("attached to gateway pid 4101 on 0.0.0.0:25: alive")


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
async def test_a_second_node_arriving_brings_the_node_column(database):
    await two_nodes(database, busan_events=False)
    app = AttachedDashboard(database, clock=lambda: NOW)
    async with app.run_test(size=(80, 24)):
        await wait_for(lambda: len(app.screen.query_one("#log", DataTable).rows) == 2)
        assert "node" not in columns(app)
        await write_events(app.store, session_events(3, "dave@busan.example"), BUSAN)
        await wait_for(lambda: "node" in columns(app) and len(log_cells(app, "node")) == 3, timeout=60)
        assert log_cells(app, "node")["dave@busan.example"] == "[b]부산[/b]"


def test_gone_nodes_come_first_so_a_narrow_header_keeps_them():
    rows = [
        workers_store.WorkerStatus("a-node@h1:1:x", 1, "", NOW - 100, NOW - 1),
        workers_store.WorkerStatus("a-node@h1:2:y", 2, "", NOW - 100, NOW - 30),  # late: not counted alive
        workers_store.WorkerStatus("z-node@h2:3:z", 3, "", NOW - 100, NOW - 600),
        workers_store.WorkerStatus("m\x1b[2J@h3:4:w", 4, "", NOW - 100, NOW - 2),
    ]
    assert nodes_text(node_beats(rows, NOW, 10.0)) == (
        "3 nodes: z-node GONE 600s ago; a-node 1 worker alive 1s ago; m\\x1b[2J 1 worker alive 2s ago"
    )


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
async def test_the_dashboard_of_run_names_the_other_nodes_in_its_header(database):
    """`mailmoat run`: its Live shows its own process's sessions, its header every node's heartbeat."""
    await two_nodes(database)
    store = await Store.open(database)
    try:
        status = await Backend(store, None, attached=False, clock=lambda: NOW).header_status()
        assert status.gateway == (
            f"gateway in this process (pid {os.getpid()}); "
            "2 nodes: [b]부산[/b] 1 worker alive 1s ago; 서울-본사 2 workers alive 1s ago"
        )
        await workers_store.forget(store, BUSAN)
        status = await Backend(store, None, attached=False, clock=lambda: NOW).header_status()
        assert status.gateway == f"gateway in this process (pid {os.getpid()})"  # one node: as it always was
    finally:
        await store.close()
