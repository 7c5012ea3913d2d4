"""Hot reload on PostgreSQL (issue 19): policy changes reach a running `serve` on the URL through LISTEN/NOTIFY,
journaled or not, on a private server (tests/support/postgres.py)."""

from __future__ import annotations

import asyncio

from app.store import lists as lists_store
from app.store.database import Store
from tests.support.postgres import postgres_server, postgres_url, run_postgres  # noqa: F401 (fixtures)

from tests.conftest import wait_for
from tests.support.processes import ServeProcess, mailmoat


async def _refused(serve: ServeProcess, sender: str) -> bool:
    return await asyncio.to_thread(serve.rcpt_code, "bob@corp.example", sender) == 550


async def test_policy_changes_reach_a_running_serve_on_the_url(postgres_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # init's TLS files on a URL (Store.file_beside)
    for command in (("init", "--hostname", "mx.corp.example"), ("domain", "add", "corp.example")):
        done = await asyncio.to_thread(mailmoat, *command, db=postgres_url, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    serve = await asyncio.to_thread(ServeProcess, postgres_url, tmp_path)
    store = await Store.open(postgres_url, create=False)
    try:
        assert not await _refused(serve, "pest@other.example")
        blocked = await asyncio.to_thread(mailmoat, "block", "add", "email", "pest@other.example", db=postgres_url)
        assert blocked.returncode == 0, blocked.stderr
        await wait_for(lambda: _refused(serve, "pest@other.example"), timeout=30)

        # a change that no journal records (a program writing through the store, not the CLI): no change
        # number moves, so only the notice tells the gateway
        assert not await _refused(serve, "quiet@other.example")
        await lists_store.add_entries(store, [{"list": "block", "kind": "email", "value": "quiet@other.example"}])
        await wait_for(lambda: _refused(serve, "quiet@other.example"), timeout=30)

        removed = await asyncio.to_thread(mailmoat, "block", "remove", "email", "pest@other.example", db=postgres_url)
        assert removed.returncode == 0, removed.stderr

        async def accepted_again() -> bool:
            return not await _refused(serve, "pest@other.example")

        await wait_for(accepted_again, timeout=30)
        assert serve.terminate() == 0
        assert "Traceback" not in serve.errors()
    finally:
        await store.close()
        serve.kill()


async def _block(store: Store, value: str) -> None:
    await lists_store.add_entries(store, [{"list": "block", "kind": "email", "value": value}])


async def test_notices_come_from_other_connections_and_again_after_the_server_was_away():
    with run_postgres() as server:  # a server of its own: this test stops it
        url = server.url(server.create_database())
        gateway, writer = await Store.open(url), await Store.open(url)
        try:
            notices = gateway.policy_notices()
            assert notices is not None
            async with notices:
                await _block(writer, "one@other.example")
                await wait_for(notices.changed.is_set, timeout=30)
                notices.changed.clear()
                await asyncio.to_thread(server.stop)
                await asyncio.to_thread(server.start, durable=False)
                await wait_for(notices.changed.is_set, timeout=60)  # listening again, and what it missed reloads
                notices.changed.clear()
                await _block(writer, "two@other.example")
                await wait_for(notices.changed.is_set, timeout=30)
        finally:
            await gateway.close()
            await writer.close()
