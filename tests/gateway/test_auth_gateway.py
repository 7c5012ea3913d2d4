"""SMTP AUTH over real sockets: STARTTLS first, sender ownership, brute-force lockout, an attacked account."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
import time

import pytest

from app.accounts.passwords import hash_password, make_hasher
from app.store import accounts as accounts_store
from app.store import alerts as alerts_store

from tests.conftest import MovedClock, db_rows, message, wait_for
from tests.system.test_swaks import swaks

# Hashes made cheaply for the tests; verification reads the cost from the hash itself.
CHEAP = make_hasher(time_cost=1, memory_cost=1024, parallelism=1)
PASSWORD = "correct horse battery staple"


async def add_account(gateway, address: str, password: str = PASSWORD, **kwargs) -> None:
    await accounts_store.add_account(
        gateway.store,
        address,
        hash_password(password, hasher=CHEAP),
        "[]",
        allow_weak=False,
        aliases=kwargs.pop("aliases", []),
        networks=kwargs.pop("networks", ""),
        **kwargs,
    )
    await gateway.gateway.policy.reload()


@pytest.fixture
async def road(gateway, sink):
    """A gateway with one account, relaying outbound mail through `sink` as smarthost."""
    await add_account(gateway, "kim@corp.example", aliases=["kim.min@corp.example", "@sales.corp.example"])
    await gateway.configure(smarthost=sink.address)
    return gateway


def tls_client(gateway, source_ip: str = "127.0.0.1") -> smtplib.SMTP:
    client = gateway.smtp(source_ip)
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    client.starttls(context=context)
    client.ehlo("client.example")
    return client


def login(gateway, user: str, password: str, source_ip: str = "127.0.0.1") -> tuple[int, str]:
    """One AUTH PLAIN attempt (smtplib's login() would try PLAIN and then LOGIN: two attempts)."""
    with tls_client(gateway, source_ip) as client:
        client.user, client.password = user, password
        try:
            client.auth("PLAIN", client.auth_plain)
        except smtplib.SMTPResponseException as exc:
            return exc.smtp_code, exc.smtp_error.decode()
        return 235, "ok"


async def test_auth_is_offered_only_after_starttls(road):
    def plain_session():
        with road.smtp() as client:
            offered = client.has_extn("auth")
            code, text = client.docmd("AUTH", "PLAIN AGtpbUBjb3JwLmV4YW1wbGUAeA==")
            return offered, code, text.decode()

    offered, code, text = await asyncio.to_thread(plain_session)
    assert not offered and code == 538 and text.startswith("5.7.11 Encryption required")

    def tls_session():
        with tls_client(road) as client:
            return client.esmtp_features.get("auth", "")

    assert set((await asyncio.to_thread(tls_session)).split()) == {"LOGIN", "PLAIN"}


async def test_an_authenticated_client_relays_with_its_own_addresses_only(road, sink):
    def session():
        with tls_client(road) as client:
            client.login("kim@corp.example", PASSWORD)
            replies = []
            for sender in (
                "kim@corp.example",
                "Kim.Min@corp.example",
                "boss@sales.corp.example",
                "ceo@corp.example",
                "someone@other.example",
            ):
                code, text = client.mail(sender)
                replies.append((code, text.decode()))
                if code == 250:
                    assert client.rcpt("partner@elsewhere.example")[0] == 250
                client.rset()
            client.sendmail("kim@corp.example", ["partner@elsewhere.example"], message(sender="kim@corp.example"))
            return replies

    replies = await asyncio.to_thread(session)
    assert [code for code, _ in replies] == [250, 250, 250, 553, 553]
    assert replies[3][1] == "5.7.1 Sender address not owned by authenticated user"
    await wait_for(lambda: sink.messages)
    assert sink.messages[0].recipients == ["partner@elsewhere.example"]
    assert b"with ESMTPSA id" in sink.messages[0].content
    account = await accounts_store.get_account(road.store, "kim@corp.example")
    assert account.last_login is not None
    await wait_for(lambda: accounts_store.get_account(road.store, "kim@corp.example"))
    await wait_for(lambda: _last_send(road))


async def _last_send(gateway):
    account = await accounts_store.get_account(gateway.store, "kim@corp.example")
    return account.last_send is not None


async def test_swaks_auth_login_and_plain(road, sink):
    for mechanism in ("LOGIN", "PLAIN"):
        code, output = await swaks(
            road,
            "--from",
            "kim@corp.example",
            "--to",
            "partner@elsewhere.example",
            "--tls",
            "--auth",
            mechanism,
            "--auth-user",
            "kim@corp.example",
            "--auth-password",
            PASSWORD,
        )
        assert code == 0, output
        assert "<~  235 2.7.0 Authentication successful" in output
    code, output = await swaks(
        road,
        "--from",
        "kim@corp.example",
        "--to",
        "partner@elsewhere.example",
        "--tls",
        "--auth",
        "PLAIN",
        "--auth-user",
        "kim@corp.example",
        "--auth-password",
        "wrong",
    )
    assert code != 0 and "<~* 535 5.7.8 Authentication credentials invalid" in output
    await wait_for(lambda: len(sink.messages) == 2)


async def test_wrong_unknown_disabled_expired_and_wrong_network_all_look_the_same(road):
    await add_account(road, "old@corp.example", expires=time.time() - 1)
    await add_account(road, "office@corp.example", networks="10.9.0.0/16")
    await add_account(road, "gone@corp.example")
    await accounts_store.set_enabled(road.store, "gone@corp.example", False)
    await road.gateway.policy.reload()
    attempts = [
        ("kim@corp.example", "wrong"),
        ("nobody@corp.example", PASSWORD),
        ("old@corp.example", PASSWORD),
        ("office@corp.example", PASSWORD),
        ("gone@corp.example", PASSWORD),
    ]
    for user, password in attempts:
        assert await asyncio.to_thread(login, road, user, password, "127.0.0.30") == (
            535,
            "5.7.8 Authentication credentials invalid",
        )

    async def logged():
        rows = await db_rows(road.store, "SELECT rule FROM events WHERE check_name = 'auth' ORDER BY id")
        return rows if len(rows) == 5 else None

    rows = await wait_for(logged)
    assert [r[0] for r in rows] == [
        "auth:auth_bad_password",
        "auth:auth_unknown_user",
        "auth:account_expired",
        "auth:account_network",
        "auth:account_disabled",
    ]


@pytest.mark.parametrize("gateway_clock", [MovedClock()])
async def test_brute_force_locks_the_address_out_and_the_lockout_expires(road, gateway_clock):
    await road.configure(auth__ip_failures="3", auth__ip_lockout="1s")
    for _ in range(3):
        assert (await asyncio.to_thread(login, road, "kim@corp.example", "guess", "127.0.0.40"))[0] == 535
    code, text = await asyncio.to_thread(login, road, "kim@corp.example", PASSWORD, "127.0.0.40")
    assert code == 454 and text.startswith("4.7.0 Too many failed logins from [127.0.0.40]")
    assert (await asyncio.to_thread(login, road, "kim@corp.example", PASSWORD, "127.0.0.41"))[0] == 235
    gateway_clock.advance(1.1)
    assert (await asyncio.to_thread(login, road, "kim@corp.example", PASSWORD, "127.0.0.40"))[0] == 235

    async def logged():
        rows = await db_rows(road.store, "SELECT verdict FROM events WHERE stage = 'auth'")
        return len(rows) >= 6  # every attempt is an event

    await wait_for(logged)


async def test_an_account_under_attack_is_flagged_or_locked(road):
    await road.configure(auth__account_failures="4", auth__ip_failures="100", auth__on_attack="lock")
    for index in range(4):
        assert (await asyncio.to_thread(login, road, "kim@corp.example", "guess", f"127.0.1.{index + 1}"))[0] == 535
    alerts = await wait_for(lambda: alerts_store.list_alerts(road.store, open_only=True))
    assert alerts[0].kind == "account-under-attack" and alerts[0].subject == "account:kim@corp.example"
    assert "disabled until you enable it again" in alerts[0].summary
    await wait_for(lambda: not road.gateway.policy.current.accounts.find("kim@corp.example").enabled)
    assert (await asyncio.to_thread(login, road, "kim@corp.example", PASSWORD, "127.0.2.1"))[0] == 535


async def test_plaintext_auth_on_loopback_only_when_the_setting_allows(road):
    await road.configure(auth__plaintext_loopback="yes")

    def session():
        with road.smtp() as client:
            client.login("kim@corp.example", PASSWORD)
            return client.mail("kim@corp.example")[0]

    assert await asyncio.to_thread(session) == 250


async def test_a_successful_login_records_what_is_wrong_with_the_password(gateway):
    await add_account(gateway, "webmaster@corp.example", password="webmaster")
    assert (await asyncio.to_thread(login, gateway, "webmaster@corp.example", "webmaster"))[0] == 235
    row = await wait_for(lambda: _findings(gateway, "webmaster@corp.example"))
    assert "same-as-account" in row and "webmaster" not in row.replace("webmaster@", "")


async def _findings(gateway, address: str) -> str:
    account = await accounts_store.get_account(gateway.store, address)
    return account.findings if account and account.findings != "[]" else ""
