"""The durable mail queue: message bytes and one row per recipient still to deliver."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass

from .database import Statement, Store
from .rows import execute_repaired


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


def enqueue_statements(msg: NewMessage, due: float | None = None, *, held: bool = False) -> list[Statement]:
    """`due` later than now leases the message to the in-memory fast path of the delivery runner; a held
    message waits for the operator."""
    due = msg.created if due is None else due
    statements: list[Statement] = [(
        "INSERT INTO queue_messages(id, created, sender, client_ip, helo, size, held, is_bounce, content) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (msg.id, msg.created, msg.sender, msg.client_ip, msg.helo, len(msg.content), int(held), int(msg.is_bounce),
         msg.content),
    )]
    statements += [(
        "INSERT INTO queue_recipients(message_id, recipient, route, next_attempt) VALUES(?, ?, ?, ?)",
        (msg.id, address, route, due),
    ) for address, route in msg.recipients]
    return statements


async def due_recipients(store: Store, now: float, limit: int = 500,
                         after: tuple[float, str, str] | None = None) -> list[DueRecipient]:
    """Recipients due by `now`, oldest first; `after` (next_attempt, message id, recipient) of the last row of
    a previous page continues from there, so a caller can look past a page of mail it cannot start yet."""
    where, params = "r.next_attempt <= ? AND m.held = 0", list[float | str]([now])
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


async def next_due_time(store: Store) -> float | None:
    row = await store._fetchone(
        "SELECT MIN(r.next_attempt) AS t FROM queue_recipients r "
        "JOIN queue_messages m ON m.id = r.message_id WHERE m.held = 0")
    return row["t"] if row else None


async def message_content(store: Store, message_id: str) -> bytes | None:
    row = await store._fetchone("SELECT content FROM queue_messages WHERE id = ?", (message_id,))
    return bytes(row["content"]) if row else None


def finished_statements(message_id: str, recipient: str) -> list[Statement]:
    """The recipient is done (delivered or bounced): forget it, and the message once none remain."""
    return [
        ("DELETE FROM queue_recipients WHERE message_id = ? AND recipient = ?", (message_id, recipient)),
        ("DELETE FROM queue_messages WHERE id = ? AND NOT EXISTS "
         "(SELECT 1 FROM queue_recipients WHERE message_id = ?)", (message_id, message_id)),
    ]


def deferred_statements(message_id: str, recipient: str, next_attempt: float, error: str) -> list[Statement]:
    return [(
        "UPDATE queue_recipients SET state = 'deferred', attempts = attempts + 1, next_attempt = ?, last_error = ? "
        "WHERE message_id = ? AND recipient = ?",
        (next_attempt, error, message_id, recipient),
    )]


async def release_leases(store: Store, now: float) -> int:
    """At start-up nothing is in memory: every never-tried recipient is due now."""
    return await store._execute(
        "UPDATE queue_recipients SET next_attempt = ? WHERE state = 'pending' AND next_attempt > ?", (now, now))


async def list_queue(store: Store) -> list[dict]:
    rows = await store._fetchall(
        "SELECT m.id, m.created, m.sender, m.client_ip, m.size, m.held, m.is_bounce, r.recipient, r.route, r.state, "
        "r.attempts, r.next_attempt, r.last_error FROM queue_messages m "
        "JOIN queue_recipients r ON r.message_id = m.id ORDER BY m.created, m.id, r.recipient")
    return [dict(row) for row in rows]


async def get_message(store: Store, message_id: str) -> dict | None:
    row = await store._fetchone("SELECT * FROM queue_messages WHERE id = ?", (message_id,))
    if row is None:
        return None
    message = dict(row)
    message["content"] = bytes(message["content"])
    message["recipients"] = [dict(r) for r in await store._fetchall(
        "SELECT recipient, route, state, attempts, next_attempt, last_error FROM queue_recipients "
        "WHERE message_id = ? ORDER BY recipient", (message_id,))]
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
        return "(" + " OR ".join(["sender LIKE ? ESCAPE '\\'"] * len(forms)) + ")", tuple(f"%@{_escape_like(f)}" for f in forms)
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
    return await store._execute(f"UPDATE queue_messages SET held = ? WHERE {where} AND held = ?",
                               (int(held), *params, int(not held)))


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
        await execute_repaired(conn, "INSERT INTO held_senders(sender, since, reason) VALUES(?, ?, ?) "
                               "ON CONFLICT(sender) DO UPDATE SET reason = excluded.reason", (sender, now, reason))
        cursor = await execute_repaired(conn, "UPDATE queue_messages SET held = 1 WHERE sender = ? AND held = 0",
                                        (sender,))
        return cursor.rowcount


async def release_sender(store: Store, sender: str) -> int:
    """The sender's mail flows again, its held messages included. Returns how many were released."""
    async with store.transaction() as conn:
        await conn.execute("DELETE FROM held_senders WHERE sender = ?", (sender,))
        cursor = await conn.execute("UPDATE queue_messages SET held = 0 WHERE sender = ? AND held = 1", (sender,))
        return cursor.rowcount
