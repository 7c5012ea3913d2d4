"""The key bar (issue 17, layout): at 80 columns every key a screen shows is on its bottom line, global keys go
first when it is narrow, `? help` is last, and the bar follows focus."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.widgets import DataTable, Input

from app.ui.run import AttachedDashboard
from app.ui.widgets.key_bar import BarKey, KeyBar, bar_word, entry_at, entry_width, fit, line_width, shown_key

from tests.conftest import wait_for

SAMPLE_DB = Path(__file__).resolve().parents[2] / "sample.db"
SCREEN_KEYS = {"live": "1", "queue": "2", "relay": "3", "blocklists": "4", "rules": "5", "quarantine": "6"}
SCREEN_KEYS |= {"accounts": "7", "help": "question_mark"}


def bottom_line(app) -> str:
    """The screen's last line as it is drawn."""
    return app.screen._compositor.render_strips()[-1].text


async def test_at_80_columns_every_key_a_screen_shows_is_on_its_bottom_line(tmp_path):
    copy = tmp_path / "sample.db"
    shutil.copyfile(SAMPLE_DB, copy)
    app = AttachedDashboard(str(copy))
    async with app.run_test(size=(80, 24)) as pilot:
        for name, key in SCREEN_KEYS.items():
            await pilot.press(key)
            await wait_for(lambda name=name: app.current_mode == name)
            await pilot.pause()
            line = bottom_line(app)
            declared: dict[str, str] = {}  # "space,x": one entry, by its first key
            for _, binding in app.screen._bindings:
                if binding.show:
                    declared.setdefault(binding.action, f"{shown_key(binding.key)} {bar_word(binding.description)}")
            missing = [entry for entry in declared.values() if entry not in line]
            assert not missing, f"{name}: {missing} not in {line!r}"
            assert line.rstrip().endswith("? help"), f"{name}: {line!r}"
            assert cell_len(line) == 80
        assert "^q quit" in line  # Help has no keys of its own: the global ones have the room


async def test_the_bar_follows_the_focus_into_a_text_field_and_out(tmp_path):
    copy = tmp_path / "sample.db"
    shutil.copyfile(SAMPLE_DB, copy)
    app = AttachedDashboard(str(copy))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await wait_for(lambda: app.current_mode == "relay" and app.screen.query("#networks"))
        await pilot.pause()
        assert bottom_line(app).startswith("a add")
        await pilot.press("w")  # "would this relay?": the cursor goes into the IP field
        await wait_for(lambda: isinstance(app.focused, Input))
        await pilot.pause()
        line = bottom_line(app)
        assert line.startswith("esc leave the field") and "a add" not in line, line  # letters are typed there
        await pilot.press("escape")
        await wait_for(lambda: isinstance(app.focused, DataTable))
        await pilot.pause()
        assert bottom_line(app).startswith("a add")


def entries(tag: str):
    return st.lists(
        st.builds(
            BarKey,
            st.sampled_from(["a", "?", "/", "^z", "enter", "space", "H"]),
            st.text(st.sampled_from("abc 보류해제/…"), max_size=14).map(lambda word: tag + word),
        ),
        max_size=14,
    )


@settings(deadline=None)
@given(entries("s"), entries("g"), st.integers(min_value=0, max_value=200))
def test_global_keys_go_before_screen_keys_and_help_stays_last(screen_keys, global_keys, width):
    help_key = BarKey("?", "help")
    shown, separator = fit(screen_keys, global_keys, help_key, width)
    assert line_width(shown, separator) <= width
    start = 0
    for entry in shown:  # a click anywhere on an entry is on that entry, and between two on none
        assert entry_at(shown, separator, start) is entry_at(shown, separator, start + entry_width(entry) - 1) is entry
        assert entry_at(shown, separator, start + entry_width(entry)) is None
        start += entry_width(entry) + separator
    if width >= line_width([help_key], 1):
        assert shown[-1] == help_key
    body = [e for e in shown if e != help_key]
    shown_screen = [e for e in body if e.word.startswith("s")]
    shown_global = [e for e in body if e.word.startswith("g")]
    assert shown_screen == screen_keys[: len(shown_screen)]  # the first ones, in order
    assert shown_global == global_keys[: len(shown_global)]
    if shown_global:
        assert shown_screen == screen_keys  # a global key only once every screen key is in
    if len(shown_screen) < len(screen_keys) and width >= line_width([BarKey("…", ""), help_key], 1):
        assert BarKey("…", "") in shown  # "more on the help screen"


async def test_a_click_on_an_entry_presses_its_key(tmp_path):
    copy = tmp_path / "sample.db"
    shutil.copyfile(SAMPLE_DB, copy)
    app = AttachedDashboard(str(copy))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(lambda: app.current_mode == "live" and app.screen.query(KeyBar))
        await pilot.pause()
        line = bottom_line(app)
        await pilot.click(KeyBar, offset=(line.index("p pause") + 3, 0))  # on the word
        await wait_for(lambda: app.screen.paused)
        await pilot.click(KeyBar, offset=(line.index("? help"), 0))  # on the key
        await wait_for(lambda: app.current_mode == "help")
