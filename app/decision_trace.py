"""The decision trace: a session described by the operator, run through the server's own stages.

Each stage module is called exactly as the SMTP handler calls it, with the same policy snapshot and
the same DNS, SPF, virus and recipient checkers; only the socket is missing. What needs the socket
(connection limits, pregreet, the tarpit) is not part of the trace, and greylisting is reported, not
run, because asking would record the attempt.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from .classify.signal import RULE_NAME as BAYES_RULE
from .net.dns import make_resolver
from .policy.dnsbl import DnsblChecker
from .policy.snapshot import PolicySnapshot
from .policy.spf import SpfChecker
from .recipients.verifier import RecipientVerifier
from .scan.clamd import ClamdClient
from .smtp.replies import reply_for, reply_for_result
from .pipeline import connect, data, helo, mail, rcpt
from .pipeline.context import SessionContext
from .pipeline.result import Action, Result, decided, decisive


@dataclass(frozen=True)
class Step:
    stage: str
    check: str
    input: str
    verdict: str  # accept | reject | tempfail | disconnect | quarantine
    reason: str
    rule: str
    reply: str  # the reply this step's stage sent, on the step that decided it; else ""
    detail: str = ""


@dataclass(frozen=True)
class Trace:
    steps: list[Step]
    verdict: str  # delivered | tagged | quarantined | refused | deferred | disconnected | no recipients
    reply: str  # the last reply the client got


async def explain(
    ctx: SessionContext, helo_name: str, sender: str, recipients: list[str], message: bytes | None = None
) -> Trace:
    hostname = ctx.policy.settings.hostname
    steps: list[Step] = []

    def record(results: list[Result], what: str) -> Result | None:
        verdict = decisive(results)
        for result in results:
            deciding = result is verdict
            steps.append(
                Step(
                    result.stage,
                    result.check,
                    what,
                    result.action.value,
                    result.reason,
                    result.rule,
                    _reply(result, hostname) if deciding else "",
                    result.detail or result.target,
                )
            )
        return verdict

    def answered(results: list[Result], what: str) -> Result:
        record(results, what)
        return decided(results)

    ctx.greylist = None  # asking would record the attempt
    verdict = record(await connect.check(ctx), ctx.client_ip)
    if verdict is not None and not verdict.accepted:
        return Trace(steps, "disconnected", _reply(verdict, hostname))
    answer = answered(await helo.check(ctx, helo_name), helo_name)
    if not answer.accepted:
        return Trace(steps, "refused", _reply(answer, hostname))
    ctx.helo = helo_name
    answer = answered(await mail.check(ctx, f"<{sender}>"), sender or "<>")
    if not answer.accepted:
        return Trace(steps, _word(answer), _reply(answer, hostname))
    last = answer
    for recipient in recipients:
        last = answered(await rcpt.check(ctx, f"<{recipient}>"), recipient)
        domain = recipient.rpartition("@")[2].lower()
        if last.accepted and domain in ctx.policy.settings.greylist_domains:
            steps.append(
                Step(
                    "rcpt",
                    "greylist",
                    recipient,
                    "accept",
                    "not_simulated",
                    "greylist:not simulated",
                    "",
                    "greylisting applies to this domain; a first attempt would get 451 4.7.1",
                )
            )
    if not ctx.recipients:
        return Trace(steps, "no recipients" if last.accepted else _word(last), _reply(last, hostname))
    if message is None:
        return Trace(
            steps,
            f"accepted at RCPT for {len(ctx.recipients)} of {len(recipients)} recipient(s) (no message given)",
            _reply(last, hostname),
        )
    answer = answered(await data.check(ctx, message), f"{len(message)} bytes")
    for hit in ctx.content.hits if ctx.content is not None else ():
        if hit.name == BAYES_RULE:  # the statistical filter's verdict and the tokens that decided it
            probability, _, tokens = hit.snippet.partition(": ")
            steps.append(
                Step(
                    "data",
                    "bayes",
                    probability,
                    "accept",
                    "bayes_score",
                    f"bayes({hit.score:+g})",
                    "",
                    f"decided by: {tokens}",
                )
            )
    if answer.action is Action.QUARANTINE:
        return Trace(steps, "quarantined", reply_for("queued", "ID"))
    if not answer.accepted:
        return Trace(steps, _word(answer), _reply(answer, hostname))
    tagged = ctx.content is not None and ctx.content.action == "tag"
    return Trace(steps, "tagged and delivered" if tagged else "delivered", reply_for("queued", "ID"))


async def explain_now(
    policy: PolicySnapshot,
    client_ip: str,
    helo_name: str,
    sender: str,
    recipients: list[str],
    message: bytes | None = None,
    auth_user: str | None = None,
) -> Trace:
    """`explain` with the checkers the gateway itself would use under `policy` (DNS blocklists, SPF, clamd,
    recipient validation), made for this trace and closed after it. `client_ip` must be an IP address."""
    settings = policy.settings
    verifier = RecipientVerifier()
    verifier.configure(settings)
    spf = SpfChecker(settings.dns_nameservers)
    scanner = ClamdClient(settings.clamd, timeout=settings.virus_timeout) if settings.clamd else None
    ctx = SessionContext(
        "explain",
        client_ip,
        "127.0.0.1",
        policy,
        auth_user=auth_user,
        dnsbl=DnsblChecker(make_resolver(settings.dns_nameservers)),
        spf=spf,
        scanner=scanner,
        verifier=verifier,
    )
    try:
        return await explain(ctx, helo_name, sender, recipients, message)
    finally:
        spf.close()
        with contextlib.suppress(Exception):
            await verifier.close()


def _reply(result: Result, hostname: str) -> str:
    if result.action is Action.QUARANTINE:  # the client is told its message was queued, as for any other
        return reply_for("queued", "ID")
    return reply_for_result(result, hostname)


def _word(result: Result) -> str:
    return {Action.REJECT: "refused", Action.TEMPFAIL: "deferred", Action.DISCONNECT: "disconnected"}.get(
        result.action, result.action.value
    )
