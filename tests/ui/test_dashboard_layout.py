"""Pure parts of the dashboard's layout and wording: the log's columns at any width, a journal row in words."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store.journal import JournalEntry
from app.ui.actions import typed
from app.ui.journal_backend import plain_words
from app.ui.screens.live import log_columns, reason_ends_at


@settings(deadline=None)
@given(st.integers(min_value=40, max_value=400))
def test_the_verdict_and_the_reason_are_always_on_screen_and_take_the_spare_width(width):
    columns = log_columns(width)
    keys = [key for key, _ in columns]
    assert sorted(keys) == sorted(["time", "client", "helo", "sender", "rcpt", "verdict", "reason"])
    widths = dict(columns)
    shown_until_reason = sum(w + 2 for _, w in columns[: keys.index("reason")]) + widths["reason"]
    if width >= 78:  # 80 columns, less the screen's borders: verdict and reason are visible without scrolling
        assert shown_until_reason <= width
    if sum(w + 2 for _, w in columns) <= width:  # everything fits: the spare width went to the reason first
        assert widths["reason"] >= 16 and (widths["reason"] >= 40 or widths["sender"] == 16)


@settings(deadline=None)
@given(st.integers(min_value=40, max_value=400))
def test_a_node_column_never_pushes_the_verdict_and_the_reason_off_screen(width):
    columns = log_columns(width, node=True)
    keys = [key for key, _ in columns]
    assert sorted(keys) == sorted(["time", "node", "client", "helo", "sender", "rcpt", "verdict", "reason"])
    if width >= 78:
        assert reason_ends_at(columns) <= width
    if width >= 118:  # a wide screen has room for it beside the time
        assert keys[:2] == ["time", "node"]


def test_columns_at_the_three_sizes_of_the_issue():
    assert [k for k, _ in log_columns(78)][:5] == ["time", "client", "sender", "verdict", "reason"]
    assert dict(log_columns(118))["reason"] >= 20
    assert dict(log_columns(198))["reason"] >= 70


values = st.one_of(st.none(), st.integers(), st.text(max_size=20))
rows = st.dictionaries(
    st.sampled_from(
        [
            "list",
            "kind",
            "value",
            "scope",
            "name",
            "field",
            "pattern",
            "address",
            "enabled",
            "password_hash",
            "nexthop",
            "comment",
        ]
    ),
    values,
    max_size=6,
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy box generates slowly
@given(
    st.sampled_from(
        [
            "list_entries",
            "content_rules",
            "accounts",
            "relay_routes",
            "held_senders",
            "settings",
            "trusted_networks",
            "something_new",
        ]
    ),
    st.sampled_from(["insert", "update", "delete"]),
    rows,
    rows,
)
def test_a_journal_row_in_words_never_fails_and_never_shows_json_or_a_password_hash(table, op, before, after):
    key = {"key": "spam.threshold"} if table == "settings" else {"id": 1}
    if table == "settings":
        before, after = (
            {"key": "spam.threshold", "value": before.get("value", "5")},
            {"key": "spam.threshold", "value": after.get("value", "6")},
        )
    else:
        before, after = (
            {**before, "password_hash": "$argon2id$OLDHASH"},
            {**after, "password_hash": "$argon2id$NEWHASH"},
        )
    entry = JournalEntry(
        1, 0.0, "me", 1, table, op, key, None if op == "insert" else before, None if op == "delete" else after
    )
    words = plain_words(entry)
    assert words.split()[0] in ("added", "removed", "changed", "set", "unset")
    assert "HASH" not in words and "password_hash" not in words


def test_keys_as_typed():
    assert [typed(k) for k in ("question_mark", "slash", "escape", "ctrl+z", "space", "H", "n,escape")] == [
        "?",
        "/",
        "esc",
        "ctrl+z",
        "space",
        "H",
        "n or esc",
    ]
