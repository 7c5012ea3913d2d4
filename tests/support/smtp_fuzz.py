"""A hostile SMTP client for the protocol fuzzer (tests/gateway/test_protocol_fuzz.py): steps, and a session running them.

A session is a list of steps sent over one raw socket. Replies are read with short timeouts, so a step never
waits long for a reply that does not come (say, while the gateway is still reading message data).

Message data carries markers so that what reaches the upstream can be judged without knowing what the
gateway made of the bytes: the only lone-dot lines a session sends end a body right after an
"X-Fuzz-End: <id>" line, so every message delivered from a fuzz session must end with such a line. One that
ends anywhere else was cut short (a partial message) or was ended by something other than <CRLF>.<CRLF>
(smuggled).
"""

from __future__ import annotations

import itertools
import re
import socket
import ssl
import time
from dataclasses import dataclass, field

_ids = itertools.count(1)
END_MARKER = re.compile(rb"X-Fuzz-End: (\d+)\r\n\Z")
# A dot alone on a line, however the line is ended; the fuzz never sends one outside its proper ends of data.
_DOT_LINE = re.compile(rb"(?:(?<=[\r\n])|^)\.(?=[\r\n]|$)")


def no_dot_lines(data: bytes) -> bytes:
    return _DOT_LINE.sub(b",", data)


@dataclass
class Command:
    """One command line; the ending is usually CRLF, sometimes a bare LF, a bare CR or nothing."""

    verb: bytes
    arg: bytes = b""
    ending: bytes = b"\r\n"

    def wire(self) -> bytes:
        return no_dot_lines(self.verb + (b" " + self.arg if self.arg else b"")) + self.ending


@dataclass
class Raw:
    blob: bytes


@dataclass
class Pipelined:
    """Several commands written at once, then their replies read."""

    commands: list[Command | Auth | StartTls]


@dataclass
class Data:
    """DATA, then a body (unless the server refused DATA and `insist` is false); `cut_at` ends the session
    mid-body. With a proper ending the body's last line is an end marker; with an odd one it is not."""

    body: bytes
    ending: bytes = b"\r\n.\r\n"
    insist: bool = False
    cut_at: int | None = None  # a fraction of the body and its ending, 0..1
    pipelined: bool = False  # DATA and the body in one write, before the 354


@dataclass
class StartTls:
    """STARTTLS, maybe with commands smuggled after it in the same write; then the handshake, garbage or a cut."""

    then: str = "handshake"  # handshake | garbage | cut
    smuggled: bytes = b""
    garbage: bytes = b""

    def wire(self) -> bytes:
        """In a pipelined write: what follows (in plaintext) is what a handshake would have to make sense of."""
        return b"STARTTLS\r\n" + no_dot_lines(self.smuggled)


@dataclass
class Auth:
    """AUTH with a mechanism, an initial response, and the answers given to the server's 334 challenges."""

    mechanism: bytes
    initial: bytes = b""
    answers: list[bytes] = field(default_factory=list)

    def wire(self) -> bytes:
        """The command and all its answers at once, as a client that does not wait for the 334s would."""
        first = self.mechanism + (b" " + self.initial if self.initial else b"")
        return b"".join(no_dot_lines(line) + b"\r\n" for line in [b"AUTH " + first, *self.answers])


@dataclass
class Cut:
    """Close the connection now."""


@dataclass
class SessionLog:
    replies: list[str] = field(default_factory=list)
    accepted_ids: set[str] = field(default_factory=set)  # queue ids the client saw in a 250 after data
    tls_injection: list[str] = field(default_factory=list)  # replies to commands smuggled in before TLS
    tls: bool = False  # a TLS handshake succeeded
    closed_by_server: bool = False


class _Closed(Exception):
    pass


class FuzzSession:
    """One connection, running steps until they end, the server hangs up or the session is cut."""

    def __init__(self, port: int, source_ip: str = "127.0.0.2", reply_wait: float = 0.5):
        self.port = port
        self.source_ip = source_ip
        self.reply_wait = reply_wait
        self.log = SessionLog()
        self.sock: socket.socket | None = None
        self._buffer = b""
        self._in_data = False  # the client's guess: the server is reading message data

    def run(self, steps: list) -> SessionLog:
        try:
            self.sock = socket.create_connection(
                ("127.0.0.1", self.port), timeout=10, source_address=(self.source_ip, 0)
            )
            self._replies(1, 10.0)  # the banner
            for step in steps:
                if not self._step(step):
                    break
        except _Closed:
            self.log.closed_by_server = True
        except (OSError, ssl.SSLError):
            self.log.closed_by_server = True
        finally:
            if self.sock is not None:
                self.sock.close()
        return self.log

    # --- wire -------------------------------------------------------------------------------
    def _send(self, data: bytes) -> None:
        if data:
            try:
                self.sock.sendall(data)
            except (OSError, ssl.SSLError) as exc:
                raise _Closed() from exc

    def _replies(self, finals: int, wait: float | None = None) -> list[str]:
        """Reply lines until `finals` final lines came, or nothing more came within `wait` seconds."""
        wait = self.reply_wait if wait is None else wait
        lines: list[str] = []
        deadline = time.monotonic() + wait
        while finals > 0:
            while b"\n" in self._buffer and finals > 0:
                raw, _, self._buffer = self._buffer.partition(b"\n")
                line = raw.rstrip(b"\r").decode("utf-8", "replace")
                lines.append(line)
                if line[3:4] != "-":
                    finals -= 1
            if finals <= 0:
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self.sock.settimeout(remaining)
            try:
                chunk = self.sock.recv(65536)
            except (socket.timeout, TimeoutError):
                break
            except ssl.SSLWantReadError:
                continue
            except (OSError, ssl.SSLError) as exc:
                self.log.replies.extend(lines)
                raise _Closed() from exc
            if not chunk:
                self.log.replies.extend(lines)
                raise _Closed()
            self._buffer += chunk
        self.log.replies.extend(lines)
        return lines

    def _expect(self, data: bytes) -> int:
        """How many replies the server owes for these bytes, if it is reading commands."""
        return 0 if self._in_data else data.count(b"\n")

    def _saw_data_end(self, lines: list[str]) -> None:
        for line in lines:
            match = re.match(r"250[ -].*queued as (\S+)", line)
            if match:
                self.log.accepted_ids.add(match.group(1))
                self._in_data = False

    # --- steps ------------------------------------------------------------------------------
    def _step(self, step) -> bool:
        """Runs one step; False ends the session."""
        if isinstance(step, Cut):
            return False
        if isinstance(step, Command):
            data = step.wire()
            self._send(data)
            lines = self._replies(self._expect(data))
            self._saw_data_end(lines)
            if step.verb.upper() == b"DATA" and any(line.startswith("354") for line in lines):
                self._in_data = True
        elif isinstance(step, Raw):
            blob = no_dot_lines(step.blob)
            self._send(blob)
            self._saw_data_end(self._replies(self._expect(blob), 0.1))
        elif isinstance(step, Pipelined):
            data = b"".join(command.wire() for command in step.commands)
            self._send(data)
            lines = self._replies(self._expect(data))
            self._saw_data_end(lines)
            if any(line.startswith("354") for line in lines):
                self._in_data = True
        elif isinstance(step, Data):
            return self._data(step)
        elif isinstance(step, StartTls):
            return self._starttls(step)
        elif isinstance(step, Auth):
            self._auth(step)
        return True

    def _data(self, step: Data) -> bool:
        marker = next(_ids)
        body = b"X-Fuzz-Start: %d\r\n" % marker + no_dot_lines(step.body)
        if step.ending == b"\r\n.\r\n":
            body = body.rstrip(b"\r\n.") + b"\r\nX-Fuzz-End: %d" % marker
        else:
            body = body.rstrip(b"\r\n.") + b"\r\nX-Fuzz-Odd: %d" % marker
        payload = body + step.ending
        if step.cut_at is not None:
            payload = payload[: int(len(payload) * step.cut_at)]
            if payload.endswith(b"\r\n.\r\n"):
                payload = payload[:-1]  # a cut is before the end of data, never after it
        owed = 1  # the reply to the end of data
        if step.pipelined:
            owed += 0 if self._in_data else 1
            self._send(b"DATA\r\n" + payload)
            self._in_data = True
        else:
            self._send(b"DATA\r\n")
            lines = self._replies(0 if self._in_data else 1)
            self._saw_data_end(lines)
            started = any(line.startswith("354") for line in lines) or self._in_data
            if not started and not step.insist:
                return True
            self._in_data = True
            self._send(payload)
        if step.cut_at is not None:
            return False
        if step.ending == b"\r\n.\r\n":
            self._saw_data_end(self._replies(owed, 5.0))
            self._in_data = False
        return True

    def _starttls(self, step: StartTls) -> bool:
        self._send(step.wire())
        lines = self._replies(1)
        if not any(line.startswith("220") for line in lines):
            self._replies(self._expect(step.smuggled), 0.1)
            return True
        if step.then == "cut":
            return False
        if step.then == "garbage":
            self._send(step.garbage or b"\x16\x03\x01\x00\x05hello")
            self._replies(1, 0.2)
            return False
        context = ssl.create_default_context()
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        self.sock.settimeout(10)
        try:
            self.sock = context.wrap_socket(self.sock, server_hostname="mx.corp.example")
        except (OSError, ssl.SSLError) as exc:
            raise _Closed() from exc
        # Whatever came in plaintext after STARTTLS must have been thrown away (RFC 3207 section 5):
        # the first reply over TLS answers the client's first command over TLS, and nothing more comes.
        self._buffer = b""
        self.log.tls = True
        self._send(b"NOOP tls-probe\r\n")
        first = self._replies(1, 5.0)
        extra = self._replies(1, 0.2)
        if (first and not first[-1].startswith("250")) or extra:
            self.log.tls_injection.extend(first + extra)
        self._in_data = False
        return True

    def _auth(self, step: Auth) -> None:
        self._send(step.wire().partition(b"\r\n")[0] + b"\r\n")
        answers = list(step.answers)
        while True:
            lines = self._replies(1)
            if not lines or not lines[-1].startswith("334") or not answers:
                if lines and lines[-1].startswith("334"):
                    self._send(b"*\r\n")  # the client gives up (RFC 4954)
                    self._replies(1)
                return
            self._send(no_dot_lines(answers.pop(0)) + b"\r\n")
