"""Rules: content rules (keywords and regexes on subject, body, headers, attachments), tried before saving."""

from __future__ import annotations

import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Header, Input, Label, Static, TextArea

from ...policy.content_rules import CATEGORIES
from ..actions import UiAction, bindings_for, register
from ..messages import EventsArrived
from . import ScreenSpec
from .dashboard_screen import DashboardModal, DashboardScreen, TableScreen
from .modals import FormScreen
from ..widgets.plain import PlainTable
from ..workers import work
from ..widgets.key_bar import KeyBar

RULE_FIELDS = [
    ("name", "Name (empty: made up)", "e.g. ko-ad-free-optout"),
    ("field", "Field: subject, body, hidden (HTML text the reader does not see), attachment or header:NAME", "subject"),
    ("pattern", "Pattern: a keyword (matched however it is spaced, encoded or split) or a regex", "e.g. 무료수신거부"),
    (
        "regex",
        "Regular expression? no (a keyword), yes, or word (a keyword matched as whole words only)",
        "no",
        ("no", "yes", "word"),
    ),
    ("category", "Category", "custom", CATEGORIES),
    ("score", "Score added when the rule hits (quarantine and reject thresholds: mailmoat settings)", "5"),
    (
        "action",
        "Action whatever the score: none, tag, quarantine or reject",
        "none",
        ("none", "tag", "quarantine", "reject"),
    ),
    ("mode", "Mode: enforce, or monitor (log what it would do, without acting)", "enforce", ("enforce", "monitor")),
    ("comment", "Comment", ""),
]

COLUMNS = (
    ("name", "name", 20),
    ("on", "on", 3),
    ("mode", "mode", 7),
    ("category", "category", 11),
    ("score", "score", 5),
    ("action", "action", 10),
    ("field", "field", 10),
    ("pattern", "pattern", 18),
    ("hits", "hits", 5),
    ("last hit", "last", 11),
)

register(
    UiAction("a", "add", "Add", "rules"),
    UiAction("e", "edit", "Edit", "rules"),
    UiAction("d", "delete", "Delete", "rules"),
    UiAction("space,x", "toggle", "On/off", "rules"),
    UiAction("m", "monitor", "Monitor/enforce", "rules"),
    UiAction("t", "test", "Test on a text", "rules", short="test"),
)


class RulesScreen(TableScreen):
    BINDINGS = bindings_for("rules")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label(
            "Content rules: each hit adds its score; the total tags, quarantines or rejects. "
            "Monitor-mode rules only log.",
            classes="title",
            markup=False,
        )
        yield PlainTable(id="rules", cursor_type="row", zebra_stripes=True)
        yield Label("", id="rules-status", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.table_with_columns("#rules", COLUMNS)
        table.focus()
        self.refresh_data()
        self.reread_while_shown(5.0)  # hit counts are stored in batches, every few seconds

    def on_events_arrived(self, message: EventsArrived) -> None:
        if self.is_current and any(e.get("check_name") == "content" for e in message.events):
            self.refresh_data()  # hit counts moved

    @work(exclusive=True, group="rules-refresh")
    async def refresh_data(self) -> None:
        self.rows = await self.app.backend.rules()
        self._show()

    def _show(self) -> None:
        table = self.query_one("#rules", DataTable)
        selected = self._selected()
        on_color = self.app.verdict_color("accepted")
        off_color = self.app.verdict_color("rejected")
        with self.app.batch_update():
            table.clear()
            for r in self.rows:
                table.add_row(
                    Text(r.name),
                    Text("on" if r.enabled else "off", style=f"bold {on_color if r.enabled else off_color}"),
                    r.mode,
                    r.category,
                    f"{r.score:g}",
                    r.action or "-",
                    Text(r.field),
                    Text(("/" + r.pattern + "/") if r.is_regex else r.pattern),
                    r.hits,
                    _when(r.last_hit),
                    key=r.name,
                )
            self.keep_cursor(table, [r.name for r in self.rows], selected.name if selected else None)
        enabled = sum(1 for r in self.rows if r.enabled)
        monitor = sum(1 for r in self.rows if r.enabled and r.mode == "monitor")
        tripped = [r for r in self.rows if not r.enabled and r.disabled_reason]
        self.query_one("#rules-status", Label).update(
            f"{len(self.rows)} rules, {enabled} on ({monitor} monitor only) | /pattern/ is a regular expression"
            + (
                f"\nturned off by the gateway: {tripped[0].name}: {tripped[0].disabled_reason}"
                + (f" (and {len(tripped) - 1} more)" if len(tripped) > 1 else "")
                if tripped
                else ""
            )
        )

    def _selected(self):
        key = self.selected_key(self.query_one("#rules", DataTable))
        return next((r for r in self.rows if r.name == key), None)

    @work(group="rules-edit")
    async def action_add(self) -> None:
        if await edit_rule(self, {}, None):
            self.refresh_data()

    @work(group="rules-edit")
    async def action_edit(self) -> None:
        rule = self.said_if_missing(self._selected())
        if rule is None:
            return
        if await edit_rule(self, rule_fields(rule), rule.name):
            self.refresh_data()

    @work(group="rules-edit")
    async def action_delete(self) -> None:
        rule = self.said_if_missing(self._selected())
        if rule is None:
            return
        if not await self.confirm(f"Delete content rule {rule.name}?"):
            return
        await self.app.backend.delete_rule(rule.name)
        self.notify(f"rule {rule.name} removed")
        self.refresh_data()

    @work(group="rules-edit")
    async def action_toggle(self) -> None:
        rule = self._selected()
        if rule is None:
            return
        try:
            enabled = await self.app.backend.toggle_rule_enabled(rule.name)
        except ValueError as exc:
            self.notify(f"rule {rule.name} stays off: {exc}", severity="error")
            return
        if enabled is not None:
            self.notify(f"rule {rule.name}: {'on' if enabled else 'off'}")
        self.refresh_data()

    @work(group="rules-edit")
    async def action_monitor(self) -> None:
        rule = self._selected()
        if rule is None:
            return
        mode = await self.app.backend.toggle_rule_mode(rule.name)
        if mode is not None:
            self.notify(f"rule {rule.name}: {mode}" + (" (logs only)" if mode == "monitor" else ""))
        self.refresh_data()

    def action_test(self) -> None:
        rule = self._selected()
        # the rule as the form would hold it (a whole-word rule stays one: it was tested as a plain keyword)
        draft = rule_fields(rule) if rule is not None else None
        self.app.push_screen(RuleTestScreen(draft, "selected rule"))


def rule_fields(rule) -> dict:
    """A stored rule as the rule form's fields."""
    return {
        "name": rule.name,
        "field": rule.field,
        "pattern": rule.pattern,
        "regex": "yes" if rule.is_regex else "word" if rule.word else "no",
        "category": rule.category,
        "score": f"{rule.score:g}",
        "action": rule.action or "none",
        "mode": rule.mode,
        "comment": rule.comment,
    }


async def edit_rule(screen: DashboardScreen, preset: dict, replaces: str | None) -> bool:
    """The rule form, then a preview of what the draft would have hit in the last 24 hours (test it on a text,
    edit it again, save or cancel). A draft refused is said under the form, which stays open as typed; a save
    refused (a name taken) opens it again with the reason."""
    values: dict | None = dict(preset)
    backend = screen.app.backend
    previews: list = []

    async def check(typed: dict) -> str | None:
        if not typed.get("pattern", "").strip():
            return "Pattern: required (a keyword, or a regular expression with Regular expression? yes)"
        try:
            previews[:] = [await backend.preview_rule(typed)]
        except ValueError as exc:
            return str(exc)
        return None

    refused = ""
    while True:
        title = "Edit content rule" if replaces else "New content rule"
        values = await screen.app.push_screen_wait(
            FormScreen(title, RULE_FIELDS, preset=values, check=check, error=refused)
        )
        if not values:
            return False
        while True:
            choice = await screen.app.push_screen_wait(RulePreviewScreen(previews[0]))
            if choice != "test":
                break
            await screen.app.push_screen_wait(RuleTestScreen(values, "draft"))
        refused = ""
        if choice == "edit":
            continue
        if choice != "save":
            return False
        try:
            done = await backend.save_rule(values, replaces)
        except ValueError as exc:
            refused = str(exc)
            continue  # back to the form, as typed, with the reason under it
        screen.notify(done)
        return True


class RulePreviewScreen(ModalScreen[str]):
    """What a draft would have hit: save, test on a text, edit again or cancel."""

    BINDINGS = [
        Binding("y", "choose('save')", "Save"),
        Binding("t", "choose('test')", "Test on a text"),
        Binding("e", "choose('edit')", "Edit"),
        Binding("n,escape", "choose('cancel')", "Cancel"),
    ]

    def __init__(self, preview) -> None:
        super().__init__()
        self.preview = preview

    def compose(self) -> ComposeResult:
        p = self.preview
        text = Text(
            f"In the last {p.hours:g} hours this rule would have hit {p.hits} of {p.total} messages.", style="bold"
        )
        for sender, subject, snippet in p.examples:
            text.append(f"\n  <{sender}> {subject}", style="")
            text.append(f"\n      … {snippet}", style="italic")
        if p.hits > len(p.examples):
            text.append(f"\n  and {p.hits - len(p.examples)} more")
        if p.advice:
            text.append(f"\n\n{p.advice} (Edit, and answer word to 'Regular expression?')")
        text.append("\n\nSave it?", style="bold")
        with Vertical(classes="dialog", id="rule-preview"):
            yield Static(text, id="preview-text", markup=False)
            with Horizontal(classes="buttons"):
                yield Button("Save (y)", id="save", variant="primary")
                yield Button("Test (t)", id="test")
                yield Button("Edit (e)", id="edit")
                yield Button("Cancel (n)", id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)


class RuleTestScreen(DashboardModal[None]):
    """Paste a text (or name a stored message): which rules in force hit it, and does the draft."""

    BINDINGS = [Binding("ctrl+t", "run_test", "Test"), Binding("escape", "close", "Close")]

    def __init__(self, draft: dict | None, draft_label: str = "draft") -> None:
        super().__init__()
        self.draft = draft
        self.draft_label = draft_label

    def compose(self) -> ComposeResult:
        about = (
            f"Test the {self.draft_label} {self.draft.get('name') or '(unnamed)'} and the rules in force"
            if self.draft
            else "Test the rules in force"
        )
        with Vertical(classes="dialog wide", id="rule-test"):
            yield Static(
                Text(
                    about + ": paste a text (it is put in every field a rule looks at), or give the ID "
                    "of a quarantined or queued message."
                ),
                classes="question",
                markup=False,
            )
            yield TextArea(id="test-text", soft_wrap=True)
            yield Input(placeholder="or a stored message: quarantine or queue ID", id="test-message")
            with Horizontal(classes="buttons"):
                yield Button("Test (ctrl+t)", id="run", variant="primary")
                yield Button("Close (esc)", id="close")
            with VerticalScroll(id="test-result-box"):
                yield Static("", id="test-result", markup=False)

    def on_mount(self) -> None:
        self.query_one("#test-text", TextArea).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "run":
            self.action_run_test()
        else:
            self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_run_test()

    def action_close(self) -> None:
        self.dismiss(None)

    @work(exclusive=True, group="rule-test")
    async def action_run_test(self) -> None:
        text = self.query_one("#test-text", TextArea).text
        message_id = self.query_one("#test-message", Input).value
        result = self.query_one("#test-result", Static)
        try:
            tested = await self.app.backend.test_rule(self.draft, text, message_id)
        except ValueError as exc:
            result.update(Text(str(exc), style=f"bold {self.app.verdict_color('rejected')}"))
            return
        label = self.draft_label if self.draft else None
        result.update(format_test(tested, label, self.app.verdict_color("rejected")))


def format_test(tested, draft_label: str | None, hit_color: str) -> Text:
    out = Text(f"Tested: {tested.source}\n")
    if tested.draft:
        for hit in tested.draft:
            out.append(f"The {draft_label} {hit.name} HITS", style=f"bold {hit_color}")
            out.append(f" (+{hit.score:g} {hit.category}) in {hit.field}: … {hit.snippet} …\n")
    elif draft_label:
        out.append(f"The {draft_label} does not hit.\n", style="bold")
    if tested.rules:
        total = sum(h.score for h in tested.rules if h.mode != "monitor")
        out.append(f"Rules in force that hit (score {total:g}):\n", style="bold")
        for hit in tested.rules:
            out.append(f"  {hit.name}", style=f"bold {hit_color}")
            out.append(
                f" +{hit.score:g} {hit.category}"
                + (f" {hit.action}" if hit.action else "")
                + (" (monitor)" if hit.mode == "monitor" else "")
                + f" in {hit.field}: … {hit.snippet} …\n"
            )
    else:
        out.append("No rule in force hits.\n", style="bold")
    return out


def _when(ts: float | None) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%m-%d %H:%M") if ts else ""


SPEC = ScreenSpec(
    "rules",
    "5",
    "Rules",
    "Content rules: keywords and regular expressions on the subject, body, a "
    "header or attachment names, each with a category and a score (or a direct action), on or off, "
    "enforced or only monitored, with hit counts. Before saving, see how many of the last 24 hours' "
    "messages a draft would have hit; test rules on a pasted text or a stored message.",
    RulesScreen,
    order=40,
)
