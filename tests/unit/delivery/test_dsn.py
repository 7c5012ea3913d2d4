"""Bounce messages (RFC 3464 delivery status notifications)."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.delivery.dsn import SUBJECT, FailedRecipient, build_bounce

NOW = datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc)
ARRIVED = NOW - timedelta(days=5)

ORIGINAL = (
    b"Received: from client.example.com ([192.0.2.7]) by gw.example.com with ESMTP;\r\n"
    b"\tSat, 27 Apr 2024 12:30:00 +0000\r\n"
    b"From: Alice <alice@example.com>\r\n"
    b"To: bob@other.example, carol@other.example\r\n"
    b"Subject: Quarterly report\r\n"
    b"Message-ID: <original-1@example.com>\r\n"
    b"\r\n"
    b"Hello Bob,\r\n"
    b"please find the numbers below.\r\n"
)

BOB = FailedRecipient(
    address="bob@other.example",
    status="5.1.1",
    diagnostic="550 5.1.1 <bob@other.example>: User unknown",
    remote_mta="mx1.other.example",
)
CAROL = FailedRecipient(
    address="carol@other.example",
    status="4.4.7",
    diagnostic="Message expired: delivery attempted for 5 days",
    remote_mta=None,
)


def bounce(original: bytes = ORIGINAL, **overrides) -> bytes:
    arguments = dict(
        reporting_mta="gw.example.com",
        original_sender="alice@example.com",
        failed=[BOB, CAROL],
        original_message=original,
        arrival_date=ARRIVED,
        now=NOW,
    )
    arguments.update(overrides)
    return build_bounce(**arguments)


def parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)


def parts(data: bytes) -> list[email.message.EmailMessage]:
    return list(parse(data).iter_parts())


def status_blocks(data: bytes) -> list[dict[str, str]]:
    report = parts(data)[1]
    assert report.get_content_type() == "message/delivery-status"
    return [{name: str(value) for name, value in block.items()} for block in report.get_payload()]


def raw_part(data: bytes, content_type: str) -> bytes:
    """The body of the (only) part with `content_type`, exactly as in the bounce."""
    boundary = parse(data).get_boundary().encode()
    for chunk in data.split(b"\r\n--" + boundary)[1:]:
        head, _, body = chunk.partition(b"\r\n\r\n")
        if f"Content-Type: {content_type}".encode() in head:
            return body
    raise AssertionError(f"no {content_type} part")


def assert_crlf_only(data: bytes) -> None:
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")


def test_top_level_headers():
    message = parse(bounce())
    assert message["From"].addresses[0].display_name == "Mail Delivery System"
    assert message["From"].addresses[0].addr_spec == "MAILER-DAEMON@gw.example.com"
    assert message["To"].addresses[0].addr_spec == "alice@example.com"
    assert message["Subject"] == SUBJECT == "Undelivered Mail Returned to Sender"
    assert message["Date"].datetime == NOW
    assert re.fullmatch(r"<[^<>@\s]+@gw\.example\.com>", message["Message-ID"])
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["MIME-Version"] == "1.0"


def test_message_ids_are_unique():
    assert parse(bounce())["Message-ID"] != parse(bounce())["Message-ID"]


def test_is_a_three_part_delivery_status_report():
    message = parse(bounce())
    assert message.get_content_type() == "multipart/report"
    assert message.get_param("report-type") == "delivery-status"
    assert [part.get_content_type() for part in message.iter_parts()] == [
        "text/plain",
        "message/delivery-status",
        "message/rfc822",
    ]
    assert message.defects == []


def test_uses_crlf_line_endings():
    data = bounce()
    assert_crlf_only(data)
    assert data.endswith(b"\r\n")


def test_explanation_lists_each_recipient_and_diagnostic():
    text = parts(bounce())[0].get_content()
    assert "gw.example.com" in text
    assert "<bob@other.example>" in text
    assert BOB.diagnostic in text
    assert "mx1.other.example" in text
    assert "<carol@other.example>" in text
    assert CAROL.diagnostic in text


def test_per_message_fields():
    per_message = status_blocks(bounce())[0]
    assert per_message["Reporting-MTA"] == "dns; gw.example.com"
    assert email.utils.parsedate_to_datetime(per_message["Arrival-Date"]) == ARRIVED


def test_per_recipient_fields():
    bob, carol = status_blocks(bounce())[1:]
    assert bob["Final-Recipient"] == "rfc822; bob@other.example"
    assert bob["Action"] == "failed"
    assert bob["Status"] == "5.1.1"
    assert bob["Remote-MTA"] == "dns; mx1.other.example"
    assert bob["Diagnostic-Code"] == "smtp; 550 5.1.1 <bob@other.example>: User unknown"
    assert email.utils.parsedate_to_datetime(bob["Last-Attempt-Date"]) == NOW

    assert carol["Final-Recipient"] == "rfc822; carol@other.example"
    assert carol["Action"] == "failed"
    assert carol["Status"] == "4.4.7"
    assert "Remote-MTA" not in carol
    # Our own reason is not an SMTP reply, so it is not labelled "smtp".
    assert carol["Diagnostic-Code"] == f"X-Mailmoat; {CAROL.diagnostic}"


def test_multiline_smtp_reply_becomes_one_field():
    reply = "550-5.7.1 Message rejected\r\n550-5.7.1 see https://help.example\r\n550 5.7.1 bye"
    recipient = FailedRecipient("bob@other.example", "5.7.1", reply, "mx1.other.example")
    data = bounce(failed=[recipient])
    field = status_blocks(data)[1]["Diagnostic-Code"]
    assert field == ("smtp; 550-5.7.1 Message rejected 550-5.7.1 see https://help.example 550 5.7.1 bye")
    # Long fields are folded, never longer than the usual 78 characters.
    report = raw_part(data, "message/delivery-status")
    assert max(len(line) for line in report.split(b"\r\n")) <= 78


def test_long_tokens_in_status_fields_are_not_encoded():
    url = "https://postmaster.other.example/policy?reason=" + "r" * 100
    reply = f"550 5.7.1 Rejected by policy, see {url} for details"
    data = bounce(failed=[FailedRecipient("bob@other.example", "5.7.1", reply, None)])
    assert b"=?" not in raw_part(data, "message/delivery-status")
    assert status_blocks(data)[1]["Diagnostic-Code"] == f"smtp; {reply}"


def test_no_line_exceeds_the_smtp_limit_even_with_absurd_diagnostics():
    reply = "550 " + "x" * 5000
    data = bounce(failed=[FailedRecipient("bob@other.example", "5.0.0", reply, "h" * 2000)])
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    assert parts(data)[1].get_content_type() == "message/delivery-status"


def test_non_ascii_diagnostic_is_kept_readable_but_status_fields_stay_ascii():
    recipient = FailedRecipient("bob@other.example", "5.1.1", "550 사용자 없음", None)
    data = bounce(failed=[recipient])
    assert "550 사용자 없음" in parts(data)[0].get_content()
    assert raw_part(data, "message/delivery-status").isascii()
    assert status_blocks(data)[1]["Diagnostic-Code"] == "smtp; 550 ??? ??"


def test_internationalized_recipient_uses_utf8_address_type():
    recipient = FailedRecipient("jöran@exämple.com", "5.1.1", "550 5.1.1 unknown", None)
    final_recipient = status_blocks(bounce(failed=[recipient]))[1]["Final-Recipient"]
    assert final_recipient == "utf-8; j\\x{F6}ran@ex\\x{E4}mple.com"


def test_utf8_address_type_escapes_plus_and_equals():
    recipient = FailedRecipient("jö+tag=1@exämple.com", "5.1.1", "550 5.1.1 unknown", None)
    final_recipient = status_blocks(bounce(failed=[recipient]))[1]["Final-Recipient"]
    assert final_recipient == "utf-8; j\\x{F6}\\x{2B}tag\\x{3D}1@ex\\x{E4}mple.com"


def test_internationalized_sender_is_written_in_utf8():
    data = bounce(original_sender="김철수@예시.kr")
    assert "To: 김철수@예시.kr\r\n".encode() in data
    message = email.message_from_string(data.decode("utf-8"), policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == "김철수@예시.kr"


def test_sender_in_angle_brackets_is_accepted():
    assert parse(bounce(original_sender="<alice@example.com>"))["To"] == "alice@example.com"


def test_original_message_is_returned_verbatim():
    data = bounce()
    returned = parts(data)[2]
    assert returned.get_content_type() == "message/rfc822"
    inner = returned.get_content()
    assert inner["Subject"] == "Quarterly report"
    assert inner["Message-ID"] == "<original-1@example.com>"
    assert ORIGINAL in data


def test_original_with_lf_line_endings_is_returned_with_crlf():
    original = ORIGINAL.replace(b"\r\n", b"\n")
    data = bounce(original)
    assert_crlf_only(data)
    assert ORIGINAL in data


def test_original_at_the_size_limit_is_returned_whole():
    data = bounce(max_returned_bytes=len(ORIGINAL))
    assert parts(data)[2].get_content_type() == "message/rfc822"


def test_original_over_the_size_limit_returns_only_its_headers():
    data = bounce(max_returned_bytes=len(ORIGINAL) - 1)
    returned = parts(data)[2]
    assert returned.get_content_type() == "text/rfc822-headers"
    headers = raw_part(data, "text/rfc822-headers")
    assert headers == ORIGINAL.split(b"\r\n\r\n")[0] + b"\r\n"
    assert b"Hello Bob" not in data


def test_large_original_returns_only_headers_by_default():
    original = ORIGINAL + (b"x" * 76 + b"\r\n") * 2000
    assert len(original) > 64 * 1024
    data = bounce(original)
    assert parts(data)[2].get_content_type() == "text/rfc822-headers"
    assert len(data) < 8 * 1024


def test_headers_larger_than_the_limit_are_not_returned():
    original = b"".join(b"X-Filler-%05d: %s\r\n" % (i, b"y" * 60) for i in range(2000))
    data = bounce(original + b"\r\nbody\r\n", max_returned_bytes=1024)
    assert [part.get_content_type() for part in parts(data)] == [
        "text/plain",
        "message/delivery-status",
    ]


def test_korean_original_in_utf8_is_returned_verbatim():
    original = (
        "From: 김철수 <kim@example.kr>\r\n"
        "To: bob@other.example\r\n"
        "Subject: 분기 보고서\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        "안녕하세요, 보고서를 첨부합니다.\r\n"
    ).encode("utf-8")
    data = bounce(original)
    assert original in data
    inner = parts(data)[2].get_content()
    assert inner["Subject"] == "분기 보고서"
    assert inner.get_content() == "안녕하세요, 보고서를 첨부합니다.\r\n"


def test_korean_original_in_euc_kr_is_returned_verbatim():
    original = ("Subject: 분기 보고서\r\nContent-Type: text/plain; charset=euc-kr\r\n\r\n안녕하세요\r\n").encode(
        "euc-kr"
    )
    data = bounce(original)
    assert original in data
    assert parts(data)[2].get_content_type() == "message/rfc822"


def test_non_utf8_headers_are_returned_byte_for_byte_when_over_limit():
    original = "Subject: 분기 보고서\r\n\r\n".encode("euc-kr") + b"body " * 100
    data = bounce(original, max_returned_bytes=100)
    assert raw_part(data, "text/rfc822-headers") == "Subject: 분기 보고서\r\n".encode("euc-kr")


def test_message_without_headers_is_still_returned():
    original = b"just a body line\r\nand another\r\n"
    data = bounce(original)
    assert parts(data)[2].get_content_type() == "message/rfc822"
    assert original in data


def test_body_with_nul_bytes_returns_headers_only():
    original = b"Subject: binary\r\n\r\n\x00\x01\x02\xff" * 10
    returned = parts(bounce(original))[2]
    assert returned.get_content_type() == "text/rfc822-headers"
    assert returned.get_content() == "Subject: binary\r\n"


def test_line_too_long_for_smtp_returns_headers_only():
    original = b"Subject: long line\r\n\r\n" + b"z" * 5000 + b"\r\n"
    assert parts(bounce(original))[2].get_content_type() == "text/rfc822-headers"


def test_binary_junk_returns_nothing():
    original = bytes(range(256)) * 8
    assert len(parts(bounce(original))) == 2


def test_empty_original_returns_nothing():
    assert len(parts(bounce(b""))) == 2


def test_multipart_without_usable_boundary_falls_back_to_headers():
    # The standard library's generator cannot write this one back (8-bit body
    # of a multipart without a boundary): the fallback must kick in.
    original = b'Subject: x\r\nContent-Type: multipart/mixed; boundary=""\r\n\r\n\xed\x95\x9c\r\n'
    data = bounce(original)
    assert parts(data)[2].get_content_type() == "text/rfc822-headers"
    assert raw_part(data, "text/rfc822-headers") == original.split(b"\r\n\r\n")[0] + b"\r\n"


def test_original_containing_mime_boundaries_does_not_break_the_report():
    original = (
        b"Content-Type: multipart/mixed; boundary=inner\r\n\r\n"
        b"--inner\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
        b"--===============0000000000000000000==\r\n"
        b"--inner--\r\n"
    )
    message = parse(bounce(original))
    assert len(list(message.iter_parts())) == 3
    assert original in bounce(original)


@pytest.mark.parametrize("sender", ["", "<>", "  "])
def test_no_bounce_to_the_null_sender(sender):
    with pytest.raises(ValueError):
        bounce(original_sender=sender)


def test_needs_a_failed_recipient():
    with pytest.raises(ValueError):
        bounce(failed=[])


@pytest.mark.parametrize("status", ["550", "5.1", "6.0.0", "5.1.1 ", "x.y.z"])
def test_rejects_malformed_status_codes(status):
    with pytest.raises(ValueError):
        bounce(failed=[FailedRecipient("bob@other.example", status, "550 no", None)])


def check_report(data: bytes, original: bytes) -> None:
    assert_crlf_only(data)
    message = parse(data)
    assert message.get_content_type() == "multipart/report"
    assert message.get_param("report-type") == "delivery-status"
    kinds = [part.get_content_type() for part in message.iter_parts()]
    assert kinds[:2] == ["text/plain", "message/delivery-status"]
    assert kinds[2:] in ([], ["message/rfc822"], ["text/rfc822-headers"])
    assert status_blocks(data)[1]["Status"] == "5.1.1"
    # A returned message is the parser's reading of the original, which drops
    # some garbage (e.g. a leading continuation line), so only its presence is
    # checked; returned headers are exact.
    if kinds[2:] == ["message/rfc822"]:
        assert isinstance(message.get_payload(2).get_content(), email.message.Message)
    elif kinds[2:] == ["text/rfc822-headers"]:
        normalized = re.sub(rb"\r\n|\r|\n", b"\r\n", original)
        assert (normalized + b"\r\n").startswith(raw_part(data, "text/rfc822-headers"))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_always_give_a_parseable_report(original):
    check_report(bounce(original, failed=[BOB]), original)


# Fragments that steer the parser into its odd corners.
MESSAGE_PIECES = st.sampled_from(
    [
        b"\r\n",
        b"\n",
        b"\r",
        b" ",
        b"\t",
        b":",
        b"--",
        b"=",
        b"\x00",
        b"\xff",
        "한".encode(),
        b"Subject: hi\r\n",
        b"From: <\x80@x>,,\r\n",
        b"Subject: =?utf-8?q?=FF?=\r\n",
        b"Content-Type: multipart/mixed; boundary=x\r\n",
        b"--x\r\n",
        b"--x--\r\n",
        b'Content-Type: multipart/report; boundary=""\r\n',
        b"Content-Type: message/rfc822\r\n",
        b"Content-Type: message/delivery-status\r\n",
        b"Content-Transfer-Encoding: base64\r\n",
        b'Content-Type: text/plain; charset="\xff"\r\n',
        b"\r\n\r\n",
        b"a" * 200,
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MESSAGE_PIECES, max_size=80).map(b"".join))
def test_messy_messages_always_give_a_parseable_report(original):
    check_report(bounce(original, failed=[BOB]), original)
