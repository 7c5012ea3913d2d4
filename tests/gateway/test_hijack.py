"""The customer's incident, replayed: webmaster@corp.example, password webmaster, 4 spams a minute.

The gateway runs on an injected clock (Gateway.open's), so five minutes pass in a second; the mail itself goes
over real SMTP, through the trusted Exchange address and through SMTP AUTH.
"""

from __future__ import annotations

import asyncio

import pytest

from app.cli import main
from app.store import alerts as alerts_store

from tests.conftest import StoppedClock, db_row, message, wait_for
from tests.gateway.test_auth_gateway import CHEAP, tls_client
from app.accounts.passwords import hash_password
from app.store import accounts as accounts_store


@pytest.fixture
def gateway_clock() -> StoppedClock:
    return StoppedClock()


def send_spam(gateway, sender: str, index: int, source_ip: str = "127.0.0.1", auth: str | None = None) -> int:
    recipient = f"buyer{index}@shop{index}.example"
    body = message(subject=f"offer {index}", sender=sender, to=recipient)
    if auth is None:
        with gateway.smtp(source_ip) as client:
            client.sendmail(sender, [recipient], body)
            return 250
    with tls_client(gateway, source_ip) as client:
        client.login(auth, "webmaster")
        client.sendmail(sender, [recipient], body)
        return 250


async def held_count(gateway, sender: str) -> int:
    row = await db_row(gateway.store, "SELECT COUNT(*) FROM queue_messages WHERE sender = ? AND held = 1", (sender,))
    return row[0]


async def replay(gateway, sink, clock: StoppedClock, **send) -> float:
    """Four messages a minute to distinct external domains until the first alert; its time from the start."""
    started = clock.now
    for index in range(40):
        await asyncio.to_thread(send_spam, gateway, "webmaster@corp.example", index, **send)
        if await alerts_store.list_alerts(gateway.store, open_only=True):
            return clock.now - started
        clock.now += 15
    raise AssertionError("no alert after 10 simulated minutes")


async def test_a_trickle_through_the_trusted_exchange_server_alerts_within_five_minutes_and_is_held(
    gateway, sink, gateway_clock
):
    await gateway.trust("127.0.0.1/32")  # Exchange: mail from it is relayed without AUTH
    await gateway.configure(smarthost=sink.address, upstream=sink.address)
    clock = gateway_clock
    took = await replay(gateway, sink, clock)
    assert took <= 300
    alert = (await alerts_store.list_alerts(gateway.store, open_only=True))[0]
    assert (alert.kind, alert.subject, alert.severity) == (
        "dormant-sender-started",
        "sender:webmaster@corp.example",
        "critical",
    )
    # From now on its mail waits for the operator, and the dashboard header says why.
    await wait_for(lambda: "webmaster@corp.example" in gateway.gateway.policy.current.held_senders)
    delivered = len(sink.messages)
    await asyncio.to_thread(send_spam, gateway, "webmaster@corp.example", 99)
    assert await wait_for(lambda: held_count(gateway, "webmaster@corp.example"))
    assert len(sink.messages) == delivered  # held mail never takes the fast path, and the poll skips it
    from app.ui.backend import Backend

    status = await Backend(gateway.store, gateway.gateway.policy, attached=False).header_status()
    assert any(badge.startswith("ALERT: 1 open") for badge in status.badges)


async def test_the_same_trickle_through_a_hijacked_account(gateway, sink, gateway_clock):
    await accounts_store.add_account(
        gateway.store,
        "webmaster@corp.example",
        hash_password("webmaster", hasher=CHEAP),
        "[]",
        allow_weak=True,
        aliases=[],
        networks="",
    )
    await gateway.configure(smarthost=sink.address)
    clock = gateway_clock
    took = await replay(gateway, sink, clock, source_ip="127.0.0.77", auth="webmaster@corp.example")
    assert took <= 300
    alert = (await alerts_store.list_alerts(gateway.store, open_only=True))[0]
    assert alert.subject == "account:webmaster@corp.example"


async def test_an_ordinary_employee_never_alerts(gateway, sink, gateway_clock):
    await gateway.trust("127.0.0.1/32")
    await gateway.configure(smarthost=sink.address)
    clock = gateway_clock
    for index in range(5):  # five messages in an hour to three partners
        recipient = f"kim@partner{index % 3}.example"
        await asyncio.to_thread(gateway.send, "lee@corp.example", [recipient], message(sender="lee@corp.example"))
        clock.now += 700
    await wait_for(lambda: len(sink.messages) == 5)
    assert not await alerts_store.list_alerts(gateway.store)


async def test_a_sender_over_its_limit_is_deferred_and_its_queue_held(gateway, sink, gateway_clock):
    await gateway.trust("127.0.0.1/32")
    await gateway.configure(smarthost="127.0.0.1:9")  # nothing listens: mail stays queued
    assert (
        await asyncio.to_thread(
            main, ["--db", gateway.db, "limits", "set", "--sender", "bulk@corp.example", "--per-minute", "2"]
        )
        == 0
    )
    await gateway.gateway.policy.reload()
    clock = gateway_clock

    def send(index: int) -> tuple[int, str]:
        with gateway.smtp() as client:
            code, text = client.mail("bulk@corp.example")
            if code != 250:
                return code, text.decode()
            client.rcpt(f"x@d{index}.example")
            return client.data(message(sender="bulk@corp.example"))[0], ""

    assert [(await asyncio.to_thread(send, i))[0] for i in range(2)] == [250, 250]
    code, text = await asyncio.to_thread(send, 2)
    assert code == 451 and text.startswith("4.7.1 Sender <bulk@corp.example> is over its sending limit")
    assert await wait_for(lambda: held_count(gateway, "bulk@corp.example")) == 2
    alert = (await alerts_store.list_alerts(gateway.store))[0]
    assert alert.kind == "sender-over-limit"
    clock.now += 61
    assert (await asyncio.to_thread(send, 3))[0] == 250  # the minute has passed; still held for review
    assert await wait_for(lambda: held_count(gateway, "bulk@corp.example")) == 3


def test_the_audit_reports_the_webmaster_account_critical(tmp_path, capsys):
    db = str(tmp_path / "gw.db")
    assert main(["--db", db, "init", "--hostname", "mx.corp.example"]) == 0
    assert main(["--db", db, "account", "add", "webmaster@corp.example", "--password", "webmaster"]) == 2
    assert "weak password" in capsys.readouterr().err
    assert (
        main(["--db", db, "account", "add", "webmaster@corp.example", "--password", "webmaster", "--allow-weak"]) == 0
    )
    capsys.readouterr()
    assert main(["--db", db, "audit", "--json"]) == 1
    import json

    findings = json.loads(capsys.readouterr().out)
    codes = {(f["subject"], f["code"], f["severity"]) for f in findings}
    assert ("webmaster@corp.example", "default-account", "critical") in codes
    assert ("webmaster@corp.example", "password-same-as-account", "critical") in codes
