"""The demo database (tools/make_sample_db.py) and the demo mode (app/demo.py)."""

from __future__ import annotations

import asyncio
import collections
import email
import email.policy
import hashlib
import shutil
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import demo as demo_module
from app.demo import (
    DEMO_UPSTREAM_PORT,
    EXCHANGE_DEMO_COMMENT,
    EXCHANGE_DEMO_NETWORK,
    HIJACKED,
    SAMPLE_DB,
    Demo,
    prepare_demo_db,
    seed_demo_db,
    shift_history,
)
from app.monitor.events import Event
from app.smtp.replies import reply_for
from app.store.database import Store
from app.store.events import recent_events
from app.store.queue import list_queue
from app.store.relay import load_relay_rows
from app.store.settings import all_settings

from tests.conftest import free_port, start_gateway, wait_for

pytestmark = pytest.mark.xdist_group("demo")  # the sample database is built once, for the module's tests
ROOT = Path(__file__).resolve().parents[2]
KINDS = {
    "connect",
    "helo",
    "starttls",
    "mail",
    "rcpt",
    "data",
    "queued",
    "disconnect",
    "delivered",
    "deferred",
    "bounced",
    "quarantined",
}


@pytest.fixture(scope="module")
def built_db(tmp_path_factory) -> Path:
    """A sample database built by the tool exactly as a developer runs it."""
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_sample_db.py"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in path.parent.iterdir()) == ["sample.db"]  # no certificate, no WAL left behind
    return path


@pytest.fixture
async def sample(built_db, tmp_path):
    store = await Store.open(shutil.copyfile(built_db, tmp_path / "copy.db"))
    yield store
    await store.close()


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


async def _all_events(store: Store) -> list[dict]:
    return await recent_events(store, limit=1 << 40)


def _without_time(event: dict) -> dict:
    return {k: v for k, v in event.items() if k not in ("id", "ts")}


def _queue_state(queue: list[dict]) -> dict:
    return {
        (r["id"], r["recipient"]): (r["sender"], r["held"], r["state"], r["attempts"], r["last_error"]) for r in queue
    }


async def test_sample_db_holds_the_policy_of_the_stories(sample):
    rows = await load_relay_rows(sample)
    assert rows.local_domains == ["corp-mail.example", "corp.example"]
    assert rows.trusted_networks == [("192.168.10.0/24", "office LAN")]
    assert rows.relay_routes == [("partner.example", "10.0.0.25:25")]
    assert rows.sender_exceptions == ["legacy-partner.example"]
    settings = await all_settings(sample)
    assert settings["hostname"] == "mx.corp.example"
    assert settings["upstream"] == "127.0.0.1:2526"
    assert settings["dns.nameservers"] == "127.0.0.1:9"
    assert settings["tls.cert"] == settings["tls.key"] == ""
    assert "smarthost" not in settings  # only a demo copy points outbound mail at the demo upstream
    assert not [value for value in settings.values() if "/" in value or "\\" in value]  # no local paths


async def test_sample_db_tells_the_flood_story(sample):
    events = await _all_events(sample)
    assert len(events) >= 3000
    times = [e["ts"] for e in events]
    assert times == sorted(times)
    assert max(times) - min(times) >= 5.5 * 3600
    assert max(times) <= time.time() + 1
    assert {e["kind"] for e in events} <= KINDS

    connects = collections.Counter(e["client_ip"] for e in events if e["kind"] == "connect")
    spam_hosts = [ip for ip, _helo in demo_module.SPAM_HOSTS]
    assert sum(connects[ip] for ip in spam_hosts) >= 200  # many connections from a handful of hosts
    assert connects.most_common(2)[1][0] in spam_hosts

    denied = [e for e in events if e["kind"] == "rcpt" and e["reason"] == "relay_denied"]
    assert len(denied) >= 100
    for event in denied:
        assert event["verdict"] == "reject" and event["rule"] == "default:deny"
        assert event["reply"] == reply_for("relay_denied", event["recipient"])
        assert event["reply"].startswith("550 5.7.1 Relaying to <")
    tricks = collections.Counter(e["reason"] for e in events if e["reason"].startswith("address_"))
    assert {"address_percent_hack", "address_bang_path", "address_source_route", "address_quoted_special"} <= set(
        tricks
    )
    assert any(e["reply"].startswith("553 5.7.1 Address <") and "% relay hack" in e["reply"] for e in events)
    assert any(e["verdict"] == "accept-weak" and e["rule"] == "sender_exception:legacy-partner.example" for e in events)
    delivered_inbound = [e for e in events if e["kind"] == "delivered" and e["recipient"].endswith("@corp.example")]
    assert len(delivered_inbound) >= 50
    assert any(not e["sender"].isascii() for e in events)  # SMTPUTF8 senders, e.g. 김민준@hanbit-trading.example

    by_session = collections.defaultdict(list)
    for event in events:
        if event["session"]:
            by_session[event["session"]].append(event["kind"])
    assert len(by_session) >= 300
    for kinds in by_session.values():
        assert kinds[0] == "connect" and kinds[-1] == "disconnect"


async def test_sample_db_tells_the_hijacked_account_story(sample):
    events = await _all_events(sample)
    end = events[-1]["ts"]
    trickle = [e for e in events if e["kind"] == "queued" and e["sender"] == HIJACKED]
    last_hour = [e for e in trickle if e["ts"] > end - 3600]
    assert len(last_hour) >= 3 * 60  # at least three a minute
    assert end - trickle[0]["ts"] >= 2 * 3600  # for hours
    assert {e["client_ip"] for e in trickle} == {"192.168.10.5"}
    domains = {r.rpartition("@")[2] for e in trickle for r in e["recipient"].split(",")}
    assert len(domains) >= 50 and not domains & {"corp.example", "corp-mail.example"}
    relayed = [e for e in events if e["kind"] == "rcpt" and e["sender"] == HIJACKED]
    assert {e["rule"] for e in relayed} == {"trusted_network:192.168.10.0/24"}
    outcomes = collections.Counter(e["kind"] for e in events if e["sender"] == HIJACKED and not e["session"])
    assert outcomes["delivered"] and outcomes["deferred"] and outcomes["bounced"]

    queue = await list_queue(sample)
    messages = {row["id"]: row for row in queue}
    assert 20 <= len(messages) <= 100
    from_hijacked = [m for m in messages.values() if m["sender"] == HIJACKED]
    assert len(from_hijacked) > len(messages) * 0.7
    assert all(
        m["state"] == "deferred" and m["attempts"] >= 1 and m["last_error"].startswith("4") for m in from_hijacked
    )
    assert sum(m["held"] for m in messages.values()) == 2
    assert len([m for m in messages.values() if m["route"] == "upstream" and m["sender"]]) >= 2
    queued_ids = {e["queue_id"] for e in events if e["kind"] == "queued"}
    assert {m["id"] for m in from_hijacked} <= queued_ids


async def test_sample_messages_are_rfc5322_with_encoded_korean_subjects(sample):
    from app.store.queue import get_message

    subjects = []
    for row in await list_queue(sample):
        message = await get_message(sample, row["id"])
        content = message["content"]
        assert message["is_bounce"] or content.startswith(b"Received: from ")
        parsed = email.message_from_bytes(content, policy=email.policy.default)
        assert parsed["Message-ID"] and parsed["Date"]
        subjects.append((parsed["Subject"], content))
        if not parsed.is_multipart():
            assert parsed.get_content().strip()  # the body decodes
    korean = [(s, raw) for s, raw in subjects if any("\uac00" <= c <= "\ud7a3" for c in s)]
    assert korean
    for _subject, raw in korean:
        header = raw.split(b"\r\nSubject: ", 1)[1].split(b"\r\n", 1)[0]
        assert b"=?UTF-8?B?" in header and header.isascii()


async def test_prepare_demo_db_points_everything_at_the_demo_upstream_and_moves_history(sample):
    before_events = await _all_events(sample)
    before_queue = await list_queue(sample)
    now = before_events[-1]["ts"] + 86400 * 45  # a demo run weeks after the file was committed
    done = await prepare_demo_db(sample, 4321, now=now)
    assert done
    settings = await all_settings(sample)
    assert settings["upstream"] == settings["smarthost"] == "127.0.0.1:4321"
    assert settings["dns.nameservers"] == "127.0.0.1:9"
    rows = await load_relay_rows(sample)
    assert (EXCHANGE_DEMO_NETWORK, EXCHANGE_DEMO_COMMENT) in rows.trusted_networks
    assert rows.relay_routes == [("partner.example", "127.0.0.1:4321")]

    after_events = await _all_events(sample)
    assert len(after_events) == len(before_events)
    assert after_events[-1]["ts"] == pytest.approx(now)
    shift = now - before_events[-1]["ts"]
    assert [_without_time(e) for e in after_events] == [_without_time(e) for e in before_events]
    assert [e["ts"] for e in after_events] == pytest.approx([e["ts"] + shift for e in before_events])

    after_queue = await list_queue(sample)
    assert _queue_state(after_queue) == _queue_state(before_queue)
    assert [r["next_attempt"] for r in after_queue] == pytest.approx([r["next_attempt"] + shift for r in before_queue])
    assert await shift_history(sample, now + 1) == 0  # already recent: nothing moves


async def test_prepare_demo_db_refuses_the_committed_file(built_db, tmp_path, monkeypatch):
    committed = tmp_path / "committed.db"
    shutil.copyfile(built_db, committed)
    monkeypatch.setattr(demo_module, "SAMPLE_DB", committed)
    store = await Store.open(committed)
    try:
        with pytest.raises(ValueError, match="copy"):
            await prepare_demo_db(store)
    finally:
        await store.close()


async def test_demo_refuses_a_database_that_was_not_prepared(built_db, tmp_path):
    db = shutil.copyfile(built_db, tmp_path / "unprepared.db")
    gut = await start_gateway(str(db))
    try:
        with pytest.raises(ValueError, match="prepare_demo_db"):
            await Demo.start(gut.gateway, gut.host, gut.port, upstream_port=free_port())
    finally:
        await gut.gateway.stop(grace=1)


async def test_demo_traffic_flows_through_a_gateway_on_a_copy(built_db, tmp_path):
    source = SAMPLE_DB if SAMPLE_DB.exists() else built_db  # the committed file, when there is one
    committed_before = _digest(SAMPLE_DB)
    db = tmp_path / "demo.db"
    shutil.copyfile(source, db)
    upstream_port = free_port()
    store = await Store.open(db)
    await prepare_demo_db(store, upstream_port)
    await store.close()

    gut = await start_gateway(str(db))
    published: list[Event] = []
    gut.gateway.bus.subscribe(published.append)
    demo = await Demo.start(gut.gateway, gut.host, gut.port, upstream_port=upstream_port, per_minute=300, seed=7)
    try:

        def alive() -> bool:
            relay_refused = any(
                e.kind == "rcpt" and e.reason == "relay_denied" and e.verdict == "reject" for e in published
            )
            trickle = any(e.kind == "queued" and e.sender == HIJACKED and e.client_ip == "127.0.0.5" for e in published)
            return demo.upstream.received >= 2 and relay_refused and trickle

        await wait_for(alive, timeout=30)
    finally:
        await demo.stop()
        await gut.gateway.stop(grace=1)
    assert demo.sent["inbound"] and demo.sent["relay"] and demo.sent["trickle"]
    refused = [e for e in published if e.verdict == "reject" and e.stage == "rcpt"]
    assert all(e.reply.startswith("55") for e in refused)
    trick = [e for e in published if e.reason.startswith("address_")]
    assert trick or demo.sent["trick"] == 0
    outbound = [e for e in published if e.kind in ("delivered", "deferred", "bounced") and e.rule]
    assert outbound and {e.rule for e in outbound} == {f"127.0.0.1:{upstream_port}"}  # nothing leaves the box
    assert _digest(SAMPLE_DB) == committed_before


async def test_a_demo_takes_a_free_upstream_port_so_a_second_demo_never_collides(built_db, tmp_path):
    """Something already listens on the committed history's port 2526: the demo picks another and finds it."""
    squatter = socket.socket()
    try:
        squatter.bind(("127.0.0.1", DEMO_UPSTREAM_PORT))
        squatter.listen()
    except OSError:  # taken already, which is the point
        pass
    db = shutil.copyfile(built_db, tmp_path / "demo.db")
    store = await Store.open(db)
    await prepare_demo_db(store)
    upstream = (await all_settings(store))["upstream"]
    await store.close()
    host, _, port = upstream.rpartition(":")
    assert host == "127.0.0.1" and int(port) != DEMO_UPSTREAM_PORT

    gut = await start_gateway(str(db))
    demo = await Demo.start(gut.gateway, gut.host, gut.port, per_minute=1, seed=1)
    try:

        def noop() -> int:
            with smtplib.SMTP("127.0.0.1", int(port), timeout=5) as client:
                return client.noop()[0]

        assert await asyncio.to_thread(noop) == 250  # the demo upstream answers where the settings say
    finally:
        await demo.stop()
        await gut.gateway.stop(grace=1)
        squatter.close()


def test_seed_demo_db_copies_the_sample_only_where_there_is_no_database(tmp_path):
    fresh = tmp_path / "fresh.db"
    assert seed_demo_db(str(fresh)) is True
    assert _digest(fresh) == _digest(SAMPLE_DB)
    mine = tmp_path / "mine.db"
    mine.write_bytes(b"an operator's own database")
    assert seed_demo_db(str(mine)) is False
    assert mine.read_bytes() == b"an operator's own database"


def test_run_demo_where_the_sample_cannot_be_copied_says_so(tmp_path, capsys):
    from app.cli import main

    target = tmp_path / "no such folder" / "demo.db"
    assert main(["--db", str(target), "run", "--demo"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("mailmoat: cannot copy the sample database to ") and "No such file or directory" in error
    assert not target.parent.exists()
