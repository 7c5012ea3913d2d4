"""Mailmoat on PostgreSQL (issue 19, first step): the real command line with --db and $MAILMOAT_DB on a URL,
claims that pass over rows another node holds, and `serve` accepting and delivering mail, on a private server
(tests/support/postgres.py). The store-level contract tests run on both backends in their own files (test_store.py,
test_journal.py, test_delivery_claims.py)."""

from __future__ import annotations

import asyncio
import smtplib

import pytest

from app.install import initialise
from app.store import queue as queue_store
from app.store.database import Store
from app.store.queue import NewMessage, enqueue_statements
from tests.support.postgres import postgres_server, postgres_url, run_postgres  # noqa: F401 (fixtures)

from tests.conftest import Sink, db_rows, wait_for
from tests.support.processes import ServeProcess, cli_env, init_site, mailmoat


def test_the_command_line_on_a_postgres_url(postgres_url, tmp_path):
    init = mailmoat("init", "--hostname", "mx.corp.example", db=postgres_url, cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    assert "ready (hostname mx.corp.example)" in init.stdout
    assert mailmoat("set", "smtp.max_size", "10M", db=postgres_url).returncode == 0
    settings = mailmoat("settings", db=postgres_url)
    assert settings.returncode == 0, settings.stderr
    assert "smtp.max_size" in settings.stdout and "10M" in settings.stdout
    # $MAILMOAT_DB names the database when --db does not
    env = cli_env(MAILMOAT_DB=postgres_url)
    assert mailmoat("block", "add", "domain", ".spam.example", "--comment", "광고", env=env).returncode == 0
    listed = mailmoat("block", "list", env=env)
    assert listed.returncode == 0 and ".spam.example" in listed.stdout and "광고" in listed.stdout
    assert mailmoat("get", "smtp.max_size", env=env).stdout.strip() == "10M"
    journal = mailmoat("journal", "list", env=env)
    assert journal.returncode == 0 and "insert list_entries" in journal.stdout
    assert mailmoat("journal", "undo", "last", env=env).returncode == 0
    assert "block list is empty" in mailmoat("block", "list", env=env).stdout


def test_a_bad_postgres_url_is_one_clear_line_without_the_password(postgres_server):
    unknown_database = mailmoat("settings", db=postgres_server.url("no_such_database"))
    assert unknown_database.returncode == 2
    assert "no_such_database" in unknown_database.stderr and "Traceback" not in unknown_database.stderr
    refused = mailmoat("settings", db="postgresql://kim:hunter2-secret@127.0.0.1:1/mailmoat")
    assert refused.returncode == 2 and "cannot connect" in refused.stderr
    assert "hunter2-secret" not in refused.stderr and "Traceback" not in refused.stderr
    empty = postgres_server.create_database()
    not_ours = mailmoat("settings", db=postgres_server.url(empty))  # not created: only init makes a database
    assert not_ours.returncode == 2 and "not a Mailmoat database" in not_ours.stderr


def test_init_on_a_url_with_a_password_does_not_print_it(postgres_server, tmp_path):
    name = postgres_server.create_database()  # the test server trusts loopback: the password is sent to nobody
    url = f"postgresql://mailmoat:moat-Secret-7@127.0.0.1:{postgres_server.port}/{name}"
    try:
        init = mailmoat("init", "--hostname", "mx.corp.example", db=url, cwd=tmp_path)
        assert init.returncode == 0, init.stderr
        assert "ready (hostname mx.corp.example)" in init.stdout and "mailmoat:***@" in init.stdout
        assert "moat-Secret-7" not in init.stdout + init.stderr
    finally:
        postgres_server.drop_database(name)


def _message(number: int) -> NewMessage:
    return NewMessage(
        f"M{number}", 1_800_000_000.0, "a@x.example", "127.0.0.1", "h", b"Subject: x\r\n\r\nx\r\n",
        [("b@corp.example", "upstream")],
    )  # fmt: skip


async def test_a_claim_passes_over_recipients_another_node_is_claiming(postgres_url):
    first = await Store.open(postgres_url)
    second = await Store.open(postgres_url)
    try:
        await initialise(first, "mx.corp.example")
        now = 1_800_000_000.0
        for number in range(3):
            message = _message(number)
            await first.commit_batched(enqueue_statements(message))
        keys = [(f"M{number}", "b@corp.example") for number in range(3)]
        async with first.transaction() as conn:  # the first node is in the middle of claiming M0
            await conn.execute("SELECT 1 FROM queue_recipients WHERE message_id = ? FOR UPDATE", ("M0",))
            claimed = await asyncio.wait_for(queue_store.claim(second, keys, "node-2", now, now + 60), timeout=30)
            assert claimed == set(keys[1:])  # not awaited: skipped
        assert await queue_store.claim(second, keys, "node-2", now, now + 60) == set(keys)
        rows = await db_rows(first, "SELECT claimed_by FROM queue_recipients ORDER BY message_id")
        assert [r[0] for r in rows] == ["node-2"] * 3
    finally:
        await first.close()
        await second.close()


async def test_a_lost_server_fails_the_commit_and_the_store_reconnects_once_it_is_back():
    with run_postgres() as server:  # a server of its own: this test stops it
        store = await Store.open(server.url(server.create_database()))
        try:
            await store.commit_batched(enqueue_statements(_message(1)))
            await asyncio.to_thread(server.stop)
            with pytest.raises(Exception):  # the caller answers 451: nothing was promised
                await asyncio.wait_for(store.commit_batched(enqueue_statements(_message(2))), timeout=60)
            await asyncio.to_thread(server.start, durable=False)
            await store.commit_batched(enqueue_statements(_message(3)))
            assert sorted(row["id"] for row in await queue_store.list_queue(store)) == ["M1", "M3"]
        finally:
            await store.close()


@pytest.mark.parametrize("workers", [(), ("--workers", "2")], ids=["one process", "two workers"])
async def test_serve_on_postgres_accepts_and_delivers_a_message(postgres_url, tmp_path, monkeypatch, workers):
    recipients = ["bob@corp.example", "김민지@corp.example"]
    monkeypatch.chdir(tmp_path)  # init's TLS files and the workers' shared counters (Store.file_beside)
    sink = await Sink().start()
    serve = None
    try:
        await asyncio.to_thread(init_site, postgres_url, tmp_path, sink.address)
        serve = await asyncio.to_thread(ServeProcess(postgres_url, tmp_path, wait=False, args=workers).wait_ready)

        def send() -> None:
            with smtplib.SMTP(serve.host, serve.port, timeout=30) as client:
                client.ehlo("client.example")
                body = "Subject: =?utf-8?b?7ZqM7J2Y?=\r\nFrom: alice@other.example\r\n\r\n회의는 3시입니다.\r\n"
                refused = client.sendmail("alice@other.example", recipients, body.encode(), ["SMTPUTF8"])
                assert refused == {}

        await asyncio.to_thread(send)
        await wait_for(lambda: sink.messages, timeout=60)
        received = sink.messages[0]
        assert sorted(received.recipients) == sorted(recipients)
        assert "회의는 3시입니다." in received.content.decode()
        store = await Store.open(postgres_url, create=False)
        try:
            await wait_for(lambda: _queue_is_empty(store), timeout=60)

            async def delivered_events() -> bool:  # the connection log is written in batches
                rows = await db_rows(store, "SELECT recipient FROM events WHERE kind = 'delivered'")
                return sorted(r[0] for r in rows) == sorted(recipients)

            await wait_for(delivered_events, timeout=60)
        finally:
            await store.close()
        assert serve.terminate() == 0
        assert "Traceback" not in serve.errors()
    finally:
        if serve is not None:
            serve.kill()
        await sink.stop()


async def _queue_is_empty(store: Store) -> bool:
    return not await db_rows(store, "SELECT 1 FROM queue_recipients")
