"""Tuning from the dashboard (Textual Pilot over a real gateway): explain a logged session with `e` on Live,
the policy lint panel (`l` on Blocklists), and monitor mode of list entries (`m` on Blocklists)."""

from __future__ import annotations

import asyncio

from textual.widgets import DataTable

from app.store import lists as lists_store
from app.store import relay as relay_store
from app.ui.widgets.choice import ChoiceSelect
from app.ui.screens.explain import ExplainScreen, LintScreen, explain_text
from app.ui.widgets.lint import LintPanel

from tests.conftest import wait_for
from tests.ui.test_dashboard import column, dashboard

RELAY_REFUSED = "550 5.7.1 Relaying to <x@elsewhere.example> is not allowed"


async def test_e_on_a_live_row_explains_the_session_with_the_policy_of_now(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        code, _ = await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.80", "a@other.example", "x@elsewhere.example")
        assert code == 550
        table = app.screen.query_one("#log", DataTable)
        await wait_for(lambda: "a@other.example" in column(table, "sender"))
        table.move_cursor(row=column(table, "sender").index("a@other.example"))
        await pilot.press("e")
        await wait_for(lambda: isinstance(app.screen, ExplainScreen) and app.screen.trace is not None)
        trace = app.screen.query_one("#trace", DataTable)
        assert column(trace, "stage")[:3] == ["connect", "helo", "mail"]
        steps = list(
            zip(
                column(trace, "stage"),
                column(trace, "check"),
                column(trace, "input"),
                column(trace, "verdict"),
                column(trace, "reason"),
                column(trace, "rule"),
            )
        )
        assert ("rcpt", "relay", "x@elsewhere.example", "reject", "relay_denied", "default:deny") in steps
        text = explain_text(app.screen)
        assert f"now: refused — reply: {RELAY_REFUSED}" in text
        assert f"rcpt x@elsewhere.example: {RELAY_REFUSED}   (same then)" in text
        assert f"then: rejected — reply the client got: {RELAY_REFUSED}" in text
        assert "changed since" not in text
        assert "message content not replayed (not stored)" in text
        await pilot.press("escape")
        await wait_for(lambda: not isinstance(app.screen, ExplainScreen))

        # trust the client now: the same session would be relayed, and the dialog says the policy changed
        await gateway.trust("127.0.0.80/32")
        await pilot.press("e")
        await wait_for(lambda: isinstance(app.screen, ExplainScreen) and app.screen.trace is not None)
        text = explain_text(app.screen)
        assert "now: accepted at RCPT for 1 of 1 recipient(s)" in text
        assert f"then: rejected — reply the client got: {RELAY_REFUSED}" in text
        assert "(the policy has changed since)" in text


async def test_l_on_blocklists_lists_the_lint_findings_worst_first(gateway):
    await relay_store.add_sender_exception(gateway.store, "partner.example")
    await gateway.gateway.policy.reload()
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await wait_for(lambda: app.screen.query("#entries"))
        await pilot.press("l")
        await wait_for(lambda: isinstance(app.screen, LintScreen) and app.screen.query_one(LintPanel).loaded)
        findings = app.screen.query_one("#findings", DataTable)
        rows = list(zip(column(findings, "severity"), column(findings, "code"), column(findings, "subject")))
        assert rows[0] == ("critical", "sender-relay-exception", "partner.example")
        # critical in the theme's error colour
        assert app.get_css_variables()["error"].lower() in str(findings.get_cell("0", "severity").style).lower()
        assert "1 critical" in str(app.screen.query_one("#lint-title").render())
        detail = str(app.screen.query_one("#lint-detail").render())
        assert "open relay" in detail and "fix: Remove it" in detail
        # fixed elsewhere, r runs it again
        await relay_store.remove_sender_exception(gateway.store, "partner.example")
        await pilot.press("r")
        await wait_for(lambda: app.screen.query_one(LintPanel).loaded)
        assert "sender-relay-exception" not in column(app.screen.query_one("#findings", DataTable), "code")
        await pilot.press("escape")
        await wait_for(lambda: app.current_mode == "blocklists" and not isinstance(app.screen, LintScreen))


def block_entry(gateway):
    return next(
        e
        for e in gateway.gateway.policy.current.lists.block.matches(None, "pest@other.example", "other.example", "pest")
    )


async def test_m_toggles_a_block_entry_between_enforce_and_monitor(gateway):
    await lists_store.add_entries(gateway.store, [{"list": "block", "kind": "email", "value": "pest@other.example"}])
    await gateway.gateway.policy.reload()
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.9", "pest@other.example", "bob@corp.example"))[
        0
    ] == 550
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await wait_for(lambda: app.screen.query("#entries"))
        entries = app.screen.query_one("#entries", DataTable)
        await wait_for(lambda: column(entries, "value") == ["pest@other.example"])
        assert column(entries, "mode") == ["enforce"]
        await pilot.press("m")
        await wait_for(lambda: column(entries, "mode") == ["MONITOR"])
        assert block_entry(gateway).monitor is True
        assert (await lists_store.load_entries(gateway.store))[0].mode == "monitor"
        cell = entries.get_cell(entries.coordinate_to_cell_key((0, 0)).row_key, "mode")
        assert app.get_css_variables()["warning"].lower() in str(cell.style).lower()
        assert "1 monitor only" in str(app.screen.query_one("#lists-status").render())
        # a monitored block does not refuse
        assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.9", "pest@other.example", "bob@corp.example"))[
            0
        ] == 250
        await pilot.press("m")
        await wait_for(lambda: column(entries, "mode") == ["enforce"])
        assert block_entry(gateway).monitor is False
        code, text = await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.9", "pest@other.example", "bob@corp.example")
        assert (code, text) == (550, "5.7.1 Sender <pest@other.example> is not allowed to send to <bob@corp.example>")


async def test_the_add_form_can_add_an_entry_in_monitor_mode(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await wait_for(lambda: app.screen.query("#entries"))
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(
            "tab", *"email", "tab", *"pest@other.example", "tab", "tab", "tab", "tab", "tab", *"monitor", "enter"
        )
        await wait_for(
            lambda: (
                app.screen.query(".question")
                and "would have matched" in str(app.screen.query_one(".question").render())
            )
        )
        await pilot.press("y")
        entries = app.screen.query_one("#entries", DataTable)
        await wait_for(lambda: column(entries, "mode") == ["MONITOR"])
        assert block_entry(gateway).monitor is True
        assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.9", "pest@other.example", "bob@corp.example"))[
            0
        ] == 250
        # a mode that is neither cannot be chosen: the field offers the two, and typing another keeps the choice
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("tab", *"email", "tab", *"other@other.example", "tab", "tab", "tab", "tab", "tab", *"watch")
        mode = app.screen.query_one("#field-mode", ChoiceSelect)
        assert mode.choices == ("enforce", "monitor") and mode.value == "enforce"
        await pilot.press("escape")
        await pilot.pause()
        assert len(await lists_store.load_entries(gateway.store)) == 1
