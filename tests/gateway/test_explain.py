"""`mailmoat explain` agrees with what a real SMTP session got, for every kind of verdict."""

from __future__ import annotations

import asyncio
import re
import smtplib

import pytest

from app.cli import main
from app.pipeline.context import SessionContext
from app.decision_trace import explain
from app.policy.content_rules import ContentRule
from app.store import content_rules as rules_store
from app.store import lists as lists_store

from tests.conftest import db_execute, message
from tests.support.processes import closed_port


def session(gateway, ip: str, helo: str, sender: str, recipients: list[str], body: bytes | None) -> str:
    """The reply that decided a real session: the first refusal, else the last reply."""
    try:
        client = smtplib.SMTP(gateway.host, gateway.port, source_address=(ip, 0), timeout=10)
    except smtplib.SMTPConnectError as exc:
        return f"{exc.smtp_code} {exc.smtp_error.decode()}"
    except smtplib.SMTPServerDisconnected:
        return "disconnected"
    with client:
        code, text = client.ehlo(helo)
        if code != 250:
            return f"{code} {text.decode()}"
        code, text = client.mail(sender)
        if code != 250:
            return f"{code} {text.decode()}"
        accepted, last = 0, ""
        for rcpt in recipients:
            code, text = client.rcpt(rcpt)
            last = f"{code} {text.decode()}"
            accepted += code == 250
            if code != 250:
                return last
        if body is None or not accepted:
            return last
        code, text = client.data(body)
        return f"{code} {text.decode()}"


async def traced(gateway, ip: str, helo: str, sender: str, recipients: list[str], body: bytes | None):
    services = gateway.gateway.services
    ctx = SessionContext(
        "explain",
        ip,
        "127.0.0.1",
        gateway.gateway.policy.current,
        dnsbl=services.dnsbl,
        spf=services.spf,
        scanner=services.scanner.current,
        verifier=services.verifier,
    )
    return await explain(ctx, helo, sender, recipients, body)


def same(real: str, explained: str) -> bool:
    strip = lambda text: re.sub(r"queued as \w+", "queued as ID", text)  # noqa: E731
    return strip(real) == strip(explained)


SCENARIOS = {
    "delivered": ("127.0.0.1", "client.example", "a@other.example", ["bob@corp.example"], "hello"),
    "relay denied": ("127.0.0.2", "client.example", "a@other.example", ["x@elsewhere.example"], None),
    "sender blocked": ("127.0.0.3", "client.example", "pest@junk.example", ["bob@corp.example"], None),
    "helo claims us": ("127.0.0.4", "mx.corp.example", "a@other.example", ["bob@corp.example"], None),
    "bad address": ("127.0.0.5", "client.example", "a%b@other.example", ["bob@corp.example"], None),
    "content rejected": ("127.0.0.6", "client.example", "a@other.example", ["bob@corp.example"], "zorblax now"),
    "quarantined": ("127.0.0.7", "client.example", "a@other.example", ["bob@corp.example"], "quuxly offer"),
    "tagged": ("127.0.0.8", "client.example", "a@other.example", ["bob@corp.example"], "flimflam deal"),
    "unverified recipient": ("127.0.0.9", "client.example", "a@other.example", ["bob@verified.example"], None),
}


@pytest.mark.parametrize("name", SCENARIOS)
async def test_explain_gives_the_reply_a_real_session_got(gateway, name):
    for rule, pattern, score in (("r-reject", "zorblax", 50), ("r-quarantine", "quuxly", 12), ("r-tag", "flimflam", 6)):
        await rules_store.save_rule(
            gateway.store, ContentRule(None, rule, "body", pattern, False, "custom", score, None)
        )
    await lists_store.add_entries(gateway.store, [{"list": "block", "kind": "email", "value": "pest@junk.example"}])
    await db_execute(gateway.store, "INSERT INTO local_domains(name, created) VALUES('verified.example', 0)")
    await gateway.configure(
        **{"recipients__method__verified.example": "callout", "upstream": f"127.0.0.1:{closed_port()}"}
    )
    ip, helo, sender, recipients, body = SCENARIOS[name]
    raw = message(body=body + "\r\n") if body is not None else None
    explained = await traced(gateway, ip, helo, sender, recipients, raw)
    real = await asyncio.to_thread(session, gateway, ip, helo, sender, recipients, raw)
    assert same(real, explained.reply), (real, explained.reply, explained.steps)


async def test_a_blocked_client_is_refused_at_the_greeting_in_both(gateway):
    await lists_store.add_entries(
        gateway.store, [{"list": "block", "kind": "ip", "value": "127.0.0.99", "action": "disconnect"}]
    )
    await gateway.gateway.policy.reload()
    explained = await traced(gateway, "127.0.0.99", "client.example", "a@other.example", ["bob@corp.example"], None)
    real = await asyncio.to_thread(
        session, gateway, "127.0.0.99", "client.example", "a@other.example", ["bob@corp.example"], None
    )
    assert explained.verdict == "disconnected" and same(real, explained.reply)


def test_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "gw.db")
    assert main(["--db", db, "init", "--hostname", "mx.corp.example"]) == 0
    assert main(["--db", db, "domain", "add", "corp.example"]) == 0
    capsys.readouterr()
    assert (
        main(["--db", db, "explain", "--ip", "203.0.113.9", "--from", "a@other.example", "--to", "x@elsewhere.example"])
        == 1
    )
    out = capsys.readouterr().out
    assert "relay_denied" in out and "default:deny" in out
    assert out.rstrip().endswith("reply:   550 5.7.1 Relaying to <x@elsewhere.example> is not allowed")
    eml = tmp_path / "m.eml"
    eml.write_bytes(message())
    assert (
        main(
            [
                "--db",
                db,
                "explain",
                "--ip",
                "203.0.113.9",
                "--from",
                "a@other.example",
                "--to",
                "bob@corp.example",
                "--message",
                str(eml),
            ]
        )
        == 0
    )
    assert "verdict: delivered" in capsys.readouterr().out
    assert main(["--db", db, "explain", "--ip", "nowhere", "--to", "bob@corp.example"]) == 2
    assert main(["--db", db, "explain", "--ip", "1.2.3.4"]) == 2
