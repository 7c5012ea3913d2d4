"""Block and allow lists, asked at connect (disconnect entries) and for each accepted recipient."""

from __future__ import annotations

from ..policy.lists import CompiledEntry, applicable
from ..policy.names import parse_ip
from ..mail.addresses import Mailbox
from .context import SessionContext
from .result import Action, Result


def at_connect(ctx: SessionContext) -> Result | None:
    """A whole-gateway `disconnect` entry for the client's address refuses the connection at the greeting."""
    lists = ctx.policy.lists
    if not lists.block.size:
        return None
    ip = parse_ip(ctx.client_ip)
    now = ctx.clock()
    blocks = [
        e
        for e in applicable(lists.block.matches(ip, "", "", ""), now, None)
        if e.action == "disconnect" and not e.monitor
    ]  # a monitored one is logged at RCPT instead
    if not blocks or applicable(lists.allow.matches(ip, "", "", ""), now, None):
        return None
    return Result("connect", "blocklist", Action.DISCONNECT, "client_blocked", ctx.client_ip, blocks[0].rule)


def for_recipient(ctx: SessionContext, rcpt: Mailbox) -> Result | None:
    """The sender (client IP, address, domain, user name) against the lists that cover this recipient."""
    lists = ctx.policy.lists
    if not (lists.block.size or lists.allow.size):
        return None
    ip = parse_ip(ctx.client_ip)
    sender = ctx.sender
    address, domain, user = (
        (f"{sender.local.lower()}@{sender.ascii_domain}", sender.ascii_domain, sender.local.lower())
        if sender
        else ("", "", "")
    )
    now = ctx.clock()
    target = rcpt.address.lower() if not rcpt.literal else None
    allowed = applicable(lists.allow.matches(ip, address, domain, user), now, target)
    if [e for e in allowed if not e.monitor]:
        return Result(
            "rcpt",
            "allowlist",
            Action.ACCEPT,
            "allowlisted",
            rcpt.address,
            _first([e for e in allowed if not e.monitor]).rule,
        )
    blocked = applicable(lists.block.matches(ip, address, domain, user), now, target)
    enforced = [e for e in blocked if not e.monitor]
    if enforced:
        return Result(
            "rcpt",
            "blocklist",
            Action.REJECT,
            "sender_blocked",
            sender.address if sender else "",
            _first(enforced).rule,
            target=rcpt.address,
        )
    watching = blocked or allowed
    if watching:  # monitor mode: say what would have happened, and let the mail through
        return Result(
            "rcpt",
            "monitor",
            Action.ACCEPT,
            "monitored",
            rcpt.address,
            _first(watching).rule,
            detail="would have refused" if blocked else "would have allowed",
        )
    return None


def for_from_header(ctx: SessionContext, address: str) -> Result | None:
    """The From: header address against the email, domain and user entries covering each recipient."""
    lists = ctx.policy.lists
    if not lists.block.size or "@" not in address:
        return None
    user, _, domain = address.lower().rpartition("@")
    now = ctx.clock()
    for recipient in ctx.recipients:
        target = recipient.mailbox.address.lower() if not recipient.mailbox.literal else None
        if applicable(lists.allow.matches(None, address.lower(), domain, user), now, target):
            continue
        blocked = [
            e
            for e in applicable(lists.block.matches(None, address.lower(), domain, user), now, target)
            if e.kind != "ip"
        ]
        if blocked:
            return Result(
                "data",
                "from_header",
                Action.REJECT,
                "sender_blocked",
                address,
                _first(blocked).rule,
                target=recipient.mailbox.address,
            )
    return None


def _first(entries: list[CompiledEntry]) -> CompiledEntry:
    """The most specific entry explains the decision: a recipient's beats a domain's beats the gateway's."""
    return max(entries, key=lambda e: (e.scope.startswith("rcpt:"), e.scope.startswith("domain:")))
