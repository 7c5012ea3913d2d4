"""The real `mailmoat` command line, run as subprocesses against a temporary database."""

from __future__ import annotations

import contextlib
import io
import re
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import message
from tests.support.processes import ServeProcess, cli_env, closed_port, mailmoat

CONSOLE_SCRIPT = Path(sys.executable).with_name("mailmoat")


def ok(*args: str, db=None, **kwargs) -> str:
    result = mailmoat(*args, db=db, **kwargs)
    assert result.returncode == 0, (args, result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout


def usage_error(*args: str, db=None, **kwargs) -> str:
    """The command must fail with status 2, one line on stderr, and no traceback anywhere."""
    result = mailmoat(*args, db=db, **kwargs)
    assert result.returncode == 2, (args, result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr, (args, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].strip(), (args, result.stderr)
    return lines[0]


def user_version(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def stored_settings(db: Path) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT key, value FROM settings"))
    finally:
        conn.close()


def poll(predicate, timeout: float, interval: float = 0.1):
    """Calls predicate until it returns something truthy; returns (value, seconds taken) or fails."""
    start = time.monotonic()
    while True:
        value = predicate()
        if value:
            return value, time.monotonic() - start
        if time.monotonic() - start > timeout:
            raise AssertionError(f"condition not met within {timeout} s (last value {value!r})")
        time.sleep(interval)


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "gw.db"
    ok("init", "--hostname", "mx.corp.example", db=path)
    return path


@pytest.fixture
def server_factory(tmp_path):
    started: list[ServeProcess] = []

    def start(db: Path) -> ServeProcess:
        server = ServeProcess(db, tmp_path, f"serve{len(started)}")
        started.append(server)
        return server

    yield start
    for server in started:
        server.kill()


# --- init -------------------------------------------------------------------------------


def test_init_is_idempotent_and_keeps_the_hostname(tmp_path):
    db = tmp_path / "sub" / "mm.db"
    first = subprocess.run(
        [str(CONSOLE_SCRIPT), "--db", str(db), "init", "--hostname", "MX.Corp.Example."],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=30,
    )
    assert first.returncode == 0, first.stderr
    assert "made a self-signed certificate" in first.stdout
    version = user_version(db)
    assert version >= 1
    stored = stored_settings(db)
    assert stored["hostname"] == "mx.corp.example"
    cert, key = Path(stored["tls.cert"]), Path(stored["tls.key"])
    assert cert.is_file() and key.is_file()
    cert_bytes = cert.read_bytes()
    assert cert_bytes.startswith(b"-----BEGIN CERTIFICATE-----")
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.stat().st_mode) == 0o600

    second = ok("init", db=db)  # no --hostname: the one set before is kept
    assert "made a self-signed certificate" not in second
    assert "hostname mx.corp.example" in second
    assert user_version(db) == version
    again = stored_settings(db)
    assert again["hostname"] == "mx.corp.example"
    assert (again["tls.cert"], again["tls.key"]) == (str(cert), str(key))
    assert cert.read_bytes() == cert_bytes  # not regenerated
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert ok("get", "hostname", db=db).strip() == "mx.corp.example"


def test_init_hostname_option_replaces_the_hostname(db):
    ok("init", "--hostname", "gw2.corp.example", db=db)
    assert ok("get", "hostname", db=db).strip() == "gw2.corp.example"
    assert "bad_host" in usage_error("init", "--hostname", "bad_host!", db=db)
    assert ok("get", "hostname", db=db).strip() == "gw2.corp.example"


def test_mailmoat_db_environment_variable_is_used_without_db_option(tmp_path):
    db = tmp_path / "from-env.db"
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    ok("init", "--hostname", "env.corp.example", env=cli_env(MAILMOAT_DB=str(db)), cwd=elsewhere)
    assert db.exists()
    assert not (elsewhere / "mailmoat.db").exists()
    assert ok("get", "hostname", env=cli_env(MAILMOAT_DB=str(db)), cwd=elsewhere).strip() == "env.corp.example"
    # --db still wins over the environment
    other = tmp_path / "other.db"
    ok("init", "--hostname", "other.corp.example", db=other, env=cli_env(MAILMOAT_DB=str(db)))
    assert ok("get", "hostname", db=other, env=cli_env(MAILMOAT_DB=str(db))).strip() == "other.corp.example"
    assert ok("get", "hostname", env=cli_env(MAILMOAT_DB=str(db))).strip() == "env.corp.example"


# --- settings ---------------------------------------------------------------------------


def test_set_get_settings_round_trip(db):
    assert ok("set", "smtp.max_size", "10M", db=db).strip() == "smtp.max_size = 10M"
    assert ok("get", "smtp.max_size", db=db).strip() == "10M"
    assert ok("set", "upstream", "127.0.0.1:2600", db=db).strip() == "upstream = 127.0.0.1:2600"
    assert ok("get", "upstream", db=db).strip() == "127.0.0.1:2600"
    ok("set", "upstream", "[::1]:2601", db=db)
    assert ok("get", "upstream", db=db).strip() == "[::1]:2601"
    assert ok("get", "smtp.max_recipients", db=db).strip() == "100"  # a default, never set

    listing = ok("settings", db=db)
    rows = {line.split()[0]: line for line in listing.splitlines() if line and not line.startswith("(")}
    assert re.match(r"smtp\.max_size\s+ 10M\s", rows["smtp.max_size"])  # explicitly set: no '*'
    assert re.match(r"upstream\s+ \[::1\]:2601\s", rows["upstream"])
    assert re.match(r"smtp\.max_recipients\s+\* 100\s", rows["smtp.max_recipients"])
    assert listing.rstrip().endswith("(* = default)")


@pytest.mark.parametrize(
    "args, needle",
    [
        (("set", "no.such.setting", "1"), "unknown setting"),
        (("get", "no.such.setting"), "unknown setting"),
        (("set", "smtp.max_size", "lots"), "not a size"),
        (("set", "upstream", "host:99999"), "bad port"),
        (("set", "smtp.max_size"), "required"),
        (("frobnicate",), "invalid choice"),
        (("domain", "add"), "missing domain"),
        (("domain", "add", "not a domain"), "not a domain"),
        (("domain", "frob", "x.example"), "invalid choice"),
        (("relay", "allow-net", "10.0.0.300/8"), "not an IP network"),
        (("relay", "allow-net"), "missing argument"),
        (("route", "add", "backup.example"), "missing HOST:PORT"),
        (("route", "add", "backup.example", "mx:99999"), "bad port"),
        (("queue", "show", "NOPE"), "no message NOPE"),
        (("queue", "show"), "missing message ID"),
        (("relaytest", "nonsense"), "invalid target"),
        (("log", "-n", "many"), "invalid int"),
    ],
)
def test_bad_input_exits_2_with_one_line(db, args, needle):
    line = usage_error(*args, db=db)
    assert needle in line


def test_command_on_a_missing_database_exits_2(tmp_path):
    assert "no database" in usage_error("--db", "/nonexistent/x.db", "settings")
    missing = tmp_path / "missing.db"
    assert "no database" in usage_error("domain", "list", db=missing)
    assert not missing.exists()  # only init (and serve) create it


def in_process(*args: str, db) -> tuple[int, str, str]:
    """The CLI's main() in this process, its output encoded as to a pipe: (exit status, stdout, stderr). For the
    property tests, which run dozens of commands (a subprocess costs a second each under load); an exception
    escaping main() is the traceback a subprocess would have printed, and fails the test."""
    from app.cli import main

    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True) for _ in range(2))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", str(db), *args])
        except SystemExit as exit_:  # argparse's own exit (-h)
            code = exit_.code if isinstance(exit_.code, int) else 0
    return code, out.buffer.getvalue().decode(), err.buffer.getvalue().decode()


_ARG_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.one_of(_ARG_TEXT, st.from_regex(r"\A ?[0-9]{1,6} ?[kKmMgGx]?[bB]? ?\Z")))
def test_set_max_size_never_crashes(db, value):
    code, _out, err = in_process("set", "smtp.max_size", value, db=db)
    assert code in (0, 2), (value, code, err)
    if code == 2:
        assert err.strip(), value


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.one_of(_ARG_TEXT, st.from_regex(r"\A[a-zA-Z0-9.-]{1,20}\.[a-z]{2,4}\.?\Z")))
def test_domain_add_never_crashes(db, name):
    code, out, err = in_process("domain", "add", name, db=db)
    assert code in (0, 2), (name, code, err)
    if code == 2:
        assert err.strip(), name
    elif out.startswith("local domain "):  # (exit 0 is also argparse's help for "-h")
        added = out.split()[2]  # "local domain NAME added|already present"
        assert added in in_process("domain", "list", db=db)[1].split()


# --- domains, relay, routes ---------------------------------------------------------------


def test_domain_add_remove_list(db):
    assert ok("domain", "list", db=db) == ""
    assert ok("domain", "add", "Corp.Example.", db=db).strip() == "local domain corp.example added"
    assert ok("domain", "add", "corp.example", db=db).strip() == "local domain corp.example already present"
    ok("domain", "add", "bücher.example", db=db)
    assert ok("domain", "list", db=db).split() == ["corp.example", "xn--bcher-kva.example"]
    assert ok("domain", "remove", "corp.example", db=db).strip() == "local domain corp.example removed"
    assert ok("domain", "list", db=db).split() == ["xn--bcher-kva.example"]
    assert "not a local domain" in usage_error("domain", "remove", "corp.example", db=db)


def test_relay_networks_and_weak_sender_exceptions(db):
    listing = ok("relay", "list", db=db)
    assert "(none: only local and relay domains are accepted)" in listing
    assert (
        ok("relay", "allow-net", "192.168.1.7/24", "--comment", "office LAN", db=db).strip()
        == "trusted network 192.168.1.0/24 may relay"
    )
    ok("relay", "allow-net", "2001:db8::/32", db=db)

    warning = ok("relay", "allow-domain", "Partner.Example", db=db)
    assert "WARNING" in warning and "partner.example" in warning and "forged" in warning

    listing = ok("relay", "list", db=db)
    assert re.search(r"^\s+192\.168\.1\.0/24\s+office LAN$", listing, re.M)
    assert re.search(r"^\s+2001:db8::/32\s*$", listing, re.M)
    assert "WEAK" in listing
    assert re.search(r"^\s+partner\.example\s+\[weak\]$", listing, re.M)

    assert ok("relay", "remove-net", "192.168.1.0/24", db=db).strip() == "trusted network 192.168.1.0/24 removed"
    assert "not a trusted network" in usage_error("relay", "remove-net", "192.168.1.0/24", db=db)
    assert ok("relay", "remove-domain", "partner.example", db=db).strip() == "sender exception partner.example removed"
    assert "not a sender exception" in usage_error("relay", "remove-domain", "partner.example", db=db)
    listing = ok("relay", "list", db=db)
    assert "192.168.1.0/24" not in listing and "partner.example" not in listing
    assert "2001:db8::/32" in listing


def test_route_add_remove_list(db):
    assert ok("route", "list", db=db) == ""
    assert (
        ok("route", "add", "Backup.Example", "10.1.2.3:2525", db=db).strip()
        == "relay domain backup.example -> 10.1.2.3:2525"
    )
    ok("route", "add", "other.example", "mx.other.example", db=db)
    assert re.findall(r"^(\S+)\s+-> (\S+)$", ok("route", "list", db=db), re.M) == [
        ("backup.example", "10.1.2.3:2525"),
        ("other.example", "mx.other.example:25"),
    ]
    ok("route", "add", "backup.example", "10.9.9.9:26", db=db)  # replaces the next hop
    assert "backup.example" in ok("route", "list", db=db) and "10.9.9.9:26" in ok("route", "list", db=db)
    assert ok("route", "remove", "backup.example", db=db).strip() == "relay domain backup.example removed"
    assert "not a relay domain" in usage_error("route", "remove", "backup.example", db=db)
    assert re.findall(r"^(\S+)\s+->", ok("route", "list", db=db), re.M) == ["other.example"]


# --- a running gateway sees CLI changes ---------------------------------------------------


def test_cli_changes_reach_a_running_server(db, server_factory):
    server = server_factory(db)
    assert server.rcpt_code("x@new.example") == 550

    ok("domain", "add", "new.example", db=db)
    poll(lambda: server.rcpt_code("x@new.example") == 250, timeout=30)  # a deadline: the reload is a change poll

    outside = "carol@foreign.example"
    assert server.rcpt_code(outside, source_ip="127.0.0.2") == 550
    ok("relay", "allow-net", "127.0.0.2/32", db=db)
    poll(lambda: server.rcpt_code(outside, source_ip="127.0.0.2") == 250, timeout=30)
    assert server.rcpt_code(outside, source_ip="127.0.0.1") == 550  # only the trusted address

    assert server.terminate() == 0
    assert "mailmoat: stopped" in server.output()
    assert "Traceback" not in server.errors()


# --- queue commands against a running gateway whose upstream is down ----------------------


def _send(server: ServeProcess, subject: str) -> str:
    with server.smtp() as client:
        assert client.mail("alice@other.example")[0] == 250
        assert client.rcpt("bob@corp.example")[0] == 250
        code, reply = client.data(message(subject))
    assert code == 250, reply
    match = re.search(rb"queued as (\S+)", reply)
    assert match, reply
    return match[1].decode()


def _queue_rows(db: Path) -> dict[str, list[str]]:
    """queue list as {id: whitespace-split fields}."""
    listing = ok("queue", "list", db=db)
    if listing.strip() == "queue is empty":
        return {}
    return {line.split()[0]: line.split() for line in listing.splitlines() if line.strip()}


def test_queue_commands(db, server_factory):
    ok("set", "upstream", f"127.0.0.1:{closed_port()}", db=db)
    ok("domain", "add", "corp.example", db=db)
    assert ok("queue", "list", db=db).strip() == "queue is empty"
    server = server_factory(db)
    first, second = _send(server, "queued one"), _send(server, "queued two")

    # The first attempt fails (connection refused) and both wait for a retry.
    rows, _ = poll(lambda: (r := _queue_rows(db)) and all("deferred" in f for f in r.values()) and r, timeout=30)
    assert set(rows) == {first, second}
    for fields in rows.values():
        assert "<alice@other.example>" in fields and "<bob@corp.example>" in fields
        assert "tries=1" in fields

    shown = ok("queue", "show", first, db=db)
    assert f"id: {first}" in shown
    assert "sender: <alice@other.example>" in shown
    assert "recipient: <bob@corp.example> via upstream: deferred" in shown
    assert "Subject: queued one" in shown and "Hello there." in shown
    assert f"(Mailmoat) with ESMTP id {first}" in shown

    assert ok("queue", "hold", first, db=db).strip() == f"message {first}: hold done"
    assert "held" in _queue_rows(db)[first]
    assert "held: yes" in ok("queue", "show", first, db=db)
    assert ok("queue", "release", first, db=db).strip() == f"message {first}: release done"
    assert "held" not in _queue_rows(db)[first]

    assert ok("queue", "delete", second, db=db).strip() == f"message {second}: delete done"
    assert set(_queue_rows(db)) == {first}
    assert "no message" in usage_error("queue", "show", second, db=db)

    assert ok("queue", "flush", db=db).strip() == "1 recipient(s) due now"
    poll(lambda: "tries=2" in _queue_rows(db).get(first, []), timeout=30)  # the server retried at once

    for action in ("show", "hold", "release", "delete"):
        assert "no message NOPE" in usage_error("queue", action, "NOPE", db=db)
        assert "missing message ID" in usage_error("queue", action, db=db)

    assert server.terminate() == 0
    assert "mailmoat: stopped" in server.output()


# --- bad databases and odd arguments: one line, exit 2, no hang -------------------------------------


def test_count_setting_with_a_superscript_digit_is_a_usage_error(db):
    usage_error("set", "smtp.max_recipients", "²", db=db)


def test_a_file_that_is_not_a_database_exits_2(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n")
    assert "file is not a database" in usage_error("settings", db=notes, timeout=30)


def test_a_directory_as_database_exits_2(tmp_path):
    for _ in range(10):
        assert "is a directory" in usage_error("settings", db=tmp_path)


def test_init_where_the_directory_cannot_be_made_exits_2(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    usage_error("init", db=blocker / "sub" / "x.db")


def test_serve_with_a_bad_listen_address_exits_2(db):
    assert "bad port" in usage_error("serve", "--listen", "127.0.0.1:smtp", db=db, timeout=30)


def test_unrecognized_argument_with_a_newline_is_still_one_line(db):
    usage_error("domain", "add", "-x\ny", db=db)
