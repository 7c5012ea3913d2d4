"""The settings an operator can change: names, types, defaults and validation."""
from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
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
    """"IP[:PORT],..." (IPv6 as [addr]:port or bare) as (ip, port) pairs; empty: the system's resolvers."""
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
        if (self.minimum is not None and parsed < self.parse(self.minimum)) or \
                (self.maximum is not None and parsed > self.parse(self.maximum)):
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


SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in [
    SettingSpec("hostname", "localhost", _hostname, "name the gateway gives in its greeting and Received: headers"),
    SettingSpec("listen", "0.0.0.0:25", _hostport_or_empty(25, required=True), "address the SMTP server listens on"),
    SettingSpec("public_ip", "", _ip_or_empty, "the gateway's own public address, checked against the DNS blocklists"),
    SettingSpec("upstream", "", _hostport_or_empty(25), "internal mail server (Exchange) that receives mail for local domains"),
    SettingSpec("smarthost", "", _hostport_or_empty(25), "relay for outbound mail; empty: deliver by MX lookup"),
    SettingSpec("smtp.max_size", "25M", _size, "largest message accepted", minimum="1K", maximum="200M"),
    SettingSpec("smtp.max_recipients", "100", _count, "recipients accepted per message",
                minimum="1", maximum="10000"),
    SettingSpec("smtp.timeout", "5m", parse_duration, "time allowed for each client command (from the gateway's reply to the whole line) and between chunks of message data",
                minimum="10s", maximum="1h"),
    SettingSpec("smtp.error_limit", "10", _count, "error replies before the session is dropped",
                minimum="1", maximum="1000"),
    SettingSpec("smtp.max_connections", "500", _count, "connections at once, the whole gateway",
                minimum="1", maximum="100000"),
    SettingSpec("smtp.max_connections_per_ip", "50", _count, "connections at once from one network (smtp.network_prefix_v4/v6; trusted networks exempt; 0: no limit)",
                minimum="0", maximum="10000"),
    SettingSpec("smtp.connection_rate_per_ip", "600", _count, "new connections per minute from one network (0: no limit)",
                minimum="0", maximum="100000"),
    SettingSpec("smtp.network_prefix_v4", "24", _count, "IPv4 addresses sharing this prefix length count as one network for the per-network limits",
                minimum="8", maximum="32"),
    SettingSpec("smtp.network_prefix_v6", "64", _count, "IPv6 addresses sharing this prefix length count as one network for the per-network limits",
                minimum="16", maximum="128"),
    SettingSpec("smtp.data_timeout", "20m", parse_duration, "time allowed for a message's data, from the 354 reply to its last line",
                minimum="10s", maximum="2h"),
    SettingSpec("smtp.session_timeout", "1h", parse_duration, "time allowed for a whole session, however busy",
                minimum="10s", maximum="1d"),
    SettingSpec("smtp.stress_at", "80", _count, "percent of smtp.max_connections in use from which the gateway is under stress: "
                "each wait for the client shrinks to smtp.stress_timeout",
                minimum="1", maximum="100"),
    SettingSpec("smtp.stress_timeout", "10s", parse_duration, "under stress, the longest wait for a client's next command or next data",
                minimum="1s", maximum="5m"),
    SettingSpec("smtp.pregreet_wait", "0s", parse_duration, "wait before the banner; a client that talks first is dropped (0s: off)",
                minimum="0s", maximum="60s"),
    SettingSpec("smtp.tarpit_after", "5", _count, "error replies after which each further reply is delayed",
                minimum="0", maximum="10000"),
    SettingSpec("smtp.tarpit_delay", "1s", parse_duration, "delay added per error beyond smtp.tarpit_after (at most 10s)",
                minimum="0s", maximum="10s"),
    SettingSpec("smtp.max_hops", "30", _count, "Received: headers above which a message is a mail loop",
                minimum="5", maximum="500"),
    SettingSpec("tls.cert", "", _text, "PEM certificate for STARTTLS (init makes a self-signed one)"),
    SettingSpec("tls.key", "", _text, "PEM private key for STARTTLS"),
    SettingSpec("queue.lifetime", "5d", parse_duration, "how long an undeliverable message is retried before it bounces",
                minimum="10m", maximum="60d"),
    SettingSpec("queue.retry_min", "1m", parse_duration, "first retry delay; doubles each attempt",
                minimum="1s", maximum="1d"),
    SettingSpec("queue.retry_max", "1h", parse_duration, "longest retry delay", minimum="1s", maximum="7d"),
    SettingSpec("delivery.concurrency", "10", _count, "connections at once to one destination",
                minimum="1", maximum="1000"),
    SettingSpec("delivery.timeout", "2m", parse_duration, "timeout for one outbound SMTP command",
                minimum="5s", maximum="1h"),
    SettingSpec("delivery.tls", "yes", _boolean, "use STARTTLS when the next hop offers it"),
    SettingSpec("dns.nameservers", "", _nameserver_list,
                "DNS servers IP[:PORT],... for MX, blocklist and SPF lookups; empty: /etc/resolv.conf"),
    SettingSpec("greylist.domains", "", _domain_list, "local domains whose mail is greylisted (comma separated; empty: off)"),
    SettingSpec("greylist.delay", "5m", parse_duration, "how long a new client must wait before its retry is accepted",
                minimum="0s", maximum="1d"),
    SettingSpec("greylist.lifetime", "1d", parse_duration, "how long a first attempt is remembered",
                minimum="10m", maximum="30d"),
    SettingSpec("greylist.allow_for", "36d", parse_duration, "how long a network that retried properly skips greylisting",
                minimum="0s", maximum="365d"),
    SettingSpec("dnsbl.budget", "2s", parse_duration, "longest a session waits for DNS blocklist answers",
                minimum="0.1s", maximum="30s"),
    SettingSpec("spf.action", "off", _choice("off", "tag", "reject"),
                "SPF: off, tag (a Received-SPF: header), or reject a fail at MAIL FROM (and tag the rest)"),
    SettingSpec("spf.budget", "2s", parse_duration, "longest a session waits for SPF lookups (then temperror)",
                minimum="0.1s", maximum="30s"),
    SettingSpec("dkim.sign", "yes", _boolean,
                "DKIM-sign mail relayed out whose From: domain has a key (mailmoat dkim keygen)"),
    SettingSpec("dkim.verify", "yes", _boolean,
                "check DKIM and DMARC of incoming mail and write an Authentication-Results: header"),
    SettingSpec("dmarc.action", "reject", _choice("off", "tag", "quarantine", "reject"),
                "the most a DMARC failure may do; the sender's own p= is honoured up to it (off: not judged)"),
    SettingSpec("content.tag_score", "5", parse_number,
                "content score from which mail is tagged (X-Mailmoat-Score; per domain: content.tag_score.DOMAIN)",
                minimum="0.1", maximum="1000"),
    SettingSpec("content.quarantine_score", "10", parse_number,
                "content score from which mail is quarantined (per domain: content.quarantine_score.DOMAIN)",
                minimum="0.1", maximum="1000"),
    SettingSpec("content.reject_score", "15", parse_number,
                "content score from which mail is refused at DATA (per domain: content.reject_score.DOMAIN)",
                minimum="0.1", maximum="1000"),
    SettingSpec("content.subject_tag", "", _text, "text put before the subject of tagged mail, e.g. [SPAM] (empty: none)"),
    SettingSpec("content.ad_tag_score", "3", parse_number,
                "score of a Korean commercial-mail subject tag such as (광고)", minimum="0", maximum="1000"),
    SettingSpec("content.ad_tag_action", "quarantine", _choice("quarantine", "tag", "reject"),
                "what the legal (광고) subject tag does, whatever the score: by law such mail is an advertisement"),
    SettingSpec("content.signal_scores", "", _signal_scores,
                "scores of the built-in link, image and attachment signals, e.g. link-shortener=0,image-only=1"),
    SettingSpec("content.regex_timeout", "0.05s", parse_duration,
                "longest one regex rule may search one field of a message; one that runs into it is turned off",
                minimum="0.01s", maximum="5s"),
    SettingSpec("content.regex_budget", "0.2s", parse_duration,
                "longest all regex rules together may take on one message (what is left unread: rule-timeout)",
                minimum="0.01s", maximum="10s"),
    SettingSpec("uribl.score", "6", parse_number,
                "content score of a link whose domain a URI blocklist lists (times the zone's weight)",
                minimum="0", maximum="1000"),
    SettingSpec("uribl.max_hosts", "10", _count, "link domains of one message asked of the URI blocklists",
                minimum="0", maximum="100"),
    SettingSpec("bayes.enabled", "yes", _boolean, "score mail with the statistical filter (mailmoat learn)"),
    SettingSpec("bayes.spam_score", "10", parse_number,
                "content score the statistical filter gives mail it is sure is spam (less when less sure)",
                minimum="0", maximum="1000"),
    SettingSpec("bayes.ham_score", "3", parse_number,
                "content score the statistical filter takes off mail it is sure is ham (less when less sure)",
                minimum="0", maximum="1000"),
    SettingSpec("bayes.min_learned", "10", _count,
                "spam and ham messages each the filter must have learned before it scores anything",
                minimum="0", maximum="1000000"),
    SettingSpec("spamtrap.addresses", "", _address_list,
                "addresses no person uses: what they receive is learned as spam and not delivered (comma separated)"),
    SettingSpec("virus.clamd", "", _clamd_address,
                "clamd socket: unix:/var/run/clamav/clamd.ctl or HOST:PORT (empty: no virus scanning)"),
    SettingSpec("virus.on_error", "defer", _choice("defer", "tag"),
                "clamd down or failing: defer (451, the sender retries) or tag (accept with a header)"),
    SettingSpec("virus.timeout", "30s", parse_duration, "longest a scan may take before it counts as failed",
                minimum="1s", maximum="10m"),
    SettingSpec("attachments.blocked_extensions",
                "exe,scr,vbs,vbe,js,jse,wsf,wsh,bat,cmd,com,pif,jar,lnk,iso,img,hta,cpl,msi,ps1,reg",
                _extension_list, "attachment name extensions refused at DATA (comma separated; empty: none)"),
    SettingSpec("attachments.block_encrypted", "no", _boolean,
                "refuse encrypted (password-protected) archives, which no scanner can look into"),
    SettingSpec("quarantine.lifetime", "30d", parse_duration, "how long quarantined mail is kept",
                minimum="1s", maximum="365d"),
    SettingSpec("lists.check_from_header", "no", _boolean,
                "also check the From: header address against the email, domain and user block lists"),
    SettingSpec("auth.plaintext_loopback", "no", _boolean,
                "offer AUTH without STARTTLS to loopback clients (for tests and local scripts only)"),
    SettingSpec("auth.own_senders_only", "yes", _boolean,
                "an authenticated user may only use its own address or aliases as envelope sender"),
    SettingSpec("auth.ip_failures", "5", _count, "failed logins from one address before AUTH from it is refused",
                minimum="1", maximum="1000"),
    SettingSpec("auth.ip_lockout", "15m", parse_duration,
                "first refusal period for an address; it doubles with each further lockout (at most 1 day)",
                minimum="1s", maximum="1d"),
    SettingSpec("auth.account_failures", "10", _count,
                "failed logins to one account (from anywhere) before it counts as under attack",
                minimum="1", maximum="100000"),
    SettingSpec("auth.on_attack", "flag", _choice("flag", "lock"),
                "an account under attack: flag (an alert; logins still work) or lock (disabled until re-enabled)"),
    SettingSpec("outbound.per_minute", "30", _count, "messages one sender may send out per minute (0: no limit)",
                minimum="0", maximum="1000000"),
    SettingSpec("outbound.per_hour", "300", _count, "messages one sender may send out per hour (0: no limit)",
                minimum="0", maximum="1000000"),
    SettingSpec("outbound.per_day", "1000", _count, "messages one sender may send out per day (0: no limit)",
                minimum="0", maximum="1000000"),
    SettingSpec("outbound.hold_on_alert", "yes", _boolean,
                "hold the queued outgoing mail of a sender that trips a limit or a critical alert, for review"),
    SettingSpec("audit.password_max_age", "365d", parse_duration, "passwords older than this are reported",
                minimum="1d", maximum="3650d"),
    SettingSpec("recipients.method", "none", _choice("none", "callout", "list", "ldap"),
                "how unknown recipients are refused at RCPT: none, callout (ask the upstream), list, ldap "
                "(per domain: recipients.method.DOMAIN)"),
    SettingSpec("recipients.relay_domains", "accept", _choice("accept", "validate"),
                "recipients at relay (backup MX) domains: accept as before, or validate like local ones"),
    SettingSpec("recipients.cache_known", "1d", parse_duration, "how long an existing recipient is remembered",
                minimum="0s", maximum="30d"),
    SettingSpec("recipients.cache_unknown", "1h", parse_duration, "how long an unknown recipient is remembered",
                minimum="0s", maximum="7d"),
    SettingSpec("recipients.callout_timeout", "10s", parse_duration, "longest a callout to the upstream may take",
                minimum="1s", maximum="5m"),
    SettingSpec("recipients.harvest_limit", "20", _count,
                "unknown recipients from one address within recipients.harvest_window before it is cut off "
                "(half of it starts the tarpit; 0: no limit)", minimum="0", maximum="100000"),
    SettingSpec("recipients.harvest_window", "10m", parse_duration, "window of recipients.harvest_limit",
                minimum="10s", maximum="1d"),
    SettingSpec("ldap.url", "", _ldap_url, "LDAP or Active Directory server: ldap://HOST[:PORT] or ldaps://HOST[:PORT]"),
    SettingSpec("ldap.bind_dn", "", _text, "DN (or user@domain for AD) the gateway binds as"),
    SettingSpec("ldap.password", "", _text, "password for ldap.bind_dn", secret=True),
    SettingSpec("ldap.base_dn", "", _text, "where to search for recipients, e.g. dc=corp,dc=example"),
    SettingSpec("ldap.starttls", "no", _boolean, "use StartTLS on an ldap:// connection"),
    SettingSpec("ldap.verify_tls", "yes", _boolean, "check the LDAP server's certificate"),
    SettingSpec("ldap.ca_file", "", _text, "CA certificate file for the LDAP server (empty: the system's)"),
    SettingSpec("report.to", "", _address_or_empty, "where the daily report goes (empty: no report is mailed)"),
    SettingSpec("report.hour", "7", _count, "the hour of the day (0-23, local time) the daily report is mailed",
                minimum="0", maximum="23"),
    SettingSpec("monitor.promote_after", "0s", parse_duration,
                "a block entry or content rule in monitor mode this long, that never hit a correspondent of the "
                "office, starts to act (0s: only by hand)", minimum="0s", maximum="365d"),
    SettingSpec("relay.selftest", "yes", _boolean,
                "after every relay change, probe the gateway's own listener for an open relay"),
    SettingSpec("dnsbl.threshold", "1.0", parse_number, "DNS blocklist score (sum of zone weights) that rejects",
                minimum="0.1", maximum="1000"),
    SettingSpec("events.retention_days", "30", _count, "days of connection log kept", minimum="1", maximum="3650"),
    SettingSpec("ui.theme", "mailmoat-dark", _text, "dashboard theme (remembered when changed with 't')"),
    SettingSpec("events.retention_rows", "1000000", _count, "most connection log rows kept",
                minimum="1000", maximum="100000000"),
]}


SECRET_SETTINGS.update(key for key, spec in SPECS.items() if spec.secret)

# Settings that a local domain may override: KEY.DOMAIN, e.g. content.reject_score.corp.example
PER_DOMAIN = ("content.tag_score", "content.quarantine_score", "content.reject_score", "recipients.method")
_PER_DOMAIN_FIELDS = {"content.tag_score": "tag_score", "content.quarantine_score": "quarantine_score",
                      "content.reject_score": "reject_score", "recipients.method": "recipient_method"}


def spec_for(key: str) -> SettingSpec | None:
    """The spec of `key`, also for a per-domain override (which must name a valid domain)."""
    spec = SPECS.get(key)
    if spec is not None:
        return spec
    for base in PER_DOMAIN:
        if key.startswith(base + "."):
            try:
                _hostname(key[len(base) + 1:])
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
    ("greylist.delay", "greylist.lifetime", "a first attempt would be forgotten before its retry is let in, "
                                            "so greylisted mail would never arrive"),
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
            raise SettingError(f"{key} {value}: {smaller} must be shorter than {larger}, and {other} is {shown}; "
                               f"otherwise {harm}")


def _per_domain(rows: dict[str, str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for key, value in rows.items():
        for base in PER_DOMAIN:
            if key.startswith(base + "."):
                with contextlib.suppress(SettingError):
                    found.setdefault(base, {})[key[len(base) + 1:]] = SPECS[base].value(value, key)
    return found


@dataclass(frozen=True)
class Settings:
    hostname: str
    public_ip: str
    listen: str
    upstream: str
    smarthost: str
    max_size: int
    max_recipients: int
    timeout: float
    error_limit: int
    max_connections: int
    max_connections_per_ip: int
    connection_rate_per_ip: int
    pregreet_wait: float
    tarpit_after: int
    tarpit_delay: float
    max_hops: int
    tls_cert: str
    tls_key: str
    queue_lifetime: float
    retry_min: float
    retry_max: float
    delivery_concurrency: int
    delivery_timeout: float
    delivery_tls: bool
    dns_nameservers: tuple[tuple[str, int], ...]
    retention_days: int
    retention_rows: int
    greylist_domains: frozenset[str] = frozenset()
    greylist_delay: float = 300.0
    greylist_lifetime: float = 86400.0
    greylist_allow_for: float = 36 * 86400.0
    dnsbl_budget: float = 2.0
    dnsbl_threshold: float = 1.0
    spf_action: str = "off"
    spf_budget: float = 2.0
    dkim_sign: bool = True
    dkim_verify: bool = True
    dmarc_action: str = "reject"
    tag_score: float = 5.0
    quarantine_score: float = 10.0
    reject_score: float = 15.0
    subject_tag: str = ""
    ad_tag_score: float = 3.0
    ad_tag_action: str = "quarantine"
    signal_scores: Mapping[str, float] = field(default_factory=dict)  # overrides of signal_scores.SIGNAL_SCORES
    regex_timeout: float = 0.05  # seconds one regex rule may search one field (app.policy.rule_regex)
    regex_budget: float = 0.2  # seconds all regex rules together may take on one message
    uribl_score: float = 6.0
    uribl_max_hosts: int = 10
    clamd: str = ""
    virus_on_error: str = "defer"
    virus_timeout: float = 30.0
    blocked_extensions: frozenset[str] = frozenset()
    block_encrypted: bool = False
    quarantine_lifetime: float = 30 * 86400.0
    check_from_header: bool = False
    auth_plaintext_loopback: bool = False
    own_senders_only: bool = True
    auth_ip_failures: int = 5
    auth_ip_lockout: float = 900.0
    auth_account_failures: int = 10
    auth_on_attack: str = "flag"
    outbound_per_minute: int = 30
    outbound_per_hour: int = 300
    outbound_per_day: int = 1000
    hold_on_alert: bool = True
    password_max_age: float = 365 * 86400.0
    recipient_method: str = "none"
    relay_selftest: bool = True
    promote_after: float = 0.0
    report_to: str = ""
    report_hour: int = 7
    validate_relay_domains: bool = False
    recipients_cache_known: float = 86400.0
    recipients_cache_unknown: float = 3600.0
    callout_timeout: float = 10.0
    harvest_limit: int = 20
    harvest_window: float = 600.0
    ldap_url: str = ""
    ldap_bind_dn: str = ""
    ldap_password: str = field(default="", repr=False)
    ldap_base_dn: str = ""
    ldap_starttls: bool = False
    ldap_verify_tls: bool = True
    ldap_ca_file: str = ""
    network_prefix_v4: int = 24
    network_prefix_v6: int = 64
    data_timeout: float = 1200.0
    session_timeout: float = 3600.0
    stress_at: int = 80
    stress_timeout: float = 10.0
    bayes_enabled: bool = True
    bayes_spam_score: float = 10.0
    bayes_ham_score: float = 3.0
    bayes_min_learned: int = 10
    spamtrap_addresses: frozenset[str] = frozenset()
    per_domain: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # "content.reject_score" -> {domain: v}

    def for_domain(self, key: str, domain: str) -> Any:
        """A PER_DOMAIN setting as it applies to `domain`."""
        overrides = self.per_domain.get(key)
        if overrides and domain in overrides:
            return overrides[domain]
        return getattr(self, _PER_DOMAIN_FIELDS[key])

    @classmethod
    def from_rows(cls, rows: dict[str, str]) -> "Settings":
        def get(key: str) -> Any:
            spec = SPECS[key]
            try:
                return spec.value(rows.get(key, spec.default))
            except SettingError:  # stored before it was checked, or out of today's range
                return spec.parse(spec.default)
        return cls(
            hostname=get("hostname"), public_ip=get("public_ip"), listen=get("listen"), upstream=get("upstream"),
            smarthost=get("smarthost"), max_size=get("smtp.max_size"),
            max_recipients=get("smtp.max_recipients"), timeout=get("smtp.timeout"),
            error_limit=get("smtp.error_limit"), max_connections=max(1, get("smtp.max_connections")),
            max_connections_per_ip=get("smtp.max_connections_per_ip"),
            connection_rate_per_ip=get("smtp.connection_rate_per_ip"), pregreet_wait=get("smtp.pregreet_wait"),
            tarpit_after=get("smtp.tarpit_after"), tarpit_delay=get("smtp.tarpit_delay"), max_hops=get("smtp.max_hops"),
            tls_cert=get("tls.cert"), tls_key=get("tls.key"), queue_lifetime=get("queue.lifetime"),
            retry_min=get("queue.retry_min"), retry_max=get("queue.retry_max"),
            delivery_concurrency=max(1, get("delivery.concurrency")),
            delivery_timeout=get("delivery.timeout"), delivery_tls=get("delivery.tls"),
            dns_nameservers=parse_nameservers(get("dns.nameservers")), retention_days=get("events.retention_days"),
            retention_rows=get("events.retention_rows"),
            greylist_domains=frozenset(filter(None, get("greylist.domains").split(","))),
            greylist_delay=get("greylist.delay"), greylist_lifetime=get("greylist.lifetime"),
            greylist_allow_for=get("greylist.allow_for"),
            dnsbl_budget=get("dnsbl.budget"), dnsbl_threshold=get("dnsbl.threshold"),
            spf_action=get("spf.action"), spf_budget=get("spf.budget"),
            dkim_sign=get("dkim.sign"), dkim_verify=get("dkim.verify"), dmarc_action=get("dmarc.action"),
            tag_score=get("content.tag_score"), quarantine_score=get("content.quarantine_score"),
            reject_score=get("content.reject_score"), subject_tag=get("content.subject_tag"),
            ad_tag_score=get("content.ad_tag_score"), ad_tag_action=get("content.ad_tag_action"), clamd=get("virus.clamd"), virus_on_error=get("virus.on_error"),
            virus_timeout=get("virus.timeout"), uribl_score=get("uribl.score"), uribl_max_hosts=get("uribl.max_hosts"),
            signal_scores=_signal_score_map(get("content.signal_scores")),
            regex_timeout=get("content.regex_timeout"), regex_budget=get("content.regex_budget"),
            blocked_extensions=frozenset(filter(None, get("attachments.blocked_extensions").split(","))),
            block_encrypted=get("attachments.block_encrypted"), quarantine_lifetime=get("quarantine.lifetime"),
            check_from_header=get("lists.check_from_header"), per_domain=_per_domain(rows),
            auth_plaintext_loopback=get("auth.plaintext_loopback"), own_senders_only=get("auth.own_senders_only"),
            auth_ip_failures=get("auth.ip_failures"), auth_ip_lockout=get("auth.ip_lockout"),
            auth_account_failures=get("auth.account_failures"), auth_on_attack=get("auth.on_attack"),
            outbound_per_minute=get("outbound.per_minute"), outbound_per_hour=get("outbound.per_hour"),
            outbound_per_day=get("outbound.per_day"), hold_on_alert=get("outbound.hold_on_alert"),
            password_max_age=get("audit.password_max_age"),
            recipient_method=get("recipients.method"), relay_selftest=get("relay.selftest"), promote_after=get("monitor.promote_after"),
            report_to=get("report.to"), report_hour=get("report.hour"),
            validate_relay_domains=get("recipients.relay_domains") == "validate",
            recipients_cache_known=get("recipients.cache_known"), recipients_cache_unknown=get("recipients.cache_unknown"),
            callout_timeout=get("recipients.callout_timeout"), harvest_limit=get("recipients.harvest_limit"),
            harvest_window=get("recipients.harvest_window"), ldap_url=get("ldap.url"), ldap_bind_dn=get("ldap.bind_dn"),
            ldap_password=get("ldap.password"), ldap_base_dn=get("ldap.base_dn"), ldap_starttls=get("ldap.starttls"),
            ldap_verify_tls=get("ldap.verify_tls"), ldap_ca_file=get("ldap.ca_file"),
            network_prefix_v4=get("smtp.network_prefix_v4"), network_prefix_v6=get("smtp.network_prefix_v6"),
            data_timeout=get("smtp.data_timeout"), session_timeout=get("smtp.session_timeout"),
            stress_at=get("smtp.stress_at"), stress_timeout=get("smtp.stress_timeout"),
            bayes_enabled=get("bayes.enabled"), bayes_spam_score=get("bayes.spam_score"),
            bayes_ham_score=get("bayes.ham_score"), bayes_min_learned=get("bayes.min_learned"),
            spamtrap_addresses=frozenset(filter(None, get("spamtrap.addresses").split(","))),
        )
