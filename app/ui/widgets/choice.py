"""A Select for a field with a few fixed answers (list, kind, action, mode...).

Textual's Select, with what a form of text fields leads the hands to do: typing the first letters of an
answer picks it (as in a browser's select), enter saves the form like in the text fields beside it, and
down or space opens the list.
"""

from __future__ import annotations

import time

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Select

TYPE_AHEAD_PAUSE = 1.0  # seconds: typing after a pause starts a new search, as in a browser


class ChoiceSelect(Select[str]):
    BINDINGS = [
        Binding("down,space,up", "show_overlay", "Show the choices", show=False),
        Binding("enter", "submit", "Save", show=False),
    ]

    class Submitted(Message):
        """Enter on the field: the form saves."""

    def __init__(self, choices: tuple[str, ...], value: str, *, id: str | None = None) -> None:
        super().__init__([(choice, choice) for choice in choices], value=value, allow_blank=False, id=id)
        self.choices = choices
        self._typed = ""
        self._typed_at = 0.0

    def action_submit(self) -> None:
        self.post_message(self.Submitted())

    async def _on_key(self, event: events.Key) -> None:
        character = event.character
        if self.expanded or character is None or not character.isprintable() or character == " ":
            return
        now = time.monotonic()
        typed = (self._typed if now - self._typed_at < TYPE_AHEAD_PAUSE else "") + character.lower()
        self._typed_at = now
        match = next((c for c in self.choices if c.lower().startswith(typed)), None)
        if match is None:  # a new first letter
            typed = character.lower()
            match = next((c for c in self.choices if c.lower().startswith(typed)), None)
        self._typed = typed
        if match is not None:
            self.value = match
        event.stop()
        event.prevent_default()
