"""The recipient list: which addresses of the local domains exist (for recipients.method list)."""

from __future__ import annotations

from ..recipients.import_file import parse_recipient_file
from ..store import recipients as recipients_store
from .core import Admin, AdminError, Done


def recipient(text: str, domain: str | None = None) -> str:
    """One address (or @domain, a catch-all); a bare name takes `domain`. AdminError otherwise."""
    parsed = parse_recipient_file(text, domain)
    if len(parsed.addresses) != 1 or parsed.skipped:
        raise AdminError(f"{text!r} is not an address")
    return next(iter(parsed.addresses))


async def add(admin: Admin, text: str, domain: str | None = None, source: str = "cli") -> Done:
    address = recipient(text, domain)
    added = await recipients_store.add_recipients(admin.store, [address], source)
    await admin.changed()
    return Done(f"{address} {'added' if added else 'was already listed'}", changed=bool(added))


async def remove(admin: Admin, text: str, domain: str | None = None) -> Done:
    address = recipient(text, domain)
    return await admin.finish(
        await recipients_store.remove_recipient(admin.store, address),
        f"{address} removed",
        missing=f"{address} is not in the list",
    )


async def import_text(admin: Admin, text: str, domain: str | None, source: str) -> Done:
    """Every address of a CSV or one-a-line file; the lines that are none, skipped (the first named)."""
    parsed = parse_recipient_file(text, domain)
    added = await recipients_store.add_recipients(admin.store, sorted(parsed.addresses), source)
    await admin.changed()
    return Done(
        f"{len(parsed.addresses)} address(es) read, {added} new"
        + (f"; {len(parsed.skipped)} skipped (e.g. {parsed.skipped[0]!r})" if parsed.skipped else ""),
        changed=bool(added),
        count=added,
    )
