"""The policy lint panel: what `mailmoat lint` finds (entries that never act, allow entries shadowing blocks,
content rules hitting legitimate mail, open-relay settings), the worst first, with what to do. It never reads
the database: its screen runs the lint in a worker and sends it `LintPanel.Loaded`."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Label, Static

from .alerts import severity_style
from .plain import PlainTable

SEVERITIES = ("critical", "warning", "info")


class LintPanel(Vertical):
    """Findings (monitor.lint.LintFinding) in a table; the highlighted one's explanation and fix below."""

    class Loaded(Message):
        """Sent to the panel: the findings, or the error that stopped the lint."""

        bubble = False

        def __init__(self, findings: list, error: str = "") -> None:
            super().__init__()
            self.findings = findings
            self.error = error

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.findings: list = []
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Label("Policy lint: linting the policy…", id="lint-title", markup=False)
        yield PlainTable(id="findings", cursor_type="row", zebra_stripes=True)
        yield Static("", id="lint-detail", markup=False)

    def on_mount(self) -> None:
        table = self.query_one("#findings", DataTable)
        for label, key, width in (("severity", "severity", 9), ("code", "code", 30), ("subject", "subject", 60)):
            table.add_column(label, key=key, width=width)
        table.focus()

    def running(self) -> None:
        self.loaded = False
        self.query_one("#lint-title", Label).update("Policy lint: linting the policy…")

    def on_lint_panel_loaded(self, message: LintPanel.Loaded) -> None:
        self.findings = list(message.findings)
        self.loaded = True
        if message.error:
            self.query_one("#lint-title", Label).update(Text(f"Policy lint failed: {message.error}"))
            return
        title = Text("Policy lint: ")
        if not self.findings:
            title.append("no findings")
        for severity in SEVERITIES:
            count = sum(1 for f in self.findings if f.severity == severity)
            if count:
                title.append(f"{count} {severity}  ", style=severity_style(self.app, severity) or "bold")
        self.query_one("#lint-title", Label).update(title)
        table = self.query_one("#findings", DataTable)
        with self.app.batch_update():
            table.clear()
            for index, f in enumerate(self.findings):
                table.add_row(
                    Text(f.severity, style=severity_style(self.app, f.severity)),
                    Text(f.code),
                    Text(f.subject),
                    key=str(index),
                )
        if self.findings:
            table.move_cursor(row=0)
            self._detail(0)
        else:
            self.query_one("#lint-detail", Static).update(
                "Nothing to report: every list entry, content rule and relay setting does what it says."
            )

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "findings" and event.row_key is not None and event.row_key.value is not None:
            self._detail(int(event.row_key.value))

    def _detail(self, index: int) -> None:
        if not 0 <= index < len(self.findings):
            return
        f = self.findings[index]
        text = Text(f"{f.severity.upper()} {f.code}: {f.subject}\n", style=severity_style(self.app, f.severity))
        text.append(f"\n{f.explanation}\n\nfix: {f.fix}")
        self.query_one("#lint-detail", Static).update(text)
