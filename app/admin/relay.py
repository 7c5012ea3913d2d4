"""Who may relay: trusted networks, and the weak sender-domain exceptions; a dry run of either."""

from __future__ import annotations

from ..policy.names import validate_network
from ..store import relay as relay_store
from ..store.relay import RelayRows
from .core import Admin, AdminError, Done
from .domains import domain_name

FORGED_SENDERS = (
    "senders @{domain} may now relay from anywhere. Sender addresses are trivially forged; prefer 'relay allow-net' "
    "or authenticated accounts."
)


def network(value: str | None) -> str:
    """A network (CIDR or one address) as stored; AdminError otherwise."""
    if not value:
        raise AdminError("missing network")
    try:
        return validate_network(value)
    except ValueError as exc:
        raise AdminError(str(exc)) from None


async def rows(admin: Admin) -> RelayRows:
    return await relay_store.load_relay_rows(admin.store)


async def allow_network(admin: Admin, value: str | None, comment: str = "") -> Done:
    cidr = network(value)
    await relay_store.add_trusted_network(admin.store, cidr, comment)
    await admin.changed()
    return Done(f"trusted network {cidr} may relay")


async def remove_network(admin: Admin, value: str | None) -> Done:
    cidr = network(value)
    return await admin.finish(
        await relay_store.remove_trusted_network(admin.store, cidr),
        f"trusted network {cidr} removed",
        missing=f"{cidr} is not a trusted network",
    )


async def allow_sender_domain(admin: Admin, value: str | None) -> Done:
    domain = domain_name(value)
    await relay_store.add_sender_exception(admin.store, domain)
    await admin.changed()
    return Done(f"WEAK sender exception {domain} added", warnings=(FORGED_SENDERS.format(domain=domain),))


async def remove_sender_domain(admin: Admin, value: str | None) -> Done:
    domain = domain_name(value)
    return await admin.finish(
        await relay_store.remove_sender_exception(admin.store, domain),
        f"sender exception {domain} removed",
        missing=f"{domain} is not a sender exception",
    )


async def preview(admin: Admin, kind: str, value: str | None, *, remove: bool = False, nexthop: str = "", hours=24.0):
    """What adding (or removing) a rule of `kind` (network, local_domain, relay_domain, sender_exception) would have
    done to the last `hours` of mail: a replay, nothing saved."""
    from ..monitor.preview import preview_change
    from ..policy.drafts import with_relay_change

    if hours <= 0:
        raise AdminError("--hours must be positive")
    checked = network(value) if kind == "network" else domain_name(value)
    return await preview_change(
        admin.store,
        lambda policy: with_relay_change(policy, kind, checked, remove=remove, nexthop=nexthop),
        hours,
    )
