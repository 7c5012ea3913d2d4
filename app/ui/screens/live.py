"""Live: the connection log streaming, counters and sparklines for the last hour, a detail pane."""

from __future__ import annotations

import datetime
from collections import deque

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Header, Input, Label, Sparkline, Static

from ...safe_text import visible
from ..accounts_backend import alert_target, limits_from_form, no_login_to_disable, relayed_through_trusted_network
from ..actions import UiAction, bindings_for, register
from ..log_model import BUCKETS, SERIES, LogModel, LogRow, authentication_lines
from ..messages import EventsArrived, PolicyChanged, ThemeChanged
from ..widgets.alerts import AlertsPanel, theme_color
from . import ScreenSpec
from .dashboard_screen import DashboardScreen
from .block_picker import BLOCK_EXPIRES, BlockPicker, block_offer, nothing_to_block, scope_words
from .explain import ExplainScreen, replay_of
from .modals import FormScreen
from ..widgets.plain import PlainTable
from ..workers import work
from ..widgets.key_bar import KeyBar

TABLE_ROWS = 400  # rows kept in the table; older ones stay in the model (filter, detail) but off screen
VERDICT_FILTERS = ("all", "rejected", "queued", "relayed", "delivery")
VERDICT_STYLE = {
    "rejected": "rejected",
    "tempfail": "tempfail",
    "deferred": "tempfail",
    "bounced": "rejected",
    "queued": "accepted",
    "delivered": "accepted",
    "relayed": "accepted",
    "relayed-weak": "weak",
    "open": "info",
}
UNKNOWN_COUNTED = ("recipient_unknown",)  # the "unknown rcpt" counter: one per refused recipient
UNKNOWN_SHOWN = ("recipient_unknown", "harvest_cutoff")  # log rows in the counter's colour
LIMIT_FIELDS = [
    ("per_minute", "Messages per minute", "default"),
    ("per_hour", "Messages per hour", "default"),
    ("per_day", "Messages per day", "default"),
]
LIMIT_PRESET = {"per_minute": "2", "per_hour": "10", "per_day": "50"}  # an office worker's day, not a flood's
ALERTS_INTERVAL = 5.0  # the panel also rereads the store (acks from the CLI, another process's alerts)

register(
    UiAction("b", "block", "Block", "live"),
    UiAction("e", "explain", "Explain", "live"),
    UiAction("p", "toggle_pause", "Pause", "live"),
    UiAction("slash", "filter", "Filter", "live"),
    UiAction("v", "cycle_verdict", "Verdict filter", "live", short="Verdicts"),
    UiAction("escape", "clear_filter", "Clear filter", "live", show=False),
    UiAction("k", "ack_alert", "Ack alert", "live", short="Ack"),
    UiAction("H", "hold_alert_sender", "Hold/release alert sender", "live", short="Hold"),
    UiAction("D", "disable_alert_account", "Disable alert account", "live", short="Disable"),
    UiAction("L", "limit_alert_sender", "Limit the alert sender's outbound mail", "live", show=False),
    UiAction("B", "block_alert_sender", "Block the alert sender for outbound", "live", show=False),
    UiAction("S", "learn('spam')", "Learn as spam", "live", show=False),
    UiAction("N", "learn('ham')", "Learn as ham", "live", show=False),
)


NARROW = 100  # columns: below, the reasons box is hidden (mailmoat.tcss, Screen.-narrow) and the status line says them
COLUMN_LABELS = {
    "time": "time",
    "node": "node",
    "client": "client",
    "helo": "HELO",
    "sender": "sender",
    "rcpt": "recipients",
    "verdict": "verdict",
    "reason": "reason",
}
# (key, narrowest, preferred) in the order shown when the width allows them all
FLEXIBLE = (("helo", 10, 16), ("sender", 16, 28), ("rcpt", 16, 28))
FIXED = {"time": 8, "client": 15, "verdict": 12}
REASON = (16, 40, 90)  # narrowest, first share of the spare width, widest
NODE = 10  # the node column's width, shown once sessions of two nodes have arrived


def log_columns(width: int, node: bool = False) -> list[tuple[str, int]]:
    """The log's columns and their widths for a table `width` cells wide; with `node`, the gateway node that saw
    each session comes after the time, the other columns sharing what is left, as long as the verdict and the
    reason stay on screen; where they would not, the node comes right after the reason (the detail pane says it)."""
    if not node:
        return _session_columns(width)
    time_column, *rest = _session_columns(width - NODE - 2)
    beside_time = [time_column, ("node", NODE), *rest]
    if reason_ends_at(beside_time) <= width:
        return beside_time
    columns = _session_columns(width)
    after_reason = [key for key, _ in columns].index("reason") + 1
    return [*columns[:after_reason], ("node", NODE), *columns[after_reason:]]


def reason_ends_at(columns: list[tuple[str, int]]) -> int:
    """The cell where the reason column ends (each column has a cell's padding either side)."""
    keys = [key for key, _ in columns]
    return sum(width + 2 for _, width in columns[: keys.index("reason")]) + dict(columns)["reason"]


def _session_columns(width: int) -> list[tuple[str, int]]:
    """The log's columns and their widths for a table `width` cells wide. The reason takes the spare width
    first; where even the narrowest widths do not fit, the verdict and the reason come right after the
    sender, and the recipients and HELO go to the right, off screen (the detail pane shows them)."""
    budget = width - 2 * (len(COLUMN_LABELS) - 1) - 1  # a cell's padding (the node column's aside), the scrollbar
    flexible = {key: narrow for key, narrow, _ in FLEXIBLE}
    fixed_total = sum(FIXED.values())
    if fixed_total + sum(flexible.values()) + REASON[0] > budget:
        reason = max(REASON[0], budget - (FIXED["time"] + FIXED["client"] + flexible["sender"] + 10))
        return [
            ("time", 8),
            ("client", 15),
            ("sender", flexible["sender"]),
            ("verdict", 10),
            ("reason", reason),
            ("rcpt", flexible["rcpt"]),
            ("helo", flexible["helo"]),
        ]
    spare = budget - fixed_total - sum(flexible.values()) - REASON[0]
    reason = REASON[0] + min(spare, REASON[1] - REASON[0])
    spare -= reason - REASON[0]
    for key, narrow, preferred in FLEXIBLE:
        grow = min(spare, preferred - narrow)
        flexible[key] += grow
        spare -= grow
    reason += min(spare, REASON[2] - reason)
    return [
        ("time", 8),
        ("client", 15),
        ("helo", flexible["helo"]),
        ("sender", flexible["sender"]),
        ("rcpt", flexible["rcpt"]),
        ("verdict", 12),
        ("reason", reason),
    ]


class MinuteCounter:
    """Events a minute over the last hour, for a counter and its sparkline."""

    def __init__(self, clock) -> None:
        self.clock = clock
        self.series: deque[int] = deque([0] * BUCKETS, maxlen=BUCKETS)
        self._minute = int(clock() // 60)

    def add(self, ts: float) -> None:
        self._advance()
        age = self._minute - int(ts // 60)
        if 0 <= age < BUCKETS:
            self.series[BUCKETS - 1 - age] += 1

    def _advance(self) -> None:
        minute = int(self.clock() // 60)
        if minute > self._minute:
            self.series.extend([0] * min(BUCKETS, minute - self._minute))
            self._minute = minute

    def total(self) -> int:
        self._advance()
        return sum(self.series)


class LiveScreen(DashboardScreen):
    BINDINGS = bindings_for("live")

    def __init__(self) -> None:
        super().__init__()
        self.model = LogModel(clock=self.app.clock)
        self.unknown = MinuteCounter(self.app.clock)
        self.paused = False
        self.held_back: list[dict] = []
        self.text_filter = ""
        self.verdict_filter = "all"
        self.follow = True  # keep the newest row in view until the operator moves up
        self._reasons_line = ""
        self._layout = log_columns(118)  # the log's columns; on_mount and on_resize fit them to the width

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="counters"):
            for name in SERIES:
                with Vertical(classes=f"counter {name}") as box:
                    box.border_title = name
                    yield Label(name, classes="counter-name", markup=False)  # shown where the border is not
                    yield Label("0", id=f"count-{name}", classes="counter-label", markup=False)
                    yield Sparkline([0] * 60, id=f"spark-{name}", summary_function=max)
            reasons = Static("", id="reasons", markup=False)
            reasons.border_title = "rejected, why"
            yield reasons
        yield AlertsPanel(id="alerts-panel")
        yield Input(placeholder="filter: text in client, HELO, sender, recipient, verdict, reason", id="filter")
        with Vertical(id="live-body"):
            yield PlainTable(id="log", cursor_type="row", zebra_stripes=True)
            yield Static("Select a connection to see its conversation.", id="detail", markup=False)
        yield Label("", id="live-status", markup=False)
        yield KeyBar()

    def _columns_for(self, width: int) -> list[tuple[str, int]]:
        return log_columns(max(width - 2, 40), node=len(self.model.nodes) > 1)

    def on_mount(self) -> None:
        self._layout = self._columns_for(self.app.size.width)
        table = self._log_with_columns()
        self.query_one("#filter", Input).display = False
        table.focus()
        self._update_status()
        self._update_counters()
        self.refresh_alerts()
        self.set_interval(ALERTS_INTERVAL, self._tick_alerts)

    def on_resize(self, event) -> None:
        self._update_status()  # narrow or not: the rejected reasons move between their box and the status line
        self._relayout(event.size.width)

    def _relayout(self, width: int) -> bool:
        """The columns fitted to `width` (and to the nodes seen); True if they changed and the table was rebuilt."""
        layout = self._columns_for(width)
        if layout == self._layout:
            return False
        self._layout = layout
        self.query_one("#log", DataTable).clear(columns=True)
        self._log_with_columns()
        self._rebuild()
        return True

    def _log_with_columns(self) -> DataTable:
        return self.table_with_columns("#log", ((COLUMN_LABELS[key], key, width) for key, width in self._layout))

    # --- data ---------------------------------------------------------------------------------
    def on_events_arrived(self, message: EventsArrived) -> None:
        if any(e.get("kind") == "alert" for e in message.events):
            self.refresh_alerts()  # shown at once, paused or not
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
        for event in events:
            if event.get("reason") in UNKNOWN_COUNTED and event.get("verdict") in ("reject", "disconnect"):
                self.unknown.add(event["ts"])
        # alerts have no session: the panel shows them (in the log they would all fold into one row)
        nodes = len(self.model.nodes)
        changed, evicted = self.model.apply([e for e in events if e.get("kind") != "alert"])
        if nodes < 2 <= len(self.model.nodes) and self._relayout(self.app.size.width):
            self._update_counters()
            return  # a second node: the table was rebuilt with its node column, these rows included
        table = self.query_one("#log", DataTable)
        rows = [self.model.rows[key] for key in changed]
        new = [row for row in rows if row.key not in table.rows and self._visible(row)]
        stale = any(key in table.rows for key in evicted) or any(
            row.key in table.rows and not self._visible(row) for row in rows
        )
        with self.app.batch_update():
            if stale or table.row_count + len(new) > TABLE_ROWS:
                self._fill(table, TABLE_ROWS * 3 // 4)
            else:
                for row in rows:
                    if row.key in table.rows:
                        for (column, _), value in zip(self._layout, self._cells(row)):
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
        if row.verdict == "rejected" and any(
            e["reason"] in UNKNOWN_SHOWN and e["reply"] == row.reason for e in row.events
        ):
            style = theme_color(self.app, "accent")  # the unknown-recipient counter's colour
        when = datetime.datetime.fromtimestamp(row.ts).strftime("%H:%M:%S")
        # Text, never str: a str cell is parsed as markup, and senders and HELO names are attacker-chosen
        cells = {
            "time": Text(when),
            "node": Text(visible(row.node), no_wrap=True, overflow="ellipsis"),
            "client": Text(row.client_ip),
            "helo": Text(row.helo),
            "sender": Text(row.sender),
            "rcpt": Text(", ".join(row.recipients) or self._refused(row)),
            "verdict": Text(row.verdict, style=f"bold {style}"),
            "reason": Text(row.reason, style=style),
        }
        return tuple(cells[key] for key, _ in self._layout)

    @staticmethod
    def _refused(row: LogRow) -> str:
        """A rejected row's recipients are the ones it asked for: shown marked, so that the row says who."""
        refused = dict.fromkeys(e["recipient"] for e in row.events if e.get("kind") == "rcpt" and e.get("recipient"))
        return ", ".join(f"✗{r}" for r in refused)

    def _rebuild(self) -> None:
        table = self.query_one("#log", DataTable)
        with self.app.batch_update():
            self._fill(table, TABLE_ROWS)
        table.move_cursor(row=table.row_count - 1, animate=False)
        self._update_status()

    def on_theme_changed(self, message: ThemeChanged) -> None:
        """The rows shown, the counters and the alerts in the new theme's colours; the cursor stays."""
        table = self.query_one("#log", DataTable)
        with self.app.batch_update():
            for row_key in list(table.rows):
                row = self.model.rows.get(str(row_key.value))
                if row is not None:
                    for (column, _), value in zip(self._layout, self._cells(row)):
                        table.update_cell(row_key, column, value)
            self._update_counters()
        self.refresh_alerts()

    def _update_counters(self) -> None:
        totals = self.model.totals()
        for name in SERIES:
            self.query_one(f"#count-{name}", Label).update(str(totals[name]))
            self.query_one(f"#spark-{name}", Sparkline).data = list(self.model.series[name])
        # unknown recipients first, in a colour of their own: a dictionary attack shows at a glance
        lines = Text(f"{self.unknown.total():>4} unknown rcpt", style=f"bold {theme_color(self.app, 'accent')}")
        reasons = [
            (reason, count)
            for reason, count in self.model.rejected_reasons.most_common(5)
            if reason not in UNKNOWN_COUNTED
        ][:4]
        for reason, count in reasons:
            lines.append(f"\n{count:>4} {reason.removeprefix('address_')[:15]}")
        self.query_one("#reasons", Static).update(lines)
        # a narrow screen has no room for the box: the status line says the same
        self._reasons_line = ", ".join(
            [f"{self.unknown.total()} unknown rcpt"]
            + [f"{count} {reason.removeprefix('address_')}" for reason, count in reasons]
        )
        self._update_status()

    def _update_status(self) -> None:
        parts = ["PAUSED" if self.paused else "live", f"verdict: {self.verdict_filter}"]
        if self.text_filter:
            parts.append(f"filter: {self.text_filter!r}")
        if self.paused and self.held_back:
            parts.append(f"{len(self.held_back)} events waiting")
        if self.app.size.width < NARROW and self._reasons_line:
            parts.append(f"rejected: {self._reasons_line}")
        self.query_one("#live-status", Label).update("  |  ".join(parts))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id != "log":
            return
        self.follow = event.cursor_row >= event.data_table.row_count - 1
        row = self.model.row(event.row_key.value) if event.row_key else None
        if row is None:
            return
        lines = [
            f"{row.client_ip}  HELO {row.helo or '-'}"
            + (f"  node {visible(row.node)}" if len(self.model.nodes) > 1 else ""),
            f"sender <{row.sender}>",
            *authentication_lines(row.events),
            "",
        ]
        for e in row.events:
            if e.get("check_name") == "authentication":
                continue  # shown above
            when = datetime.datetime.fromtimestamp(e["ts"]).strftime("%H:%M:%S")
            lines.append(f"{when} {e['kind']:<10} {e['verdict']:<10} {e['reply']}")
            if e["rule"]:
                lines.append(f"{'':20}rule: {e['rule']}")
        self.query_one("#detail", Static).update("\n".join(lines))

    # --- alerts -------------------------------------------------------------------------------
    def _tick_alerts(self) -> None:
        if self.is_current:
            self.refresh_alerts()

    def on_screen_resume(self) -> None:
        self.refresh_alerts()

    def on_policy_changed(self, message: PolicyChanged) -> None:
        self.refresh_alerts()  # held senders changed, or (attached) another process wrote

    @work(exclusive=True, group="live-alerts")
    async def refresh_alerts(self) -> None:
        alerts, held = await self.app.backend.open_alerts()
        self.query_one(AlertsPanel).post_message(AlertsPanel.Loaded(alerts, held))

    def on_alerts_panel_shown(self, message: AlertsPanel.Shown) -> None:
        if self.follow:  # the panel grew or shrank: the newest connection stays in view (the cursor stays put)
            self.query_one("#log", DataTable).scroll_end(animate=False)

    def on_alerts_panel_selected(self, message: AlertsPanel.Selected) -> None:
        a = message.alert
        when = datetime.datetime.fromtimestamp(a.created).strftime("%Y-%m-%d %H:%M:%S")
        lines = [f"alert #{a.id} {a.severity.upper()} {a.kind} about {a.subject}, raised {when}", "", a.summary]
        if a.details and a.details != "{}":
            lines += ["", f"details: {a.details}"]
        kind, who = alert_target(a.subject)
        lines += [
            "",
            "k acknowledges it"
            + (
                f", H holds or releases the mail of {who}, L limits its outbound mail, B blocks it for outbound"
                if kind in ("sender", "account")
                else ""
            )
            + (", D disables the account" if kind == "account" else ""),
        ]
        if relayed_through_trusted_network(a.subject):
            lines.append(no_login_to_disable(who))
        self.query_one("#detail", Static).update("\n".join(lines))

    def _alert(self):
        alert = self.query_one(AlertsPanel).selected
        if alert is None:
            self.notify("No open alert", severity="warning")
        return alert

    @work(group="live-alert-edit")
    async def action_ack_alert(self) -> None:
        alert = self._alert()
        if alert is None:
            return
        done = await self.app.backend.ack_alert(alert.id)
        if done.endswith("still held"):
            done += " (H releases it)"
        self.notify(done)
        self.refresh_alerts()

    @work(group="live-alert-edit")
    async def action_hold_alert_sender(self) -> None:
        alert = self._alert()
        if alert is None:
            return
        kind, who = alert_target(alert.subject)
        if kind not in ("sender", "account") or not who:
            self.notify(
                f"alert {alert.id} is about {alert.subject}, not a sender: block it with b on its "
                "connection, or mailmoat block add",
                severity="warning",
            )
            return
        if who in self.query_one(AlertsPanel).held:
            if not await self.confirm(
                f"Release the mail of <{who}>? Its held messages are delivered and new mail flows again."
            ):
                return
            released = await self.app.backend.release_sender(who)
            self.notify(f"mail from <{who}> flows again ({released} message(s) released)")
        else:
            if not await self.confirm(
                f"Hold all mail from <{who}>? What is queued and what arrives waits for you (H again releases it)."
            ):
                return
            held = await self.app.backend.hold_sender(who, f"alert #{alert.id}: {alert.kind} (dashboard)")
            self.notify(f"mail from <{who}> is held ({held} queued message(s) now held)")
        self.refresh_alerts()

    @work(group="live-alert-edit")
    async def action_disable_alert_account(self) -> None:
        alert = self._alert()
        if alert is None:
            return
        kind, who = alert_target(alert.subject)
        question = f"Disable the account {who}? It can no longer log in to send mail."
        if relayed_through_trusted_network(alert.subject):
            if not await self.app.backend.has_account(who):  # nothing to disable: say what does stop it
                self.notify(no_login_to_disable(who), severity="warning", timeout=12)
                return
            question = (
                f"{question}\nThis alert counted its mail relayed by a trusted network without a login, "
                "which disabling does not stop: H holds it, L limits it, B blocks it for outbound."
            )
        elif kind != "account" or not who:
            self.notify(f"alert {alert.id} is about {alert.subject}, not an account", severity="warning")
            return
        if not await self.confirm(question):
            return
        self.notify(await self.app.backend.disable_account(who))
        self.refresh_alerts()

    def _alert_sender(self, what: str):
        """The selected alert and its sender or account, or (None, "") after saying why there is none."""
        alert = self._alert()
        if alert is None:
            return None, ""
        kind, who = alert_target(alert.subject)
        if kind not in ("sender", "account") or not who:
            self.notify(
                f"alert {alert.id} is about {alert.subject}, not a sender: nothing to {what}; block it "
                "with b on its connection, or mailmoat block add",
                severity="warning",
            )
            return None, ""
        return alert, who

    @work(group="live-alert-edit")
    async def action_limit_alert_sender(self) -> None:
        alert, who = self._alert_sender("limit")
        if alert is None:
            return

        async def check(values: dict) -> str | None:
            try:
                limits_from_form(values)
            except ValueError as exc:
                return str(exc)
            return None

        values = await self.app.push_screen_wait(
            FormScreen(
                f"Outbound limit for <{who}>: over it, its new mail is deferred (451) at MAIL FROM, whatever path it "
                "takes (empty: the default; 0: no limit)",
                LIMIT_FIELDS,
                preset=LIMIT_PRESET,
                check=check,
            )
        )
        if values is None:
            return
        self.notify(await self.app.backend.limit_sender(alert.subject, *limits_from_form(values)))
        self.refresh_alerts()

    @work(group="live-alert-edit")
    async def action_block_alert_sender(self) -> None:
        alert, who = self._alert_sender("block")
        if alert is None:
            return
        if not await self.confirm(
            f"Block <{who}> for outbound? Its mail is refused (550) from every client, the trusted Exchange "
            "server included (Blocklists, or ctrl+z, removes it)."
        ):
            return
        self.notify(await self.app.backend.block_outbound_sender(who, f"alert #{alert.id}: {alert.kind} (dashboard)"))
        self.refresh_alerts()

    # --- actions ------------------------------------------------------------------------------
    def _selected_connection(self) -> LogRow | None:
        row = self.model.row(self.selected_key(self.query_one("#log", DataTable)))
        return self.said_if_missing(row, "No connection selected")

    @work(group="live-block")
    async def action_block(self) -> None:
        """Block what the selected row holds: b, then one key for the kind (and r for the scope), then the
        preview of the last day, and y saves."""
        from .blocklists import add_entry, preview_and_save

        row = self._selected_connection()
        if row is None:
            return
        offer = block_offer(row)
        if not offer.values:
            self.notify(nothing_to_block(row), severity="warning", timeout=8)
            return
        choice = await self.app.push_screen_wait(BlockPicker(offer))
        if choice is None:
            return
        comment = f"from the Live screen; client {row.client_ip}, sender <{row.sender}>"
        if choice.kind == "form":
            kind = "email" if "email" in offer.values else "ip"
            await add_entry(
                self,
                {
                    "list": "block",
                    "kind": kind,
                    "value": offer.values[kind],
                    "scope": choice.scope,
                    "expires": BLOCK_EXPIRES,
                    "comment": comment,
                },
            )
            return
        await preview_and_save(
            self,
            "block",
            {
                "kind": choice.kind,
                "value": choice.value,
                "scope": choice.scope,
                "action": "reject",
                "expires": BLOCK_EXPIRES,
                "comment": comment,
            },
            what=f"block {choice.kind} {choice.value} for {scope_words(choice.scope)}, {BLOCK_EXPIRES}",
        )

    @work(group="live-learn")
    async def action_learn(self, label: str) -> None:
        """Teach the statistical filter the selected session's message (stored, or its content sample)."""
        row = self._selected_connection()
        if row is None:
            return
        queue_ids = [e["queue_id"] for e in row.events if e.get("queue_id")]
        session = next((e.get("session") for e in row.events if e.get("session")), "")
        await self.notify_outcome(self.app.backend.learn_session(session or "", queue_ids, label))

    def action_explain(self) -> None:
        """The selected session run again through the server's checks with today's policy, next to what the
        client got then."""
        key = self.said_if_missing(self.selected_key(self.query_one("#log", DataTable)), "No connection selected")
        if key is None:
            return
        row = self.model.row(key)
        replay = replay_of(row) if row is not None else None
        if replay is None:
            self.notify("A delivery has no SMTP session to explain: pick a connection", severity="warning")
            return
        self.app.push_screen(ExplainScreen(replay))

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


SPEC = ScreenSpec(
    "live",
    "1",
    "Live",
    "The connection log as it happens: who connected, what they sent, what "
    "Mailmoat decided and why. Counters and sparklines cover the last hour.",
    LiveScreen,
    order=10,
)
