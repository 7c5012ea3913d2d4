"""Alerts: things the operator must see (a hijacked sender, a dictionary attack), open until acknowledged."""

from __future__ import annotations

from dataclasses import dataclass

from .database import Store
from .rows import execute_repaired


@dataclass(frozen=True)
class AlertRow:
    id: int
    created: float
    kind: str
    subject: str  # the sender, account or client the alert is about
    severity: str  # critical | warning
    summary: str
    details: str
    acked: float | None
    times: int = 1  # how often it was raised while open (a repeat updates the open alert)
    last_seen: float | None = None  # when it was last raised

    @property
    def latest(self) -> float:
        return self.last_seen if self.last_seen is not None else self.created


_COLUMNS = "id, created, kind, subject, severity, summary, details, acked, times, last_seen"


async def raise_alert(
    store: Store, created: float, kind: str, subject: str, severity: str, summary: str, details: str = ""
) -> int:
    """One alert per subject and incident: while an alert of this kind about this subject is open, raising it
    again updates that alert (times, last seen, summary, details; a warning becomes critical, never the reverse)
    instead of adding another. Its id."""
    async with store.transaction() as conn:
        cursor = await execute_repaired(
            conn,
            "SELECT id FROM alerts WHERE kind = ? AND subject = ? AND acked IS NULL ORDER BY id DESC LIMIT 1",
            (kind, subject),
        )
        row = await cursor.fetchone()
        if row is not None:
            await execute_repaired(
                conn,
                "UPDATE alerts SET times = times + 1, last_seen = ?, summary = ?, details = ?, "
                "severity = CASE WHEN severity = 'critical' THEN severity ELSE ? END WHERE id = ?",
                (created, summary, details, severity, row[0]),
            )
            return int(row[0])
        cursor = await execute_repaired(
            conn,
            "INSERT INTO alerts(created, kind, subject, severity, summary, details, last_seen) "
            "VALUES(?, ?, ?, ?, ?, ?, ?)",
            (created, kind, subject, severity, summary, details, created),
        )
        return int(cursor.lastrowid or 0)


async def list_alerts(store: Store, *, open_only: bool = False, limit: int = 200) -> list[AlertRow]:
    where = "WHERE acked IS NULL" if open_only else ""
    rows = await store._fetchall(
        f"SELECT {_COLUMNS} FROM alerts {where} ORDER BY COALESCE(last_seen, created) DESC, id DESC LIMIT ?", (limit,)
    )  # the alert raised last first, a repeat of an open one included
    return [AlertRow(*r) for r in rows]


async def ack(store: Store, alert_id: int, when: float) -> bool:
    return bool(await store._execute("UPDATE alerts SET acked = ? WHERE id = ? AND acked IS NULL", (when, alert_id)))


async def get_alert(store: Store, alert_id: int) -> AlertRow | None:
    row = await store._fetchone(f"SELECT {_COLUMNS} FROM alerts WHERE id = ?", (alert_id,))
    return AlertRow(*row) if row else None
