"""Block from a Live row: one key picks what to block (the client IP, the sender address, its domain or its
user part), another the scope (the whole gateway or one of the row's recipients); the preview follows."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from ...policy.names import parse_ip
from ..log_model import LogRow

KIND_KEYS = {"ip": "i", "email": "a", "domain": "d", "user": "u"}
KIND_NAMES = {
    "ip": "the client IP",
    "email": "the sender address",
    "domain": "the sender's domain",
    "user": "the sender's user name (any domain)",
}
BLOCK_EXPIRES = "7d"


@dataclass(frozen=True)
class BlockOffer:
    """What a log row holds that a block entry can name."""

    values: dict[str, str]  # kind -> value, only the kinds the row holds
    recipients: tuple[str, ...]  # the row's recipients, accepted or refused, offered as the scope
    client_ip: str  # as the row shows it, for the dialog's title
    sender: str


@dataclass(frozen=True)
class BlockChoice:
    kind: str  # ip, email, domain, user; or "form" for the full form
    value: str
    scope: str  # "" for the whole gateway, else one recipient address


def block_offer(row: LogRow) -> BlockOffer:
    """The kinds a row can block. A delivery row's client column ("→ delivery") is no address, and a bounce's
    sender (<>) no sender: neither is ever offered."""
    values: dict[str, str] = {}
    if parse_ip(row.client_ip) is not None:
        values["ip"] = str(parse_ip(row.client_ip))
    user, at, domain = row.sender.rpartition("@")
    if at and user and domain and row.sender != "<>":
        values["email"], values["domain"], values["user"] = row.sender, domain, user
    recipients = dict.fromkeys(r for r in row.recipients if r)
    for event in row.events:  # refused recipients are not in row.recipients, but the sender aimed at them too
        if event.get("recipient") and event.get("kind") == "rcpt":
            recipients.setdefault(event["recipient"], None)
    return BlockOffer(values, tuple(recipients), row.client_ip, row.sender)


def nothing_to_block(row: LogRow) -> str:
    return (
        f"Nothing to block on this row: no client address ({row.client_ip or 'none'}) and no sender address "
        f"({row.sender or 'none'}). Pick a connection row, or add an entry on Blocklists (4, a)."
    )


def scope_words(scope: str) -> str:
    return f"mail to {scope} only" if scope else "the whole gateway"


class BlockPicker(ModalScreen[BlockChoice | None]):
    """i, a, d or u blocks that kind at once (the preview then asks before saving); r changes the scope among
    the row's recipients; f opens the full form, filled in."""

    BINDINGS = [
        *(Binding(key, f"pick('{kind}')", KIND_NAMES[kind]) for kind, key in KIND_KEYS.items()),
        Binding("r", "next_scope", "Scope"),
        Binding("f", "pick('form')", "Full form"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, offer: BlockOffer) -> None:
        super().__init__()
        self.offer = offer
        self.scopes = ("", *offer.recipients)
        self.scope_index = 0

    @property
    def scope(self) -> str:
        return self.scopes[self.scope_index]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog scope-dialog", id="block-picker"):
            yield Label(
                f"Block what, from {self.offer.client_ip or '-'} <{self.offer.sender or '-'}>? "
                f"(for {BLOCK_EXPIRES}; the preview comes before saving)",
                classes="question",
                markup=False,
            )
            yield Label("", id="block-scope", markup=False)
            for kind, key in KIND_KEYS.items():
                value = self.offer.values.get(kind)
                label = Text(f"{key}  {KIND_NAMES[kind]}: ")
                label.append(value or "(not on this row)", style="bold" if value else "dim")
                yield Button(label, id=f"block-{kind}", disabled=value is None)
            yield Button(Text("f  the full form, filled in"), id="block-form")
            yield Button(Text("esc  cancel"), id="block-cancel")

    def on_mount(self) -> None:
        self._show_scope()

    def _show_scope(self) -> None:
        text = Text("scope: ")
        text.append(scope_words(self.scope), style="bold")
        if len(self.scopes) > 1:
            text.append("   (r: " + " / ".join(scope_words(s) for s in self.scopes) + ")")
        self.query_one("#block-scope", Label).update(text)

    def action_next_scope(self) -> None:
        if len(self.scopes) == 1:
            self.notify("The row names no recipient: the entry covers the whole gateway", severity="warning")
            return
        self.scope_index = (self.scope_index + 1) % len(self.scopes)
        self._show_scope()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        kind = (event.button.id or "").removeprefix("block-")
        if kind == "cancel":
            self.dismiss(None)
        else:
            self.action_pick(kind)

    def action_pick(self, kind: str) -> None:
        if kind == "form":
            self.dismiss(BlockChoice("form", "", self.scope))
        elif kind in self.offer.values:
            self.dismiss(BlockChoice(kind, self.offer.values[kind], self.scope))
        else:
            self.notify(f"This row holds no {KIND_NAMES[kind].removeprefix('the ')} to block", severity="warning")

    def action_cancel(self) -> None:
        self.dismiss(None)
