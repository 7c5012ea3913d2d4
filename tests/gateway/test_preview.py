"""A preview's flips agree with replaying the same history through the real server after the change."""

from __future__ import annotations

import asyncio
import smtplib
import time

import pytest

from app.cli import main
from app.monitor.preview import preview_change
from app.pipeline.replay import judge, transactions_from_events
from app.policy.drafts import with_list_entry, with_relay_change
from app.policy.list_files import entry_from_row
from app.store.events import transaction_rows

HISTORY = [  # (client, sender, recipients)
    ("127.0.0.71", "alice@partner.example", ["bob@corp.example", "kim@corp.example"]),
    ("127.0.0.72", "promo@junk.example", ["bob@corp.example"]),
    ("127.0.0.72", "promo@junk.example", ["victim@elsewhere.example"]),
    ("127.0.0.73", "news@sub.junk.example", ["kim@corp.example", "x@other.example"]),
    ("127.0.0.74", "lee@corp.example", ["partner@partner.example"]),
    ("127.0.0.75", "a%b@junk.example", ["bob@corp.example"]),
]


def session(gateway, ip: str, sender: str, recipients: list[str]) -> dict[str, bool]:
    with smtplib.SMTP(gateway.host, gateway.port, source_address=(ip, 0), timeout=10) as client:
        client.ehlo("client.example")
        code, _ = client.mail(sender)
        if code != 250:
            return {"": False}  # refused at MAIL: the client never gets to RCPT
        return {r: client.rcpt(r)[0] == 250 for r in recipients}


async def record_history(gateway) -> list[dict[str, bool]]:
    outcomes = [await asyncio.to_thread(session, gateway, *tx) for tx in HISTORY]
    await gateway.gateway.writer.flush()
    return outcomes


CHANGES = {
    "block a domain and its subdomains": (
        ["block", "add", "domain", ".junk.example"],
        lambda p: with_list_entry(
            p,
            {
                **entry_from_row({"kind": "domain", "value": ".junk.example"}, "block", None, time.time()),
                "list": "block",
            },
        ),
    ),
    "trust a network": (
        ["relay", "allow-net", "127.0.0.72/32"],
        lambda p: with_relay_change(p, "network", "127.0.0.72/32"),
    ),
    "a sender exception": (
        ["relay", "allow-domain", "junk.example"],
        lambda p: with_relay_change(p, "sender_exception", "junk.example"),
    ),
    "drop a local domain": (
        ["domain", "remove", "corp.example"],
        lambda p: with_relay_change(p, "local_domain", "corp.example", remove=True),
    ),
}


@pytest.mark.parametrize("name", CHANGES)
async def test_preview_agrees_with_the_server_after_the_change(gateway, name):
    command, draft = CHANGES[name]
    before = await record_history(gateway)
    transactions = transactions_from_events(await transaction_rows(gateway.store, 0))
    assert [tx.recipients or [""] for tx in transactions] == [list(outcome) for outcome in before]
    current = gateway.gateway.policy.current
    for tx, actual in zip(transactions, before):  # the replay agrees with what the server did
        judged = await judge(current, tx)
        assert {r: o.accepted for r, o in judged.items()} == actual, tx
    result = await preview_change(gateway.store, draft, hours=1)
    flipped = {(f.client_ip, f.sender, f.recipient) for f in result.to_refused + result.to_accepted}
    assert flipped, "a change that changes nothing makes a weak test"
    assert await asyncio.to_thread(main, ["--db", gateway.db, *command]) == 0
    await gateway.gateway.policy.reload()
    after = [await asyncio.to_thread(session, gateway, *tx) for tx in HISTORY]
    for (ip, sender, _), was, now in zip(HISTORY, before, after):
        for recipient in was:
            expected_flip = (ip, sender, recipient) in flipped
            assert (was[recipient] != now[recipient]) == expected_flip, (ip, sender, recipient)


async def test_the_dry_run_saves_nothing_and_warns_about_correspondents(gateway, capsys):
    await gateway.trust("127.0.0.74/32")
    await gateway.configure(smarthost="127.0.0.1:9")
    from tests.conftest import message

    await asyncio.to_thread(gateway.send, "lee@corp.example", ["alice@partner.example"], message(), "127.0.0.74")
    await record_history(gateway)
    snapshot = gateway.gateway.policy.current
    code = await asyncio.to_thread(
        main, ["--db", gateway.db, "block", "add", "domain", "partner.example", "--dry-run", "--hours", "1"]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "dry run, nothing saved" in out and "2 would now be refused" in out
    assert "come from senders the office has written to" in out and "[correspondent]" in out
    await gateway.gateway.policy.reload()
    assert gateway.gateway.policy.current.lists.block.size == snapshot.lists.block.size == 0
