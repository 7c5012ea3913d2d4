"""The alerts panel: open alerts, newest first, coloured by severity. It never reads the database: the screen
sends it `AlertsPanel.Loaded` and it tells the screen which alert is selected with `AlertsPanel.Selected`."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Label

from .plain import PlainTable

if TYPE_CHECKING:
    from textual import getters

    from ..app import MailmoatApp

_THEME_COLORS: dict[tuple[str, str], str] = {}
_FALLBACK = {"error": "#E06464", "warning": "#E0C04F", "accent": "#E0A84F", "foreground": ""}


def theme_color(app, name: str) -> str:
    """A colour variable of the app's current theme ("error", "warning", "accent" ...), looked up once a theme."""
    key = (str(app.theme), name)
    if key not in _THEME_COLORS:
        _THEME_COLORS[key] = app.get_css_variables().get(name, _FALLBACK.get(name, ""))
    return _THEME_COLORS[key]


def severity_style(app, severity: str) -> str:
    """Critical in the theme's error colour, warnings in its warning colour."""
    if severity == "critical":
        return f"bold {theme_color(app, 'error')}"
    if severity == "warning":
        return theme_color(app, "warning")
    return ""


def _when(ts: float, now: float) -> str:
    moment = datetime.datetime.fromtimestamp(ts)
    return moment.strftime("%H:%M:%S") if now - ts < 86400 else moment.strftime("%m-%d %H:%M")


def _repeats(alert, now: float) -> str:
    """ "3x, last 14:02:11: " for an alert raised again while open, else nothing."""
    times = getattr(alert, "times", 1)
    return f"{times}x, last {_when(alert.latest, now)}: " if times > 1 else ""


class AlertsPanel(Vertical):
    """Open alerts (store.alerts.AlertRow), newest first; the cursor row is the alert the keys act on."""

    if TYPE_CHECKING:  # Textual types self.app as App[object]; this one is always the MailmoatApp
        app = getters.app(MailmoatApp)

    class Loaded(Message):
        """Sent to the panel: the open alerts and the senders whose mail is held (sender -> reason)."""

        bubble = False

        def __init__(self, alerts: list, held: dict[str, str]) -> None:
            super().__init__()
            self.alerts = alerts
            self.held = held

    class Selected(Message):
        """Sent by the panel when the operator moves to an alert."""

        def __init__(self, alert) -> None:
            super().__init__()
            self.alert = alert

    class Shown(Message):
        """Sent by the panel after a change in the number of alerts is laid out (its height may have changed)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.alerts: list = []
        self.held: dict[str, str] = {}
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Label("Alerts: none open", id="alerts-title", markup=False)
        yield PlainTable(id="alerts", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one("#alerts", DataTable)
        for label, key, width in (
            ("raised", "raised", 11),
            ("severity", "severity", 8),
            ("alert", "kind", 22),
            ("about", "subject", 30),
            ("", "held", 4),
            ("summary", "summary", 200),
        ):
            table.add_column(label, key=key, width=width)
        self._show()

    @property
    def selected(self):
        """The alert under the cursor (the newest unless the operator moved), or None."""
        table = self.query_one("#alerts", DataTable)
        if not self.alerts or table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((a for a in self.alerts if str(a.id) == key), None)

    def on_alerts_panel_loaded(self, message: Loaded) -> None:
        rows_before = len(self.alerts) if self.loaded else -1
        self.alerts, self.held, self.loaded = list(message.alerts), dict(message.held), True
        self._show()
        if len(self.alerts) != rows_before:  # the panel's height may have changed
            self.call_after_refresh(self.post_message, self.Shown())

    def _show(self) -> None:
        table = self.query_one("#alerts", DataTable)
        selected = self.selected if table.row_count else None
        now = self.app.clock()
        with self.app.batch_update():
            table.clear()
            for a in self.alerts:
                style = severity_style(self.app, a.severity)
                who = a.subject.partition(":")[2]
                held = "HELD" if who and who in self.held else ""
                # Text, never str: subjects and summaries carry attacker-chosen addresses
                table.add_row(
                    _when(a.created, now),
                    Text(a.severity, style=style),
                    Text(a.kind, style=style),
                    Text(a.subject),
                    Text(held, style=severity_style(self.app, "warning")),
                    Text(_repeats(a, now) + a.summary),
                    key=str(a.id),
                )
            keys = [str(a.id) for a in self.alerts]
            if selected is not None and str(selected.id) in keys:
                table.move_cursor(row=keys.index(str(selected.id)), animate=False)
            critical = sum(1 for a in self.alerts if a.severity == "critical")
            title = self.query_one("#alerts-title", Label)
            if self.alerts:
                title.update(
                    Text.assemble(
                        (f"Alerts: {len(self.alerts)} open", "bold"),
                        (f" ({critical} critical)" if critical else "", severity_style(self.app, "critical")),
                        "  k acknowledge, H hold/release the sender's mail, D disable the account",
                    )
                )
            else:
                title.update("Alerts: none open")
            self.set_class(not self.alerts, "-empty")
            table.display = bool(self.alerts)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()  # the screen's own tables are not told about ours
        alert = self.selected
        if alert is not None and self.query_one("#alerts", DataTable).has_focus:
            self.post_message(self.Selected(alert))
