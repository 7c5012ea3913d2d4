"""Accounts, the hygiene audit and alerts, for the dashboard (mixed into ui.backend.Backend).

The same data and the same changes as `mailmoat account`, `audit`, `alerts` and `queue hold-sender`; every change
that the gateway's policy reads (enabled accounts, aliases, held senders) reloads it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..accounts.roles import account_findings
from ..accounts.stored_findings import load_findings
from ..monitor import hygiene
from ..monitor.hygiene import HygieneFinding
from ..store import accounts as accounts_store
from ..store import alerts as alerts_store
from ..store import queue as queue_store
from ..store.accounts import AccountRow
from ..store.alerts import AlertRow
from ..admin import AdminError, NotFound, accounts, alerts, limits, lists, queue
from .backend_base import BackendBase

SEVERITY_ORDER = {"critical": 0, "warning": 1}


@dataclass(frozen=True)
class AccountView:
    account: AccountRow
    findings: list[HygieneFinding]  # the audit's, or (disabled accounts) what it would say if enabled
    worst: str  # "critical", "warning" or "" (none)

    @property
    def address(self) -> str:
        return self.account.address


@dataclass(frozen=True)
class AccountsAudit:
    accounts: list[AccountView]
    others: list[HygieneFinding]  # domains, trusted networks, relay exceptions, settings
    held_senders: dict[str, str]  # sender -> reason


alert_target = alerts.target


def relayed_through_trusted_network(subject: str) -> bool:
    """An outbound alert about a "sender:" counts mail a trusted network (the Exchange server) relayed without
    an SMTP AUTH login (pipeline.outbound.key_for); "account:" ones count a login's mail."""
    kind, who = alert_target(subject)
    return kind == "sender" and bool(who)


def no_login_to_disable(who: str) -> str:
    """Why `D` does not help against a sender relayed by a trusted network, and what does."""
    return (
        f"<{who}> reaches us through a trusted network (the Exchange server) without an SMTP AUTH login, so "
        "disabling a login here would not stop it: H holds its mail, L limits it, B blocks it for outbound "
        "(and change its mailbox password on Exchange)"
    )


def limits_from_form(values: dict) -> tuple[int | None, int | None, int | None]:
    """(per minute, per hour, per day) as typed: a whole number, or empty for the default. ValueError if not."""
    limits = []
    for window in ("per_minute", "per_hour", "per_day"):
        text = str(values.get(window, "")).strip()
        if text and not text.isdigit():
            raise ValueError(f"{window.replace('_', ' ')}: not a whole number: {text!r}")
        limits.append(int(text) if text else None)
    if limits == [None, None, None]:
        raise ValueError("give a limit per minute, hour or day")
    return limits[0], limits[1], limits[2]


def _disabled_findings(account: AccountRow) -> list[HygieneFinding]:
    """What a disabled account carries (the audit skips it: it can no longer log in)."""
    found = [
        HygieneFinding(f.severity, f.code, account.address, f.explanation, f.fix)
        for f in account_findings(account.address)
    ]
    found += [
        HygieneFinding(f.severity, f"password-{f.code}", account.address, f.explanation, f.fix)
        for f in load_findings(account.findings)
    ]
    return sorted(found, key=lambda f: (SEVERITY_ORDER.get(f.severity, 2), f.code))


class AccountsBackend(BackendBase):
    """Accounts and alerts (mixed into Backend, which provides store, policy, clock and admin)."""

    # --- accounts and the audit -----------------------------------------------------------------
    async def accounts_audit(self) -> AccountsAudit:
        now = self.clock()
        rows = await accounts_store.load_accounts(self.store)
        findings = await hygiene.audit(self.store, now)
        by_subject: dict[str, list[HygieneFinding]] = {}
        for finding in findings:
            by_subject.setdefault(finding.subject, []).append(finding)
        views = []
        for row in rows:
            mine = by_subject.pop(row.address, []) if row.enabled else _disabled_findings(row)
            worst = min((f.severity for f in mine), key=lambda s: SEVERITY_ORDER.get(s, 2), default="")
            views.append(AccountView(row, mine, worst))
        addresses = {row.address for row in rows}
        others = [f for f in findings if f.subject not in addresses]
        return AccountsAudit(views, others, await queue_store.load_held_senders(self.store))

    async def toggle_account(self, address: str) -> bool | None:
        """Switches SMTP AUTH for the account on or off (as `mailmoat account enable|disable`); its new state,
        or None if it is gone."""
        row = await accounts_store.get_account(self.store, address)
        if row is None:
            return None
        try:
            await accounts.set_enabled(self.admin, address, not row.enabled)
        except NotFound:
            return None
        return not row.enabled

    async def has_account(self, address: str) -> bool:
        """Whether an SMTP AUTH account of that address exists (the account behind a sender alert)."""
        return await accounts_store.get_account(self.store, address) is not None

    async def disable_account(self, address: str) -> str:
        try:
            done = await accounts.set_enabled(self.admin, address, False)
        except AdminError as exc:
            return str(exc)
        if not done.changed:
            return done.summary
        return f"account {address} disabled: it can no longer log in to send (enable it on the Accounts screen)"

    async def remove_alias(self, alias: str) -> bool:
        try:
            await accounts.remove_alias(self.admin, alias)
        except NotFound:
            return False
        return True

    # --- alerts --------------------------------------------------------------------------------
    async def open_alerts(self) -> tuple[list[AlertRow], dict[str, str]]:
        """Open alerts, newest first, and the senders whose mail is held (sender -> reason)."""
        return (
            await alerts_store.list_alerts(self.store, open_only=True),
            await queue_store.load_held_senders(self.store),
        )

    async def ack_alert(self, alert_id: int) -> str:
        try:
            return (await alerts.ack(self.admin, alert_id)).text()
        except NotFound as exc:
            return str(exc)

    async def hold_sender(self, sender: str, reason: str = "held by the operator (dashboard)") -> int:
        """From now on the sender's mail waits for the operator, and so does its queued mail; how many queued
        messages were held."""
        return (await queue.hold_sender(self.admin, sender, reason)).count

    async def limit_sender(
        self, subject: str, per_minute: int | None, per_hour: int | None, per_day: int | None
    ) -> str:
        """An outbound limit for the alert's sender or account (as `mailmoat limits set --sender|--account`);
        over it, its new mail is deferred (451) at MAIL FROM."""
        kind, who = alert_target(subject)
        await limits.set_for(self.admin, limits.key_for(kind, who), (per_minute, per_hour, per_day))
        shown = ", ".join(
            f"{n}/{w}" for n, w in zip((per_minute, per_hour, per_day), ("min", "hour", "day")) if n is not None
        )
        return (
            f"outbound limit for <{who}>: {shown} (0: none; more is deferred); ctrl+z or mailmoat limits "
            "remove undoes it"
        )

    async def block_outbound_sender(self, sender: str, why: str) -> str:
        """The sender address on the whole-gateway block list: its mail is refused at RCPT from every client, the
        trusted networks included."""
        await lists.add(self.admin, "block", {"kind": "email", "value": sender, "comment": why})
        return f"<{sender}> is blocked: its next message is refused (550), from Exchange too"

    async def release_sender(self, sender: str) -> int:
        return (await queue.release_sender(self.admin, sender)).count
