"""The daily report: what was blocked and why, who was blocked most, what waits in quarantine, the alerts
and the hygiene findings; in plain text (with bar charts) and HTML, mailed through the gateway itself."""

from __future__ import annotations

import datetime
import html
import time
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from ..safe_text import visible
from ..store import alerts as alerts_store
from ..store import quarantine as quarantine_store
from ..store.database import Store
from ..store.events import dmarc_failures_since, refusals_since
from ..store.queue import NewMessage, enqueue_statements, new_queue_id
from . import hygiene

BAR_WIDTH = 30


@dataclass(frozen=True)
class Report:
    subject: str
    text: str
    html: str


async def build_report(store: Store, now: float | None = None, hours: float = 24.0) -> Report:
    now = time.time() if now is None else now
    since = now - hours * 3600
    refusals = await refusals_since(store, since)
    dmarc_failures = await dmarc_failures_since(store, since)
    held = await quarantine_store.list_quarantine(store, limit=50)
    alerts = [a for a in await alerts_store.list_alerts(store, limit=50) if a.acked is None or a.latest >= since]
    findings = await hygiene.audit(store, now)
    total = sum(n for _, n in refusals["by_reason"])
    day = datetime.datetime.fromtimestamp(now).strftime("%Y-%m-%d")
    subject = (
        f"Mailmoat daily report {day}: {total} refused, {refusals['queued']} accepted, "
        f"{len(held)} in quarantine, {sum(1 for a in alerts if a.acked is None)} open alert(s)"
    )
    sections: list[tuple[str, list[str], list[tuple[str, int]] | None]] = [
        ("Refused, by reason", [], refusals["by_reason"]),
        ("Most refused client addresses", [], refusals["by_client"]),
        ("Most refused senders", [], refusals["by_sender"]),
        ("DMARC failures, by the domain the From: claimed", [], dmarc_failures),
        (
            "Quarantine",
            [f"{_when(m.created)}  score {m.score:g}  <{m.sender}>  {m.subject}  [{m.rules}]" for m in held]
            or ["empty"],
            None,
        ),
        (
            "Alerts",
            [
                f"{'OPEN ' if a.acked is None else 'acked'} {a.severity.upper():<8} {_when(a.created)}  {a.summary}"
                for a in alerts
            ]
            or ["none"],
            None,
        ),
        (
            "Hygiene findings (mailmoat audit)",
            [f"{f.severity.upper():<8} {f.subject}: {f.explanation}" for f in findings] or ["none"],
            None,
        ),
    ]
    text = [
        subject,
        "",
        f"The last {hours:g} hours: {refusals['connections']} connections, "
        f"{refusals['queued']} messages accepted, {total} refusals.",
        "",
    ]
    markup = [
        f"<h1>{html.escape(subject)}</h1>",
        f"<p>The last {hours:g} hours: {refusals['connections']} connections, {refusals['queued']} messages "
        f"accepted, {total} refusals.</p>",
    ]
    for title, lines, counts in sections:
        text += [title, "-" * len(title)]
        markup.append(f"<h2>{html.escape(title)}</h2>")
        if counts is not None:
            text += _bars(counts) or ["none"]
            markup.append(_html_bars(counts))
        else:
            lines = [visible(line) for line in lines]  # senders, subjects, summaries: a stranger's text
            text += [f"  {line}" for line in lines]
            markup.append("<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>")
        text.append("")
    return Report(subject, "\n".join(text), "<html><body>" + "\n".join(markup) + "</body></html>")


def _bars(counts: list[tuple[str, int]]) -> list[str]:
    """A plot-like bar chart in text: one row per item, bars scaled to the largest count."""
    if not counts:
        return []
    top = max(n for _, n in counts) or 1
    counts = [(visible(label), n) for label, n in counts]
    width = max(len(label) for label, _ in counts)
    return [f"  {label:<{width}} {'#' * max(1, round(BAR_WIDTH * n / top)):<{BAR_WIDTH}} {n}" for label, n in counts]


def _html_bars(counts: list[tuple[str, int]]) -> str:
    if not counts:
        return "<p>none</p>"
    top = max(n for _, n in counts) or 1
    rows = "".join(
        f'<tr><td>{html.escape(visible(label))}</td><td><div style="background:#c0392b;height:0.8em;'
        f'width:{max(1, round(300 * n / top))}px"></div></td><td>{n}</td></tr>'
        for label, n in counts
    )
    return f"<table>{rows}</table>"


def report_message(report: Report, sender: str, recipient: str, now: float) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = report.subject
    message["Date"] = formatdate(now, localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(report.text)
    message.add_alternative(report.html, subtype="html")
    return message.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


async def queue_report(
    store: Store, report: Report, recipient: str, hostname: str, route: str, now: float | None = None
) -> str:
    """Puts the report in the delivery queue, from postmaster@hostname; returns the queue id."""
    now = time.time() if now is None else now
    sender = f"postmaster@{hostname}"
    content = report_message(report, f"Mailmoat <{sender}>", recipient, now)
    message = NewMessage(new_queue_id(), now, sender, "127.0.0.1", hostname, content, [(recipient, route)])
    await store.commit_batched(enqueue_statements(message, now))
    return message.id


def route_for(policy, recipient: str) -> str:
    domain = recipient.rpartition("@")[2].lower()
    if policy.is_local_domain(domain):
        return "upstream"
    return "relay" if policy.relay_nexthop(domain) is not None else "outbound"


def _when(ts: float) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%m-%d %H:%M")
