"""The dashboard can never take the gateway down: markup-like text anywhere, a failing worker, an error that
escapes the app. Driven in-process with Textual's Pilot (or `mailmoat run`'s own code path) over a real
gateway on loopback sockets."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input, Label

from app.install import initialise
from app.store import alerts as alerts_store
from app.store import content_rules as rules_store
from app.store import lists as lists_store
from app.store import queue as queue_store
from app.store import relay as relay_store
from app.store import settings as settings_store
from app.store.database import Store
from app.ui import run as run_module
from app.ui import app as app_module
from app.ui.app import MailmoatApp
from app.ui.run import AttachedDashboard
from app.ui.backend import Backend
from app.ui.feed import BusFeed
from app.ui.screens.live import LiveScreen

from tests.conftest import free_port, message, wait_for
from tests.ui.test_dashboard import column, dashboard
from tests.ui.test_dashboard_content import open_screen

# Each of these, parsed as Textual or Rich markup, is an error (an unclosed or unmatched tag) or an action.
HOSTILE = ["[", "[/", "[/]", "[red]", "[@click=app.quit]"]
# Typed into the forms: the same hazards in two strings. "[/]" first is an error to either parser wherever it is
# parsed; the second is an action and tags that a parse would swallow (the columns must show it as typed). Each
# form round trip costs seconds, so five strings through every form tested the same thing five times.
TYPED = ["[/][", "[@click=app.quit][red][/"]


def notifications(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def still_serving(gateway, sink, sender: str) -> None:
    """A whole SMTP transaction through the gateway, delivered to the upstream."""
    refused = await asyncio.to_thread(gateway.send, sender, ["bob@corp.example"], message("still here"))
    assert refused == {}
    await wait_for(lambda: any(m.sender == sender for m in sink.messages))


async def operator_dashboard(gateway) -> MailmoatApp:
    """As `mailmoat run` builds it: the dashboard writes through a journaled connection of its own."""
    gw = gateway.gateway
    store = await Store.open(gw.store.path, create=False)
    store.journal_actor = "tester (dashboard)"
    app = MailmoatApp(Backend(store, gw.policy, attached=False), BusFeed(gw.store, gw.bus), in_process=True)
    gw.policy.listeners.append(lambda _snapshot: app.policy_changed())
    return app


async def test_markup_typed_into_every_input_and_saved_as_values_leaves_the_gateway_serving(gateway, sink):
    app = await operator_dashboard(gateway)
    try:
        await _type_markup_everywhere(app, gateway, sink)
    finally:
        await app.backend.store.close()


async def _type_markup_everywhere(app, gateway, sink) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        # Live: the filter box (its text is echoed in the status line)
        for text in HOSTILE:
            await pilot.press("slash", *text)
            await pilot.pause()
            status = str(app.screen.query_one("#live-status", Label).render())
            assert f"filter: {text!r}" in status, status
            await pilot.press("escape")
            assert app.is_running

        # Blocklists: a value the form refuses (the error toast quotes it), then a good value with a comment
        await open_screen(app, pilot, "4", "#entries")
        entries = app.screen.query_one("#entries")
        for index, text in enumerate(TYPED):
            await pilot.press("a")
            await wait_for(lambda: app.screen.query("#field-value"))
            await pilot.press("tab", *"email", "tab", *text, "enter")  # refused under the form, kept open
            await wait_for(lambda: "not a" in str(app.screen.query_one("#form-error").render()))
            await pilot.press("escape")
            await wait_for(lambda: not app.screen.query("#field-value"))
            await pilot.pause()
            await pilot.press("a")
            await wait_for(lambda: app.screen.query("#field-value"))
            await pilot.press(
                "tab", *"email", "tab", *f"odd{index}@other.example", "tab", "tab", "tab", "tab", *text, "enter"
            )  # list, kind, value, scope, action, expires, comment
            await wait_for(lambda: app.screen.query(".question") and not app.screen.query("#field-value"))
            await pilot.press("y")
            await wait_for(lambda: text in column(entries, "comment"))
        stored = {e.comment for e in await lists_store.load_entries(gateway.store)}
        assert set(TYPED) <= stored
        for text in TYPED:  # a DNS blocklist zone and return codes the form refuses
            await pilot.press("z")
            await wait_for(lambda: app.screen.query("#field-zone"))
            await pilot.press(*text, "tab", "tab", "tab", *text, "enter")
            await wait_for(lambda: str(app.screen.query_one("#form-error").render()))
            await pilot.press("escape")
            await wait_for(lambda: not app.screen.query("#field-zone"))
            await pilot.pause()

        # Rules: each string as a keyword pattern and a comment, then the undo dialog that quotes the change
        rules = await open_screen(app, pilot, "5", "#rules")
        await wait_for(lambda: rules.row_count > 0)
        for index, text in enumerate(TYPED):
            await pilot.press("a")
            await wait_for(lambda: app.screen.query("#field-pattern"))
            await pilot.press(
                *f"odd-{index}",
                "tab",
                *"subject",
                "tab",
                *text,
                "tab",
                "tab",
                "tab",
                "tab",
                "tab",
                "tab",
                *text,
                "enter",
            )  # name, field, pattern, regex .. mode, comment
            await wait_for(lambda: app.screen.query("#preview-text"))
            await pilot.press("y")
            await wait_for(lambda: f"odd-{index}" in column(rules, "name"))
            assert text in column(rules, "pattern")
            await pilot.press("ctrl+z")
            await wait_for(lambda: app.screen.query(".question"))
            assert text in str(app.screen.query_one(".question", Label).render())
            await pilot.press("n")
        for index, text in enumerate(TYPED):
            rule = await rules_store.find_rule(gateway.store, f"odd-{index}")
            assert (rule.pattern, rule.comment) == (text, text)

        # Relay: a network the form refuses, then a trusted network with the string as its comment
        await open_screen(app, pilot, "3", "#networks")
        networks = app.screen.query_one("#networks")
        for index, text in enumerate(TYPED):
            networks.focus()
            await pilot.press("a")
            await wait_for(lambda: app.screen.query("#field-value"))
            await pilot.press(*text, "enter")
            # the refusal reaches the operator as plain text, brackets and all, under the form kept open
            await wait_for(lambda: f"not an IP network: '{text}'" in str(app.screen.query_one("#form-error").render()))
            await pilot.press("escape")
            await wait_for(lambda: not app.screen.query("#field-value"))
            networks.focus()
            await pilot.press("a")
            await wait_for(lambda: app.screen.query("#field-value"))
            await pilot.press(*f"192.0.2.{index + 1}/32", "tab", *text, "enter")
            await wait_for(lambda: app.screen.query(".question"))
            await pilot.press("y")
            await wait_for(lambda: text in column(networks, "comment"))
        trusted = dict((await relay_store.load_relay_rows(gateway.store)).trusted_networks)
        assert {trusted[f"192.0.2.{i + 1}/32"] for i in range(len(TYPED))} == set(TYPED)
        answer = app.screen.query_one("#check-answer")
        for text in TYPED:  # the relay checker: the client's sender and recipient as typed
            for box in ("#check-ip", "#check-sender", "#check-rcpt"):
                app.screen.query_one(box, Input).value = ""
            answer.update("")
            networks.focus()
            await pilot.press("w")
            await pilot.press(
                *"203.0.113.9", "tab", *f"{text}@other.example", "tab", *f"{text}@elsewhere.example", "enter"
            )
            await wait_for(lambda: "reply:" in str(answer.render()))
            assert app.failure is None and not any("failed" in n for n in notifications(app)), notifications(app)

        await pilot.press("1")
        assert app.is_running and app.failure is None
        await still_serving(gateway, sink, "after-markup@other.example")


async def test_markup_in_stored_values_and_mail_shows_as_typed_on_every_screen(gateway, sink):
    """Values that came from the database or from mail, not from this dashboard."""
    for index, text in enumerate(HOSTILE):
        # queued mail from such a sender (due next year: it stays in the queue) ...
        await gateway.store.commit_batched(
            queue_store.enqueue_statements(
                queue_store.NewMessage(
                    queue_store.new_queue_id(),
                    time.time(),
                    f"{text}q{index}@other.example",
                    "192.0.2.1",
                    "client.example",
                    message("queued"),
                    [("bob@corp.example", "")],
                ),
                time.time() + 365 * 86400,
            )
        )
        # ... a list entry and an alert
        await lists_store.add_entries(
            gateway.store, [{"list": "block", "kind": "email", "comment": text, "value": f"{text}{index}@bad.example"}]
        )
        await alerts_store.raise_alert(gateway.store, 1.0, "odd", f"sender:{text}@other.example", "warning", text)
    await gateway.gateway.policy.reload()
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        for text in HOSTILE:  # a HELO (refused) and a sender full of brackets, in the Live log and detail pane
            await asyncio.to_thread(_session, gateway, text)
        table = app.screen.query_one("#log")
        await wait_for(lambda: {f"{text}@other.example" for text in HOSTILE} <= set(column(table, "sender")))
        for row in range(table.row_count):  # each row's conversation in the detail pane
            table.move_cursor(row=row)
            await pilot.pause()
        await pilot.press("2")  # Queue: selecting a sender puts it in the messages' title
        senders = await wait_for(lambda: app.screen.query("#senders") and app.screen.query_one("#senders"))
        await wait_for(
            lambda: {f"{t}q{i}@other.example" for i, t in enumerate(HOSTILE)} <= set(column(senders, "sender"))
        )
        senders.focus()
        for row in range(senders.row_count):
            senders.move_cursor(row=row)
            await pilot.pause()
            assert column(senders, "sender")[row] in str(app.screen.query_one("#messages-title", Label).render())
        for key in ("3", "4", "5", "6", "7", "question_mark", "1"):
            await pilot.press(key)
            await pilot.pause()
        assert app.is_running and app.failure is None
    await still_serving(gateway, sink, "after-stored@other.example")


def _session(gateway, text: str) -> None:
    with gateway.smtp() as client:
        client.ehlo(f"h{text}")
        client.mail(f"<{text}@other.example>")
        client.rcpt("nobody@elsewhere.example")


async def test_a_worker_that_raises_is_reported_and_the_dashboard_carries_on(gateway, sink, monkeypatch, caplog):
    app = dashboard(gateway)

    async def broken_status():
        raise RuntimeError("status [/] unavailable")

    async with app.run_test(size=(120, 40)) as pilot:
        monkeypatch.setattr(app.backend, "header_status", broken_status)
        worker = app.refresh_status()
        await wait_for(lambda: worker.is_finished)
        assert worker.error is not None
        await wait_for(lambda: any("status [/] unavailable" in n for n in notifications(app)))
        assert any(
            r.levelno == logging.ERROR and r.exc_info and "refresh status" in r.getMessage() for r in caplog.records
        )
        await pilot.press("3")  # the app still answers keys
        await wait_for(lambda: app.screen.query("#networks"))
        assert app.is_running and app.failure is None
    await still_serving(gateway, sink, "after-worker@other.example")


async def _ready_database(tmp_path, sink) -> str:
    db = str(tmp_path / "gateway.db")
    store = await Store.open(db)
    await initialise(store, "mx.corp.example")
    await settings_store.set_setting(store, "upstream", sink.address)
    await settings_store.set_setting(store, "queue.retry_min", "1s")
    await settings_store.set_setting(store, "relay.selftest", "no")
    await relay_store.add_local_domain(store, "corp.example")
    await store.close()
    return db


@pytest.mark.parametrize("failure", ["markup in a notification", "a screen whose compose raises"])
async def test_an_error_that_ends_the_dashboard_of_run_leaves_the_gateway_serving_headless(
    tmp_path, sink, monkeypatch, caplog, failure
):
    """`mailmoat run`'s own code path (run_with_dashboard), the app on Textual's headless driver."""
    db = await _ready_database(tmp_path, sink)
    port = free_port()
    apps: list[MailmoatApp] = []

    class HeadlessApp(MailmoatApp):
        CSS_PATH = str(Path(app_module.__file__).with_name(MailmoatApp.CSS_PATH))

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            apps.append(self)

        async def run_async(self, **_options):
            return await super().run_async(headless=True, size=(120, 40))

    monkeypatch.setattr(run_module, "MailmoatApp", HeadlessApp)
    if failure == "a screen whose compose raises":

        def compose(self):
            raise RuntimeError("compose failed on purpose")

        monkeypatch.setattr(LiveScreen, "compose", compose)

    task = asyncio.create_task(run_module.run_with_dashboard(db, f"127.0.0.1:{port}"))
    try:
        await wait_for(lambda: apps and (apps[0].is_running or task.done()), timeout=30)
        if failure == "markup in a notification":
            await wait_for(lambda: apps[0].screen.query("#log") or not apps[0].is_running)
            # Textual's own notify, as the screens called it before: the toast parses "[/]" and raises
            App.notify(apps[0], "entry [/] refused", markup=True)
        await wait_for(lambda: apps[0].failure is not None and not apps[0].is_running)
        assert not task.done()

        reader = await Store.open(db, create=False)
        try:
            alerts = await wait_for(lambda: _dashboard_alerts(reader))
        finally:
            await reader.close()
        expected = "MarkupError" if failure.startswith("markup") else "compose failed on purpose"
        assert expected in alerts[0].summary and "Traceback" in alerts[0].details
        logged = [r for r in caplog.records if r.levelno == logging.ERROR and r.exc_info]
        assert logged and expected in "".join(_formatted(r) for r in logged)
        assert any("mailmoat --db" in r.getMessage() and "tui" in r.getMessage() for r in caplog.records)

        client_sink_sender = f"headless-{failure.split()[0]}@other.example"
        await asyncio.to_thread(_send, port, client_sink_sender)
        await wait_for(lambda: any(m.sender == client_sink_sender for m in sink.messages))

        # The next dashboard (`mailmoat tui`, without the injected fault) shows the failure as an open alert
        monkeypatch.undo()
        attached = AttachedDashboard(db)
        async with attached.run_test(size=(120, 40)):
            panel = await wait_for(lambda: attached.screen.query("#alerts") and attached.screen.query_one("#alerts"))
            await wait_for(lambda: "dashboard_failed" in column(panel, "kind"))

        stop = signal.SIGTERM if failure.startswith("markup") else signal.SIGINT
        os.kill(os.getpid(), stop)  # run's own handler: drain and stop
        assert await asyncio.wait_for(task, 15) == 0
    finally:
        if not task.done():
            task.cancel()
            with pytest.raises(BaseException):
                await task


async def _dashboard_alerts(store: Store):
    return [a for a in await alerts_store.list_alerts(store, open_only=True) if a.kind == "dashboard_failed"]


def _formatted(record: logging.LogRecord) -> str:
    return logging.Formatter().format(record)


def _send(port: int, sender: str) -> None:
    import smtplib

    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        client.ehlo("client.example")
        assert client.sendmail(sender, ["bob@corp.example"], message("headless")) == {}


def test_every_screen_uses_the_soft_worker_and_the_plain_table():
    """A guard for new screens: textual.work would end the app on a worker's error (and `run` with it), and
    a plain DataTable parses str cells as markup."""
    ui = Path(app_module.__file__).parent
    offenders = []
    for source in sorted(ui.rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        if source.name != "workers.py" and ("from textual import work" in text or "textual.work" in text):
            offenders.append(f"{source.name}: textual's work")
        if source.name != "plain.py" and "DataTable(" in text:
            offenders.append(f"{source.name}: DataTable(")
    assert offenders == []
