"""Default, role and left-over accounts and domains that should not be able to send.

Spammers do not guess people's names first: they try ``admin``, ``test``, ``info``,
``webmaster`` ... on every server, with passwords like the account name. These
functions are pure and cheap; call them when listing accounts, at install/config check
time, and when an AUTH succeeds.

Decisions:

* **critical** (``default-account``): names that exist because of an installation,
  a test or a standard (RFC 2142 receive-only mailboxes), not because a person works
  there: nobody needs to log in to *send* as them. Disable SMTP AUTH for them (they can
  still receive, usually as an alias of a real person's mailbox).
* **warning** (``role-account``): shared mailboxes that do send (info@, sales@,
  support@, scanners and printers that send scan-to-mail). They are guessed just as
  often; they need a long random password, ideally a sending restriction.
* Names that are also people's names or initials (``su``, ``bin``, ``pi``, ``adm``) are
  left out on purpose: a Korean colleague called Su must not be flagged.
* Matching ignores case, a ``+tag``, the separators ``.``, ``-``, ``_`` and trailing
  digits (``Admin1``, ``test-01``, ``no.reply`` all match).
* Demo domains: the reserved names of RFC 2606/6761 (example.com/.net/.org, ``.example``,
  ``.test``, ``.invalid``, ``.localhost``), ``localhost``/``localdomain`` and the usual
  placeholders of install guides (domain.com, yourdomain.com, ...) are **critical**: no
  real mailbox lives there, so any account on them is an installation leftover.
  ``*.local`` / ``*.lan`` / ``*.internal`` / ``home.arpa`` are a **warning**: common as an
  internal Active Directory name, wrong as a mail domain.
"""

from __future__ import annotations

import re

from .weakness import CRITICAL, WARNING, Finding

__all__ = [
    "DEFAULT_ACCOUNTS",
    "DEMO_DOMAINS",
    "ROLE_ACCOUNTS",
    "account_findings",
    "demo_domain_finding",
    "role_account_finding",
]

DEFAULT_ACCOUNTS = frozenset(
    """
    admin administrator admins root superuser sysadmin sysop system operator
    webmaster postmaster hostmaster abuse noc security usenet news uucp ftp www wwwdata
    mailerdaemon daemon nobody
    test tests tester testing testuser testmail testaccount temp tmp temporary demo
    demouser guest default user users username mailuser example sample
    backup oracle mysql postgres ubnt vagrant ubuntu centos
    """.split()
)

ROLE_ACCOUNTS = frozenset(
    """
    info information contact contacts contactus hello office mail email mailbox
    sales marketing support help helpdesk service services customerservice cs
    billing accounts accounting finance invoice invoices payments hr jobs careers
    recruit recruitment admissions orders order shop store newsletter
    noreply donotreply notifications notification alerts alert
    reception frontdesk team staff all everyone enquiries enquiry inquiry inquiries
    media press pr legal privacy compliance it itsupport tech
    scanner scan printer print fax copier
    """.split()
)

_RESERVED_SUFFIXES = ("example", "test", "invalid", "localhost", "localdomain")
_PLACEHOLDER_DOMAINS = frozenset(
    """
    example.com example.org example.net localhost localdomain localhost.localdomain
    domain.com yourdomain.com mydomain.com company.com yourcompany.com mycompany.com
    domain.tld example.tld domain.local yourdomain.local test.com
    """.split()
)
_INTERNAL_SUFFIXES = ("local", "lan", "internal", "intranet", "corp", "home.arpa", "home")
DEMO_DOMAINS = _PLACEHOLDER_DOMAINS

_SEPARATORS = re.compile(r"[.\-_]+")


def _local_name(address: str) -> str:
    text = str(address or "").strip().casefold()
    local = text.rpartition("@")[0] if "@" in text else text
    local = local.split("+", 1)[0]
    local = _SEPARATORS.sub("", local)
    return local.rstrip("0123456789") or local


def role_account_finding(address: str) -> Finding | None:
    """A finding when ``address`` (or a bare id) is a default or shared role account."""
    name = _local_name(address)
    if not name:
        return None
    if name in DEFAULT_ACCOUNTS:
        return Finding(
            "default-account",
            CRITICAL,
            f"'{name}' is a standard name that exists on many servers, so it is the first "
            "account attackers try to log in to. No person needs to log in to send mail "
            "as it.",
            "Disable sending (SMTP AUTH) for this account. If mail to it must still be "
            "read, deliver it to a real person's mailbox as an alias.",
        )
    if name in ROLE_ACCOUNTS:
        return Finding(
            "role-account",
            WARNING,
            f"'{name}' is a shared role address that attackers routinely try to log in "
            "to, and a shared password tends to be simple and never changed.",
            "Give it a long random password kept in a password manager, or let people "
            "send as it from their own accounts (send-as permission) instead of logging "
            "in to it.",
        )
    return None


def demo_domain_finding(domain: str) -> Finding | None:
    """A finding when ``domain`` is a placeholder left from installation or internal-only."""
    d = str(domain or "").strip().casefold().rstrip(".")
    if "@" in d:
        d = d.rpartition("@")[2]
    if not d:
        return None
    labels = d.split(".")
    if (
        d in _PLACEHOLDER_DOMAINS
        or labels[-1] in _RESERVED_SUFFIXES
        or any(d.endswith("." + p) for p in ("example.com", "example.org", "example.net"))
    ):
        return Finding(
            "demo-domain",
            CRITICAL,
            f"'{d}' is a placeholder domain from documentation or an installation "
            "example; no real mailbox lives there. Accounts on it were left over from "
            "setting up the server and often still have their example passwords.",
            "Delete the accounts and the domain, or replace it with the company's real domain.",
        )
    if d in _INTERNAL_SUFFIXES or any(d.endswith("." + s) for s in _INTERNAL_SUFFIXES):
        return Finding(
            "internal-domain",
            WARNING,
            f"'{d}' is an internal-only name (common for a Windows domain) that does not "
            "exist on the internet; mail from it cannot be answered and is often "
            "rejected.",
            "Use the company's registered internet domain for e-mail addresses.",
        )
    return None


def account_findings(address: str) -> list[Finding]:
    """Role/default-account and demo-domain findings for one address, critical first."""
    out = [f for f in (role_account_finding(address),) if f]
    if "@" in str(address or ""):
        f = demo_domain_finding(str(address).rpartition("@")[2])
        if f:
            out.append(f)
    out.sort(key=lambda f: f.severity != CRITICAL)
    return out
