"""SMTP AUTH accounts: add, password, enable, disable, remove, aliases; each change refreshes the audit's count."""

from __future__ import annotations

import ipaddress

from ..accounts.passwords import hash_password
from ..accounts.roles import account_findings
from ..accounts.stored_findings import dump_findings
from ..accounts.weakness import password_findings
from ..mail.addresses import AddressError, parse_forward_path
from ..monitor import hygiene
from ..policy.settings import SettingError, parse_duration
from ..store import accounts as accounts_store
from ..store.accounts import AccountRow
from .core import Admin, AdminError, Done, NotFound


def address(text: str | None) -> str:
    """A mailbox at a domain, lower case, its domain in ASCII; AdminError otherwise."""
    if not text:
        raise AdminError("missing address")
    try:
        mailbox = parse_forward_path(f"<{text.strip()}>", smtputf8=True)
    except AddressError as exc:
        raise AdminError(f"{text!r} is not an address ({exc.kind.replace('_', ' ')})") from None
    if mailbox.literal is not None or not mailbox.domain:
        raise AdminError(f"{text!r} is not an address at a domain")
    return f"{mailbox.local}@{mailbox.ascii_domain}".lower()


def _weakness(account: str, password: str, allow_weak: bool) -> str:
    if not password:
        raise AdminError("the password is empty")
    findings = password_findings(account, password)
    if findings and not allow_weak:
        raise AdminError(f"weak password: {findings[0].explanation} (--allow-weak to keep it anyway)")
    return dump_findings(findings)


async def _record_audit(admin: Admin) -> None:
    """The header's count of critical findings follows a change at once, not at the gateway's next hourly audit."""
    now = admin.clock()
    await hygiene.record(admin.store, await hygiene.audit(admin.store, now), now)


async def accounts(admin: Admin) -> list[AccountRow]:
    return await accounts_store.load_accounts(admin.store)


async def exists(admin: Admin, account: str) -> bool:
    return await accounts_store.get_account(admin.store, account) is not None


async def add(
    admin: Admin,
    account: str | None,
    password: str,
    *,
    allow_weak: bool = False,
    aliases: list[str] = (),  # type: ignore[assignment]
    networks: str = "",
    expires: str | None = None,
) -> Done:
    """A new account; aliases are addresses or @domain, networks CIDRs separated by commas, expires a duration."""
    checked = address(account)
    alias_list = [a.strip().lower() if a.strip().startswith("@") else address(a) for a in aliases]
    network_list = []
    for cidr in filter(None, (c.strip() for c in networks.split(","))):
        try:
            network_list.append(str(ipaddress.ip_network(cidr, strict=False)))
        except ValueError:
            raise AdminError(f"{cidr!r} is not a network") from None
    until = None
    if expires:
        try:
            until = admin.clock() + parse_duration(expires)
        except SettingError as exc:
            raise AdminError(f"--expires: {exc}") from None
    findings = _weakness(checked, password, allow_weak)
    try:
        await accounts_store.add_account(
            admin.store,
            checked,
            hash_password(password),
            findings,
            allow_weak=allow_weak,
            aliases=alias_list,
            networks=",".join(network_list),
            expires=until,
        )
    except ValueError as exc:
        raise AdminError(str(exc)) from None
    await admin.changed()
    return Done(
        f"account {checked} added" + (" (weak password, flagged)" if findings != "[]" else ""),
        warnings=tuple(f.explanation for f in account_findings(checked)),
    )


async def set_password(admin: Admin, account: str | None, password: str, *, allow_weak: bool = False) -> Done:
    checked = address(account)
    if not await exists(admin, checked):
        raise NotFound(f"no account {checked}")
    findings = _weakness(checked, password, allow_weak)
    await accounts_store.set_password(admin.store, checked, hash_password(password), findings, allow_weak)
    await admin.changed()
    return Done(f"account {checked}: password changed" + (" (weak, flagged)" if findings != "[]" else ""))


async def set_enabled(admin: Admin, account: str | None, enabled: bool) -> Done:
    """SMTP AUTH for the account on or off."""
    checked = address(account)
    row = await accounts_store.get_account(admin.store, checked)
    if row is None:
        raise NotFound(f"no account {checked}")
    word = "enabled" if enabled else "disabled"
    if row.enabled == enabled:
        return Done(f"account {checked} was already {word}", changed=False)
    await accounts_store.set_enabled(admin.store, checked, enabled)
    await admin.changed()
    await _record_audit(admin)
    return Done(f"account {checked}: {word}")


async def remove(admin: Admin, account: str | None) -> Done:
    checked = address(account)
    if not await accounts_store.remove_account(admin.store, checked):
        raise NotFound(f"no account {checked}")
    await admin.changed()
    await _record_audit(admin)
    return Done(f"account {checked} removed")


async def remove_alias(admin: Admin, alias: str) -> Done:
    return await admin.finish(
        await accounts_store.remove_alias(admin.store, alias), f"alias {alias} removed", missing=f"no alias {alias}"
    )
