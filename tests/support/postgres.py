"""A private PostgreSQL server for tests: Debian's binaries, initdb under a temporary directory and the postmaster
as a child of the session, which dies with it (tests/support/reaper.py).

    from tests.support.postgres import postgres_server, postgres_url   # import the fixtures into the test module

    async def test_something(postgres_url):
        store = await Store.open(postgres_url)               # a fresh, empty database of its own
        ...

One server per test session (``postgres_server``), on a free loopback port with its socket in the same
temporary directory; each test that asks for ``postgres_url`` gets a new database on it, dropped afterwards.
The system cluster (``/var/lib/postgresql``, ``pg_ctlcluster``) is neither used nor started.

PostgreSQL refuses to run as root, so as root the data directory belongs to the ``postgres`` user (the
Debian package creates it): initdb runs through ``runuser -u postgres``, the postmaster under its ids; the
directory is made with ``tempfile.mkdtemp`` in /tmp, not under pytest's tmp_path, whose parents only root may
enter. A directory a killed session left behind is removed when the next server starts.
``durable=False`` (the tests' default) turns fsync off: commits are still transactions, just not flushed to
the disk, which a test server thrown away at the end does not need. Benchmarks run with ``durable=True``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import free_port
from tests.support.reaper import claim_workdir, spawn, sweep_stale_workdirs

START_TIMEOUT = 60  # seconds to wait for the server; generous on a loaded machine
SUPERUSER = "mailmoat"
WORKDIR_PREFIX = "mailmoat-pg-"


def postgres_bindir() -> str | None:
    """Debian's versioned directory (newest first), or wherever initdb is on PATH."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        if os.access(os.path.join(candidate, "postgres"), os.X_OK):
            return candidate
    found = shutil.which("initdb")
    return os.path.dirname(found) if found else None


@dataclass
class PostgresServer:
    bindir: str
    workdir: Path
    port: int
    owner: str | None  # the user the server runs as when we are root; None: ourselves
    process: subprocess.Popen | None = None

    @property
    def datadir(self) -> Path:
        return self.workdir / "data"

    @property
    def log_path(self) -> Path:
        return self.workdir / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [os.path.join(self.bindir, argv[0]), *argv[1:]]
        if self.owner is not None:
            command = ["runuser", "-u", self.owner, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, cwd=self.workdir, timeout=120)

    def start(self, *, durable: bool) -> None:
        """The postmaster as a child of this session (not daemonised by pg_ctl): it gets SIGQUIT, an immediate
        shutdown, when the session dies, even by SIGKILL (tests/support/reaper.py)."""
        command = [
            os.path.join(self.bindir, "postgres"), "-D", str(self.datadir), "-p", str(self.port),
            "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={self.workdir}",
            "-c", "max_connections=60", "-c", "shared_buffers=16MB", "-c", f"fsync={'on' if durable else 'off'}",
        ]  # fmt: skip
        user: dict = {}
        if self.owner is not None:
            account = pwd.getpwnam(self.owner)
            user = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
        with open(self.log_path, "ab") as log:
            self.process = spawn(
                command, death_signal=signal.SIGQUIT, stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, cwd=self.workdir, **user,
            )  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT
        while not self._ready():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"PostgreSQL did not start:\n{self.log()}")
            time.sleep(0.02)

    def _ready(self) -> bool:
        """The postmaster says it accepts connections: the status line of postmaster.pid (PostgreSQL 10+)."""
        try:
            lines = (self.datadir / "postmaster.pid").read_text().splitlines()
        except OSError:
            return False
        return len(lines) > 7 and lines[7].strip() == "ready"

    def stop(self) -> None:
        """Stopped for sure: a fast shutdown, else (a loaded machine, hundreds of test databases) an immediate one;
        the data directory is only removed once no server writes to it."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(START_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGQUIT)
            self.process.wait(START_TIMEOUT)

    def sql(self, statement: str, database: str = "postgres") -> str:
        """One statement through psql (no Python driver needed); returns its unaligned output."""
        result = self._run(
            "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port),
            "-U", SUPERUSER, "-d", database, "-c", statement,
        )  # fmt: skip
        return result.stdout.strip()

    def create_database(self) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        self.sql(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"


@contextlib.contextmanager
def run_postgres(*, durable: bool = False) -> Iterator[PostgresServer]:
    """A new cluster in a new temporary directory, removed with everything in it afterwards."""
    bindir = postgres_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed (tools/system-deps.sh installs Debian's postgresql)")
        pytest.skip("PostgreSQL is not installed")
    sweep_stale_workdirs(WORKDIR_PREFIX)
    owner = None
    workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX))
    claim_workdir(workdir)
    if os.geteuid() == 0:
        owner = "postgres"
        account = pwd.getpwnam(owner)
        os.chown(workdir, account.pw_uid, account.pw_gid)
    server = PostgresServer(bindir=bindir, workdir=workdir, port=free_port(), owner=owner)
    try:
        server._run(
            "initdb", "-D", str(server.datadir), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C",
            "--no-sync",
        )  # fmt: skip
        server.start(durable=durable)
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    with run_postgres() as server:
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new empty database on the session's server, dropped after the test."""
    name = postgres_server.create_database()
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgres"])
def database(request, tmp_path, monkeypatch) -> str:
    """Where a store-level test keeps its data, once for each backend: an SQLite file, then a PostgreSQL URL.
    The test runs in tmp_path, where `init` on a URL writes its TLS files (Store.file_beside)."""
    if request.param == "sqlite":
        return str(tmp_path / "mailmoat.db")
    monkeypatch.chdir(tmp_path)
    return request.getfixturevalue("postgres_url")
