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
from ..mailauth.dns_check import CHECK_BUDGET, DmarcPolicy, dmarc_policy, txt_checker
from ..policy.settings import Settings
from ..store import accounts as accounts_store
from ..store import dkim_keys as dkim_store
from ..store import relay as relay_store
from ..store import settings as settings_store
from ..store.database import Store, log_failure

log = logging.getLogger(__name__)
NEVER_LOGGED_IN_AFTER = 14 * 86400.0
RESULT_KEY = "internal.hygiene"  # "<critical> <warning> <unix time>", read by the dashboard header
DMARC_REMEMBERED = 300.0  # s an answer is reused (the Accounts screen audits every few seconds)
DMARC_FAILURE_REMEMBERED = 60.0  # s "no answer" is reused: a dead nameserver costs the budget once a minute
_dmarc_memory: dict[tuple[str, str], tuple[float, DmarcPolicy]] = {}


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
        found.append(
            HygieneFinding(
                "critical",
                "sender-relay-exception",
                domain,
                f"Anyone on the internet may relay through the gateway by writing a sender address at {domain}: "
                "sender addresses are trivially forged, so this is an open relay for spammers who guess it.",
                f"Remove it (mailmoat relay remove-domain {domain}) and give the senders an account or a trusted "
                "network instead.",
            )
        )
    for cidr, _comment in relay.trusted_networks:
        found += network_findings(cidr)
    sends_out = bool(relay.trusted_networks) or bool(await accounts_store.load_accounts(store))
    if sends_out:
        found += await dkim_findings(store, relay, typed)
        found += await dmarc_findings(relay.local_domains, typed)
    if not typed.clamd:
        found.append(
            HygieneFinding(
                "warning",
                "no-virus-scanner",
                "virus.clamd",
                "No virus scanner is configured: only the attachment rules stand between a virus and the office.",
                "Install clamav-daemon and run: mailmoat set virus.clamd unix:/var/run/clamav/clamd.ctl",
            )
        )
    order = {"critical": 0, "warning": 1}
    return sorted(found, key=lambda f: (order.get(f.severity, 2), f.code, f.subject))


def _account(account, max_age: float, now: float) -> list[HygieneFinding]:
    found = []
    if account.enabled:
        for finding in filter(
            None, (role_account_finding(account.address), demo_domain_finding(account.address.rpartition("@")[2]))
        ):
            found.append(
                HygieneFinding(finding.severity, finding.code, account.address, finding.explanation, finding.fix)
            )
        for finding in load_findings(account.findings):
            found.append(
                HygieneFinding(
                    finding.severity,
                    f"password-{finding.code}",
                    account.address,
                    finding.explanation + (" It was set with --allow-weak." if account.allow_weak else ""),
                    finding.fix,
                )
            )
        if account.last_login is None and now - account.created > NEVER_LOGGED_IN_AFTER:
            found.append(
                HygieneFinding(
                    "warning",
                    "never-logged-in",
                    account.address,
                    f"This account has never logged in since it was created {(now - account.created) / 86400:.0f} "
                    "days ago. Unused accounts are forgotten, and forgotten accounts keep their first password.",
                    f"Disable it if nobody needs it: mailmoat account disable {account.address}",
                )
            )
        if now - account.password_changed > max_age:
            found.append(
                HygieneFinding(
                    "warning",
                    "old-password",
                    account.address,
                    f"The password has not changed for {(now - account.password_changed) / 86400:.0f} days.",
                    f"Set a new one: mailmoat account passwd {account.address}",
                )
            )
    return found


async def dkim_findings(store: Store, relay, settings: Settings) -> list[HygieneFinding]:
    """A local domain whose mail goes out (the office has a trusted network or accounts) unsigned."""
    keys = await dkim_store.load_signing_keys(store)
    unsigned = [domain for domain in relay.local_domains if domain not in keys]
    if not settings.dkim_sign:
        unsigned = list(relay.local_domains)
    return [
        HygieneFinding(
            "warning",
            "no-dkim-key",
            domain,
            f"Mail from {domain} leaves without a DKIM signature: Gmail, Yahoo and Naver may reject it or put it "
            "in the spam folder, and nobody here sees why.",
            f"Run: mailmoat dkim keygen {domain}, publish the TXT record it prints, then mailmoat dkim check {domain}"
            + ("" if settings.dkim_sign else " (and mailmoat set dkim.sign yes)"),
        )
        for domain in unsigned
    ]


async def dmarc_findings(domains: list[str], settings: Settings) -> list[HygieneFinding]:
    """A local domain that publishes no DMARC record, or one with p=none. Asked through dns.nameservers, all
    domains at once within the check budget; domains the nameservers do not answer for make one "could not
    check" finding, not a warning each. Placeholder domains (.example, .test...) have their own finding."""
    domains = [d for d in domains if demo_domain_finding(d) is None]
    if not domains:
        return []
    try:
        checker = txt_checker(settings.dns_nameservers)
    except ValueError as exc:
        return [_dmarc_unchecked(domains, f"dns.nameservers is not usable: {exc}")]
    now = time.monotonic()
    servers = ",".join(f"{ip}:{port}" for ip, port in settings.dns_nameservers)
    known = {d: hit[1] for d in domains if (hit := _dmarc_memory.get((servers, d))) is not None and hit[0] > now}
    asked = [d for d in domains if d not in known]
    for domain, policy in zip(asked, await asyncio.gather(*(dmarc_policy(checker, d) for d in asked))):
        remembered = DMARC_FAILURE_REMEMBERED if policy.state == "no answer" else DMARC_REMEMBERED
        _dmarc_memory[(servers, domain)] = (now + remembered, policy)
        known[domain] = policy
    found = []
    for domain in domains:
        state = known[domain].state
        if state == "missing":
            found.append(
                HygieneFinding(
                    "warning",
                    "no-dmarc-record",
                    domain,
                    f"{domain} publishes no DMARC record (_dmarc.{domain}): Gmail and Naver may reject your mail, "
                    f"and nothing asks other receivers to refuse mail forged in the name of {domain}.",
                    f'Publish a TXT record at _dmarc.{domain}: "v=DMARC1; p=quarantine; rua=mailto:postmaster@{domain}"'
                    f" once mailmoat dkim check {domain} says ok.",
                )
            )
        elif state == "none":
            found.append(
                HygieneFinding(
                    "warning",
                    "dmarc-policy-none",
                    domain,
                    f"The DMARC record of {domain} says p=none: receivers deliver mail that fails authentication, so "
                    f"mail forged in the name of {domain} reaches its targets, and Gmail and Naver may reject your mail.",
                    f"Once mailmoat dkim check {domain} says ok, change the record at _dmarc.{domain} to p=quarantine "
                    "(later p=reject).",
                )
            )
    unanswered = [d for d in domains if known[d].state == "no answer"]
    if unanswered:
        found.append(_dmarc_unchecked(unanswered, f"the nameservers gave no answer within {CHECK_BUDGET:g} s"))
    return found


def _dmarc_unchecked(domains: list[str], why: str) -> HygieneFinding:
    shown = ", ".join(domains[:5]) + (f" and {len(domains) - 5} more" if len(domains) > 5 else "")
    return HygieneFinding(
        "info",
        "dmarc-unchecked",
        "dns.nameservers",
        f"Could not check the DMARC record of {shown}: {why}.",
        "Check the nameservers (mailmoat set dns.nameservers IP) and the network; the audit asks again next hour.",
    )


def network_findings(cidr: str) -> list[HygieneFinding]:
    try:
        network = ipaddress.ip_network(cidr, strict=False)
    except ValueError:
        return []
    found = []
    public = not (network.is_private or network.is_loopback or network.is_link_local)
    if public:
        found.append(
            HygieneFinding(
                "critical",
                "public-trusted-network",
                cidr,
                f"{cidr} contains public internet addresses, and every address in it may relay mail through the "
                "gateway without logging in. If any of them is not yours, the gateway is an open relay to them.",
                f"Narrow it to your own servers' addresses (mailmoat relay remove-net {cidr}, then allow-net each).",
            )
        )
    if network.prefixlen < (24 if network.version == 4 else 64):
        found.append(
            HygieneFinding(
                "warning",
                "wide-trusted-network",
                cidr,
                f"{cidr} trusts {network.num_addresses:,} addresses to relay without logging in. The customer's "
                "incident came through a trusted server: trust only the mail servers and the few machines that "
                "send directly.",
                f"Narrow it to the mail server's address (mailmoat relay remove-net {cidr}, then allow-net X/32).",
            )
        )
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
            log_failure(log, "hygiene audit failed")
        await asyncio.sleep(interval)
