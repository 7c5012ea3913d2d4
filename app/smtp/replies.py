"""The one place where a pipeline verdict becomes SMTP reply text."""

from __future__ import annotations

import re

from ..pipeline.result import Result

# reason -> (code, enhanced status, text); {subject} is the address or value concerned.
REPLIES: dict[str, tuple[int, str, str]] = {
    "connect_ok": (220, "", "{hostname} ESMTP Mailmoat"),
    "helo_ok": (250, "", "{hostname}"),
    "bad_helo": (501, "5.5.2", "Invalid HELO/EHLO name"),
    "tls_active": (554, "5.5.1", "TLS already active"),
    "helo_claims_us": (550, "5.7.1", "Client host rejected: HELO {subject} claims to be this server"),
    "sender_ok": (250, "2.1.0", "Sender <{subject}> ok"),
    "sender_missing_domain": (550, "5.1.1", "Sender address is missing a domain"),
    "recipient_missing_domain": (553, "5.1.3", "Recipient address is missing a domain"),
    "address_syntax": (553, "5.1.3", "Invalid address syntax"),
    "address_too_long": (553, "5.1.3", "Invalid address syntax: address too long"),
    "address_utf8_not_allowed": (553, "5.6.7", "Non-ASCII address needs the SMTPUTF8 parameter"),
    "address_missing_domain": (553, "5.1.3", "Invalid address syntax: missing domain"),
    "address_percent_hack": (553, "5.7.1", "Address <{subject}> uses the % relay hack and is not accepted"),
    "address_bang_path": (553, "5.7.1", "Address <{subject}> is a bang path and is not accepted"),
    "address_source_route": (553, "5.7.1", "Source-routed address <{subject}> is not accepted"),
    "address_quoted_special": (
        553,
        "5.7.1",
        "Address <{subject}> hides routing characters in quotes and is not accepted",
    ),
    "no_local_domain": (550, "5.1.1", "No local domain is configured to receive mail for postmaster"),
    "local_domain": (250, "2.1.5", "Recipient <{subject}> ok"),
    "relay_domain": (250, "2.1.5", "Recipient <{subject}> ok"),
    "relay_trusted": (250, "2.1.5", "Recipient <{subject}> ok"),
    "relay_authenticated": (250, "2.1.5", "Recipient <{subject}> ok"),
    "relay_sender_exception": (250, "2.1.5", "Recipient <{subject}> ok"),
    "relay_denied": (550, "5.7.1", "Relaying to <{subject}> is not allowed"),
    "relay_literal_denied": (550, "5.7.1", "Relaying to address literal <{subject}> is not allowed"),
    "too_many_recipients": (452, "4.5.3", "Too many recipients"),
    "client_blocked": (554, "5.7.1", "Connection refused: your address [{subject}] is blocked here"),
    "sender_blocked": (550, "5.7.1", "Sender <{subject}> is not allowed to send to <{target}>"),
    "allowlisted": (250, "2.1.5", "Recipient <{subject}> ok"),
    "monitored": (250, "2.1.5", "Recipient <{subject}> ok"),
    "greylisted": (451, "4.7.1", "Greylisted: please try again in {subject} seconds"),
    "dnsbl_client_listed": (554, "5.7.1", "Service unavailable; client [{subject}] blocked using {target}"),
    "dnsbl_sender_listed": (554, "5.7.1", "Sender address <{subject}> rejected: domain listed at {target}"),
    "spf_fail": (550, "5.7.23", "Message rejected due to: {target}"),
    "virus_found": (554, "5.7.1", "Virus found: {subject}"),
    "virus_scan_failed": (451, "4.7.0", "Virus scanner unavailable, please try again later"),
    "attachment_refused": (554, "5.7.1", "Attachment {subject} is not allowed: {target}"),
    "content_rejected": (550, "5.7.1", "Message content rejected (rule {subject})"),
    "dmarc_reject": (
        550,
        "5.7.1",
        "Message rejected: {subject} asks (DMARC p=reject) that mail failing its authentication be refused",
    ),
    "auth_ok": (235, "2.7.0", "Authentication successful"),
    "auth_failed": (535, "5.7.8", "Authentication credentials invalid"),
    "auth_locked": (454, "4.7.0", "Too many failed logins from [{subject}], try again in {target} minutes"),
    "sender_not_owned": (553, "5.7.1", "Sender address not owned by authenticated user"),
    "sender_over_limit": (451, "4.7.1", "Sender <{subject}> is over its sending limit ({target}); try again later"),
    "recipient_verified": (250, "2.1.5", "Recipient <{subject}> ok"),
    "recipient_unknown": (550, "5.1.1", "<{subject}>: Recipient address rejected: User unknown"),
    "recipient_unverified": (451, "4.4.3", "<{subject}>: Recipient address verification failed, try again later"),
    "harvest_cutoff": (421, "4.7.0", "Too many unknown recipients from [{subject}], closing connection"),
    "data_ok": (250, "2.0.0", "Ok"),
    "mail_loop": (554, "5.4.6", "Too many hops ({subject}): mail loop detected"),
    "queued": (250, "2.0.0", "Ok: queued as {subject}"),
    "queue_failure": (451, "4.3.0", "Temporary failure storing the message, please try again later"),
    "too_many_errors": (421, "4.7.0", "Too many errors, closing connection"),
    "too_many_connections": (421, "4.3.2", "Too many connections, try again later"),
    "idle_evicted": (421, "4.3.2", "Too many connections; closing this idle one, try again later"),
    "timeout": (421, "4.4.2", "{hostname} Error: timeout exceeded"),
    "too_many_from_ip": (421, "4.7.0", "Too many connections from [{subject}], try again later"),
    "rate_from_ip": (421, "4.7.0", "Connection rate limit exceeded for [{subject}], try again later"),
    "pregreet": (554, "5.5.1", "Protocol error: [{subject}] talked before the greeting"),
    "shutting_down": (421, "4.3.2", "Service shutting down, please try again later"),
}


def reply_for(reason: str, subject: str = "", hostname: str = "", target: str = "") -> str:
    code, enhanced, text = REPLIES[reason]
    text = text.format(subject=_printable(subject), hostname=hostname, target=_printable(target))
    return f"{code} {enhanced} {text}" if enhanced else f"{code} {text}"


def reply_for_result(result: Result, hostname: str = "") -> str:
    return reply_for(result.reason, result.subject, hostname, result.target)


def _printable(text: str) -> str:
    return re.sub(r"[\x00-\x1f\x7f]", "?", text.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


# aiosmtpd's own replies carry no enhanced status code; RFC 2034 wants one on
# every reply once ENHANCEDSTATUSCODES is advertised (greeting and EHLO lines excepted).
_ENHANCED_FOR_PREFIX = [
    ("250 OK", "2.0.0"),
    ("221", "2.0.0"),
    ("354", ""),
    ("220 Ready to start TLS", "2.0.0"),
    ("252", "2.5.0"),
    ("500 Error: bad syntax", "5.5.2"),
    ("500 Command line too long", "5.5.6"),
    ("500 Line too long", "5.5.6"),
    ("500", "5.5.1"),
    ("501", "5.5.4"),
    ("502", "5.5.1"),
    ("503", "5.5.1"),
    ("504", "5.5.4"),
    ("530", "5.7.0"),
    ("552", "5.3.4"),
    ("553", "5.1.3"),
    ("554", "5.5.0"),
    ("555", "5.5.4"),
    ("454", "4.7.0"),
    ("421", "4.3.0"),
]
_HAS_ENHANCED = re.compile(r"^\d{3}[ -][245]\.\d{1,3}\.\d{1,3}\b")


def with_enhanced_code(line: str) -> str:
    if _HAS_ENHANCED.match(line) or len(line) < 3 or line[3:4] == "-":
        return line
    for prefix, enhanced in _ENHANCED_FOR_PREFIX:
        if line.startswith(prefix):
            if not enhanced:
                return line
            return f"{line[:3]} {enhanced}{line[3:]}"
    return line
