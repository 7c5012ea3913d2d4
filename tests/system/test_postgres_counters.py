"""Limits that hold across nodes (issue 19, item 4): two `serve` processes, two nodes, on one private PostgreSQL
database (tests/support/postgres.py), talked to over real sockets from loopback addresses of their own (each its
own network: smtp.network_prefix_v4=32). The connection rate, AUTH failures, harvest counts and a sender's
outbound rate are counted in the database, once for the cluster; the baselines stay each node's own part."""

from __future__ import annotations

import asyncio
import contextlib
import json
import smtplib
from collections.abc import Iterator

import pytest

from app.store import monitor_state
from app.store.database import Store
from tests.support.postgres import PostgresServer, postgres_server  # noqa: F401 (fixtures)

from tests.conftest import message
from tests.support.processes import ServeProcess, closed_port, mailmoat

RATE = 6  # connections per minute from one network
SETTINGS = {
    "smtp.network_prefix_v4": "32",
    "smtp.connection_rate_per_ip": str(RATE),
    "smtp.tarpit_delay": "0s",
    "auth.plaintext_loopback": "yes",
    "auth.ip_failures": "3",
    "recipients.method.corp.example": "list",
    "recipients.harvest_limit": "4",
    "outbound.per_minute": "0",
    "outbound.per_hour": "3",
}
OUTBOUND_CLIENT = "127.0.0.4"  # a trusted network (Exchange, say): its senders are counted, not its address
pytestmark = pytest.mark.xdist_group("postgres-counters")  # one cluster for the module: its tests on one worker


@pytest.fixture(scope="module")
def cluster(postgres_server: PostgresServer, tmp_path_factory) -> Iterator[tuple[str, ServeProcess, ServeProcess]]:
    workdir = tmp_path_factory.mktemp("cluster")
    url = postgres_server.url(postgres_server.create_database())
    commands = [
        ("init", "--hostname", "mx.corp.example"),
        ("set", "upstream", f"127.0.0.1:{closed_port()}"),  # nothing is to be delivered: mail waits in the queue
        ("domain", "add", "corp.example"),
        ("recipients", "add", "bob@corp.example"),
        ("relay", "allow-net", f"{OUTBOUND_CLIENT}/32"),
        ("account", "add", "kim@corp.example", "--password", "Blue-river 7 lanterns"),
        *(("set", key, value) for key, value in SETTINGS.items()),
    ]
    for command in commands:
        done = mailmoat(*command, db=url, cwd=workdir)
        assert done.returncode == 0, (command, done.stderr)
    nodes: list[ServeProcess] = []
    try:
        with contextlib.chdir(workdir):  # where init left the TLS files of a database on a URL (Store.file_beside)
            for name in ("node-a", "node-b"):
                nodes.append(ServeProcess(url, workdir, name, wait=False))  # type: ignore[arg-type]
        for node in nodes:
            node.wait_ready(90)
        yield url, nodes[0], nodes[1]
    finally:
        for node in nodes:
            node.kill()
        postgres_server.drop_database(url.rsplit("/", 1)[-1])


def _connect(node: ServeProcess, source_ip: str) -> int:
    """A connection's first reply: 220 (then QUIT) or the refusal's code."""
    try:
        client = smtplib.SMTP(node.host, node.port, source_address=(source_ip, 0), timeout=30)
    except smtplib.SMTPConnectError as refused:
        assert b"Connection rate limit exceeded for [" + source_ip.encode() in refused.smtp_error
        return refused.smtp_code
    client.quit()
    return 220


def test_a_connection_rate_of_n_per_minute_refuses_the_n_plus_first_whichever_node_it_reaches(cluster):
    _url, a, b = cluster
    codes = [_connect((a, b)[turn % 2], "127.0.0.1") for turn in range(RATE + 2)]
    assert codes == [220] * RATE + [421, 421]  # the 7th reached node A, the 8th node B


def test_auth_failures_split_across_the_nodes_lock_the_address_out_on_both(cluster):
    _url, a, b = cluster

    def login(node: ServeProcess, password: str) -> tuple[int, bytes]:
        with node.smtp("127.0.0.3") as client:
            return client.docmd("AUTH", "PLAIN " + _plain("kim@corp.example", password))

    assert [login(node, "wrong")[0] for node in (a, b, a)] == [535, 535, 535]
    for node in (b, a):
        code, text = login(node, "Blue-river 7 lanterns")  # the right password, but the address is locked out
        assert code == 454 and text.startswith(b"4.7.0 Too many failed logins from [127.0.0.3]")


def test_unknown_recipients_split_across_the_nodes_hit_the_harvest_cutoff_once_for_the_sum(cluster):
    _url, a, b = cluster
    assert [a.rcpt_code(f"nobody{n}@corp.example", source_ip="127.0.0.2") for n in range(2)] == [550, 550]
    assert [b.rcpt_code(f"nobody{n}@corp.example", source_ip="127.0.0.2") for n in range(2, 4)] == [550, 550]
    for node in (a, b):  # four unknown so far, the limit: cut off on either node, even for a known recipient
        assert node.rcpt_code("bob@corp.example", source_ip="127.0.0.2") == 421


def test_a_senders_messages_split_across_the_nodes_count_together_and_each_node_keeps_its_baseline(cluster):
    url, a, b = cluster

    def send(node: ServeProcess) -> int:
        with node.smtp(OUTBOUND_CLIENT) as client:
            code, _ = client.mail("alice@corp.example")
            if code != 250:
                return code
            assert client.rcpt("buyer@shop.example")[0] == 250
            return client.data(message(sender="alice@corp.example", to="buyer@shop.example"))[0]

    assert [send(node) for node in (a, b, a)] == [250, 250, 250]
    assert [send(node) for node in (b, a)] == [451, 451]  # outbound.per_hour=3, wherever the fourth goes

    # The module's last test: both nodes drain. Each saves what it learnt as its own part: neither overwrites the
    # other's, and no count is in both.
    for node in (a, b):
        assert node.terminate() == 0
    parts = asyncio.run(_parts(url))
    days = sorted(senders[0]["day_count"] for senders in (json.loads(p)["baselines"]["senders"] for p in parts))
    assert days == [1, 2]


async def _parts(url: str) -> list[str]:
    store = await Store.open(url)
    try:
        return await monitor_state.all_parts(store, "outbound")
    finally:
        await store.close()


def _plain(login: str, password: str) -> str:
    import base64

    return base64.b64encode(f"\0{login}\0{password}".encode()).decode()
