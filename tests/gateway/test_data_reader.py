"""The byte-oriented DATA reader: the rules of aiosmtpd's line loop, kept, on real sockets and as properties."""

from __future__ import annotations

import asyncio
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.smtp.data_reader import TOO_LONG, TOO_MUCH, DataAssembler, lines_fit
from app.store.queue import queue_size

from tests.conftest import wait_for
from tests.support.processes import ServeProcess, closed_port, mailmoat

HEADERS = b"From: <alice@other.example>\r\nTo: <bob@corp.example>\r\nSubject: endings\r\n\r\n"


def line_loop(stream: bytes, size_limit: int, line_limit: int):
    """aiosmtpd 1.4's DATA loop, line by line: (content, problems seen, bytes after the end) or None."""
    kept, size, problems, start = [], 0, set(), 0
    while True:
        end = stream.find(b"\r\n", start)
        if end < 0:
            return None  # the end of data never came
        line, start = stream[start : end + 2], end + 2
        if line == b".\r\n":
            return b"".join(kept), problems, stream[start:]
        size += len(line)
        if size_limit and size > size_limit:
            problems.add(TOO_MUCH)
        if len(line) > line_limit:
            problems.add(TOO_LONG)
        kept.append(line[1:] if line.startswith(b".") else line)


def assemble(stream: bytes, cuts: list[int], size_limit: int, line_limit: int) -> DataAssembler | None:
    assembler = DataAssembler(size_limit, line_limit)
    previous = 0
    for cut in sorted({c % (len(stream) + 1) for c in cuts} | {len(stream)}):
        if assembler.feed(stream[previous:cut]):
            assembler.leftover += stream[cut:]
            return assembler
        previous = cut
    return None


pieces = st.sampled_from(
    [
        b"\r\n",
        b"\n",
        b"\r",
        b".",
        b"..",
        b"a",
        b"\xed\x95\x9c",
        b"\r\n.",
        b"\n.\n",
        b"\r.\r",
        b"\r\n.\n",
        b"\n.\r\n",
        b"x" * 9,
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    body=st.lists(pieces, max_size=60).map(b"".join),
    cuts=st.lists(st.integers(0, 10_000), max_size=8),
    after=st.sampled_from([b"", b"QUIT\r\n", b"RSET\r\nMAIL FROM:<a@b.example>\r\n"]),
    size_limit=st.sampled_from([0, 10, 40, 1000]),
    line_limit=st.sampled_from([5, 12, 1000]),
)
def test_chunked_reader_agrees_with_the_line_loop(body, cuts, after, size_limit, line_limit):
    stream = body + b"\r\n.\r\n" + after
    expected = line_loop(stream, size_limit, line_limit)
    assembler = assemble(stream, cuts, size_limit, line_limit)
    assert expected is not None and assembler is not None
    content, problems, leftover = expected
    assert assembler.leftover == leftover  # the end is the first CRLF.CRLF, never a bare LF or CR form
    if not problems:
        assert assembler.problem is None and assembler.content() == content
    else:
        assert assembler.problem in problems  # refused; when both apply, either reply is right
        assert assembler.content() == b""


@settings(max_examples=200, deadline=None)
@given(stream=st.lists(pieces, max_size=40).map(b"".join), cuts=st.lists(st.integers(0, 1000), max_size=5))
def test_data_without_its_end_line_is_never_complete(stream, cuts):
    if line_loop(stream, 0, 1000) is None:
        assert assemble(stream, cuts, 0, 1000) is None


@given(
    lines=st.lists(st.binary(max_size=20).map(lambda b: b.replace(b"\r\n", b"")), min_size=1, max_size=50),
    limit=st.integers(2, 25),
)
def test_lines_fit_measures_each_line_with_its_crlf(lines, limit):
    piece = b"".join(b"\r\n" + line for line in lines)
    assert lines_fit(piece, limit) == all(len(line) + 2 <= limit for line in piece[2:].split(b"\r\n"))


def test_a_megabyte_of_empty_lines_is_one_bytes_object():
    assembler = DataAssembler(0, 1000)
    for _ in range(16):
        assembler.feed(b"\r\n" * 32768)
    assembler.feed(b".\r\n")
    content = assembler.content()
    assert content == b"\r\n" * (16 * 32768) and assembler.size == len(content)


# --- on the wire -----------------------------------------------------------------------------------------


async def session(gateway, data: bytes | list[bytes]) -> list[str]:
    """EHLO, MAIL, RCPT, DATA, then `data` as is (a list: block by block), then QUIT; every reply after the 354."""
    reader, writer = await asyncio.open_connection(gateway.host, gateway.port)
    replies: list[str] = []

    async def reply() -> str:
        while True:
            line = (await asyncio.wait_for(reader.readline(), 30)).decode(errors="replace").rstrip("\r\n")
            if line[3:4] != "-":
                return line

    try:
        await reply()
        for command in (
            b"EHLO client.example",
            b"MAIL FROM:<alice@other.example>",
            b"RCPT TO:<bob@corp.example>",
            b"DATA",
        ):
            writer.write(command + b"\r\n")
            assert (await reply())[:1] in "23", command
        for block in [data] if isinstance(data, bytes) else data:
            writer.write(block)
            await writer.drain()
        writer.write(b"QUIT\r\n")
        while not (line := await reply()).startswith("221"):
            replies.append(line)
    finally:
        writer.close()
    return replies


async def test_crlf_dot_crlf_ends_the_data_and_stuffed_dots_are_undone(gateway, sink):
    replies = await session(gateway, HEADERS + b"..leading dot\r\n.\r\n")
    assert len(replies) == 1 and replies[0].startswith("250 2.0.0 Ok: queued as")
    await wait_for(lambda: sink.messages)
    assert sink.messages[0].content.endswith(b"\r\n\r\n.leading dot\r\n")


def queue_emptied(gateway):
    async def empty() -> bool:
        return await queue_size(gateway.store) == 0

    return empty


SMUGGLED = b"MAIL FROM:<ceo@corp.example>\r\nRCPT TO:<bob@corp.example>\r\nDATA\r\nSubject: smuggled\r\n\r\nx\r\n"


async def check_not_an_end(gateway, sink, ending: bytes, delivered: bytes) -> None:
    """`ending` inside the data is no end: one message, one reply, the smuggled commands are message text."""
    replies = await session(gateway, HEADERS + b"before" + ending + SMUGGLED + b".\r\n")
    assert len(replies) == 1 and replies[0].startswith("250 2.0.0 Ok: queued as"), replies
    await wait_for(lambda: sink.messages)
    # Everything the gateway accepted has left its queue: a smuggled second message would be in the sink too.
    await wait_for(queue_emptied(gateway))
    assert len(sink.messages) == 1
    content = sink.messages[0].content
    # Delivery re-encodes every bare line ending as CRLF and dot-stuffs; the sink reads the dot back.
    assert b"before" + delivered + b"MAIL FROM:<ceo@corp.example>\r\n" in content
    assert content.endswith(b"Subject: smuggled\r\n\r\nx\r\n")


async def test_lf_dot_lf_is_not_the_end_of_data(gateway, sink):
    await check_not_an_end(gateway, sink, b"\n.\n", b"\r\n.\r\n")


async def test_cr_dot_cr_is_not_the_end_of_data(gateway, sink):
    await check_not_an_end(gateway, sink, b"\r.\r", b"\r\n.\r\n")


async def test_crlf_dot_lf_is_not_the_end_of_data(gateway, sink):
    # The line starts with a dot, so the dot is taken as stuffing (RFC 5321 4.5.2), as the line loop did.
    await check_not_an_end(gateway, sink, b"\r\n.\n", b"\r\n\r\n")


async def test_lf_dot_crlf_is_not_the_end_of_data(gateway, sink):
    await check_not_an_end(gateway, sink, b"\n.\r\n", b"\r\n.\r\n")


async def test_cr_dot_crlf_is_not_the_end_of_data(gateway, sink):
    await check_not_an_end(gateway, sink, b"\r.\r\n", b"\r\n.\r\n")


async def test_pipelined_commands_after_the_data_are_answered(gateway, sink):
    second = b"MAIL FROM:<carol@other.example>\r\nRCPT TO:<bob@corp.example>\r\nDATA\r\n"
    replies = await session(gateway, HEADERS + b"one\r\n.\r\n" + second + HEADERS + b"two\r\n.\r\n")
    assert [r[:3] for r in replies] == ["250", "250", "250", "354", "250"], replies
    await wait_for(lambda: len(sink.messages) == 2)
    assert sorted(m.content.rsplit(b"\r\n", 2)[-2] for m in sink.messages) == [b"one", b"two"]


async def test_too_much_data_is_read_to_its_end_then_refused(gateway):
    await gateway.configure(smtp__max_size="2K")
    replies = await session(gateway, HEADERS + b"0123456789\r\n" * 500 + b".\r\nNOOP\r\n")
    assert replies == ["552 5.3.4 Error: Too much mail data", "250 2.0.0 OK"]


async def test_a_line_too_long_is_read_to_the_end_then_refused(gateway):
    replies = await session(gateway, HEADERS + b"x" * 10_000 + b"\r\nmore\r\n.\r\nNOOP\r\n")
    assert replies == ["500 5.5.6 Line too long (see RFC5321 4.5.3.1.6)", "250 2.0.0 OK"]


async def test_an_empty_message_is_taken_as_empty(gateway, sink):
    replies = await session(gateway, b".\r\n")
    assert len(replies) == 1 and replies[0].startswith("250 2.0.0 Ok: queued as")
    await wait_for(lambda: sink.messages)
    assert sink.messages[0].content.startswith(b"Received: ")
    assert b"\r\n\r\n" not in sink.messages[0].content  # only the gateway's own trace headers


async def test_a_client_that_goes_away_mid_data_leaves_nothing_behind(gateway, sink, caplog):
    reader, writer = await asyncio.open_connection(gateway.host, gateway.port, local_addr=("127.0.0.5", 0))
    await reader.readline()
    writer.write(b"HELO client.example\r\nMAIL FROM:<alice@other.example>\r\nRCPT TO:<bob@corp.example>\r\nDATA\r\n")
    while not (await reader.readline()).startswith(b"354"):
        pass
    writer.write(HEADERS + b"half a message\r\n.")
    await writer.drain()
    writer.close()
    handler = gateway.gateway.handler
    await wait_for(lambda: not handler.connections.sessions and handler.connections.limiter.total == 0)
    assert "SMTP session error" not in caplog.text
    replies = await session(gateway, HEADERS + b"the next one\r\n.\r\n")
    assert len(replies) == 1 and replies[0].startswith("250 2.0.0 Ok: queued as")
    await wait_for(lambda: len(sink.messages) == 1)
    assert sink.messages[0].content.endswith(b"the next one\r\n")


def peak_memory_mb(pid: int) -> float:
    status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    return int(status["VmHWM"].split()[0]) / 1024


class Gateway:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port


async def test_twenty_messages_of_24_mb_of_empty_lines_at_once_stay_under_a_gigabyte(tmp_path):
    """Issue 13: one such message took the gateway from 48 MB to 2.1 GB (a bytearray per line)."""
    db = tmp_path / "memory.db"
    for args in (
        ("init", "--hostname", "mx.corp.example"),
        ("set", "upstream", f"127.0.0.1:{closed_port()}"),
        ("set", "relay.selftest", "no"),
        ("domain", "add", "corp.example"),
    ):
        assert (await asyncio.to_thread(mailmoat, *args, db=db)).returncode == 0
    serve = await asyncio.to_thread(ServeProcess, db, tmp_path)
    try:
        blocks = [b"\r\n" * 65536] * (24 * 8) + [b".\r\n"]  # 24 MB, then the end of data
        replies = await asyncio.gather(*(session(Gateway(serve.host, serve.port), blocks) for _ in range(20)))
        peak = peak_memory_mb(serve.proc.pid)
        print(f"gateway peak RSS with 20 x 24 MB of empty lines: {peak:.0f} MB")
        assert all(len(r) == 1 and r[0].startswith("250 2.0.0 Ok: queued as") for r in replies), replies
        assert peak < 1024
    finally:
        serve.kill()
