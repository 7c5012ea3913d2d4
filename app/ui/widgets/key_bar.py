"""The key bar at the bottom of every screen: the focused screen's own keys first, in a compact line.

Textual's Footer gives every key the same room and cuts what does not fit, so at 80 columns the last keys of a
screen (often the ones an operator is looking for) were gone while the global ones stayed. Here the screen's keys
come first; when the line is too narrow the global keys (undo, quit, palette) go before any screen key, the
separators shrink next, and `? help` (which lists everything) is always last."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import RenderResult
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, TextArea

from ..actions import typed

HELP_ACTION = "show('help')"
PALETTE_ACTION = "command_palette"
MORE = "…"


@dataclass(frozen=True)
class BarKey:
    key: str  # as typed: "b", "?", "^z", "enter"
    word: str  # "block"
    enabled: bool = True
    bound: str = ""  # the binding's key ("question_mark"): what a click on the entry presses


def shown_key(key: str) -> str:
    """A bound key as the operator types it, short: "?" for question_mark, "/" for slash, "^z" for ctrl+z."""
    return typed(key).replace("ctrl+", "^")


def bar_word(description: str) -> str:
    """ "Block" as "block", but "DKIM check" stays: the bar reads as one line of lower-case words."""
    if len(description) > 1 and description[0].isupper() and not description[1].isupper():
        return description[0].lower() + description[1:]
    return description


def entry_width(entry: BarKey) -> int:
    return cell_len(entry.key) + (1 + cell_len(entry.word) if entry.word else 0)


def entry_at(entries: list[BarKey], separator: int, x: int) -> BarKey | None:
    """The entry drawn at column x, if any."""
    start = 0
    for entry in entries:
        end = start + entry_width(entry)
        if start <= x < end:
            return entry
        start = end + separator
    return None


def line_width(entries: list[BarKey], separator: int) -> int:
    return sum(entry_width(e) for e in entries) + separator * max(len(entries) - 1, 0)


def fit(
    screen_keys: list[BarKey], global_keys: list[BarKey], help_key: BarKey | None, width: int
) -> tuple[list[BarKey], int]:
    """The entries shown in `width` cells and the spaces between them. Screen keys keep their order and come
    first, the help key last; global keys go from the last one before any screen key goes, and screen keys
    go from the last one, with "…" before the help key to say that there are more."""
    tail = [help_key] if help_key else []
    for separator in (2, 1):
        for kept in range(len(global_keys), -1, -1):
            entries = [*screen_keys, *global_keys[:kept], *tail]
            if line_width(entries, separator) <= width:
                return entries, separator
    more = [BarKey(MORE, "")] if screen_keys else []
    for kept in range(len(screen_keys) - 1, -1, -1):
        entries = [*screen_keys[:kept], *more, *tail]
        if line_width(entries, 1) <= width:
            return entries, 1
    return (tail if line_width(tail, 1) <= width else []), 1


def shown_bindings(screen: Screen) -> list[tuple[DOMNode, Binding, bool]]:
    """The bindings to show, nearest the focus first, one per action and namespace: Textual's own
    Screen.active_bindings, except that a hidden binding of the focused widget itself (the table's enter) does not
    hide the screen's binding of the same key (Queue's "enter view", which the table's row selection runs). Keys a
    text field takes as typing are out of the chain already (check_consume_key); check_action False hides a key,
    None shows it disabled."""
    app = screen.app
    shown: list[tuple[DOMNode, Binding, bool]] = []
    taken_keys: set[str] = set()
    actions: set[tuple[int, str]] = set()
    for namespace, bindings in screen._modal_binding_chain:  # what active_bindings reads
        for key, binding in bindings:
            state = app._check_action_state(binding.action, namespace)
            if state is False or key in taken_keys:
                continue
            palette = binding.action in (PALETTE_ACTION, f"app.{PALETTE_ACTION}")
            if not (binding.show or palette):
                if namespace is not screen.focused:
                    taken_keys.add(key)  # Live's hidden esc (clear the filter) is what esc does there
                continue
            taken_keys.add(key)
            if (id(namespace), binding.action) not in actions:  # "space,x": the first key says it
                actions.add((id(namespace), binding.action))
                shown.append((namespace, binding, bool(state)))
    return shown


class KeyBar(Widget, can_focus=False):
    """One line of "key word" pairs from the screen's active bindings (those with show=True). It follows focus,
    screen and binding changes (check_action, refresh_bindings) through the screen's bindings signal."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--word", "key-bar--disabled"}

    def __init__(self) -> None:
        super().__init__(id="key-bar")
        self.screen_keys: list[BarKey] = []
        self.global_keys: list[BarKey] = []
        self.help_key: BarKey | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        screen_keys: list[BarKey] = []
        global_keys: list[BarKey] = []
        help_key = None
        typing = isinstance(self.app.focused, (Input, TextArea)) and self.app.focused.screen is screen
        for namespace, binding, enabled in shown_bindings(screen):
            entry = BarKey(shown_key(binding.key), bar_word(binding.description), enabled, binding.key)
            if typing and binding.key == "escape":
                screen_keys.insert(0, entry)  # the way out of the text field first
            elif binding.action == HELP_ACTION:
                help_key = entry
            elif namespace is self.app:
                global_keys.append(entry)
            else:
                screen_keys.append(entry)
        # the palette's binding is Textual's own and not ours: of the global keys it is the first to go
        global_keys.sort(key=lambda e: e.word == "palette")
        self.screen_keys, self.global_keys, self.help_key = screen_keys, global_keys, help_key
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        """A click on an entry presses its key, as on Textual's Footer (and htop's)."""
        entries, separator = fit(self.screen_keys, self.global_keys, self.help_key, self.size.width)
        entry = entry_at(entries, separator, event.x)
        if entry is not None and entry.bound and entry.enabled:
            self.app.simulate_key(entry.bound)

    def render(self) -> RenderResult:
        entries, separator = fit(self.screen_keys, self.global_keys, self.help_key, self.size.width)
        key_style = self.get_component_rich_style("key-bar--key")
        word_style = self.get_component_rich_style("key-bar--word")
        disabled_style = self.get_component_rich_style("key-bar--disabled")
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        for index, entry in enumerate(entries):
            if index:
                line.append(" " * separator)
            line.append(entry.key, disabled_style if not entry.enabled else key_style)
            if entry.word:
                line.append(" " + entry.word, disabled_style if not entry.enabled else word_style)
        return line
