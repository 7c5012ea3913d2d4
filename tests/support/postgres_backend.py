"""Runs existing tests on PostgreSQL: with ``-p tests.postgres_backend``, every Store.open of an SQLite path in
this process opens a database of its own on a private PostgreSQL server (tests/support/postgres.py) instead.

    make test-postgres            # the files listed in the Makefile, which pass this way

The same path opens the same database again (the CLI's main() in-process, a second Store as a second worker).
An empty file is left at the path, for code that checks that the database exists. Tests that read the file
with sqlite3, run the CLI as a subprocess or check SQLite's own behaviour (PRAGMAs, file modes) cannot run so:
the Makefile's list leaves them out; the store-level tests that matter run on both backends in the ordinary
suite (the `database` fixture of tests/support/postgres.py).
"""

from __future__ import annotations

import contextlib
import os

from app.store import database
from tests.support.postgres import PostgresServer, run_postgres

_original_open = database.Store.open.__func__  # type: ignore[attr-defined]
_server: PostgresServer | None = None
_stack = contextlib.ExitStack()
_databases: dict[str, str] = {}


async def _open_on_postgres(cls, path, *, create: bool = True):
    global _server
    path = str(path)
    if database.is_postgres_url(path):
        return await _original_open(cls, path, create=create)
    key = os.path.abspath(path)
    if key not in _databases:
        if not create:
            return await _original_open(cls, path, create=create)  # the SQLite error for a missing database
        if _server is None:
            _server = _stack.enter_context(run_postgres())
        _databases[key] = _server.url(_server.create_database())
        with contextlib.suppress(OSError):
            open(path, "a").close()
    return await _original_open(cls, _databases[key], create=create)


def pytest_configure(config) -> None:
    database.Store.open = classmethod(_open_on_postgres)  # type: ignore[method-assign]


def pytest_unconfigure(config) -> None:
    _stack.close()
