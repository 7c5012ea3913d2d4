"""Local domains: mail for them is accepted and goes to the upstream."""

from __future__ import annotations

from ..policy.names import validate_domain
from ..store import relay as relay_store
from .core import Admin, AdminError, Done


def domain_name(value: str | None) -> str:
    """A domain name as stored (lower case, no trailing dot); AdminError otherwise."""
    if not value:
        raise AdminError("missing domain name")
    try:
        return validate_domain(value)
    except ValueError as exc:
        raise AdminError(str(exc)) from None


async def local_domains(admin: Admin) -> list[str]:
    return list((await relay_store.load_relay_rows(admin.store)).local_domains)


async def add(admin: Admin, value: str | None) -> Done:
    name = domain_name(value)
    if not await relay_store.add_local_domain(admin.store, name):
        return Done(f"local domain {name} already present", changed=False)
    await admin.changed()
    return Done(f"local domain {name} added")


async def remove(admin: Admin, value: str | None) -> Done:
    name = domain_name(value)
    return await admin.finish(
        await relay_store.remove_local_domain(admin.store, name),
        f"local domain {name} removed",
        missing=f"{name} is not a local domain",
    )
