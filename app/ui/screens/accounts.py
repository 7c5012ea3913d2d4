"""Accounts: SMTP AUTH accounts with their last login and send, and what the hygiene audit finds wrong."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Header, Label, Static

from ..actions import UiAction, bindings_for, register
from ..widgets.alerts import severity_style
from . import ScreenSpec
from .dashboard_screen import TableScreen
from .modals import FormScreen
from ..widgets.plain import PlainTable
from ..workers import work
from ..widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from ..accounts_backend import AccountsAudit

REFRESH_INTERVAL = 10.0  # last login and last send move as people work
COLUMNS = (
    ("address", "address", 28),
    ("on", "on", 3),
    ("last login", "login", 11),
    ("last send", "send", 11),
    ("findings", "worst", 13),
    ("aliases", "aliases", 20),
    ("networks", "networks", 18),
)

register(
    UiAction("d", "toggle_enabled", "Disable/enable", "accounts"),
    UiAction("r", "remove_alias", "Remove alias", "accounts"),
)


class AccountsScreen(TableScreen):
    BINDINGS = bindings_for("accounts")

    def __init__(self) -> None:
        super().__init__()
        self.audit: AccountsAudit | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label(
            "Accounts: who may log in to send, when they last did, and what the audit finds wrong",
            classes="title",
            markup=False,
        )
        yield PlainTable(id="accounts", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="accounts-panes"):
            with VerticalScroll(id="account-findings-box") as box:
                box.border_title = "selected account"
                yield Static("Select an account to see its findings.", id="account-findings", markup=False)
            with VerticalScroll(id="audit-findings-box") as box:
                box.border_title = "domains, networks, settings"
                yield Static("", id="audit-findings", markup=False)
        yield Label("", id="accounts-status", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.table_with_columns("#accounts", COLUMNS)
        table.focus()
        self.refresh_data()
        self.reread_while_shown(REFRESH_INTERVAL)

    @work(exclusive=True, group="accounts-refresh")
    async def refresh_data(self) -> None:
        self.audit = await self.app.backend.accounts_audit()
        self._show()

    def _show(self) -> None:
        audit = self.audit
        if audit is None:  # not loaded yet
            return
        table = self.query_one("#accounts", DataTable)
        selected = self._selected()
        on_color = self.app.verdict_color("accepted")
        off_color = self.app.verdict_color("rejected")
        views = audit.accounts
        with self.app.batch_update():
            table.clear()
            for v in views:
                a = v.account
                table.add_row(
                    Text(a.address),
                    Text("on" if a.enabled else "off", style=f"bold {on_color if a.enabled else off_color}"),
                    _when(a.last_login),
                    _when(a.last_send),
                    _worst(self.app, v),
                    Text(", ".join(a.aliases)),
                    Text(a.networks or "anywhere"),
                    key=a.address,
                )
            self.keep_cursor(table, [v.address for v in views], selected.address if selected else None)
        self.query_one("#audit-findings", Static).update(
            render_findings(self.app, audit.others, "No findings about domains, networks or settings.")
        )
        disabled = sum(1 for v in views if not v.account.enabled)
        findings = [f for v in views if v.account.enabled for f in v.findings] + audit.others
        critical = sum(1 for f in findings if f.severity == "critical")
        warning = sum(1 for f in findings if f.severity == "warning")
        self.query_one("#accounts-status", Label).update(
            f"{len(views)} account{'' if len(views) == 1 else 's'}, {disabled} disabled | audit: {critical} critical, "
            f"{warning} warning | d disable/enable, r remove an alias"
        )
        self._show_selected()

    def _selected(self):
        key = self.selected_key(self.query_one("#accounts", DataTable))
        if key is None or self.audit is None:
            return None
        return next((v for v in self.audit.accounts if v.address == key), None)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        view = self._selected()
        pane = self.query_one("#account-findings", Static)
        if view is None or self.audit is None:
            pane.update(
                "No SMTP AUTH accounts (mailmoat account add)."
                if self.audit and not self.audit.accounts
                else "Select an account to see its findings."
            )
            return
        pane.update(render_account(self.app, view, self.audit.held_senders))

    @work(group="accounts-edit")
    async def action_toggle_enabled(self) -> None:
        view = self.said_if_missing(self._selected())
        if view is None:
            return
        address = view.address
        question = (
            f"Disable {address}? It can no longer log in to send mail (mail to it still arrives)."
            if view.account.enabled
            else f"Enable {address} again? It can log in to send mail."
        )
        if not await self.confirm(question):
            return
        enabled = await self.app.backend.toggle_account(address)
        if enabled is None:
            self.notify(f"account {address} is gone", severity="warning")
        else:
            self.notify(f"account {address}: {'enabled' if enabled else 'disabled'}")
        self.refresh_data()

    @work(group="accounts-edit")
    async def action_remove_alias(self) -> None:
        view = self.said_if_missing(self._selected())
        if view is None:
            return
        aliases = view.account.aliases
        if not aliases:
            self.notify(f"{view.address} has no aliases", severity="warning")
            return
        alias = aliases[0]
        if len(aliases) > 1:
            values = await self.app.push_screen_wait(
                FormScreen(
                    f"Remove which alias of {view.address}?",
                    [("alias", ", ".join(aliases), aliases[0])],
                    preset={"alias": aliases[0]},
                )
            )
            if not values:
                return
            alias = values["alias"].strip().lower()
            if alias not in aliases:
                self.notify(f"{alias} is not an alias of {view.address}", severity="error")
                return
        if not await self.confirm(f"Remove the alias {alias} of {view.address}? The account can no longer send as it."):
            return
        removed = await self.app.backend.remove_alias(alias)
        self.notify(f"alias {alias} removed" if removed else f"alias {alias} was already gone")
        self.refresh_data()


def render_account(app, view, held_senders: dict[str, str]) -> Text:
    a = view.account
    out = Text()
    out.append(a.address, style="bold")
    out.append("  enabled" if a.enabled else "  DISABLED: cannot log in", style="bold")
    out.append(
        f"\ncreated {_day(a.created)}, password changed {_day(a.password_changed)}"
        + (f", expires {_day(a.expires)}" if a.expires else "")
        + (", weak password allowed (--allow-weak)" if a.allow_weak else "")
    )
    out.append(
        f"\nlast login {_when(a.last_login)}, last send {_when(a.last_send)}"
        + (f", from {a.networks} only" if a.networks else ", from anywhere")
    )
    if a.aliases:
        out.append(f"\nmay also send as {', '.join(a.aliases)}")
    if a.address in held_senders:
        out.append(f"\nits mail is HELD: {held_senders[a.address]}", style=severity_style(app, "warning"))
    out.append("\n\n")
    if not a.enabled and view.findings:
        out.append("Disabled: what follows no longer puts the gateway at risk.\n\n")
    out.append_text(render_findings(app, view.findings, "No findings."))
    return out


def render_findings(app, findings, empty: str) -> Text:
    out = Text()
    for f in findings:
        style = severity_style(app, f.severity)
        out.append(f"{f.severity.upper():<8} ", style=style)
        out.append(f"{f.subject}: " if f.subject else "", style="bold")
        out.append(f"{f.code}\n", style=style)
        out.append(f"  {f.explanation}\n")
        out.append("  fix: ", style="bold")
        out.append(f"{f.fix}\n\n")
    if not findings:
        out.append(empty)
    out.rstrip()
    return out


def _worst(app, view) -> Text:
    if not view.findings:
        return Text("ok", style=app.verdict_color("accepted"))
    label = f"{view.worst} ({len(view.findings)})"
    if not view.account.enabled:
        return Text(label, style=app.verdict_color("info"))  # disabled: shown, not counted
    return Text(label, style=severity_style(app, view.worst))


def _when(ts: float | None) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%m-%d %H:%M") if ts else "never"


def _day(ts: float | None) -> str:
    return datetime.datetime.fromtimestamp(ts).strftime("%Y-%m-%d") if ts else "?"


SPEC = ScreenSpec(
    "accounts",
    "7",
    "Accounts",
    "SMTP AUTH accounts with their last login and last send, aliases, "
    "networks, and the hygiene audit's findings (severity, what it means, how to fix it): weak or "
    "default passwords, role and left-over accounts; below, findings about domains, trusted networks "
    "and settings. Disable or enable the selected account, remove one of its aliases.",
    AccountsScreen,
    order=50,
)
