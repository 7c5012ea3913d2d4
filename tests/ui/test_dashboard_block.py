"""Block from a Live row (issue 17, story 3): b, a key for the kind, r for the scope, the preview, y."""

from __future__ import annotations

import asyncio

from textual.widgets import Button, DataTable

from app.ui.log_model import LogModel, LogRow
from app.ui.screens.block_picker import BlockPicker, block_offer

from tests.conftest import message, wait_for
from tests.ui.test_dashboard import column, dashboard


def select_row(table: DataTable, sender: str, verdict: str) -> None:
    rows = list(zip(column(table, "sender"), column(table, "verdict")))
    table.move_cursor(row=rows.index((sender, verdict)))


async def test_block_a_spam_senders_domain_for_one_recipient_from_a_live_row_in_three_keys(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await asyncio.to_thread(gateway.send, "spammer@junk.example", ["bob@corp.example"], message("junk"))
        table = app.screen.query_one("#log", DataTable)
        await wait_for(
            lambda: ("spammer@junk.example", "queued") in set(zip(column(table, "sender"), column(table, "verdict")))
        )
        await gateway.gateway.writer.flush()  # the session is in the stored history the preview reads
        select_row(table, "spammer@junk.example", "queued")
        for key in ("b", "r", "d"):
            await pilot.press(key)
            await pilot.pause()  # block; scope: the row's recipient; kind: the sender's domain (3 keys:
        # the question below appears after these and nothing more)
        await wait_for(
            lambda: app.screen.query(".question") and "Save it?" in str(app.screen.query_one(".question").render())
        )
        question = str(app.screen.query_one(".question").render())
        assert "Block domain junk.example for mail to bob@corp.example only" in question
        assert "would have matched 1 connection(s)" in question
        assert "1 would now be refused" in question
        await pilot.press("y")  # the confirmation
        await wait_for(lambda: gateway.gateway.policy.current.lists.block.size == 1)
    entries = await gateway.store._fetchall("SELECT list, kind, value, scope, expires IS NOT NULL FROM list_entries")
    assert [tuple(e) for e in entries] == [("block", "domain", "junk.example", "rcpt:bob@corp.example", 1)]
    refused = await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.10", "other@junk.example", "bob@corp.example")
    assert refused[0] == 550
    kept = await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.10", "other@junk.example", "alice@corp.example")
    assert kept[0] == 250  # the scope held: another recipient still gets the domain's mail


async def test_a_delivery_row_offers_its_sender_never_its_client_column(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await asyncio.to_thread(gateway.send, "news@partner.example", ["bob@corp.example"], message("hi"))
        table = app.screen.query_one("#log", DataTable)
        await wait_for(
            lambda: ("news@partner.example", "delivered") in set(zip(column(table, "sender"), column(table, "verdict")))
        )
        select_row(table, "news@partner.example", "delivered")
        await pilot.press("b")
        await wait_for(lambda: isinstance(app.screen, BlockPicker))
        assert app.screen.query_one("#block-ip", Button).disabled
        await pilot.press("i")  # nothing: the row has no client address
        await wait_for(lambda: any("no client IP" in str(n.message) for n in app._notifications))
        assert isinstance(app.screen, BlockPicker)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, BlockPicker)
    assert gateway.gateway.policy.current.lists.block.size == 0


def test_the_offer_of_every_row_kind():
    model = LogModel()
    base = {
        "kind": "",
        "verdict": "",
        "client_ip": "",
        "helo": "",
        "sender": "",
        "recipient": "",
        "reason": "",
        "reply": "",
        "queue_id": "",
        "session": "",
        "ts": 1.0,
        "rule": "",
    }
    model.apply(
        [
            {**base, "kind": "connect", "verdict": "accept", "client_ip": "203.0.113.9", "session": "s1"},
            {**base, "kind": "mail", "verdict": "accept", "sender": "스팸@junk.example", "session": "s1"},
            {
                **base,
                "kind": "rcpt",
                "verdict": "reject",
                "recipient": "nobody@corp.example",
                "session": "s1",
                "reason": "recipient_unknown",
                "reply": "550 5.1.1 unknown",
            },
            {**base, "kind": "rcpt", "verdict": "accept", "recipient": "bob@corp.example", "session": "s1"},
            {
                **base,
                "kind": "bounced",
                "verdict": "bounce",
                "sender": "",
                "recipient": "x@far.example",
                "queue_id": "q1",
                "reply": "550 no",
            },
            {**base, "kind": "connect", "verdict": "accept", "client_ip": "→ delivery", "session": "s2"},
        ]
    )
    session = block_offer(model.rows["s1"])
    assert session.values == {
        "ip": "203.0.113.9",
        "email": "스팸@junk.example",
        "domain": "junk.example",
        "user": "스팸",
    }
    assert session.recipients == ("bob@corp.example", "nobody@corp.example")  # the refused one too
    bounce = block_offer(model.rows["delivery:q1:x@far.example"])
    assert bounce.values == {}  # "→ delivery" is no address and <> no sender: refused with a message
    assert block_offer(LogRow(key="k", ts=0, client_ip="→ delivery")).values == {}
