"""DNS blocklists: client addresses (DNSBL), sender domains (RHSBL) and the domains of links (URIBL)."""

from __future__ import annotations

from ..policy.dnsbl import parse_codes, parse_weight, validate_zone
from ..store import dnsbl as dnsbl_store
from .core import Admin, AdminError, Done

KINDS = {"ip": "client addresses", "domain": "sender domains", "uri": "link domains"}


def zone_name(text: str | None) -> str:
    if not text:
        raise AdminError("missing ZONE")
    try:
        return validate_zone(text)
    except ValueError as exc:
        raise AdminError(str(exc)) from None


async def zones(admin: Admin) -> list:
    return await dnsbl_store.load_zones(admin.store)


async def add(admin: Admin, zone: str | None, kind: str = "ip", weight: str = "1", codes: str = "") -> Done:
    """Adds the zone, or changes its kind, weight (the score a listing adds) and return codes that count."""
    name = zone_name(zone)
    kind = (kind or "ip").strip().lower()
    if kind not in KINDS:
        raise AdminError("kind must be ip (client address), domain (sender domain) or uri (link domains)")
    try:
        weight_value = parse_weight(weight or "1")
        codes_text = ",".join(sorted(parse_codes(codes)))
    except ValueError as exc:
        raise AdminError(str(exc)) from None
    await dnsbl_store.set_zone(admin.store, name, kind, weight_value, codes_text)
    await admin.changed()
    return Done(f"dnsbl {name}: {KINDS[kind]}, weight {weight_value:g}, codes {codes_text or 'any 127.0.0.0/8'}")


async def remove(admin: Admin, zone: str | None) -> Done:
    name = zone_name(zone)
    return await admin.finish(
        await dnsbl_store.remove_zone(admin.store, name),
        f"dnsbl {name} removed",
        missing=f"{name} is not a configured zone",
    )
