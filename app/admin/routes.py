"""Relay domains (backup MX) and the next hop their mail goes to."""

from __future__ import annotations

from ..policy.settings import SettingError, validate
from ..store import relay as relay_store
from .core import Admin, AdminError, Done
from .domains import domain_name


def nexthop(text: str | None) -> str:
    """A next hop HOST:PORT, checked as the upstream setting is; AdminError otherwise."""
    if not text:
        raise AdminError("missing HOST:PORT of the next hop")
    try:
        checked = validate("upstream", text)
    except SettingError as exc:
        raise AdminError(str(exc)) from None
    if not checked:
        raise AdminError("missing HOST:PORT of the next hop")
    return checked


async def routes(admin: Admin) -> list[tuple[str, str]]:
    return list((await relay_store.load_relay_rows(admin.store)).relay_routes)


async def add(admin: Admin, domain: str | None, hop: str | None) -> Done:
    """Adds the relay domain, or gives it a new next hop."""
    name = domain_name(domain)
    checked = nexthop(hop)
    await relay_store.set_relay_route(admin.store, name, checked)
    await admin.changed()
    return Done(f"relay domain {name} -> {checked}")


async def remove(admin: Admin, domain: str | None) -> Done:
    name = domain_name(domain)
    return await admin.finish(
        await relay_store.remove_relay_route(admin.store, name),
        f"relay domain {name} removed",
        missing=f"{name} is not a relay domain",
    )
