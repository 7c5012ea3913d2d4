"""Message data (RFC 5321 4.1.1.4, 4.5.2) read as bytes in large chunks, not line by line.

aiosmtpd's DATA reader keeps one bytearray per line: a message of empty lines costs about 85 times its size
in memory. Here the data is cut into pieces at the last CRLF of each chunk, each piece is un-dot-stuffed
with one `bytes.replace` and kept; the message is joined once at the end. Memory is the message (bounded
by the size limit) plus one chunk and one unfinished line.

The rules of the line reader are kept:
- the end is a line holding a single dot: "\\r\\n.\\r\\n" (the DATA line's CRLF counts for the first line).
  A bare LF or CR is no line ending: "\\n.\\n", "\\r.\\r" and mixed forms stay in the message as they came
  (the SMTP smuggling class of bugs), and delivery re-encodes them as CRLF and dot-stuffs them;
- a line beginning with a dot loses that dot (transparency, RFC 5321 4.5.2);
- size counts the lines as received, CRLF and stuffing dots included; past the limit nothing more is kept
  but the data is still read to its end, then refused (552), as is a line longer than the line limit
  (500); the first of the two problems decides.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

END_OF_DATA = b"\r\n.\r\n"
CHUNK = 65536

TOO_MUCH = "too_much"
TOO_LONG = "too_long"


class DataAssembler:
    """Fed the bytes after the 354 reply in chunks of any size; done once the end-of-data line has come."""

    def __init__(self, size_limit: int | None, line_limit: int):
        self.size_limit = size_limit or 0  # 0: no limit
        self.line_limit = line_limit  # longest line, CRLF included
        self.done = False
        self.problem: str | None = None  # TOO_MUCH or TOO_LONG: the data is read to its end but not kept
        self.leftover = b""  # bytes that came after the end of data (pipelined commands)
        self.size = 0  # message bytes as received (lines with their CRLF and stuffing dots)
        # The unfinished last line, beginning with the CRLF that ended the line before it (at the start, a
        # stand-in for the DATA command's CRLF). Every end marker and every stuffed dot begins at a CRLF, so
        # none is ever split between a kept piece and the carry.
        self._carry = b"\r\n"
        self._carry_at = -2  # stream offset of the carry's first byte
        self._pieces: list[bytes] = []

    def feed(self, chunk: bytes) -> bool:
        """Takes the next bytes; True once the end of data has been seen."""
        data = self._carry + chunk
        end = data.find(END_OF_DATA)
        if self.problem is not None:
            return self._drain(data, end)
        if end >= 0:
            self.done = True
            self.leftover = data[end + len(END_OF_DATA) :]
            self.size = self._carry_at + end + 2
            self._keep(data[:end])
            if self.size_limit and self.size > self.size_limit:
                self._refuse(TOO_MUCH, b"")
            return True
        cut = data.rfind(b"\r\n")
        self._keep(data[:cut])
        self._carry, self._carry_at = data[cut:], self._carry_at + cut
        if self.problem is None and self.size_limit and self._carry_at + len(data) - cut - 3 > self.size_limit:
            self._refuse(TOO_MUCH, data)  # at most ".\r\n" of what came can still be the end marker
        elif self.problem is None and len(self._carry) - 2 > self.line_limit:
            self._refuse(TOO_LONG, data)
        return False

    def content(self) -> bytes:
        """The message as sent, dot-stuffing undone; each line with its CRLF."""
        if self.problem is not None or self.size == 0:
            return b""
        content = b"".join([*self._pieces, b"\r\n"])
        self._pieces.clear()
        return content

    def _keep(self, piece: bytes) -> None:
        """Keeps whole lines: `piece` starts at a CRLF and ends just before the CRLF of its last line."""
        if self.problem is not None or not piece:
            return
        if not lines_fit(piece, self.line_limit):
            self._refuse(TOO_LONG, piece)
            return
        piece = piece.replace(b"\r\n.", b"\r\n")
        if not self._pieces:
            piece = piece[2:]  # the stand-in for the DATA line's CRLF
        self._pieces.append(piece)

    def _refuse(self, problem: str, data: bytes) -> None:
        self.problem = problem
        self._pieces.clear()
        self._carry = data[-4:]

    def _drain(self, data: bytes, end: int) -> bool:
        if end >= 0:
            self.done = True
            self.leftover = data[end + len(END_OF_DATA) :]
            return True
        self._carry = data[-4:]
        return False


def lines_fit(piece: bytes, limit: int) -> bool:
    """True if every line of `piece` fits in `limit` bytes with its CRLF.

    `piece` starts with the CRLF ending the line before it and ends where the CRLF of its last line begins.
    Steps from line to line with `rfind` over windows of `limit` bytes: a few steps per `limit` bytes of
    data, however many lines it holds.
    """
    start, length = 0, len(piece)
    while length - start > limit:
        following = piece.rfind(b"\r\n", start + 2, start + limit + 2)
        if following < 0:
            return False
        start = following
    return True


async def read_data(
    reader: asyncio.StreamReader, size_limit: int | None, line_limit: int, on_chunk: Callable[[], None] | None = None
) -> DataAssembler:
    """Reads message data from `reader` up to and including its end-of-data line.

    Bytes read past the end (commands a PIPELINING client sent behind the data) go back to the front of the
    reader's buffer, for the command loop. asyncio's StreamReader has no unread; aiosmtpd itself reaches into
    the same buffer after STARTTLS. `on_chunk` is called as each chunk arrives (the session's idle timer).
    Raises asyncio.IncompleteReadError if the connection ends first.
    """
    assembler = DataAssembler(size_limit, line_limit)
    while True:
        chunk = await reader.read(CHUNK)
        if not chunk:
            raise asyncio.IncompleteReadError(b"", None)
        if assembler.feed(chunk):
            break
        if on_chunk is not None:
            on_chunk()
    if assembler.leftover:
        reader._buffer[0:0] = assembler.leftover  # type: ignore[attr-defined]
        assembler.leftover = b""
    return assembler
