"""The clamd client against a real clamd (our own EICAR signature), and against peers that misbehave."""

from __future__ import annotations

import asyncio
import base64
import io
import os
import time
import zipfile
from email.message import EmailMessage

import pytest

from app.scan.clamd import ClamdClient, ScanResult, _parse_scan_reply, parse_address
from tests.support import clamd as clamd_helpers
from tests.support.clamd import EICAR, EICAR_VIRUS_NAME, STREAM_MAX_LENGTH, run_clamd
from tests.conftest import free_port

clamd_daemon = clamd_helpers.clamd_daemon  # the fixture, for this module's tests


@pytest.fixture(params=["unix", "tcp"])
def client(request, clamd_daemon) -> ClamdClient:
    address = clamd_daemon.address if request.param == "unix" else clamd_daemon.tcp_address
    return ClamdClient(address, timeout=10)


def zipped(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


async def test_clean_data_is_clean(client):
    result = await client.scan(b"Dear customer, your quotation is attached.\r\n" * 100)
    assert result == ScanResult("clean", None, "stream: OK")
    assert result.is_clean and not result.is_virus and not result.is_error


async def test_empty_data_is_clean(client):
    assert (await client.scan(b"")).status == "clean"


async def test_eicar_is_a_virus_named_by_its_signature(client):
    result = await client.scan(EICAR)
    assert result.status == "virus"
    assert result.virus == EICAR_VIRUS_NAME
    assert EICAR_VIRUS_NAME in result.detail


async def test_eicar_inside_a_zip_is_found(client):
    result = await client.scan(zipped("견적서/readme.txt", EICAR))
    assert (result.status, result.virus) == ("virus", EICAR_VIRUS_NAME)


async def test_eicar_in_a_base64_mail_part_is_found(client):
    message = EmailMessage()
    message["From"] = "a@example.com"
    message["To"] = "b@example.com"
    message["Subject"] = "quote"
    message.set_content("see attachment")
    message.add_attachment(EICAR, maintype="application", subtype="octet-stream", filename="quote.bin")
    raw = message.as_bytes()
    assert EICAR not in raw and base64.b64encode(EICAR)[:20] in raw
    result = await client.scan(raw)
    assert (result.status, result.virus) == ("virus", EICAR_VIRUS_NAME)


async def test_two_megabyte_clean_blob_streams_in_chunks(client):
    blob = os.urandom(2 * 1024 * 1024)
    started = time.monotonic()
    result = await client.scan(blob)
    assert result.status == "clean", result
    assert time.monotonic() - started < 5


async def test_bytearray_and_memoryview_are_accepted(client):
    assert (await client.scan(bytearray(b"x" * 100_000))).status == "clean"
    assert (await client.scan(memoryview(b"y" * 100_000 + EICAR)[100_000 - 10 :])).status == "virus"


async def test_over_stream_max_length_is_an_error_naming_the_limit(client):
    result = await client.scan(bytes(STREAM_MAX_LENGTH + 1024 * 1024))
    assert result.status == "error"
    assert result.virus is None
    assert "INSTREAM size limit exceeded" in result.detail


async def test_concurrent_scans(client):
    payloads = [EICAR if i % 3 == 0 else b"clean %d" % i for i in range(30)]
    results = await asyncio.gather(*(client.scan(payload) for payload in payloads))
    assert [r.status for r in results] == ["virus" if i % 3 == 0 else "clean" for i in range(30)]


async def test_ping_and_version(client):
    assert await client.ping() is True
    version = await client.version()
    assert version is not None and version.startswith("ClamAV ")


# -- failures: never an exception, always an "error" with a reason ---------------------------------------


async def assert_quick_error(client: ClamdClient, *words: str, within: float = 2.0) -> ScanResult:
    started = time.monotonic()
    result = await client.scan(EICAR)
    assert time.monotonic() - started < within
    assert result.status == "error" and result.virus is None
    for word in words:
        assert word in result.detail, result.detail
    assert await client.ping() is False
    assert await client.version() is None
    return result


async def test_missing_socket_path(tmp_path):
    await assert_quick_error(ClamdClient(f"unix:{tmp_path}/nothing.sock"), "not reachable", "No such file")
    await assert_quick_error(ClamdClient(str(tmp_path / "nothing.sock")), "not reachable")


async def test_tcp_port_nobody_listens_on():
    await assert_quick_error(ClamdClient(f"127.0.0.1:{free_port()}"), "not reachable", "refused")


async def test_stopped_daemon(tmp_path):
    with run_clamd(tmp_path / "clamd") as daemon:
        client = ClamdClient(daemon.address, timeout=5)
        tcp_client = ClamdClient(daemon.tcp_address, timeout=5)
        assert (await client.scan(EICAR)).status == "virus"
        daemon.stop()
        await assert_quick_error(client, "not reachable")
        await assert_quick_error(tcp_client, "not reachable")


async def serve(handler, tmp_path, kind: str):
    if kind == "unix":
        path = str(tmp_path / "fake.sock")
        server = await asyncio.start_unix_server(handler, path)
        return server, f"unix:{path}"
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    return server, f"127.0.0.1:{server.sockets[0].getsockname()[1]}"


@pytest.mark.parametrize("kind", ["unix", "tcp"])
async def test_server_that_never_answers_times_out(tmp_path, kind):
    async def silent(reader, writer):
        try:
            while await reader.read(65536):
                pass
            await asyncio.sleep(30)
        finally:
            writer.close()

    server, address = await serve(silent, tmp_path, kind)
    async with server:
        client = ClamdClient(address, timeout=0.3)
        started = time.monotonic()
        result = await client.scan(b"x" * 300_000)
        elapsed = time.monotonic() - started
        assert result.status == "error"
        assert "did not answer within 0.3 s" in result.detail
        assert 0.25 < elapsed < 2
        assert await client.ping() is False


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (b"HELLO THERE\0", ["unexpected reply", "HELLO THERE"]),
        (b"stream: OK", ["middle of its reply", "stream: OK"]),  # no terminator, then hang-up
        (b"", ["closed the connection without answering"]),
        (b"stream: Can't allocate memory ERROR\0", ["could not scan", "Can't allocate memory"]),
        (b"INSTREAM size limit exceeded. ERROR\0", ["INSTREAM size limit exceeded"]),
        (b"x" * 70_000, ["unreadable reply"]),
    ],
)
async def test_garbled_or_failing_replies(tmp_path, reply, words):
    async def answer(reader, writer):
        await reader.read(100)
        writer.write(reply)
        await writer.drain()
        writer.close()

    server, address = await serve(answer, tmp_path, "unix")
    async with server:
        result = await ClamdClient(address, timeout=2).scan(b"small")
        assert result.status == "error" and result.virus is None
        for word in words:
            assert word in result.detail, result.detail


def test_reply_parsing():
    assert _parse_scan_reply("stream: OK") == ScanResult("clean", None, "stream: OK")
    found = _parse_scan_reply("stream: Win.Test.EICAR_HDB-1(44d88612fea8a8f36de82e1278abb02f:68) FOUND")
    assert found.status == "virus" and found.virus == "Win.Test.EICAR_HDB-1(44d88612fea8a8f36de82e1278abb02f:68)"
    assert _parse_scan_reply("stream:  FOUND").status == "error"
    assert _parse_scan_reply("").status == "error"


def test_addresses():
    assert parse_address("unix:/run/clamav/clamd.ctl") == ("unix", "/run/clamav/clamd.ctl", 0)
    assert parse_address("unix:///run/clamav/clamd.ctl") == ("unix", "/run/clamav/clamd.ctl", 0)
    assert parse_address("/tmp/c.sock") == ("unix", "/tmp/c.sock", 0)
    assert parse_address("127.0.0.1:3310") == ("tcp", "127.0.0.1", 3310)
    assert parse_address("tcp:clamd.internal:3310") == ("tcp", "clamd.internal", 3310)
    assert parse_address("[::1]:3310") == ("tcp", "::1", 3310)
    for bad in ["", "clamd", "host:", "host:port", "host:70000", "unix:", "[::1]"]:
        with pytest.raises(ValueError):
            parse_address(bad)


def test_on_the_standard_asyncio_loop_too(clamd_daemon):
    """The suite runs on uvloop; the stdlib loop differs in how a peer's hang-up mid-send surfaces."""

    async def scans(address: str) -> list[ScanResult]:
        client = ClamdClient(address, timeout=10)
        return [
            await client.scan(b"clean"),
            await client.scan(zipped("a.txt", EICAR)),
            await client.scan(bytes(STREAM_MAX_LENGTH + 1024 * 1024)),
        ]

    for address in (clamd_daemon.address, clamd_daemon.tcp_address):
        with asyncio.Runner(loop_factory=asyncio.new_event_loop) as runner:
            assert type(runner.get_loop()).__module__.startswith("asyncio")
            clean, virus, too_big = runner.run(scans(address))
        assert clean.status == "clean"
        assert (virus.status, virus.virus) == ("virus", EICAR_VIRUS_NAME)
        assert too_big.status == "error" and "INSTREAM size limit exceeded" in too_big.detail
