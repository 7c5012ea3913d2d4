"""DKIM signing keys of the local domains: make one, rotate (a new key that signs once its record is published),
remove; and compare a key with what DNS publishes."""

from __future__ import annotations

from ..mailauth.dns_check import CHECK_BUDGET, KeyCheck, check_key, txt_checker
from ..mailauth.keys import DkimKey, DkimKeyError, default_selector, generate, validate_selector, zone_record
from ..store import dkim_keys as keys_store
from .core import Admin, AdminError, Done, NotFound


def selector_name(text: str | None, now: float) -> str:
    """The selector as given, or mmYYYYMM of now; AdminError for one DNS would not take."""
    try:
        return validate_selector(text) if text else default_selector(now)
    except DkimKeyError as exc:
        raise AdminError(f"--selector: {exc}") from None


def _new_key(admin: Admin, domain: str, selector: str, algorithm: str, bits: int, state: str) -> DkimKey:
    try:
        return generate(domain, selector, algorithm, bits, admin.clock(), state)
    except DkimKeyError as exc:
        raise AdminError(str(exc)) from None


async def keys(admin: Admin, domain: str | None = None) -> list[DkimKey]:
    return await keys_store.list_keys(admin.store, domain)


async def compare(admin: Admin, key: DkimKey) -> KeyCheck:
    """The key against its published TXT record, within the check budget."""
    try:
        checker = txt_checker((await admin.snapshot()).settings.dns_nameservers)
    except ValueError as exc:
        raise AdminError(f"dns.nameservers: {exc}") from None
    return await check_key(checker, key, CHECK_BUDGET)


async def keygen(admin: Admin, domain: str, selector: str | None, algorithm: str = "rsa", bits: int = 2048) -> Done:
    """The domain's first key, signing at once; the summary ends with the TXT record to publish."""
    if not (await admin.snapshot()).is_local_domain(domain):
        raise AdminError(f"{domain} is not a local domain (mailmoat domain add {domain})")
    existing = await keys_store.list_keys(admin.store, domain)
    if any(k.state == "active" for k in existing):
        raise AdminError(f"{domain} has a key already; `mailmoat dkim rotate {domain}` makes a new one")
    if existing:
        raise AdminError(
            f"a new key of {domain} waits for its DNS record: publish it and "
            f"run `mailmoat dkim rotate {domain} --finish`, or remove it (dkim remove {domain})"
        )
    key = _new_key(admin, domain, selector_name(selector, admin.clock()), algorithm, bits, "active")
    await keys_store.add_key(admin.store, key)
    await admin.changed()
    return Done(
        f"DKIM key made for {domain} ({key.kind}, selector {key.selector}); mail from {domain} is signed "
        f"with it from now on.\nPublish this TXT record in the {domain} zone, then run "
        f"`mailmoat dkim check {domain}`:\n\n{zone_record(key)}"
    )


async def rotate(admin: Admin, domain: str, selector: str | None, algorithm: str = "rsa", bits: int = 2048) -> Done:
    """A new key that waits (the current one still signs) until finish_rotation."""
    existing = await keys_store.list_keys(admin.store, domain)
    if not any(k.state == "active" for k in existing):
        raise NotFound(f"{domain} has no key (mailmoat dkim keygen {domain})")
    if any(k.state == "pending" for k in existing):
        raise AdminError(
            f"a new key of {domain} waits already: publish its record, then "
            f"`mailmoat dkim rotate {domain} --finish` (or remove it with dkim remove --selector)"
        )
    chosen = selector_name(selector, admin.clock())
    if any(k.selector == chosen for k in existing):
        raise AdminError(f"selector {chosen} is in use for {domain}: give --selector")
    key = _new_key(admin, domain, chosen, algorithm, bits, "pending")
    await keys_store.add_key(admin.store, key)
    await admin.changed()
    return Done(
        f"New DKIM key made for {domain} ({key.kind}, selector {chosen}); the current key still signs.\n"
        f"Publish this TXT record, then run `mailmoat dkim rotate {domain} --finish`:\n\n{zone_record(key)}"
    )


async def finish_rotation(admin: Admin, domain: str, *, force: bool = False) -> Done:
    """The waiting key signs from now on and the old one is deleted; refused while DNS does not publish the new
    record, unless forced."""
    existing = await keys_store.list_keys(admin.store, domain)
    pending = next((k for k in existing if k.state == "pending"), None)
    if pending is None:
        raise NotFound(f"{domain} has no new key (mailmoat dkim rotate {domain})")
    if not force:
        checked = await compare(admin, pending)
        if not checked.ok:
            raise AdminError(f"{checked.what}; the old key still signs (--force switches anyway)")
    old = [k.dns_name for k in existing if k.state == "active"]
    await keys_store.activate(admin.store, domain, pending.selector)
    await admin.changed()
    return Done(
        f"{domain} is signed with selector {pending.selector} from now on."
        + (f" Remove the old record {old[0]} from DNS in a few days." if old else "")
    )


async def remove(admin: Admin, domain: str, selector: str | None = None) -> Done:
    """The domain's keys (or the one of `selector`): its mail is no longer signed with them."""
    chosen = selector_name(selector, admin.clock()) if selector else None
    removed = await keys_store.remove_keys(admin.store, domain, chosen)
    if not removed:
        raise NotFound(f"{domain} has no key" + (f" {chosen}" if chosen else ""))
    await admin.changed()
    return Done(
        f"{removed} key(s) of {domain} removed; its mail is no longer signed with them. "
        "Remove the TXT record(s) from DNS after a few days."
    )
