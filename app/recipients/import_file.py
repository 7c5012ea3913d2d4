"""Recipient lists as operators have them: an Exchange or Active Directory CSV export (columns such as
PrimarySmtpAddress, EmailAddresses with "SMTP:a@x;smtp:b@x;X500:..."), or one address a line.

Every SMTP address found is taken (lower-cased); other proxy address types (X400:, X500:, SIP:, EUM:)
are ignored; "@domain" is a catch-all. With a default domain, a bare name in a plain list means
name@domain. Nothing here raises on bad input: what cannot be read is counted as skipped.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from ..policy.names import validate_domain

_PREFIX = re.compile(r"^([A-Za-z0-9]+):(.*)$")
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$")


@dataclass
class ParsedList:
    addresses: set[str] = field(default_factory=set)
    skipped: list[str] = field(default_factory=list)


def parse_recipient_file(text: str, default_domain: str | None = None) -> ParsedList:
    parsed = ParsedList()
    lines = text.lstrip("\ufeff").splitlines()
    sample = "\n".join(lines[:5])
    is_csv = "," in sample or '"' in sample
    if not is_csv:  # one entry a line; "#" starts a comment line
        for line in lines:
            token = line.strip()
            if not token or token.startswith("#"):
                continue
            address = _address(token, default_domain) if not re.search(r"\s", token) else None
            if address is None:
                parsed.skipped.append(token[:200])
            else:
                parsed.addresses.add(address)
        return parsed
    for row in csv.reader(io.StringIO("\n".join(lines))):
        for cell in row:
            for token in re.split(r"[;\s]+", cell.strip()):
                prefix = _PREFIX.match(token)
                if "@" not in token or (prefix and "@" not in prefix[1] and prefix[1].lower() != "smtp"):
                    continue  # names, other columns, X500:, SIP:, EUM: proxy addresses
                address = _address(token, None)
                if address is None:
                    parsed.skipped.append(token[:200])
                else:
                    parsed.addresses.add(address)
    return parsed


def _address(token: str, default_domain: str | None) -> str | None:
    token = token.strip().strip('"').strip("<>")
    match = _PREFIX.match(token)
    if match and "@" not in match[1]:
        if match[1].lower() != "smtp":
            return None
        token = match[2]
    if token.startswith("@"):
        domain = _domain(token[1:])
        return f"@{domain}" if domain else None
    local, at, domain = token.rpartition("@")
    if not at:
        local, domain = token, default_domain or ""
    if not _LOCAL.match(local) or local.startswith(".") or local.endswith(".") or ".." in local:
        return None
    domain = _domain(domain)
    return f"{local.lower()}@{domain}" if domain else None


def _domain(text: str) -> str | None:
    try:
        return validate_domain(text)
    except ValueError:
        return None
