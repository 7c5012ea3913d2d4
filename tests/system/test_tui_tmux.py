"""The dashboard in a real terminal: `mailmoat run` and `mailmoat tui` under tmux, driven over SMTP.

Each test starts its own tmux server on a private socket (`tmux -L <unique>`, no user config), so a user's
tmux sessions are never touched, and kills it in a finally block. Waits poll `tmux capture-pane`; no fixed
sleep stands in for a condition, and every wait's bound is a failure deadline (BOUND), never a measurement:
on a loaded machine a screen may take many seconds. How fast the dashboard shows a message is measured in
bench/dashboard.py.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shlex
import signal
import smtplib
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from tests.conftest import free_port, require_tool

WIDTH, HEIGHT = 120, 40
BOUND = 60.0  # seconds any condition may take before the test fails
EXIT_LINE = re.compile(r"EXIT=(\d+)\n")
LISTENING = re.compile(r"mailmoat: listening on (\S+):(\d+)")


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("mailmoat")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def _env(**extra: str) -> dict[str, str]:
    # COLUMNS and LINES (pytest-xdist's workers set 80x24) would override the pane's size for the dashboard
    env = {k: v for k, v in os.environ.items() if k not in ("MAILMOAT_DB", "TMUX", "TMUX_PANE", "COLUMNS", "LINES")}
    env.update(extra)
    return env


def cli(db: Path, *args: str) -> str:
    result = subprocess.run(
        [*_cli(), "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=_env(),
        stdin=subprocess.DEVNULL,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def poll(
    predicate: Callable[[], object],
    timeout: float,
    interval: float = 0.1,
    what: str = "condition",
    detail: Callable[[], str] = lambda: "",
):
    """Calls predicate until it returns something truthy; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not met within {timeout} s\n{detail()}")
        time.sleep(interval)


class RecordingHandler:
    """The upstream (Exchange) as an aiosmtpd handler: records envelope senders."""

    def __init__(self) -> None:
        self.senders: list[str] = []

    async def handle_DATA(self, server, session, envelope):
        self.senders.append(envelope.mail_from)
        return "250 2.0.0 OK sink"


@contextlib.contextmanager
def upstream_sink():
    handler = RecordingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller, handler
    finally:
        controller.stop()


def make_db(tmp_path: Path, upstream: str) -> Path:
    db = tmp_path / "gateway.db"
    cli(db, "init", "--hostname", "mx.corp.example")
    cli(db, "domain", "add", "corp.example")
    cli(db, "set", "upstream", upstream)
    return db


COUNTER = re.compile(r"╭─ (\w+) ─*╮")


def counters(screen: str) -> dict[str, int]:
    """The Live screen's counters: a name in each box's top border, the number on the line below."""
    lines = screen.splitlines()
    for index, line in enumerate(lines[:-1]):
        names = COUNTER.findall(line)
        if names:
            values = re.findall(r"│\s*(\d+)│", lines[index + 1])
            return dict(zip(names, map(int, values)))
    return {}


class TmuxPane:
    """One command in a detached 120x40 tmux session on a private tmux server.

    The command runs as `COMMAND; echo EXIT=$? > FILE`; the pane stays (remain-on-exit) after it ends so
    that its last screen can be shown when a test fails.
    """

    def __init__(self, workdir: Path, name: str, command: list[str], env: dict[str, str], prelude: str = ""):
        self.tmux = require_tool("tmux")
        self.socket = f"mailmoat-test-{os.getpid()}-{secrets.token_hex(4)}"
        self.target = name
        self.exit_file = workdir / f"{name}.exit"
        script = workdir / f"{name}.sh"
        exports = "".join(f"export {key}={shlex.quote(value)}\n" for key, value in env.items())
        script.write_text(
            f'{exports}{prelude}{shlex.join(command)}\necho "EXIT=$?" > {shlex.quote(str(self.exit_file))}\n'
        )
        config = workdir / f"{name}.tmux.conf"
        config.write_text(f"set -g remain-on-exit on\nset -g status off\nset -g default-size {WIDTH}x{HEIGHT}\n")
        self._tmux_env = _env(**env)
        self.started = False
        self._run(
            "-f",
            str(config),
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            str(WIDTH),
            "-y",
            str(HEIGHT),
            f"sh {shlex.quote(str(script))}",
        )
        self.started = True
        self.socket_path = self._run("display-message", "-p", "#{socket_path}", check=False).stdout.strip()

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [self.tmux, "-L", self.socket, *args],
            capture_output=True,
            text=True,
            env=self._tmux_env,
            stdin=subprocess.DEVNULL,
            timeout=30,
            check=False,
        )
        if check:
            assert result.returncode == 0, (args, result.stderr)
        return result

    def capture(self) -> str:
        result = self._run("capture-pane", "-p", "-t", self.target, check=False)
        return result.stdout if result.returncode == 0 else ""

    def send_keys(self, *keys: str) -> None:
        self._run("send-keys", "-t", self.target, *keys)

    def exit_code(self) -> int | None:
        with contextlib.suppress(OSError):
            match = EXIT_LINE.search(self.exit_file.read_text())
            if match:
                return int(match[1])
        return None

    def wait_for_text(self, *texts: str, timeout: float, line: int | None = None) -> str:
        """Polls the screen (or one line of it) until every text is there; returns that screen."""

        def seen() -> str | None:
            screen = self.capture()
            where = (screen.splitlines() + [""] * (HEIGHT + 1))[line] if line is not None else screen
            if all(text in where for text in texts):
                return screen
            return None

        return poll(seen, timeout, what=f"screen showing {texts!r}", detail=self.describe)

    def wait_exit(self, timeout: float) -> int:
        return poll(
            lambda: (code := self.exit_code()) is not None and (code,),
            timeout,
            what="the pane's command to end",
            detail=self.describe,
        )[0]

    def describe(self) -> str:
        return f"--- screen ---\n{self.capture()}\n--- exit: {self.exit_code()}"

    def pane_processes(self) -> list[int]:
        """The pane's shell and everything under it."""
        pane_pid = self._run("display-message", "-p", "#{pane_pid}", check=False).stdout.strip()
        return _process_tree(int(pane_pid)) if pane_pid.isdigit() else []

    def kill_server(self) -> None:
        """What a dropped SSH session does to tmux: the server goes, the pane's terminal hangs up."""
        self.started = False
        self._run("kill-server", check=False)
        if self.socket_path.endswith(self.socket):
            with contextlib.suppress(OSError):
                os.unlink(self.socket_path)

    def close(self) -> None:
        """Kills the tmux server (SIGHUP to the pane); whatever still runs in the pane after 5 s gets SIGKILL."""
        if not self.started:
            return
        self.started = False
        pane_pid = self._run("display-message", "-p", "#{pane_pid}", check=False).stdout.strip()
        left = _process_tree(int(pane_pid)) if pane_pid.isdigit() else []
        self._run("kill-server", check=False)
        if self.socket_path.endswith(self.socket):  # tmux leaves its socket file behind
            with contextlib.suppress(OSError):
                os.unlink(self.socket_path)
        deadline = time.monotonic() + 5
        while (left := [pid for pid in left if _running(pid)]) and time.monotonic() < deadline:
            time.sleep(0.05)
        for pid in left:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _ppid_and_state(pid: int) -> tuple[int, str] | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return int(fields[1]), fields[0]


def _running(pid: int) -> bool:
    info = _ppid_and_state(pid)
    return info is not None and info[1] != "Z"


def _process_tree(root: int) -> list[int]:
    """root and its descendants (Linux /proc; just root elsewhere)."""
    children: dict[int, list[int]] = {}
    with contextlib.suppress(OSError):
        for entry in os.listdir("/proc"):
            if entry.isdigit() and (info := _ppid_and_state(int(entry))) is not None:
                children.setdefault(info[0], []).append(int(entry))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def wait_listening(port: int, timeout: float, alive: Callable[[], bool], detail: Callable[[], str]) -> None:
    def accepts() -> bool:
        if not alive():
            raise AssertionError(f"the gateway ended before listening on 127.0.0.1:{port}\n{detail()}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
        return False

    poll(accepts, timeout, interval=0.05, what=f"127.0.0.1:{port} accepting connections", detail=detail)


def send_one(port: int, sender: str) -> float:
    """Sends one message; returns the monotonic time of the 250 reply to DATA."""
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo("client.example")
        refused = client.sendmail(
            sender,
            ["bob@corp.example"],
            f"From: <{sender}>\r\nTo: <bob@corp.example>\r\nSubject: trickle\r\n\r\nhi\r\n",
        )
        accepted_at = time.monotonic()
    assert refused == {}
    return accepted_at


def assert_sender_shown(pane: TmuxPane, sender: str) -> None:
    def shown() -> bool:
        return sender in pane.capture()

    poll(shown, BOUND, interval=0.1, what=f"sender {sender} on screen after the 250", detail=pane.describe)


def trickle_sender() -> str:
    sender = f"tr-{secrets.token_hex(3)}@other.example"
    assert len(sender) <= 24  # the Live table's sender column is 24 cells wide
    return sender


def test_run_shows_a_message_and_stops_the_gateway_on_quit(tmp_path):
    require_tool("tmux")
    pane = None
    with upstream_sink() as (controller, upstream):
        db = make_db(tmp_path, f"127.0.0.1:{controller.port}")
        port = free_port()
        try:
            pane = TmuxPane(
                tmp_path,
                "run",
                [*_cli(), "--db", str(db), "run", "--listen", f"127.0.0.1:{port}"],
                {"MAILMOAT_LOG": str(tmp_path / "mailmoat.log")},
            )
            wait_listening(port, BOUND, lambda: pane.exit_code() is None, pane.describe)
            pane.wait_for_text("Mailmoat", "gateway in this process", timeout=BOUND, line=0)
            pane.wait_for_text("sender", "recipients", "verdict", timeout=BOUND)

            sender = trickle_sender()
            send_one(port, sender)
            assert_sender_shown(pane, sender)
            # The delivery to the upstream shows up as its own row with the same sender.
            poll(lambda: sender in upstream.senders, BOUND, what="delivery to the upstream")
            poll(
                lambda: counters(pane.capture()).get("delivered") == 1,
                BOUND,
                what="delivered counter at 1",
                detail=pane.describe,
            )

            pane.send_keys("C-q")
            pane.wait_for_text("Stop the gateway too?", timeout=BOUND)
            pane.send_keys("s")
            assert pane.wait_exit(timeout=BOUND) == 0
            with pytest.raises(OSError):  # the gateway stopped with the dashboard
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
        finally:
            if pane is not None:
                pane.close()


def test_tui_attached_follows_a_separate_gateway_and_notices_it_stop(tmp_path):
    require_tool("tmux")
    pane = None
    serve = None
    with upstream_sink() as (controller, _upstream):
        db = make_db(tmp_path, f"127.0.0.1:{controller.port}")
        port = free_port()
        serve_out, serve_err = tmp_path / "serve.out", tmp_path / "serve.err"
        try:
            with open(serve_out, "wb") as out, open(serve_err, "wb") as err:
                serve = subprocess.Popen(
                    [*_cli(), "--db", str(db), "serve", "--listen", f"127.0.0.1:{port}", "--workers", "1"],
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=err,
                    env=_env(),
                )

            def serve_detail() -> str:
                return (
                    f"serve exit {serve.poll()}\nstdout: {serve_out.read_text(errors='replace')}\n"
                    f"stderr: {serve_err.read_text(errors='replace')[-2000:]}"
                )

            poll(
                lambda: LISTENING.search(serve_out.read_text()) or serve.poll() is not None,
                BOUND,
                interval=0.05,
                what="serve listening",
                detail=serve_detail,
            )
            assert serve.poll() is None, serve_detail()
            wait_listening(port, BOUND, lambda: serve.poll() is None, serve_detail)

            pane = TmuxPane(
                tmp_path, "tui", [*_cli(), "--db", str(db), "tui"], {"MAILMOAT_LOG": str(tmp_path / "tui.log")}
            )
            pane.wait_for_text("sender", "recipients", "verdict", timeout=BOUND)
            header = pane.wait_for_text("attached", "alive", timeout=BOUND, line=0).splitlines()[0]
            assert f"pid {serve.pid}" in header and f"127.0.0.1:{port}" in header, header

            sender = trickle_sender()
            send_one(port, sender)
            assert_sender_shown(pane, sender)

            serve.send_signal(signal.SIGTERM)
            header = pane.wait_for_text("NOT running", timeout=BOUND, line=0).splitlines()[0]
            assert "alive" not in header, header
            assert serve.wait(timeout=BOUND) == 0, serve_detail()

            pane.send_keys("C-q")  # attached: quits at once, no question about the gateway
            assert pane.wait_exit(timeout=BOUND) == 0
        finally:
            if pane is not None:
                pane.close()
            if serve is not None and serve.poll() is None:
                serve.kill()
                serve.wait(timeout=BOUND)


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process so far, from /proc/PID/stat."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _gateway_pid(pane: TmuxPane, command: str = "run") -> int:
    def find() -> int | None:
        for pid in pane.pane_processes():
            with contextlib.suppress(OSError):
                argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
                if command.encode() in argv and b"--listen" in argv:
                    return pid
        return None

    return poll(find, BOUND, what="the mailmoat run process in the pane", detail=pane.describe)


@pytest.mark.parametrize("wrapper", ["sh", "sh ignoring SIGHUP"])
def test_run_keeps_serving_headless_when_its_terminal_goes_and_stops_on_sigterm(tmp_path, wrapper):
    """A dropped SSH session under tmux, with a shell between tmux and `mailmoat run` (make, a script, sudo).

    Plain `sh`: sh is the session leader; when it dies of the hangup the kernel sends SIGHUP to mailmoat.
    With SIGHUP ignored (nohup, some wrappers): mailmoat only sees its terminal return EOF and refuse output;
    before the fix it spun at a full core on the dead descriptor and ignored SIGTERM.
    Either way the gateway keeps serving at idle CPU, and SIGTERM then drains and stops it."""
    require_tool("tmux")
    pane, gateway_pid = None, None
    log_file = tmp_path / "mailmoat.log"
    with upstream_sink() as (controller, upstream):
        db = make_db(tmp_path, f"127.0.0.1:{controller.port}")
        port = free_port()
        try:
            pane = TmuxPane(
                tmp_path,
                "run",
                [*_cli(), "--db", str(db), "run", "--listen", f"127.0.0.1:{port}"],
                {"MAILMOAT_LOG": str(log_file)},
                prelude="trap '' HUP\n" if "ignoring" in wrapper else "",
            )
            wait_listening(port, BOUND, lambda: pane.exit_code() is None, pane.describe)
            pane.wait_for_text("sender", "recipients", "verdict", timeout=BOUND)
            gateway_pid = _gateway_pid(pane)

            pane.kill_server()

            def detail() -> str:
                return f"log:\n{log_file.read_text() if log_file.exists() else '(none)'}"

            poll(
                lambda: log_file.exists() and "keeps serving headless" in log_file.read_text(),
                BOUND,
                what="the log saying the gateway went headless",
                detail=detail,
            )
            assert f"--db {db} tui" in log_file.read_text()  # how to get a dashboard back
            assert _running(gateway_pid), detail()

            sender = trickle_sender()
            send_one(port, sender)  # a whole SMTP transaction, after the terminal is gone
            poll(lambda: sender in upstream.senders, BOUND, what="delivery to the upstream", detail=detail)

            before, started = _cpu_seconds(gateway_pid), time.monotonic()
            time.sleep(3)  # a measurement window, not a wait for a condition
            share = (_cpu_seconds(gateway_pid) - before) / (time.monotonic() - started)
            print(f"CPU after the terminal went: {share:.1%} of a core")
            assert share < 0.2, f"{share:.0%} of a core with no terminal"

            os.kill(gateway_pid, signal.SIGTERM)
            poll(lambda: not _running(gateway_pid), BOUND, what="the gateway to stop after SIGTERM", detail=detail)
            with pytest.raises(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
            if "ignoring" in wrapper:  # the wrapper outlived the hangup and saw the exit status
                assert pane.wait_exit(timeout=BOUND) == 0
        finally:
            if pane is not None:
                pane.close()
            if gateway_pid is not None and _running(gateway_pid):
                os.kill(gateway_pid, signal.SIGKILL)


def test_serve_drains_on_sigterm_after_its_terminal_is_gone(tmp_path):
    """`serve` in a tmux pane under a wrapper that ignores SIGHUP (nohup): after the terminal goes, SIGTERM
    must still drain and stop it (it used to fail printing "draining" to the dead terminal and hang)."""
    require_tool("tmux")
    pane, gateway_pid = None, None
    with upstream_sink() as (controller, upstream):
        db = make_db(tmp_path, f"127.0.0.1:{controller.port}")
        port = free_port()
        try:
            pane = TmuxPane(
                tmp_path,
                "serve",
                [*_cli(), "--db", str(db), "serve", "--listen", f"127.0.0.1:{port}", "--workers", "1"],
                {},
                prelude="trap '' HUP\n",
            )
            wait_listening(port, BOUND, lambda: pane.exit_code() is None, pane.describe)
            gateway_pid = _gateway_pid(pane, "serve")
            pane.kill_server()
            sender = trickle_sender()
            send_one(port, sender)
            poll(lambda: sender in upstream.senders, BOUND, what="delivery to the upstream")
            os.kill(gateway_pid, signal.SIGTERM)
            poll(lambda: not _running(gateway_pid), BOUND, what="serve to stop after SIGTERM")
            assert pane.wait_exit(timeout=BOUND) == 0
        finally:
            if pane is not None:
                pane.close()
            if gateway_pid is not None and _running(gateway_pid):
                os.kill(gateway_pid, signal.SIGKILL)
