"""Help: every binding, and what each screen is for."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Header, Label, Markdown

from ..actions import all_actions, typed
from . import ScreenSpec, discover
from ..widgets.plain import PlainTable
from ..widgets.key_bar import KeyBar


class HelpScreen(Screen):
    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="help-body"):
            yield Markdown(self._screens_text())
            yield Label("Keys", classes="title", markup=False)
            yield PlainTable(id="keys", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#keys", DataTable)
        for column in ("key", "where", "does"):
            table.add_column(column, key=column)
        for action in all_actions():
            table.add_row(
                typed(action.key), "everywhere" if action.scope == "app" else action.scope, action.description
            )

    @staticmethod
    def _screens_text() -> str:
        lines = [
            "# Mailmoat dashboard",
            "",
            "Press a screen's key to go there; `ctrl+p` opens the command palette.",
            "",
        ]
        for spec in discover():
            lines.append(f"- **{spec.title}** (`{typed(spec.key)}`): {spec.description}")
        return "\n".join(lines)


SPEC = ScreenSpec(
    "help", "question_mark", "Help", "This page: every key and what each screen is for.", HelpScreen, order=90
)
