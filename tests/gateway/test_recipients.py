"""Recipient validation over real sockets: callout to a real upstream, the recipient list, the cache,
and a dictionary attack slowed and cut off while a legitimate client goes on."""

from __future__ import annotations

import asyncio
import smtplib
import time

import pytest
from aiosmtpd.smtp import SMTP as AiosmtpdSMTP
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cli import main
from app.recipients.import_file import parse_recipient_file
from app.store import alerts as alerts_store
from app.store import recipients as recipients_store

from tests.conftest import db_execute, db_rows, message, wait_for
from tests.support.processes import closed_port
from tests.support import slapd as slapd_helpers

slapd_server = slapd_helpers.slapd_server

KNOWN = {"bob@corp.example", "kim@corp.example", "kim.min@corp.example", "sales@corp.example"}


class Exchange:
    """An upstream that knows some users (550 5.1.10 for the rest, as Exchange says) and counts RCPTs."""

    def __init__(self, known: set[str] = KNOWN):
        self.known = {address.lower() for address in known}
        self.rcpts: list[str] = []
        self.down_for: set[str] = set()  # answered 451 (e.g. AD unreachable)
        self.messages: list[bytes] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.rcpts.append(address)
        if address in self.down_for:
            return "451 4.4.3 Directory unavailable"
        if address.lower() not in self.known:
            return "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Recipient OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.original_content)
        return "250 2.6.0 Queued mail for delivery"

    async def start(self) -> str:
        loop = asyncio.get_running_loop()
        self.server = await loop.create_server(
            lambda: AiosmtpdSMTP(self, hostname="exchange.corp.example"), "127.0.0.1", 0
        )
        return f"127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def stop(self) -> None:
        self.server.close()


@pytest.fixture
async def exchange():
    upstream = Exchange()
    yield upstream, await upstream.start()
    await upstream.stop()


def rcpt(gateway, address: str, source_ip: str = "127.0.0.1") -> tuple[int, str]:
    return gateway.rcpt_reply(source_ip, "partner@other.example", address)


async def test_callout_accepts_known_and_refuses_unknown_at_rcpt(gateway, exchange):
    upstream, address = exchange
    await gateway.configure(upstream=address, recipients__method="callout")
    assert (await asyncio.to_thread(rcpt, gateway, "Kim@corp.example"))[0] == 250
    assert await asyncio.to_thread(rcpt, gateway, "nobody@corp.example") == (
        550,
        "5.1.1 <nobody@corp.example>: Recipient address rejected: User unknown",
    )
    await asyncio.to_thread(gateway.send, "partner@other.example", ["bob@corp.example"], message())
    await wait_for(lambda: upstream.messages)
    rows = await wait_for(
        lambda: db_rows(gateway.store, "SELECT verdict, rule FROM events WHERE check_name = 'recipient' ORDER BY id")
    )
    assert rows[0][1] == "recipients:callout"


async def test_the_cache_answers_without_a_callout(gateway, exchange):
    upstream, address = exchange
    await gateway.configure(upstream=address, recipients__method="callout")
    for _ in range(3):
        assert (await asyncio.to_thread(rcpt, gateway, "sales@corp.example"))[0] == 250
        assert (await asyncio.to_thread(rcpt, gateway, "ghost@corp.example"))[0] == 550
    assert upstream.rcpts.count("sales@corp.example") == 1 and upstream.rcpts.count("ghost@corp.example") == 1
    stats = gateway.gateway.services.verifier.stats["corp.example"]
    assert (stats.asked, stats.from_cache) == (6, 4)


async def test_upstream_down_or_deferring_gives_451_never_250_or_550(gateway, exchange):
    upstream, address = exchange
    upstream.down_for.add("kim@corp.example")
    await gateway.configure(upstream=address, recipients__method="callout", recipients__callout_timeout="2s")
    assert await asyncio.to_thread(rcpt, gateway, "kim@corp.example") == (
        451,
        "4.4.3 <kim@corp.example>: Recipient address verification failed, try again later",
    )
    await gateway.configure(upstream=f"127.0.0.1:{closed_port()}")
    for who in ("bob@corp.example", "nobody@corp.example"):
        assert (await asyncio.to_thread(rcpt, gateway, who))[0] == 451
    upstream.down_for.clear()
    await gateway.configure(upstream=address)
    assert (await asyncio.to_thread(rcpt, gateway, "kim@corp.example"))[0] == 250  # errors are never cached


EXPORT = """\
"DisplayName","PrimarySmtpAddress","EmailAddresses"
"Bob","bob@corp.example","SMTP:bob@corp.example;X500:/o=Corp/ou=Exchange/cn=Recipients/cn=bob"
"Kim Min","kim@corp.example","SMTP:kim@corp.example;smtp:kim.min@corp.example;SIP:kim@corp.example"
"Sales","sales@corp.example","SMTP:sales@corp.example"
"""


async def test_the_list_method_agrees_with_the_callout(gateway, exchange, tmp_path):
    upstream, address = exchange
    export = tmp_path / "export.csv"
    export.write_text(EXPORT, encoding="utf-8")
    assert await asyncio.to_thread(main, ["--db", gateway.db, "recipients", "import", str(export)]) == 0
    probes = sorted(KNOWN) + ["nobody@corp.example", "kim.lee@corp.example", "bob@other-corp.example"]
    answers = {}
    for method in ("callout", "list"):
        await gateway.configure(upstream=address, recipients__method=method)
        gateway.gateway.services.verifier.cache.clear()
        answers[method] = [(await asyncio.to_thread(rcpt, gateway, p, "127.0.0.20"))[0] for p in probes]
    assert answers["callout"] == answers["list"] == [250, 250, 250, 250, 550, 550, 550]


async def test_a_catch_all_and_per_domain_methods(gateway, exchange):
    upstream, address = exchange
    await gateway.trust("127.0.0.0/8")
    await db_execute(gateway.store, "INSERT INTO local_domains(name, created) VALUES('open.example', 0)")
    await recipients_store.add_recipients(gateway.store, ["@open.example"], "test")
    await gateway.configure(
        upstream=address, recipients__method="callout", **{"recipients__method__open.example": "list"}
    )
    assert (await asyncio.to_thread(rcpt, gateway, "anyone@open.example"))[0] == 250
    assert (await asyncio.to_thread(rcpt, gateway, "anyone@corp.example"))[0] == 550


async def test_a_dictionary_attack_is_slowed_then_cut_off_while_a_legitimate_client_is_not(gateway, exchange):
    upstream, address = exchange
    await gateway.configure(
        upstream=address,
        recipients__method="callout",
        recipients__harvest_limit="20",
        smtp__error_limit="100",
        smtp__tarpit_delay="0.05s",
    )

    def attack() -> tuple[list[int], list[float], bool]:
        codes, timings = [], []
        with gateway.smtp("127.0.0.66") as client:
            client.mail("harvester@spam.example")
            for index in range(50):
                started = time.monotonic()
                try:
                    code, _ = client.rcpt(f"guess{index}@corp.example")
                except smtplib.SMTPServerDisconnected:
                    return codes, timings, True
                codes.append(code)
                timings.append(time.monotonic() - started)
        return codes, timings, False

    def legitimate() -> list[int]:
        codes = []
        for _ in range(10):
            codes.append(rcpt(gateway, "bob@corp.example", "127.0.0.67")[0])
        return codes

    (codes, timings, cut_off), good = await asyncio.gather(asyncio.to_thread(attack), asyncio.to_thread(legitimate))
    assert good == [250] * 10
    assert cut_off and codes[:20] == [550] * 20 and codes[20] == 421
    assert max(timings[:10]) < 0.3 and min(timings[12:20]) >= 0.1  # slowed from the half-way mark
    assert len(upstream.rcpts) <= 21  # the cut-off client costs Exchange no more lookups
    alerts = await wait_for(lambda: alerts_store.list_alerts(gateway.store, open_only=True))
    assert alerts[0].kind == "dictionary-attack" and alerts[0].subject == "client:127.0.0.66"
    assert "tried 20 unknown recipients" in alerts[0].summary
    cut = await wait_for(
        lambda: db_rows(gateway.store, "SELECT recipient, reply FROM events WHERE reason = 'harvest_cutoff'")
    )
    assert cut[0][0] == "guess20@corp.example" and cut[0][1].startswith("421 4.7.0 Too many unknown recipients")
    assert (await asyncio.to_thread(rcpt, gateway, "bob@corp.example", "127.0.0.66"))[0] == 421


def test_recipients_cli(tmp_path, capsys):
    db = str(tmp_path / "gw.db")
    assert main(["--db", db, "init"]) == 0
    assert main(["--db", db, "domain", "add", "corp.example"]) == 0
    plain = tmp_path / "users.txt"
    plain.write_text("bob\nkim@corp.example\n# a comment\n@catch.example\nnot an address!\n")
    capsys.readouterr()
    assert main(["--db", db, "recipients", "import", str(plain), "--domain", "corp.example"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 address(es) read, 3 new; 1 skipped")
    assert main(["--db", db, "recipients", "add", "Sales@Corp.Example"]) == 0
    assert main(["--db", db, "recipients", "list", "--domain", "corp.example"]) == 0
    listed = capsys.readouterr().out
    assert "bob@corp.example" in listed and "sales@corp.example" in listed and "catch.example" not in listed
    assert main(["--db", db, "set", "recipients.method.corp.example", "list"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "recipients", "check", "kim@corp.example"]) == 0
    assert capsys.readouterr().out.strip() == "kim@corp.example: found (method list: in the recipient list)"
    assert main(["--db", db, "recipients", "check", "lee@corp.example"]) == 1
    assert main(["--db", db, "recipients", "remove", "bob@corp.example"]) == 0
    assert main(["--db", db, "recipients", "remove", "bob@corp.example"]) == 2
    assert main(["--db", db, "recipients", "check", "x"]) == 2
    assert main(["--db", db, "set", "recipients.method.corp.example", "telepathy"]) == 2


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.just("corp.example")))
def test_the_import_parser_never_raises_and_yields_only_addresses(text, domain):
    parsed = parse_recipient_file(text, domain)
    for address in parsed.addresses:
        local, at, host = address.rpartition("@")
        assert at and host and address == address.lower() and " " not in address


LDAP_USERS = {
    "kim@corp.example",
    "kim.min@corp.example",
    "park@corp.example",
    "jisoo.park@corp.example",
    "seo@corp.example",
    "sales@corp.example",
    "orders@corp.example",
    "partner.lee@corp.example",
}


async def test_ldap_agrees_with_the_callout_and_the_list(gateway, slapd_server, tmp_path):
    """The same office three ways: Exchange knows these users, the directory holds them, the list too."""
    upstream = Exchange(LDAP_USERS)
    address = await upstream.start()
    try:
        await recipients_store.add_recipients(gateway.store, sorted(LDAP_USERS), "test")
        await gateway.configure(
            upstream=address,
            ldap__url=slapd_server.url,
            ldap__bind_dn=slapd_server.service_dn,
            ldap__password=slapd_server.service_password,
            ldap__base_dn=slapd_server.base_dn,
            ldap__starttls="yes",
            ldap__ca_file=slapd_server.ca_file,
        )
        probes = [
            "Kim@corp.example",
            "kim.min@corp.example",
            "JISOO.PARK@corp.example",
            "orders@corp.example",
            "partner.lee@corp.example",
            "choi@corp.example",
            "nobody@corp.example",
            "*@corp.example",
        ]
        answers = {}
        for method in ("callout", "list", "ldap"):
            await gateway.configure(recipients__method=method)
            answers[method] = [(await asyncio.to_thread(rcpt, gateway, p, "127.0.0.21"))[0] for p in probes]
        expected = [250, 250, 250, 250, 250, 550, 550, 550]
        assert answers == {"callout": expected, "list": expected, "ldap": expected}
        rows = await wait_for(
            lambda: db_rows(
                gateway.store, "SELECT rule FROM events WHERE check_name = 'recipient' AND rule LIKE 'recipients:ldap%'"
            )
        )
        assert rows
        await gateway.configure(ldap__password="wrong", recipients__method="ldap")
        gateway.gateway.services.verifier.cache.clear()
        assert (await asyncio.to_thread(rcpt, gateway, "kim@corp.example", "127.0.0.21"))[0] == 451
    finally:
        await upstream.stop()
