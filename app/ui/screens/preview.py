"""Before a change is saved: what it would have done to the stored history, flip by flip, then yes or no."""

from __future__ import annotations

import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DataTable, Label

from .dashboard_screen import DashboardModal
from ...pipeline.replay import Preview
from ..widgets.plain import PlainTable

SHOWN = 200


class PreviewScreen(DashboardModal[bool]):
    BINDINGS = [Binding("y", "answer(True)", "Save"), Binding("n,escape", "answer(False)", "Cancel")]

    def __init__(self, question: str, preview: Preview) -> None:
        super().__init__()
        self.question = question
        self.preview = preview

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog preview-dialog"):
            yield Label(self.question, classes="question", markup=False)
            yield PlainTable(id="flips", cursor_type="row", zebra_stripes=True)
            with Horizontal(classes="buttons"):
                yield Button("Save (y)", id="yes", variant="error")
                yield Button("Cancel (n)", id="no")

    def on_mount(self) -> None:
        table = self.query_one("#flips", DataTable)
        for label in ("when", "client", "sender", "recipient", "was", "now", "rule"):
            table.add_column(label, key=label)
        refused, accepted = self.app.verdict_color("rejected"), self.app.verdict_color("accepted")
        flips = [(f, refused, "refused") for f in self.preview.to_refused] + [
            (f, accepted, "accepted") for f in self.preview.to_accepted
        ]
        for flip, color, word in flips[:SHOWN]:
            sender = Text(
                flip.sender + (" (correspondent)" if flip.correspondent else ""),
                style=f"bold {self.app.verdict_color('weak')}" if flip.correspondent else "",
            )
            table.add_row(
                datetime.datetime.fromtimestamp(flip.ts).strftime("%m-%d %H:%M"),
                flip.client_ip,
                sender,
                Text(flip.recipient or "(at MAIL)"),
                flip.before.reason,
                Text(word, style=f"bold {color}"),
                Text(flip.after.rule),
            )
        table.display = bool(flips)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
