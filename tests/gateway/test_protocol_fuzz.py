"""Issue 13, item 9: a protocol fuzzer. Random hostile sessions against one live gateway; after each, the
gateway must still be whole: a legitimate message goes through, nothing partial or smuggled was delivered,
no traceback was logged, and the event log still records.

The session steps and the hostile client are in tests/support/smtp_fuzz.py; the gateway runs on its own loop in a
thread (tests/support/live_gateway.py) because hypothesis drives the sessions from ordinary blocking code.

In CI (CI set) the examples are derandomized and their number fixed, so a run is reproducible and takes
under a minute on a small box (each example ends with a whole legitimate transaction, the expensive part);
MAILMOAT_FUZZ_EXAMPLES asks for more (or fewer) locally.
"""

from __future__ import annotations

import base64
import itertools
import logging
import os
import smtplib

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.support.live_gateway import ErrorRecords, LiveGateway, wait_until
from tests.support.smtp_fuzz import END_MARKER, Auth, Command, Cut, Data, FuzzSession, Pipelined, Raw, StartTls
from tests.conftest import db_rows

EXAMPLES = int(os.environ.get("MAILMOAT_FUZZ_EXAMPLES", "300"))
pytestmark = pytest.mark.xdist_group("protocol-fuzz")  # one live gateway per module: keep it on one worker
ACCOUNT, PASSWORD = "kim@corp.example", "fuzz-password"
FUZZ_IP, LEGIT_IP = "127.0.0.2", "127.0.0.1"

# --- the gateway ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    gateway = LiveGateway(
        str(tmp_path_factory.mktemp("fuzz") / "gateway.db"),
        {
            "smtp.tarpit_after": "1000",  # tests/gateway/test_flood.py covers the tarpit and the rate limit; here they
            "smtp.connection_rate_per_ip": "0",  # would only slow the fuzz and refuse its sessions
            "smtp.max_size": "32K",  # small enough that a fuzz body can be too big
            "relay.selftest": "no",
            "queue.retry_min": "1s",
            "auth.plaintext_loopback": "yes",  # AUTH without TLS too, so that the fuzz reaches it often
            "auth.ip_failures": "1000",
            "auth.ip_lockout": "1s",
        },
        (ACCOUNT, PASSWORD),
    ).start()
    yield gateway
    gateway.stop()


@pytest.fixture(scope="module")
def errors():
    handler = ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)


# --- what a hostile client sends -----------------------------------------------------------------------------

VERBS = [
    b"EHLO",
    b"HELO",
    b"MAIL",
    b"RCPT",
    b"DATA",
    b"RSET",
    b"NOOP",
    b"VRFY",
    b"EXPN",
    b"HELP",
    b"QUIT",
    b"STARTTLS",
    b"AUTH",
    b"BDAT",
    b"ehlo",
    b"Mail",
    b"XCLIENT",
    b"PROXY",
    b"GET",
    b"\xff\xfe",
    b"MAIL\x00",
]
ADDRESSES = [
    b"<a@other.example>",
    b"<>",
    b"<bob@corp.example>",
    b"<Postmaster>",
    b"<x@elsewhere.example>",
    b"<kim@corp.example>",
    b"<user%other.example@corp.example>",
    b'<"a b"@corp.example>',
    b"<@route.example:a@corp.example>",
    "<김철수@corp.example>".encode(),
    "<bob@회사.example>".encode(),
    b"<a@[127.0.0.1]>",
    b"<a@[IPv6:::1]>",
    b"<" + b"a" * 300 + b"@corp.example>",
    b"<a@" + b"b." * 130 + b"example>",
    b"bob@corp.example",
    b"<bob@corp.example",
    b"<\xff\xfe@corp.example>",
    b"<bob\x00@corp.example>",
    b"<bob@corp.example.>",
    b"<bob@corp.example\r>",
    b"<<bob@corp.example>>",
]
PARAMETERS = [
    b"",
    b"",
    b" SIZE=100",
    b" SIZE=99999999999999999999999",
    b" SIZE=-1",
    b" SIZE=abc",
    b" BODY=8BITMIME",
    b" BODY=BINARYMIME",
    b" SMTPUTF8",
    b" AUTH=<>",
    b" RET=HDRS ENVID=x",
    b" NOTIFY=NEVER",
    b" =",
    b" X" * 100,
    b" SIZE=1 SIZE=2",
    b"\t BODY=7BIT",
]
ENDINGS = [b"\r\n", b"\r\n", b"\r\n", b"\r\n", b"\n", b"\r", b""]
# Ends of data that are not <CRLF>.<CRLF> (or none at all), and cannot become one with the next step's bytes.
ODD_DATA_ENDINGS = [b"\n.\n", b"\r.\r", b"\n.\r\n", b"\r.\r\n", b"\r\n.\n", b"\r\n"]


def mostly(usual, wild, odds: int = 4):
    """`usual`, and one time in `odds` `wild`; shrinking goes towards `usual`, the plainer session."""
    return st.integers(0, odds - 1).flatmap(lambda n: wild if n == odds - 1 else usual)


noise = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.integers(400, 9000).map(lambda n: b"a" * n),
    st.sampled_from([b"\x00", b"\r", b"\n", b"\r\r\n", b"\x1b[2J", "한글".encode("euc-kr"), b"%s%n", b"\xc0\x80"]),
)
path_argument = st.builds(
    lambda prefix, address, params: prefix + address + params,
    st.sampled_from([b"FROM:", b"TO:", b"from:", b"FROM: ", b"TO:<>", b""]),
    st.sampled_from(ADDRESSES),
    st.sampled_from(PARAMETERS),
)
argument = st.one_of(
    path_argument, noise, st.sampled_from([b"", b"client.example", b"[127.0.0.1]", b"mx.corp.example"])
)
command = st.builds(
    Command, st.one_of(st.sampled_from(VERBS), st.binary(min_size=1, max_size=8)), argument, st.sampled_from(ENDINGS)
)
plain_command = st.builds(Command, st.sampled_from(VERBS[:14]), path_argument)


def _plain_blob(user: str, password: str) -> bytes:
    return base64.b64encode(f"\0{user}\0{password}".encode())


auth_answer = st.one_of(
    st.sampled_from(
        [
            base64.b64encode(ACCOUNT.encode()),
            base64.b64encode(PASSWORD.encode()),
            base64.b64encode(b"wrong"),
            b"*",
            b"",
            b"=",
            b"!!!notbase64",
        ]
    ),
    noise,
)
auth = st.builds(
    Auth,
    st.sampled_from([b"PLAIN", b"LOGIN", b"plain", b"CRAM-MD5", b"XOAUTH2", b"PLAIN LOGIN", b""]),
    st.one_of(
        st.sampled_from(
            [
                b"",
                _plain_blob(ACCOUNT, PASSWORD),
                _plain_blob(ACCOUNT, "wrong"),
                _plain_blob("nobody@corp.example", PASSWORD),
                b"=",
                b"AAAA",
            ]
        ),
        noise,
    ),
    st.lists(auth_answer, max_size=3),
)
body = st.one_of(
    st.binary(max_size=400),
    st.sampled_from(
        [
            b"Subject: hi\r\n\r\nHello.\r\n",
            "Subject: 안녕\r\n\r\n본문\r\n".encode(),
            b"Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n",
            b"..leading dot\r\n.\r\n..\r\n",
            b"\r\n\r\n",
            b"Subject: \xff\xfe\r\n\r\n\x00\x00\r\n",
        ]
    ),
    st.integers(9000, 12000).map(lambda n: b"Subject: long line\r\n\r\n" + b"x" * n + b"\r\n"),
    st.integers(600, 700).map(lambda n: b"Subject: big\r\n\r\n" + b"y" * 70 * n),  # over smtp.max_size
)


data = st.builds(
    Data,
    body,
    mostly(st.just(b"\r\n.\r\n"), st.sampled_from(ODD_DATA_ENDINGS), 2),
    st.booleans(),
    mostly(st.none(), st.floats(0, 1), 2),
    st.booleans(),
)
transaction_data = st.builds(
    Data,
    body,
    mostly(st.just(b"\r\n.\r\n"), st.sampled_from(ODD_DATA_ENDINGS)),
    st.just(False),
    mostly(st.none(), st.floats(0, 1)),
    mostly(st.just(False), st.just(True)),
)
login = st.sampled_from(
    [
        Auth(b"PLAIN", _plain_blob(ACCOUNT, PASSWORD)),
        Auth(b"LOGIN", b"", [base64.b64encode(ACCOUNT.encode()), base64.b64encode(PASSWORD.encode())]),
        Auth(b"PLAIN", b"", [_plain_blob(ACCOUNT, PASSWORD)]),
    ]
)
transaction = st.builds(
    lambda helo, tls, logins, sender, recipients, message: [helo, *tls, *logins, sender, *recipients, message],
    mostly(
        st.just(Command(b"EHLO", b"client.example")),
        st.sampled_from(
            [Command(b"HELO", b"client.example"), Command(b"EHLO", "회사.example".encode()), Command(b"LHLO", b"x")]
        ),
    ),
    mostly(st.just([]), st.just([StartTls(), Command(b"EHLO", b"client.example")]), 3),
    mostly(st.just([]), st.one_of(login, auth).map(lambda step: [step]), 3),
    mostly(
        st.sampled_from(
            [
                Command(b"MAIL", b"FROM:<a@other.example>"),
                Command(b"MAIL", b"FROM:<>"),
                Command(b"MAIL", b"FROM:<kim@corp.example>"),
                Command(b"MAIL", "FROM:<김철수@other.example> SMTPUTF8".encode()),
            ]
        ),
        plain_command,
    ),
    st.lists(
        mostly(
            st.sampled_from(
                [Command(b"RCPT", b"TO:<bob@corp.example>"), Command(b"RCPT", b"TO:<x@elsewhere.example>")]
            ),
            plain_command,
        ),
        min_size=1,
        max_size=3,
    ),
    transaction_data,
)
smuggled = st.sampled_from([b"RSET\r\n", b"MAIL FROM:<a@other.example>\r\n", b"EHLO smuggled.example\r\nNOOP\r\n"])
starttls = st.builds(
    StartTls,
    st.sampled_from(["handshake", "handshake", "garbage", "cut"]),
    mostly(st.just(b""), st.one_of(smuggled, noise), 2),
    st.binary(max_size=64),
)
step = st.one_of(
    command,
    st.builds(Raw, noise),
    st.builds(Pipelined, st.lists(command, min_size=2, max_size=6)),
    data,
    starttls,
    auth,
    st.just(Cut()),
    transaction.map(lambda steps: Pipelined(steps[:-1])),
)
session = st.lists(mostly(transaction, step.map(lambda s: [s]), 2), min_size=1, max_size=8).map(
    lambda steps: list(itertools.chain.from_iterable(steps))
)


# --- the invariants -------------------------------------------------------------------------------------------

_legit_ids = itertools.count(1)


def _legit_transaction(live: LiveGateway) -> tuple[str, str]:
    """A plain inbound message from another address: its marker and the queue id the gateway gave it."""
    marker = f"legit-{next(_legit_ids)}"
    with smtplib.SMTP("127.0.0.1", live.port, source_address=(LEGIT_IP, 0), timeout=30) as client:
        client.ehlo("client.example")
        assert client.mail("alice@other.example")[0] == 250
        assert client.rcpt("bob@corp.example")[0] == 250
        code, reply = client.data(f"From: <alice@other.example>\r\nSubject: {marker}\r\n\r\nHello.\r\n".encode())
        assert code == 250, reply
    return marker, reply.decode().rsplit(" ", 1)[-1]


async def _sessions_from(live: LiveGateway, ip: str) -> list[str]:
    """What the gateway still holds for a client: its sessions (with their state) and connection slots."""
    handler = live.gut.gateway.handler
    held = [
        f"session {session.ctx.session_id}: {type(session.transport).__name__}, "
        f"closing={session.transport is not None and session.transport.is_closing()}, "
        f"tls state={getattr(getattr(session, '_tls_protocol', None), '_state', None)}, "
        f"handler done={session._handler_coroutine is not None and session._handler_coroutine.done()}"
        for session in handler.connections.sessions
        if session.ctx.client_ip == ip
    ]
    return held + [f"{handler.connections.limiter.active[ip]} connection slot(s)"] * bool(
        handler.connections.limiter.active[ip]
    )


def _session_gone(live: LiveGateway) -> None:
    """asyncio gives a TLS handshake 60 s and a TLS shutdown 30 s: beyond that, a session outlives its client."""
    try:
        wait_until(lambda: not live.call(_sessions_from(live, FUZZ_IP)), timeout=5)
    except AssertionError:
        event("a session outlived its client by 5 s")
        held = live.call(_sessions_from(live, FUZZ_IP))
        try:
            wait_until(lambda: not live.call(_sessions_from(live, FUZZ_IP)), timeout=70)
        except AssertionError:
            raise AssertionError(f"the gateway still holds {held} for a client that has gone") from None


def check_the_gateway_is_whole(live: LiveGateway, errors: ErrorRecords, accepted: set[str]) -> None:
    """The fuzz session is gone from the gateway once its client has gone (no session or connection slot left to
    stall it); a legitimate message goes through; every message delivered from a fuzz session ended properly; the
    event log records the legitimate message and every one the fuzz session was told was queued; nothing was
    logged with a traceback."""
    _session_gone(live)
    marker, queue_id = _legit_transaction(live)
    subject = f"\r\nSubject: {marker}\r\n".encode()
    wait_until(lambda: any(subject in m.content for m in live.sink.messages))
    delivered, _delivered_before[0] = live.sink.messages[_delivered_before[0] :], len(live.sink.messages)
    for message in delivered:
        if _is_bounce(message.content):
            continue  # the gateway's own DSN for a fuzz message the upstream refused (a line too long for it, say)
        if b"\r\nSubject: legit-" not in message.content:
            assert END_MARKER.search(message.content), (
                "a partial or smuggled message was delivered",
                message.content[-300:],
            )
    assert sum(subject in m.content for m in live.sink.messages) == 1
    live.call(live.gut.gateway.writer.flush())
    queued = live.call(
        db_rows(live.gut.store, "SELECT client_ip FROM events WHERE kind = 'queued' AND queue_id = ?", (queue_id,))
    )
    assert [row["client_ip"] for row in queued] == [LEGIT_IP], "the event log no longer records"
    for fuzz_id in accepted:
        kinds = live.call(db_rows(live.gut.store, "SELECT kind FROM events WHERE queue_id = ?", (fuzz_id,)))
        assert {"queued", "quarantined"} & {row["kind"] for row in kinds}, ("a 250 without its event", fuzz_id)
    logged = errors.take()
    assert not logged, "\n".join(logged)


_delivered_before = [0]  # sink messages judged by earlier examples


def _is_bounce(content: bytes) -> bool:
    return (
        content.startswith(b"From: Mail Delivery System <MAILER-DAEMON@mx.corp.example>\r\n")
        and b'report-type="delivery-status"' in content
    )


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(steps=session)
def test_no_stranger_can_break_the_gateway(live, errors, steps):
    log = FuzzSession(live.port, FUZZ_IP).run(steps)
    for label, seen in [
        ("a message accepted", log.accepted_ids),
        ("hung up on", log.closed_by_server),
        ("TLS", log.tls),
        ("logged in", any(r.startswith("235") for r in log.replies)),
        ("data refused", any(r[:3] in ("500", "552", "554", "451") for r in log.replies)),
    ]:
        if seen:
            event(label)
    assert not log.tls_injection, ("a command sent before STARTTLS was answered after it", log.tls_injection)
    check_the_gateway_is_whole(live, errors, log.accepted_ids)
