"""The Accounts screen and the alerts panel on Live driven with the keyboard (Textual Pilot) over a real gateway."""

from __future__ import annotations

import asyncio

from textual.widgets import DataTable, Label

from app.accounts.passwords import hash_password, make_hasher
from app.accounts.stored_findings import dump_findings
from app.accounts.weakness import password_findings
from app.monitor import hygiene
from app.store import accounts as accounts_store
from app.store import alerts as alerts_store
from app.store import queue as queue_store
from app.store import recipients as recipients_store
from app.store import settings as settings_store
from app.ui.widgets.alerts import AlertsPanel

from tests.conftest import message, wait_for
from tests.support.processes import closed_port
from tests.ui.test_dashboard import column, dashboard, rendered

CHEAP = make_hasher(time_cost=1, memory_cost=1024, parallelism=1)


async def add_account(gateway, address: str, password: str, aliases: tuple[str, ...] = ()) -> None:
    findings = dump_findings(password_findings(address, password))
    await accounts_store.add_account(
        gateway.store,
        address,
        hash_password(password, hasher=CHEAP),
        findings,
        allow_weak=True,
        aliases=list(aliases),
        networks="",
    )
    await gateway.gateway.policy.reload()


async def accounts_table(app, pilot) -> DataTable:
    await pilot.press("7")
    await wait_for(lambda: app.screen.query("#accounts"))
    return app.screen.query_one("#accounts", DataTable)


async def test_accounts_screen_shows_findings_and_disables_and_enables_an_account(gateway):
    await add_account(gateway, "kim.minjun@corp.example", "kim.minjun1", aliases=("sales@corp.example",))
    await add_account(gateway, "lee@corp.example", "x7#Kq!v9Lm2@Zt4w")
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        table = await accounts_table(app, pilot)
        await wait_for(lambda: table.row_count == 2)
        assert column(table, "address") == ["kim.minjun@corp.example", "lee@corp.example"]
        assert column(table, "on") == ["on", "on"]
        assert column(table, "login") == ["never", "never"]
        assert column(table, "aliases") == ["sales@corp.example", ""]
        # corp.example is a documentation domain (critical for every account); kim's password is its name too
        assert column(table, "worst") == ["critical (2)", "critical (1)"]
        # critical in the theme's error colour
        cell = table.get_cell("kim.minjun@corp.example", "worst")
        assert app.get_css_variables()["error"].lower() in str(cell.style).lower()

        table.move_cursor(row=0)
        await wait_for(lambda: "kim.minjun@corp.example  enabled" in rendered(app, "#account-findings"))
        pane = rendered(app, "#account-findings")
        assert "CRITICAL kim.minjun@corp.example: password-same-as-account" in pane and "fix:" in pane
        assert "kim.minjun1" not in pane  # the password never shows
        assert "no-virus-scanner" in rendered(app, "#audit-findings")  # the gateway's own findings, apart
        assert "2 accounts, 0 disabled | audit: 4 critical" in rendered(app, "#accounts-status")

        await pilot.press("d")
        await wait_for(lambda: app.screen.query(".question"))
        assert "Disable kim.minjun@corp.example?" in rendered(app, ".question")
        await pilot.press("y")
        await wait_for(lambda: column(table, "on")[0] == "off")
        assert gateway.gateway.policy.current.accounts.find("kim.minjun@corp.example").enabled is False
        assert (await accounts_store.get_account(gateway.store, "kim.minjun@corp.example")).enabled is False
        # the header's audit count follows at once
        critical = sum(1 for f in await hygiene.audit(gateway.store) if f.severity == "critical")
        assert critical == 2  # lee's demo domain, the local domain corp.example
        assert (await settings_store.get_setting(gateway.store, "internal.hygiene")).split()[0] == str(critical)
        await wait_for(lambda: "2 accounts, 1 disabled | audit: 2 critical" in rendered(app, "#accounts-status"))
        await wait_for(lambda: "DISABLED" in rendered(app, "#account-findings"))
        assert "no longer puts the gateway at risk" in rendered(app, "#account-findings")

        await pilot.press("d")
        await wait_for(lambda: app.screen.query(".question"))
        await pilot.press("y")
        await wait_for(lambda: column(table, "on")[0] == "on")
        assert gateway.gateway.policy.current.accounts.find("kim.minjun@corp.example").enabled is True

        # r removes the alias
        await pilot.press("r")
        await wait_for(lambda: app.screen.query(".question"))
        assert "Remove the alias sales@corp.example" in rendered(app, ".question")
        await pilot.press("y")
        await wait_for(lambda: column(table, "aliases")[0] == "")
        assert (await accounts_store.get_account(gateway.store, "kim.minjun@corp.example")).aliases == ()


async def alerts_panel(app) -> AlertsPanel:
    await wait_for(lambda: app.screen.query("#alerts-panel"))
    return app.screen.query_one(AlertsPanel)


async def test_an_alert_appears_on_live_and_H_holds_the_sender_then_k_acks_it(gateway):
    await gateway.configure(upstream=f"127.0.0.1:{closed_port()}")  # nothing listens: mail stays queued
    sender = "webmaster@corp.example"
    for i in range(2):
        await asyncio.to_thread(gateway.send, sender, [f"x{i}@corp.example"], message(f"q{i}"))
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await alerts_panel(app)
        await wait_for(lambda: panel.loaded)
        assert "none open" in str(panel.query_one("#alerts-title", Label).render())
        alert_id = await gateway.gateway.handler.alerts.raise_alert(
            "dormant-sender-started",
            f"sender:{sender}",
            "critical",
            f"{sender} sent 12 messages to 12 new domains in 5 minutes",
        )
        table = panel.query_one("#alerts", DataTable)
        await wait_for(lambda: table.row_count == 1)  # from the bus event, well before the periodic reread
        assert column(table, "subject") == [f"sender:{sender}"]
        assert column(table, "severity") == ["critical"]
        assert "1 open (1 critical)" in str(panel.query_one("#alerts-title", Label).render())
        assert table.get_cell(str(alert_id), "severity").style.endswith(app.get_css_variables()["error"])
        # the alert is not folded into the connection log
        assert f"sender:{sender}" not in column(app.screen.query_one("#log", DataTable), "sender")

        await pilot.press("H")
        await wait_for(lambda: app.screen.query(".question"))
        assert f"Hold all mail from <{sender}>" in rendered(app, ".question")
        await pilot.press("y")
        await wait_for(lambda: column(table, "held") == ["HELD"])
        rows = [r for r in await queue_store.list_queue(gateway.store) if r["sender"] == sender]
        assert len(rows) == 2 and all(r["held"] == 1 for r in rows)
        assert sender in await queue_store.load_held_senders(gateway.store)
        assert sender in gateway.gateway.policy.current.held_senders

        await pilot.press("k")
        await wait_for(lambda: table.row_count == 0)
        assert (await alerts_store.get_alert(gateway.store, alert_id)).acked is not None
        assert any("still held (H releases it)" in str(n.message) for n in app._notifications)
        assert sender in await queue_store.load_held_senders(gateway.store)  # acking does not release
        await pilot.press("k")
        await wait_for(lambda: any("No open alert" in str(n.message) for n in app._notifications))


async def test_D_disables_the_account_of_an_alert_and_a_client_alert_has_no_sender_to_hold(gateway):
    await add_account(gateway, "scanner@corp.example", "Scanner2024!")
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await alerts_panel(app)
        desk = gateway.gateway.handler.alerts
        await desk.raise_alert(
            "account-under-attack",
            "account:scanner@corp.example",
            "critical",
            "40 failed logins to scanner@corp.example in the last hour",
        )
        await desk.raise_alert(
            "dictionary-attack", "client:192.0.2.7", "warning", "[192.0.2.7] tried 50 unknown recipients"
        )
        table = panel.query_one("#alerts", DataTable)
        await wait_for(lambda: table.row_count == 2)
        assert column(table, "subject") == ["client:192.0.2.7", "account:scanner@corp.example"]  # newest first
        await pilot.press("H")  # the newest: a client, no sender
        await wait_for(lambda: any("not a sender" in str(n.message) for n in app._notifications))
        await pilot.press("D")
        await wait_for(lambda: any("not an account" in str(n.message) for n in app._notifications))

        table.focus()
        await pilot.press("down")
        await wait_for(lambda: "account-under-attack" in rendered(app, "#detail"))  # the alert in full
        await pilot.press("D")
        await wait_for(lambda: app.screen.query(".question"))
        assert "Disable the account scanner@corp.example?" in rendered(app, ".question")
        await pilot.press("y")
        await wait_for(lambda: gateway.gateway.policy.current.accounts.find("scanner@corp.example").enabled is False)
        # both alerts stay open until acknowledged; the cursor stayed on the account's
        assert column(table, "subject")[table.cursor_row] == "account:scanner@corp.example"


async def test_unknown_recipients_have_their_own_counter_on_live(gateway):
    await recipients_store.add_recipients(gateway.store, ["bob@corp.example"], "test")
    await gateway.configure(recipients__method="list")
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        for who in ("nobody", "noone", "bob"):
            await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.5", "a@other.example", f"{who}@corp.example")
        await wait_for(lambda: "   2 unknown rcpt" in rendered(app, "#reasons"))
        assert "recipient_unknown" not in rendered(app, "#reasons")  # counted once, apart
        log = app.screen.query_one("#log", DataTable)
        await wait_for(lambda: any("User unknown" in r for r in column(log, "reason")))
        row = column(log, "reason").index(next(r for r in column(log, "reason") if "User unknown" in r))
        cell = log.get_cell_at((row, 6))
        assert app.get_css_variables()["accent"].lower() in str(cell.style).lower()
        await pilot.pause()
