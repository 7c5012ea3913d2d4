"""The hygiene audit: accounts, passwords, domains and relay settings that invite the customer's incident.

Every finding says how bad it is, what it means in plain words, and what to do. `mailmoat audit` prints
them; the gateway runs the audit hourly and the dashboard header counts the critical ones.
"""
from __future__ import annotations

import asyncio
import ipaddress
import logging
import time
from dataclasses import asdict, dataclass

from ..accounts.roles import demo_domain_finding, role_account_finding
from ..accounts.stored_findings import load_findings
from ..policy.settings import Settings
from ..store import accounts as accounts_store
from ..store import dkim_keys as dkim_store
from ..store import relay as relay_store
from ..store import settings as settings_store
from ..store.database import Store

log = logging.getLogger(__name__)
NEVER_LOGGED_IN_AFTER = 14 * 86400.0
RESULT_KEY = "internal.hygiene"  # "<critical> <warning> <unix time>", read by the dashboard header


@dataclass(frozen=True)
class HygieneFinding:
    severity: str  # critical | warning
    code: str
    subject: str  # the account, domain, network or setting concerned
    explanation: str
    fix: str

    def as_dict(self) -> dict:
        return asdict(self)


async def audit(store: Store, now: float | None = None) -> list[HygieneFinding]:
    now = time.time() if now is None else now
    settings = await settings_store.all_settings(store)
    typed = Settings.from_rows(settings)
    found: list[HygieneFinding] = []
    for account in await accounts_store.load_accounts(store):
        found += _account(account, typed.password_max_age, now)
    relay = await relay_store.load_relay_rows(store)
    for domain in relay.local_domains:
        finding = demo_domain_finding(domain)
        if finding is not None:
            found.append(HygieneFinding(finding.severity, finding.code, domain, finding.explanation, finding.fix))
    for domain in relay.sender_exceptions:
        found.append(HygieneFinding(
            "critical", "sender-relay-exception", domain,
            f"Anyone on the internet may relay through the gateway by writing a sender address at {domain}: "
            "sender addresses are trivially forged, so this is an open relay for spammers who guess it.",
            f"Remove it (mailmoat relay remove-domain {domain}) and give the senders an account or a trusted "
            "network instead."))
    for cidr, _comment in relay.trusted_networks:
        found += network_findings(cidr)
    found += await dkim_findings(store, relay, typed)
    if not typed.clamd:
        found.append(HygieneFinding(
            "warning", "no-virus-scanner", "virus.clamd",
            "No virus scanner is configured: only the attachment rules stand between a virus and the office.",
            "Install clamav-daemon and run: mailmoat set virus.clamd unix:/var/run/clamav/clamd.ctl"))
    order = {"critical": 0, "warning": 1}
    return sorted(found, key=lambda f: (order.get(f.severity, 2), f.code, f.subject))


def _account(account, max_age: float, now: float) -> list[HygieneFinding]:
    found = []
    if account.enabled:
        for finding in filter(None, (role_account_finding(account.address),
                                     demo_domain_finding(account.address.rpartition("@")[2]))):
            found.append(HygieneFinding(finding.severity, finding.code, account.address, finding.explanation,
                                        finding.fix))
        for finding in load_findings(account.findings):
            found.append(HygieneFinding(finding.severity, f"password-{finding.code}", account.address,
                                        finding.explanation + (" It was set with --allow-weak." if account.allow_weak
                                                               else ""), finding.fix))
        if account.last_login is None and now - account.created > NEVER_LOGGED_IN_AFTER:
            found.append(HygieneFinding(
                "warning", "never-logged-in", account.address,
                f"This account has never logged in since it was created {(now - account.created) / 86400:.0f} "
                "days ago. Unused accounts are forgotten, and forgotten accounts keep their first password.",
                f"Disable it if nobody needs it: mailmoat account disable {account.address}"))
        if now - account.password_changed > max_age:
            found.append(HygieneFinding(
                "warning", "old-password", account.address,
                f"The password has not changed for {(now - account.password_changed) / 86400:.0f} days.",
                f"Set a new one: mailmoat account passwd {account.address}"))
    return found


async def dkim_findings(store: Store, relay, settings: Settings) -> list[HygieneFinding]:
    """A local domain whose mail goes out (the office has a trusted network or accounts) unsigned."""
    if not relay.trusted_networks and not await accounts_store.load_accounts(store):
        return []
    keys = await dkim_store.load_signing_keys(store)
    unsigned = [domain for domain in relay.local_domains if domain not in keys]
    if not settings.dkim_sign:
        unsigned = list(relay.local_domains)
    return [HygieneFinding(
        "warning", "no-dkim-key", domain,
        f"Mail from {domain} leaves without a DKIM signature: Gmail, Yahoo and Naver may reject it or put it "
        "in the spam folder, and nobody here sees why.",
        f"Run: mailmoat dkim keygen {domain}, publish the TXT record it prints, then mailmoat dkim check {domain}"
        + ("" if settings.dkim_sign else " (and mailmoat set dkim.sign yes)"))
        for domain in unsigned]


def network_findings(cidr: str) -> list[HygieneFinding]:
    try:
        network = ipaddress.ip_network(cidr, strict=False)
    except ValueError:
        return []
    found = []
    public = not (network.is_private or network.is_loopback or network.is_link_local)
    if public:
        found.append(HygieneFinding(
            "critical", "public-trusted-network", cidr,
            f"{cidr} contains public internet addresses, and every address in it may relay mail through the "
            "gateway without logging in. If any of them is not yours, the gateway is an open relay to them.",
            f"Narrow it to your own servers' addresses (mailmoat relay remove-net {cidr}, then allow-net each)."))
    if network.prefixlen < (24 if network.version == 4 else 64):
        found.append(HygieneFinding(
            "warning", "wide-trusted-network", cidr,
            f"{cidr} trusts {network.num_addresses:,} addresses to relay without logging in. The customer's "
            "incident came through a trusted server: trust only the mail servers and the few machines that "
            "send directly.",
            f"Narrow it to the mail server's address (mailmoat relay remove-net {cidr}, then allow-net X/32)."))
    return found


async def record(store: Store, findings: list[HygieneFinding], now: float) -> None:
    critical = sum(1 for f in findings if f.severity == "critical")
    warning = sum(1 for f in findings if f.severity == "warning")
    await settings_store.set_setting(store, RESULT_KEY, f"{critical} {warning} {now:.0f}")


async def run_periodically(store: Store, interval: float = 3600.0) -> None:
    """The gateway's hourly audit, so that the dashboard header shows what `mailmoat audit` would say."""
    while True:
        try:
            now = time.time()
            await record(store, await audit(store, now), now)
        except Exception:
            log.exception("hygiene audit failed")
        await asyncio.sleep(interval)
