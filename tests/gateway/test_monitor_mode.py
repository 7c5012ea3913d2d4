"""Monitor mode: a monitored entry or rule logs what it would have done, never acts, and can be promoted."""

from __future__ import annotations

import asyncio

from app.cli import main
from app.store import lists as lists_store

from tests.conftest import db_rows, message, wait_for


async def test_a_monitored_block_never_blocks_but_counts_its_would_have_hits(gateway, sink):
    assert (
        await asyncio.to_thread(main, ["--db", gateway.db, "block", "add", "domain", "junk.example", "--monitor"]) == 0
    )
    await gateway.gateway.policy.reload()
    for index in range(3):
        code, _ = await asyncio.to_thread(
            gateway.rcpt_reply, "127.0.0.60", f"s{index}@junk.example", "bob@corp.example"
        )
        assert code == 250
    await asyncio.to_thread(gateway.send, "s@junk.example", ["bob@corp.example"], message())
    await wait_for(lambda: sink.messages)
    rows = await wait_for(
        lambda: db_rows(
            gateway.store, "SELECT verdict, rule, reason, recipient FROM events WHERE check_name = 'monitor'"
        )
    )
    assert rows[0][0] == "accept" and rows[0][1].startswith("monitor:blocklist:domain:junk.example")
    assert rows[0][3] == "bob@corp.example"
    await gateway.gateway.hits.flush()
    entry = (await lists_store.load_entries(gateway.store, "block"))[0]
    assert entry.mode == "monitor" and entry.hits >= 3
    # promoted: it acts from now on
    assert await asyncio.to_thread(main, ["--db", gateway.db, "block", "enforce", "domain", "junk.example"]) == 0
    await gateway.gateway.policy.reload()
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.60", "s@junk.example", "bob@corp.example"))[0] == 550


async def test_a_monitored_disconnect_entry_lets_the_client_in(gateway):
    assert (
        await asyncio.to_thread(
            main, ["--db", gateway.db, "block", "add", "ip", "127.0.0.61", "--action", "disconnect", "--monitor"]
        )
        == 0
    )
    await gateway.gateway.policy.reload()
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.61", "a@other.example", "bob@corp.example"))[0] == 250


async def test_a_monitored_allow_entry_exempts_nothing(gateway, sink):
    from app.policy.content_rules import ContentRule
    from app.store import content_rules as rules_store

    await rules_store.save_rule(gateway.store, ContentRule(None, "no", "body", "zorblax", False, "custom", 50, None))
    assert (
        await asyncio.to_thread(
            main, ["--db", gateway.db, "allow", "add", "email", "friend@other.example", "--monitor"]
        )
        == 0
    )
    await gateway.gateway.policy.reload()

    def send():
        with gateway.smtp() as client:
            client.mail("friend@other.example")
            client.rcpt("bob@corp.example")
            return client.data(message(body="zorblax\r\n"))[0]

    assert await asyncio.to_thread(send) == 550


async def test_promotion_after_clean_days_spares_entries_that_hit_correspondents(gateway, sink):
    from app.monitor.promotion import ACTOR, promote_due
    from app.store.database import Store

    await gateway.trust("127.0.0.1/32")
    await gateway.configure(smarthost=sink.address, monitor__promote_after="7d")
    for value in ("junk.example", "partner.example"):
        assert await asyncio.to_thread(main, ["--db", gateway.db, "block", "add", "domain", value, "--monitor"]) == 0
    await gateway.gateway.policy.reload()
    # the office writes to partner.example; both domains then send us mail the monitored entries would block
    await asyncio.to_thread(gateway.send, "lee@corp.example", ["kim@partner.example"], message())
    await asyncio.to_thread(gateway.send, "kim@partner.example", ["lee@corp.example"], message(), "127.0.0.62")
    await asyncio.to_thread(gateway.send, "ads@junk.example", ["lee@corp.example"], message(), "127.0.0.62")
    await wait_for(lambda: len(sink.messages) == 3)
    await gateway.gateway.writer.flush()
    await gateway.gateway.hits.flush()
    store = await Store.open(gateway.db)
    store.journal_actor = ACTOR
    try:
        assert await promote_due(store) == []  # not yet 7 days
        promoted = await promote_due(store, now=__import__("time").time() + 8 * 86400)
    finally:
        await store.close()
    assert promoted == ["block domain junk.example"]
    modes = {e.value: e.mode for e in await lists_store.load_entries(gateway.store, "block")}
    assert modes == {"junk.example": "enforce", "partner.example": "monitor"}
    rows = await db_rows(gateway.store, "SELECT actor FROM journal WHERE tbl = 'list_entries' ORDER BY id DESC")
    assert rows[0][0] == ACTOR


async def test_a_monitored_content_rule_is_promoted_unless_its_hits_came_from_correspondents(gateway, sink):
    """Promotion finds a rule's would-have hits by its name, not by matching the events' formatted text: a rule
    named like the tail of another ("offer" inside "special-offer") is judged on its own hits."""
    from app.monitor.promotion import promote_due
    from app.policy.content_rules import ContentRule
    from app.store import content_rules as rules_store

    await gateway.trust("127.0.0.1/32")
    await gateway.configure(smarthost=sink.address, monitor__promote_after="7d")
    for name, pattern in (("special-offer", "discount"), ("offer", "zorblax"), ("invoice", "remittance")):
        await rules_store.save_rule(
            gateway.store, ContentRule(None, name, "body", pattern, False, "custom", 1, None, True, "monitor")
        )
    await gateway.gateway.policy.reload()
    await asyncio.to_thread(gateway.send, "lee@corp.example", ["kim@partner.example"], message())
    await asyncio.to_thread(
        gateway.send,
        "kim@partner.example",
        ["lee@corp.example"],
        message(subject="a", body="The remittance and a discount.\r\n"),
        "127.0.0.63",
    )
    await asyncio.to_thread(
        gateway.send, "ads@junk.example", ["lee@corp.example"], message(subject="b", body="zorblax\r\n"), "127.0.0.63"
    )
    await wait_for(lambda: len(sink.messages) == 3)
    await gateway.gateway.writer.flush()
    await gateway.gateway.hits.flush()
    promoted = await promote_due(gateway.store, now=__import__("time").time() + 8 * 86400)
    assert promoted == ["content rule offer"]
    modes = {rule.name: rule.mode for rule in await rules_store.load_rules(gateway.store)}
    assert (modes["offer"], modes["special-offer"], modes["invoice"]) == ("enforce", "monitor", "monitor")


async def test_the_migration_fills_the_monitor_hits_from_the_events_kept(tmp_path):
    import sqlite3

    from app.store.database import Store
    from app.store.migrations import MIGRATIONS
    from app.store.monitor_hits import senders_hit_by_entry, senders_hit_by_rule

    path = str(tmp_path / "old.db")
    await (await Store.open(path)).close()
    migration = next(m for m in MIGRATIONS if "CREATE TABLE monitor_hits" in m)
    events = [
        ("monitor:blocklist:domain:junk.example#12", "", "a@junk.example"),
        ("monitor:blocklist:email:odd#name@x.example for domain:corp.example#7", "", "b@x.example"),
        ("blocklist:domain:enforced.example#3", "", "c@enforced.example"),
        ("content:spam(+5) | monitor:offer(+1), invoice(+2)", "content", "d@other.example"),
        ("content:special-offer(+1)", "content", "e@other.example"),
    ]
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE monitor_hits")
        conn.executemany(
            "INSERT INTO events(ts, session, kind, check_name, sender, rule) VALUES(1, 's', 'x', ?, ?, ?)",
            [(check, sender, rule) for rule, check, sender in events],
        )
        conn.executemany(
            "INSERT INTO content_rules(name, field, pattern, category, score, created) "
            "VALUES(?, 'body', ?, 'custom', 1, 0)",
            [("offer", "o"), ("invoice", "i"), ("special-offer", "s")],
        )
        conn.executescript(migration)
    store = await Store.open(path)
    try:
        assert await senders_hit_by_entry(store, 12) == {"a@junk.example"}
        assert await senders_hit_by_entry(store, 7) == {"b@x.example"}
        assert await senders_hit_by_entry(store, 3) == set()  # enforced, not a would-have hit
        assert await senders_hit_by_rule(store, "offer") == {"d@other.example"}
        assert await senders_hit_by_rule(store, "invoice") == {"d@other.example"}
        assert await senders_hit_by_rule(store, "special-offer") == set()
    finally:
        await store.close()
