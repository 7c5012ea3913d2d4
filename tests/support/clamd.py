"""A real clamd for tests, with a signature database of our own (no network, no official signatures).

    from tests.support.clamd import clamd_daemon, EICAR, EICAR_VIRUS_NAME   # import the fixture into the test module

    async def test_something(clamd_daemon):
        client = ClamdClient(clamd_daemon.address)      # unix:/tmp/.../clamd.sock
        ...                                             # clamd_daemon.tcp_address is 127.0.0.1:<port>

The database is one body signature (``.ndb``) for the EICAR test string, so clamd finds EICAR
anywhere it looks after unpacking: raw, inside a zip, inside a base64 MIME part of a whole message.
clamd starts in about 10 ms with it. The Debian package's own service (``/etc/clamav/clamd.conf``,
``/run/clamav/``) is neither used nor needed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.reaper import spawn
from tests.conftest import free_port, require_tool

# The EICAR anti-virus test file: harmless, and detected as a virus by convention.
EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
EICAR_SIGNATURE = "Mailmoat.Test.EICAR"
# clamd appends ".UNOFFICIAL" to names from databases that are not ClamAV's signed ones.
EICAR_VIRUS_NAME = f"{EICAR_SIGNATURE}.UNOFFICIAL"
STREAM_MAX_LENGTH = 10 * 1024 * 1024
START_TIMEOUT = 15.0


@dataclass
class ClamdDaemon:
    process: subprocess.Popen
    workdir: Path
    socket_path: str
    tcp_port: int
    log_path: Path

    @property
    def address(self) -> str:
        return f"unix:{self.socket_path}"

    @property
    def tcp_address(self) -> str:
        return f"127.0.0.1:{self.tcp_port}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"


def write_database(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "mailmoat-test.ndb").write_text(f"{EICAR_SIGNATURE}:0:*:{EICAR.hex()}\n")


def _ping(socket_path: str) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1)
            sock.connect(socket_path)
            sock.sendall(b"zPING\0")
            return sock.recv(16) == b"PONG\0"
    except OSError:
        return False


@contextlib.contextmanager
def run_clamd(workdir: Path, stream_max_length: int = STREAM_MAX_LENGTH) -> Iterator[ClamdDaemon]:
    """Start clamd with its config, database, socket and log all under `workdir`; stop it on exit."""
    clamd = require_tool("clamd")
    workdir.mkdir(parents=True, exist_ok=True)
    database = workdir / "db"
    write_database(database)
    # A unix socket path must fit in 108 bytes; pytest's tmp dirs can be deeper than that.
    socket_dir = workdir if len(str(workdir)) < 80 else Path(tempfile.mkdtemp(prefix="clamd-"))
    socket_path = str(socket_dir / "clamd.sock")
    log_path = workdir / "clamd.log"
    config = workdir / "clamd.conf"
    try:
        for _attempt in range(5):
            port = free_port()
            lines = [
                "Foreground yes",
                f"LocalSocket {socket_path}",
                "LocalSocketMode 600",
                f"TCPSocket {port}",
                "TCPAddr 127.0.0.1",
                f"DatabaseDirectory {database}",
                f"TemporaryDirectory {workdir}",
                f"StreamMaxLength {stream_max_length}",
                "MaxThreads 8",
                "SelfCheck 0",  # no database reload checks during a test run
                "LogSyslog no",
                f"LogFile {log_path}",
                "LogTime yes",
            ]
            if os.getuid() == 0:
                lines.append("User root")  # otherwise clamd would switch to "clamav", who cannot read our tmp dir
            config.write_text("\n".join(lines) + "\n")
            with log_path.open("ab") as console:
                process = spawn(
                    [clamd, f"--config-file={config}"],
                    stdin=subprocess.DEVNULL,
                    stdout=console,
                    stderr=subprocess.STDOUT,
                    cwd=workdir,
                )
            daemon = ClamdDaemon(process, workdir, socket_path, port, log_path)
            deadline = time.monotonic() + START_TIMEOUT
            while process.poll() is None and time.monotonic() < deadline and not _ping(socket_path):
                time.sleep(0.005)
            if process.poll() is not None:
                continue  # most likely the TCP port was taken between probing and binding
            if not _ping(socket_path):
                daemon.stop()
                pytest.fail(f"clamd did not answer PING within {START_TIMEOUT} s:\n{daemon.log()}")
            try:
                yield daemon
            finally:
                daemon.stop()
            return
        pytest.fail(f"clamd failed to start:\n{log_path.read_text(errors='replace')}")
    finally:
        if socket_dir is not workdir:
            shutil.rmtree(socket_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def clamd_daemon(tmp_path_factory) -> Iterator[ClamdDaemon]:
    """One clamd for the session; tests must not stop it (use run_clamd for a private one)."""
    with run_clamd(tmp_path_factory.mktemp("clamd")) as daemon:
        yield daemon
