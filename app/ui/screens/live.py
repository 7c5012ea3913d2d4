"""Live: the connection log streaming, counters and sparklines for the last hour, a detail pane."""
from __future__ import annotations

import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, Sparkline, Static

from ..actions import UiAction, bindings_for, register
from ..log_model import SERIES, LogModel, LogRow
from ..messages import EventsArrived
from . import ScreenSpec

VERDICT_FILTERS = ("all", "rejected", "queued", "relayed", "delivery")
VERDICT_STYLE = {"rejected": "rejected", "tempfail": "tempfail", "deferred": "tempfail", "bounced": "rejected",
                 "queued": "accepted", "delivered": "accepted", "relayed": "accepted", "relayed-weak": "weak",
                 "open": "info"}

register(
    UiAction("p", "toggle_pause", "Pause", "live"),
    UiAction("slash", "filter", "Filter", "live"),
    UiAction("v", "cycle_verdict", "Verdict filter", "live"),
    UiAction("escape", "clear_filter", "Clear filter", "live", show=False),
)


class LiveScreen(Screen):
    BINDINGS = bindings_for("live")

    def __init__(self) -> None:
        super().__init__()
        self.model = LogModel(clock=self.app.clock)
        self.paused = False
        self.held_back: list[dict] = []
        self.text_filter = ""
        self.verdict_filter = "all"
        self.follow = True  # keep the newest row in view until the operator moves up

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="counters"):
            for name in SERIES:
                with Vertical(classes=f"counter {name}"):
                    yield Label(name, id=f"count-{name}", classes="counter-label")
                    yield Sparkline([0] * 60, id=f"spark-{name}", summary_function=max)
            yield Static("", id="reasons")
        yield Input(placeholder="filter: text in client, HELO, sender, recipient, verdict, reason", id="filter")
        with Vertical(id="live-body"):
            yield DataTable(id="log", cursor_type="row", zebra_stripes=True)
            yield Static("Select a connection to see its conversation.", id="detail", markup=False)
        yield Label("", id="live-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#log", DataTable)
        for label, key, width in (("time", "time", 8), ("client", "client", 15), ("HELO", "helo", 14),
                                  ("sender", "sender", 24), ("recipients", "rcpt", 24), ("verdict", "verdict", 12),
                                  ("reason", "reason", 60)):
            table.add_column(label, key=key, width=width)
        self.query_one("#filter", Input).display = False
        table.focus()
        self._update_status()

    # --- data ---------------------------------------------------------------------------------
    def on_events_arrived(self, message: EventsArrived) -> None:
        if self.paused:
            self.held_back.extend(message.events)
            del self.held_back[:-20000]
            return
        self._apply(message.events)

    def _apply(self, events: list[dict]) -> None:
        changed, evicted = self.model.apply(events)
        table = self.query_one("#log", DataTable)
        with self.app.batch_update():
            for key in evicted:
                if key in table.rows:
                    table.remove_row(key)
            for key in sorted(changed, key=lambda k: self.model.rows[k].ts):
                row = self.model.rows[key]
                if not self._visible(row):
                    if key in table.rows:
                        table.remove_row(key)
                    continue
                cells = self._cells(row)
                if key in table.rows:
                    for column, value in zip(("time", "client", "helo", "sender", "rcpt", "verdict", "reason"), cells):
                        table.update_cell(key, column, value)
                else:
                    table.add_row(*cells, key=key)
            self._update_counters()
        if self.follow:
            table.move_cursor(row=table.row_count - 1, animate=False)

    def _visible(self, row: LogRow) -> bool:
        if self.text_filter and not row.matches(self.text_filter):
            return False
        if self.verdict_filter == "all":
            return True
        if self.verdict_filter == "delivery":
            return row.verdict in ("delivered", "deferred", "bounced")
        return row.verdict.startswith(self.verdict_filter)

    def _cells(self, row: LogRow) -> tuple:
        style = self.app.verdict_color(VERDICT_STYLE.get(row.verdict, "info"))
        when = datetime.datetime.fromtimestamp(row.ts).strftime("%H:%M:%S")
        recipients = ", ".join(row.recipients)
        return (when, row.client_ip, row.helo, row.sender, recipients, Text(row.verdict, style=f"bold {style}"),
                Text(row.reason, style=style))

    def _rebuild(self) -> None:
        table = self.query_one("#log", DataTable)
        table.clear()
        with self.app.batch_update():
            for row in self.model.rows.values():
                if self._visible(row):
                    table.add_row(*self._cells(row), key=row.key)
        table.move_cursor(row=table.row_count - 1, animate=False)
        self._update_status()

    def _update_counters(self) -> None:
        totals = self.model.totals()
        for name in SERIES:
            self.query_one(f"#count-{name}", Label).update(f"{name} {totals[name]}")
            self.query_one(f"#spark-{name}", Sparkline).data = list(self.model.series[name])
        reasons = self.model.rejected_reasons.most_common(4)
        self.query_one("#reasons", Static).update(
            "rejected by reason (1h)\n" + "\n".join(f"{count:>5} {reason}" for reason, count in reasons))

    def _update_status(self) -> None:
        parts = ["PAUSED" if self.paused else "live", f"verdict: {self.verdict_filter}"]
        if self.text_filter:
            parts.append(f"filter: {self.text_filter!r}")
        if self.paused and self.held_back:
            parts.append(f"{len(self.held_back)} events waiting")
        self.query_one("#live-status", Label).update("  |  ".join(parts))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.follow = event.cursor_row >= event.data_table.row_count - 1
        row = self.model.rows.get(event.row_key.value) if event.row_key else None
        if row is None:
            return
        lines = [f"{row.client_ip}  HELO {row.helo or '-'}", f"sender <{row.sender}>", ""]
        for e in row.events:
            when = datetime.datetime.fromtimestamp(e["ts"]).strftime("%H:%M:%S")
            lines.append(f"{when} {e['kind']:<10} {e['verdict']:<10} {e['reply']}")
            if e["rule"]:
                lines.append(f"{'':20}rule: {e['rule']}")
        self.query_one("#detail", Static).update("\n".join(lines))

    # --- actions ------------------------------------------------------------------------------
    def action_toggle_pause(self) -> None:
        self.paused = not self.paused
        if not self.paused and self.held_back:
            held, self.held_back = self.held_back, []
            self._apply(held)
        self._update_status()

    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.text_filter = event.value.strip()
            self._rebuild()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self.query_one("#log", DataTable).focus()

    def action_clear_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.value = ""
        box.display = False
        self.text_filter = ""
        self._rebuild()
        self.query_one("#log", DataTable).focus()

    def action_cycle_verdict(self) -> None:
        index = VERDICT_FILTERS.index(self.verdict_filter)
        self.verdict_filter = VERDICT_FILTERS[(index + 1) % len(VERDICT_FILTERS)]
        self._rebuild()


SPEC = ScreenSpec("live", "1", "Live", "The connection log as it happens: who connected, what they sent, what "
                  "Mailmoat decided and why. Counters and sparklines cover the last hour.", LiveScreen, order=10)
