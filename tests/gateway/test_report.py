"""The daily report: refusals by reason with bar charts, quarantine, alerts, findings; mailed through the gateway."""

from __future__ import annotations

import asyncio
import email
from email import policy as email_policy

from app.cli import main
from app.monitor.report import build_report

from tests.conftest import message, wait_for
from tests.gateway.test_dmarc import QUAR_KEY, SENDER_KEY, dns_port, send, signed, verifying  # noqa: F401 (fixtures)


async def test_the_report_counts_what_the_gateway_refused_and_is_mailed_through_it(gateway, sink):
    for index in range(3):
        await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.50", "spammer@junk.example", f"x{index}@elsewhere.example")
    await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.51", "a%b@junk.example", "bob@corp.example")
    await asyncio.to_thread(gateway.send, "friend@other.example", ["bob@corp.example"], message("hello"))
    await wait_for(lambda: sink.messages)
    await gateway.gateway.writer.flush()
    report = await build_report(gateway.store)
    lines = report.text.splitlines()
    relay = next(line for line in lines if line.strip().startswith("relay_denied"))
    assert relay.rstrip().endswith(" 3") and "#" * 30 in relay
    assert any(line.strip().startswith("127.0.0.50") for line in lines)
    assert "3 refused" not in report.subject and "refused" in report.subject
    assert "<h2>Refused, by reason</h2>" in report.html
    await gateway.configure(report__to="postmaster@corp.example")
    assert await asyncio.to_thread(main, ["--db", gateway.db, "report", "--send"]) == 0
    gateway.gateway.runner.wake()
    await wait_for(lambda: len(sink.messages) == 2)
    mailed = email.message_from_bytes(sink.messages[1].content, policy=email_policy.default)
    assert mailed["Subject"].startswith("Mailmoat daily report")
    assert [part.get_content_type() for part in mailed.iter_parts()] == ["text/plain", "text/html"]
    assert sink.messages[1].recipients == ["postmaster@corp.example"]


def test_report_command_line(tmp_path, capsys):
    db = str(tmp_path / "gw.db")
    assert main(["--db", db, "init"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "report"]) == 0
    assert "Refused, by reason" in capsys.readouterr().out
    assert main(["--db", db, "report", "--send"]) == 2
    assert "mailmoat set report.to" in capsys.readouterr().err
    assert main(["--db", db, "set", "report.to", "not-an-address"]) == 2
    assert main(["--db", db, "set", "report.hour", "25"]) == 2


async def test_the_report_counts_dmarc_failures_by_the_claimed_from_domain(verifying, sink):
    """Real DKIM and DMARC against dnsmasq: tampered mail claiming sender.test (p=reject, refused) and quar.test
    (p=quarantine, held) counts under the domain its From: claimed; mail that passes does not count."""
    tampered = signed(SENDER_KEY, "kim@sender.test").replace(b"Invoice", b"Invoise")
    for _ in range(2):
        assert (await asyncio.to_thread(send, verifying, tampered))[0] == 550
    held = signed(QUAR_KEY, "lee@quar.test").replace(b"Invoice", b"Invoise")
    assert (await asyncio.to_thread(send, verifying, held))[0] == 250
    assert (await asyncio.to_thread(send, verifying, signed(SENDER_KEY, "kim@sender.test")))[0] == 250
    await verifying.gateway.writer.flush()
    report = await build_report(verifying.store)
    lines = report.text.splitlines()
    start = lines.index("DMARC failures, by the domain the From: claimed")
    section = lines[start + 2 : lines.index("", start)]
    assert [(line.split()[0], line.split()[-1]) for line in section] == [("sender.test", "2"), ("quar.test", "1")]
    assert "<h2>DMARC failures, by the domain the From: claimed</h2>" in report.html
    assert "<td>sender.test</td>" in report.html
