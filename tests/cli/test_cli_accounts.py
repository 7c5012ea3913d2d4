"""`mailmoat account`, `audit`, `limits` and `alerts` from the command line: output, exit codes, bad input."""

from __future__ import annotations

import io
import json
import sqlite3
import time
from pathlib import Path

import pytest

from app.cli import main

from tests.conftest import run_dnsmasq


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "gw.db"
    assert main(["--db", str(path), "init", "--hostname", "mx.office.kr"]) == 0
    assert main(["--db", str(path), "domain", "add", "office.kr"]) == 0
    return path


def run(db: Path, capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_account_lifecycle(db, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Blue-river 7 lanterns\n"))
    code, out, _ = run(
        db,
        capsys,
        "account",
        "add",
        "Kim@Office.kr",
        "--password-stdin",
        "--alias",
        "kim.min@office.kr",
        "--networks",
        "192.168.1.0/24",
    )
    assert (code, out.strip()) == (0, "account kim@office.kr added")
    code, out, _ = run(db, capsys, "account", "list")
    assert "kim@office.kr" in out and "enabled" in out and "password ok" in out and "kim.min@office.kr" in out
    assert run(db, capsys, "account", "disable", "kim@office.kr")[0] == 0
    assert "DISABLED" in run(db, capsys, "account", "list")[1]
    assert run(db, capsys, "account", "enable", "kim@office.kr")[0] == 0
    code, _, err = run(db, capsys, "account", "passwd", "kim@office.kr", "--password", "kim")
    assert code == 2 and "weak password" in err
    assert run(db, capsys, "account", "passwd", "kim@office.kr", "--password", "kim1234", "--allow-weak")[0] == 0
    assert "password CRITICAL" in run(db, capsys, "account", "list")[1]
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT password_hash, findings FROM accounts").fetchone()
    assert stored[0].startswith("$argon2id$") and "kim1234" not in stored[1] and "('1234')" not in stored[1]
    assert run(db, capsys, "account", "remove", "kim@office.kr")[0] == 0
    assert run(db, capsys, "account", "list")[1].strip() == "no accounts"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("account", "add"), "missing address"),
        (("account", "add", "not-an-address"), "is not an address"),
        (("account", "add", "a@office.kr", "--password", "x", "--password-stdin"), "not both"),
        (
            ("account", "add", "a@office.kr", "--password", "Blue-river 7 lanterns", "--networks", "10.0.0.0/33"),
            "is not a network",
        ),
        (
            ("account", "add", "a@office.kr", "--password", "Blue-river 7 lanterns", "--expires", "soon"),
            "not a duration",
        ),
        (("account", "passwd", "nobody@office.kr", "--password", "x"), "no account nobody@office.kr"),
        (("account", "disable", "nobody@office.kr"), "no account"),
        (("limits", "set", "--per-minute", "many"), "not a whole number"),
        (("limits", "remove"), "give --sender or --account"),
        (("limits", "set", "--sender", "x@office.kr"), "give --per-minute, --per-hour or --per-day"),
        (("limits", "remove", "--sender", "x@office.kr"), "no limits for sender:x@office.kr"),
        (("alerts", "ack"), "missing alert ID"),
        (("alerts", "ack", "99"), "no alert 99"),
        (("queue", "hold-sender"), "missing sender address"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(db, capsys, args, needle):
    code, _, err = run(db, capsys, *args)
    assert code == 2 and needle in err and len(err.strip().splitlines()) == 1, err


def test_audit_is_clean_for_a_careful_office_and_critical_for_the_incident(db, capsys, tmp_path):
    assert run(db, capsys, "account", "add", "lee@office.kr", "--password", "Blue-river 7 lanterns")[0] == 0
    assert run(db, capsys, "set", "virus.clamd", "unix:/run/clamav/clamd.ctl")[0] == 0
    assert "no-dkim-key" in run(db, capsys, "audit", "--json")[1]  # its mail would leave unsigned
    assert run(db, capsys, "dkim", "keygen", "office.kr", "--ed25519")[0] == 0
    with run_dnsmasq(
        [
            "--host-record=probe.office.test,127.0.0.1",
            "--local=/kr/",  # its DMARC record
            "--txt-record=_dmarc.office.kr,v=DMARC1; p=reject",
        ],
        "probe.office.test",
        tmp_path,
    ) as port:
        assert run(db, capsys, "set", "dns.nameservers", f"127.0.0.1:{port}")[0] == 0
        code, out, _ = run(db, capsys, "audit")
    assert code == 0 and out.strip() == "no findings"
    run(db, capsys, "relay", "allow-net", "8.8.0.0/16")
    run(db, capsys, "relay", "allow-domain", "partner.kr")
    code, out, _ = run(db, capsys, "audit", "--json")
    assert code == 1
    found = {(f["code"], f["severity"]) for f in json.loads(out)}
    assert {
        ("public-trusted-network", "critical"),
        ("wide-trusted-network", "warning"),
        ("sender-relay-exception", "critical"),
    } <= found


def test_limits_and_alerts(db, capsys):
    assert run(db, capsys, "limits", "set", "--account", "lee@office.kr", "--per-hour", "50")[0] == 0
    assert run(db, capsys, "limits", "set", "--per-minute", "10")[0] == 0
    out = run(db, capsys, "limits", "list")[1]
    assert "everyone (settings outbound.*)" in out and "10/min" in out
    assert "account:lee@office.kr                        10/min     50/hour   1000/day" in out  # unset: the default
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO alerts(created, kind, subject, severity, summary) VALUES(?, 'volume-spike', "
            "'sender:lee@office.kr', 'warning', 'lee sent 300 messages today, usually 20')",
            (time.time(),),
        )
    out = run(db, capsys, "alerts", "list")[1]
    assert "#1" in out and "volume-spike" in out and "OPEN" in out and "raised" not in out
    with sqlite3.connect(db) as conn:  # raised again while open: the same alert, counted
        conn.execute("UPDATE alerts SET times = 3, last_seen = created + 60 WHERE id = 1")
    assert "OPEN, raised 3 times, last " in run(db, capsys, "alerts", "list")[1]
    assert run(db, capsys, "alerts", "ack", "1")[1].strip() == "alert 1 acknowledged"
    assert run(db, capsys, "alerts", "list")[1].strip() == "no open alerts"
    assert "acked" in run(db, capsys, "alerts", "list", "--all")[1]


def test_limits_dry_run_replays_the_days_outgoing_mail(db, capsys):
    now = time.time() // 60 * 60  # whole minutes: the rate windows count in 10-second buckets
    with sqlite3.connect(db) as conn:
        for index in range(12):  # the customer's trickle: one every 15 s to a new domain
            conn.execute(
                "INSERT INTO events(ts, session, kind, sender, recipient) VALUES(?, 's', 'queued', ?, ?)",
                (now - 600 + 15 * index, "webmaster@office.kr", f"x@d{index}.example"),
            )
        conn.execute(
            "INSERT INTO events(ts, session, kind, sender, recipient) VALUES(?, 's', 'queued', ?, ?)",
            (now - 300, "lee@office.kr", "bob@office.kr"),
        )  # internal mail is not counted
    code, out, _ = run(db, capsys, "limits", "set", "--per-minute", "2", "--dry-run")
    assert code == 0
    assert out.strip() == (
        "dry run, nothing saved. In the last 24 hours, 6 of 12 outgoing messages would have "
        "been deferred: webmaster@office.kr (6)."
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'outbound.per_minute'").fetchone() is None
