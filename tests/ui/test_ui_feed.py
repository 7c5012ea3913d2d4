"""The attached dashboard's feed (`mailmoat tui`): it reads what another process wrote, and a flood does not
leave it behind (issue 17 item 8: the screen within 2 s of the mail)."""

from __future__ import annotations

import contextlib

from app.install import initialise
from app.store.database import Store
from app.store.events import INSERT_WORKER_EVENT, write_events
from app.ui.feed import DatabaseFeed

from tests.support.postgres import postgres_server, postgres_url  # noqa: F401 (fixtures)


def event_row(n: int) -> tuple:
    return (
        1000.0 + n,
        f"S{n}",
        "queued",
        "data",
        "content",
        "accepted",
        "192.0.2.1",
        "mx.example",
        "a@example.com",
        "b@corp.example",
        "250 2.0.0 queued",
        "",
        "",
        f"Q{n}",
    )


async def test_one_drain_takes_a_flood_of_events_written_since_the_last(tmp_path):
    store = await Store.open(tmp_path / "feed.db", create=True)
    try:
        await initialise(store, "mx.corp.example")
        await write_events(store, [event_row(n) for n in range(10)])
        feed = DatabaseFeed(store)
        assert [e["session"] for e in await feed.history(5)][-1] == "S9"
        # two seconds of a flood: ~400 messages a second, about eight events each
        await write_events(store, [event_row(n) for n in range(10, 6410)])
        drained = await feed.drain()
        assert len(drained) == 6400 and drained[0]["session"] == "S10" and drained[-1]["session"] == "S6409"
        assert await feed.drain() == []
    finally:
        await store.close()


async def test_an_event_committed_after_a_later_id_of_another_node_still_arrives(postgres_url):
    """Two nodes on one PostgreSQL server: the first takes an id, the second a later one and commits first. The
    feed reads the later one, then the earlier one when it commits; an id that never commits is waited for no
    longer than GAP_WAIT."""
    first = await Store.open(postgres_url)
    second = await Store.open(postgres_url)
    now = [0.0]
    try:
        await initialise(first, "mx.corp.example")
        await write_events(first, [event_row(0)])
        feed = DatabaseFeed(second, clock=lambda: now[0])
        assert [e["session"] for e in await feed.history(5)] == ["S0"]
        async with first.transaction() as conn:  # the first node is still committing S1
            await conn.execute(INSERT_WORKER_EVENT, event_row(1) + ("n1@a:1:x",))
            await write_events(second, [event_row(2)], "n2@b:2:y")
            assert [e["session"] for e in await feed.drain()] == ["S2"]
            assert [e["session"] for e in await feed.drain()] == []
        assert [(e["session"], e["worker"]) for e in await feed.drain()] == [("S1", "n1@a:1:x")]
        assert await feed.drain() == []

        with contextlib.suppress(RuntimeError):
            async with first.transaction() as conn:  # an id taken, then rolled back: it never comes
                await conn.execute(INSERT_WORKER_EVENT, event_row(3) + ("n1@a:1:x",))
                raise RuntimeError("rolled back")
        await write_events(second, [event_row(4)], "n2@b:2:y")
        assert [e["session"] for e in await feed.drain()] == ["S4"]
        assert feed._gaps
        now[0] += DatabaseFeed.GAP_WAIT + 1
        assert await feed.drain() == [] and not feed._gaps
    finally:
        await first.close()
        await second.close()
