"""The settings an operator can change: names, types, defaults and validation."""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Callable

from ..store.database import SECRET_SETTINGS
from .hostport import parse_hostport
from .names import parse_ip


class SettingError(ValueError):
    pass


_MAX_DIGITS = 15  # more digits than any setting can mean; int() of thousands of digits is slow or refused


def _shown(text: str) -> str:
    """The operator's text in a one-line message: quoted, and cut short when it is long."""
    return repr(text if len(text) <= 40 else text[:40] + "...")


def parse_duration(text: str) -> float:
    match = re.fullmatch(rf"\s*(\d{{1,{_MAX_DIGITS}}}(?:\.\d{{1,9}})?)\s*([smhd]?)\s*", text)
    if not match:
        raise SettingError(f"not a duration: {_shown(text)} (e.g. 30s, 10m, 2h, 5d)")
    value, unit = float(match[1]), match[2] or "s"
    return value * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]


def _size(text: str) -> int:
    match = re.fullmatch(rf"\s*(\d{{1,{_MAX_DIGITS}}})\s*([kKmMgG]?)[bB]?\s*", text)
    if not match:
        raise SettingError(f"not a size: {_shown(text)} (e.g. 512K, 25M)")
    return int(match[1]) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match[2].lower()]


def _count(text: str) -> int:
    if not re.fullmatch(rf"[0-9]{{1,{_MAX_DIGITS}}}", text.strip()):
        raise SettingError(f"not a whole number: {_shown(text)}")
    return int(text)


def parse_number(text: str) -> float:
    if len(text.strip()) > 2 * _MAX_DIGITS:
        raise SettingError(f"not a number: {_shown(text)}")
    try:
        value = float(text)
    except ValueError:
        raise SettingError(f"not a number: {_shown(text)}") from None
    if not math.isfinite(value):
        raise SettingError(f"not a finite number: {_shown(text)}")
    return value


def _hostport_or_empty(default_port: int, *, required: bool = False) -> Callable[[str], str]:
    def parse(text: str) -> str:
        if not text.strip():
            if required:
                raise SettingError("an address is required (HOST:PORT)")
            return ""
        try:
            host, port = parse_hostport(text, default_port)
        except ValueError as exc:
            raise SettingError(str(exc)) from None
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"

    return parse


def _ip_or_empty(text: str) -> str:
    text = text.strip()
    if text and parse_ip(text) is None:
        raise SettingError(f"not an IP address: {text!r}")
    return text


def _domain_list(text: str) -> str:
    names = [name.strip().lower().rstrip(".") for name in text.split(",") if name.strip()]
    for name in names:
        _hostname(name)
    return ",".join(names)


def _hostname(text: str) -> str:
    text = text.strip().rstrip(".").lower()
    if not re.fullmatch(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*", text):
        raise SettingError(f"not a host name: {text!r}")
    return text


def parse_nameservers(text: str) -> tuple[tuple[str, int], ...]:
    """ "IP[:PORT],..." (IPv6 as [addr]:port or bare) as (ip, port) pairs; empty: the system's resolvers."""
    servers = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        try:
            host, port = parse_hostport(item, 53)
        except ValueError as exc:
            raise SettingError(f"not a nameserver IP[:PORT]: {exc}") from None
        if parse_ip(host) is None or port == 0:
            raise SettingError(f"not a nameserver IP[:PORT]: {item!r}")
        servers.append((host, port))
    return tuple(servers)


def _nameserver_list(text: str) -> str:
    return ",".join(f"[{ip}]:{port}" if ":" in ip else f"{ip}:{port}" for ip, port in parse_nameservers(text))


def _choice(*choices: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = text.strip().lower()
        if value not in choices:
            raise SettingError(f"not one of {', '.join(choices)}: {text!r}")
        return value

    return parse


def _extension_list(text: str) -> str:
    names = [name.strip().lower().lstrip(".") for name in text.split(",") if name.strip()]
    for name in names:
        if not re.fullmatch(r"[a-z0-9_~-]{1,16}", name):
            raise SettingError(f"not a file name extension: {name!r}")
    return ",".join(names)


def _clamd_address(text: str) -> str:
    from ..scan.clamd import parse_address

    if not text.strip():
        return ""
    try:
        parse_address(text)
    except ValueError as exc:
        raise SettingError(str(exc)) from None
    return text.strip()


def _ldap_url(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    match = re.fullmatch(r"(ldaps?)://([^/:\s]+|\[[0-9a-fA-F:.]+\])(?::(\d{1,5}))?/?", text)
    if not match or (match[3] and not 0 < int(match[3]) < 65536):
        raise SettingError(f"not an LDAP URL: {text!r} (ldap://HOST[:PORT] or ldaps://HOST[:PORT])")
    return text.rstrip("/")


def _address_or_empty(text: str) -> str:
    text = text.strip()
    if text and not re.fullmatch(r"[^@\s<>]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", text):
        raise SettingError(f"not an email address: {text!r}")
    return text.lower()


def _signal_scores(text: str) -> str:
    from .signal_scores import parse_signal_scores

    try:
        scores = parse_signal_scores(text)
    except ValueError as exc:
        raise SettingError(str(exc)) from None
    return ",".join(f"{name}={score:g}" for name, score in scores.items())


def _signal_score_map(text: str) -> dict[str, float]:
    from .signal_scores import parse_signal_scores

    return parse_signal_scores(text)


def _address_list(text: str) -> str:
    return ",".join(_address_or_empty(item) for item in text.split(",") if item.strip())


def _text(text: str) -> str:
    return text.strip()


def _boolean(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("1", "yes", "true", "on"):
        return True
    if lowered in ("0", "no", "false", "off"):
        return False
    raise SettingError(f"not yes/no: {text!r}")


def _comma_set(text: str) -> frozenset[str]:
    return frozenset(filter(None, text.split(",")))


def _equals(word: str) -> Callable[[str], bool]:
    return lambda text: text == word


def setting(key: str, default: str, parse: Callable[[str], Any], help: str, **options: Any) -> Any:
    """A field of Settings that declares the setting `key` (the options are SettingSpec's)."""
    return field(
        repr=not options.get("secret", False), metadata={"spec": SettingSpec(key, default, parse, help, **options)}
    )


# No setting holds a control character: CR/LF would end a header or an SMTP reply line, NUL cuts C strings.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_MAX_LENGTH = 1000


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: str
    parse: Callable[[str], Any]
    help: str
    # A secret is never shown (get, settings, the journal, the dashboard, logs) and the journal keeps no value.
    secret: bool = False
    # The allowed range, inclusive, written as the operator writes the setting ("1K", "10s", "0").
    minimum: str | None = None
    maximum: str | None = None
    # A local domain may override it: KEY.DOMAIN, e.g. content.reject_score.corp.example
    per_domain: bool = False
    # The value Settings holds, made from the parsed (and stored) one, e.g. a set from a comma separated list.
    typed: Callable[[Any], Any] | None = None

    def value(self, text: str, key: str | None = None) -> Any:
        """The typed value of `text` or SettingError: the one path for typed-in and stored values alike."""
        name = key or self.key
        if _CONTROL.search(text):
            raise SettingError(f"{name}: control characters (such as CR or LF) are not allowed")
        ranged = self.minimum is not None or self.maximum is not None
        if ranged and re.search(rf"\d{{{_MAX_DIGITS + 1}}}", text):  # before int(): thousands of digits
            raise self._out_of_range(name, text)
        if len(text) > _MAX_LENGTH:
            raise SettingError(f"{name}: longer than {_MAX_LENGTH} characters")
        try:
            parsed = self.parse(text)
        except SettingError:
            if self.secret:  # the message would show what was typed
                raise SettingError(f"{name}: not a valid value (a secret: not shown)") from None
            raise
        if (self.minimum is not None and parsed < self.parse(self.minimum)) or (
            self.maximum is not None and parsed > self.parse(self.maximum)
        ):
            raise self._out_of_range(name, text)
        return parsed

    def range_text(self) -> str:
        if self.maximum is None:
            return f"at least {self.minimum}"
        if self.minimum is None:
            return f"at most {self.maximum}"
        return f"from {self.minimum} to {self.maximum}"

    def _out_of_range(self, name: str, text: str) -> SettingError:
        return SettingError(f"{name} must be {self.range_text()}, not {_shown(text.strip())}")


def spec_for(key: str) -> SettingSpec | None:
    """The spec of `key`, also for a per-domain override (which must name a valid domain)."""
    spec = SPECS.get(key)
    if spec is not None:
        return spec
    for base in PER_DOMAIN:
        if key.startswith(base + "."):
            try:
                _hostname(key[len(base) + 1 :])
            except SettingError:
                return None
            return SPECS[base]
    return None


def validate(key: str, value: str) -> str:
    """Returns the normalised text to store, or raises SettingError."""
    spec = spec_for(key)
    if spec is None:
        raise SettingError(f"unknown setting {_shown(key)} (see 'mailmoat settings')")
    parsed = spec.value(value, key)
    if isinstance(parsed, str):
        return parsed
    return value.strip()


# Settings that only make sense one way round: (smaller, larger, what would go wrong otherwise).
ORDERED = [
    (
        "greylist.delay",
        "greylist.lifetime",
        "a first attempt would be forgotten before its retry is let in, so greylisted mail would never arrive",
    ),
]


def check_order(rows: Mapping[str, str], key: str, value: str) -> None:
    """Raises SettingError when setting `key` to `value` (already validated) breaks an ORDERED pair."""
    for smaller, larger, harm in ORDERED:
        if key not in (smaller, larger):
            continue
        values = {k: SPECS[k].parse(value if k == key else rows.get(k, SPECS[k].default)) for k in (smaller, larger)}
        if values[smaller] >= values[larger]:
            other = larger if key == smaller else smaller
            shown = rows.get(other, SPECS[other].default)
            raise SettingError(
                f"{key} {value}: {smaller} must be shorter than {larger}, and {other} is {shown}; otherwise {harm}"
            )


def _per_domain(rows: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for key, value in rows.items():
        for base in PER_DOMAIN:
            if key.startswith(base + "."):
                with contextlib.suppress(SettingError):
                    spec = SPECS[base]
                    parsed = spec.value(value, key)
                    found.setdefault(base, {})[key[len(base) + 1 :]] = spec.typed(parsed) if spec.typed else parsed
    return found


@dataclass(frozen=True)
class Settings:
    """Every setting, each declared once: its field here is its key, default, parser, help, range, and whether it
    is secret or per domain. SPECS, validation, `mailmoat settings` and the per-domain lookup all derive from it."""

    hostname: str = setting(
        "hostname", "localhost", _hostname, "name the gateway gives in its greeting and Received: headers"
    )
    listen: str = setting(
        "listen", "0.0.0.0:25", _hostport_or_empty(25, required=True), "address the SMTP server listens on"
    )
    public_ip: str = setting(
        "public_ip", "", _ip_or_empty, "the gateway's own public address, checked against the DNS blocklists"
    )
    upstream: str = setting(
        "upstream", "", _hostport_or_empty(25), "internal mail server (Exchange) that receives mail for local domains"
    )
    smarthost: str = setting(
        "smarthost", "", _hostport_or_empty(25), "relay for outbound mail; empty: deliver by MX lookup"
    )
    max_size: int = setting("smtp.max_size", "25M", _size, "largest message accepted", minimum="1K", maximum="200M")
    max_recipients: int = setting(
        "smtp.max_recipients", "100", _count, "recipients accepted per message", minimum="1", maximum="10000"
    )
    timeout: float = setting(
        "smtp.timeout",
        "5m",
        parse_duration,
        "time allowed for each client command (from the gateway's reply to the whole line) and between chunks of message data",
        minimum="10s",
        maximum="1h",
    )
    error_limit: int = setting(
        "smtp.error_limit", "10", _count, "error replies before the session is dropped", minimum="1", maximum="1000"
    )
    max_connections: int = setting(
        "smtp.max_connections", "500", _count, "connections at once, the whole gateway", minimum="1", maximum="100000"
    )
    max_connections_per_ip: int = setting(
        "smtp.max_connections_per_ip",
        "50",
        _count,
        "connections at once from one network (smtp.network_prefix_v4/v6; trusted networks exempt; 0: no limit)",
        minimum="0",
        maximum="10000",
    )
    connection_rate_per_ip: int = setting(
        "smtp.connection_rate_per_ip",
        "600",
        _count,
        "new connections per minute from one network (0: no limit)",
        minimum="0",
        maximum="100000",
    )
    network_prefix_v4: int = setting(
        "smtp.network_prefix_v4",
        "24",
        _count,
        "IPv4 addresses sharing this prefix length count as one network for the per-network limits",
        minimum="8",
        maximum="32",
    )
    network_prefix_v6: int = setting(
        "smtp.network_prefix_v6",
        "64",
        _count,
        "IPv6 addresses sharing this prefix length count as one network for the per-network limits",
        minimum="16",
        maximum="128",
    )
    data_timeout: float = setting(
        "smtp.data_timeout",
        "20m",
        parse_duration,
        "time allowed for a message's data, from the 354 reply to its last line",
        minimum="10s",
        maximum="2h",
    )
    session_timeout: float = setting(
        "smtp.session_timeout",
        "1h",
        parse_duration,
        "time allowed for a whole session, however busy",
        minimum="10s",
        maximum="1d",
    )
    stress_at: int = setting(
        "smtp.stress_at",
        "80",
        _count,
        "percent of smtp.max_connections in use from which the gateway is under stress: "
        "each wait for the client shrinks to smtp.stress_timeout",
        minimum="1",
        maximum="100",
    )
    stress_timeout: float = setting(
        "smtp.stress_timeout",
        "10s",
        parse_duration,
        "under stress, the longest wait for a client's next command or next data",
        minimum="1s",
        maximum="5m",
    )
    pregreet_wait: float = setting(
        "smtp.pregreet_wait",
        "0s",
        parse_duration,
        "wait before the banner; a client that talks first is dropped (0s: off)",
        minimum="0s",
        maximum="60s",
    )
    tarpit_after: int = setting(
        "smtp.tarpit_after",
        "5",
        _count,
        "error replies after which each further reply is delayed",
        minimum="0",
        maximum="10000",
    )
    tarpit_delay: float = setting(
        "smtp.tarpit_delay",
        "1s",
        parse_duration,
        "delay added per error beyond smtp.tarpit_after (at most 10s)",
        minimum="0s",
        maximum="10s",
    )
    max_hops: int = setting(
        "smtp.max_hops",
        "30",
        _count,
        "Received: headers above which a message is a mail loop",
        minimum="5",
        maximum="500",
    )
    tls_cert: str = setting("tls.cert", "", _text, "PEM certificate for STARTTLS (init makes a self-signed one)")
    tls_key: str = setting("tls.key", "", _text, "PEM private key for STARTTLS")
    queue_lifetime: float = setting(
        "queue.lifetime",
        "5d",
        parse_duration,
        "how long an undeliverable message is retried before it bounces",
        minimum="10m",
        maximum="60d",
    )
    retry_min: float = setting(
        "queue.retry_min", "1m", parse_duration, "first retry delay; doubles each attempt", minimum="1s", maximum="1d"
    )
    retry_max: float = setting(
        "queue.retry_max", "1h", parse_duration, "longest retry delay", minimum="1s", maximum="7d"
    )
    delivery_concurrency: int = setting(
        "delivery.concurrency", "10", _count, "connections at once to one destination", minimum="1", maximum="1000"
    )
    delivery_timeout: float = setting(
        "delivery.timeout", "2m", parse_duration, "timeout for one outbound SMTP command", minimum="5s", maximum="1h"
    )
    delivery_tls: bool = setting("delivery.tls", "yes", _boolean, "use STARTTLS when the next hop offers it")
    delivery_claim_lease: float = setting(
        "delivery.claim_lease",
        "1m",
        parse_duration,
        "how long a worker's or node's claim on mail it delivers holds unless renewed: another takes over a dead"
        " one's mail after this long",
        minimum="10s",
        maximum="1h",
    )
    dns_nameservers: tuple[tuple[str, int], ...] = setting(
        "dns.nameservers",
        "",
        _nameserver_list,
        "DNS servers IP[:PORT],... for MX, blocklist and SPF lookups; empty: /etc/resolv.conf",
        typed=parse_nameservers,
    )
    greylist_domains: frozenset[str] = setting(
        "greylist.domains",
        "",
        _domain_list,
        "local domains whose mail is greylisted (comma separated; empty: off)",
        typed=_comma_set,
    )
    greylist_delay: float = setting(
        "greylist.delay",
        "5m",
        parse_duration,
        "how long a new client must wait before its retry is accepted",
        minimum="0s",
        maximum="1d",
    )
    greylist_lifetime: float = setting(
        "greylist.lifetime",
        "1d",
        parse_duration,
        "how long a first attempt is remembered",
        minimum="10m",
        maximum="30d",
    )
    greylist_allow_for: float = setting(
        "greylist.allow_for",
        "36d",
        parse_duration,
        "how long a network that retried properly skips greylisting",
        minimum="0s",
        maximum="365d",
    )
    dnsbl_budget: float = setting(
        "dnsbl.budget",
        "2s",
        parse_duration,
        "longest a session waits for DNS blocklist answers",
        minimum="0.1s",
        maximum="30s",
    )
    spf_action: str = setting(
        "spf.action",
        "off",
        _choice("off", "tag", "reject"),
        "SPF: off, tag (a Received-SPF: header), or reject a fail at MAIL FROM (and tag the rest)",
    )
    spf_budget: float = setting(
        "spf.budget",
        "2s",
        parse_duration,
        "longest a session waits for SPF lookups (then temperror)",
        minimum="0.1s",
        maximum="30s",
    )
    dkim_sign: bool = setting(
        "dkim.sign", "yes", _boolean, "DKIM-sign mail relayed out whose From: domain has a key (mailmoat dkim keygen)"
    )
    dkim_verify: bool = setting(
        "dkim.verify",
        "yes",
        _boolean,
        "check DKIM and DMARC of incoming mail and write an Authentication-Results: header",
    )
    dmarc_action: str = setting(
        "dmarc.action",
        "reject",
        _choice("off", "tag", "quarantine", "reject"),
        "the most a DMARC failure may do; the sender's own p= is honoured up to it (off: not judged)",
    )
    tag_score: float = setting(
        "content.tag_score",
        "5",
        parse_number,
        "content score from which mail is tagged (X-Mailmoat-Score; per domain: content.tag_score.DOMAIN)",
        minimum="0.1",
        maximum="1000",
        per_domain=True,
    )
    quarantine_score: float = setting(
        "content.quarantine_score",
        "10",
        parse_number,
        "content score from which mail is quarantined (per domain: content.quarantine_score.DOMAIN)",
        minimum="0.1",
        maximum="1000",
        per_domain=True,
    )
    reject_score: float = setting(
        "content.reject_score",
        "15",
        parse_number,
        "content score from which mail is refused at DATA (per domain: content.reject_score.DOMAIN)",
        minimum="0.1",
        maximum="1000",
        per_domain=True,
    )
    subject_tag: str = setting(
        "content.subject_tag", "", _text, "text put before the subject of tagged mail, e.g. [SPAM] (empty: none)"
    )
    ad_tag_score: float = setting(
        "content.ad_tag_score",
        "3",
        parse_number,
        "score of a Korean commercial-mail subject tag such as (광고)",
        minimum="0",
        maximum="1000",
    )
    ad_tag_action: str = setting(
        "content.ad_tag_action",
        "quarantine",
        _choice("quarantine", "tag", "reject"),
        "what the legal (광고) subject tag does, whatever the score: by law such mail is an advertisement",
    )
    signal_scores: Mapping[str, float] = setting(
        "content.signal_scores",
        "",
        _signal_scores,
        "scores of the built-in link, image and attachment signals, e.g. link-shortener=0,image-only=1",
        typed=_signal_score_map,
    )
    regex_timeout: float = setting(
        "content.regex_timeout",
        "0.05s",
        parse_duration,
        "longest one regex rule may search one field of a message; one that runs into it is turned off",
        minimum="0.01s",
        maximum="5s",
    )
    regex_budget: float = setting(
        "content.regex_budget",
        "0.2s",
        parse_duration,
        "longest all regex rules together may take on one message (what is left unread: rule-timeout)",
        minimum="0.01s",
        maximum="10s",
    )
    uribl_score: float = setting(
        "uribl.score",
        "6",
        parse_number,
        "content score of a link whose domain a URI blocklist lists (times the zone's weight)",
        minimum="0",
        maximum="1000",
    )
    uribl_max_hosts: int = setting(
        "uribl.max_hosts",
        "10",
        _count,
        "link domains of one message asked of the URI blocklists",
        minimum="0",
        maximum="100",
    )
    bayes_enabled: bool = setting(
        "bayes.enabled", "yes", _boolean, "score mail with the statistical filter (mailmoat learn)"
    )
    bayes_spam_score: float = setting(
        "bayes.spam_score",
        "10",
        parse_number,
        "content score the statistical filter gives mail it is sure is spam (less when less sure)",
        minimum="0",
        maximum="1000",
    )
    bayes_ham_score: float = setting(
        "bayes.ham_score",
        "3",
        parse_number,
        "content score the statistical filter takes off mail it is sure is ham (less when less sure)",
        minimum="0",
        maximum="1000",
    )
    bayes_min_learned: int = setting(
        "bayes.min_learned",
        "10",
        _count,
        "spam and ham messages each the filter must have learned before it scores anything",
        minimum="0",
        maximum="1000000",
    )
    spamtrap_addresses: frozenset[str] = setting(
        "spamtrap.addresses",
        "",
        _address_list,
        "addresses no person uses: what they receive is learned as spam and not delivered (comma separated)",
        typed=_comma_set,
    )
    clamd: str = setting(
        "virus.clamd",
        "",
        _clamd_address,
        "clamd socket: unix:/var/run/clamav/clamd.ctl or HOST:PORT (empty: no virus scanning)",
    )
    virus_on_error: str = setting(
        "virus.on_error",
        "defer",
        _choice("defer", "tag"),
        "clamd down or failing: defer (451, the sender retries) or tag (accept with a header)",
    )
    virus_timeout: float = setting(
        "virus.timeout",
        "30s",
        parse_duration,
        "longest a scan may take before it counts as failed",
        minimum="1s",
        maximum="10m",
    )
    blocked_extensions: frozenset[str] = setting(
        "attachments.blocked_extensions",
        "exe,scr,vbs,vbe,js,jse,wsf,wsh,bat,cmd,com,pif,jar,lnk,iso,img,hta,cpl,msi,ps1,reg",
        _extension_list,
        "attachment name extensions refused at DATA (comma separated; empty: none)",
        typed=_comma_set,
    )
    block_encrypted: bool = setting(
        "attachments.block_encrypted",
        "no",
        _boolean,
        "refuse encrypted (password-protected) archives, which no scanner can look into",
    )
    quarantine_lifetime: float = setting(
        "quarantine.lifetime", "30d", parse_duration, "how long quarantined mail is kept", minimum="1s", maximum="365d"
    )
    check_from_header: bool = setting(
        "lists.check_from_header",
        "no",
        _boolean,
        "also check the From: header address against the email, domain and user block lists",
    )
    auth_plaintext_loopback: bool = setting(
        "auth.plaintext_loopback",
        "no",
        _boolean,
        "offer AUTH without STARTTLS to loopback clients (for tests and local scripts only)",
    )
    own_senders_only: bool = setting(
        "auth.own_senders_only",
        "yes",
        _boolean,
        "an authenticated user may only use its own address or aliases as envelope sender",
    )
    auth_ip_failures: int = setting(
        "auth.ip_failures",
        "5",
        _count,
        "failed logins from one address before AUTH from it is refused",
        minimum="1",
        maximum="1000",
    )
    auth_ip_lockout: float = setting(
        "auth.ip_lockout",
        "15m",
        parse_duration,
        "first refusal period for an address; it doubles with each further lockout (at most 1 day)",
        minimum="1s",
        maximum="1d",
    )
    auth_account_failures: int = setting(
        "auth.account_failures",
        "10",
        _count,
        "failed logins to one account (from anywhere) before it counts as under attack",
        minimum="1",
        maximum="100000",
    )
    auth_on_attack: str = setting(
        "auth.on_attack",
        "flag",
        _choice("flag", "lock"),
        "an account under attack: flag (an alert; logins still work) or lock (disabled until re-enabled)",
    )
    outbound_per_minute: int = setting(
        "outbound.per_minute",
        "30",
        _count,
        "messages one sender may send out per minute (0: no limit)",
        minimum="0",
        maximum="1000000",
    )
    outbound_per_hour: int = setting(
        "outbound.per_hour",
        "300",
        _count,
        "messages one sender may send out per hour (0: no limit)",
        minimum="0",
        maximum="1000000",
    )
    outbound_per_day: int = setting(
        "outbound.per_day",
        "1000",
        _count,
        "messages one sender may send out per day (0: no limit)",
        minimum="0",
        maximum="1000000",
    )
    hold_on_alert: bool = setting(
        "outbound.hold_on_alert",
        "yes",
        _boolean,
        "hold the queued outgoing mail of a sender that trips a limit or a critical alert, for review",
    )
    password_max_age: float = setting(
        "audit.password_max_age",
        "365d",
        parse_duration,
        "passwords older than this are reported",
        minimum="1d",
        maximum="3650d",
    )
    recipient_method: str = setting(
        "recipients.method",
        "none",
        _choice("none", "callout", "list", "ldap"),
        "how unknown recipients are refused at RCPT: none, callout (ask the upstream), list, ldap "
        "(per domain: recipients.method.DOMAIN)",
        per_domain=True,
    )
    validate_relay_domains: bool = setting(
        "recipients.relay_domains",
        "accept",
        _choice("accept", "validate"),
        "recipients at relay (backup MX) domains: accept as before, or validate like local ones",
        typed=_equals("validate"),
    )
    recipients_cache_known: float = setting(
        "recipients.cache_known",
        "1d",
        parse_duration,
        "how long an existing recipient is remembered",
        minimum="0s",
        maximum="30d",
    )
    recipients_cache_unknown: float = setting(
        "recipients.cache_unknown",
        "1h",
        parse_duration,
        "how long an unknown recipient is remembered",
        minimum="0s",
        maximum="7d",
    )
    callout_timeout: float = setting(
        "recipients.callout_timeout",
        "10s",
        parse_duration,
        "longest a callout to the upstream may take",
        minimum="1s",
        maximum="5m",
    )
    harvest_limit: int = setting(
        "recipients.harvest_limit",
        "20",
        _count,
        "unknown recipients from one address within recipients.harvest_window before it is cut off "
        "(half of it starts the tarpit; 0: no limit)",
        minimum="0",
        maximum="100000",
    )
    harvest_window: float = setting(
        "recipients.harvest_window",
        "10m",
        parse_duration,
        "window of recipients.harvest_limit",
        minimum="10s",
        maximum="1d",
    )
    ldap_url: str = setting(
        "ldap.url", "", _ldap_url, "LDAP or Active Directory server: ldap://HOST[:PORT] or ldaps://HOST[:PORT]"
    )
    ldap_bind_dn: str = setting("ldap.bind_dn", "", _text, "DN (or user@domain for AD) the gateway binds as")
    ldap_password: str = setting("ldap.password", "", _text, "password for ldap.bind_dn", secret=True)
    ldap_base_dn: str = setting("ldap.base_dn", "", _text, "where to search for recipients, e.g. dc=corp,dc=example")
    ldap_starttls: bool = setting("ldap.starttls", "no", _boolean, "use StartTLS on an ldap:// connection")
    ldap_verify_tls: bool = setting("ldap.verify_tls", "yes", _boolean, "check the LDAP server's certificate")
    ldap_ca_file: str = setting(
        "ldap.ca_file", "", _text, "CA certificate file for the LDAP server (empty: the system's)"
    )
    report_to: str = setting(
        "report.to", "", _address_or_empty, "where the daily report goes (empty: no report is mailed)"
    )
    report_hour: int = setting(
        "report.hour",
        "7",
        _count,
        "the hour of the day (0-23, local time) the daily report is mailed",
        minimum="0",
        maximum="23",
    )
    promote_after: float = setting(
        "monitor.promote_after",
        "0s",
        parse_duration,
        "a block entry or content rule in monitor mode this long, that never hit a correspondent of the "
        "office, starts to act (0s: only by hand)",
        minimum="0s",
        maximum="365d",
    )
    relay_selftest: bool = setting(
        "relay.selftest",
        "yes",
        _boolean,
        "after every relay change, probe the gateway's own listener for an open relay",
    )
    dnsbl_threshold: float = setting(
        "dnsbl.threshold",
        "1.0",
        parse_number,
        "DNS blocklist score (sum of zone weights) that rejects",
        minimum="0.1",
        maximum="1000",
    )
    retention_days: int = setting(
        "events.retention_days", "30", _count, "days of connection log kept", minimum="1", maximum="3650"
    )
    ui_theme: str = setting("ui.theme", "mailmoat-dark", _text, "dashboard theme (remembered when changed with ctrl+t)")
    ui_screenshots: str = setting(
        "ui.screenshots",
        "",
        _text,
        "directory the dashboard saves its screenshots (ctrl+s) in (empty: the dashboard's current directory)",
    )
    retention_rows: int = setting(
        "events.retention_rows", "1000000", _count, "most connection log rows kept", minimum="1000", maximum="100000000"
    )
    # "content.reject_score" -> {domain: value}: the KEY.DOMAIN overrides of the per_domain settings
    per_domain: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def for_domain(self, key: str, domain: str) -> Any:
        """A per-domain setting as it applies to `domain`."""
        overrides = self.per_domain.get(key)
        if overrides and domain in overrides:
            return overrides[domain]
        return getattr(self, _FIELD_OF[key])

    @classmethod
    def from_rows(cls, rows: Mapping[str, str]) -> "Settings":
        values = {}
        for name, spec in _SPEC_OF_FIELD.items():
            try:
                value = spec.value(rows.get(spec.key, spec.default))
            except SettingError:  # stored before it was checked, or out of today's range
                value = spec.parse(spec.default)
            values[name] = spec.typed(value) if spec.typed else value
        return cls(**values, per_domain=_per_domain(rows))


_SPEC_OF_FIELD: dict[str, SettingSpec] = {f.name: f.metadata["spec"] for f in fields(Settings) if "spec" in f.metadata}
_FIELD_OF = {spec.key: name for name, spec in _SPEC_OF_FIELD.items()}
SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in _SPEC_OF_FIELD.values()}
SECRET_SETTINGS.update(key for key, spec in SPECS.items() if spec.secret)
# Settings that a local domain may override: KEY.DOMAIN, e.g. content.reject_score.corp.example
PER_DOMAIN = tuple(key for key, spec in SPECS.items() if spec.per_domain)
