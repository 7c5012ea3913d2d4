"""DNS blocklist zones: which DNSBLs (client IP) and RHSBLs (sender domain) to ask, and how much each counts."""

from __future__ import annotations

import time
from dataclasses import dataclass

from .database import Store


@dataclass(frozen=True)
class ZoneRow:
    zone: str
    kind: str  # ip (DNSBL: the client's address) | domain (RHSBL: the sender's domain)
    weight: float
    codes: str  # comma-separated return codes that count; "" = any 127.0.0.0/8 answer
    created: float


async def load_zones(store: Store) -> list[ZoneRow]:
    rows = await store._fetchall("SELECT zone, kind, weight, codes, created FROM dnsbl_zones ORDER BY kind, zone")
    return [ZoneRow(r["zone"], r["kind"], float(r["weight"]), r["codes"], r["created"]) for r in rows]


async def set_zone(store: Store, zone: str, kind: str = "ip", weight: float = 1.0, codes: str = "") -> None:
    """Adds the zone, or updates its kind, weight and codes."""
    await store._execute(
        "INSERT INTO dnsbl_zones(zone, kind, weight, codes, created) VALUES(?, ?, ?, ?, ?) "
        "ON CONFLICT(zone) DO UPDATE SET kind = excluded.kind, weight = excluded.weight, codes = excluded.codes",
        (zone, kind, weight, codes, time.time()),
    )


async def remove_zone(store: Store, zone: str) -> bool:
    return bool(await store._execute("DELETE FROM dnsbl_zones WHERE zone = ?", (zone,)))
