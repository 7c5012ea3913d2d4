"""Blocklists: block and allow entries of the four kinds, with scope, expiry and hit counts."""

from __future__ import annotations

import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Header, Input, Label

from ...monitor.preview import summary
from ...policy.dnsbl import parse_codes, parse_weight, validate_zone
from ...policy.list_files import entry_from_row
from ..actions import UiAction, bindings_for, register
from ..widgets.alerts import theme_color
from . import ScreenSpec
from .dashboard_screen import DashboardScreen, TableScreen
from .explain import LintScreen
from .modals import FormScreen
from .preview import PreviewScreen
from ..widgets.plain import PlainTable
from ..workers import work
from ..widgets.key_bar import KeyBar

ENTRY_FIELDS = [
    ("list", "List: block, or allow (allow wins over blocks and every later filter)", "block", ("block", "allow")),
    (
        "kind",
        "Kind: ip (address or network), email (sender address), domain (sender domain), user (the part before @)",
        "ip",
        ("ip", "email", "domain", "user"),
    ),
    ("value", "Value (a domain written .example.com covers its subdomains)", "e.g. 203.0.113.0/24"),
    ("scope", "Scope: empty for the whole gateway, a local domain, or one recipient", "e.g. bob@corp.example"),
    ("action", "Action for ip entries: reject, or disconnect at the greeting", "reject", ("reject", "disconnect")),
    ("expires", "Expires after (e.g. 7d, 12h; empty: never)", "e.g. 7d"),
    ("comment", "Comment", ""),
    ("mode", "Mode: enforce, or monitor (only logs what it would do)", "enforce", ("enforce", "monitor")),
]

ENTRY_COLUMNS = (
    ("list", "list", 6),
    ("kind", "kind", 7),
    ("value", "value", 30),
    ("scope", "scope", 22),
    ("action", "action", 10),
    ("mode", "mode", 7),
    ("hits", "hits", 6),
    ("last hit", "last", 16),
    ("expires", "expires", 16),
    ("comment", "comment", 30),
)
ZONE_COLUMNS = (
    ("kind", "kind", 7),
    ("zone", "zone", 36),
    ("asks for", "asks", 16),
    ("weight", "weight", 7),
    ("codes that count", "codes", 30),
)

ZONE_FIELDS = [
    ("zone", "Zone (e.g. zen.spamhaus.org)", "e.g. zen.spamhaus.org"),
    (
        "kind",
        "Kind: ip (asks for the client address), domain (the sender domain) or uri (link domains)",
        "ip",
        ("ip", "domain", "uri"),
    ),
    ("weight", "Weight (the weights of the zones that list a client add up to the threshold)", "1"),
    ("codes", "Return codes that count, comma separated (empty: any 127.0.0.0/8 answer)", "e.g. 127.0.0.2"),
]


def entry_check(clock):
    """The entry form's inline check: what entry_from_row would refuse, said before the form closes."""

    async def check(values: dict) -> str | None:
        if not values.get("value", "").strip():
            return "Value: type an address or network, a sender address, a domain or a user name"
        fields = {k: v for k, v in values.items() if k not in ("list", "mode")}
        try:
            entry_from_row(fields, values.get("list") or "block", None, clock())
        except ValueError as exc:
            return str(exc)
        return None

    return check


async def zone_check(values: dict) -> str | None:
    try:
        validate_zone(values.get("zone", ""))
        parse_weight(values.get("weight") or "1")
        parse_codes(values.get("codes", ""))
    except ValueError as exc:
        return str(exc)
    return None


register(
    UiAction("a", "add", "Add", "blocklists"),
    UiAction("z", "add_zone", "Add DNSBL", "blocklists"),
    UiAction("d", "delete", "Delete", "blocklists"),
    UiAction("m", "monitor", "Monitor/enforce", "blocklists"),
    UiAction("l", "lint", "Lint policy", "blocklists"),
    UiAction("slash", "search", "Search", "blocklists"),
)


class BlocklistsScreen(TableScreen):
    BINDINGS = bindings_for("blocklists")

    def __init__(self) -> None:
        super().__init__()
        self.entries: list = []
        self.zones: list = []
        self.selfcheck = ""
        self.search = ""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label(
            "Block and allow entries. Allow entries win over blocks and over every later filter.",
            classes="title",
            markup=False,
        )
        yield Input(placeholder="search: value, scope or comment", id="list-search")
        yield PlainTable(id="entries", cursor_type="row", zebra_stripes=True)
        yield Label("", id="lists-status", markup=False)
        yield Label("DNS blocklists", id="zones-title", classes="title", markup=False)
        yield PlainTable(id="zones", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.table_with_columns("#entries", ENTRY_COLUMNS)
        self.table_with_columns("#zones", ZONE_COLUMNS)
        self.query_one("#list-search", Input).display = False
        table.focus()
        self.refresh_data()

    @work(exclusive=True, group="lists-refresh")
    async def refresh_data(self) -> None:
        self.entries = await self.app.backend.list_entries()
        self.zones, self.selfcheck = await self.app.backend.dnsbl_zones()
        self._show()
        self._show_zones()

    def _show_zones(self) -> None:
        table = self.query_one("#zones", DataTable)
        with self.app.batch_update():
            table.clear()
            for z in self.zones:
                asks = {"ip": "client address", "uri": "link domains"}.get(z.kind, "sender domain")
                table.add_row(z.kind, Text(z.zone), asks, f"{z.weight:g}", z.codes or "any 127.0.0.0/8", key=z.zone)
        check = self.selfcheck or "our own address: not checked yet (mailmoat set public_ip ADDRESS)"
        listed = check.startswith("LISTED")
        title = Text(f"DNS blocklists ({len(self.zones)}, z to add) | ")
        title.append(check, style=f"bold {self.app.verdict_color('rejected')}" if listed else "")
        self.query_one("#zones-title", Label).update(title)

    def _show(self) -> None:
        table = self.query_one("#entries", DataTable)
        now = self.app.clock()
        shown = 0
        with self.app.batch_update():
            table.clear()
            for e in self.entries:
                if e.expires is not None and e.expires <= now:
                    continue
                value = ("." + e.value) if e.kind == "domain" and e.subdomains else e.value
                scope = e.scope.split(":", 1)[1] if e.scope else "whole gateway"
                if self.search and self.search.lower() not in f"{value} {scope} {e.comment}".lower():
                    continue
                color = self.app.verdict_color("rejected" if e.list == "block" else "accepted")
                mode = (
                    Text("MONITOR", style=f"bold {theme_color(self.app, 'warning')}")
                    if e.mode == "monitor"
                    else Text(e.mode)
                )
                table.add_row(
                    Text(e.list, style=f"bold {color}"),
                    e.kind,
                    Text(value),
                    Text(scope),
                    e.action,
                    mode,
                    e.hits,
                    _when(e.last_hit),
                    _when(e.expires),
                    Text(e.comment),
                    key=str(e.id),
                )
                shown += 1
        monitored = sum(1 for e in self.entries if e.mode == "monitor" and (e.expires is None or e.expires > now))
        self.query_one("#lists-status", Label).update(
            f"{shown} of {len(self.entries)} entries"
            + (f", {monitored} monitor only (log, do not act)" if monitored else "")
            + " | l lints the policy"
        )

    def _selected(self):
        key = self.selected_key(self.query_one("#entries", DataTable))
        return next((e for e in self.entries if str(e.id) == key), None)

    @work(group="lists-edit")
    async def action_add(self) -> None:
        await add_entry(self, {})

    @work(group="lists-edit")
    async def action_add_zone(self) -> None:
        values = await self.app.push_screen_wait(FormScreen("New DNS blocklist", ZONE_FIELDS, check=zone_check))
        if values and await self.notify_outcome(
            self.app.backend.save_dnsbl_zone(values["zone"], values["kind"], values["weight"], values["codes"])
        ):
            self.refresh_data()

    @work(group="lists-edit")
    async def action_delete(self) -> None:
        zones = self.query_one("#zones", DataTable)
        if zones.has_focus and zones.row_count:
            zone = self.selected_key(zones)
            if zone is not None and await self.confirm(f"Stop asking DNS blocklist {zone}?"):
                await self.app.backend.remove_dnsbl_zone(zone)
                self.notify(f"{zone} removed")
                self.refresh_data()
            return
        entry = self.said_if_missing(self._selected())
        if entry is None:
            return
        if not await self.confirm(f"Delete {entry.list} {entry.kind} {entry.value}?"):
            return
        await self.app.backend.delete_list_entry(entry)
        self.notify(f"{entry.value} removed")
        self.refresh_data()

    @work(group="lists-edit")
    async def action_monitor(self) -> None:
        """Switches the selected entry between enforce and monitor (it then only logs what it would have done)."""
        entry = self.said_if_missing(self._selected())
        if entry is None:
            return
        mode = await self.app.backend.toggle_entry_mode(entry)
        if mode is None:
            self.notify(f"{entry.value} is gone", severity="warning")
        else:
            self.notify(
                f"{entry.list} {entry.kind} {entry.value}: {mode}"
                + (" (logs what it would have done, does not act)" if mode == "monitor" else "")
            )
        self.refresh_data()

    def action_lint(self) -> None:
        self.app.push_screen(LintScreen())

    def action_search(self) -> None:
        box = self.query_one("#list-search", Input)
        box.display = True
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.search = event.value.strip()
        self._show()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#entries", DataTable).focus()


async def add_entry(screen: DashboardScreen, preset: dict) -> bool:
    """The add form, with a preview of what the entry would have matched in the last 24 hours; used by the
    Blocklists screen and by the Live screen's block key."""
    values = await screen.app.push_screen_wait(
        FormScreen("New list entry", ENTRY_FIELDS, preset=preset, check=entry_check(screen.app.clock))
    )
    if not values:
        return False
    list_name, mode = values.pop("list"), values.pop("mode")
    return await preview_and_save(screen, list_name, values, mode)


async def preview_and_save(
    screen: DashboardScreen, list_name: str, values: dict, mode: str = "enforce", what: str = "this entry"
) -> bool:
    """What the entry would have matched in the last 24 hours (connections, and the replayed verdicts), then
    yes or no; saved on yes. values: kind, value, scope, action, expires, comment as typed."""
    backend = screen.app.backend
    values = {**values, "kind": values["kind"].strip().lower()}
    try:
        matched = await backend.preview_entry(values["kind"], values["value"])
        replayed = await backend.preview_list_entry(list_name, values, mode)
    except ValueError as exc:
        screen.notify(str(exc), severity="error")
        return False
    if not await screen.app.push_screen_wait(
        PreviewScreen(
            f"{what[0].upper()}{what[1:]}: in the last 24 hours it would have matched {matched} connection(s).\n"
            f"{summary(replayed, 24)}\nSave it?",
            replayed,
        )
    ):
        return False
    return await screen.notify_outcome(backend.save_list_entry_as(list_name, values, mode))


def _when(ts: float | None) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else ""


SPEC = ScreenSpec(
    "blocklists",
    "4",
    "Blocklists",
    "Block and allow entries by client IP or network, sender "
    "address, sender domain and user name, each for the whole gateway, one local domain or one "
    "recipient, with expiry and hit counts. Before saving, see what an entry would have matched in "
    "the last 24 hours. Below: the DNS blocklists asked, and whether our own address is listed.",
    BlocklistsScreen,
    order=35,
)
