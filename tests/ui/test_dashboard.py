"""The dashboard driven with the keyboard (Textual Pilot) over a real gateway on loopback sockets."""

from __future__ import annotations

import asyncio
import smtplib

import pytest
from textual.widgets import DataTable, Static

from app.store import queue as queue_store
from app.store import settings as settings_store
from app.ui.app import MailmoatApp
from app.ui.backend import Backend
from app.ui.feed import BusFeed

from tests.conftest import message, wait_for
from tests.support.processes import closed_port


def dashboard(gateway) -> MailmoatApp:
    gw = gateway.gateway
    app = MailmoatApp(Backend(gw.store, gw.policy, attached=False), BusFeed(gw.store, gw.bus), in_process=True)
    gw.policy.listeners.append(lambda _snapshot: app.policy_changed())
    return app


def rendered(app, selector: str) -> str:
    """The node's text, "" while it is not on screen (so that wait_for waits for it instead of raising)."""
    found = app.screen.query(selector)
    return str(found.first().render()) if found else ""


def column(table: DataTable, key: str) -> list[str]:
    return [str(table.get_cell(row, key)) for row in table.rows]


async def test_live_log_shows_connections_with_verdict_and_detail(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await asyncio.to_thread(gateway.send, "김민준@other.example", ["bob@corp.example"], message("안녕"))
        await asyncio.to_thread(
            lambda: pytest.raises(
                smtplib.SMTPRecipientsRefused, gateway.send, "spam@other.example", ["x@elsewhere.example"], message()
            )
        )
        table = app.screen.query_one("#log", DataTable)
        # a session's events may arrive over two refreshes: wait for its verdict, not only its row
        await wait_for(
            lambda: (
                {("김민준@other.example", "queued"), ("spam@other.example", "rejected")}
                <= set(zip(column(table, "sender"), column(table, "verdict")))
            )
        )
        await wait_for(
            lambda: ("김민준@other.example", "delivered") in set(zip(column(table, "sender"), column(table, "verdict")))
        )  # the delivery has a row of its own
        reasons = column(table, "reason")
        assert any("Relaying to <x@elsewhere.example> is not allowed" in r for r in reasons)
        # the detail pane shows the whole conversation with the rule that decided
        row = column(table, "sender").index("spam@other.example")
        table.move_cursor(row=row)
        await pilot.pause()
        detail = str(app.screen.query_one("#detail", Static).render())
        assert "rule: default:deny" in detail and "550 5.7.1" in detail
        # verdict filter: only rejected rows remain
        await pilot.press("v")
        assert set(column(table, "verdict")) == {"rejected"}
        # pause holds rows back until resumed
        await pilot.press("v", "v", "v", "v", "p")
        await asyncio.to_thread(gateway.send, "later@other.example", ["bob@corp.example"], message("later"))
        await pilot.pause(0.6)
        assert "later@other.example" not in column(table, "sender")
        await pilot.press("p")
        await wait_for(lambda: "later@other.example" in column(table, "sender"))


async def test_relay_rule_added_and_deleted_from_the_keyboard_takes_effect_on_live_sessions(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.2", "a@corp.example", "c@other.example"))[0] == 550
        await gateway.gateway.writer.flush()  # the refused attempt is in the stored history
        await pilot.press("3")
        await wait_for(lambda: app.screen.query("#networks"))
        app.screen.query_one("#networks", DataTable).focus()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"127.0.0.2/32", "tab", *"test client", "enter")
        # before saving: what it would have done to the last day (the refused relay attempt above)
        await wait_for(lambda: app.screen.query(".question"))
        question = str(app.screen.query_one(".question").render())
        assert "0 would now be refused, 1 would now be accepted" in question
        flips = app.screen.query_one("#flips", DataTable)  # the flip itself, to inspect
        assert column(flips, "client") == ["127.0.0.2"] and column(flips, "recipient") == ["c@other.example"]
        assert column(flips, "now") == ["accepted"]
        await pilot.press("y")
        networks = app.screen.query_one("#networks", DataTable)
        await wait_for(lambda: "127.0.0.2/32" in column(networks, "network"))
        assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.2", "a@corp.example", "c@other.example"))[0] == 250
        networks.focus()
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(lambda: "127.0.0.2/32" not in column(networks, "network"))

        async def refused_again() -> bool:  # the live policy follows the database (a reload), not the table
            return (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.2", "a@corp.example", "c@other.example"))[
                0
            ] == 550

        await wait_for(refused_again)


@pytest.mark.parametrize(
    "client, sender, recipient",
    [
        ("127.0.0.1", "a@other.example", "victim@elsewhere.example"),
        ("127.0.0.1", "a@other.example", "bob@corp.example"),
        ("127.0.0.1", "a@other.example", "user%elsewhere.example@corp.example"),
        ("127.0.0.1", "nodomain", "bob@corp.example"),
    ],
)
async def test_relay_checker_answers_exactly_like_a_real_smtp_session(gateway, client, sender, recipient):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await wait_for(lambda: app.screen.query("#check-ip"))
        await pilot.press("w", *client, "tab", *sender, "tab", *recipient, "enter")
        answer = app.screen.query_one("#check-answer", Static)
        await wait_for(lambda: "reply:" in str(answer.render()))
        shown = str(answer.render())

        def real():
            with gateway.smtp(client) as smtp:
                code, text = smtp.mail(sender)
                if code != 250:
                    return f"{code} {text.decode()}"
                code, text = smtp.rcpt(recipient)
                return f"{code} {text.decode()}"

        assert f"reply: {await asyncio.to_thread(real)}" in shown


async def test_queue_screen_groups_by_sender_and_holds_and_releases(gateway):
    await gateway.configure(upstream=f"127.0.0.1:{closed_port()}")  # nothing listens: mail stays queued
    for i in range(3):
        await asyncio.to_thread(gateway.send, "webmaster@corp.example", [f"x{i}@corp.example"], message(f"q{i}"))
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await wait_for(lambda: app.screen.query("#senders"))
        senders = app.screen.query_one("#senders", DataTable)
        await wait_for(lambda: "webmaster@corp.example" in column(senders, "sender"))
        assert column(senders, "waiting")[column(senders, "sender").index("webmaster@corp.example")] == "3"
        messages = app.screen.query_one("#messages", DataTable)
        await wait_for(lambda: messages.row_count == 3)
        messages.focus()
        first_id = column(messages, "id")[0]
        await pilot.press("h")
        await wait_for(lambda: column(messages, "state")[column(messages, "id").index(first_id)] == "held")
        held = await queue_store.get_message(gateway.store, first_id)
        assert held["held"] == 1
        await pilot.press("u")
        await wait_for(lambda: column(messages, "state")[column(messages, "id").index(first_id)] != "held")
        assert (await queue_store.get_message(gateway.store, first_id))["held"] == 0


async def test_help_theme_and_quit(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await wait_for(lambda: app.screen.query("#keys"))
        keys = column(app.screen.query_one("#keys", DataTable), "key")
        assert {"1", "2", "3", "h", "u", "a", "p", "t", "ctrl+t", "?", "/", "esc"} <= set(keys)  # as typed
        assert not {"question_mark", "slash", "escape"} & set(keys)
        theme = [
            row for row in zip(keys, column(app.screen.query_one("#keys", DataTable), "does")) if row[1] == "Theme"
        ]
        assert theme == [("ctrl+t", "Theme")]  # t is Test on Rules, and nothing else
        before = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != before
        await wait_for(lambda: settings_store.get_setting(gateway.store, "ui.theme"))
        assert await settings_store.get_setting(gateway.store, "ui.theme") == app.theme
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("s")
    assert app.return_value == "stop"


async def test_command_palette_reaches_screens_and_screen_actions(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Show Relay")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(lambda: app.current_mode == "relay")
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Show Live", "Show Queue", "Show Relay", "Show Help", "Relay: Add", "Next theme"} <= set(commands)


async def test_markup_in_attacker_chosen_names_is_shown_literally(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as _pilot:

        def send():
            with gateway.smtp() as client:
                return client.mail("[red]boss@other.example")  # refused as bad syntax, and logged

        assert (await asyncio.to_thread(send))[0] == 553
        table = app.screen.query_one("#log", DataTable)
        # parsed as markup, the cell would read "boss@other.example"
        await wait_for(lambda: "[red]boss@other.example" in column(table, "sender"))


async def test_blocklists_screen_adds_with_a_preview_and_deletes_and_sessions_follow(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await asyncio.to_thread(gateway.send, "pest@other.example", ["bob@corp.example"], message("before"))
        await pilot.press("4")
        await wait_for(lambda: app.screen.query("#entries"))
        await pilot.press("a")
        await wait_for(lambda: app.screen.query("#field-value"))  # the form, before anything is typed into it
        await pilot.press("tab", *"email", "tab", *"pest@other.example", "enter")
        await wait_for(lambda: "would have matched 1 connection" in rendered(app, ".question"))
        assert "1 would now be refused" in rendered(app, ".question")
        await pilot.press("y")
        entries = app.screen.query_one("#entries", DataTable)
        await wait_for(lambda: "pest@other.example" in column(entries, "value"))
        code, text = await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.9", "pest@other.example", "bob@corp.example")
        assert (code, text) == (550, "5.7.1 Sender <pest@other.example> is not allowed to send to <bob@corp.example>")
        entries.focus()
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(lambda: "pest@other.example" not in column(entries, "value"))
        assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.9", "pest@other.example", "bob@corp.example"))[
            0
        ] == 250


async def test_blocklists_screen_adds_and_removes_a_dns_blocklist(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await wait_for(lambda: app.screen.query("#zones"))
        await pilot.press("z")
        await wait_for(lambda: app.screen.query("#field-zone"))  # the form, before anything is typed into it
        await pilot.press(*"zen.test", "tab", "tab", "tab", *"127.0.0.2,127.0.0.3", "enter")
        zones = app.screen.query_one("#zones", DataTable)
        await wait_for(lambda: "zen.test" in column(zones, "zone"))
        await wait_for(
            lambda: (
                [(z.zone, z.kind, z.codes) for z in gateway.gateway.policy.current.dnsbl_zones]
                == [("zen.test", "ip", frozenset({"127.0.0.2", "127.0.0.3"}))]
            )
        )
        assert "not checked yet" in str(app.screen.query_one("#zones-title").render())
        zones.focus()
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(lambda: not gateway.gateway.policy.current.dnsbl_zones)
        await pilot.press("z")
        await wait_for(lambda: app.screen.query("#field-zone"))  # the form, before anything is typed into it
        await pilot.press(*"not a zone!", "enter")  # said under the form, which stays open as typed
        await wait_for(lambda: "zone" in str(app.screen.query_one("#form-error").render()))
        assert app.screen.query_one("#field-zone").value == "not a zone!"


async def test_block_the_selected_connection_from_the_live_screen(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await asyncio.to_thread(gateway.send, "spammer@junk.example", ["bob@corp.example"], message("junk"))
        table = app.screen.query_one("#log", DataTable)
        await wait_for(
            lambda: ("spammer@junk.example", "queued") in set(zip(column(table, "sender"), column(table, "verdict")))
        )
        table.move_cursor(
            row=list(zip(column(table, "sender"), column(table, "verdict"))).index(("spammer@junk.example", "queued"))
        )
        await pilot.press("b")
        await pilot.pause()
        await pilot.press("f")  # the full form, filled in: block email spammer@junk.example for 7 days
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(lambda: gateway.gateway.policy.current.lists.block.size == 1)
        code, _ = await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.10", "spammer@junk.example", "bob@corp.example")
        assert code == 550


async def test_blocklists_screen_adds_a_uri_blocklist_for_link_domains(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await wait_for(lambda: app.screen.query("#zones"))
        await pilot.press("z")
        await wait_for(lambda: app.screen.query("#field-zone"))  # the form, before anything is typed into it
        await pilot.press(*"dbl.test", "tab", "end", "backspace", "backspace", *"uri", "enter")
        zones = app.screen.query_one("#zones", DataTable)
        await wait_for(lambda: "dbl.test" in column(zones, "zone"))
        await wait_for(
            lambda: [(z.zone, z.kind) for z in gateway.gateway.policy.current.dnsbl_zones] == [("dbl.test", "uri")]
        )
        assert "link domains" in [str(cell) for cell in zones.get_row("dbl.test")]
