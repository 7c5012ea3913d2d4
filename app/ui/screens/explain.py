"""Tuning dialogs. Explain: a logged session's client, HELO, sender and recipients run again through the
server's own checks with the policy in force now (the engine of `mailmoat explain`), next to what the client
got then. Lint: the policy lint panel."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Label, Static

from .dashboard_screen import DashboardModal
from ..log_model import LogRow, authentication_lines
from ..widgets.alerts import theme_color
from ..widgets.lint import LintPanel
from ..widgets.plain import PlainTable
from ..workers import work

if TYPE_CHECKING:
    from ...decision_trace import Trace

NOT_REPLAYED = "message content not replayed (not stored): the DATA checks (content, virus) are not run"
_STEP_STYLE = {
    "accept": "accepted",
    "reject": "rejected",
    "disconnect": "rejected",
    "tempfail": "tempfail",
    "quarantine": "weak",
}


@dataclass(frozen=True)
class Replay:
    """What the connection log kept of a session: enough to run it again."""

    client_ip: str
    helo: str
    sender: str
    recipients: list[str]
    auth_login: str = ""
    then_verdict: str = ""  # the Live row's verdict
    then_reply: str = ""  # the reply that decided it then
    events: list[dict] = field(default_factory=list)


def replay_of(row: LogRow) -> Replay | None:
    """None for a delivery row (no client session to explain)."""
    if row.client_ip.startswith("→") or not row.client_ip or row.key.startswith("delivery:"):
        return None
    events = row.events
    mail = [e for e in events if e.get("kind") in ("mail", "rcpt", "data", "queued", "quarantined")]
    sender = mail[-1]["sender"] if mail else ""
    recipients: list[str] = []
    for e in events:
        if e.get("kind") == "rcpt" and e.get("recipient") and e["recipient"] not in recipients:
            recipients.append(e["recipient"])
    auth = next(
        (
            e["sender"]
            for e in events
            if e.get("kind") == "auth"
            and str(e.get("verdict", "")).startswith("accept")
            and e.get("check_name") != "auth_lockout"
        ),
        "",
    )
    replies = [e["reply"] for e in events if e.get("reply")]
    then_reply = row.reason or (replies[-1] if replies else "")
    return Replay(row.client_ip, row.helo, sender, recipients, auth, row.verdict, then_reply, list(events))


def then_event_for(step, events: list[dict]) -> dict | None:
    """The logged event of this (decisive) step's stage then (for RCPT, of the same recipient), the one with
    the reply if there is one; None if the session never got there."""
    found = None
    for e in events:
        if e.get("kind") != step.stage or (step.stage == "rcpt" and e.get("recipient") != step.input):
            continue
        if e.get("reply"):
            return e
        found = found or e
    return found


def then_reply_for(step, events: list[dict]) -> str | None:
    """The reply the client got then at the point of this step: "" if it was not logged (the greeting),
    None if the session never got there."""
    event = then_event_for(step, events)
    return None if event is None else event.get("reply", "")


def compare_then(step, events: list[dict]) -> str:
    """ "same then", "then: <reply>" or "then: not reached", for a decisive step."""
    event = then_event_for(step, events)
    if event is None:
        return "then: not reached"
    if event.get("reply"):
        return "same then" if same_reply(event["reply"], step.reply) else f"then: {event['reply']}"
    verdict = str(event.get("verdict", ""))
    same = verdict.startswith("accept") if step.verdict == "accept" else verdict == step.verdict
    return "same then" if same else f"then: {verdict or 'not logged'}"


def same_reply(a: str, b: str) -> bool:
    return _queue_id_free(a) == _queue_id_free(b)


def _queue_id_free(text: str) -> str:
    return re.sub(r"queued as \S+", "queued as ID", text)


class ExplainScreen(DashboardModal[None]):
    BINDINGS = [Binding("escape,q", "close", "Close")]

    def __init__(self, replay: Replay) -> None:
        super().__init__()
        self.replay = replay
        self.trace: Trace | None = None

    def compose(self) -> ComposeResult:
        r = self.replay
        with Vertical(classes="dialog wide", id="explain-dialog"):
            title = Text(
                f"Explain [{r.client_ip}] HELO {r.helo or '-'}, from <{r.sender}> to "
                f"{', '.join(r.recipients) or 'no recipient'}"
                + (f", logged in as {r.auth_login}" if r.auth_login else "")
            )
            yield Label(title, classes="question", markup=False)
            yield PlainTable(id="trace", cursor_type="row", zebra_stripes=True)
            yield Static(
                "running the server's checks with the policy in force now…", id="explain-replies", markup=False
            )
            yield Label("", id="explain-now", markup=False)
            yield Label("", id="explain-then", markup=False)
            auth = authentication_lines(self.replay.events)
            logged = Label("\n".join(f"then, {line}" for line in auth), id="explain-auth", markup=False)
            logged.display = bool(auth)  # the message's logged DKIM/SPF/DMARC results (not replayed)
            yield logged
            yield Label(NOT_REPLAYED + "  |  esc closes", id="explain-note", markup=False)

    def on_mount(self) -> None:
        table = self.query_one("#trace", DataTable)
        for label, key, width in (
            ("stage", "stage", 7),
            ("check", "check", 14),
            ("input", "input", 24),
            ("verdict", "verdict", 10),
            ("reason", "reason", 18),
            ("rule", "rule", 26),
        ):
            table.add_column(label, key=key, width=width)
        table.focus()
        self.run_explain()

    @work(exclusive=True, group="explain")
    async def run_explain(self) -> None:
        r = self.replay
        try:
            trace = await self.app.backend.explain_session(r.client_ip, r.helo, r.sender, r.recipients, r.auth_login)
        except Exception as exc:  # a bad address, a DNS failure: say so in the dialog, not a traceback
            self.query_one("#explain-replies", Static).update(f"cannot explain this session: {exc}")
            return
        self.trace = trace
        self._show(trace)

    def _show(self, trace) -> None:
        table = self.query_one("#trace", DataTable)
        lines: list[str] = []
        with self.app.batch_update():
            table.clear()
            for index, step in enumerate(trace.steps):
                style = self.app.verdict_color(_STEP_STYLE.get(step.verdict, "info"))
                table.add_row(
                    step.stage,
                    Text(step.check),
                    Text(step.input),
                    Text(step.verdict, style=f"bold {style}"),
                    Text(step.reason),
                    Text(step.rule),
                    key=str(index),
                )
                if step.reply:
                    lines.append(
                        f"{step.stage} {step.input}: {step.reply}   ({compare_then(step, self.replay.events)})"
                    )
                if step.detail and step.detail != step.input:
                    lines.append(f"    {step.check}: {step.detail}")
        self.query_one("#explain-replies", Static).update("\n".join(lines) or "no decisive reply")
        self.query_one("#explain-now", Label).update(Text(f"now: {trace.verdict} — reply: {trace.reply}", style="bold"))
        final = next((s for s in reversed(trace.steps) if s.reply and same_reply(s.reply, trace.reply)), None)
        then = then_reply_for(final, self.replay.events) if final is not None else None
        then = then or self.replay.then_reply
        changed = not same_reply(then, trace.reply)
        line = Text(f"then: {self.replay.then_verdict} — reply the client got: {then or '-'}")
        if changed:
            line.append("   (the policy has changed since)", style=f"bold {theme_color(self.app, 'warning')}")
        self.query_one("#explain-then", Label).update(line)

    def action_close(self) -> None:
        self.dismiss(None)


def explain_text(screen: ExplainScreen) -> str:
    """The dialog's text, for tests and for copying."""
    parts = [
        str(screen.query_one(selector).render())
        for selector in ("#explain-replies", "#explain-now", "#explain-then", "#explain-auth", "#explain-note")
    ]
    return "\n".join(parts)


class LintScreen(DashboardModal[None]):
    """The policy lint panel in a dialog (from the Blocklists screen's `l`); the lint runs in a worker."""

    BINDINGS = [Binding("escape,q", "close", "Close"), Binding("r", "rerun", "Run again")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="lint-dialog"):
            yield LintPanel(id="lint-panel")
            yield Label("r runs it again, esc closes (the same checks as mailmoat lint)", id="lint-keys", markup=False)

    def on_mount(self) -> None:
        self.run_lint()

    def action_rerun(self) -> None:
        self.query_one(LintPanel).running()
        self.run_lint()

    @work(exclusive=True, group="lint")
    async def run_lint(self) -> None:
        try:
            findings, error = await self.app.backend.lint_findings(), ""
        except Exception as exc:  # a locked or damaged database: say so in the panel
            findings, error = [], str(exc)
        self.query_one(LintPanel).post_message(LintPanel.Loaded(findings, error))

    def action_close(self) -> None:
        self.dismiss(None)
