"""The Relay screen's DKIM pane driven with the keyboard (Textual Pilot) over a real gateway, its DNS check
asking a real nameserver (dnsmasq), then one that never answers."""

from __future__ import annotations

import asyncio
import time

from hypothesis import given, strategies as st
from textual.widgets import DataTable

from app.mailauth import keys
from app.store import dkim_keys as keys_store
from app.store import relay as relay_store
from app.store import settings as settings_store

from app.ui.log_model import authentication_lines

from tests.conftest import run_dnsmasq, wait_for
from tests.ui.test_dashboard import column, dashboard
from tests.ui.test_dashboard_accounts import rendered
from tests.gateway.test_dkim import dnsmasq_txt
from tests.gateway.test_dmarc import SENDER_KEY, dns_port, send, signed, verifying  # noqa: F401 (fixtures)
from tests.gateway.test_dnsbl import silent_udp

ODD_DOMAIN = "[/]회사.test"  # not a name `dkim keygen` accepts, but a damaged or hand-edited table may hold it
ODD_SELECTOR = "[b]s1[/b]"


async def open_dkim(app, pilot) -> DataTable:
    await pilot.press("3")
    await wait_for(lambda: app.screen.query("#dkim"))
    table = app.screen.query_one("#dkim", DataTable)
    table.focus()
    return table


async def test_the_dkim_pane_shows_keys_states_ages_and_whether_dns_publishes_them(gateway, tmp_path):
    store = gateway.store
    await relay_store.add_local_domain(store, "corp.test")
    await relay_store.add_local_domain(store, "nokey.test")
    published = keys.generate("corp.test", "jan", "ed25519", now=time.time() - 40 * 86400)
    waiting = keys.generate("corp.test", "feb", "ed25519", now=time.time(), state="pending")
    odd = keys.generate(ODD_DOMAIN, ODD_SELECTOR, "ed25519", now=time.time())
    for key in (published, waiting, odd):
        await keys_store.add_key(store, key)
    records = ["--host-record=probe.dkimui.test,127.0.0.1", dnsmasq_txt(keys.zone_record(published))]
    with run_dnsmasq(records, "probe.dkimui.test", tmp_path) as port:
        await settings_store.set_setting(store, "dns.nameservers", f"127.0.0.1:{port}")
        app = dashboard(gateway)
        async with app.run_test(size=(140, 45)) as pilot:
            table = await open_dkim(app, pilot)
            await wait_for(lambda: "checking…" not in column(table, "DNS") and table.row_count == 5)
            rows = list(
                zip(
                    column(table, "domain"),
                    column(table, "selector"),
                    column(table, "state"),
                    column(table, "age"),
                    column(table, "DNS"),
                )
            )
            assert ("corp.test", "jan", "active", "40 d", "matches") in rows
            assert ("corp.test", "feb", "waiting", "today", "WRONG") in rows
            assert ("nokey.test", "-", "no key", "-", "-") in rows
            assert ("corp.example", "-", "no key", "-", "-") in rows
            # brackets and wide text are shown as they are, not taken for markup
            assert (ODD_DOMAIN, ODD_SELECTOR, "active", "today", "WRONG") in rows
            assert column(table, "key")[column(table, "selector").index("jan")] == "ed25519"

            table.move_cursor(row=column(table, "selector").index("feb"))
            await wait_for(lambda: "no TXT record at feb._domainkey.corp.test" in rendered(app, "#dkim-detail"))
            assert "rotate corp.test --finish" in rendered(app, "#dkim-detail")
            table.move_cursor(row=column(table, "domain").index("nokey.test"))
            await wait_for(lambda: "mailmoat dkim keygen nokey.test" in rendered(app, "#dkim-detail"))
            # the private key is never on the screen, whatever row is selected
            for row in range(table.row_count):
                table.move_cursor(row=row)
                await pilot.pause()
                shown = rendered(app, "#dkim-detail") + " ".join(map(str, table.get_row_at(row)))
                assert all(k.private not in shown and k.private[:24] not in shown for k in (published, odd))
            # keys are not edited here: d on the pane says where they are managed, and removes nothing
            await pilot.press("d")
            await pilot.pause()
            assert len(await keys_store.list_keys(store)) == 3
            assert app.failure is None

    # the nameserver goes silent: c checks again, and every key is "no answer", the dashboard carries on
    with silent_udp() as dead:
        await settings_store.set_setting(store, "dns.nameservers", f"127.0.0.1:{dead}")
        app = dashboard(gateway)
        async with app.run_test(size=(140, 45)) as pilot:
            table = await open_dkim(app, pilot)
            await wait_for(lambda: table.row_count == 5 and "checking…" in column(table, "DNS"))
            await pilot.press("3")  # the UI answers while the check waits for DNS
            await wait_for(lambda: column(table, "DNS").count("no answer") == 3, timeout=30)
            table.move_cursor(row=column(table, "selector").index("jan"))
            await wait_for(lambda: "no answer for jan._domainkey.corp.test" in rendered(app, "#dkim-detail"))
            await pilot.press("c")
            await wait_for(lambda: column(table, "DNS").count("checking…") == 3)
            await wait_for(lambda: column(table, "DNS").count("no answer") == 3, timeout=30)
            assert app.failure is None and app.is_running


async def test_the_dkim_pane_with_no_domain_and_no_key_says_what_to_do(tmp_path):
    """An attached dashboard on a database with neither: the pane is empty and says how to begin."""
    from app.store.database import Store
    from app.install import initialise
    from app.ui.run import AttachedDashboard

    db = str(tmp_path / "empty.db")
    store = await Store.open(db)
    await initialise(store, "mx.corp.test")
    await store.close()
    app = AttachedDashboard(db)
    async with app.run_test(size=(120, 40)) as pilot:
        table = await open_dkim(app, pilot)
        await wait_for(lambda: "mailmoat dkim keygen DOMAIN" in rendered(app, "#dkim-detail"))
        assert table.row_count == 0 and app.failure is None


async def test_the_live_detail_shows_the_authentication_results_of_the_selected_message(verifying, sink):
    """A signed message that passes, the same message tampered (refused under p=reject): the detail pane of
    each says what DKIM, SPF and DMARC found, as explain does."""
    app = dashboard(verifying)
    async with app.run_test(size=(140, 45)) as pilot:
        good = signed(SENDER_KEY, "kim@sender.test")
        assert (await asyncio.to_thread(send, verifying, good, sender="pass@other.test"))[0] == 250
        bad = good.replace(b"Invoice", b"Invoise")
        assert (await asyncio.to_thread(send, verifying, bad, sender="fail@other.test"))[0] == 550
        table = app.screen.query_one("#log", DataTable)
        await wait_for(
            lambda: (
                {("pass@other.test", "queued"), ("fail@other.test", "rejected")}
                <= set(zip(column(table, "sender"), column(table, "verdict")))
            )
        )
        table.move_cursor(row=column(table, "sender").index("pass@other.test"))
        await wait_for(
            lambda: (
                "authentication: DKIM pass (d=sender.test)  SPF none  DMARC pass (p=reject)  "
                "From: sender.test" in rendered(app, "#detail")
            )
        )
        table.move_cursor(row=column(table, "sender").index("fail@other.test"))
        await wait_for(
            lambda: (
                "authentication: DKIM fail (d=sender.test)  SPF none  DMARC fail (p=reject)  "
                "From: sender.test" in rendered(app, "#detail")
            )
        )
        assert "550" in rendered(app, "#detail")
        # the explain dialog replays the envelope, not the message: it shows the results logged then
        await pilot.press("e")
        await wait_for(lambda: app.screen.query("#explain-auth"))
        assert rendered(app, "#explain-auth").startswith("then, authentication: DKIM fail (d=sender.test)")
        await pilot.press("escape")
        assert app.failure is None


def test_authentication_lines_keep_odd_values_as_text():
    events = [
        {
            "check_name": "authentication",
            "kind": "data",
            "rule": "auth:dkim=pass(d=[/]회사.test) spf=temperror dmarc=none header.from=[b]x",
        },
        {"check_name": "content", "kind": "data", "rule": "auth:dkim=pass(d=ignored.test)"},
    ]
    assert authentication_lines(events) == [
        "authentication: DKIM pass (d=[/]회사.test)  SPF temperror  DMARC none  From: [b]x"
    ]
    assert authentication_lines([{"check_name": "queue", "rule": ""}]) == []


@given(st.text(max_size=200), st.sampled_from(["authentication", "content", ""]))
def test_authentication_lines_never_fail_and_keep_one_line_per_verified_message(rule, check_name):
    events = [{"check_name": check_name, "kind": "data", "rule": "auth:" + rule}, {"rule": None}, {}]
    lines = authentication_lines(events)
    assert len(lines) == (check_name == "authentication")
    assert all(line.startswith("authentication: ") and "\n" not in line for line in lines)  # one pane line each
