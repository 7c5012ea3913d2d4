"""The customer's second story on the dashboard: a hijacked webmaster@corp.example relays spam through the trusted
Exchange server (no SMTP AUTH login), and the operator stops it from the alerts panel, counting keys. The mail goes
over real SMTP; the gateway runs on an injected clock."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import DataTable

from app.store import accounts as accounts_store
from app.store import alerts as alerts_store
from app.store import lists as lists_store

from tests.conftest import StoppedClock, wait_for
from tests.ui.test_dashboard import column, dashboard
from tests.ui.test_dashboard_accounts import add_account, alerts_panel, rendered
from tests.gateway.test_hijack import replay, send_spam

WHO = "webmaster@corp.example"


@pytest.fixture
def gateway_clock() -> StoppedClock:
    return StoppedClock()


async def hijacked_through_exchange(gateway, sink, clock: StoppedClock) -> None:
    """Exchange (127.0.0.1) trusted, its webmaster trickling spam until the monitor alerts; nothing held by itself
    (outbound.hold_on_alert off), so that the operator's keys are what stops it."""
    await gateway.trust("127.0.0.1/32")
    await gateway.configure(smarthost=sink.address, upstream=sink.address, outbound__hold_on_alert="no")
    await replay(gateway, sink, clock)


def notified(app, text: str) -> bool:
    return any(text in str(n.message) for n in app._notifications)


async def test_stop_a_hijacked_sender_relaying_through_exchange_from_the_alerts_panel(gateway, sink, gateway_clock):
    await hijacked_through_exchange(gateway, sink, gateway_clock)
    app = dashboard(gateway)

    async def press(*typed: str) -> None:  # the story's keys, in order: D, then H y B y
        await pilot.press(*typed)

    async with app.run_test(size=(120, 40)) as pilot:
        panel = await alerts_panel(app)
        table = panel.query_one("#alerts", DataTable)
        await wait_for(lambda: table.row_count == 1)
        assert column(table, "subject") == [f"sender:{WHO}"]
        table.focus()
        await wait_for(lambda: "dormant-sender-started" in rendered(app, "#detail"))
        detail = rendered(app, "#detail")
        assert "L limits its outbound mail, B blocks it for outbound" in detail
        assert "would not stop it" in detail and "never sent" not in detail
        assert "client_ip" in detail and "127.0.0.1" in detail  # the path it took: the trusted Exchange

        # D says in one line why a login is not the way, instead of refusing
        await press("D")
        await wait_for(lambda: notified(app, "without an SMTP AUTH login, so disabling a login here would not"))
        assert not app.screen.query(".question")

        await press("H")
        await wait_for(lambda: app.screen.query(".question"))
        await press("y")
        await wait_for(lambda: WHO in gateway.gateway.policy.current.held_senders)
        await press("B")
        await wait_for(lambda: app.screen.query(".question"))
        assert "Block <webmaster@corp.example> for outbound?" in rendered(app, ".question")
        await press("y")
        await wait_for(lambda: notified(app, "is blocked: its next message is refused (550)"))

    entries = [e for e in await lists_store.load_entries(gateway.store) if e.list == "block"]
    assert [(e.kind, e.value, e.scope) for e in entries] == [("email", WHO, "")]
    # its next message through Exchange is refused, over a real socket
    code, text = await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.1", WHO, "buyer@shop.example")
    assert code == 550, text
    # another sender on the same Exchange still relays
    code, _ = await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.1", "kim@corp.example", "buyer@shop.example")
    assert code == 250
    assert len(await alerts_store.list_alerts(gateway.store, open_only=True)) == 1


async def test_L_puts_an_outbound_limit_on_the_alert_sender_in_two_keys(gateway, sink, gateway_clock):
    await hijacked_through_exchange(gateway, sink, gateway_clock)
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await alerts_panel(app)
        await wait_for(lambda: panel.query_one("#alerts", DataTable).row_count == 1)
        await pilot.press("L")
        await wait_for(lambda: app.screen.query("#field-per_minute"))
        assert "Outbound limit for <webmaster@corp.example>" in rendered(app, ".question")
        await pilot.press("enter")  # the offered limits: 2 a minute, 10 an hour, 50 a day
        await wait_for(lambda: notified(app, "outbound limit for <webmaster@corp.example>: 2/min, 10/hour, 50/day"))
        # a typo keeps the form open and says why
        await pilot.press("L")
        await wait_for(lambda: app.screen.query("#field-per_minute"))
        app.screen.query_one("#field-per_minute").value = "two"
        await pilot.press("enter")
        await wait_for(lambda: "not a whole number" in rendered(app, "#form-error"))
        await pilot.press("escape")
        await wait_for(lambda: not app.screen.query("#field-per_minute"))

    assert (await accounts_store.load_sender_limits(gateway.store))[f"sender:{WHO}"] == (2, 10, 50)
    # the spam run sent 4 a minute: its next message through Exchange is deferred at MAIL FROM
    code, text = await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.1", WHO, "buyer@shop.example")
    assert code == 451 and "over its sending limit" in text, text
    # the limit is the sender's alone
    await asyncio.to_thread(send_spam, gateway, "kim@corp.example", 500)


async def test_an_alert_raised_again_while_open_is_one_row_that_says_how_often(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)):
        panel = await alerts_panel(app)
        table = panel.query_one("#alerts", DataTable)
        desk = gateway.gateway.handler.alerts
        first = await desk.raise_alert("volume-spike", f"sender:{WHO}", "warning", "60 messages today")
        await wait_for(lambda: table.row_count == 1)
        assert column(table, "summary") == ["60 messages today"]
        again = await desk.raise_alert("volume-spike", f"sender:{WHO}", "critical", "200 messages today")
        assert again == first
        await wait_for(lambda: column(table, "summary")[0].endswith("200 messages today"))
        assert table.row_count == 1
        assert column(table, "summary")[0].startswith("2x, last ")
        assert column(table, "severity") == ["critical"]


async def test_D_on_a_sender_alert_finds_the_account_behind_it_and_says_what_disabling_does_not_stop(gateway):
    await add_account(gateway, "webmaster@corp.example", "Webmaster2024!")
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = await alerts_panel(app)
        await gateway.gateway.handler.alerts.raise_alert(
            "dormant-sender-started", f"sender:{WHO}", "critical", f"{WHO} started sending through 127.0.0.1"
        )
        table = panel.query_one("#alerts", DataTable)
        await wait_for(lambda: table.row_count == 1)
        table.focus()
        await pilot.press("D")
        await wait_for(lambda: app.screen.query(".question"))
        question = rendered(app, ".question")
        assert f"Disable the account {WHO}?" in question
        assert "relayed by a trusted network without a login, which disabling does not stop" in question
        await pilot.press("y")
        await wait_for(lambda: gateway.gateway.policy.current.accounts.find(WHO).enabled is False)
    assert (await accounts_store.get_account(gateway.store, WHO)).enabled is False
