"""One registry of dashboard actions: it makes the key bindings, the command palette and the help screen."""
from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class UiAction:
    key: str
    action: str  # a Textual action string, e.g. "hold" runs action_hold on the screen or app
    description: str
    scope: str = "app"  # "app", or the name of the screen the action belongs to
    show: bool = True  # shown in the footer
    palette: bool = True  # offered in the command palette


_ACTIONS: list[UiAction] = []


def register(*actions: UiAction) -> None:
    for action in actions:
        if action not in _ACTIONS:
            _ACTIONS.append(action)


def actions_for(scope: str) -> list[UiAction]:
    return [a for a in _ACTIONS if a.scope == scope]


def all_actions() -> list[UiAction]:
    return list(_ACTIONS)


def bindings_for(scope: str) -> list[Binding]:
    return [Binding(a.key, a.action, a.description, show=a.show) for a in actions_for(scope)]
