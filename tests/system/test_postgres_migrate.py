"""`mailmoat migrate --from FILE --to URL` (issue 19): a site's SQLite database copied into a private PostgreSQL
(tests/support/postgres.py), then the command line and `serve` on the URL carry on where the file left off."""

from __future__ import annotations

import asyncio
import sqlite3
import time

from app.store import events as events_store
from app.store.database import Store
from app.store.quarantine import quarantine_statements
from app.store.queue import NewMessage, enqueue_statements
from tests.support.postgres import postgres_server, postgres_url  # noqa: F401 (fixtures)

from tests.conftest import Sink, db_execute, db_rows, wait_for
from tests.support.processes import ServeProcess, mailmoat

KOREAN_BODY = "Subject: =?utf-8?b?7ZqM7J2Y?=\r\nFrom: alice@other.example\r\n\r\n회의는 3시입니다.\r\n".encode()
EVENTS = 300


def _site_commands(upstream: str) -> list[tuple[str, ...]]:
    return [
        ("init", "--hostname", "mx.corp.example"),
        ("set", "upstream", upstream),
        ("domain", "add", "corp.example"),
        ("rule", "add", "--field", "subject", "--pattern", "광고", "--score", "20", "--name", "ko"),
        ("account", "add", "kim@corp.example", "--password", "Blue-river 7 lanterns", "--alias", "k@corp.example"),
        ("block", "add", "domain", ".spam.example", "--comment", "광고"),
    ]


async def _site(tmp_path, upstream: str) -> str:
    """An SQLite site with policy (journaled), a queued message, a quarantined one and connection events."""
    db = str(tmp_path / "mailmoat.db")
    for command in _site_commands(upstream):
        done = await asyncio.to_thread(mailmoat, *command, db=db, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    store = await Store.open(db, create=False)
    try:
        now = time.time()
        queued = NewMessage("Q1", now, "alice@other.example", "192.0.2.7", "client.example", KOREAN_BODY,
                            [("bob@corp.example", "upstream"), ("김민지@corp.example", "upstream")])  # fmt: skip
        await store.commit_batched(enqueue_statements(queued))
        held = NewMessage("H1", now, "ad@spam.example", "192.0.2.8", "spam.example", b"\x00\xff binary\r\n",
                          [("lee@corp.example", "upstream")])  # fmt: skip
        await store.commit_batched(quarantine_statements(held, now + 86400, "광고 특가", 25.0, "ko"))
        blank = ("",) * (len(events_store.EVENT_COLUMNS) - 4)
        await events_store.write_events(
            store, [(now + n, f"S{n}", "connect", *blank, f"세션 {n}") for n in range(EVENTS)]
        )
    finally:
        await store.close()
    return db


async def test_a_site_migrated_to_postgres_keeps_its_queue_policy_and_history(postgres_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # serve's TLS files on a URL (Store.file_beside)
    sink = await Sink().start()
    serve = None
    try:
        db = await _site(tmp_path, sink.address)
        before = await asyncio.to_thread(mailmoat, "queue", "list", db=db)
        migrated = await asyncio.to_thread(mailmoat, "migrate", "--from", db, "--to", postgres_url, cwd=tmp_path)
        assert migrated.returncode == 0, migrated.stderr
        table = {line.split()[0]: line.split()[1:] for line in migrated.stdout.splitlines()[1:-1]}
        for name, count in [("queue_messages", "1"), ("queue_recipients", "2"), ("quarantine", "1"),
                            ("accounts", "1"), ("content_rules", None), ("events", None)]:  # fmt: skip
            assert table[name][0] == table[name][1], migrated.stdout
            assert count is None or table[name][0] == count, migrated.stdout
        assert int(table["events"][0]) >= EVENTS and int(table["journal"][0]) >= 6
        assert "every count matches" in migrated.stdout

        after = await asyncio.to_thread(mailmoat, "queue", "list", db=postgres_url)
        assert after.returncode == 0 and after.stdout == before.stdout and "김민지@corp.example" in after.stdout
        listed = await asyncio.to_thread(mailmoat, "block", "list", db=postgres_url)
        assert ".spam.example" in listed.stdout and "광고" in listed.stdout
        journal = await asyncio.to_thread(mailmoat, "journal", "list", db=postgres_url)
        assert "insert list_entries" in journal.stdout
        # the identities moved past the copied ids: a new rule and a new journal change get fresh numbers
        added = await asyncio.to_thread(
            mailmoat, "rule", "add", "--field", "body", "--pattern", "무료", "--name", "free", db=postgres_url
        )
        assert added.returncode == 0, added.stderr
        store = await Store.open(postgres_url, create=False)
        try:
            held = await db_rows(store, "SELECT content, subject FROM quarantine WHERE id = 'H1'")
            assert bytes(held[0][0]) == b"\x00\xff binary\r\n" and held[0][1] == "광고 특가"
            rule_ids = [row[0] for row in await db_rows(store, "SELECT id FROM content_rules")]
            assert len(rule_ids) == int(table["content_rules"][0]) + 1 == len(set(rule_ids))
        finally:
            await store.close()

        serve = await asyncio.to_thread(ServeProcess(postgres_url, tmp_path, wait=False).wait_ready)
        await wait_for(lambda: sink.messages, timeout=60)  # the message queued in SQLite, delivered
        assert sorted(sink.messages[0].recipients) == ["bob@corp.example", "김민지@corp.example"]
        assert "회의는 3시입니다." in sink.messages[0].content.decode()

        def queue_is_empty() -> bool:
            return mailmoat("queue", "list", db=postgres_url).stdout.strip() == "queue is empty"

        await wait_for(lambda: asyncio.to_thread(queue_is_empty), timeout=60)
        assert serve.terminate() == 0 and "Traceback" not in serve.errors()
    finally:
        if serve is not None:
            serve.kill()
        await sink.stop()


async def test_migrate_refuses_a_target_with_rows_a_foreign_source_and_an_unreachable_url(
    postgres_server, postgres_url, tmp_path
):
    db = await _site(tmp_path, "127.0.0.1:1")
    first = await asyncio.to_thread(mailmoat, "migrate", "--from", db, "--to", postgres_url, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    again = await asyncio.to_thread(mailmoat, "migrate", "--from", db, "--to", postgres_url, cwd=tmp_path)
    assert again.returncode == 2 and "already holds rows" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.stderr

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    fresh = postgres_server.url(postgres_server.create_database())
    foreign = await asyncio.to_thread(mailmoat, "migrate", "--from", str(other), "--to", fresh, cwd=tmp_path)
    assert foreign.returncode == 2 and "not Mailmoat's" in foreign.stderr
    missing = await asyncio.to_thread(mailmoat, "migrate", "--from", str(tmp_path / "none.db"), "--to", fresh)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr

    refused = await asyncio.to_thread(
        mailmoat, "migrate", "--from", db, "--to", "postgresql://kim:hunter2-secret@127.0.0.1:1/mailmoat"
    )
    assert refused.returncode == 2 and "cannot connect" in refused.stderr
    assert "hunter2-secret" not in refused.stderr and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


async def test_a_row_postgres_cannot_take_is_one_line_and_nothing_is_copied(postgres_url, tmp_path):
    db = await _site(tmp_path, "127.0.0.1:1")
    store = await Store.open(db, create=False)
    try:  # SQLite keeps text in a REAL column
        await db_execute(store, "UPDATE events SET ts = 'yesterday' WHERE session = 'S7'")
        refused = await asyncio.to_thread(mailmoat, "migrate", "--from", db, "--to", postgres_url, cwd=tmp_path)
        assert refused.returncode == 2 and "events" in refused.stderr and "yesterday" in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
        await db_execute(store, "UPDATE events SET ts = 1800000000.0 WHERE session = 'S7'")
    finally:
        await store.close()
    again = await asyncio.to_thread(mailmoat, "migrate", "--from", db, "--to", postgres_url, cwd=tmp_path)
    assert again.returncode == 0, again.stderr  # the refused copy left no rows behind
