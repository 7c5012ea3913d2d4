"""Recipient lookup over LDAP against a real slapd (tests/support/slapd.py) shaped like Active Directory."""

from __future__ import annotations

import asyncio
import logging
import socket
import ssl
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.recipients.ldap_lookup import LdapConfig, LdapRecipientLookup, LookupResult
from tests.support import slapd as slapd_helpers
from tests.conftest import free_port
from tests.support.slapd import run_slapd

slapd_server = slapd_helpers.slapd_server  # the fixture, for this module's tests


def config_for(server, **overrides) -> LdapConfig:
    values = {
        "url": server.url,
        "bind_dn": server.service_dn,
        "password": server.service_password,
        "base_dn": server.base_dn,
        "timeout": 2.0,
    }
    values.update(overrides)
    return LdapConfig(**values)


@pytest.fixture
async def lookup(slapd_server):
    recipients = LdapRecipientLookup(config_for(slapd_server))
    yield recipients
    await recipients.close()


# --- found, and by what -------------------------------------------------------------------------------------


async def test_found_by_mail(lookup):
    assert await lookup.lookup("kim@corp.example") == LookupResult(
        "found", "mail", "uid=kim,ou=People,dc=corp,dc=example"
    )


async def test_found_by_primary_proxy_address(lookup):
    # park's mail is park@; Jisoo.Park@ exists only as the primary SMTP: proxy address.
    result = await lookup.lookup("jisoo.park@corp.example")
    assert (result.status, result.detail, result.dn) == (
        "found",
        "proxyAddresses SMTP:",
        "uid=park,ou=People,dc=corp,dc=example",
    )


async def test_found_by_secondary_proxy_address(lookup):
    result = await lookup.lookup("kim.min@corp.example")
    assert (result.status, result.detail, result.dn) == (
        "found",
        "proxyAddresses smtp:",
        "uid=kim,ou=People,dc=corp,dc=example",
    )


@pytest.mark.parametrize(
    "address, detail",
    [
        ("KIM@CORP.EXAMPLE", "mail"),
        ("Kim.Min@Corp.Example", "proxyAddresses smtp:"),
        ("JISOO.PARK@CORP.EXAMPLE", "proxyAddresses SMTP:"),
        ("Sales@Corp.Example", "mail"),
    ],
)
async def test_case_does_not_matter(lookup, address, detail):
    result = await lookup.lookup(address)
    assert (result.status, result.detail) == ("found", detail)


@pytest.mark.parametrize(
    "address, dn, detail",
    [
        ("sales@corp.example", "cn=sales,ou=Groups,dc=corp,dc=example", "mail"),
        ("orders@corp.example", "cn=sales,ou=Groups,dc=corp,dc=example", "proxyAddresses smtp:"),
        ("partner.lee@corp.example", "cn=Partner Lee,ou=Contacts,dc=corp,dc=example", "proxyAddresses smtp:"),
    ],
)
async def test_groups_and_contacts_are_recipients_too(lookup, address, dn, detail):
    assert await lookup.lookup(address) == LookupResult("found", detail, dn)


async def test_internationalised_address_in_proxy_addresses(lookup):
    # mail is IA5 (ASCII) in the schema; the SMTPUTF8 address lives in proxyAddresses only.
    result = await lookup.lookup("서연@corp.example")
    assert (result.status, result.detail, result.dn) == (
        "found",
        "proxyAddresses smtp:",
        "uid=seo,ou=People,dc=corp,dc=example",
    )


# --- unknown ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "nobody@corp.example",
        "choi@corp.example",  # only SIP: and X500: proxy addresses: not an SMTP address
        "SIP:kim@corp.example",
        "kim@corp.example.other",
        "kim.min@other.example",
    ],
)
async def test_unknown(lookup, address):
    result = await lookup.lookup(address)
    assert result.status == "unknown", result
    assert result.dn == ""


@pytest.mark.parametrize(
    "address",
    [
        "*)(mail=*",
        "*",
        "kim*",
        "*@corp.example",
        "kim@corp.example)(mail=*",
        "x)(|(objectClass=*",
        "\\2a",
        "kim@corp.example\x00",
        "smtp:*",
    ],
)
async def test_filter_injection_is_escaped(lookup, address):
    assert (await lookup.lookup(address)).status == "unknown"


# --- errors: never a guess ----------------------------------------------------------------------------------


async def test_wrong_password_is_an_error_and_the_password_is_not_told(slapd_server, caplog):
    caplog.set_level(logging.DEBUG)
    secret = "wrong-Password-8812"
    recipients = LdapRecipientLookup(config_for(slapd_server, password=secret))
    try:
        for _ in range(2):  # and stays an error: no half-made connection is reused
            result = await recipients.lookup("kim@corp.example")
            assert result.status == "error"
            assert "invalidCredentials" in result.detail and slapd_server.service_dn in result.detail
    finally:
        await recipients.close()
    assert secret not in result.detail
    assert secret not in caplog.text and slapd_server.service_password not in caplog.text
    assert secret not in repr(recipients.config) and secret not in repr(recipients)


async def test_no_password_leak_on_success(slapd_server, caplog):
    caplog.set_level(logging.DEBUG)
    recipients = LdapRecipientLookup(config_for(slapd_server))
    try:
        assert (await recipients.lookup("kim@corp.example")).status == "found"
    finally:
        await recipients.close()
    assert slapd_server.service_password not in caplog.text


@pytest.mark.parametrize(
    "overrides",
    [
        {"base_dn": "dc=elsewhere,dc=example"},  # noSuchObject: a misconfiguration, not "user unknown"
        {"bind_dn": "", "password": ""},  # anonymous: bound, but may not read (as in AD)
    ],
)
async def test_a_directory_that_cannot_answer_is_an_error_not_unknown(slapd_server, overrides):
    recipients = LdapRecipientLookup(config_for(slapd_server, **overrides))
    try:
        result = await recipients.lookup("kim@corp.example")
    finally:
        await recipients.close()
    assert result.status == "error"
    assert "noSuchObject" in result.detail


async def test_server_down_is_an_error_at_once():
    port = free_port()  # nobody listens here
    recipients = LdapRecipientLookup(
        LdapConfig(
            url=f"ldap://127.0.0.1:{port}",
            bind_dn="cn=x,dc=corp,dc=example",
            password="x",
            base_dn="dc=corp,dc=example",
            timeout=1.0,
        )
    )
    try:
        started = time.monotonic()
        result = await recipients.lookup("kim@corp.example")
        elapsed = time.monotonic() - started
    finally:
        await recipients.close()
    assert result.status == "error"
    assert "refused" in result.detail.lower()
    assert elapsed < 1.0


async def test_a_server_that_never_answers_times_out_without_blocking_the_loop():
    with socket.socket() as silent:  # accepts connections (the kernel's backlog) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        port = silent.getsockname()[1]
        recipients = LdapRecipientLookup(
            LdapConfig(
                url=f"ldap://127.0.0.1:{port}",
                bind_dn="cn=x,dc=corp,dc=example",
                password="x",
                base_dn="dc=corp,dc=example",
                timeout=1.0,
            )
        )
        ticks = 0

        async def ticker():
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticking = asyncio.create_task(ticker())
        try:
            started = time.monotonic()
            result = await recipients.lookup("kim@corp.example")
            elapsed = time.monotonic() - started
        finally:
            ticking.cancel()
            await recipients.close()
    assert result.status == "error"
    assert "timed out" in result.detail
    assert 0.9 < elapsed < recipients.deadline
    assert ticks > 0.5 * elapsed / 0.01  # the loop kept running meanwhile


async def test_reconnects_after_a_server_restart(tmp_path):
    with run_slapd(tmp_path / "slapd", tls=False) as server:
        recipients = LdapRecipientLookup(config_for(server))
        try:
            assert (await recipients.lookup("kim@corp.example")).status == "found"
            first = recipients._connection
            server.restart()  # our connection is now dead; we only learn so when we use it
            assert (await recipients.lookup("kim.min@corp.example")).status == "found"
            assert recipients._connection is not first
            server.stop()
            down = await recipients.lookup("kim@corp.example")
            assert down.status == "error", down
            server.start()
            assert (await recipients.lookup("kim@corp.example")).status == "found"  # back without a restart of ours
        finally:
            await recipients.close()


async def test_an_idle_connection_is_replaced_before_use(slapd_server):
    recipients = LdapRecipientLookup(config_for(slapd_server))
    try:
        assert (await recipients.lookup("kim@corp.example")).status == "found"
        first = recipients._connection
        assert (await recipients.lookup("kim@corp.example")).status == "found"
        assert recipients._connection is first  # persistent while in use
        recipients.max_idle = 0.0
        assert (await recipients.lookup("kim@corp.example")).status == "found"
        assert recipients._connection is not first
    finally:
        await recipients.close()


async def test_the_caller_never_waits_past_the_deadline():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        recipients = LdapRecipientLookup(
            LdapConfig(
                url=f"ldap://127.0.0.1:{silent.getsockname()[1]}",
                bind_dn="cn=x,dc=corp,dc=example",
                password="x",
                base_dn="dc=corp,dc=example",
                timeout=1.0,
            )
        )
        recipients.deadline = 0.2  # shorter than the socket timeouts: the asyncio side gives up first
        started = time.monotonic()
        results = await asyncio.gather(*(recipients.lookup("kim@corp.example") for _ in range(3)))
        elapsed = time.monotonic() - started
        await recipients.close()
    assert [r.status for r in results] == ["error"] * 3
    assert "timed out after 0.2 s" in results[0].detail
    assert elapsed < 0.5


async def test_closed_lookup_answers_error(slapd_server):
    recipients = LdapRecipientLookup(config_for(slapd_server))
    assert (await recipients.lookup("kim@corp.example")).status == "found"
    await recipients.close()
    await recipients.close()
    assert await recipients.lookup("kim@corp.example") == LookupResult("error", "LDAP lookup is closed")


# --- TLS ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["starttls-no-verify", "starttls-ca", "ldaps-ca", "ldaps-name-ca", "starttls-name-ca"])
async def test_tls(slapd_server, how):
    overrides = {
        "starttls-no-verify": {"starttls": True, "verify_tls": False},
        "starttls-ca": {"starttls": True, "ca_file": slapd_server.ca_file},  # 127.0.0.1: the IP SAN
        "ldaps-ca": {"url": slapd_server.ldaps_url, "ca_file": slapd_server.ca_file},
        "ldaps-name-ca": {"url": slapd_server.url_by_name(slapd_server.ldaps_url), "ca_file": slapd_server.ca_file},
        "starttls-name-ca": {
            "url": slapd_server.url_by_name(slapd_server.url),
            "starttls": True,
            "ca_file": slapd_server.ca_file,
        },
    }[how]
    recipients = LdapRecipientLookup(config_for(slapd_server, **overrides))
    try:
        assert (await recipients.lookup("kim.min@corp.example")).status == "found"
        assert recipients._connection.socket.version().startswith("TLS")  # really encrypted
    finally:
        await recipients.close()


def test_tls_verification_checks_the_name_too():
    config = LdapConfig(url="ldaps://dc1.corp.example", bind_dn="cn=svc", password="pw", base_dn="dc=corp")
    tls = LdapRecipientLookup(config)._tls()
    assert tls._context.verify_mode == ssl.CERT_REQUIRED and tls._context.check_hostname
    assert tls._server_hostname == "dc1.corp.example"
    unverified = LdapRecipientLookup(LdapConfig(**{**config.__dict__, "verify_tls": False}))._tls()
    assert unverified._context.verify_mode == ssl.CERT_NONE and not unverified._context.check_hostname
    assert LdapRecipientLookup(LdapConfig(**{**config.__dict__, "url": "ldap://dc1"}))._tls() is None


async def test_a_missing_ca_file_is_an_error_answer(slapd_server, tmp_path):
    recipients = LdapRecipientLookup(config_for(slapd_server, starttls=True, ca_file=str(tmp_path / "nope.pem")))
    try:
        result = await recipients.lookup("kim@corp.example")
    finally:
        await recipients.close()
    assert result.status == "error"
    assert "nope.pem" in result.detail and "No such file" in result.detail


@pytest.mark.parametrize("how", ["starttls", "ldaps"])
async def test_tls_with_an_untrusted_certificate_is_an_error(slapd_server, how):
    url = slapd_server.url if how == "starttls" else slapd_server.ldaps_url
    recipients = LdapRecipientLookup(config_for(slapd_server, url=url, starttls=how == "starttls"))
    try:
        result = await recipients.lookup("kim@corp.example")
    finally:
        await recipients.close()
    assert result.status == "error"
    assert "CERTIFICATE_VERIFY_FAILED" in result.detail


# --- the loop, concurrency ----------------------------------------------------------------------------------


async def test_ldap_calls_run_off_the_loop_and_concurrent_lookups_are_right(lookup, monkeypatch):
    threads = set()
    search = lookup._search

    def recording_search(address):
        threads.add(threading.current_thread().name)
        return search(address)

    monkeypatch.setattr(lookup, "_search", recording_search)
    expected = {
        "kim@corp.example": "found",
        "kim.min@corp.example": "found",
        "nobody@corp.example": "unknown",
        "orders@corp.example": "found",
        "*)(mail=*": "unknown",
    }
    addresses = list(expected) * 10
    results = await asyncio.gather(*(lookup.lookup(a) for a in addresses))
    assert [r.status for r in results] == [expected[a] for a in addresses]
    assert threads and all(name.startswith("ldap-lookup") for name in threads)


# --- configuration ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, parsed",
    [
        ("ldap://dc1.corp.example", ("ldap", "dc1.corp.example", 389)),
        ("ldaps://dc1.corp.example", ("ldaps", "dc1.corp.example", 636)),
        ("LDAPS://dc1.corp.example:3269/", ("ldaps", "dc1.corp.example", 3269)),
        ("ldap://[2001:db8::5]:3268", ("ldap", "2001:db8::5", 3268)),
        ("ldap://127.0.0.1:1389", ("ldap", "127.0.0.1", 1389)),
    ],
)
def test_parse_url(url, parsed):
    assert LdapConfig.parse_url(url) == parsed


@pytest.mark.parametrize(
    "url",
    [
        "",
        "dc1.corp.example",
        "http://dc1.corp.example",
        "ldap://",
        "ldap://dc1:99999",
        "ldap://dc1:0",
        "ldap://dc1:port",
        "ldap://dc1/dc=corp,dc=example",
        "ldap://user:pw@dc1",
        "ldapi:///run/slapd/ldapi",
    ],
)
def test_parse_url_refuses(url):
    with pytest.raises(ValueError) as info:
        LdapConfig.parse_url(url)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "overrides",
    [
        {"url": "ldaps://dc1.corp.example", "starttls": True},
        {"base_dn": " "},
        {"password": ""},
        {"timeout": 0},
        {"timeout": -1},
        {"url": "ftp://dc1"},
    ],
)
def test_config_refuses(overrides):
    values = {
        "url": "ldap://dc1.corp.example",
        "bind_dn": "cn=svc,dc=corp,dc=example",
        "password": "pw",
        "base_dn": "dc=corp,dc=example",
    }
    values.update(overrides)
    with pytest.raises(ValueError):
        LdapConfig(**values)


def test_config_repr_hides_the_password():
    config = LdapConfig(
        url="ldap://dc1", bind_dn="cn=svc,dc=corp,dc=example", password="s3cret-Value", base_dn="dc=corp,dc=example"
    )
    assert "s3cret-Value" not in repr(config) and "s3cret-Value" not in str(config)


# --- whatever the text, one of three answers ----------------------------------------------------------------

ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=80)  # surrogates and NUL included
FILTERISH = st.text(alphabet="*()\\\x00=<>~:!&|@. kKiImM", max_size=30)


@pytest.fixture(scope="module")
def lookup_blocking(slapd_server):
    """lookup() from plain (non-async) code, for hypothesis: one loop and one lookup for all examples."""
    loop = asyncio.new_event_loop()
    recipients = LdapRecipientLookup(config_for(slapd_server))
    yield lambda address: loop.run_until_complete(recipients.lookup(address))
    loop.run_until_complete(recipients.close())
    loop.close()


@settings(max_examples=300, deadline=None)
@given(address=st.one_of(ANY_TEXT, FILTERISH, FILTERISH.map(lambda s: s + "@corp.example")))
def test_any_text_gets_one_of_three_answers(lookup_blocking, address):
    result = lookup_blocking(address)
    assert result.status in ("found", "unknown", "error")
    assert result.status != "error", result  # the directory answers every escaped filter
    if result.status == "found":
        assert "@" in address
