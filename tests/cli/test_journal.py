"""The journal: every policy change is recorded with who, when, before and after; undo restores exactly.
The CLI-driven tests run on SQLite and on PostgreSQL (the `database` fixture of tests/support/postgres.py)."""

from __future__ import annotations

import asyncio

import pytest

from app.cli import main
from app.store.database import Store
from app.store.migrations import _JOURNALED
from tests.support.postgres import database, postgres_server, postgres_url  # noqa: F401 (fixtures)
from tests.conftest import db_row, db_rows

TABLES = [table for table, *_ in _JOURNALED]


@pytest.fixture
def db(database) -> str:
    assert main(["--db", database, "init", "--hostname", "mx.corp.example"]) == 0
    assert main(["--db", database, "domain", "add", "corp.example"]) == 0
    return database


async def _state(db: str) -> dict:
    store = await Store.open(db, create=False)
    try:
        dump = {}
        for table in TABLES:
            rows = [tuple(r) for r in await db_rows(store, f"SELECT * FROM {table} ORDER BY 1")]
            if table == "settings":
                rows = [r for r in rows if not r[0].startswith("internal.")]
            dump[table] = rows
        return dump
    finally:
        await store.close()


def state(db: str) -> dict:
    """Every policy row (internal bookkeeping settings aside)."""
    return asyncio.run(_state(db))


def setting_value(db: str, key: str):
    async def read():
        store = await Store.open(db, create=False)
        try:
            return await db_row(store, "SELECT value FROM settings WHERE key = ?", (key,))
        finally:
            await store.close()

    return asyncio.run(read())


def cli(db: str, *args: str) -> int:
    return main(["--db", db, *args])


CHANGES = [
    ("relay", "allow-net", "10.1.0.0/16", "--comment", "branch office"),
    ("relay", "allow-domain", "legacy.example"),
    ("route", "add", "partner.example", "10.0.0.5:25"),
    ("block", "add", "ip", "203.0.113.0/24", "--action", "disconnect", "--expires", "7d"),
    ("block", "add", "domain", ".spam.example", "--scope", "corp.example", "--comment", "광고"),
    ("allow", "add", "email", "boss@partner.example"),
    ("dnsbl", "add", "zen.example", "--weight", "0.5"),
    ("set", "smtp.max_size", "10M"),
    ("set", "content.reject_score.corp.example", "8"),
    ("rule", "add", "--field", "subject", "--pattern", "광고", "--score", "20", "--name", "ko"),
    ("rule", "disable", "ko-ad-free-optout"),
    ("rule", "monitor", "en-adult-cialis"),
    ("account", "add", "kim@corp.example", "--password", "Blue-river 7 lanterns", "--alias", "k@corp.example"),
    ("limits", "set", "--sender", "bulk@corp.example", "--per-hour", "100"),
    ("recipients", "add", "bob@corp.example"),
    ("queue", "hold-sender", "spammer@corp.example"),
]


@pytest.mark.parametrize("change", CHANGES, ids=lambda c: " ".join(c[:3]))
def test_undo_restores_exactly_the_previous_state(db, change, capsys):
    before = state(db)
    assert cli(db, *change) == 0
    after = state(db)
    assert after != before
    assert cli(db, "journal", "undo", "last") == 0
    assert state(db) == before
    assert cli(db, "journal", "redo") == 0  # a step forward on the same stack does it again
    assert state(db) == after


def test_removing_and_disabling_undone_too(db):
    assert cli(db, "block", "add", "email", "x@spam.example", "--comment", "first") == 0
    assert cli(db, "account", "add", "lee@corp.example", "--password", "Blue-river 7 lanterns") == 0
    for change in (
        ("block", "remove", "email", "x@spam.example"),
        ("account", "disable", "lee@corp.example"),
        ("account", "remove", "lee@corp.example"),
        ("domain", "remove", "corp.example"),
    ):
        before = state(db)
        assert cli(db, *change) == 0
        assert cli(db, "journal", "undo", "last") == 0
        assert state(db) == before, change


def test_who_and_what(db, capsys, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "operator")
    assert cli(db, "relay", "allow-net", "192.168.1.0/24") == 0
    capsys.readouterr()
    assert cli(db, "journal", "list", "-n", "1") == 0
    line = capsys.readouterr().out
    assert "operator (mailmoat relay)" in line and "insert trusted_networks cidr=192.168.1.0/24" in line
    assert cli(db, "journal", "show", "last") == 0
    assert "by operator (mailmoat relay)" in capsys.readouterr().out


def test_a_row_changed_since_is_not_undone_unless_forced(db, capsys):
    assert cli(db, "set", "smtp.max_size", "10M") == 0
    capsys.readouterr()
    cli(db, "journal", "list", "-n", "1")
    first = int(capsys.readouterr().out.split()[0])
    assert cli(db, "set", "smtp.max_size", "20M") == 0
    capsys.readouterr()
    assert cli(db, "journal", "undo", str(first)) == 2
    assert "has changed since" in capsys.readouterr().err
    assert cli(db, "journal", "undo", str(first), "--force") == 0
    assert setting_value(db, "smtp.max_size") is None


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("journal", "show"), "missing change number"),
        (("journal", "redo"), "nothing to redo"),
        (("journal", "undo", "9999"), "no change 9999"),
        (("journal", "show", "x"), "not a change number"),
    ],
)
def test_bad_input(db, capsys, args, needle):
    assert cli(db, *args) == 2
    assert needle in capsys.readouterr().err


def test_undo_steps_back_and_redo_steps_forward_on_one_stack(db, capsys):
    """`journal undo` twice steps back through two changes (never undoing its own undo); `redo` walks forward."""
    first = state(db)
    assert cli(db, "block", "add", "email", "a@spam.example") == 0
    one = state(db)
    assert cli(db, "block", "add", "email", "b@spam.example") == 0
    two = state(db)
    capsys.readouterr()
    assert cli(db, "journal", "undo") == 0
    assert "undone: added block list entry email b@spam.example" in capsys.readouterr().out
    assert state(db) == one
    assert cli(db, "journal", "undo", "last") == 0
    assert state(db) == first
    assert cli(db, "journal", "redo") == 0
    assert "redone: added block list entry email a@spam.example" in capsys.readouterr().out
    assert state(db) == one
    assert cli(db, "journal", "redo") == 0
    assert state(db) == two
    assert cli(db, "journal", "redo") == 2
    assert "nothing to redo" in capsys.readouterr().err


async def test_the_cli_and_the_dashboard_walk_one_stack(db):
    """ctrl+z in the dashboard, then `journal undo`, `journal redo` and ctrl+y: each takes the next step of the
    same undo and redo stacks, whoever took the one before."""
    from app.store.database import Store
    from app.ui.backend import Backend

    async def run(*args: str) -> int:
        return await asyncio.to_thread(cli, db, *args)

    first = await _state(db)
    assert await run("block", "add", "email", "a@spam.example") == 0
    one = await _state(db)
    operator = await Store.open(db)
    operator.journal_actor = "operator (dashboard)"
    backend = Backend(operator, None, attached=True)
    try:
        await backend.save_list_entry("block", {"kind": "email", "value": "b@spam.example"})
        two = await _state(db)

        async def dashboard(redo: bool) -> None:  # what ctrl+z (ctrl+y) does after the operator's yes
            step = await backend.next_step(redo=redo)
            assert step is not None
            await backend.undo_change(step.change)

        await dashboard(redo=False)
        assert await _state(db) == one
        assert await run("journal", "undo") == 0  # the change before the dashboard's, not its undo
        assert await _state(db) == first
        assert await run("journal", "redo") == 0  # the CLI's own undo reversed
        assert await _state(db) == one
        await dashboard(redo=True)  # the dashboard's undo reversed
        assert await _state(db) == two
        assert await backend.next_step(redo=True) is None
        assert await run("journal", "undo") == 0
        assert await _state(db) == one
    finally:
        await operator.close()


async def test_the_gateways_own_bookkeeping_is_not_journaled(gateway, sink):
    from app.policy.content_rules import ContentRule
    from app.store import content_rules as rules_store
    from app.store import lists as lists_store
    from tests.conftest import message, wait_for

    await rules_store.save_rule(gateway.store, ContentRule(None, "count", "subject", "hello", False, "custom", 1, None))
    await lists_store.add_entries(gateway.store, [{"list": "allow", "kind": "email", "value": "a@other.example"}])
    await gateway.gateway.policy.reload()
    await asyncio.to_thread(gateway.send, "a@other.example", ["bob@corp.example"], message("hello"))
    await wait_for(lambda: sink.messages)
    await gateway.gateway.hits.flush()
    rows = await db_rows(gateway.store, "SELECT COUNT(*) FROM journal")
    assert rows[0][0] == 0


async def test_one_key_on_the_dashboard_undoes_the_last_change(gateway):
    from app.ui.app import MailmoatApp
    from app.ui.backend import Backend
    from app.ui.feed import BusFeed
    from textual.widgets import DataTable
    from tests.ui.test_dashboard import column
    from tests.conftest import wait_for

    operator = await Store.open(gateway.db)
    operator.journal_actor = "operator (dashboard)"
    app = MailmoatApp(
        Backend(operator, gateway.gateway.policy, attached=False),
        BusFeed(gateway.store, gateway.gateway.bus),
        in_process=True,
    )
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("4")
            await wait_for(lambda: app.screen.query("#entries"))
            await pilot.press("a")
            await pilot.pause()
            await pilot.press("tab", *"email", "tab", *"pest@junk.example", "enter")
            await pilot.pause()
            await pilot.press("y")
            entries = app.screen.query_one("#entries", DataTable)
            await wait_for(lambda: "pest@junk.example" in column(entries, "value"))
            await wait_for(lambda: gateway.gateway.policy.current.lists.block.size == 1)
            await pilot.press("ctrl+z")
            await wait_for(lambda: "operator (dashboard)" in str(app.screen.query_one(".question").render()))
            await pilot.press("y")
            await wait_for(lambda: gateway.gateway.policy.current.lists.block.size == 0)
            await wait_for(lambda: "pest@junk.example" not in column(entries, "value"))
    finally:
        await operator.close()
    rows = await db_rows(gateway.store, "SELECT actor, op FROM journal WHERE tbl = 'list_entries' ORDER BY id")
    assert [tuple(r) for r in rows] == [("operator (dashboard)", "insert"), ("operator (dashboard)", "delete")]


async def test_counters_and_logins_are_not_policy_changes_even_for_a_named_writer(database):
    """Hit counts, last login and last send change through a journaled connection: no journal rows."""
    from app.store import accounts as accounts_store
    from app.store import content_rules as rules_store
    from app.store import lists as lists_store

    db = database
    for command in (
        ["init"],
        ["block", "add", "ip", "203.0.113.9"],
        ["account", "add", "kim@corp.example", "--password", "Blue-river 7 lanterns"],
    ):
        assert await asyncio.to_thread(main, ["--db", str(db), *command]) == 0
    store = await Store.open(db)
    store.journal_actor = "operator (test)"
    try:
        before = (await db_row(store, "SELECT COUNT(*) FROM journal"))[0]
        entry = (await lists_store.load_entries(store, "block"))[0]
        await lists_store.record_hits(store, {entry.id: (3, 1.0)})
        await rules_store.record_rule_hits(store, {"en-adult-cialis": (2, 1.0)})
        await accounts_store.touch(store, "kim@corp.example", "last_login", 1.0)
        await accounts_store.touch(store, "kim@corp.example", "last_send", 1.0)
        assert (await db_row(store, "SELECT COUNT(*) FROM journal"))[0] == before
        await accounts_store.set_enabled(store, "kim@corp.example", False)  # this one is policy
        assert (await db_row(store, "SELECT COUNT(*) FROM journal"))[0] == before + 1
    finally:
        await store.close()


async def test_a_rules_word_option_is_stored_journaled_and_undone(database):
    """Migration 13: the word column round-trips, and switching it is a journaled policy change that undo reverts."""
    from app.policy.content_rules import ContentRule
    from app.store import content_rules as rules_store

    db = database
    assert await asyncio.to_thread(main, ["--db", str(db), "init"]) == 0
    store = await Store.open(db)
    store.journal_actor = "operator (test)"
    try:
        await rules_store.save_rule(store, ContentRule(None, "adult", "body", "성인", False, "adult", 3.0, None))
        await rules_store.save_rule(
            store, ContentRule(None, "adult", "body", "성인", False, "adult", 3.0, None, word=True)
        )
        assert (await rules_store.find_rule(store, "adult")).word is True
        rows = await db_rows(
            store,
            "SELECT op, after, change FROM journal WHERE tbl = 'content_rules' AND actor = ? ORDER BY id",
            ("operator (test)",),
        )
        assert [r[0] for r in rows] == ["insert", "update"] and '"word":1' in rows[-1][1].replace(" ", "")
    finally:
        await store.close()
    assert await asyncio.to_thread(main, ["--db", str(db), "journal", "undo", str(rows[-1][2])]) == 0
    store = await Store.open(db)
    try:
        assert (await rules_store.find_rule(store, "adult")).word is False
    finally:
        await store.close()
