"""A stored message as the operator reads it: its decoded headers, where it came from, what became of it, its
text and attachment names. Shared by the Quarantine pane and the Queue's message view."""

from __future__ import annotations

import datetime

from rich.text import Text

from ...mail.decode import DecodedMessage

VIEW_TEXT_CHARS = 20000  # of the decoded text shown


def envelope_lines(
    message_id: str, created: float, size: int, sender: str, recipients: list[str], client_ip: str, helo: str
) -> list[tuple[str, str]]:
    """The lines every stored message has: the SMTP envelope, its id and arrival, the client that sent it."""
    return [
        ("Envelope:", f"<{sender}> -> {', '.join(recipients)}"),
        (
            "ID:",
            f"{message_id}, arrived {datetime.datetime.fromtimestamp(created):%Y-%m-%d %H:%M}, {size / 1024:.1f} KB",
        ),
        ("Client:", f"[{client_ip}] helo {helo}"),
    ]


def render_message(decoded: DecodedMessage, details: list[tuple[str, str]]) -> Text:
    """`details`: (label, value) lines shown after the decoded From/To/Subject/Date (envelope_lines and what the
    screen adds: the verdict, the delivery state). Never markup: every value here comes from a stranger."""
    out = Text()

    def line(label: str, value: str) -> None:
        out.append(f"{label:<12}", style="bold")
        out.append(f"{value}\n")

    line("From:", ", ".join(decoded.header("from")) or decoded.from_address)
    line("To:", ", ".join(decoded.header("to")))
    line("Subject:", decoded.subject)
    line("Date:", ", ".join(decoded.header("date")))
    for label, value in details:
        line(label, value)
    if decoded.attachments:
        line(
            "Attached:",
            ", ".join(f"{a.filename or '(no name)'} ({a.content_type}, {a.size} bytes)" for a in decoded.attachments),
        )
    if decoded.defects:
        line("Defects:", "; ".join(decoded.defects[:5]))
    out.append("\n")
    text = decoded.text
    out.append(text[:VIEW_TEXT_CHARS] + ("\n[… cut]" if len(text) > VIEW_TEXT_CHARS else ""))
    return out
