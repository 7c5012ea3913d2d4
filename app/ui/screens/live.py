"""Live: the connection log streaming, counters and sparklines for the last hour, a detail pane."""
from __future__ import annotations

import datetime

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, Sparkline, Static

from ..actions import UiAction, bindings_for, register
from ..log_model import SERIES, LogModel, LogRow
from ..messages import EventsArrived
from . import ScreenSpec

TABLE_ROWS = 400  # rows kept in the table; older ones stay in the model (filter, detail) but off screen
VERDICT_FILTERS = ("all", "rejected", "queued", "relayed", "delivery")
COLUMNS = ("time", "client", "helo", "sender", "rcpt", "verdict", "reason")
VERDICT_STYLE = {"rejected": "rejected", "tempfail": "tempfail", "deferred": "tempfail", "bounced": "rejected",
                 "queued": "accepted", "delivered": "accepted", "relayed": "accepted", "relayed-weak": "weak",
                 "open": "info"}

register(
    UiAction("b", "block", "Block sender", "live"),
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
                with Vertical(classes=f"counter {name}") as box:
                    box.border_title = name
                    yield Label("0", id=f"count-{name}", classes="counter-label")
                    yield Sparkline([0] * 60, id=f"spark-{name}", summary_function=max)
            reasons = Static("", id="reasons")
            reasons.border_title = "rejected, why"
            yield reasons
        yield Input(placeholder="filter: text in client, HELO, sender, recipient, verdict, reason", id="filter")
        with Vertical(id="live-body"):
            yield DataTable(id="log", cursor_type="row", zebra_stripes=True)
            yield Static("Select a connection to see its conversation.", id="detail", markup=False)
        yield Label("", id="live-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#log", DataTable)
        for (label, width), key in zip((("time", 8), ("client", 15), ("HELO", 14), ("sender", 24),
                                        ("recipients", 24), ("verdict", 12), ("reason", 60)), COLUMNS):
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
        """Incremental while the table has room; one rebuild of the newest rows when it has not.

        DataTable.remove_row costs about a millisecond with a full table, so rows are never removed
        one by one: under a flood this keeps the dashboard's cost bounded, whatever the mail rate.
        """
        changed, evicted = self.model.apply(events)
        table = self.query_one("#log", DataTable)
        rows = [self.model.rows[key] for key in changed]
        new = [row for row in rows if row.key not in table.rows and self._visible(row)]
        stale = any(key in table.rows for key in evicted) or any(
            row.key in table.rows and not self._visible(row) for row in rows)
        with self.app.batch_update():
            if stale or table.row_count + len(new) > TABLE_ROWS:
                self._fill(table, TABLE_ROWS * 3 // 4)
            else:
                for row in rows:
                    if row.key in table.rows:
                        for column, value in zip(COLUMNS, self._cells(row)):
                            table.update_cell(row.key, column, value)
                for row in new:
                    table.add_row(*self._cells(row), key=row.key)
            self._update_counters()
        if self.follow and table.cursor_row != table.row_count - 1:
            table.move_cursor(row=table.row_count - 1, animate=False)

    def _fill(self, table: DataTable, limit: int) -> None:
        visible = [row for row in self.model.rows.values() if self._visible(row)][-limit:]
        table.clear()
        for row in visible:
            table.add_row(*self._cells(row), key=row.key)

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
        # Text, never str: a str cell is parsed as markup, and senders and HELO names are attacker-chosen
        return (Text(when), Text(row.client_ip), Text(row.helo), Text(row.sender), Text(", ".join(row.recipients)),
                Text(row.verdict, style=f"bold {style}"), Text(row.reason, style=style))

    def _rebuild(self) -> None:
        table = self.query_one("#log", DataTable)
        with self.app.batch_update():
            self._fill(table, TABLE_ROWS)
        table.move_cursor(row=table.row_count - 1, animate=False)
        self._update_status()

    def _update_counters(self) -> None:
        totals = self.model.totals()
        for name in SERIES:
            self.query_one(f"#count-{name}", Label).update(str(totals[name]))
            self.query_one(f"#spark-{name}", Sparkline).data = list(self.model.series[name])
        reasons = self.model.rejected_reasons.most_common(4)
        self.query_one("#reasons", Static).update(
            "\n".join(f"{count:>4} {reason.removeprefix('address_')[:15]}" for reason, count in reasons))

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
    @work(group="live-block")
    async def action_block(self) -> None:
        """Block the selected connection's client IP, address, domain or user: the form comes pre-filled."""
        from .blocklists import add_entry
        table = self.query_one("#log", DataTable)
        if table.row_count == 0:
            return
        row = self.model.rows.get(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        if row is None:
            return
        if row.sender and "@" in row.sender and not row.client_ip.startswith("→"):
            preset = {"list": "block", "kind": "email", "value": row.sender, "expires": "7d",
                      "comment": f"from the Live screen; client {row.client_ip}"}
        else:
            preset = {"list": "block", "kind": "ip", "value": row.client_ip, "expires": "7d",
                      "comment": "from the Live screen"}
        await add_entry(self, preset)

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
