"""Nodes: the gateway box a worker belongs to is in its id, and only a worker of this node on this host is ever
judged dead by its pid (a worker of another node, on another box or on this one, waits for its lease)."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.install import initialise
from app.store import workers
from app.store.database import Store

HOST = socket.gethostname()


@pytest.fixture(autouse=True)
def fresh_identity(monkeypatch):
    """Each test names its node itself; the process's own identity comes back afterwards."""
    monkeypatch.delenv(workers.NODE_ENVIRONMENT, raising=False)
    monkeypatch.setattr(workers, "_node", None)
    monkeypatch.setattr(workers, "_identity", None)


def finished_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(child.stdout)


def test_the_default_node_is_the_host_and_the_id_is_as_before():
    assert workers.this_node() == HOST
    me = workers.this_worker()
    host, pid, token = me.rsplit(":", 2)
    assert host == HOST and int(pid) > 0 and token
    assert workers.node_of(me) == HOST and workers.node_and_host(me) == (HOST, HOST)


def test_a_named_node_is_in_the_id_with_its_host(monkeypatch):
    monkeypatch.setenv(workers.NODE_ENVIRONMENT, "서울-본사")
    me = workers.this_worker()
    assert me.startswith(f"서울-본사@{HOST}:")
    assert workers.node_and_host(me) == ("서울-본사", HOST) and workers.is_alive(me)
    workers.set_node("[b]부산[/b]")  # --node wins over the environment; a new name is a new id
    assert workers.node_of(workers.this_worker()) == "[b]부산[/b]" and workers.this_worker() != me


def test_a_dead_pid_of_this_node_is_dead_and_of_another_node_alive_until_its_lease_ends():
    workers.set_node("mx1")
    dead = finished_pid()
    assert not workers.is_alive(f"mx1@{HOST}:{dead}:gone")  # this node, this host: the pid says it has gone
    assert workers.is_alive(f"mx2@{HOST}:{dead}:gone")  # another node on this box: its lease decides
    assert workers.is_alive(f"{HOST}:{dead}:gone")  # the host's default node is not mx1
    assert workers.is_alive(f"mx1@elsewhere:{dead}:gone")  # the same name on another box: not ours to judge
    assert not workers.is_alive("not an id") and not workers.is_alive("mx1@host:x:y")


def test_old_and_odd_ids_parse():
    assert workers.node_and_host("w:1:a") == ("w", "w")
    assert workers.node_and_host("a@b@host:12:t") == ("a@b", "host")  # a host name has no "@"; a node may
    assert workers.node_and_host("") == ("", "") and workers.node_of("garbage") == ""


@pytest.mark.parametrize("bad", ["", " mx1", "mx1 ", "mx\x1b[31m", "mx\n1", "m\u202ex", "x" * 65])
def test_a_bad_node_name_is_refused_in_words(bad):
    with pytest.raises(ValueError, match="node name"):
        workers.set_node(bad)


@given(st.text(min_size=1, max_size=64))
def test_any_accepted_name_round_trips_through_the_id(name):
    try:
        workers.node_name(name)
    except ValueError:
        return
    assert workers.node_and_host(f"{name}@{HOST}:42:t") == (name, HOST)


async def test_a_worker_silent_for_a_week_is_forgotten_whatever_its_node(tmp_path):
    """A node taken out of service (its rows never cleaned by itself) leaves the header after a week."""
    store = await Store.open(str(tmp_path / "w.db"))
    try:
        await initialise(store, "mx.corp.example")
        now = 1_800_000_000.0
        await workers.beat(store, "old@far:1:a", "0.0.0.0:25", now - 30 * 86400, now - 8 * 86400)
        await workers.beat(store, "away@far:2:b", "0.0.0.0:25", now - 30 * 86400, now - 86400)
        assert await workers.forget_dead(store, now) == 1
        assert [w.worker for w in await workers.all_workers(store)] == ["away@far:2:b"]  # GONE, but still shown
    finally:
        await store.close()


def test_a_bad_node_in_the_environment_gives_commands_other_than_serve_the_host_name(monkeypatch):
    """serve and run refuse it in one line (tests/system/test_nodes.py); a queue command that needs a worker id
    must not fail with a traceback on it."""
    monkeypatch.setattr(workers, "_node", None)
    monkeypatch.setattr(workers, "_identity", None)
    monkeypatch.setenv(workers.NODE_ENVIRONMENT, " bad\x07")
    assert workers.this_node() == socket.gethostname()
    assert workers.is_alive(workers.this_worker())


def test_a_node_name_that_begins_with_a_dash_reaches_the_workers(monkeypatch):
    """The supervisor hands its node to each worker on the command line: as one `--node=NAME` argument, so that a
    name such as "-mx" is not taken for an option (every worker would die on it)."""
    from app.cli import build_parser
    from app.supervisor import Supervisor, Worker

    monkeypatch.setattr(workers, "_node", "-mx")
    command = Supervisor("gateway.db", "127.0.0.1:2525", 2).command(Worker(0), 7)
    args = build_parser().parse_args(command[3:])  # past "python -m app"
    assert (args.command, args.node, args.worker) == ("serve", "-mx", 0)
