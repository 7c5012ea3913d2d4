"""An asyncio client for ClamAV's clamd, over its unix socket or TCP.

Speaks the NUL-terminated ("z") forms of three commands:

- ``zINSTREAM``: the message is streamed in chunks, each a 4-byte big-endian length and that
  many bytes, closed by a zero-length chunk. clamd unpacks what it knows (zip, MIME, ...) and answers
  ``stream: OK``, ``stream: <name> FOUND`` or ``<text> ERROR``.
- ``zPING`` (``PONG``) and ``zVERSION`` (``ClamAV 1.4.6/27000/...``).

One connection per command: clamd's IDSESSION would save a connect per message, but a connect to a
local socket costs tens of microseconds, while a session shared by concurrent SMTP transactions would
need a lock and make one stuck scan everybody's problem.

Nothing here raises for a failure of the daemon or the network: a dead socket, a timeout, a reply we
cannot read, clamd's ``INSTREAM size limit exceeded`` (its ``StreamMaxLength``) all come back as a
``ScanResult`` with status ``"error"`` and a sentence saying what happened. What to do with an error
(tempfail, accept with a header, reject) is policy, decided by the caller. Only a malformed *address*
raises (``ValueError``, at construction), since that is a configuration mistake, not a runtime event.
"""

from __future__ import annotations

import asyncio
import os
import socket
import struct
from dataclasses import dataclass
from typing import Any, Literal, Protocol

__all__ = ["CHUNK_SIZE", "ClamdClient", "ScanResult", "Scanner", "parse_address"]

CHUNK_SIZE = 64 * 1024
_MAX_REPLY = 64 * 1024
_SIZE_LIMIT_TEXT = "INSTREAM size limit exceeded"


@dataclass(frozen=True, slots=True)
class ScanResult:
    status: Literal["clean", "virus", "error"]
    virus: str | None = None  # the signature name when status is "virus"
    detail: str = ""  # clamd's reply, or what went wrong, in words

    @property
    def is_clean(self) -> bool:
        return self.status == "clean"

    @property
    def is_virus(self) -> bool:
        return self.status == "virus"

    @property
    def is_error(self) -> bool:
        return self.status == "error"


class Scanner(Protocol):
    """What the pipeline needs from a virus scanner; tests may pass a fake."""

    async def scan(self, data: bytes) -> ScanResult: ...


def parse_address(address: str) -> tuple[Literal["unix", "tcp"], str, int]:
    """``unix:/path``, ``/path``, ``tcp:host:port``, ``host:port`` or ``[v6]:port`` -> (kind, host-or-path, port)."""
    text = address.strip()
    if text.startswith("unix:"):
        path = text[len("unix:") :].removeprefix("//")  # unix:///run/clamav/clamd.ctl
        if not path:
            raise ValueError(f"clamd address {address!r}: empty socket path")
        return "unix", path, 0
    if text.startswith("/"):
        return "unix", text, 0
    if text.startswith("tcp:"):
        text = text[len("tcp:") :].removeprefix("//")
    if text.startswith("["):
        host, sep, port_text = text[1:].partition("]:")
        if not sep:
            raise ValueError(f"clamd address {address!r}: expected [ipv6]:port")
    else:
        host, sep, port_text = text.rpartition(":")
        if not sep or not host:
            raise ValueError(f"clamd address {address!r}: expected unix:/path, /path or host:port")
    try:
        port = int(port_text)
    except ValueError:
        raise ValueError(f"clamd address {address!r}: port {port_text!r} is not a number") from None
    if not 0 < port < 65536:
        raise ValueError(f"clamd address {address!r}: port {port} out of range")
    return "tcp", host, port


def _parse_scan_reply(reply: str) -> ScanResult:
    """Turn one clamd INSTREAM reply (NUL and whitespace stripped) into a ScanResult."""
    if reply.endswith(" FOUND"):
        # "stream: Eicar-Signature FOUND"; with ExtendedDetectionInfo "stream: Name(md5:size) FOUND"
        name = reply[: -len(" FOUND")]
        if ": " in name:
            name = name.split(": ", 1)[1]
        name = name.strip()
        if name:
            return ScanResult("virus", name, reply)
    elif reply.endswith(" ERROR"):
        text = reply[: -len(" ERROR")].removeprefix("stream: ").rstrip(". ")
        if text.startswith(_SIZE_LIMIT_TEXT):
            return ScanResult("error", None, f"{_SIZE_LIMIT_TEXT}: the message is larger than clamd's StreamMaxLength")
        return ScanResult("error", None, f"clamd could not scan the message: {text}")
    elif reply == "stream: OK":
        return ScanResult("clean", None, reply)
    return ScanResult("error", None, f"unexpected reply from clamd: {reply[:200]!r}")


class ClamdClient:
    """A clamd at ``address`` (``unix:/path``, ``/path`` or ``host:port``).

    ``timeout`` bounds each whole command, connect to reply, in seconds.
    """

    def __init__(self, address: str, timeout: float = 30.0, chunk_size: int = CHUNK_SIZE) -> None:
        self.address = address
        self.kind, self.host, self.port = parse_address(address)
        self.timeout = timeout
        self.chunk_size = max(1, int(chunk_size))
        self.config: tuple[str, float] | None = None  # the settings it was made from (the runtime compares)

    def __repr__(self) -> str:
        return f"ClamdClient({self.address!r}, timeout={self.timeout})"

    # -- public commands ---------------------------------------------------------------------------

    async def scan(self, data: bytes | bytearray | memoryview) -> ScanResult:
        """Stream ``data`` to clamd with zINSTREAM. Never raises (except cancellation)."""
        try:
            async with asyncio.timeout(self.timeout):
                reply = await self._instream(data)
        except TimeoutError:
            return ScanResult("error", None, f"clamd at {self.address} did not answer within {self.timeout:g} s")
        except _ClamdError as error:
            return ScanResult("error", None, str(error))
        return _parse_scan_reply(reply)

    async def ping(self) -> bool:
        """True when clamd answers zPING with PONG."""
        try:
            async with asyncio.timeout(self.timeout):
                return await self._simple(b"zPING\0") == "PONG"
        except (TimeoutError, _ClamdError):
            return False

    async def version(self) -> str | None:
        """clamd's version line (``ClamAV 1.4.6/<db version>/<db date>``), or None when it cannot be asked."""
        try:
            async with asyncio.timeout(self.timeout):
                reply = await self._simple(b"zVERSION\0")
        except (TimeoutError, _ClamdError):
            return None
        return reply if reply.startswith("ClamAV") else None

    # -- plumbing ----------------------------------------------------------------------------------

    async def _connect(self) -> socket.socket:
        """A connected non-blocking socket. Raw sockets with loop.sock_* rather than streams: when clamd
        hangs up mid-stream (StreamMaxLength) a failed send must not discard the reply it sent first."""
        loop = asyncio.get_running_loop()
        if self.kind == "unix":
            candidates: list[tuple[int, str | tuple[Any, ...]]] = [(socket.AF_UNIX, self.host)]
        else:
            try:
                infos = await loop.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM)
            except OSError as error:
                raise _ClamdError(f"clamd host {self.host!r} cannot be resolved: {_describe(error)}") from None
            candidates = [(family, sockaddr) for family, _type, _proto, _name, sockaddr in infos]
        last_error: OSError | None = None
        for family, sockaddr in candidates:
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                sock.setblocking(False)
                await loop.sock_connect(sock, sockaddr)
                return sock
            except OSError as error:
                sock.close()
                last_error = error
            except BaseException:
                sock.close()
                raise
        detail = _describe(last_error) if last_error else "no address"
        raise _ClamdError(f"clamd is not reachable at {self.address}: {detail}")

    async def _read_reply(self, sock: socket.socket) -> str:
        loop = asyncio.get_running_loop()
        buffer = bytearray()
        while True:
            try:
                data = await loop.sock_recv(sock, 4096)
            except OSError as error:
                if buffer:
                    raise _ClamdError(
                        f"lost the connection to clamd in the middle of its reply: {_text(buffer)!r}"
                    ) from None
                raise _ClamdError(f"lost the connection to clamd at {self.address}: {_describe(error)}") from None
            if not data:
                if buffer:
                    raise _ClamdError(f"clamd closed the connection in the middle of its reply: {_text(buffer)!r}")
                raise _ClamdError(f"clamd at {self.address} closed the connection without answering")
            buffer += data
            end = buffer.find(b"\0")
            if end >= 0:
                return _text(buffer[:end])
            if len(buffer) > _MAX_REPLY:
                raise _ClamdError(
                    f"unreadable reply from clamd at {self.address}: no terminator within {_MAX_REPLY} bytes"
                )

    async def _simple(self, command: bytes) -> str:
        loop = asyncio.get_running_loop()
        sock = await self._connect()
        try:
            try:
                await loop.sock_sendall(sock, command)
            except OSError as error:
                raise _ClamdError(f"lost the connection to clamd at {self.address}: {_describe(error)}") from None
            return await self._read_reply(sock)
        finally:
            sock.close()

    async def _instream(self, data: bytes | bytearray | memoryview) -> str:
        loop = asyncio.get_running_loop()
        sock = await self._connect()
        try:
            view = memoryview(data)
            if view.ndim != 1 or view.itemsize != 1:
                view = view.cast("B") if view.c_contiguous else memoryview(view.tobytes())
            send_error: OSError | None = None
            try:
                await loop.sock_sendall(sock, b"zINSTREAM\0")
                size = self.chunk_size
                for start in range(0, len(view), size):
                    chunk = view[start : start + size]  # a view: the message is never copied
                    await loop.sock_sendall(sock, struct.pack(">I", len(chunk)))
                    await loop.sock_sendall(sock, chunk)
                await loop.sock_sendall(sock, b"\0\0\0\0")
            except OSError as error:
                # clamd hangs up mid-stream when the stream passes StreamMaxLength, having said why
                # first: that reply is waiting in the socket's receive buffer.
                send_error = error
            try:
                return await self._read_reply(sock)
            except _ClamdError:
                if send_error is not None:
                    raise _ClamdError(
                        f"clamd at {self.address} closed the connection while the message was being sent:"
                        f" {_describe(send_error)}"
                    ) from None
                raise
        finally:
            sock.close()


class _ClamdError(Exception):
    """Internal: a failure already phrased for ScanResult.detail."""


def _describe(error: OSError) -> str:
    if error.errno:  # asyncio rewords connect failures ("Connect call failed"); the errno says why
        return os.strerror(error.errno)
    return error.strerror or str(error) or type(error).__name__


def _text(raw: bytes | bytearray) -> str:
    return bytes(raw).decode("utf-8", "replace").strip()[:200]
