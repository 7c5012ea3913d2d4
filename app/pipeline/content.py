"""DATA stage, content: the virus scanner, attachment policy, the From: header, then the content rules.

Order and precedence: a virus is refused whatever the allow lists say; a refused attachment likewise
(it is the virus check of last resort when clamd is not there). Mail whose every recipient is covered
by an allow entry skips the From: check and the content rules. Content rules add up to a score that the
thresholds (settings, per recipient domain) turn into tag, quarantine or reject; a rule's own action,
if it has one, applies whatever the score. Rules in monitor mode are logged, never counted.

Regex rules run on a worker thread under time limits (app.policy.rule_regex); a message some rule could not
finish on scores the `rule-timeout` signal (fail closed, like `mime-incomplete`), and the rules that timed
out are handed back in ContentOutcome.timeouts for the gateway to disable (app.monitor.rule_guard).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from email.header import Header

from ..classify.signal import bayes_hit, held_for_honest_mark
from ..mail.decode import DecodedMessage, decode_message
from ..policy.content_rules import (
    AD_TAG_RULE,
    RULE_TIMEOUT_SIGNAL,
    CompiledContentRules,
    ContentScan,
    RuleHit,
    RuleTimeout,
)
from ..policy.signal_scores import SIGNAL_SCORES
from ..policy.signals import message_signals, theme_pair_hit
from ..scan.attachments import check_attachments
from . import lists
from .context import SessionContext
from .result import Action, Result
from .uribl import uribl_hits

DECODE_ON_LOOP_BELOW = 256 * 1024  # bigger messages are decoded on a worker thread
_ACTION_RANK = {"tag": 1, "quarantine": 2, "reject": 3}
CORRUPT_ARCHIVE_SCORE = 3.0


@dataclass
class ContentOutcome:
    """What the content checks decided, beyond the verdict: the score, the hits, the headers to add."""

    score: float = 0.0
    hits: list[RuleHit] = field(default_factory=list)
    monitored: list[RuleHit] = field(default_factory=list)
    action: str = ""  # "" | tag | quarantine | reject
    subject: str = ""
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    subject_tag: str = ""
    message: DecodedMessage | None = None  # as decoded, for the content sample kept for rule previews
    signals: list[str] = field(default_factory=list)  # structural signals fired (link-shortener, uribl:ZONE...)
    timeouts: list[RuleTimeout] = field(default_factory=list)  # regex rules that ran into their time limit

    @property
    def rules_text(self) -> str:
        return ", ".join(f"{h.name}({h.score:+g})" for h in self.hits)


async def decode(content: bytes) -> DecodedMessage:
    if len(content) < DECODE_ON_LOOP_BELOW:
        return decode_message(content)
    return await asyncio.to_thread(decode_message, content)


# One thread for the scans. On the default executor's several threads, two scans at once and the event loop
# contend for the GIL at each regex search (each releases it): 118 futex calls per 2 KB message against 76 with
# one thread (strace), and more CPU. A message's regexes stay bounded by content.regex_budget, and a rule that
# runs into its limit is turned off, so a hostile message holds the others back by that budget at most.
_scan_thread = ThreadPoolExecutor(1, thread_name_prefix="content-rules")


async def scan_rules(rules: CompiledContentRules | None, message: DecodedMessage) -> ContentScan:
    """The content rules over `message`; on a worker thread when there are regexes, so that a slow one (they
    release the GIL while they search) never holds the event loop."""
    if rules is None:
        return ContentScan()
    if not rules.has_regexes:
        return rules.scan(message)
    return await asyncio.get_running_loop().run_in_executor(_scan_thread, rules.scan, message)


async def check(ctx: SessionContext, content: bytes) -> list[Result]:
    settings = ctx.policy.settings
    outcome = ctx.content = ContentOutcome()
    results: list[Result] = []
    if ctx.scanner is not None:
        scan = await ctx.scanner.scan(content)
        if scan.status == "virus":
            return [
                Result("data", "virus", Action.REJECT, "virus_found", scan.virus or "unknown", f"clamd:{scan.virus}")
            ]
        if scan.status == "error":
            if settings.virus_on_error == "defer":
                return [
                    Result(
                        "data",
                        "virus",
                        Action.TEMPFAIL,
                        "virus_scan_failed",
                        scan.detail,
                        "setting:virus.on_error=defer",
                    )
                ]
            outcome.extra_headers.append(("X-Mailmoat-Virus-Scan", f"failed ({scan.detail[:120]})"))
            results.append(
                Result("data", "virus", Action.ACCEPT, "data_ok", scan.detail, "setting:virus.on_error=tag", weak=True)
            )
        else:
            outcome.extra_headers.append(("X-Mailmoat-Virus-Scan", "clean"))
    message = outcome.message = await decode(content)
    outcome.subject = message.subject
    corrupt: list[str] = []
    zip_listings: dict[int, list[str]] = {}  # read once here, for the document signals too
    for finding in check_attachments(
        message.attachments,
        settings.blocked_extensions,
        block_encrypted_archives=settings.block_encrypted,
        listings=zip_listings,
    ):
        if finding.kind == "corrupt-archive":
            corrupt.append(finding.filename)
            continue
        return [
            Result(
                "data",
                "attachment",
                Action.REJECT,
                "attachment_refused",
                finding.filename,
                f"attachment:{finding.kind}",
                target=finding.reason,
            )
        ]
    if ctx.recipients and all(r.allowlisted for r in ctx.recipients):
        results.append(Result("data", "allowlist", Action.ACCEPT, "data_ok", rule=ctx.recipients[0].allowlisted))
        return results
    if settings.check_from_header and message.from_address:
        blocked = lists.for_from_header(ctx, message.from_address)
        if blocked is not None:
            return [blocked]
    rule_scan = await scan_rules(ctx.policy.content_rules, message)
    hits = rule_scan.hits
    outcome.timeouts = rule_scan.timeouts
    timeout_score = {**SIGNAL_SCORES, **(settings.signal_scores or {})}[RULE_TIMEOUT_SIGNAL]
    unfinished = rule_scan.timeout_hit(timeout_score)
    if unfinished is not None:
        hits.append(unfinished)
    paired = theme_pair_hit(hits, settings.signal_scores)
    if paired is not None:
        hits.append(paired)
    signals = message_signals(
        message,
        settings.signal_scores,
        local_domains={r.mailbox.ascii_domain for r in ctx.recipients if r.route != "outbound"},
        zip_listings=zip_listings,
    )
    signal_hits = signals.hits + await uribl_hits(ctx, signals.links)
    if ctx.authentication is not None:
        signal_hits += ctx.authentication.hits
    outcome.signals = [h.name for h in signal_hits]
    hits += signal_hits
    if corrupt:
        hits.append(
            RuleHit("attachment-corrupt-archive", None, "custom", CORRUPT_ARCHIVE_SCORE, None, "attachment", corrupt[0])
        )
    if ctx.auth_user is not None or ctx.policy.trusted_network_for(ctx.client_ip) is not None:
        # The office's own commercial mail must carry the (광고) tag by law: outbound, the tag is a score only.
        hits = [replace(h, action=None) if h.name == AD_TAG_RULE else h for h in hits]
    if settings.bayes_enabled:
        learned = bayes_hit(
            ctx.policy.bayes,
            message,
            spam_score=settings.bayes_spam_score,
            ham_score=settings.bayes_ham_score,
            min_learned=settings.bayes_min_learned,
            signals=signals.found,
        )
        if learned is not None and learned.score < 0 and _signals_quarantine(ctx, signal_hits):
            learned = replace(learned, mode="monitor")  # shown by explain, not counted
        if learned is not None:
            hits.append(held_for_honest_mark(learned, message, settings.bayes_spam_score))
    outcome.hits = [h for h in hits if h.mode != "monitor"]
    outcome.monitored = [h for h in hits if h.mode == "monitor"]
    outcome.score = sum(h.score for h in outcome.hits)
    outcome.action = _action(ctx, outcome)
    results.append(_verdict(outcome))
    if outcome.action in ("tag", "quarantine"):
        outcome.extra_headers += [
            ("X-Mailmoat-Score", f"{outcome.score:g}"),
            ("X-Mailmoat-Rules", outcome.rules_text[:900]),
        ]
        if outcome.action == "tag":
            outcome.subject_tag = settings.subject_tag
    return results


def _signals_quarantine(ctx: SessionContext, signal_hits: list[RuleHit]) -> bool:
    """Whether the structural signals alone reach the quarantine threshold. The statistical filter's ham lean
    does not take that back: phishing borrows the words of business mail (a payroll notice, a signing request),
    which the filter learned as ham, while a look-alike link, a domain imitating the office's, a public body
    off .kr are each scored to quarantine on their own (app.policy.signal_scores)."""
    structural = sum(h.score for h in signal_hits if h.mode != "monitor" and h.score > 0)
    domains = {r.mailbox.ascii_domain for r in ctx.recipients} or {""}
    return structural >= min(ctx.policy.settings.for_domain("content.quarantine_score", d) for d in domains)


def _action(ctx: SessionContext, outcome: ContentOutcome) -> str:
    settings = ctx.policy.settings
    chosen = max((h.action for h in outcome.hits if h.action), key=_ACTION_RANK.__getitem__, default="")
    domains = {r.mailbox.ascii_domain for r in ctx.recipients} or {""}
    for action, key in (
        ("reject", "content.reject_score"),
        ("quarantine", "content.quarantine_score"),
        ("tag", "content.tag_score"),
    ):
        threshold = min(settings.for_domain(key, d) for d in domains)
        if outcome.hits and outcome.score >= threshold:
            return max(chosen, action, key=lambda a: _ACTION_RANK.get(a, 0))
    return chosen


def _verdict(outcome: ContentOutcome) -> Result:
    rule = f"content:{outcome.rules_text}" if outcome.hits else ""
    if outcome.action == "reject":
        deciding = max(outcome.hits, key=lambda h: (h.action == "reject", h.score))
        return Result(
            "data", "content", Action.REJECT, "content_rejected", deciding.name, rule, detail=f"score {outcome.score:g}"
        )
    if outcome.action == "quarantine":
        return Result("data", "content", Action.QUARANTINE, "content_quarantined", f"{outcome.score:g}", rule)
    return Result("data", "content", Action.ACCEPT, "data_ok", f"{outcome.score:g}", rule)


def content_rule_text(outcome: ContentOutcome) -> str:
    """The event's rule column: "content:a(+5), b(+3)", monitored rules after " | monitor:"."""
    text = f"content:{outcome.rules_text}"
    if outcome.monitored:
        text += " | monitor:" + ", ".join(f"{h.name}({h.score:+g})" for h in outcome.monitored)
    return text


def header_lines(outcome: ContentOutcome) -> bytes:
    lines = []
    for name, value in outcome.extra_headers:
        value = value.replace("\r", " ").replace("\n", " ")
        if not value.isascii():
            value = Header(value, "utf-8").encode()
        lines.append(f"{name}: {value}\r\n")
    return "".join(lines).encode("ascii", "replace")


def tag_subject(content: bytes, tag: str) -> bytes:
    """`content` with `tag` put before its Subject: (a Subject: made of the tag if it had none)."""
    if not tag:
        return content
    encoded = tag if tag.isascii() else Header(tag, "utf-8").encode()
    end = content.find(b"\r\n\r\n")
    end = len(content) if end < 0 else end
    head = content[:end]
    lower = head.lower()
    at = 0 if lower.startswith(b"subject:") else lower.find(b"\nsubject:")
    if at < 0:
        return f"Subject: {encoded}\r\n".encode() + content
    start = at + (0 if at == 0 else 1) + len(b"subject:")
    while start < len(head) and head[start : start + 1] in (b" ", b"\t"):
        start += 1
    return content[:start] + encoded.encode() + b" " + content[start:]
