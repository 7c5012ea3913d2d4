"""An independent client: swaks, with STARTTLS and pipelining, against the gateway."""

from __future__ import annotations

import asyncio

from tests.conftest import require_tool, wait_for


async def swaks(gateway, *args: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        require_tool("swaks"),
        "--server",
        f"{gateway.host}:{gateway.port}",
        "--helo",
        "client.example",
        "--timeout",
        "10",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    return process.returncode, output.decode(errors="replace")


async def test_swaks_over_starttls_with_pipelining_is_delivered(gateway, sink):
    code, output = await swaks(
        gateway,
        "--from",
        "alice@other.example",
        "--to",
        "bob@corp.example",
        "--tls",
        "--pipeline",
        "--header",
        "Subject: via swaks",
    )
    assert code == 0, output
    assert "<-  220 2.0.0 Ready to start TLS" in output and "TLS started" in output
    await wait_for(lambda: sink.messages)
    assert b"Subject: via swaks" in sink.messages[0].content
    assert b"with ESMTPS id" in sink.messages[0].content  # the trace header records TLS


async def test_swaks_relay_attempt_is_refused_with_the_customers_wording(gateway):
    code, output = await swaks(gateway, "--from", "spammer@other.example", "--to", "victim@elsewhere.example")
    assert code != 0
    assert "<** 550 5.7.1 Relaying to <victim@elsewhere.example> is not allowed" in output


async def test_swaks_auth_is_not_offered_before_accounts_exist(gateway):
    code, output = await swaks(
        gateway,
        "--from",
        "a@other.example",
        "--to",
        "bob@corp.example",
        "--tls",
        "--auth",
        "PLAIN",
        "--auth-user",
        "webmaster",
        "--auth-password",
        "webmaster",
    )
    assert code != 0
    assert "Host did not advertise authentication" in output, output
    ehlo_lines = [line for line in output.splitlines() if line.startswith("<~  250") or line.startswith("<-  250")]
    assert ehlo_lines and not any(line[8:].upper().startswith("AUTH") for line in ehlo_lines), output
