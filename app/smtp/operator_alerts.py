"""The alerts a session raises for the operator, in their words, and the holds that go with them: a sender over
its limit or hijacked (its mail held for review, outbound.hold_on_alert), an account under attack, a
dictionary attack."""

from __future__ import annotations

from ..guards.outbound import Alert
from ..monitor.alert_desk import AlertDesk
from ..pipeline.context import SessionContext
from ..pipeline.result import Result
from ..policy.loader import PolicyHolder
from .background import BackgroundTasks


class OperatorAlerts:
    def __init__(self, desk: AlertDesk, policy: PolicyHolder, background: BackgroundTasks) -> None:
        self.desk = desk
        self.policy = policy
        self.background = background
        self.holding: set[str] = set()  # senders whose hold is being written (the snapshot has them after a reload)

    def is_held(self, sender: str) -> bool:
        return bool(sender) and (sender in self.policy.current.held_senders or sender in self.holding)

    def sender_over_limit(self, ctx: SessionContext, verdict: Result) -> None:
        """A sender over its limit: its queued mail is held (outbound.hold_on_alert) and the operator told, once."""
        sender = verdict.subject
        if self.is_held(sender):
            return
        self.holding.add(sender)
        hold = sender if ctx.policy.settings.hold_on_alert else None
        self.background.spawn(
            self.desk.raise_alert(
                "sender-over-limit",
                verdict.rule.removeprefix("limit:"),
                "critical",
                f"{verdict.target}. Its new mail is deferred"
                + (" and its queued mail held for review." if hold else "."),
                {"client_ip": ctx.client_ip},
                hold_sender=hold,
                client_ip=ctx.client_ip,
            )
        )

    def dictionary_attack(self, ctx: SessionContext, verdict: Result) -> None:
        self.background.spawn(
            self.desk.raise_alert(
                "dictionary-attack",
                f"client:{ctx.client_ip}",
                "critical",
                f"[{ctx.client_ip}] tried {verdict.detail} unknown recipients within "
                f"{ctx.policy.settings.harvest_window / 60:g} minutes, a dictionary attack to find valid "
                "mailboxes. It is cut off; consider blocking it (mailmoat block add ip ...).",
                {"client_ip": ctx.client_ip, "unknown": verdict.detail},
                client_ip=ctx.client_ip,
            )
        )

    async def account_under_attack(self, ctx: SessionContext, address: str, failures: int, locked: bool) -> None:
        what = (
            "It has been disabled until you enable it again (mailmoat account enable)."
            if locked
            else "Logins still work; if the password is weak, change it now (mailmoat account passwd)."
        )
        await self.desk.raise_alert(
            "account-under-attack",
            f"account:{address}",
            "critical",
            f"{failures} failed logins to {address} in the last hour, the latest from [{ctx.client_ip}]. {what}",
            {"failures": failures, "client_ip": ctx.client_ip, "locked": locked},
            client_ip=ctx.client_ip,
        )

    def outbound(self, ctx: SessionContext, alerts: list[Alert]) -> bool:
        """Raises the outbound monitor's alerts for a message; True if the message must wait for the operator
        (its sender held already, or held now by a critical alert)."""
        sender = ctx.sender_text
        held = self.is_held(sender)
        for alert in alerts:
            hold = (
                sender
                if alert.severity == "critical" and ctx.policy.settings.hold_on_alert and sender and not held
                else None
            )
            if hold:
                held = True
                self.holding.add(hold)
            self.background.spawn(
                self.desk.raise_alert(
                    alert.kind,
                    f"{alert.key[0]}:{alert.key[1]}",
                    alert.severity,
                    alert.summary,
                    alert.details,
                    hold_sender=hold,
                    client_ip=ctx.client_ip,
                )
            )
        return held
