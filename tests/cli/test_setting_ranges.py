"""Settings are checked by meaning, not only by type: every number has a range, and no text holds CR/LF."""

from __future__ import annotations

import asyncio
import smtplib
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.cli import main
from app.policy.settings import SPECS, SettingError, Settings, _count, _size, parse_duration, parse_number, validate
from app.store import settings as settings_store

NUMERIC = [key for key, spec in SPECS.items() if spec.parse in (_count, _size, parse_duration, parse_number)]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "gw.db"
    assert main(["--db", str(path), "init", "--hostname", "mx.corp.example"]) == 0
    return path


def refusal(capsys, db, key: str, value: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(db), "set", key, value]) == 2
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert len(lines) == 1 and not out, (out, err)
    return lines[0]


@pytest.mark.parametrize(
    "key, value, allowed",
    [
        ("smtp.max_size", "0", "from 1K to 200M"),  # aiosmtpd reads 0 as no limit at all
        ("smtp.max_size", "2G", "from 1K to 200M"),
        ("smtp.timeout", "0s", "from 10s to 1h"),  # every client would be dropped at once
        ("smtp.max_connections", "0", "from 1 to 100000"),  # was silently made 1
        ("smtp.max_recipients", "9" * 5000, "from 1 to 10000"),  # was a traceback from int()
        ("smtp.max_hops", "0", "from 5 to 500"),
        ("delivery.concurrency", "0", "from 1 to 1000"),
        ("queue.lifetime", "0s", "from 10m to 60d"),
        ("greylist.lifetime", "0s", "from 10m to 30d"),  # a first attempt forgotten at once: mail never passes
        ("virus.timeout", "0s", "from 1s to 10m"),  # every scan would fail, every message deferred
        ("dnsbl.threshold", "0", "from 0.1 to 1000"),  # a score of 0 would refuse every client
        ("content.reject_score", "0", "from 0.1 to 1000"),
        ("content.reject_score.corp.example", "-3", "from 0.1 to 1000"),
        ("events.retention_days", "0", "from 1 to 3650"),
        ("report.hour", "24", "from 0 to 23"),
    ],
)
def test_out_of_range_values_are_refused_with_the_allowed_range(db, capsys, key, value, allowed):
    line = refusal(capsys, db, key, value)
    assert line.startswith(f"mailmoat set: {key} must be {allowed}, not ")
    assert len(line) < 160  # the 5000 digits are not echoed back


@pytest.mark.parametrize(
    "key", ["content.subject_tag", "ldap.bind_dn", "ldap.password", "hostname", "report.to", "ui.theme"]
)
@pytest.mark.parametrize("bad", ["[SPAM]\r\nBcc: victim@example.com", "[SPAM]\n", "a\x00b", "\u2028x"])
def test_control_characters_are_refused_in_text_settings(db, capsys, key, bad):
    assert "control characters (such as CR or LF) are not allowed" in refusal(capsys, db, key, bad)


@pytest.mark.parametrize(
    "key, value",
    [
        ("smtp.max_size", "1K"),
        ("smtp.max_size", "200M"),
        ("report.hour", "0"),
        ("smtp.max_connections_per_ip", "0"),
        ("content.subject_tag", "[광고 의심]"),
    ],
)
def test_the_edges_of_a_range_are_accepted(db, capsys, key, value):
    assert main(["--db", str(db), "set", key, value]) == 0


def test_every_numeric_setting_declares_a_range_that_holds_its_default():
    for key in NUMERIC:
        spec = SPECS[key]
        assert spec.minimum is not None and spec.maximum is not None, f"{key} has no range"
        assert spec.parse(spec.minimum) <= spec.parse(spec.default) <= spec.parse(spec.maximum), key


@given(st.sampled_from(NUMERIC), st.text(alphabet="0123456789.smhdKMG ", max_size=6000))
def test_any_digits_are_accepted_within_range_or_refused_with_a_setting_error(key, text):
    spec = SPECS[key]
    try:
        value = spec.value(text)
    except SettingError as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 200
        return
    assert spec.parse(spec.minimum) <= value <= spec.parse(spec.maximum)


def test_a_stored_value_out_of_range_loads_as_the_default():
    settings = Settings.from_rows(
        {
            "smtp.max_size": "0",
            "smtp.timeout": "0s",
            "smtp.max_connections": "0",
            "content.subject_tag": "[SPAM]\r\nX: y",
            "content.reject_score.corp.example": "0",
        }
    )
    defaults = Settings.from_rows({})
    assert (settings.max_size, settings.timeout, settings.max_connections, settings.subject_tag) == (
        defaults.max_size,
        defaults.timeout,
        defaults.max_connections,
        defaults.subject_tag,
    )
    assert settings.for_domain("content.reject_score", "corp.example") == defaults.reject_score


def test_validate_still_normalises():
    assert validate("smtp.max_size", " 10M ") == "10M"
    assert validate("content.subject_tag", "  [SPAM] ") == "[SPAM]"


async def test_a_stored_zero_size_limit_is_not_unlimited_on_the_wire(gateway):
    """An old database may hold smtp.max_size 0, which aiosmtpd would read as "no limit"."""
    await settings_store.set_setting(gateway.store, "smtp.max_size", "0")
    await gateway.gateway.policy.reload()

    def size_advertised() -> int:
        with smtplib.SMTP(gateway.host, gateway.port, timeout=10) as client:
            client.ehlo("client.example")
            return int(client.esmtp_features["size"])

    assert await asyncio.to_thread(size_advertised) == Settings.from_rows({}).max_size


def test_greylisting_delay_must_stay_below_its_lifetime(db, capsys):
    """Otherwise every first attempt is forgotten before the retry may pass: greylisted mail never arrives."""
    assert main(["--db", str(db), "set", "greylist.lifetime", "2h"]) == 0
    line = refusal(capsys, db, "greylist.delay", "3h")
    assert line.startswith(
        "mailmoat set: greylist.delay 3h: greylist.delay must be shorter than greylist.lifetime, "
        "and greylist.lifetime is 2h"
    )
    assert main(["--db", str(db), "set", "greylist.delay", "30m"]) == 0
    assert "greylist.delay is 30m" in refusal(capsys, db, "greylist.lifetime", "30m")


def test_settings_marks_a_stored_value_that_todays_checks_refuse(db, capsys):
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES('smtp.max_size', '0')")
    capsys.readouterr()
    assert main(["--db", str(db), "settings"]) == 0
    listing = capsys.readouterr().out
    assert [line.split()[:3] for line in listing.splitlines() if line.startswith("smtp.max_size ")] == [
        ["smtp.max_size", "!", "0"]
    ]
    assert "! = stored before today's checks and refused by them: the default applies" in listing
