"""Queue: waiting mail grouped by sender, so one account sending a steady trickle stands out."""

from __future__ import annotations

import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import DataTable, Header, Label

from ..actions import UiAction, bindings_for, register
from ..messages import EventsArrived
from . import ScreenSpec
from .dashboard_screen import TableScreen
from .modals import TextScreen
from .scope_picker import ScopeChoice, ScopePicker, messages
from ...store.queue import QueueScope
from ..widgets.message_view import envelope_lines, render_message
from ..widgets.plain import PlainTable
from ..workers import work
from ..widgets.key_bar import KeyBar

# A sender is suspicious when it sends steadily to many domains: the hijacked-account pattern.
TRICKLE_PER_HOUR = 20
TRICKLE_DOMAINS = 5
SENDER_COLUMNS = (
    ("sender", "sender", 34),
    ("waiting", "waiting", 8),
    ("10 min", "m10", 7),
    ("1 hour", "h1", 7),
    ("24 h", "d1", 7),
    ("domains", "domains", 8),
    ("top destination domains", "top", 40),
)
MESSAGE_COLUMNS = (
    ("id", "id", 14),
    ("arrived", "arrived", 8),
    ("sender", "sender", 30),
    ("recipient", "rcpt", 30),
    ("state", "state", 9),
    ("tries", "tries", 5),
    ("last error", "error", 50),
)

register(
    UiAction("h", "hold", "Hold", "queue"),
    UiAction("u", "release", "Release", "queue"),
    UiAction("d", "delete", "Delete", "queue"),
    UiAction("H", "bulk('hold')", "Hold all…", "queue", short="hold…"),
    UiAction("U", "bulk('release')", "Release all…", "queue", short="release…"),
    UiAction("D", "bulk('delete')", "Delete all…", "queue", short="delete…"),
    UiAction("f", "flush", "Flush", "queue"),
    UiAction("enter", "view", "View message", "queue", short="view"),
    UiAction("r", "refresh", "Refresh", "queue", show=False),
    UiAction("S", "learn('spam')", "Learn as spam", "queue", show=False),
    UiAction("N", "learn('ham')", "Learn as ham", "queue", show=False),
)


class QueueScreen(TableScreen):
    BINDINGS = bindings_for("queue")
    REREAD_ON_POLICY = False

    def __init__(self) -> None:
        super().__init__()
        self.selected_sender: str | None = None
        self._messages: list[dict] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="queue-body"):
            yield Label(
                "Senders: messages waiting, and queued in the last 10 minutes / hour / day",
                classes="title",
                markup=False,
            )
            yield PlainTable(id="senders", cursor_type="row", zebra_stripes=True)
            yield Label(
                "Messages in the queue (all senders, or the sender selected above)",
                classes="title",
                id="messages-title",
                markup=False,
            )
            yield PlainTable(id="messages", cursor_type="row", zebra_stripes=True)
        yield Label("", id="queue-status", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.table_with_columns("#senders", SENDER_COLUMNS)
        self.table_with_columns("#messages", MESSAGE_COLUMNS)
        self.refresh_data()
        self.set_interval(3.0, self.refresh_data)

    def on_events_arrived(self, message: EventsArrived) -> None:
        pass  # the queue is re-read on a timer; a flood of events must not turn into a flood of queries

    @work(exclusive=True, group="queue-refresh")
    async def refresh_data(self) -> None:
        backend = self.app.backend
        summaries = await backend.sender_summaries()
        self._messages = await backend.queue_rows()
        self._show(summaries)

    def _show(self, summaries) -> None:
        # the backend's order, and senders of equal counts by address: among those, its order is a set's
        summaries = sorted(summaries, key=lambda s: (-s.last_hour, -s.queued_now, -s.last_day, s.sender or ""))
        senders = self.query_one("#senders", DataTable)
        keep = senders.cursor_row
        with self.app.batch_update():
            senders.clear()
            for s in summaries:
                suspicious = s.last_hour >= TRICKLE_PER_HOUR and s.domains >= TRICKLE_DOMAINS
                style = self.app.verdict_color("weak") if suspicious else ""
                senders.add_row(
                    Text(s.sender or "<>", style=f"bold {style}" if style else ""),
                    s.queued_now,
                    s.last_10m,
                    Text(str(s.last_hour), style=style),
                    s.last_day,
                    s.domains,
                    Text(s.top_domains),
                    key=s.sender or "<>",
                )
            # the same sender, wherever the new counts have sorted it; else the same place
            self.keep_cursor(senders, [s.sender or "<>" for s in summaries], self.selected_sender, keep)
            self._show_messages()
        self.query_one("#queue-status", Label).update(
            f"{len({m['id'] for m in self._messages})} messages waiting, {len(self._messages)} recipients; "
            f"senders over {TRICKLE_PER_HOUR}/hour to {TRICKLE_DOMAINS}+ domains are highlighted"
        )

    def _show_messages(self) -> None:
        table = self.query_one("#messages", DataTable)
        selected, keep = self._selected_message_key(), table.cursor_row
        table.clear()
        now = self.app.clock()
        keys = []
        for row in self._messages:
            if self.selected_sender is not None and (row["sender"] or "<>") != self.selected_sender:
                continue
            state = "held" if row["held"] else row["state"]
            color = self.app.verdict_color("tempfail" if state in ("deferred", "held") else "info")
            age = datetime.timedelta(seconds=int(now - row["created"]))
            # Text, never str: str cells are parsed as markup, and addresses and replies come from strangers
            table.add_row(
                row["id"],
                str(age),
                Text(row["sender"] or "<>"),
                Text(row["recipient"]),
                Text(state, style=color),
                row["attempts"],
                Text(row["last_error"]),
                key=f"{row['id']}|{row['recipient']}",
            )
            keys.append(f"{row['id']}|{row['recipient']}")
        self.keep_cursor(table, keys, selected, keep)  # the same recipient row across refreshes

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "senders" and event.row_key is not None:
            if event.cursor_row != event.data_table.cursor_row or event.row_key.value == self.selected_sender:
                return  # from the middle of a refresh, which put the cursor back on the sender it had
            self.selected_sender = event.row_key.value
            self.query_one("#messages", DataTable).move_cursor(row=0, animate=False)
            self.query_one("#messages-title", Label).update(f"Messages from {self.selected_sender}")
            self._show_messages()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "messages":
            self.action_view()
        elif event.data_table.id == "senders":
            self.query_one("#messages", DataTable).focus()

    def _selected_message_key(self) -> str | None:
        return self.selected_key(self.query_one("#messages", DataTable))

    def _selected_message(self) -> str | None:
        key = self._selected_message_key()
        return None if key is None else key.split("|", 1)[0]

    def _selected_row(self) -> dict | None:
        key = self._selected_message_key()
        return next((row for row in self._messages if f"{row['id']}|{row['recipient']}" == key), None)

    async def _act(self, verb: str, done: str) -> None:
        message_id = self.said_if_missing(self._selected_message(), "No message selected")
        if message_id is None:
            return
        backend = self.app.backend
        if verb == "delete":
            if not await self.confirm(f"Delete message {message_id}? It is gone for good."):
                return
            ok = await backend.delete(message_id)
        else:
            ok = await backend.hold(message_id, verb == "hold")
        self.notify(f"{message_id} {done}" if ok else f"{message_id} is no longer in the queue")
        self.refresh_data()

    @work(group="queue-action")
    async def action_learn(self, label: str) -> None:
        message_id = self.said_if_missing(self._selected_message(), "No message selected")
        if message_id is None:
            return
        await self.notify_outcome(self.app.backend.learn_stored(message_id, label))

    @work(group="queue-action")
    async def action_hold(self) -> None:
        await self._act("hold", "held")

    @work(group="queue-action")
    async def action_release(self) -> None:
        await self._act("release", "released")

    @work(group="queue-action")
    async def action_delete(self) -> None:
        await self._act("delete", "deleted")

    @work(group="queue-action")
    async def action_bulk(self, verb: str) -> None:
        """Hold, release or delete every queued message of the selected message's sender, its domain or its
        client: one key for the verb, one for the scope, then the confirmation with the count."""
        row = self.said_if_missing(self._selected_row(), "No message selected")
        if row is None:
            return
        backend = self.app.backend
        changes = {"hold": False, "release": True, "delete": None}[verb]  # which messages the verb changes
        scopes = [QueueScope("sender", row["sender"])]
        if "@" in row["sender"]:
            scopes.append(QueueScope("domain", row["sender"].rpartition("@")[2].lower()))
        if row["client_ip"]:
            scopes.append(QueueScope("client", row["client_ip"]))
        choices = [ScopeChoice(scope, await backend.count_scope(scope, changes)) for scope in scopes]
        scope = await self.app.push_screen_wait(ScopePicker(verb.capitalize(), choices))
        if scope is None:
            return
        count = await backend.count_scope(scope, changes)  # again: the queue moves while the operator reads
        if not count:
            self.notify(f"No queued messages {scope.describe()} to {verb}", severity="warning")
            return
        question = f"{verb.capitalize()} {messages(count)} {scope.describe()}?"
        if verb == "delete":
            question += "\nThey are gone for good."
        if not await self.confirm(question):
            return
        if verb == "delete":
            done = await backend.delete_scope(scope)
        else:
            done = await backend.hold_scope(scope, verb == "hold")
        past = {"hold": "held", "release": "released", "delete": "deleted"}[verb]
        self.notify(f"{messages(done)} {scope.describe()} {past}")
        self.refresh_data()

    @work(group="queue-action")
    async def action_flush(self) -> None:
        count = await self.app.backend.flush()
        self.notify(f"{count} recipient(s) due now")
        self.refresh_data()

    @work(group="queue-action")
    async def action_view(self) -> None:
        message_id = self._selected_message()
        if message_id is None:
            return
        found = await self.app.backend.queued_message(message_id)
        if found is None:
            self.notify("That message has left the queue", severity="warning")
            return
        message, decoded = found
        details = envelope_lines(
            message["id"],
            message["created"],
            message["size"],
            message["sender"],
            [r["recipient"] for r in message["recipients"]],
            message["client_ip"],
            message["helo"],
        )
        details.append(("Held:", "yes, until released" if message["held"] else "no"))
        details += [
            (
                "Delivery:" if i == 0 else "",
                f"<{r['recipient']}> {r['state']}, tries {r['attempts']}"
                + (f": {r['last_error']}" if r["last_error"] else ""),
            )
            for i, r in enumerate(message["recipients"])
        ]
        self.app.push_screen(
            TextScreen(f"Message {message_id} from <{message['sender'] or ''}>", render_message(decoded, details))
        )

    def action_refresh(self) -> None:
        self.refresh_data()


SPEC = ScreenSpec(
    "queue",
    "2",
    "Queue",
    "Mail waiting to be delivered, grouped by sender with counts over the last "
    "10 minutes, hour and day: a hijacked account sending a steady trickle to many domains stands "
    "out here. Hold, release, delete, flush, read a message decoded; H, U, D hold, release or delete "
    "everything from the selected message's sender, sender domain or client IP.",
    QueueScreen,
    order=20,
)
