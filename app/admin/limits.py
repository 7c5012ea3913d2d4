"""Outbound limits: messages per minute, hour and day, for everyone (settings) or one sender or account."""

from __future__ import annotations

from ..policy.settings import SPECS, validate
from ..store import accounts as accounts_store
from ..store import settings as settings_store
from .accounts import address
from .core import Admin, AdminError, Done

WINDOWS = ("per_minute", "per_hour", "per_day")
Limits = tuple[int | None, int | None, int | None]


def key_for(kind: str, who: str | None) -> str:
    """The stored key of one sender's (relayed from a trusted network) or one account's limits."""
    if kind not in ("sender", "account"):
        raise AdminError(f"{kind}:{who} is not a sender or an account")
    return f"{kind}:{address(who)}"


def _shown(limits: Limits) -> str:
    return " ".join(f"{'-' if n is None else n}/{w}" for n, w in zip(limits, ("min", "hour", "day")))


async def defaults(admin: Admin) -> tuple[str, str, str]:
    """The limits for everyone, as stored or by default."""
    stored = [await settings_store.get_setting(admin.store, f"outbound.{w}") for w in WINDOWS]
    return tuple(s if s is not None else SPECS[f"outbound.{w}"].default for s, w in zip(stored, WINDOWS))  # type: ignore[return-value]


async def per_sender(admin: Admin) -> dict[str, Limits]:
    return await accounts_store.load_sender_limits(admin.store)


async def set_for(admin: Admin, key: str, limits: Limits) -> Done:
    """Limits for one sender or account (key_for); over them, its new mail is deferred (451) at MAIL FROM."""
    if limits == (None, None, None):
        raise AdminError("give a limit per minute, hour or day (0: no limit)")
    await accounts_store.set_sender_limits(admin.store, key, *limits)
    await admin.changed()
    return Done(f"{key}: {_shown(limits)}")


async def remove_for(admin: Admin, key: str) -> Done:
    return await admin.finish(
        await accounts_store.remove_sender_limits(admin.store, key),
        f"{key}: back to the defaults",
        missing=f"no limits for {key}",
    )


async def set_defaults(admin: Admin, limits: Limits) -> Done:
    if limits == (None, None, None):
        raise AdminError("give a limit per minute, hour or day (0: no limit)")
    for window, value in zip(WINDOWS, limits):
        if value is not None:
            await settings_store.set_setting(
                admin.store, f"outbound.{window}", validate(f"outbound.{window}", str(value))
            )
    await admin.changed()
    return Done("default limits set (0 means no limit)")


async def preview(admin: Admin, limits: Limits, who: str | None = None) -> str:
    """How many of the last day's outgoing messages these limits (None: as now) would have deferred."""
    from ..guards.outbound import Limits as GuardLimits
    from ..monitor.preview import preview_limits

    current = (await admin.snapshot()).settings
    now = (current.outbound_per_minute, current.outbound_per_hour, current.outbound_per_day)
    merged = GuardLimits(*(given if given is not None else (default or None) for given, default in zip(limits, now)))
    return "dry run, nothing saved. " + await preview_limits(admin.store, merged, address(who) if who else None)
