"""A bad database gets one clear line and a non-zero exit, never a traceback or a hang; only `init` creates one."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.policy.loader import load_snapshot
from app.store.database import Store, StoreError

from tests.support.processes import cli_env, mailmoat

PAGE = 4096
RECOVER = ".recover | sqlite3 recovered.db"


@pytest.fixture
def good_db(tmp_path) -> Path:
    path = tmp_path / "gw.db"
    assert main(["--db", str(path), "init", "--hostname", "mx.corp.example"]) == 0
    assert main(["--db", str(path), "domain", "add", "corp.example"]) == 0
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE
    return path


def root_page(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]


def damage(db: Path, pages) -> None:
    """Garbage over whole pages (numbered from 1), as a disk or a careless copy leaves them."""
    data = bytearray(db.read_bytes())
    for page in pages:
        data[(page - 1) * PAGE : page * PAGE] = b"\xa5" * PAGE
    db.write_bytes(bytes(data))


def refused(db: Path, *args: str) -> str:
    """The command must exit 2 with one line on stderr and no traceback, well within the timeout (no hang)."""
    result = mailmoat(*args, db=db, timeout=60)
    assert result.returncode == 2, (args, result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    assert "listening" not in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


SERVE = ("serve", "--listen", "127.0.0.1:0", "--workers", "1")


def test_every_page_but_the_first_damaged(good_db):
    damage(good_db, range(2, good_db.stat().st_size // PAGE + 1))
    for args in (SERVE, ("get", "hostname"), ("journal", "list")):
        line = refused(good_db, *args)
        assert "database disk image is malformed" in line and f"sqlite3 {good_db} {RECOVER}" in line


def test_a_damaged_policy_table_stops_serve_before_it_listens(good_db):
    """`get` never reads content_rules, so it still works; the gateway reads every page before it starts."""
    damage(good_db, [root_page(good_db, "content_rules")])
    line = refused(good_db, *SERVE)
    assert "malformed" in line and RECOVER in line
    assert mailmoat("get", "hostname", db=good_db, timeout=60).stdout.strip() == "mx.corp.example"


def test_a_damaged_settings_table_is_one_line_for_a_simple_command(good_db):
    damage(good_db, [root_page(good_db, "settings")])
    line = refused(good_db, "get", "hostname")
    assert line.startswith(f"mailmoat: {good_db}: database disk image is malformed") and RECOVER in line


def test_a_zero_byte_file_is_refused_and_left_alone(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    for args in (SERVE, ("get", "hostname"), ("domain", "add", "corp.example")):
        line = refused(empty, *args)
        assert line == (
            f"mailmoat: {empty} is an empty file, not a Mailmoat database "
            f"('mailmoat --db {empty} init' makes a new one there)"
        )
    assert empty.stat().st_size == 0
    assert main(["--db", str(empty), "init"]) == 0  # asked for: made
    assert mailmoat("get", "hostname", db=empty, timeout=60).returncode == 0


def test_a_file_that_is_not_a_database(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("우리 사무실 메모\n" * 500)
    line = refused(notes, *SERVE)
    assert "file is not a database" in line and RECOVER in line


def test_another_programs_sqlite_database_is_not_taken_over(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts(name TEXT)")
    for args in (SERVE, ("init",)):
        assert "an SQLite database of something else" in refused(other, *args)
    with sqlite3.connect(other) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["contacts"]


def test_serve_never_creates_a_database(tmp_path):
    missing = tmp_path / "typo.db"
    assert "run 'mailmoat init' first" in refused(missing, *SERVE)
    assert not missing.exists()


def test_a_store_left_open_does_not_keep_the_process_alive(good_db):
    """An error path that forgets to close the store must not hang the process at exit."""
    script = (
        "import asyncio, sys\nfrom app.store.database import Store\n"
        "async def main():\n    store = await Store.open(sys.argv[1], create=False)\n"
        "    await store.data_version()\n    raise SystemExit(3)\nasyncio.run(main())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(good_db)], capture_output=True, text=True, timeout=60, env=cli_env()
    )
    assert result.returncode == 3, result.stderr


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_damaged_pages_are_found_before_the_gateway_starts(good_db, tmp_path, data):
    """Whatever pages are damaged: the open or the integrity check says so (StoreError), or the policy loads."""
    pages = good_db.stat().st_size // PAGE
    target = tmp_path / "damaged.db"
    target.write_bytes(good_db.read_bytes())
    damage(target, data.draw(st.sets(st.integers(1, pages), min_size=1, max_size=4)))

    async def start() -> None:
        try:
            store = await Store.open(target, create=False)
        except StoreError:
            return
        try:
            await store.check_integrity()
        except StoreError as exc:
            assert "malformed" in str(exc) and RECOVER in str(exc)
            return
        finally:
            await store.close()
        store = await Store.open(target, create=False)
        try:
            await load_snapshot(store)
        finally:
            await store.close()

    asyncio.run(start())
