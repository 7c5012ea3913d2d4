"""Relay: who we accept mail for and who may relay, the DKIM keys that sign what leaves, and a "would this
relay?" checker."""

from __future__ import annotations

import asyncio

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Button, DataTable, Header, Input, Static

from ...mailauth.dns_check import CHECK_BUDGET, KeyCheck
from ...monitor.preview import summary
from ..actions import UiAction, bindings_for, register
from ..dkim_backend import DkimRow
from . import ScreenSpec
from .dashboard_screen import TableScreen
from .modals import FormScreen
from .preview import PreviewScreen
from ..widgets.plain import PlainTable
from ..workers import work
from ..widgets.key_bar import KeyBar

# table id -> (rule kind, title, columns, form fields)
SECTIONS = {
    "networks": (
        "network",
        "Trusted networks (may relay anywhere)",
        ("network", "comment"),
        [("value", "Network (CIDR)", "e.g. 192.168.1.0/24"), ("extra", "Comment", "e.g. office LAN")],
    ),
    "local-domains": (
        "local_domain",
        "Local domains (forwarded to the upstream) and recipient validation",
        ("domain", "recipients", "cache hits", "unknown"),
        [("value", "Domain", "e.g. corp.example")],
    ),
    "relay-domains": (
        "relay_domain",
        "Relay domains (backup MX) and next hop",
        ("domain", "next hop"),
        [("value", "Domain", "e.g. partner.example"), ("extra", "Next hop HOST:PORT", "e.g. 10.0.0.25:25")],
    ),
    "exceptions": (
        "sender_exception",
        "Sender-domain exceptions: WEAK, any client can forge a sender",
        ("sender domain", "strength"),
        [("value", "Sender domain", "e.g. legacy.example")],
    ),
}

register(
    UiAction("a", "add", "Add", "relay"),
    UiAction("e", "edit", "Edit", "relay"),
    UiAction("d", "delete", "Delete", "relay"),
    UiAction("w", "focus_checker", "Would it relay?", "relay"),
    UiAction("c", "check_dkim", "Check DKIM DNS", "relay"),
)
DKIM_TITLE = "DKIM keys (outbound signing): is the published DNS record the key's? (mailmoat dkim)"
DKIM_COLUMNS = (("domain", 28), ("selector", 16), ("key", 10), ("state", 8), ("age", 8), ("DNS", 14))
DNS_STYLE = {"ok": "accepted", "wrong": "rejected", "no answer": "tempfail"}
DNS_SHOWN = {"ok": "matches", "wrong": "WRONG", "no answer": "no answer"}


class RelayScreen(TableScreen):
    BINDINGS = bindings_for("relay")

    def compose(self) -> ComposeResult:
        yield Header()
        with Grid(id="relay-grid"):
            # titles in the borders and one-line inputs: at 80x24 every box still shows a few rows
            for table_id, (_kind, title, _columns, _fields) in SECTIONS.items():
                with Vertical(classes="relay-section") as box:
                    box.border_title = title
                    yield PlainTable(id=table_id, cursor_type="row", zebra_stripes=True)
            with Vertical(classes="relay-section", id="dkim-section") as box:
                box.border_title = DKIM_TITLE
                yield PlainTable(id="dkim", cursor_type="row", zebra_stripes=True)
                yield Static("", id="dkim-detail", markup=False)
        with Vertical(id="checker") as checker:
            checker.border_title = (
                "Would this relay? (w) The server's own MAIL and RCPT checks, for a client you describe"
            )
            with Horizontal(id="checker-inputs"):
                yield Input(placeholder="client IP, e.g. 203.0.113.9", id="check-ip", compact=True)
                yield Input(placeholder="sender, e.g. alice@corp.example", id="check-sender", compact=True)
                yield Input(placeholder="recipient, e.g. bob@other.example", id="check-rcpt", compact=True)
                yield Button("Check", id="check", variant="primary", compact=True)
            yield Static("", id="check-answer", markup=False)
        yield KeyBar()

    def __init__(self) -> None:
        super().__init__()
        self.dkim_rows: dict[str, DkimRow] = {}  # table key -> row
        self.dkim_checks: dict[str, KeyCheck] = {}  # table key -> the last DNS comparison
        self.dkim_checking = False

    def on_mount(self) -> None:
        for table_id, (_kind, _title, columns, _fields) in SECTIONS.items():
            self.table_with_columns(f"#{table_id}", ((column, column, None) for column in columns))
        self.table_with_columns("#dkim", ((column, column, width) for column, width in DKIM_COLUMNS))
        self.refresh_data()

    @work(exclusive=True, group="relay-refresh")
    async def refresh_data(self) -> None:
        rows = await self.app.backend.relay_rows()
        validation = await self.app.backend.recipient_validation(rows.local_domains)
        weak = self.app.verdict_color("weak")
        content: dict[str, list[tuple[tuple[str | Text, ...], str]]] = {
            "networks": [((cidr, Text(comment)), cidr) for cidr, comment in rows.trusted_networks],
            "local-domains": [
                (
                    (
                        name,
                        _method(validation[name].method, weak),
                        validation[name].cache_text,
                        str(validation[name].unknown or ""),
                    ),
                    name,
                )
                for name in rows.local_domains
            ],
            "relay-domains": [((domain, hop), domain) for domain, hop in rows.relay_routes],
            "exceptions": [
                ((Text(d, style=weak), Text("WEAK", style=f"bold {weak}")), d) for d in rows.sender_exceptions
            ],
        }
        dkim_rows = await self.app.backend.dkim_rows()
        with self.app.batch_update():
            for table_id, entries in content.items():
                table = self.query_one(f"#{table_id}", DataTable)
                table.clear()
                for cells, key in entries:
                    table.add_row(*cells, key=key)
            self._fill_dkim(dkim_rows)
        if not self.dkim_checking and any(r.selector and r.key not in self.dkim_checks for r in dkim_rows):
            self.check_dkim_dns()

    # --- DKIM ---------------------------------------------------------------------------------
    def _fill_dkim(self, rows: list[DkimRow]) -> None:
        table = self.query_one("#dkim", DataTable)
        self.dkim_rows = {row.key: row for row in rows}
        table.clear()
        weak = self.app.verdict_color("weak")
        for row in rows:
            state = Text(row.state, style=f"bold {weak}" if row.state == "no key" else "")
            table.add_row(
                Text(row.domain),
                Text(row.selector or "-"),
                Text(row.kind or "-"),
                state,
                Text(_age(row.created, self.app.clock()) if row.created is not None else "-"),
                self._dns_cell(row),
                key=row.key,
            )
        self._show_dkim_detail()

    def _dns_cell(self, row: DkimRow) -> Text:
        if not row.selector:
            return Text("-")
        check = self.dkim_checks.get(row.key)
        if check is None:
            return Text("checking…" if self.dkim_checking else "not checked")
        return Text(
            DNS_SHOWN.get(check.state, check.state),
            style=f"bold {self.app.verdict_color(DNS_STYLE.get(check.state, 'info'))}",
        )

    def _show_dkim_detail(self) -> None:
        table = self.query_one("#dkim", DataTable)
        row = self.dkim_rows.get(self.selected_key(table) or "")
        if row is None:
            text = "No local domain and no key: mailmoat domain add, then mailmoat dkim keygen DOMAIN."
        elif not row.selector:
            text = (
                f"{row.domain} has no DKIM key: its mail leaves unsigned. "
                f"mailmoat dkim keygen {row.domain} prints the TXT record to publish."
            )
        else:
            check = self.dkim_checks.get(row.key)
            text = (
                check.what
                if check is not None
                else f"{row.selector}._domainkey.{row.domain}: "
                + ("asking the nameservers…" if self.dkim_checking else "not checked yet (c checks)")
            )
            if row.state == "waiting":
                text += f"  |  a new key, not yet signing: mailmoat dkim rotate {row.domain} --finish"
        self.query_one("#dkim-detail", Static).update(text)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "dkim":
            self._show_dkim_detail()

    def action_check_dkim(self) -> None:
        self.dkim_checks = {}
        self.check_dkim_dns()

    @work(exclusive=True, group="relay-dkim-dns")
    async def check_dkim_dns(self) -> None:
        """The published records compared with the keys, off the UI (the backend asks all of them at once
        within the check budget); a failure says "no answer", it never ends the screen."""
        self.dkim_checking = True  # a check cancelled by a newer one (c) leaves it set for the newer one
        self._update_dns_cells()
        try:
            checks = await asyncio.wait_for(self.app.backend.check_dkim_dns(), CHECK_BUDGET + 5)
        except Exception as exc:  # a timeout, a locked database: every key is "could not check"
            what = "no answer within the time limit" if isinstance(exc, TimeoutError) else f"{exc}"
            checks = {
                key: KeyCheck("no answer", f"could not check: {what}")
                for key, row in self.dkim_rows.items()
                if row.selector
            }
        self.dkim_checking = False
        self.dkim_checks = checks
        self._update_dns_cells()

    def _update_dns_cells(self) -> None:
        table = self.query_one("#dkim", DataTable)
        for key, row in self.dkim_rows.items():
            if key in table.rows:
                table.update_cell(key, "DNS", self._dns_cell(row))
        self._show_dkim_detail()

    def _focused_section(self) -> tuple[str, DataTable] | None:
        """None when the DKIM pane has the focus: keys are made, rotated and removed with mailmoat dkim."""
        focused = self.focused
        if isinstance(focused, DataTable) and focused.id == "dkim":
            self.notify(
                "DKIM keys are managed with mailmoat dkim keygen, rotate and remove (the private key never shows here)",
                severity="warning",
            )
            return None
        if isinstance(focused, DataTable) and focused.id in SECTIONS:
            return focused.id, focused
        return "networks", self.query_one("#networks", DataTable)

    @work(group="relay-edit")
    async def action_add(self) -> None:
        section = self._focused_section()
        if section is None:
            return
        table_id, _table = section
        await self._add(table_id, f"Add to: {SECTIONS[table_id][1]}")

    async def _add(self, table_id: str, title: str, preset: dict | None = None, replaces: str | None = None) -> bool:
        """The form (an edit's filled with the current values), the preview, then the rule saved; an edit that
        renamed the rule removes the old one once the new one is saved."""
        kind, _title, _columns, fields = SECTIONS[table_id]

        async def check(typed: dict) -> str | None:
            if not typed.get("value", "").strip():
                return f"{fields[0][1]}: required"
            try:
                self.app.backend.check_relay_rule(kind, typed["value"], typed.get("extra", ""))
            except ValueError as exc:
                return str(exc)
            return None

        values = await self.app.push_screen_wait(FormScreen(title, fields, preset=preset, check=check))
        if not values:
            return False
        if not await self._confirm_preview(kind, values["value"], extra=values.get("extra", "")):
            return False
        backend = self.app.backend
        same = replaces is not None and values["value"].strip().lower() == replaces.lower()
        try:
            if (
                same and replaces is not None and kind == "network"
            ):  # a new comment: adding the same network again would keep the old one
                await backend.remove_relay_rule(kind, replaces)
            done = await backend.add_relay_rule(kind, values["value"], values.get("extra", ""))
            if replaces is not None and not same:
                await backend.remove_relay_rule(kind, replaces)
        except ValueError as exc:
            self.notify(str(exc), severity="error")
            return False
        self.notify(done)
        self.refresh_data()
        return True

    def _focused_row(self, *, say_missing: bool) -> tuple[str, DataTable, str] | None:
        """The focused section's table id, its table and the key of the row under its cursor, or None."""
        section = self._focused_section()
        if section is None:
            return None
        table_id, table = section
        key = self.selected_key(table)
        if key is None and say_missing:
            self.notify("Nothing selected", severity="warning")
        return None if key is None else (table_id, table, key)

    @work(group="relay-edit")
    async def action_edit(self) -> None:
        focused = self._focused_row(say_missing=False)
        if focused is None:
            return
        table_id, table, key = focused
        cells = table.get_row(key)
        preset = {"value": key, "extra": str(cells[1]) if len(SECTIONS[table_id][3]) > 1 and len(cells) > 1 else ""}
        await self._add(table_id, f"Edit {key} in: {SECTIONS[table_id][1]}", preset, replaces=key)

    @work(group="relay-edit")
    async def action_delete(self) -> None:
        focused = self._focused_row(say_missing=True)
        if focused is None:
            return
        table_id, _table, key = focused
        if not await self._confirm_preview(
            SECTIONS[table_id][0], key, remove=True, question=f"Remove {key} from {SECTIONS[table_id][1]}?"
        ):
            return
        self.notify(await self.app.backend.remove_relay_rule(SECTIONS[table_id][0], key))
        self.refresh_data()

    async def _confirm_preview(
        self, kind: str, value: str, *, remove: bool = False, extra: str = "", question: str = "Save it?"
    ) -> bool:
        """Before a relay change is saved: what it would have done to the last 24 hours, then yes or no."""
        try:
            result = await self.app.backend.preview_relay_change(kind, value, remove=remove, extra=extra)
        except ValueError as exc:
            self.notify(str(exc), severity="error")
            return False
        answer = await self.app.push_screen_wait(PreviewScreen(f"{summary(result, 24)}\n{question}", result))
        return bool(answer)

    def action_focus_checker(self) -> None:
        self.query_one("#check-ip", Input).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "check":
            self.check()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id and event.input.id.startswith("check-"):
            self.check()

    @work(exclusive=True, group="relay-check")
    async def check(self) -> None:
        ip = self.query_one("#check-ip", Input).value.strip() or "203.0.113.9"
        sender = self.query_one("#check-sender", Input).value.strip()
        rcpt = self.query_one("#check-rcpt", Input).value.strip()
        answer = await self.app.backend.would_relay(ip, sender, rcpt)
        word = "YES, accepted" if answer.accepted else "NO, refused"
        if answer.weak:
            word += " (by a WEAK sender-domain exception)"
        self.query_one("#check-answer", Static).update(f"{word}\nreply: {answer.reply}\nrule: {answer.rule}")


def _age(created: float, now: float) -> str:
    days = int(max(0.0, now - created) // 86400)
    return "today" if days == 0 else f"{days} d"


def _method(method: str, weak: str) -> Text:
    """No validation is shown as a weakness: unknown recipients are accepted and bounced later (backscatter)."""
    if method == "none":
        return Text("none", style=weak)
    return Text(method)


SPEC = ScreenSpec(
    "relay",
    "3",
    "Relay",
    "Who Mailmoat accepts mail for and who may send through it: trusted "
    "networks, local domains, backup-MX relay domains and weak sender-domain exceptions. Add, edit, "
    "delete; ask whether a given client, sender and recipient would be relayed. The DKIM pane: each "
    "domain's keys (active or waiting), their age, and whether DNS publishes them (c checks again).",
    RelayScreen,
    order=30,
)
