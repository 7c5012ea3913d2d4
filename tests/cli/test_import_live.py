"""A bulk import into the database of a running gateway never stalls its mail, and is one change to undo."""

from __future__ import annotations

import ipaddress
import subprocess
import sys
import time

from tests.conftest import message
from tests.support.processes import ServeProcess, cli_env, closed_port, mailmoat

IMPORT_LINES = 300_000


def _setup(db) -> None:
    for args in (
        ("init", "--hostname", "mx.corp.example"),
        ("domain", "add", "corp.example"),
        ("set", "upstream", f"127.0.0.1:{closed_port()}"),
        ("set", "recipients.method", "none"),
        ("set", "relay.selftest", "no"),
    ):
        done = mailmoat(*args, db=db)
        assert done.returncode == 0, done.stderr


def test_a_big_block_import_leaves_the_running_gateway_serving(tmp_path):
    db = tmp_path / "gateway.db"
    _setup(db)
    blocklist = tmp_path / "block.txt"
    first = int(ipaddress.IPv4Address("10.0.0.0"))
    blocklist.write_text("".join(f"{ipaddress.IPv4Address(first + i)}\n" for i in range(IMPORT_LINES)))
    serve = ServeProcess(db, tmp_path)
    try:
        importer = subprocess.Popen(
            [sys.executable, "-m", "app", "--db", str(db), "block", "import", str(blocklist), "--kind", "ip"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(),
        )
        durations, replies = [], []
        with serve.smtp() as client:
            while importer.poll() is None or not durations:
                started = time.monotonic()
                replies.append(client.sendmail("alice@other.example", ["bob@corp.example"], message("during import")))
                durations.append(time.monotonic() - started)
        out, err = importer.communicate(timeout=120)
        assert importer.returncode == 0, err
        assert f"{IMPORT_LINES} block entries imported" in out
        assert all(r == {} for r in replies)
        # One transaction holding the database for the whole import made senders wait for it (or get 451).
        assert max(durations) < 5, f"worst transaction took {max(durations):.1f} s during the import"
        print(f"{len(durations)} transactions during the import, worst {max(durations):.2f} s")
    finally:
        serve.terminate()
    changes = mailmoat("journal", "list", db=db)
    assert changes.returncode == 0, changes.stderr
    import_lines = [line for line in changes.stdout.splitlines() if "(mailmoat block)" in line]
    assert len(import_lines) == 1, changes.stdout  # the whole import is one change, undone as one
    assert f"{IMPORT_LINES} row(s)" in import_lines[0]
