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


_COLUMNS = "id, created, kind, subject, severity, summary, details, acked"


async def raise_alert(store: Store, created: float, kind: str, subject: str, severity: str, summary: str,
                      details: str = "") -> int:
    async with store.transaction() as conn:
        cursor = await execute_repaired(
            conn, "INSERT INTO alerts(created, kind, subject, severity, summary, details) VALUES(?, ?, ?, ?, ?, ?)",
            (created, kind, subject, severity, summary, details))
        return int(cursor.lastrowid or 0)


async def list_alerts(store: Store, *, open_only: bool = False, limit: int = 200) -> list[AlertRow]:
    where = "WHERE acked IS NULL" if open_only else ""
    rows = await store._fetchall(f"SELECT {_COLUMNS} FROM alerts {where} ORDER BY id DESC LIMIT ?", (limit,))
    return [AlertRow(*r) for r in rows]


async def ack(store: Store, alert_id: int, when: float) -> bool:
    return bool(await store._execute("UPDATE alerts SET acked = ? WHERE id = ? AND acked IS NULL", (when, alert_id)))


async def get_alert(store: Store, alert_id: int) -> AlertRow | None:
    row = await store._fetchone(f"SELECT {_COLUMNS} FROM alerts WHERE id = ?", (alert_id,))
    return AlertRow(*row) if row else None
