"""Which queued mail a bulk action covers: the selected message's sender, its sender's domain or its client."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from ...store.queue import QueueScope

SCOPE_KEYS = {"sender": "s", "domain": "d", "client": "i"}
SCOPE_NAMES = {"sender": "this sender", "domain": "the sender's domain", "client": "the client IP"}


@dataclass(frozen=True)
class ScopeChoice:
    scope: QueueScope
    count: int  # messages the action would change now

    @property
    def key(self) -> str:
        return SCOPE_KEYS[self.scope.kind]


def messages(count: int) -> str:
    return f"{count} message{'' if count == 1 else 's'}"


class ScopePicker(ModalScreen[QueueScope | None]):
    """One key picks the scope (s, d or i); a scope with nothing to change cannot be picked."""

    BINDINGS = [
        *(Binding(key, f"pick('{kind}')", SCOPE_NAMES[kind]) for kind, key in SCOPE_KEYS.items()),
        Binding("escape", "pick('')", "Cancel"),
    ]

    def __init__(self, verb: str, choices: list[ScopeChoice]) -> None:
        """verb: "Hold", "Release" or "Delete"."""
        super().__init__()
        self.verb = verb
        self.choices = {choice.scope.kind: choice for choice in choices}

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog scope-dialog"):
            yield Label(f"{self.verb} which queued mail?", classes="question", markup=False)
            for kind, choice in self.choices.items():
                label = Text(f"{choice.key}  {SCOPE_NAMES[kind]}: ")
                label.append(choice.scope.value or "<>", style="bold")
                label.append(f"  ({messages(choice.count)})")
                yield Button(label, id=f"scope-{kind}", disabled=choice.count == 0)
            yield Button(Text("esc  cancel"), id="scope-cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_pick((event.button.id or "").removeprefix("scope-"))

    def action_pick(self, kind: str) -> None:
        choice = self.choices.get(kind)
        if kind in ("", "cancel"):
            self.dismiss(None)
        elif choice is not None and choice.count:
            self.dismiss(choice.scope)
        else:
            self.notify(f"nothing to {self.verb.lower()} there", severity="warning")
