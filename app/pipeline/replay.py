"""Replaying stored history through the server's own stages, to preview a policy change before it is saved.

Each transaction of the events log (client, HELO, sender, recipients) is judged by the connect, HELO, MAIL
and RCPT stages under the current policy and under the draft; what changes is a flip. The replay is
offline: no DNS (blocklists, SPF), no greylisting, no recipient callouts, no flood limits, and content is
previewed separately, from the content samples (the Rules screen does that).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..policy.snapshot import PolicySnapshot
from . import connect, helo, mail, rcpt
from .context import SessionContext
from .result import decided, decisive


@dataclass
class Transaction:
    session: str
    ts: float
    client_ip: str
    helo: str
    sender: str
    recipients: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Outcome:
    accepted: bool
    rule: str
    reason: str


@dataclass(frozen=True)
class Flip:
    ts: float
    client_ip: str
    sender: str
    recipient: str
    before: Outcome
    after: Outcome
    correspondent: bool  # the sender is someone the office has written to: probably legitimate mail


@dataclass
class Preview:
    transactions: int = 0
    units: int = 0  # recipients judged (a transaction refused before RCPT counts once)
    to_refused: list[Flip] = field(default_factory=list)
    to_accepted: list[Flip] = field(default_factory=list)

    @property
    def correspondents_hit(self) -> int:
        return sum(1 for f in self.to_refused if f.correspondent)


def transactions_from_events(rows) -> list[Transaction]:
    """rows: events (session, ts, kind, verdict, client_ip, helo, sender, recipient) in id order."""
    found: list[Transaction] = []
    current: dict[str, Transaction] = {}
    clients: dict[str, tuple[str, str]] = {}
    for session, ts, kind, _verdict, client_ip, helo_name, sender, recipient in rows:
        if kind == "connect":
            clients[session] = (client_ip, "")
        elif kind == "helo":
            clients[session] = (client_ip, helo_name)
        elif kind == "mail":
            ip, name = clients.get(session, (client_ip, helo_name))
            tx = Transaction(session, ts, ip, name or helo_name, sender)
            current[session] = tx
            found.append(tx)
        elif kind == "rcpt" and session in current and recipient:
            current[session].recipients.append(recipient)
        elif kind == "disconnect":
            current.pop(session, None)
            clients.pop(session, None)
    return found


async def judge(policy: PolicySnapshot, tx: Transaction) -> dict[str, Outcome]:
    """Each recipient's outcome (key "" when the transaction ends before RCPT)."""
    ctx = SessionContext(f"replay-{tx.session}", tx.client_ip, "0.0.0.0", policy, clock=lambda: tx.ts)
    for stage in (
        lambda: connect.check(ctx),
        lambda: helo.check(ctx, tx.helo or "unknown"),
        lambda: mail.check(ctx, f"<{tx.sender}>"),
    ):
        verdict = decisive(await stage())
        if verdict is not None and not verdict.accepted:
            refused = Outcome(False, verdict.rule, verdict.reason)
            return {r: refused for r in tx.recipients} or {"": refused}
        if verdict is not None and verdict.stage == "helo":
            ctx.helo = tx.helo
    outcomes = {}
    for recipient in tx.recipients:
        answer = decided(await rcpt.check(ctx, f"<{recipient}>"))
        outcomes[recipient] = Outcome(answer.accepted, answer.rule, answer.reason)
    return outcomes or {"": Outcome(True, "", "sender_ok")}


async def preview(
    current: PolicySnapshot, draft: PolicySnapshot, transactions: list[Transaction], correspondents: set[str]
) -> Preview:
    result = Preview(transactions=len(transactions))
    for tx in transactions:
        before, after = await judge(current, tx), await judge(draft, tx)
        for recipient, was in before.items():
            now = after.get(recipient, was)
            result.units += 1
            if was.accepted == now.accepted:
                continue
            flip = Flip(tx.ts, tx.client_ip, tx.sender, recipient, was, now, tx.sender.lower() in correspondents)
            (result.to_refused if was.accepted else result.to_accepted).append(flip)
    return result
