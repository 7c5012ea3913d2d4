"""Settings: set one (checked as its declaration says, and against the settings it must stay in order with)."""

from __future__ import annotations

from ..policy.settings import SettingError, check_order, spec_for, validate
from ..store import settings as settings_store
from .core import Admin, AdminError, Done

SECRET_SHOWN = "********"


async def stored(admin: Admin) -> dict[str, str]:
    return await settings_store.all_settings(admin.store)


def checked(key: str, value: str, stored_now: dict[str, str]) -> str:
    """The value as it would be stored; AdminError for an unknown key or a value its declaration refuses."""
    try:
        normalised = validate(key, value)
        check_order(stored_now, key, normalised)
    except SettingError as exc:
        raise AdminError(str(exc)) from None
    return normalised


async def set_value(admin: Admin, key: str, value: str) -> Done:
    normalised = checked(key, value, await stored(admin))
    await settings_store.set_setting(admin.store, key, normalised)
    await admin.changed()
    spec = spec_for(key)
    secret = spec is not None and spec.secret and normalised
    return Done(f"{key} = {SECRET_SHOWN if secret else normalised}")


async def value(admin: Admin, key: str) -> str:
    """The value in force (stored, else the default); AdminError for an unknown key or a secret."""
    spec = spec_for(key)
    if spec is None:
        raise AdminError(f"unknown setting {key!r} (see 'mailmoat settings')")
    current = await settings_store.get_setting(admin.store, key)
    if spec.secret and current:
        raise AdminError(f"{key} is a secret and is not shown")
    return current if current is not None else spec.default


async def preview_threshold(admin: Admin, key: str, value: str) -> str:
    """How the last day's messages would have fared under a content.*_score threshold; nothing saved."""
    from ..monitor.preview import preview_thresholds

    normalised = checked(key, value, await stored(admin))
    try:
        return "dry run, nothing saved. " + await preview_thresholds(admin.store, key, float(normalised))
    except ValueError:
        raise AdminError("only the content.*_score thresholds have a preview") from None
