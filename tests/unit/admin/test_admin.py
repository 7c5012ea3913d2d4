"""app.admin, the operator's actions that the CLI and the dashboard share: refusals, results, reloads, the journal."""

from __future__ import annotations

import pytest

from app.admin import Admin, AdminError, NotFound, accounts, domains, lists, relay, routes
from app.policy.loader import PolicyHolder
from app.store.database import Store

from tests.conftest import db_rows


@pytest.fixture
async def store(tmp_path):
    opened = await Store.open(tmp_path / "admin.db", create=True)
    opened.journal_actor = "operator (test)"
    yield opened
    await opened.close()


async def test_a_change_reloads_the_policy_in_this_process_at_once(store):
    holder = await PolicyHolder.load(store)
    admin = Admin(store, holder, operator="operator (test)")
    assert not holder.current.is_local_domain("corp.example")
    done = await domains.add(admin, "Corp.Example.")
    assert done.summary == "local domain corp.example added" and done.changed
    assert holder.current.is_local_domain("corp.example")
    again = await domains.add(admin, "corp.example")
    assert not again.changed and again.summary == "local domain corp.example already present"


@pytest.mark.parametrize(
    ("action", "needle"),
    [
        (lambda a: relay.allow_network(a, "10.0.0.300/8"), "not an IP network"),
        (lambda a: relay.allow_network(a, ""), "missing network"),
        (lambda a: routes.add(a, "backup.example", ""), "missing HOST:PORT"),
        (lambda a: routes.add(a, "backup.example", "mx:99999"), "bad port"),
        (lambda a: domains.add(a, "not a domain"), "not a domain"),
        (lambda a: lists.add(a, "block", {"kind": "planet", "value": "mars"}), "unknown kind"),
        (lambda a: lists.add(a, "block", {"kind": "email", "value": "x@y.example", "action": "disconnect"}), "only ip"),
        (lambda a: accounts.add(a, "kim@corp.example", "password"), "weak password"),
    ],
)
async def test_bad_input_is_one_admin_error_and_nothing_is_written(store, action, needle):
    with pytest.raises(AdminError, match=needle) as refused:
        await action(Admin(store))
    assert isinstance(refused.value, ValueError)  # what the dashboard's forms catch
    assert "\n" not in str(refused.value)
    assert (await db_rows(store, "SELECT COUNT(*) FROM journal"))[0][0] == 0


async def test_removing_what_is_not_there_is_not_found(store):
    admin = Admin(store)
    for remove, value in (
        (relay.remove_network, "192.0.2.0/24"),
        (relay.remove_sender_domain, "partner.example"),
        (domains.remove, "corp.example"),
        (routes.remove, "backup.example"),
    ):
        with pytest.raises(NotFound):
            await remove(admin, value)
    with pytest.raises(NotFound, match="no such entry"):
        await lists.remove(admin, "block", {"kind": "email", "value": "nobody@spam.example"})


async def test_a_weak_relay_exception_warns_and_a_list_entry_says_what_it_stored(store):
    admin = Admin(store)
    done = await relay.allow_sender_domain(admin, "Partner.Example")
    assert "partner.example" in done.summary and any("forged" in w for w in done.warnings)
    added = await lists.add(admin, "block", {"kind": "domain", "value": ".Spam.Example", "scope": ""}, "monitor")
    assert added.summary == "block: domain .spam.example for the whole gateway (monitor only: it logs, it does not act)"
    [entry] = await lists.entries(admin, "block")
    assert entry.mode == "monitor" and entry.subdomains
    assert (await lists.set_stored_mode(admin, entry, "enforce")).summary == "block: domain .spam.example now acts"
    assert (await lists.remove_stored(admin, entry)).summary == "block: domain .spam.example removed"
    rows = await db_rows(store, "SELECT actor FROM journal WHERE tbl = 'list_entries'")
    assert {r[0] for r in rows} == {"operator (test)"}
