"""The real `mailmoat` command as child processes: one-shot CLI runs and a `serve` that tests can kill."""

from __future__ import annotations

import os
import re
import signal
import smtplib
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.support.reaper import spawn


LISTENING = re.compile(r"mailmoat: listening on (\S+):(\d+)")


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MAILMOAT_DB"}
    env.update(extra)
    return env


def mailmoat(
    *args: str,
    db: str | os.PathLike | None = None,
    env: dict[str, str] | None = None,
    cwd: str | os.PathLike | None = None,
    timeout: float = 30,
) -> subprocess.CompletedProcess:
    """Runs `python -m app [--db DB] ARGS...` and returns the finished process (text output)."""
    argv = [sys.executable, "-m", "app"] + (["--db", str(db)] if db is not None else []) + list(args)
    return subprocess.run(
        argv,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
        env=env if env is not None else cli_env(),
        cwd=cwd,
    )


def init_site(db: str, cwd: str | os.PathLike, upstream: str) -> None:
    """`init` a database (a file or a URL) for mx.corp.example, local domain corp.example, delivering to `upstream`."""
    for command in (
        ("init", "--hostname", "mx.corp.example"),
        ("set", "upstream", upstream),
        ("domain", "add", "corp.example"),
    ):
        done = mailmoat(*command, db=db, cwd=cwd)
        assert done.returncode == 0, done.stderr


def closed_port() -> int:
    """A loopback port where nothing listens, below the ephemeral range so that no outgoing
    connection of the gateway can ever self-connect to it (TCP simultaneous open)."""
    for port in range(20000 + (os.getpid() * 7) % 5000, 32000):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port")


class ServeProcess:
    """`mailmoat --db DB serve --listen 127.0.0.1:0` as a child process; output goes to files."""

    def __init__(
        self,
        db: Path | str,
        workdir: Path,
        name: str = "serve",
        *,
        wait: bool = True,
        args: tuple[str, ...] = (),
        cwd: Path | None = None,
        hostname: str | None = None,
    ):
        """args: more options of serve (`--workers 2`); the process leads its own session, so that `kill_all`
        reaches a supervisor's workers too. cwd: where it runs (a node's own files on a PostgreSQL URL);
        hostname: the name it sees, in a UTS namespace of its own (as root), as another box would."""
        self.stdout_path = workdir / f"{name}.out"
        self.stderr_path = workdir / f"{name}.err"
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            one = () if "--workers" in args else ("--workers", "1")  # serve's own default is auto; tests say so
            argv = [sys.executable, "-m", "app", "--db", str(db), "serve", "--listen", "127.0.0.1:0", *one, *args]
            if hostname is not None:  # unshare execs the shell, which execs Python: proc.pid is the gateway's
                argv = ["unshare", "--uts", "sh", "-c", 'hostname "$0" && exec "$@"', hostname, *argv]
            # SIGTERM when the test session dies, even by SIGKILL: the gateway drains and exits
            self.proc = spawn(argv, stdout=out, stderr=err, env=cli_env(), cwd=cwd, start_new_session=True)
        self.host, self.port = "", 0
        if wait:
            self.wait_ready()

    def output(self) -> str:
        return self.stdout_path.read_text(errors="replace")

    def errors(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def wait_ready(self, timeout: float = 60) -> "ServeProcess":
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            match = LISTENING.search(self.output())
            if match:
                self.host, self.port = match[1], int(match[2])
                return self
            if self.proc.poll() is not None:
                raise AssertionError(f"serve exited {self.proc.returncode}: {self.errors()}")
            time.sleep(0.05)
        self.kill()
        raise AssertionError(f"serve did not report its port within {timeout} s: {self.errors()}")

    def terminate(self, timeout: float = 60) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self.kill_all()

    def kill_all(self) -> None:
        """SIGKILL to the whole service: the process and every worker it started (its session)."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if self.proc.poll() is None:
            self.proc.wait(10)

    def smtp(self, source_ip: str = "127.0.0.1") -> smtplib.SMTP:
        client = smtplib.SMTP(self.host, self.port, source_address=(source_ip, 0), timeout=10)
        client.ehlo("client.example")
        return client

    def rcpt_code(self, recipient: str, sender: str = "alice@other.example", source_ip: str = "127.0.0.1") -> int:
        """One fresh session: MAIL, then RCPT; returns the RCPT reply code."""
        with self.smtp(source_ip) as client:
            code, _ = client.mail(sender)
            assert code == 250
            code, _ = client.rcpt(recipient)
            return code
