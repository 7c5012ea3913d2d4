"""The block and allow lists: entries for an IP or network, an address, a domain or a user name; imports."""

from __future__ import annotations

import datetime

from ..policy.list_files import entry_from_row, export_csv, parse_entries
from ..store import lists as lists_store
from ..store.lists import ListEntry
from .core import Admin, AdminError, Done, NotFound

LISTS = ("block", "allow")
MODES = ("enforce", "monitor")


def entry(admin: Admin, list_name: str, fields: dict) -> dict:
    """An entry from the fields as typed (kind, value, scope, action, expires, comment); AdminError if unusable."""
    if list_name not in LISTS:
        raise AdminError(f"unknown list {list_name!r} (block or allow)")
    try:
        return entry_from_row(fields, list_name, None, admin.clock())
    except ValueError as exc:
        raise AdminError(str(exc)) from None


def _mode(mode: str | None) -> str:
    mode = (mode or "enforce").strip().lower()
    if mode not in MODES:
        raise AdminError(f"mode must be enforce or monitor, not {mode!r}")
    return mode


def _named(entry: dict) -> str:
    return f"{entry['kind']} {'.' if entry.get('subdomains') else ''}{entry['value']}"


async def entries(admin: Admin, list_name: str | None = None, kind: str | None = None) -> list[ListEntry]:
    return await lists_store.load_entries(admin.store, list_name, kind)


async def add(admin: Admin, list_name: str, fields: dict, mode: str = "enforce") -> Done:
    """Adds (or updates) the entry in one write with its mode: a monitored entry never acts, not even for a moment."""
    new = {**entry(admin, list_name, fields), "mode": _mode(mode)}
    await lists_store.add_entries(admin.store, [new])
    await admin.changed()
    where = new["scope"].split(":", 1)[1] if new["scope"] else "the whole gateway"
    until = (
        datetime.datetime.fromtimestamp(new["expires"]).strftime(" until %Y-%m-%d %H:%M:%S") if new["expires"] else ""
    )
    monitored = " (monitor only: it logs, it does not act)" if new["mode"] == "monitor" else ""
    return Done(f"{list_name}: {_named(new)} for {where}{until}{monitored}")


async def remove(admin: Admin, list_name: str, fields: dict) -> Done:
    """Removes the entry of that kind, value and scope."""
    gone = entry(admin, list_name, fields)
    return await _remove(admin, list_name, gone["kind"], gone["value"], gone["scope"], _named(gone))


async def remove_stored(admin: Admin, stored: ListEntry) -> Done:
    return await _remove(
        admin,
        stored.list,
        stored.kind,
        stored.value,
        stored.scope,
        _named({"kind": stored.kind, "value": stored.value, "subdomains": stored.subdomains}),
    )


async def _remove(admin: Admin, list_name: str, kind: str, value: str, scope: str, named: str) -> Done:
    return await admin.finish(
        await lists_store.remove_entry(admin.store, list_name, kind, value, scope),
        f"{list_name}: {named} removed",
        missing=f"no such entry ({named})",
    )


async def set_mode(admin: Admin, list_name: str, fields: dict, mode: str) -> Done:
    """monitor: the entry only logs what it would have done, from now on; enforce: it acts again."""
    found = entry(admin, list_name, fields)
    return await _set_mode(admin, list_name, found["kind"], found["value"], found["scope"], mode, _named(found))


async def set_stored_mode(admin: Admin, stored: ListEntry, mode: str) -> Done:
    return await _set_mode(
        admin,
        stored.list,
        stored.kind,
        stored.value,
        stored.scope,
        mode,
        _named({"kind": stored.kind, "value": stored.value, "subdomains": stored.subdomains}),
    )


async def _set_mode(admin: Admin, list_name: str, kind: str, value: str, scope: str, mode: str, named: str) -> Done:
    mode = _mode(mode)
    return await admin.finish(
        await lists_store.set_mode(admin.store, list_name, kind, value, scope, mode, admin.clock()),
        f"{list_name}: {named} now " + ("only logs what it would do" if mode == "monitor" else "acts"),
        missing=f"no such entry ({named})",
    )


async def import_text(admin: Admin, list_name: str, text: str, kind: str | None = None) -> Done:
    """Every line (or CSV row) an entry; the lines that are not, skipped and named in the warnings (20 at most)."""
    parsed, errors = parse_entries(text, list_name, kind=kind, now=admin.clock())
    written = await lists_store.add_entries(admin.store, parsed) if parsed else 0
    await admin.changed()
    return Done(
        f"{written} {list_name} entries imported" + (f", {len(errors)} lines skipped" if errors else ""),
        changed=bool(written),
        warnings=tuple(f"skipped {error}" for error in errors[:20]),
        count=written,
    )


async def export_text(admin: Admin, list_name: str) -> str:
    return export_csv(await lists_store.load_entries(admin.store, list_name), admin.clock())


async def preview(
    admin: Admin, list_name: str, fields: dict, *, mode: str = "enforce", remove: bool = False, hours=24.0
):
    """What adding (or removing) the entry would have changed in the last `hours` of mail: a replay, nothing saved."""
    from ..monitor.preview import preview_change
    from ..policy.drafts import with_list_entry, without_list_entry

    if hours <= 0:
        raise AdminError("--hours must be positive")
    draft = entry(admin, list_name, fields)
    if not remove:
        return await preview_change(
            admin.store,
            lambda policy: with_list_entry(policy, {**draft, "list": list_name, "mode": _mode(mode)}),
            hours,
        )
    stored = [
        e
        for e in await lists_store.load_entries(admin.store, list_name, draft["kind"])
        if e.value == draft["value"] and e.scope == draft["scope"]
    ]
    if not stored:
        raise NotFound(f"no such entry ({_named(draft)})")
    return await preview_change(admin.store, lambda policy: without_list_entry(policy, stored[0].id), hours)
