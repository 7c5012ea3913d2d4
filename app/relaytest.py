"""Open-relay tester: ``mailmoat relaytest HOST:PORT [--domain D]``.

Runs the classic abuse.net / mail-abuse.org style relay probes against an SMTP
server and reports, for each probe, whether the server would have accepted the
recipient.  Only the envelope is exercised: every probe is

    EHLO, MAIL FROM:<path>, (if 2xx) RCPT TO:<path>, RSET

and DATA is never sent, so nothing is ever relayed even through an open relay.

The addresses are deliberately malformed (percent hack, bang paths, source
routes, quoted local parts, double ``@`` ...), so they are sent as raw command
lines via :meth:`aiosmtplib.SMTP.execute_command`; aiosmtplib's ``mail()`` /
``rcpt()`` would re-quote them.

All probes go to one IP address (resolved once), over one connection with
RSET between probes; when the server drops the connection (e.g. after too many
errors) or answers 421, the next probe reconnects, so every probe is run.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
import sys
from dataclasses import dataclass

import aiosmtplib
from aiosmtplib import (
    SMTPConnectResponseError,
    SMTPException,
    SMTPResponse,
    SMTPServerDisconnected,
    SMTPTimeoutError,
)

__all__ = [
    "FOREIGN_DOMAIN",
    "Probe",
    "ProbeResult",
    "RelayTestError",
    "build_probes",
    "format_table",
    "parse_target",
    "relaytest_command",
    "run_probes",
]

#: Third-party domain used as the relay destination.  Under ``.example``
#: (RFC 2606), so even an open relay can never deliver anything anywhere.
FOREIGN_DOMAIN = "relaytest.mailmoat.example"

_SENDER = "spamtest"  # local part of the probe senders
_RECIPIENT = "relaytest"  # local part of the probe recipients

_HOSTNAME_RE = re.compile(
    r"^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$"
)


class RelayTestError(Exception):
    """The relay test could not be run at all (bad target, host unreachable)."""


@dataclass(frozen=True)
class Probe:
    number: int
    mail_from: str  # full path text sent after "MAIL FROM:", e.g. "<a@b.example>" or "<>"
    rcpt_to: str  # full path text sent after "RCPT TO:"
    trick: str  # short label: "percent hack", "bang path", ...


@dataclass(frozen=True)
class ProbeResult:
    probe: Probe
    accepted: bool  # True if RCPT got a 2xx reply (the relay would have taken it)
    stage: str  # "connect" | "mail" | "rcpt": where it was refused ("rcpt" if accepted)
    reply: str  # the server's reply line(s) at that stage


# --------------------------------------------------------------------------
# Probe set
# --------------------------------------------------------------------------


def _ip_literal(ip: str) -> str:
    """``[192.0.2.1]`` / ``[IPv6:2001:db8::1]`` (RFC 5321 address literal)."""
    ip = ip.strip().strip("[]")
    if ip.lower().startswith("ipv6:"):
        ip = ip[5:]
    ip = ip.split("%", 1)[0]  # drop an IPv6 zone id
    if ":" in ip:
        return f"[IPv6:{ip}]"
    return f"[{ip}]"


def build_probes(target_domain: str, target_ip: str, foreign_domain: str = FOREIGN_DOMAIN) -> list[Probe]:
    """The 17 classic open-relay probes.

    ``target_domain`` is the domain the server is responsible for, ``target_ip``
    the server's own address (used in ``[ip]`` literals) and ``foreign_domain``
    the third-party destination the relay must not accept mail for.
    """
    t = target_domain.strip().rstrip(".")
    f = foreign_domain.strip().rstrip(".")
    lit = _ip_literal(target_ip)
    u = _RECIPIENT
    foreign_sender = f"<{_SENDER}@{f}>"

    specs: list[tuple[str, str, str]] = [
        # -- sender tricks: plain foreign recipient, suspicious senders --
        (foreign_sender, f"<{u}@{f}>", "plain relay"),
        ("<>", f"<{u}@{f}>", "null sender"),
        (f"<{_SENDER}>", f"<{u}@{f}>", "sender without domain"),
        (f"<{_SENDER}@{t}>", f"<{u}@{f}>", "sender spoofs target domain"),
        (f"<postmaster@{t}>", f"<{u}@{f}>", "sender spoofs postmaster"),
        # -- recipient tricks (a foreign sender, as a spammer would use) --
        (foreign_sender, f'<"{u}@{f}">', "quoted recipient"),
        (foreign_sender, f"<{u}%{f}@{t}>", "percent hack"),
        (foreign_sender, f"<{u}%{f}@{lit}>", "percent hack, IP literal"),
        (foreign_sender, f"<{u}%{f}>", "percent hack, no domain"),
        (foreign_sender, f'<"{u}@{f}"@{t}>', "quoted local part with @"),
        (foreign_sender, f'<"{u}%{f}"@{t}>', "quoted local part with %"),
        (foreign_sender, f"<{u}@{f}@{t}>", "double @"),
        (foreign_sender, f"<{u}@{f}@{lit}>", "double @, IP literal"),
        (foreign_sender, f"<@{t}:{u}@{f}>", "source route"),
        (foreign_sender, f"<{f}!{u}>", "bang path"),
        (foreign_sender, f"<{f}!{u}@{t}>", "bang path @ target"),
        (foreign_sender, f"<{f}!{u}@{lit}>", "bang path, IP literal"),
    ]
    return [
        Probe(number=i, mail_from=mail_from, rcpt_to=rcpt_to, trick=trick)
        for i, (mail_from, rcpt_to, trick) in enumerate(specs, start=1)
    ]


# --------------------------------------------------------------------------
# SMTP session handling
# --------------------------------------------------------------------------


def _reply_text(response: SMTPResponse) -> str:
    """Rebuild the reply line(s) as the server sent them (``550-a\\n550 b``)."""
    lines = response.message.split("\n") if response.message else [""]
    out = []
    for i, line in enumerate(lines):
        sep = " " if i == len(lines) - 1 else "-"
        out.append(f"{response.code}{sep}{line}".rstrip())
    return "\n".join(out)


def _is_2xx(response: SMTPResponse) -> bool:
    return 200 <= response.code < 300


def _first_word(message: str) -> str:
    words = message.split("\n", 1)[0].split()
    return words[0] if words else ""


def _looks_like_hostname(name: str) -> bool:
    if not _HOSTNAME_RE.match(name):
        return False
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return True
    return False


class _Refused(Exception):
    """The server refused the session at greeting or EHLO/HELO."""

    def __init__(self, reply: str, greeting: str = "") -> None:
        super().__init__(reply)
        self.reply = reply
        self.greeting = greeting


@dataclass
class _Session:
    client: aiosmtplib.SMTP
    greeting: str
    ehlo: str


async def _open_session(ip: str, port: int, helo: str, timeout: float, source_ip: str | None = None) -> _Session:
    """Connect to ``ip``, read the greeting and EHLO (falling back to HELO).

    Raises :class:`_Refused` when the server refuses the session (non-220
    greeting, EHLO and HELO both refused) and an ``SMTPConnectError`` /
    ``OSError`` when no SMTP session can be set up at all.
    """
    client = aiosmtplib.SMTP(
        hostname=ip,
        port=port,
        local_hostname=helo,
        timeout=timeout,
        use_tls=False,
        start_tls=False,
        source_address=(source_ip, 0) if source_ip else None,
    )
    try:
        greeting = await client.connect()
    except SMTPConnectResponseError as exc:  # e.g. "554 no service"
        reply = _reply_text(SMTPResponse(exc.code, exc.message))
        raise _Refused(reply, greeting=exc.message) from None

    try:
        hello = await client.execute_command(b"EHLO", helo.encode("ascii"))
        if not _is_2xx(hello) and client.is_connected:
            hello = await client.execute_command(b"HELO", helo.encode("ascii"))
        if not _is_2xx(hello):
            await _close(client)
            raise _Refused(_reply_text(hello), greeting=greeting.message)
    except SMTPServerDisconnected:
        client.close()
        raise _Refused("(connection closed by server after greeting)", greeting=greeting.message) from None
    except BaseException:
        client.close()
        raise
    return _Session(client=client, greeting=greeting.message, ehlo=hello.message)


async def _close(client: aiosmtplib.SMTP) -> None:
    """QUIT politely (best effort) and drop the connection."""
    if client.is_connected:
        try:
            await client.execute_command(b"QUIT", timeout=5)
        except (SMTPException, OSError):
            pass
    client.close()


def _describe(exc: BaseException) -> str:
    """Short text for a connection error (without aiosmtplib's wrapping)."""
    if isinstance(exc, (SMTPTimeoutError, TimeoutError)):
        return "timed out"
    cause = exc.__cause__
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


async def _resolve(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise RelayTestError(f"cannot resolve {host!r}: {exc.strerror or exc}") from None
    addresses: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        if str(sockaddr[0]) not in addresses:
            addresses.append(str(sockaddr[0]))
    if not addresses:
        raise RelayTestError(f"cannot resolve {host!r}: no addresses")
    return addresses


def _check_domain(domain: str) -> str:
    domain = domain.strip().rstrip(".")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    if not domain or not re.fullmatch(r"[A-Za-z0-9.\-\[\]:]+", domain):
        raise ValueError(f"invalid domain {domain!r}")
    return domain


class _Aborted(Exception):
    """The connection dropped or timed out in the middle of a probe."""

    def __init__(self, stage: str, exc: Exception) -> None:
        super().__init__(str(exc))
        self.stage = stage
        self.exc = exc


async def _run_probe(client: aiosmtplib.SMTP, probe: Probe) -> ProbeResult:
    """MAIL + RCPT for one probe on an established session (never DATA)."""
    stage = "mail"
    try:
        mail = await client.execute_command(b"MAIL", b"FROM:" + probe.mail_from.encode("utf-8"))
        if not _is_2xx(mail):
            return ProbeResult(probe, False, "mail", _reply_text(mail))
        stage = "rcpt"
        if not client.is_connected:  # 2xx, yet the connection is gone
            raise SMTPServerDisconnected("connection lost after MAIL")
        rcpt = await client.execute_command(b"RCPT", b"TO:" + probe.rcpt_to.encode("utf-8"))
    except (SMTPServerDisconnected, SMTPTimeoutError) as exc:
        client.close()
        raise _Aborted(stage, exc) from None
    return ProbeResult(probe, _is_2xx(rcpt), "rcpt", _reply_text(rcpt))


async def run_probes(
    host: str,
    port: int,
    *,
    domain: str | None = None,
    helo: str = "relaytest.mailmoat.example",
    timeout: float = 30.0,
    source_ip: str | None = None,
) -> list[ProbeResult]:
    """Run the 17 relay probes against ``host:port``.

    ``domain`` is the server's own mail domain; by default the name the server
    announces in its greeting (or EHLO reply).  ``timeout`` applies per
    connection attempt and per command.

    Raises :class:`RelayTestError` when the server cannot be reached at all.
    """
    host = host.strip().strip("[]")
    if domain is not None:
        domain = _check_domain(domain)

    # Resolve once and stick to one address, so every probe talks to the same
    # server (round-robin DNS would otherwise spread them over several hosts).
    addresses = await _resolve(host, port)
    session: _Session | None = None
    refusal: _Refused | None = None
    ip = addresses[0]
    errors: list[str] = []
    for ip in addresses:
        try:
            session = await _open_session(ip, port, helo, timeout, source_ip)
            break
        except _Refused as exc:
            refusal = exc
            break
        except (SMTPException, OSError) as exc:
            errors.append(_describe(exc) if len(addresses) == 1 else f"{ip}: {_describe(exc)}")
    else:
        raise RelayTestError(f"cannot connect to {host} port {port}: " + "; ".join(errors))

    if domain is None:
        candidates = []
        if session is not None:
            candidates += [_first_word(session.greeting), _first_word(session.ehlo)]
        elif refusal is not None:
            candidates.append(_first_word(refusal.greeting))
        candidates.append(host)
        domain = next((c.rstrip(".") for c in candidates if _looks_like_hostname(c)), "localhost")

    probes = build_probes(domain, ip)
    results: list[ProbeResult] = []
    try:
        for probe in probes:
            result: ProbeResult | None = None
            for _attempt in (1, 2):  # one retry if the server drops us mid-probe
                if session is None or not session.client.is_connected:
                    session = None
                    if refusal is None:
                        try:
                            session = await _open_session(ip, port, helo, timeout, source_ip)
                        except _Refused as exc:
                            refusal = exc
                        except (SMTPException, OSError) as exc:
                            result = ProbeResult(probe, False, "connect", f"(connection failed: {_describe(exc)})")
                            break
                    if session is None:
                        assert refusal is not None
                        result = ProbeResult(probe, False, "connect", refusal.reply)
                        refusal = None  # try connecting afresh for the next probe
                        break
                try:
                    result = await _run_probe(session.client, probe)
                    break
                except _Aborted as exc:
                    session = None
                    if isinstance(exc.exc, SMTPTimeoutError):
                        # Not retried: a tarpitting server would just time out again.
                        result = ProbeResult(probe, False, exc.stage, f"({exc.exc})")
                        break
                    # Dropped mid-probe: retry once on a fresh connection.
                    result = ProbeResult(probe, False, exc.stage, "(connection closed by server)")
            assert result is not None
            results.append(result)

            # Back to a clean state for the next probe on the same connection.
            if session is not None and session.client.is_connected:
                client = session.client
                try:
                    rset = await client.execute_command(b"RSET")
                    if not _is_2xx(rset):
                        await _close(client)
                        session = None
                except (SMTPException, OSError):
                    client.close()
                    session = None
    finally:
        if session is not None:
            await _close(session.client)
    return results


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def _result_label(result: ProbeResult) -> str:
    return "ACCEPTED" if result.accepted else f"refused at {result.stage}"


def format_table(results: list[ProbeResult]) -> str:
    """Aligned plain-text table: #, trick, MAIL FROM, RCPT TO, result, reply."""
    header = ("#", "Trick", "MAIL FROM", "RCPT TO", "Result", "Reply")
    rows = [
        (
            str(r.probe.number),
            r.probe.trick,
            r.probe.mail_from,
            r.probe.rcpt_to,
            _result_label(r),
            " / ".join(line.strip() for line in r.reply.splitlines()),
        )
        for r in results
    ]
    widths = [len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def fmt(row: tuple[str, ...]) -> str:
        cells = [row[0].rjust(widths[0])]
        cells += [cell.ljust(widths[i]) for i, cell in enumerate(row[1:-1], start=1)]
        cells.append(row[-1])
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths[:-1]) + "  " + "-" * max(widths[-1], 5)
    return "\n".join([fmt(header), rule] + [fmt(row) for row in rows])


def _summary(target: str, results: list[ProbeResult]) -> str:
    accepted = [r for r in results if r.accepted]
    if accepted:
        numbers = ", ".join(f"#{r.probe.number}" for r in accepted)
        return f"OPEN RELAY: {target} accepted {len(accepted)} of {len(results)} relay probes ({numbers})"
    return f"OK: {target} refused all {len(results)} relay probes"


# --------------------------------------------------------------------------
# CLI entry point
# --------------------------------------------------------------------------


def parse_target(target: str) -> tuple[str, int]:
    """``HOST:PORT`` or ``[IPv6]:PORT`` -> (host, port); ValueError if malformed."""
    target = target.strip()
    m = re.fullmatch(r"\[([^\[\]]+)\]:(\d{1,5})", target)
    if m is None:
        m = re.fullmatch(r"([^\s:\[\]/]+):(\d{1,5})", target)
    if m is None:
        raise ValueError(f"invalid target {target!r}: expected HOST:PORT (or [IPv6]:PORT)")
    host, port = m.group(1), int(m.group(2))
    if not 1 <= port <= 65535:
        raise ValueError(f"invalid target {target!r}: port must be 1-65535")
    return host, port


def relaytest_command(target: str, domain: str | None) -> int:
    """``mailmoat relaytest HOST:PORT [--domain D]``.

    Prints the probe table and a one-line summary.  Returns 1 if any probe
    was accepted (open relay), 0 if all were refused, 2 on a bad target or
    when the server cannot be reached (one-line error on stderr).
    """
    try:
        host, port = parse_target(target)
        results = asyncio.run(run_probes(host, port, domain=domain))
    except (RelayTestError, ValueError) as exc:
        print(f"mailmoat relaytest: {exc}", file=sys.stderr)
        return 2
    except (SMTPException, OSError) as exc:
        print(f"mailmoat relaytest: cannot test {target}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mailmoat relaytest: interrupted", file=sys.stderr)
        return 130

    print(format_table(results))
    print()
    print(_summary(target, results))
    return 1 if any(r.accepted for r in results) else 0
