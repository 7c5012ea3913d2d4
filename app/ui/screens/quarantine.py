"""Quarantine: mail held back by the content rules; read it decoded, release it, allow its sender, delete it."""

from __future__ import annotations

import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import DataTable, Header, Label, Static

from ..actions import UiAction, bindings_for, register
from ..messages import EventsArrived
from . import ScreenSpec
from .dashboard_screen import TableScreen
from ..widgets.message_view import envelope_lines, render_message
from ..widgets.plain import PlainTable
from ..workers import work
from ..widgets.key_bar import KeyBar

COLUMNS = (
    ("arrived", "arrived", 11),
    ("sender", "sender", 22),
    ("recipients", "rcpt", 18),
    ("subject", "subject", 26),
    ("score", "score", 5),
    ("rules", "rules", 16),
    ("expires", "expires", 7),
    ("id", "id", 14),
)

register(
    UiAction("r", "release", "Release", "quarantine"),
    UiAction("l,A", "allow", "Release + allow sender", "quarantine", short="allow"),
    UiAction("d", "delete", "Delete", "quarantine"),
    UiAction("S", "learn('spam')", "Learn as spam", "quarantine", short="spam"),
    UiAction("N", "learn('ham')", "Learn as ham", "quarantine", short="ham"),
)


class QuarantineScreen(TableScreen):
    BINDINGS = bindings_for("quarantine")
    REREAD_ON_POLICY = False

    def __init__(self) -> None:
        super().__init__()
        self.rows: list = []
        self.shown_id: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="quarantine-body"):
            yield Label("Quarantined mail: held until released, deleted or expired", classes="title", markup=False)
            yield PlainTable(id="quarantine", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="quarantine-view"):
                yield Static("Select a message to read it decoded.", id="quarantine-message", markup=False)
        yield Label("", id="quarantine-status", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.table_with_columns("#quarantine", COLUMNS).focus()
        self.refresh_data()

    def on_events_arrived(self, message: EventsArrived) -> None:
        if self.is_current and any(e.get("kind") == "quarantined" for e in message.events):
            self.refresh_data()

    @work(exclusive=True, group="quarantine-refresh")
    async def refresh_data(self) -> None:
        self.rows = await self.app.backend.quarantine_rows()
        self._show()

    def _show(self) -> None:
        table = self.query_one("#quarantine", DataTable)
        selected = self._selected_id()
        color = self.app.verdict_color("rejected")
        now = self.app.clock()
        with self.app.batch_update():
            table.clear()
            for m in self.rows:
                recipients = ", ".join(address for address, _route in m.recipients)
                table.add_row(
                    _when(m.created),
                    Text(m.sender or "<>"),
                    Text(recipients),
                    Text(m.subject),
                    Text(f"{m.score:g}", style=f"bold {color}"),
                    Text(m.rules),
                    _left(m.expires, now),
                    m.id,
                    key=m.id,
                )
            self.keep_cursor(table, [m.id for m in self.rows], selected)
        size = sum(m.size for m in self.rows)
        self.query_one("#quarantine-status", Label).update(
            f"{len(self.rows)} messages held ({size / 1024:.0f} KB) | r release (learns it as ham), l release and "
            "allow the sender, d delete, S/N learn as spam/ham"
        )
        if not self.rows:
            self.shown_id = None
            self.query_one("#quarantine-message", Static).update("The quarantine is empty.")
        else:
            self._show_selected()

    def _selected_id(self) -> str | None:
        return self.selected_key(self.query_one("#quarantine", DataTable))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        message_id = self._selected_id()
        if message_id is not None and message_id != self.shown_id:
            self.load_message(message_id)

    @work(exclusive=True, group="quarantine-view")
    async def load_message(self, message_id: str) -> None:
        found = await self.app.backend.quarantined_message(message_id)
        view = self.query_one("#quarantine-message", Static)
        if found is None:
            view.update(f"Message {message_id} is no longer in the quarantine.")
            return
        self.shown_id = message_id
        meta, decoded = found
        view.update(render_message(decoded, quarantine_details(meta)))

    def _current(self):
        """The selected message; the operator is told when there is none."""
        message_id = self._selected_id()
        return self.said_if_missing(next((m for m in self.rows if m.id == message_id), None))

    @work(group="quarantine-edit")
    async def action_release(self) -> None:
        await self._release(False)

    @work(group="quarantine-edit")
    async def action_allow(self) -> None:
        await self._release(True)

    async def _release(self, allow: bool) -> None:
        m = self._current()
        if m is None:
            return
        question = (
            f"Release {m.id} to its recipients and allow <{m.sender}> for the whole gateway?"
            if allow
            else f"Release {m.id} from <{m.sender or ''}> to its recipients?"
        )
        if not await self.confirm(question):
            return
        await self.notify_outcome(self.app.backend.release(m.id, allow))
        self.refresh_data()

    @work(group="quarantine-edit")
    async def action_learn(self, label: str) -> None:
        m = self._current()
        if m is None:
            return
        await self.notify_outcome(self.app.backend.learn_stored(m.id, label))

    @work(group="quarantine-edit")
    async def action_delete(self) -> None:
        m = self._current()
        if m is None:
            return
        if not await self.confirm(f"Delete {m.id} from <{m.sender}> for good?"):
            return
        removed = await self.app.backend.delete_quarantined(m.id)
        self.notify(f"message {m.id} deleted" if removed else f"message {m.id} was already gone")
        self.refresh_data()


def quarantine_details(meta) -> list[tuple[str, str]]:
    return [
        *envelope_lines(
            meta.id, meta.created, meta.size, meta.sender, [a for a, _ in meta.recipients], meta.client_ip, meta.helo
        ),
        ("Verdict:", f"score {meta.score:g}: {meta.rules}"),
    ]


def _when(ts: float | None) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%m-%d %H:%M") if ts else ""


def _left(expires: float, now: float) -> str:
    """Time left before the message expires: "29d", "5h", "40m"."""
    left = max(0.0, expires - now)
    if left >= 86400:
        return f"{left // 86400:.0f}d"
    return f"{left // 3600:.0f}h" if left >= 3600 else f"{left // 60:.0f}m"


SPEC = ScreenSpec(
    "quarantine",
    "6",
    "Quarantine",
    "Mail the content rules held back, with its score and the rules "
    "that hit. Read the selected message decoded (headers, text, attachment names); release it to its "
    "recipients, release it and allow its sender, or delete it.",
    QuarantineScreen,
    order=45,
)
