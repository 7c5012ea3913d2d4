"""Forms built from widgets (issue 17, story 4): choices are Selects, a refused value is said under the form
which stays open as typed, edits come filled in, and Esc leaves a text field so that screen keys work."""

from __future__ import annotations

import pytest

from textual.widgets import DataTable, Input, Label

from app.store import content_rules as rules_store
from app.store import relay as relay_store
from app.ui.screens.modals import FormScreen
from app.ui.screens.relay import RelayScreen
from app.ui.widgets.choice import ChoiceSelect

from tests.conftest import wait_for
from tests.ui.test_dashboard import column, dashboard
from tests.ui.test_dashboard_content import open_screen, rule_in_force


async def test_the_entry_form_has_choices_keeps_a_typo_open_and_saves_when_fixed(gateway):
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await wait_for(lambda: app.screen.query("#entries"))
        await pilot.press("a")
        await wait_for(lambda: isinstance(app.screen, FormScreen))
        form = app.screen
        kind = form.query_one("#field-kind", ChoiceSelect)
        assert kind.value == "ip"  # a real value, not a placeholder that submits nothing
        assert form.query_one("#field-value", Input).value == ""  # the example is only a placeholder
        assert {type(form.query_one(f"#field-{name}")) for name in ("list", "kind", "action", "mode")} == {ChoiceSelect}
        await pilot.press("tab", *"email", "tab")  # typing picks the choice
        assert kind.value == "email"
        await pilot.press(*"not an address", "enter")
        await wait_for(lambda: str(form.query_one("#form-error", Label).render()))
        assert "not an address" in str(form.query_one("#form-error", Label).render())
        assert app.screen is form and form.query_one("#field-value", Input).value == "not an address"
        value = form.query_one("#field-value", Input)
        value.value = "pest@junk.example"
        await pilot.press("enter")
        await wait_for(
            lambda: app.screen.query(".question") and "Save it?" in str(app.screen.query_one(".question").render())
        )
        await pilot.press("y")
        await wait_for(lambda: gateway.gateway.policy.current.lists.block.size == 1)
    rows = await gateway.store._fetchall("SELECT list, kind, value, action, mode FROM list_entries")
    assert [tuple(r) for r in rows] == [("block", "email", "pest@junk.example", "reject", "enforce")]


async def test_esc_leaves_the_relay_checker_and_an_edit_comes_filled_in(gateway):
    await relay_store.add_trusted_network(gateway.store, "192.168.10.0/24", "office LAN")
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await wait_for(lambda: isinstance(app.screen, RelayScreen) and app.screen.query("#networks"))
        networks = app.screen.query_one("#networks", DataTable)
        await wait_for(lambda: column(networks, "network") == ["192.168.10.0/24"])
        await pilot.press("w", "1")  # "would this relay?": typing goes into the field
        assert app.screen.query_one("#check-ip", Input).value == "1"
        await pilot.press("escape")
        assert not isinstance(app.focused, Input)
        await pilot.press("1")  # a screen key again
        await wait_for(lambda: app.current_mode == "live")
        await pilot.press("3")
        await wait_for(lambda: isinstance(app.screen, RelayScreen))
        networks.focus()
        await pilot.press("a", *"10.0.0.0/33", "enter")  # a typo: said under the form, kept as typed
        await wait_for(
            lambda: (
                isinstance(app.screen, FormScreen)
                and "not an IP network" in str(app.screen.query_one("#form-error", Label).render())
            )
        )
        assert app.screen.values()["value"] == "10.0.0.0/33"
        await pilot.press("escape")
        await wait_for(lambda: isinstance(app.screen, RelayScreen))
        networks.focus()
        await pilot.press("e")
        await wait_for(lambda: isinstance(app.screen, FormScreen))
        form = app.screen
        assert form.values() == {"value": "192.168.10.0/24", "extra": "office LAN"}
        form.query_one("#field-extra", Input).value = "office LAN, 2nd floor"
        await pilot.press("enter")
        await wait_for(lambda: app.screen.query(".question"))
        await pilot.press("y")
        await wait_for(lambda: column(networks, "comment") == ["office LAN, 2nd floor"])
    trusted = (await relay_store.load_relay_rows(gateway.store)).trusted_networks
    assert list(trusted) == [("192.168.10.0/24", "office LAN, 2nd floor")]


async def test_a_rule_form_says_what_is_wrong_under_it_and_keeps_what_was_typed(gateway):
    await rule_in_force(gateway, "flarp", "subject", "flarp")
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        rules = await open_screen(app, pilot, "5", "#rules")
        await wait_for(lambda: "flarp" in column(rules, "name"))
        await pilot.press("a")
        await wait_for(lambda: isinstance(app.screen, FormScreen))
        form = app.screen
        await pilot.press(*"flarp", "enter")  # no pattern yet
        await wait_for(lambda: "Pattern: required" in str(form.query_one("#form-error", Label).render()))
        assert app.screen is form and form.values()["name"] == "flarp"
        form.query_one("#field-pattern", Input).value = "플라프"
        await pilot.press("enter")  # the field is a placeholder only
        await wait_for(lambda: "unknown field" in str(form.query_one("#form-error", Label).render()))
        form.query_one("#field-field", Input).value = "subject"
        await pilot.press("enter")
        await wait_for(lambda: app.screen.query("#preview-text"))
        await pilot.press("y")  # the name is taken: the form again, as typed, with the reason under it
        await wait_for(
            lambda: (
                isinstance(app.screen, FormScreen)
                and "exists already" in str(app.screen.query_one("#form-error", Label).render())
            )
        )
        assert app.screen.values()["pattern"] == "플라프" and app.screen.values()["name"] == "flarp"
        app.screen.query_one("#field-name", Input).value = "flarp-ko"
        await pilot.press("enter")
        await wait_for(lambda: app.screen.query("#preview-text"))
        await pilot.press("y")
        await wait_for(lambda: "flarp-ko" in column(rules, "name"))
    row = await rules_store.find_rule(gateway.store, "flarp-ko")
    assert (row.pattern, row.field) == ("플라프", "subject")


@pytest.mark.parametrize("is_regex,word", [(False, False), (False, True), (True, False)])
def test_a_stored_rule_becomes_the_same_rule_through_the_form_fields(is_regex, word):
    from app.admin.rules import rule_from_fields
    from app.policy.content_rules import ContentRule
    from app.ui.screens.rules import rule_fields

    pattern = "광고" if not is_regex else r"광\s*고"
    stored = ContentRule(None, "ad", "body", pattern, is_regex, "advertising", 4, "tag", True, "monitor", "memo", word)
    # the edit form and the rule test both start from these fields: a whole-word rule was tested as a plain keyword
    assert rule_from_fields(rule_fields(stored)) == stored
