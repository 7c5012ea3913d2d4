"""The dashboard's header tells the truth: a red banner while the attached gateway is down or silent, apart
from the badges (alerts, audit findings), and "!!" only when something needs the operator."""

from __future__ import annotations

import os

from app.install import initialise
from app.monitor.hygiene import RESULT_KEY as HYGIENE_KEY
from app.store import alerts as alerts_store
from app.store import relay as relay_store
from app.store import settings as settings_store
from app.store.database import Store
from app.ui.run import AttachedDashboard
from app.ui.widgets.banner import GatewayBanner

from tests.conftest import start_gateway, wait_for


def banner_text(app) -> str:
    """The banner of the screen shown, "" when there is none or it is hidden."""
    banners = app.screen.query(GatewayBanner)
    if not banners or not banners.first().display:
        return ""
    return str(banners.first().render())


async def test_the_banner_appears_when_the_heartbeat_stops_and_goes_when_it_returns(gateway):
    app = AttachedDashboard(gateway.db)
    gw = gateway.gateway
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(lambda: "AUDIT" in app.sub_title)  # corp.example is a placeholder domain: a critical finding
        assert app.sub_title.startswith(
            f"attached to gateway pid {os.getpid()} on {gateway.host}:{gateway.port}: alive  !! AUDIT: 1 critical"
        )
        assert banner_text(app) == ""
        app.backend.heartbeat_timeout = 3.0  # instead of 10 s, to keep the test short (a beat every 2 s)

        await gw.tasks.cancel("heartbeat")  # as a gateway stuck or killed -9 would: its status row stays, old
        await wait_for(lambda: "GATEWAY NOT RESPONDING" in banner_text(app))
        assert f"on {gateway.host}:{gateway.port}" in banner_text(app) and "AUDIT" not in banner_text(app)
        assert "NOT responding for" in app.sub_title and "!! AUDIT" in app.sub_title
        await pilot.press("2")  # every screen has it, the ones first shown while the gateway is down too
        await wait_for(lambda: app.current_mode == "queue" and "GATEWAY NOT RESPONDING" in banner_text(app))

        gw.tasks.start("heartbeat", gw.heartbeat(f"{gateway.host}:{gateway.port}"))
        await wait_for(lambda: banner_text(app) == "" and ": alive" in app.sub_title)
        await pilot.press("1")
        await wait_for(lambda: app.current_mode == "live")
        assert banner_text(app) == ""


async def test_no_gateway_is_a_banner_a_running_one_none_and_only_an_alert_brings_the_exclamation_marks(tmp_path, sink):
    db = str(tmp_path / "gateway.db")
    store = await Store.open(db)
    await initialise(store, "mx.hanbit-trading.co.kr")
    await relay_store.add_local_domain(store, "hanbit-trading.co.kr")  # a real-looking domain: no audit finding
    await settings_store.set_setting(store, "upstream", sink.address)
    await settings_store.set_setting(store, "relay.selftest", "no")
    await store.close()
    app = AttachedDashboard(db)
    async with app.run_test(size=(120, 40)) as _pilot:
        await wait_for(lambda: "GATEWAY NOT RUNNING" in banner_text(app))
        assert app.sub_title == "attached: gateway NOT running"
        started = await start_gateway(db)
        try:
            await wait_for(lambda: banner_text(app) == "" and app.sub_title.endswith(": alive"))
            # the audit has run (a warning only: no virus scanner); nothing needs the operator, and the header
            # does not pretend otherwise
            assert await wait_for(lambda: settings_store.get_setting(started.store, HYGIENE_KEY))
            refreshed = app.refresh_status()
            await wait_for(lambda: refreshed.is_finished)
            assert "!!" not in app.sub_title and f"on {started.host}:{started.port}" in app.sub_title
            await alerts_store.raise_alert(
                started.store,
                started.gateway.handler.alerts.clock(),
                "test",
                "sender:x@hanbit-trading.co.kr",
                "critical",
                "x@hanbit-trading.co.kr sent [/] 200 messages",
            )
            await wait_for(
                lambda: app.sub_title.endswith(
                    ": alive  !! ALERT: 1 open (x@hanbit-trading.co.kr sent [/] 200 messages)"
                )
            )
            assert banner_text(app) == ""
        finally:
            await started.gateway.stop(grace=1)
        await wait_for(lambda: "GATEWAY NOT RUNNING" in banner_text(app))  # a clean stop clears its status
