"""The attached dashboard's feed (`mailmoat tui`): it reads what another process wrote, and a flood does not
leave it behind (issue 17 item 8: the screen within 2 s of the mail)."""

from __future__ import annotations

from app.install import initialise
from app.store.database import Store
from app.store.events import write_events
from app.ui.feed import DatabaseFeed


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
