"""Screenshots (ctrl+s, or "Screenshot" in the command palette) land in a directory that exists, and the
notification says where."""

from __future__ import annotations

import os
import stat

from app.store import settings as settings_store

from tests.conftest import wait_for
from tests.ui.test_dashboard import dashboard


def notes(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_ctrl_s_saves_in_the_current_directory_and_says_where(gateway, tmp_path, monkeypatch):
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await wait_for(lambda: app.current_mode == "queue")
        await pilot.press("ctrl+s")
        await wait_for(lambda: any(n.startswith("Screenshot saved: ") for n in notes(app)))
        shown = next(n for n in notes(app) if n.startswith("Screenshot saved: ")).removeprefix("Screenshot saved: ")
        assert os.path.dirname(shown) == str(here) and os.path.basename(shown).startswith("mailmoat-queue-")
        assert os.listdir(here) == [os.path.basename(shown)]
        svg = (here / os.path.basename(shown)).read_text(encoding="utf-8")
        assert svg.startswith("<svg") and "Messages&#160;in&#160;the&#160;queue" in svg
        assert stat.S_IMODE(os.stat(here / os.path.basename(shown)).st_mode) == 0o600  # it shows addresses

        # the palette's "Screenshot" goes through the same door; a second one in the same second gets its own name
        app.deliver_screenshot()
        await wait_for(lambda: len(os.listdir(here)) == 2)


async def test_the_setting_chooses_the_directory_and_a_missing_one_is_said_plainly(gateway, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shots = tmp_path / "스크린샷 [bold]"  # Korean and markup in the name: shown as typed
    shots.mkdir()
    await settings_store.set_setting(gateway.store, "ui.screenshots", str(shots))
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+s")
        await wait_for(lambda: any(n.startswith(f"Screenshot saved: {shots}/mailmoat-live-") for n in notes(app)))
        assert len(os.listdir(shots)) == 1 and not [p for p in os.listdir(tmp_path) if p.endswith(".svg")]

        await settings_store.set_setting(gateway.store, "ui.screenshots", str(tmp_path / "gone"))
        await pilot.press("ctrl+s")
        await wait_for(
            lambda: (
                f"Screenshot not saved: {tmp_path / 'gone'} is not a directory "
                "(mailmoat set ui.screenshots DIR)" in notes(app)
            )
        )
        assert not (tmp_path / "gone").exists()
        assert app.is_running
