"""Bulk queue operations by sender, sender domain and client address: the store functions the dashboard's
H/U/D keys and `mailmoat queue hold|release|delete --sender|--domain|--client` share."""

from __future__ import annotations

import asyncio
import time

import pytest

from app.install import initialise
from app.store import queue as queue_store
from app.store.database import Store
from app.store.queue import NewMessage, QueueScope

from tests.cli.test_cli import ok, usage_error
from tests.conftest import db_rows

# (sender, client): LIKE's wildcards in a domain must not match other domains; a subdomain is another domain
QUEUED = [
    ("webmaster@corp.example", "192.0.2.7"),
    ("webmaster@corp.example", "192.0.2.7"),
    ("Sales@CORP.example", "192.0.2.8"),
    ("a@b@corp.example", "192.0.2.8"),
    ("x@mail.corp.example", "192.0.2.8"),
    ("x@a_b.example", "2001:db8::1"),
    ("x@axb.example", "192.0.2.9"),
    ("", "192.0.2.9"),
    ("김민준@한빛.example", "192.0.2.9"),
]


async def fill(path: str) -> None:
    store = await Store.open(path)
    await initialise(store, "mx.corp.example")
    statements = []
    for i, (sender, client) in enumerate(QUEUED):
        statements += queue_store.enqueue_statements(
            NewMessage(
                id=f"M{i}",
                created=time.time() + i,
                sender=sender,
                client_ip=client,
                helo="h.example",
                content=b"Subject: x\r\n\r\nbody\r\n",
                recipients=[(f"r{i}@corp.example", "upstream")],
            )
        )
    await store.commit_batched(statements)
    await store.close()


async def ids(store: Store, *, held: bool | None = None) -> set[str]:
    return {r["id"] for r in await queue_store.list_queue(store) if held is None or bool(r["held"]) == held}


@pytest.fixture
def queued_db(tmp_path) -> str:
    path = str(tmp_path / "q.db")
    asyncio.run(fill(path))
    return path


@pytest.mark.parametrize(
    "scope, expected",
    [
        (QueueScope("sender", "webmaster@corp.example"), {"M0", "M1"}),
        (QueueScope("sender", ""), {"M7"}),
        (QueueScope("domain", "corp.example"), {"M0", "M1", "M2", "M3"}),
        (QueueScope("domain", "a_b.example"), {"M5"}),
        (QueueScope("domain", "한빛.example"), {"M8"}),
        (QueueScope("domain", "한빛.example".encode("idna").decode()), {"M8"}),  # punycode finds the Hangul sender
        (QueueScope("client", "192.0.2.8"), {"M2", "M3", "M4"}),
        (QueueScope("client", "2001:db8::1"), {"M5"}),
    ],
)
async def test_a_scope_holds_releases_and_deletes_exactly_its_messages(queued_db, scope, expected):
    store = await Store.open(queued_db)
    try:
        assert await queue_store.count_scope(store, scope) == len(expected)
        assert await queue_store.hold_scope(store, scope, True) == len(expected)
        assert await ids(store, held=True) == expected
        assert await queue_store.count_scope(store, scope, held=False) == 0
        assert await queue_store.hold_scope(store, scope, True) == 0  # already held: nothing changes
        assert await queue_store.count_scope(store, scope, held=True) == len(expected)
        assert await queue_store.hold_scope(store, scope, False) == len(expected)
        assert await ids(store, held=True) == set()
        assert await queue_store.delete_scope(store, scope) == len(expected)
        assert await ids(store) == {f"M{i}" for i in range(len(QUEUED))} - expected
        assert not await db_rows(
            store,
            "SELECT 1 FROM queue_recipients WHERE message_id IN (%s)" % ",".join("?" * len(expected)),
            tuple(expected),
        )
    finally:
        await store.close()


async def test_an_unknown_scope_is_refused(queued_db):
    store = await Store.open(queued_db)
    try:
        with pytest.raises(ValueError, match="unknown queue scope"):
            await queue_store.count_scope(store, QueueScope("helo", "x"))
    finally:
        await store.close()


def test_cli_holds_releases_and_deletes_by_sender_domain_and_client(queued_db):
    assert (
        ok("queue", "hold", "--sender", "<webmaster@corp.example>", db=queued_db).strip()
        == "2 message(s) from <webmaster@corp.example> held"
    )
    assert (
        ok("queue", "hold", "--domain", "@Corp.Example", db=queued_db).strip()
        == "2 message(s) from senders at corp.example held"
    )
    listing = ok("queue", "list", db=queued_db)
    assert sum("held" in line for line in listing.splitlines()) == 4
    assert (
        ok("queue", "release", "--client", "192.0.2.7", db=queued_db).strip()
        == "2 message(s) from client 192.0.2.7 released"
    )
    assert (
        ok("queue", "delete", "--client", "[2001:db8::1]", db=queued_db).strip()
        == "1 message(s) from client 2001:db8::1 deleted"
    )
    punycode = "한빛.example".encode("idna").decode()
    assert (
        ok("queue", "delete", "--domain", punycode, db=queued_db).strip()
        == f"1 message(s) from senders at {punycode} deleted"
    )
    assert (
        ok("queue", "delete", "--sender", "nobody@corp.example", db=queued_db).strip()
        == "0 message(s) from <nobody@corp.example> deleted"
    )
    listing = ok("queue", "list", db=queued_db)
    assert "M5 " not in listing and "M8 " not in listing and sum("held" in line for line in listing.splitlines()) == 2


@pytest.mark.parametrize(
    "args, error",
    [
        (("queue", "hold", "--client", "not-an-ip"), "--client needs an IP address"),
        (("queue", "hold", "--sender", "nobody"), "--sender needs an address"),
        (("queue", "release", "--domain", "a b"), "--domain needs a domain name"),
        (("queue", "delete", "--domain", ""), "--domain needs a domain name"),
        (("queue", "delete", "--domain", "[/]"), "--domain needs a domain name"),
        (("queue", "show", "--sender", "a@b.example"), "go with hold, release or delete"),
        (("queue", "hold", "M0", "--sender", "a@b.example"), "go with hold, release or delete"),
    ],
)
def test_cli_refuses_a_bad_scope_with_one_line(queued_db, args, error):
    assert error in usage_error(*args, db=queued_db)
    assert "held" not in ok("queue", "list", db=queued_db)
