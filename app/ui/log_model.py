"""The connection log as the dashboard shows it: one row per SMTP session (or delivery), bounded."""

from __future__ import annotations

import re
import time
from collections import Counter, OrderedDict, deque
from dataclasses import dataclass, field

from ..store.workers import node_of

BUCKETS = 60  # one per minute, the last hour
SERIES = ("accepted", "rejected", "relayed", "queued", "delivered", "bounced")


@dataclass
class LogRow:
    key: str
    ts: float
    client_ip: str = ""
    helo: str = ""
    sender: str = ""
    recipients: list[str] = field(default_factory=list)
    verdict: str = "open"  # open | accepted | queued | relayed | relayed-weak | rejected | tempfail | delivered | deferred | bounced
    reason: str = ""
    node: str = ""  # the gateway node that saw the session ("" for events of a process that named none)
    events: list[dict] = field(default_factory=list)

    def matches(self, text: str) -> bool:
        text = text.lower()
        return any(
            text in value.lower()
            for value in (
                self.client_ip,
                self.helo,
                self.sender,
                " ".join(self.recipients),
                self.verdict,
                self.reason,
                self.node,
            )
        )


_REJECTING = {"reject", "disconnect"}


class LogModel:
    def __init__(self, max_rows: int = 2000, max_events_per_row: int = 60, clock=time.time):
        self.clock = clock
        self.rows: OrderedDict[str, LogRow] = OrderedDict()
        self.max_rows = max_rows
        self.max_events = max_events_per_row
        self.series: dict[str, deque[int]] = {name: deque([0] * BUCKETS, maxlen=BUCKETS) for name in SERIES}
        self.rejected_reasons: Counter[str] = Counter()
        self.nodes: set[str] = set()  # the nodes whose events arrived: the Live screen shows a node column from two
        self._bucket_minute = int(clock() // 60)

    def row(self, key: str | None) -> LogRow | None:
        """The row of a table row key (Textual's keys may be None; ours never are)."""
        return self.rows.get(key) if key is not None else None

    def apply(self, events: list[dict]) -> tuple[list[str], list[str]]:
        """Folds events in; returns (changed row keys, evicted row keys), in the order they arrived."""
        changed: dict[str, None] = {}
        evicted: dict[str, None] = {}
        for event in events:
            key = event["session"] or f"delivery:{event['queue_id']}:{event['recipient']}"
            row = self.rows.get(key)
            if row is None:
                row = self.rows[key] = LogRow(key=key, ts=event["ts"])
                while len(self.rows) > self.max_rows:
                    old, _ = self.rows.popitem(last=False)
                    evicted[old] = None
                    changed.pop(old, None)
            self._fold(row, event)
            changed[key] = None
            self._count(event)
        return list(changed), list(evicted)

    def _fold(self, row: LogRow, event: dict) -> None:
        if len(row.events) < self.max_events:
            row.events.append(event)
        kind, verdict = event["kind"], event["verdict"]
        if not row.node and (node := node_of(event.get("worker") or "")):
            row.node = node
            self.nodes.add(node)
        row.client_ip = row.client_ip or event["client_ip"]
        row.helo = event["helo"] or row.helo
        if event["sender"] and kind != "bounced":
            row.sender = event["sender"]
        if kind in ("delivered", "deferred", "bounced"):
            row.client_ip = row.client_ip or "→ delivery"
            row.sender = row.sender or event["sender"] or "<>"
            row.recipients = [event["recipient"]]
            row.verdict, row.reason = kind, event["reply"]
            return
        if kind == "rcpt" and verdict.startswith("accept") and event["recipient"]:
            if event["recipient"] not in row.recipients:
                row.recipients.append(event["recipient"])
            if event["reason"].startswith("relay_"):
                row.verdict = "relayed-weak" if verdict == "accept-weak" else "relayed"
        if verdict in _REJECTING:
            if row.verdict not in ("rejected",):
                row.verdict, row.reason = "rejected", event["reply"]
        elif verdict == "tempfail" and row.verdict not in ("rejected",):
            row.verdict, row.reason = "tempfail", event["reply"]
        elif kind == "queued":
            if row.verdict not in ("relayed", "relayed-weak"):
                row.verdict = "queued"
            row.reason = event["reply"]

    def _count(self, event: dict) -> None:
        minute = int(event["ts"] // 60)
        now_minute = int(self.clock() // 60)
        if now_minute > self._bucket_minute:
            for series in self.series.values():
                series.extend([0] * min(BUCKETS, now_minute - self._bucket_minute))
            self._bucket_minute = now_minute
        age = now_minute - minute
        if not 0 <= age < BUCKETS:
            return
        index = BUCKETS - 1 - age
        kind, verdict = event["kind"], event["verdict"]
        names = []
        if verdict in _REJECTING:
            names.append("rejected")
            self.rejected_reasons[event["reason"] or kind] += 1
        elif kind == "queued":
            names.append("queued")
        elif kind == "rcpt" and verdict.startswith("accept"):
            names.append("relayed" if event["reason"].startswith("relay_") else "accepted")
        elif kind in ("delivered", "bounced"):
            names.append(kind)
        for name in names:
            self.series[name][index] += 1

    def totals(self) -> dict[str, int]:
        return {name: sum(values) for name, values in self.series.items()}


_AUTH_PART = re.compile(r"(dkim|spf|dmarc)=([a-z]+)(?:\((.*)\))?")


def authentication_lines(events: list[dict]) -> list[str]:
    """The message's DKIM, SPF and DMARC results, as `explain` shows them, from the session's authentication
    events: "authentication: DKIM pass (d=a.example)  SPF none  DMARC pass (p=reject)  From: a.example", one
    line a message; none when no message was verified (outbound mail, dkim.verify off)."""
    lines = []
    for e in events:
        rule = str(e.get("rule") or "")
        if e.get("check_name") != "authentication" or not rule.startswith("auth:"):
            continue
        parts = []
        for token in rule.removeprefix("auth:").split():
            if token.startswith("header.from="):
                parts.append(f"From: {token.removeprefix('header.from=')}")
            elif (match := _AUTH_PART.fullmatch(token)) is not None:
                parts.append(f"{match[1].upper()} {match[2]}" + (f" ({match[3]})" if match[3] else ""))
            else:
                parts.append(token)
        lines.append("authentication: " + "  ".join(parts))
    return lines
