"""Two gateway nodes on one PostgreSQL database (`serve --node`): each node's worker ids, events and heartbeats
carry its name, and a dashboard attached to the database tells them apart. Real processes over loopback."""

from __future__ import annotations

import asyncio
import smtplib

import pytest

from app.store.database import Store
from app.ui.backend import Backend

from tests.conftest import Sink, db_rows, wait_for
from tests.support.postgres import postgres_server, postgres_url  # noqa: F401 (fixtures)
from tests.support.processes import ServeProcess, cli_env, init_site, mailmoat


@pytest.mark.parametrize(
    ("args", "env"),
    [(("--node", ""), {}), (("--node", " mx1"), {}), ((), {"MAILMOAT_NODE": "mx\x1b[2J"})],
    ids=["empty", "spaces", "escape in the environment"],
)
def test_a_bad_node_name_is_one_line_and_nothing_starts(tmp_path, args, env):
    result = mailmoat("serve", "--listen", "127.0.0.1:0", *args, db=tmp_path / "n.db", env=cli_env() | env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("mailmoat serve: --node or $MAILMOAT_NODE: node name")
    assert "\x1b" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "n.db").exists()


async def test_two_nodes_on_one_postgres_each_name_their_sessions_and_heartbeats(postgres_url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # init's TLS files (Store.file_beside)
    sink = await Sink().start()
    nodes: list[ServeProcess] = []
    try:
        await asyncio.to_thread(init_site, postgres_url, tmp_path, sink.address)
        for name in ("서울", "부산"):
            node = ServeProcess(postgres_url, tmp_path, f"node-{len(nodes)}", wait=False, args=("--node", name))
            nodes.append(node)
            await asyncio.to_thread(node.wait_ready, 90)

        def send(node: ServeProcess, sender: str) -> None:
            with smtplib.SMTP(node.host, node.port, timeout=30) as client:
                client.ehlo("client.example")
                assert client.sendmail(sender, ["bob@corp.example"], b"Subject: hi\r\n\r\nhi\r\n") == {}

        await asyncio.to_thread(send, nodes[0], "seoul@other.example")
        await asyncio.to_thread(send, nodes[1], "busan@other.example")
        await wait_for(lambda: len(sink.messages) == 2, timeout=60)

        store = await Store.open(postgres_url, create=False)
        try:

            async def queued_by_node() -> dict[str, str]:
                rows = await db_rows(store, "SELECT sender, worker FROM events WHERE kind = 'queued'")
                return {row[0]: row[1].split("@")[0] for row in rows}

            await wait_for(lambda: _has_two(queued_by_node), timeout=60)
            assert await queued_by_node() == {"seoul@other.example": "서울", "busan@other.example": "부산"}
            backend = Backend(store, None, attached=True)
            status = await backend.header_status()
            assert status.gateway.startswith("2 nodes: ") and status.problem == ""
            assert "부산 1 worker alive" in status.gateway and "서울 1 worker alive" in status.gateway
        finally:
            await store.close()
        for node in nodes:
            assert await asyncio.to_thread(node.terminate) == 0
            assert "Traceback" not in node.errors()
    finally:
        for node in nodes:
            node.kill()
        await sink.stop()


async def _has_two(rows) -> bool:
    return len(await rows()) == 2
