"""Block and allow lists over real sockets, from distinct loopback source addresses."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.policy.list_files import parse_entries
from app.policy.lists import Lists, normalise_value
from app.store import lists as lists_store
from app.store import relay as relay_store
from app.store.events import recent_events

from tests.conftest import wait_for
from tests.support.processes import ServeProcess, mailmoat


async def listed(gateway, list_name: str, kind: str, value: str, **extra) -> None:
    normalised, subdomains = normalise_value(kind, value)
    await lists_store.add_entries(
        gateway.store, [{"list": list_name, "kind": kind, "value": normalised, "subdomains": subdomains, **extra}]
    )
    await gateway.gateway.policy.reload()


def greeting(gateway, source_ip: str) -> tuple[str, bytes]:
    with socket.create_connection((gateway.host, gateway.port), timeout=5, source_address=(source_ip, 0)) as sock:
        stream = sock.makefile("rb")
        first = stream.readline().decode().rstrip()
        rest = stream.read()  # the server closes right after a refusal; otherwise times out -> never reached
        return first, rest


async def test_ip_disconnect_refuses_at_the_greeting_and_spares_others(gateway):
    await listed(gateway, "block", "ip", "127.0.0.21", action="disconnect")
    first, rest = await asyncio.to_thread(greeting, gateway, "127.0.0.21")
    assert first == "554 5.7.1 Connection refused: your address [127.0.0.21] is blocked here"
    assert rest == b""  # and closed
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.22", "a@other.example", "bob@corp.example"))[0] == 250


@pytest.mark.parametrize(
    "kind, value, sender, blocked",
    [
        ("ip", "127.0.0.0/28", "a@other.example", True),
        ("email", "Spammer@Other.example", "spammer@other.example", True),
        ("email", "spammer@other.example", "friend@other.example", False),
        ("domain", "spam.example", "x@spam.example", True),
        ("domain", "spam.example", "x@mail.spam.example", False),
        ("domain", ".spam.example", "x@mail.spam.example", True),
        ("domain", ".spam.example", "x@spam.example", True),
        ("user", "webmaster", "webmaster@any-rotating-domain.example", True),
        ("user", "webmaster", "webmistress@other.example", False),
    ],
)
async def test_each_kind_blocks_with_the_customers_wording(gateway, kind, value, sender, blocked):
    await listed(gateway, "block", kind, value)
    code, text = await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.3", sender, "bob@corp.example")
    if blocked:
        assert (code, text) == (550, f"5.7.1 Sender <{sender}> is not allowed to send to <bob@corp.example>")
    else:
        assert code == 250


async def test_scopes_a_recipient_a_domain_and_the_whole_gateway(gateway):
    await relay_store.add_local_domain(gateway.store, "corp-mail.example")
    await listed(gateway, "block", "email", "news@vendor.example", scope="rcpt:bob@corp.example")
    await listed(gateway, "block", "email", "promo@vendor.example", scope="domain:corp-mail.example")
    check = lambda s, r: asyncio.to_thread(gateway.rcpt_reply, "127.0.0.4", s, r)  # noqa: E731
    assert (await check("news@vendor.example", "bob@corp.example"))[0] == 550
    assert (await check("news@vendor.example", "alice@corp.example"))[0] == 250  # a block for one mailbox only
    assert (await check("promo@vendor.example", "bob@corp-mail.example"))[0] == 550
    assert (await check("promo@vendor.example", "bob@corp.example"))[0] == 250


async def test_allow_wins_over_block_and_over_disconnect(gateway):
    await listed(gateway, "block", "domain", ".spam.example")
    await listed(gateway, "allow", "email", "boss@spam.example")
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.5", "boss@spam.example", "bob@corp.example"))[0] == 250
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.5", "other@spam.example", "bob@corp.example"))[
        0
    ] == 550
    await listed(gateway, "block", "ip", "127.0.0.6", action="disconnect")
    await listed(gateway, "allow", "ip", "127.0.0.6")
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.6", "x@other.example", "bob@corp.example"))[0] == 250


async def test_expired_entries_no_longer_apply(gateway):
    now = time.time()
    await listed(gateway, "block", "email", "old@other.example", expires=now - 1)
    await listed(gateway, "block", "email", "new@other.example", expires=now + 3600)
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.7", "old@other.example", "bob@corp.example"))[0] == 250
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.7", "new@other.example", "bob@corp.example"))[0] == 550


async def test_hits_are_counted_and_the_log_names_the_entry(gateway):
    await listed(gateway, "block", "user", "webmaster", comment="hijacked")
    for _ in range(3):
        await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.8", "webmaster@x.example", "bob@corp.example")
    await wait_for(lambda: len(gateway.gateway.hits.pending) == 1)
    await gateway.gateway.hits.flush()
    (entry,) = await lists_store.load_entries(gateway.store, "block")
    assert entry.hits == 3 and entry.last_hit
    await gateway.gateway.writer.flush()
    rcpt_events = [e for e in await recent_events(gateway.store, 50) if e["kind"] == "rcpt"]
    assert rcpt_events[-1]["rule"] == f"blocklist:user:webmaster#{entry.id}"
    assert rcpt_events[-1]["check_name"] == "blocklist"


def test_a_cli_edit_reaches_a_running_server_without_a_restart(tmp_path):
    db = tmp_path / "gw.db"
    assert mailmoat("init", "--hostname", "mx.corp.example", db=db).returncode == 0
    assert mailmoat("domain", "add", "corp.example", db=db).returncode == 0
    server = ServeProcess(db, tmp_path)
    try:
        assert server.rcpt_code("bob@corp.example", sender="pest@other.example") == 250
        assert mailmoat("block", "add", "email", "pest@other.example", db=db).returncode == 0
        # the watcher polls every 0.5 s; 30 s is a failure deadline on a loaded machine, not a measurement
        deadline = time.monotonic() + 30.0
        while server.rcpt_code("bob@corp.example", sender="pest@other.example") != 550:
            assert time.monotonic() < deadline, "the block never took effect"
            time.sleep(0.1)
    finally:
        server.kill()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_list_files_never_raise(text):
    entries, errors = parse_entries(text, "block", now=0.0)
    for entry in entries:
        assert entry["kind"] in ("ip", "email", "domain", "user")


def test_csv_import_with_header_and_plain_list_with_comments():
    csv_text = (
        "kind,value,scope,action,expires,comment\nip,192.0.2.0/24,,disconnect,,bad net\n"
        "user,admin,corp.example,reject,7d,\ndomain,bad..example,,,,\n"
    )
    entries, errors = parse_entries(csv_text, "block", now=1000.0)
    assert [(e["kind"], e["value"], e["scope"], e["action"]) for e in entries] == [
        ("ip", "192.0.2.0/24", "", "disconnect"),
        ("user", "admin", "domain:corp.example", "reject"),
    ]
    assert entries[1]["expires"] == 1000.0 + 7 * 86400
    assert len(errors) == 1 and errors[0].startswith("line 4")
    plain, errors = parse_entries("# list\n203.0.113.9 # a host\n.spam.example\nfoo@bar.example\n", "block", now=0)
    assert [(e["kind"], e["value"], e["subdomains"]) for e in plain] == [
        ("ip", "203.0.113.9/32", False),
        ("domain", "spam.example", True),
        ("email", "foo@bar.example", False),
    ]


def test_compiled_lists_find_networks_by_prefix():
    def Row(id, kind, value, subdomains=False, scope=""):  # noqa: N802 - a row of app.store.lists
        return (id, "block", kind, value, subdomains, scope, "reject", "", 0.0, None, 0, None)

    lists = Lists.compile(
        [
            Row(1, "ip", "10.0.0.0/8"),
            Row(2, "ip", "10.1.2.3/32"),
            Row(3, "ip", "2001:db8::/32"),
            Row(4, "domain", "spam.example", True),
        ]
    )
    found = lambda ip: sorted(e.id for e in lists.block.matches(ipaddress.ip_address(ip), "", "", ""))  # noqa: E731
    assert found("10.1.2.3") == [1, 2] and found("10.9.9.9") == [1] and found("11.0.0.1") == []
    assert found("2001:db8:1::5") == [3] and found("2001:db9::1") == []
    assert [e.id for e in lists.block.matches(None, "", "a.b.spam.example", "")] == [4]
    assert lists.block.matches(None, "", "notspam.example", "") == []


async def test_lists_are_recompiled_only_when_they_change(gateway):
    from app.policy.lists import compiled_lists

    first = await compiled_lists(gateway.store)
    assert await compiled_lists(gateway.store) is first  # hit counts and other settings: no recompile
    await lists_store.record_hits(gateway.store, {})
    await listed(gateway, "block", "user", "spammer")
    second = await compiled_lists(gateway.store)
    assert second is not first and second.block.size == 1
    await lists_store.remove_entry(gateway.store, "block", "user", "spammer")
    assert (await compiled_lists(gateway.store)).block.size == 0
