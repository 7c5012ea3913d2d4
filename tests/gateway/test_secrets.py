"""Secret settings stay secret: not in the journal (stored or shown), not by get/settings, not in the dashboard's
journal line, not in the logs; exported files are created 0600, like the database."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.cli import main
from app.policy.settings import SPECS
from app.store import journal as journal_store
from app.store.database import Store
from app.ui.journal_backend import JournalBackend

from tests.support import slapd as slapd_helpers
from tests.conftest import db_rows, wait_for

slapd_server = slapd_helpers.slapd_server

FIRST, SECOND = "Blue-Heron-Ledger-4471", "Quiet-Maple-Anchor-9302"


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "gw.db"
    assert main(["--db", str(path), "init", "--hostname", "mx.corp.example"]) == 0
    return path


def cli(capsys, db: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out + err


def file_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())


def test_the_secrets_are_declared_where_the_settings_are():
    assert [key for key, spec in SPECS.items() if spec.secret] == ["ldap.password"]


def test_the_journal_records_a_secret_change_without_its_value(db, capsys):
    assert cli(capsys, db, "set", "ldap.password", FIRST) == (0, "ldap.password = ********\n")
    assert cli(capsys, db, "set", "ldap.password", SECOND)[0] == 0
    assert cli(capsys, db, "set", "ldap.password", "")[0] == 0
    code, listing = cli(capsys, db, "journal", "list")
    assert code == 0 and "key=ldap.password: changed (a secret: the journal keeps no value)" in listing
    shown = [cli(capsys, db, "journal", "show", str(n))[1] for n in range(1, 5)]
    for text in [listing, *shown]:
        assert FIRST not in text and SECOND not in text
    assert "settings key=ldap.password: set (a secret" in "".join(shown)
    with sqlite3.connect(db) as conn:
        journal = conn.execute("SELECT group_concat(before || after, ' ') FROM journal").fetchone()[0]
    assert FIRST not in journal and SECOND not in journal and "ldap.password" in journal
    assert FIRST.encode() not in file_bytes(db) and SECOND.encode() not in file_bytes(db)


def test_get_and_settings_never_print_a_secret(db, capsys):
    assert cli(capsys, db, "set", "ldap.password", FIRST)[0] == 0
    code, text = cli(capsys, db, "get", "ldap.password")
    assert code == 2 and text == "mailmoat get: ldap.password is a secret and is not shown\n"
    code, text = cli(capsys, db, "settings")
    assert code == 0 and FIRST not in text
    assert [line for line in text.splitlines() if line.startswith("ldap.password ")][0].split()[1] == "********"


def test_a_bad_secret_is_refused_without_echoing_it(db, capsys):
    code, text = cli(capsys, db, "set", "ldap.password", FIRST + "\r\n")
    assert code == 2 and FIRST not in text and "control characters" in text


def test_undo_of_a_secret_change_is_refused_and_says_what_to_do(db, capsys):
    assert cli(capsys, db, "set", "ldap.password", FIRST)[0] == 0
    assert cli(capsys, db, "set", "ldap.password", SECOND)[0] == 0
    code, text = cli(capsys, db, "journal", "undo", "last")
    assert code == 2
    assert text == (
        "mailmoat journal undo: change 3 set ldap.password, a secret whose value the journal does not keep;"
        " set it again with 'mailmoat set ldap.password ...'\n"
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'ldap.password'").fetchone()[0] == SECOND
    # other changes still undo
    assert cli(capsys, db, "set", "ldap.bind_dn", "cn=mailmoat,dc=corp,dc=example")[0] == 0
    assert cli(capsys, db, "journal", "undo", "last")[0] == 0


def test_a_secret_journaled_before_it_was_marked_is_scrubbed_on_open(db, capsys):
    """A database from before the secret marking: its journal rows lose the value, and the bytes go."""
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM secret_settings")
        conn.execute(
            "INSERT INTO journal(ts, actor, change, tbl, op, key, before, after) VALUES(1.7e9, "
            "'old mailmoat', 99, 'settings', 'insert', '{\"key\":\"ldap.password\"}', NULL, ?)",
            (f'{{"key":"ldap.password","value":"{FIRST}"}}',),
        )
    assert FIRST.encode() in file_bytes(db)
    code, text = cli(capsys, db, "journal", "show", "99")
    assert code == 0 and FIRST not in text and "ldap.password: set (a secret" in text
    assert FIRST.encode() not in file_bytes(db)  # secure_delete: not even in the free space of the page


async def test_the_dashboard_journal_line_masks_a_secret(db):
    assert await asyncio.to_thread(main, ["--db", str(db), "set", "ldap.password", FIRST]) == 0

    class Dashboard(JournalBackend):
        def __init__(self, store):
            self.store = store

    store = await Store.open(db, create=False)
    try:
        step = await Dashboard(store).next_step()
        assert "ldap.password" in step.question() and FIRST not in step.question()
        with pytest.raises(journal_store.JournalConflict, match="a secret whose value the journal does not keep"):
            await Dashboard(store).undo_change(step.change)
    finally:
        await store.close()


@pytest.mark.parametrize("existing_mode", [None, 0o644])
def test_an_exported_list_is_created_0600(db, capsys, tmp_path, existing_mode):
    assert cli(capsys, db, "block", "add", "email", "spammer@spam.example")[0] == 0
    target = tmp_path / "block.csv"
    if existing_mode is not None:
        target.write_text("old\n")
        target.chmod(existing_mode)
    old_umask = os.umask(0o022)
    try:
        assert cli(capsys, db, "block", "export", str(target))[0] == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "spammer@spam.example" in target.read_text()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_export_to_stdout_still_works(db, capsys):
    assert cli(capsys, db, "allow", "add", "domain", "partner.example")[0] == 0
    code, text = cli(capsys, db, "allow", "export", "-")
    assert code == 0 and "partner.example" in text


async def test_a_wrong_ldap_password_never_reaches_the_log_or_the_connection_log(gateway, slapd_server, caplog):
    from tests.gateway.test_recipients import rcpt

    caplog.set_level(logging.DEBUG)
    await gateway.configure(
        ldap__url=slapd_server.url,
        ldap__bind_dn=slapd_server.service_dn,
        ldap__password=FIRST,
        ldap__base_dn=slapd_server.base_dn,
        ldap__starttls="yes",
        ldap__ca_file=slapd_server.ca_file,
        recipients__method="ldap",
    )
    code, text = await asyncio.to_thread(rcpt, gateway, "kim@corp.example", "127.0.0.21")
    assert code == 451 and FIRST not in text
    events = await wait_for(lambda: db_rows(gateway.store, "SELECT * FROM events WHERE recipient != ''"))
    assert FIRST not in repr([tuple(row) for row in events])
    assert FIRST not in caplog.text
