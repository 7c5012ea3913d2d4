"""Messages that carry data into the dashboard's widgets."""

from __future__ import annotations

from textual.message import Message


class EventsArrived(Message):
    """A batch of connection-log events (dicts with the events table's columns), oldest first."""

    def __init__(self, events: list[dict]) -> None:
        super().__init__()
        self.events = events


class PolicyChanged(Message):
    """Relay rules or settings changed (here or in another process): views re-read them."""


class ThemeChanged(Message):
    """The theme changed: a view re-colours what it coloured itself (a table cell keeps the colour it was made
    with, and the verdict colours are the theme's)."""


class GatewayStatusChanged(Message):
    def __init__(self, text: str, alive: bool) -> None:
        super().__init__()
        self.text = text
        self.alive = alive
