"""The Queue screen driven with the keyboard (Textual Pilot) over a real gateway whose upstream is down:
bulk actions by sender, domain and client, the decoded message view, the cursor across refreshes."""

from __future__ import annotations

import asyncio

from textual.widgets import DataTable, Label, Static

from app.store import queue as queue_store
from app.ui.screens.modals import ConfirmScreen, TextScreen
from app.ui.screens.scope_picker import ScopePicker

from tests.conftest import message, wait_for
from tests.support.corpus import b_word, text_message
from tests.support.processes import closed_port
from tests.ui.test_dashboard import column, dashboard

# (sender, client address): two senders of one domain, one stranger sharing a client with one of them
MAIL = (
    [("webmaster@corp.example", "127.0.0.1")] * 3
    + [("sales@corp.example", "127.0.0.2")] * 2
    + [("pest@other.example", "127.0.0.2")]
)


async def queue_mail(gateway, mail=MAIL) -> None:
    await gateway.configure(upstream=f"127.0.0.1:{closed_port()}")  # nothing listens: the mail stays queued
    for i, (sender, client) in enumerate(mail):
        await asyncio.to_thread(gateway.send, sender, [f"x{i}@corp.example"], message(f"q{i}"), client)


async def held_by_sender(gateway) -> dict[str, list[int]]:
    rows = await queue_store.list_queue(gateway.store)
    found: dict[str, list[int]] = {}
    for row in rows:
        found.setdefault(row["sender"], []).append(row["held"])
    return {sender: sorted(flags) for sender, flags in found.items()}


async def open_queue(app, pilot) -> tuple[DataTable, DataTable]:
    await pilot.press("2")
    await wait_for(lambda: app.screen.query("#messages"))
    senders, messages = app.screen.query_one("#senders", DataTable), app.screen.query_one("#messages", DataTable)
    return senders, messages


def select(table: DataTable, key: str) -> None:
    table.move_cursor(row=table.get_row_index(key))


def cursor_key(table: DataTable) -> str:
    return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value


def question(app) -> str:
    return str(app.screen.query_one(".question", Label).render())


async def test_hold_release_and_delete_everything_of_a_sender_a_domain_or_a_client_in_two_keys(gateway):
    await queue_mail(gateway)
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        senders, messages = await open_queue(app, pilot)
        await wait_for(lambda: "webmaster@corp.example" in column(senders, "sender"))
        select(senders, "webmaster@corp.example")
        await wait_for(
            lambda: set(column(messages, "sender")) == {"webmaster@corp.example"} and messages.row_count == 3
        )
        messages.focus()

        # H, s: the scope picker shows what each scope holds; then the confirmation names the count
        keys = ["H", "s"]  # the whole story: two keys, then "y" to confirm
        await pilot.press(keys[0])
        await wait_for(lambda: isinstance(app.screen, ScopePicker))
        buttons = {b.id: str(b.label) for b in app.screen.query("Button")}
        assert "webmaster@corp.example  (3 messages)" in buttons["scope-sender"]
        assert "corp.example  (5 messages)" in buttons["scope-domain"]
        assert "127.0.0.1  (3 messages)" in buttons["scope-client"]
        await pilot.press(keys[1])
        await wait_for(lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app) == "Hold 3 messages from <webmaster@corp.example>?"
        await pilot.press("y")
        assert len(keys) <= 2
        await wait_for(lambda: column(messages, "state") == ["held"] * 3)
        assert await held_by_sender(gateway) == {
            "webmaster@corp.example": [1, 1, 1],
            "sales@corp.example": [0, 0],
            "pest@other.example": [0],
        }

        # U, d: release every sender of the domain (only the held ones count)
        await pilot.press("U", "d")
        await wait_for(lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app) == "Release 3 messages from senders at corp.example?"
        await pilot.press("y")
        await wait_for(lambda: "held" not in column(messages, "state"))
        assert all(flags == [0] * len(flags) for flags in (await held_by_sender(gateway)).values())

        # n says no: nothing changes
        await pilot.press("H", "d")
        await wait_for(lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app) == "Hold 5 messages from senders at corp.example?"
        await pilot.press("n")
        await pilot.pause()
        assert all(flags == [0] * len(flags) for flags in (await held_by_sender(gateway)).values())

        # D, i: delete what the selected message's client (127.0.0.2) sent, another sender's mail with it
        select(senders, "sales@corp.example")
        await wait_for(lambda: set(column(messages, "sender")) == {"sales@corp.example"})
        messages.focus()
        await pilot.press("D", "i")
        await wait_for(lambda: isinstance(app.screen, ConfirmScreen))
        assert question(app) == "Delete 3 messages from client 127.0.0.2?\nThey are gone for good."
        await pilot.press("y")
        await wait_for(
            lambda: any("3 messages from client 127.0.0.2 deleted" in str(n.message) for n in app._notifications)
        )
        assert await held_by_sender(gateway) == {"webmaster@corp.example": [0, 0, 0]}

        # a scope with nothing to change cannot be picked
        select(senders, "webmaster@corp.example")
        await wait_for(lambda: messages.row_count == 3)
        messages.focus()
        await pilot.press("U")
        await wait_for(lambda: isinstance(app.screen, ScopePicker))
        assert app.screen.query_one("#scope-sender").disabled
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ScopePicker)
        await pilot.press("escape")
        await wait_for(lambda: not isinstance(app.screen, ScopePicker))
        assert await held_by_sender(gateway) == {"webmaster@corp.example": [0, 0, 0]}


async def test_the_cursor_stays_on_the_same_sender_and_message_when_the_queue_changes(gateway):
    await queue_mail(gateway, [("webmaster@corp.example", "127.0.0.1")] * 4)
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        senders, messages = await open_queue(app, pilot)
        await wait_for(lambda: messages.row_count == 4 and column(senders, "sender") == ["webmaster@corp.example"])
        messages.focus()
        first, _second, third, _fourth = list(messages.rows)
        select(messages, third.value)  # neither the top row nor, once one above leaves, its old index
        await pilot.pause()
        # a busier sender sorts above, and the message above the cursor leaves (deleted from the CLI, say)
        for i in range(4):
            await asyncio.to_thread(gateway.send, "busy@other.example", [f"y{i}@corp.example"], message(f"b{i}"))
        await queue_store.delete_message(gateway.store, first.value.split("|")[0])
        await pilot.press("r")
        await wait_for(
            lambda: (
                column(senders, "sender")[:2] == ["busy@other.example", "webmaster@corp.example"]
                and messages.row_count == 3
            )
        )
        await pilot.pause(0.2)
        assert cursor_key(senders) == "webmaster@corp.example"
        assert cursor_key(messages) == third.value
        assert set(column(messages, "sender")) == {"webmaster@corp.example"}


async def test_enter_reads_the_queued_message_decoded_and_markup_stays_text(gateway):
    subject = "[/] 견적서 [bold]확인[/bold] 부탁드립니다"
    await gateway.configure(upstream=f"127.0.0.1:{closed_port()}")
    await asyncio.to_thread(
        gateway.send,
        "김민준@other.example",
        ["bob@corp.example"],
        text_message(b_word(subject), "안녕하세요, 견적서를 보내 드립니다."),
    )
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        _senders, messages = await open_queue(app, pilot)
        await wait_for(lambda: messages.row_count == 1)
        messages.focus()
        await pilot.press("enter")
        await wait_for(lambda: isinstance(app.screen, TextScreen))
        shown = str(app.screen.query_one("VerticalScroll Static", Static).render())
        assert f"Subject:    {subject}" in shown  # decoded from RFC 2047, brackets and all
        assert "안녕하세요, 견적서를 보내 드립니다." in shown
        assert "Envelope:   <김민준@other.example> -> bob@corp.example" in shown
        assert "Delivery:   <bob@corp.example> " in shown
        await pilot.press("escape")
        await wait_for(lambda: not isinstance(app.screen, TextScreen))
