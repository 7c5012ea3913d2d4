"""Two gateways on one PostgreSQL (issue 19): a node SIGKILLed mid-stream loses nothing that got a 250.

Two `mailmoat serve` processes, each on its own port and in its own directory, as two boxes would be, share a
private PostgreSQL server (tests/support/postgres.py). The upstream is down: a port that takes connections and
never answers, so each node holds claims on the mail it is trying to deliver. One node is SIGKILLed while both
take mail, the upstream comes back, and the surviving node delivers every message either node answered 250 to,
once each (counted by Message-ID at the sink).

"Two hosts": each node runs in a UTS namespace of its own with its own hostname, so the survivor cannot see whether
the dead node's pid still runs (workers.is_alive takes a worker on another host as alive): the dead node's claims
are freed only when their lease runs out, the path a real second box takes. "One host": the survivor sees that
the dead node's pid has gone and frees its claims within RELEASE_EVERY (10 s).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import time

import pytest

from app.store.database import Store
from tests.conftest import Sink, db_rows, wait_for
from tests.support.postgres import postgres_server, postgres_url  # noqa: F401 (fixtures)
from tests.support.processes import ServeProcess, closed_port, mailmoat
from tests.system.test_crash import MESSAGE_ID, Clients, delivered_ids

ACCEPTED_PER_NODE = 15  # 250s each node gives before the kill
CLAIM_LEASE = "20s"  # delivery.claim_lease on these nodes (default 1m): the lease path in a third of the time
LEASE_WAIT = 120  # seconds: the dead node's claims end within a claim lease of the kill, on a loaded box

TWO_HOSTS = pytest.param(
    True,
    id="two hosts (lease)",
    marks=pytest.mark.skipif(
        os.geteuid() != 0 or shutil.which("unshare") is None, reason="a hostname per node needs root and unshare"
    ),
)


def black_hole(port: int) -> socket.socket:
    """An upstream that is down without refusing: connections complete in the backlog and are never answered."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(1024)
    return sock


async def prepare_gateway(db: str, workdir, upstream_port: int) -> None:
    """`init`, the upstream on a loopback port, and corp.example as ours: through the real command line."""
    for command in (
        ("init", "--hostname", "mx.corp.example"),
        ("set", "upstream", f"127.0.0.1:{upstream_port}"),
        ("domain", "add", "corp.example"),
        ("set", "delivery.claim_lease", CLAIM_LEASE),
    ):
        done = await asyncio.to_thread(mailmoat, *command, db=db, cwd=workdir)
        assert done.returncode == 0, done.stderr


async def _claims_of(store: Store, host_and_pid: str) -> list:
    return await db_rows(
        store, "SELECT claimed_by, lease_until FROM queue_recipients WHERE claimed_by LIKE ?", (f"{host_and_pid}:%",)
    )


@pytest.mark.parametrize("two_hosts", [TWO_HOSTS, pytest.param(False, id="one host (pid check)")])
async def test_the_surviving_node_delivers_what_a_killed_node_accepted(postgres_url, tmp_path, two_hosts):
    upstream_port = closed_port()
    hole = black_hole(upstream_port)
    await prepare_gateway(postgres_url, tmp_path, upstream_port)
    nodes: dict[str, ServeProcess] = {}
    loads: list[Clients] = []
    sink = store = None
    try:
        for name in ("node-a", "node-b"):
            home = tmp_path / name
            home.mkdir()
            for tls_file in tmp_path.glob("mailmoat-*"):  # each box keeps its own copy of init's TLS files
                shutil.copy(tls_file, home)
            hostname = f"mailmoat-{name}" if two_hosts else None
            nodes[name] = ServeProcess(postgres_url, home, name, wait=False, cwd=home, hostname=hostname)
        for node in nodes.values():
            await asyncio.to_thread(node.wait_ready, 90)
        assert nodes["node-a"].port != nodes["node-b"].port
        loads = [Clients(node.host, node.port, threads=3, prefix=f"{name}-t") for name, node in nodes.items()]
        for load in loads:
            load.start()
        await wait_for(lambda: all(len(load.accepted) >= ACCEPTED_PER_NODE for load in loads), timeout=120)
        assert all(thread.is_alive() for load in loads for thread in load.threads)  # the kill lands mid-stream
        nodes["node-a"].kill_all()
        killed_at = time.time()
        for load in loads:
            await asyncio.to_thread(load.join)
        accepted: dict[str, bytes] = {}
        attempted: dict[str, bytes] = {}
        for load in loads:
            with load.lock:
                accepted |= load.accepted
                attempted |= load.attempted

        store = await Store.open(postgres_url, create=False)
        killed = f"{'mailmoat-node-a' if two_hosts else socket.gethostname()}:{nodes['node-a'].proc.pid}"
        held = await _claims_of(store, killed)
        if two_hosts:  # on one host the survivor may have freed them already
            assert held, "the killed node held no claims: the lease path was not tested"
            assert all(lease_until > killed_at for _worker, lease_until in held)

        hole.close()  # the upstream comes back
        sink = await Sink().start("127.0.0.1", upstream_port)
        flushed = await asyncio.to_thread(mailmoat, "queue", "flush", db=postgres_url)
        assert flushed.returncode == 0, flushed.stderr

        def delivered() -> set[str]:
            return set(delivered_ids(sink))

        try:
            await wait_for(lambda: set(accepted) <= delivered(), timeout=LEASE_WAIT, interval=0.2)
        except AssertionError:
            missing = sorted(set(accepted) - delivered())
            raise AssertionError(
                f"{len(missing)} of {len(accepted)} messages answered 250 never arrived: {missing[:20]}"
            )

        async def queue_empty() -> bool:
            return not await db_rows(store, "SELECT 1 FROM queue_recipients")

        await wait_for(queue_empty, timeout=LEASE_WAIT, interval=0.2)
        assert not await _claims_of(store, killed)
        ids = delivered_ids(sink)
        duplicates = {mid: n for mid, n in ids.items() if n > 1}
        print(
            f"\ntwo nodes, {'two hosts' if two_hosts else 'one host'}: accepted {len(accepted)}, DATA sent {len(attempted)}, delivered {sum(ids.values())}, "
            f"claims of the killed node at the kill {len(held)}, duplicates {len(duplicates)}, "
            f"all delivered {time.time() - killed_at:.0f} s after the kill"
        )
        assert not duplicates, f"delivered more than once: {duplicates}"
        assert set(ids) <= set(attempted), "delivered messages nobody sent"
        for received in sink.messages:
            mid = MESSAGE_ID.search(received.content)[1].decode().removesuffix("@crash.test")
            assert received.content.endswith(attempted[mid]), f"content of {mid} changed"
        survivor = nodes["node-b"]
        survivor.proc.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(survivor.proc.wait, 90) == 0
        assert "Traceback" not in survivor.errors()
    finally:
        for load in loads:
            load.stop.set()
        for node in nodes.values():
            node.kill()
        hole.close()
        if store is not None:
            await store.close()
        if sink is not None:
            await sink.stop()
