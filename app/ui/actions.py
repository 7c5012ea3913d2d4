"""One registry of dashboard actions: it makes the key bindings, the command palette and the help screen."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingType
from textual.keys import format_key, key_to_character


@dataclass(frozen=True)
class UiAction:
    key: str
    action: str  # a Textual action string, e.g. "hold" runs action_hold on the screen or app
    description: str
    scope: str = "app"  # "app", or the name of the screen the action belongs to
    show: bool = True  # shown in the footer
    palette: bool = True  # offered in the command palette
    short: str = ""  # the footer's word for it, where the description is too long for 80 columns


_ACTIONS: list[UiAction] = []


def register(*actions: UiAction) -> None:
    for action in actions:
        if action not in _ACTIONS:
            _ACTIONS.append(action)


def actions_for(scope: str) -> list[UiAction]:
    return [a for a in _ACTIONS if a.scope == scope]


def all_actions() -> list[UiAction]:
    return list(_ACTIONS)


def typed(key: str) -> str:
    """A key as the operator types it: "?" for question_mark, "/" for slash, "esc", "ctrl+z"."""
    shown = []
    for part in key.split(","):
        if part in ("escape", "space") or "+" in part:
            shown.append({"escape": "esc"}.get(part, part))
            continue
        character = key_to_character(part) or format_key(part)  # "?" for question_mark, "/" for slash
        shown.append(character if len(character) == 1 and character.isascii() else part)
    return " or ".join(shown)


def bindings_for(scope: str) -> list[BindingType]:
    return [Binding(a.key, a.action, a.short or a.description, show=a.show) for a in actions_for(scope)]
