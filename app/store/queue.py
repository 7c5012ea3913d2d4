"""The durable mail queue: message bytes and one row per recipient still to deliver."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from .database import Statement, Store
from .dialect import skip_locked_rows
from .rows import execute_repaired
from .workers import is_alive, this_worker


@dataclass(frozen=True)
class NewMessage:
    id: str
    created: float
    sender: str  # "" for the null sender
    client_ip: str
    helo: str
    content: bytes
    recipients: list[tuple[str, str]]  # (address, route)
    is_bounce: bool = False


@dataclass(frozen=True)
class DueRecipient:
    message_id: str
    recipient: str
    route: str
    attempts: int
    created: float
    sender: str
    next_attempt: float = 0.0


def enqueue_statements(
    msg: NewMessage, due: float | None = None, *, held: bool = False, claimed_by: str | None = None
) -> list[Statement]:
    """`due` later than now leases the message to the in-memory fast path of the delivery runner: the
    recipients are claimed by the worker `claimed_by` (this process's by default) until `due`, and no poll
    takes them before then. A held message waits for the operator."""
    due = msg.created if due is None else due
    claim, lease_until = "", 0.0
    if due > msg.created:
        claim, lease_until = claimed_by or this_worker(), due
    statements: list[Statement] = [
        (
            "INSERT INTO queue_messages(id, created, sender, client_ip, helo, size, held, is_bounce, content) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                msg.id,
                msg.created,
                msg.sender,
                msg.client_ip,
                msg.helo,
                len(msg.content),
                int(held),
                int(msg.is_bounce),
                msg.content,
            ),
        )
    ]
    statements += [
        (
            "INSERT INTO queue_recipients(message_id, recipient, route, next_attempt, claimed_by, lease_until) "
            "VALUES(?, ?, ?, ?, ?, ?)",
            (msg.id, address, route, due, claim, lease_until),
        )
        for address, route in msg.recipients
    ]
    return statements


# A recipient is free for `worker` when it is due and nobody else holds an unexpired claim on it.
_FREE = "r.next_attempt <= ? AND m.held = 0 AND (r.lease_until <= ? OR r.claimed_by = ?)"


async def due_recipients(
    store: Store,
    now: float,
    limit: int = 500,
    after: tuple[float, str, str] | None = None,
    *,
    worker: str | None = None,
) -> list[DueRecipient]:
    """Recipients due by `now` that no other worker has claimed, oldest first; `after` (next_attempt, message
    id, recipient) of the last row of a previous page continues from there, so a caller can look past a page
    of mail it cannot start yet. Reading is not claiming: see `claim`."""
    where, params = _FREE, list[float | str]([now, now, worker or this_worker()])
    if after is not None:
        where += " AND (r.next_attempt, r.message_id, r.recipient) > (?, ?, ?)"
        params += list(after)
    rows = await store._fetchall(
        "SELECT r.message_id, r.recipient, r.route, r.attempts, m.created, m.sender, r.next_attempt "
        f"FROM queue_recipients r JOIN queue_messages m ON m.id = r.message_id WHERE {where} "
        "ORDER BY r.next_attempt, r.message_id, r.recipient LIMIT ?",
        (*params, limit),
    )
    return [DueRecipient(*row) for row in rows]


async def claim(
    store: Store, keys: list[tuple[str, str]], worker: str, now: float, lease_until: float
) -> set[tuple[str, str]]:
    """Claims those of `keys` (message id, recipient) that are still free for `worker`, until `lease_until`;
        returns the ones claimed. One statement under SQLite's write lock: two workers never both get a key. On
    PostgreSQL the rows are locked FOR UPDATE SKIP LOCKED: a row another node is claiming is skipped, not awaited."""
    claimed: set[tuple[str, str]] = set()
    for start in range(0, len(keys), CLAIM_CHUNK):
        chunk = keys[start : start + CLAIM_CHUNK]
        values = ", ".join(["(?, ?)"] * len(chunk))
        async with store.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE queue_recipients SET claimed_by = ?, lease_until = ? WHERE (message_id, recipient) IN "
                "(SELECT r.message_id, r.recipient FROM queue_recipients r "
                f"WHERE (r.message_id, r.recipient) IN (VALUES {values}) AND r.next_attempt <= ? "
                "AND (r.lease_until <= ? OR r.claimed_by = ?) "
                "AND NOT EXISTS (SELECT 1 FROM queue_messages m WHERE m.id = r.message_id AND m.held = 1)"
                f"{skip_locked_rows('r', store.dialect)}) "
                "RETURNING message_id, recipient",
                (worker, lease_until, *[part for key in chunk for part in key], now, now, worker),
            )
            claimed.update((row[0], row[1]) for row in await cursor.fetchall())
    return claimed


CLAIM_CHUNK = 400  # keys per claiming statement (two parameters each)


async def renew(store: Store, keys: list[tuple[str, str]], worker: str, lease_until: float) -> None:
    """Extends `worker`'s claims on `keys` (those it still holds) to `lease_until`."""
    if keys:
        async with store.transaction() as conn:
            await conn.executemany(
                "UPDATE queue_recipients SET lease_until = ? WHERE message_id = ? AND recipient = ? AND claimed_by = ?",
                [(lease_until, message_id, recipient, worker) for message_id, recipient in keys],
            )


async def release_claims(store: Store, worker: str, now: float) -> int:
    """Lets go of every claim `worker` holds: never-tried recipients become due now (a fast-path lease ends)."""
    return await store._execute(
        "UPDATE queue_recipients SET claimed_by = '', lease_until = 0, next_attempt = "
        "CASE WHEN state = 'pending' AND next_attempt > ? THEN ? ELSE next_attempt END WHERE claimed_by = ?",
        (now, now, worker),
    )


async def release_leases(
    store: Store, now: float, worker: str | None = None, alive: Callable[[str], bool] = is_alive
) -> int:
    """Frees the claims of workers that have gone (per `alive`), and the unclaimed fast-path leases left by a
    single-process gateway before claims existed; a live worker's claims stay its own. Returns how many."""
    holders = await store._fetchall("SELECT DISTINCT claimed_by FROM queue_recipients WHERE claimed_by != ''")
    released = 0
    for (holder,) in holders:
        if holder != worker and not alive(holder):
            released += await release_claims(store, holder, now)
    released += await store._execute(
        "UPDATE queue_recipients SET next_attempt = ? WHERE state = 'pending' AND next_attempt > ? AND claimed_by = ''",
        (now, now),
    )
    return released


async def next_due_time(store: Store, now: float | None = None) -> float | None:
    """When the next recipient becomes free: a claimed one counts from the end of its lease."""
    now = time.time() if now is None else now
    row = await store._fetchone(
        "SELECT MIN(CASE WHEN r.lease_until > ? THEN max(r.next_attempt, r.lease_until) ELSE r.next_attempt END) "
        "AS t FROM queue_recipients r JOIN queue_messages m ON m.id = r.message_id WHERE m.held = 0",
        (now,),
    )
    return row["t"] if row else None


async def message_content(store: Store, message_id: str) -> bytes | None:
    row = await store._fetchone("SELECT content FROM queue_messages WHERE id = ?", (message_id,))
    return bytes(row["content"]) if row else None


def finished_statements(message_id: str, recipient: str) -> list[Statement]:
    """The recipient is done (delivered or bounced): forget it, and the message once none remain."""
    return [
        ("DELETE FROM queue_recipients WHERE message_id = ? AND recipient = ?", (message_id, recipient)),
        (
            "DELETE FROM queue_messages WHERE id = ? AND NOT EXISTS "
            "(SELECT 1 FROM queue_recipients WHERE message_id = ?)",
            (message_id, message_id),
        ),
    ]


def deferred_statements(message_id: str, recipient: str, next_attempt: float, error: str) -> list[Statement]:
    return [
        (
            "UPDATE queue_recipients SET state = 'deferred', attempts = attempts + 1, next_attempt = ?, last_error = ?, "
            "claimed_by = '', lease_until = 0 WHERE message_id = ? AND recipient = ?",
            (next_attempt, error, message_id, recipient),
        )
    ]


async def list_queue(store: Store) -> list[dict]:
    rows = await store._fetchall(
        "SELECT m.id, m.created, m.sender, m.client_ip, m.size, m.held, m.is_bounce, r.recipient, r.route, r.state, "
        "r.attempts, r.next_attempt, r.last_error FROM queue_messages m "
        "JOIN queue_recipients r ON r.message_id = m.id ORDER BY m.created, m.id, r.recipient"
    )
    return [dict(row) for row in rows]


async def get_message(store: Store, message_id: str) -> dict | None:
    row = await store._fetchone("SELECT * FROM queue_messages WHERE id = ?", (message_id,))
    if row is None:
        return None
    message = dict(row)
    message["content"] = bytes(message["content"])
    message["recipients"] = [
        dict(r)
        for r in await store._fetchall(
            "SELECT recipient, route, state, attempts, next_attempt, last_error FROM queue_recipients "
            "WHERE message_id = ? ORDER BY recipient",
            (message_id,),
        )
    ]
    return message


async def set_held(store: Store, message_id: str, held: bool) -> bool:
    return bool(await store._execute("UPDATE queue_messages SET held = ? WHERE id = ?", (int(held), message_id)))


async def delete_message(store: Store, message_id: str) -> bool:
    return bool(await store._execute("DELETE FROM queue_messages WHERE id = ?", (message_id,)))


@dataclass(frozen=True)
class QueueScope:
    """A set of queued messages an operator acts on at once: one sender, every sender of one domain, or one
    client address. `value` is the address, the domain or the IP as stored."""

    kind: str  # one of SCOPE_KINDS
    value: str

    def describe(self) -> str:
        """What follows "N messages": "from <a@b.example>", "from senders at b.example", "from client 192.0.2.7"."""
        if self.kind == "sender":
            return f"from <{self.value}>"
        if self.kind == "domain":
            return f"from senders at {self.value}"
        return f"from client {self.value}"


SCOPE_KINDS = ("sender", "domain", "client")


def _domain_forms(domain: str) -> tuple[str, ...]:
    """The domain as typed, and its other IDNA form (Unicode <-> A-label) when it has one."""
    try:
        other = domain.encode("idna").decode("ascii") if not domain.isascii() else domain.encode("ascii").decode("idna")
    except UnicodeError:
        return (domain,)
    return (domain,) if other.lower() == domain.lower() else (domain, other)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _scope_condition(scope: QueueScope) -> tuple[str, tuple]:
    if scope.kind == "sender":
        return "sender = ?", (scope.value,)
    if scope.kind == "domain":
        # the domain is what follows the last @; LIKE ignores ASCII case, as domain names do; a Korean domain is
        # stored as the sender wrote it, in Hangul or in punycode, so both forms are asked
        forms = _domain_forms(scope.value)
        return "(" + " OR ".join(["sender LIKE ? ESCAPE '\\'"] * len(forms)) + ")", tuple(
            f"%@{_escape_like(f)}" for f in forms
        )
    if scope.kind == "client":
        return "client_ip = ?", (scope.value,)
    raise ValueError(f"unknown queue scope {scope.kind!r}: one of {', '.join(SCOPE_KINDS)}")


async def count_scope(store: Store, scope: QueueScope, *, held: bool | None = None) -> int:
    """Queued messages in the scope; with `held`, only those held (True) or not held (False)."""
    where, params = _scope_condition(scope)
    if held is not None:
        where, params = f"{where} AND held = ?", (*params, int(held))
    return int(await store._scalar(f"SELECT COUNT(*) FROM queue_messages WHERE {where}", params))


async def hold_scope(store: Store, scope: QueueScope, held: bool) -> int:
    """Holds (or releases) every queued message in the scope; returns how many changed. Unlike hold_sender,
    mail that arrives later is not held."""
    where, params = _scope_condition(scope)
    return await store._execute(
        f"UPDATE queue_messages SET held = ? WHERE {where} AND held = ?", (int(held), *params, int(not held))
    )


async def delete_scope(store: Store, scope: QueueScope) -> int:
    """Deletes every queued message in the scope (with its recipients); returns how many."""
    where, params = _scope_condition(scope)
    return await store._execute(f"DELETE FROM queue_messages WHERE {where}", params)


async def flush(store: Store, now: float) -> int:
    """Makes every waiting recipient due now; returns how many."""
    return await store._execute("UPDATE queue_recipients SET next_attempt = ? WHERE next_attempt > ?", (now, now))


async def queue_size(store: Store) -> int:
    return int(await store._scalar("SELECT COUNT(*) FROM queue_messages"))


def new_queue_id() -> str:
    """Sortable by arrival, short enough to type: 10 base-31 digits of microseconds, 3 random."""
    alphabet = "0123456789BCDFGHJKLMNPQRSTVWXYZ"
    n, digits = time.time_ns() // 1000, []
    for _ in range(10):
        n, r = divmod(n, len(alphabet))
        digits.append(alphabet[r])
    return "".join(reversed(digits)) + "".join(random.choices(alphabet, k=3))


async def load_held_senders(store: Store) -> dict[str, str]:
    rows = await store._fetchall("SELECT sender, reason FROM held_senders")
    return {r[0]: r[1] for r in rows}


async def hold_sender(store: Store, sender: str, reason: str, now: float) -> int:
    """From now on the sender's mail waits in the queue for the operator; so does what is queued already.
    Returns how many queued messages were held."""
    async with store.transaction() as conn:
        await execute_repaired(
            conn,
            "INSERT INTO held_senders(sender, since, reason) VALUES(?, ?, ?) "
            "ON CONFLICT(sender) DO UPDATE SET reason = excluded.reason",
            (sender, now, reason),
        )
        cursor = await execute_repaired(
            conn, "UPDATE queue_messages SET held = 1 WHERE sender = ? AND held = 0", (sender,)
        )
        return cursor.rowcount


async def release_sender(store: Store, sender: str) -> int:
    """The sender's mail flows again, its held messages included. Returns how many were released."""
    async with store.transaction() as conn:
        await conn.execute("DELETE FROM held_senders WHERE sender = ?", (sender,))
        cursor = await conn.execute("UPDATE queue_messages SET held = 0 WHERE sender = ? AND held = 1", (sender,))
        return cursor.rowcount
