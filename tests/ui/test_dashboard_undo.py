"""Undo and redo as stacks (issue 17, story 4): ctrl+z twice steps back through two changes, ctrl+y redoes
the latest undo; the theme is a preference, never a change; the dialog says what in plain words."""

from __future__ import annotations

from app.store import journal as journal_store
from app.store.database import Store
from app.ui.app import MailmoatApp
from app.ui.backend import Backend
from app.ui.feed import BusFeed
from app.ui.screens.modals import ConfirmScreen

from tests.conftest import wait_for


async def block_values(store: Store) -> list[str]:
    return [row[0] for row in await store._fetchall("SELECT value FROM list_entries ORDER BY value")]


async def test_undo_twice_then_redo_once_and_the_theme_stays_out_of_the_journal(gateway):
    operator = await Store.open(gateway.db)
    operator.journal_actor = "operator (dashboard)"
    backend = Backend(operator, gateway.gateway.policy, attached=False)
    app = MailmoatApp(backend, BusFeed(gateway.store, gateway.gateway.bus), in_process=True)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await backend.save_list_entry("block", {"kind": "email", "value": "first@junk.example"})
            await backend.save_list_entry(
                "block", {"kind": "domain", "value": "second.example", "scope": "bob@corp.example"}
            )
            theme = app.theme
            await pilot.press("ctrl+t")  # a preference: not the last change
            await wait_for(lambda: app.theme != theme)
            assert await block_values(operator) == ["first@junk.example", "second.example"]

            async def step(key: str) -> str:
                await pilot.press(key)
                await wait_for(lambda: isinstance(app.screen, ConfirmScreen))
                question = app.screen.question
                await pilot.press("y")
                await wait_for(lambda: not isinstance(app.screen, ConfirmScreen))
                return question

            question = await step("ctrl+z")
            assert question.startswith("Undo this change by operator (dashboard), made at ")
            assert "added block list entry domain second.example for mail to bob@corp.example only" in question
            assert "{" not in question and "ui.theme" not in question
            await wait_for(lambda: gateway.gateway.policy.current.lists.block.size == 1)
            assert await block_values(operator) == ["first@junk.example"]

            question = await step("ctrl+z")  # the change before, not the undo just made
            assert "added block list entry email first@junk.example for the whole gateway" in question
            await wait_for(lambda: gateway.gateway.policy.current.lists.block.size == 0)
            assert await block_values(operator) == []

            question = await step("ctrl+y")  # the latest undo reversed: the first entry is back
            assert question.startswith("Redo what operator (dashboard) undid at ")
            assert "first@junk.example" in question and "second.example" not in question
            await wait_for(lambda: gateway.gateway.policy.current.lists.block.size == 1)
            assert await block_values(operator) == ["first@junk.example"]

            # a new change empties the redo stack; the undo stack goes on from it
            await backend.save_list_entry("block", {"kind": "email", "value": "third@junk.example"})
            await pilot.press("ctrl+y")
            await wait_for(lambda: any("Nothing to redo" in str(n.message) for n in app._notifications))
            assert not isinstance(app.screen, ConfirmScreen)
            question = await step("ctrl+z")
            assert "third@junk.example" in question
            await wait_for(lambda: gateway.gateway.policy.current.lists.block.size == 1)
            assert await block_values(operator) == ["first@junk.example"]
    finally:
        await operator.close()
    journaled = await gateway.store._fetchall("SELECT COUNT(*) FROM journal WHERE tbl = 'settings'")
    assert journaled[0][0] == 0  # the theme was saved, and is not in the journal
    assert await gateway.store._fetchone("SELECT value FROM settings WHERE key = 'ui.theme'") is not None


async def test_the_stacks_follow_undos_made_anywhere(tmp_path):
    store = await Store.open(tmp_path / "j.db")
    store.journal_actor = "someone (mailmoat block)"
    try:
        for value in ("a", "b"):
            await store._execute("INSERT INTO local_domains(name, created) VALUES (?, 0)", (f"{value}.example",))
        first, second = [row[0] for row in await store._fetchall("SELECT DISTINCT change FROM journal ORDER BY id")]
        assert await journal_store.stack_tops(store) == journal_store.StackTops(second, None)
        await journal_store.undo(store, second)
        tops = await journal_store.stack_tops(store)
        assert tops.undo == first and await journal_store.undone_by(store, tops.redo) == second
        await journal_store.undo(store, tops.redo)  # redo: the second domain is back, the redo stack empty
        assert await journal_store.stack_tops(store) == journal_store.StackTops(second, None)
        names = [row[0] for row in await store._fetchall("SELECT name FROM local_domains ORDER BY name")]
        assert names == ["a.example", "b.example"]
    finally:
        await store.close()
