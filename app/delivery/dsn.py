"""Delivery status notifications (bounces) per RFC 3464 and RFC 3462.

A bounce is built for mail that was already accepted, so it must be produced
whatever the original message looks like: a message that cannot be returned
intact is returned as headers only, or not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email import message_from_string, policy
from email.message import EmailMessage, Message, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid

__all__ = ["FailedRecipient", "build_bounce"]

SUBJECT = "Undelivered Mail Returned to Sender"

# SMTP line limit (RFC 5321 section 4.5.3.1.6) without the CRLF.
_MAX_LINE_OCTETS = 998
_FOLD_COLUMN = 78
# Longer words in a status field are cut so that no line exceeds the limit.
_MAX_WORD = 900
# refold_source="none" keeps the returned message's headers as they came; only
# the headers written here are folded. The outer generator's policy applies to
# every subpart, so this is the only policy that matters for output.
_POLICY = policy.SMTP.clone(refold_source="none")
_STATUS_CODE = re.compile(r"[245]\.\d{1,3}\.\d{1,3}\Z", re.ASCII)
_SMTP_REPLY = re.compile(r"[245]\d\d[ -]", re.ASCII)
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
# Two line breaks in a row; a bare CR counts only when no LF follows, so that
# CRLF is never read as CR then LF.
_HEADER_END = re.compile(rb"(?:\r\n|\n|\r(?!\n))(?:\r\n|\n|\r(?!\n))")


@dataclass(frozen=True)
class FailedRecipient:
    address: str  # the final recipient, e.g. "bob@other.example"
    status: str  # enhanced status code, e.g. "5.1.1" (or "4.4.7" for expiry)
    diagnostic: str  # the remote reply or our reason, e.g. "550 5.1.1 User unknown"
    remote_mta: str | None  # host that answered, or None


def build_bounce(
    *,
    reporting_mta: str,
    original_sender: str,
    failed: list[FailedRecipient],
    original_message: bytes,
    arrival_date: datetime,
    now: datetime,
    max_returned_bytes: int = 64 * 1024,
) -> bytes:
    """Return a multipart/report bounce to `original_sender`, CRLF line endings.

    The original is attached as message/rfc822 if it is at most
    `max_returned_bytes`, otherwise as text/rfc822-headers. Raises ValueError
    only for bad arguments (null sender "<>", no recipients, malformed status
    code), never because of the content of `original_message`.
    """
    sender = _one_line(original_sender).removeprefix("<").removesuffix(">")
    if not sender:
        raise ValueError("no bounce for a null reverse-path (RFC 5321 section 4.5.5)")
    if not failed:
        raise ValueError("a bounce needs at least one failed recipient")
    for recipient in failed:
        if not _STATUS_CODE.match(recipient.status):
            raise ValueError(f"invalid enhanced status code {recipient.status!r}")

    parts = [
        _explanation(reporting_mta, failed),
        _delivery_status(reporting_mta, failed, arrival_date, now),
    ]
    # Attempts from most to least faithful; the email package can fail on
    # pathological input in ways that are impractical to enumerate.
    attempts = []
    if len(original_message) <= max_returned_bytes:
        attempts.append(lambda: _returned_message(original_message))
    attempts.append(lambda: _returned_headers(original_message, max_returned_bytes))
    for returned in attempts:
        try:
            part = returned()
            if part is not None:
                return _render(reporting_mta, sender, now, [*parts, part])
        except Exception:
            pass
    return _render(reporting_mta, sender, now, parts)


def _render(reporting_mta: str, sender: str, now: datetime, parts: list[MIMEPart]) -> bytes:
    report = EmailMessage(policy=_POLICY)
    report["From"] = Address("Mail Delivery System", "MAILER-DAEMON", _one_line(reporting_mta))
    report["To"] = sender
    report["Subject"] = SUBJECT
    report["Date"] = format_datetime(now)
    report["Message-ID"] = make_msgid(domain=_one_line(reporting_mta))
    report["Auto-Submitted"] = "auto-replied"
    report["MIME-Version"] = "1.0"
    report["Content-Type"] = "multipart/report; report-type=delivery-status"
    for part in parts:
        report.attach(part)  # type: ignore[arg-type]  # typeshed wants an EmailMessage; any MIMEPart attaches
    # An internationalized sender cannot be written in an ASCII header (RFC 2047
    # does not apply to addresses); such a bounce needs SMTPUTF8 anyway.
    data = report.as_bytes(policy=_POLICY if sender.isascii() else _POLICY.clone(utf8=True))
    # The generator writes some payloads verbatim; guarantee CRLF throughout.
    return _LINE_BREAK.sub(b"\r\n", data)


def _explanation(reporting_mta: str, failed: list[FailedRecipient]) -> MIMEPart:
    lines = [
        f"This is the mail system at host {reporting_mta}.",
        "",
        "Your message could not be delivered to one or more recipients.",
        "It is attached below.",
        "",
        "For further assistance, please contact your system administrator.",
        "",
    ]
    for recipient in failed:
        where = f" (reply from {recipient.remote_mta})" if recipient.remote_mta else ""
        lines.append(f"<{_one_line(recipient.address)}>{where}:")
        lines.append(f"    {_one_line(recipient.diagnostic)}")
        lines.append("")
    part = MIMEPart(policy=_POLICY)
    text = "\n".join(lines)
    part.set_content(text, charset="us-ascii" if text.isascii() else "utf-8")
    part["Content-Description"] = "Notification"
    return part


def _delivery_status(
    reporting_mta: str, failed: list[FailedRecipient], arrival_date: datetime, now: datetime
) -> MIMEPart:
    per_message = _field_block(
        ("Reporting-MTA", f"dns; {_ascii_field(reporting_mta)}"),
        ("Arrival-Date", format_datetime(arrival_date)),
    )
    blocks: list[Message | str] = [per_message]
    for recipient in failed:
        fields = [
            ("Final-Recipient", _typed_address(recipient.address)),
            ("Action", "failed"),
            ("Status", recipient.status),
        ]
        if recipient.remote_mta:
            fields.append(("Remote-MTA", f"dns; {_ascii_field(recipient.remote_mta)}"))
        diagnostic = _ascii_field(recipient.diagnostic)
        # "smtp" asserts the text is an SMTP reply; our own reasons are not.
        kind = "smtp" if _SMTP_REPLY.match(diagnostic + " ") else "X-Mailmoat"
        fields.append(("Diagnostic-Code", f"{kind}; {diagnostic}"))
        fields.append(("Last-Attempt-Date", format_datetime(now)))
        blocks.append(_field_block(*fields))
    part = MIMEPart(policy=_POLICY)
    part["Content-Type"] = "message/delivery-status"
    part["Content-Description"] = "Delivery report"
    # The generator serializes a list payload of this type as field blocks
    # separated by blank lines (the parser gives the same list back).
    part.set_payload(blocks)
    return part


def _field_block(*fields: tuple[str, str]) -> Message:
    # Folded here and parsed back, so the fields count as source headers and are
    # written as folded: the email package's own folding would turn long tokens
    # (URLs in replies) into RFC 2047 encoded words, meaningless in these fields.
    text = "".join(_folded(name, value) for name, value in fields)
    return message_from_string(text, policy=_POLICY)


def _folded(name: str, value: str) -> str:
    """A `name: value` field folded at spaces to 78 columns where possible.

    The first two words ("dns; host", "smtp; 550") stay on the first line, for
    the benefit of naive DSN parsers.
    """
    lines, line = [], f"{name}:"
    for index, word in enumerate(value.split()):
        word = word[:_MAX_WORD]
        if index > 1 and len(line) + 1 + len(word) > _FOLD_COLUMN:
            lines.append(line)
            line = ""
        line += " " + word
    lines.append(line)
    return "\n".join(lines) + "\n"


def _returned_message(original: bytes) -> MIMEPart | None:
    data = _LINE_BREAK.sub(b"\r\n", original)
    if not data.strip() or not _transportable(data):
        return None
    message = BytesParser(policy=_POLICY).parsebytes(data)
    part = MIMEPart(policy=_POLICY)
    part.set_content(message, cte="7bit" if data.isascii() else "8bit")
    part["Content-Description"] = "Undelivered Message"
    return part


def _returned_headers(original: bytes, limit: int) -> MIMEPart | None:
    end = _HEADER_END.search(original, 0, limit + 4)
    headers = original[: end.start()] if end else original
    if not headers.strip() or len(headers) > limit:
        return None
    headers = _LINE_BREAK.sub(b"\r\n", headers) + b"\r\n"
    if not _transportable(headers):
        return None
    part = MIMEPart(policy=_POLICY)
    part["Content-Type"] = "text/rfc822-headers"
    if not headers.isascii():
        # Headers are returned byte for byte; UTF-8 is what RFC 6532 allows in them.
        try:
            headers.decode("utf-8")
            part.set_param("charset", "utf-8")
        except UnicodeDecodeError:
            pass
    part["Content-Transfer-Encoding"] = "7bit" if headers.isascii() else "8bit"
    part["Content-Description"] = "Undelivered Message Headers"
    # Surrogate escapes make the generator write the original bytes back.
    part.set_payload(headers.decode("ascii", errors="surrogateescape"))
    return part


def _transportable(data: bytes) -> bool:
    """Whether SMTP DATA (with 8BITMIME) can carry `data` unencoded; CRLF line endings."""
    return b"\0" not in data and all(len(line) <= _MAX_LINE_OCTETS for line in data.split(b"\r\n"))


def _typed_address(address: str) -> str:
    address = _one_line(address)
    if address.isascii():
        return f"rfc822; {_ascii_field(address)}"
    # RFC 6533 section 3: non-ASCII addresses use the utf-8 type, with every
    # character outside QCHAR written as \x{HEX}.
    encoded = "".join(ch if _is_qchar(ch) else f"\\x{{{ord(ch):X}}}" for ch in address)
    return f"utf-8; {encoded}"


def _is_qchar(ch: str) -> bool:
    return "!" <= ch <= "~" and ch not in "+=\\"


def _ascii_field(value: str) -> str:
    """A value fit for a message/delivery-status field: one line of printable ASCII."""
    return "".join(ch if " " <= ch <= "~" else "?" for ch in _one_line(value))


def _one_line(value: str) -> str:
    """Collapse line breaks and other whitespace runs (multi-line SMTP replies) to spaces."""
    return " ".join(value.split())
