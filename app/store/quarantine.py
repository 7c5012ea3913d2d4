"""Quarantined messages: kept with their verdict until released, deleted or expired."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .database import Statement, Store
from .queue import NewMessage, enqueue_statements


@dataclass(frozen=True)
class QuarantinedMessage:
    id: str
    created: float
    expires: float
    sender: str
    recipients: list[tuple[str, str]]  # (address, route)
    client_ip: str
    helo: str
    subject: str
    score: float
    rules: str  # "name(+score) ..." as it was decided
    size: int


_COLUMNS = "id, created, expires, sender, recipients, client_ip, helo, subject, score, rules, size"


def _row(r) -> QuarantinedMessage:
    return QuarantinedMessage(
        r[0], r[1], r[2], r[3], [tuple(x) for x in json.loads(r[4])], r[5], r[6], r[7], float(r[8]), r[9], r[10]
    )


def quarantine_statements(msg: NewMessage, expires: float, subject: str, score: float, rules: str) -> list[Statement]:
    return [
        (
            "INSERT INTO quarantine(id, created, expires, sender, recipients, client_ip, helo, subject, score, rules,"
            " size, content) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                msg.id,
                msg.created,
                expires,
                msg.sender,
                json.dumps(msg.recipients),
                msg.client_ip,
                msg.helo,
                subject[:500],
                score,
                rules,
                len(msg.content),
                msg.content,
            ),
        )
    ]


async def list_quarantine(store: Store, limit: int = 1000) -> list[QuarantinedMessage]:
    rows = await store._fetchall(f"SELECT {_COLUMNS} FROM quarantine ORDER BY created DESC LIMIT ?", (limit,))
    return [_row(r) for r in rows]


async def get(store: Store, message_id: str) -> tuple[QuarantinedMessage, bytes] | None:
    row = await store._fetchone(f"SELECT {_COLUMNS}, content FROM quarantine WHERE id = ?", (message_id,))
    return (_row(row), bytes(row[11])) if row else None


async def delete(store: Store, message_id: str) -> bool:
    return bool(await store._execute("DELETE FROM quarantine WHERE id = ?", (message_id,)))


async def release(store: Store, message_id: str, released_by: str, now: float) -> NewMessage | None:
    """Moves the message into the delivery queue, as it was, under a header naming who released it."""
    async with store.transaction() as conn:
        cursor = await conn.execute(f"SELECT {_COLUMNS}, content FROM quarantine WHERE id = ?", (message_id,))
        row = await cursor.fetchone()
        if row is None:
            return None
        held = _row(row)
        header = f"X-Mailmoat-Released: by {released_by} at {_rfc2822(now)}\r\n".encode("utf-8", "replace")
        message = NewMessage(
            id=held.id,
            created=now,
            sender=held.sender,
            client_ip=held.client_ip,
            helo=held.helo,
            content=header + bytes(row[11]),
            recipients=held.recipients,
        )
        for sql, params in enqueue_statements(message, now):
            await conn.execute(sql, params)
        await conn.execute("DELETE FROM quarantine WHERE id = ?", (message_id,))
        return message


async def expire(store: Store, now: float) -> int:
    return await store._execute("DELETE FROM quarantine WHERE expires <= ?", (now,))


async def count(store: Store) -> int:
    return int(await store._scalar("SELECT COUNT(*) FROM quarantine"))


def _rfc2822(ts: float) -> str:
    from email.utils import formatdate

    return formatdate(ts, localtime=False)
