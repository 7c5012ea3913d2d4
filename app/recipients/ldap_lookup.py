"""Recipient validation over LDAP / Active Directory: is this address a mailbox, group or contact of ours?

    lookup = LdapRecipientLookup(LdapConfig(url="ldaps://dc1.corp.example", bind_dn="CN=svc-mailmoat,...",
                                            password=..., base_dn="DC=corp,DC=example"))
    result = await lookup.lookup("kim.min@corp.example")   # LookupResult("found", "proxyAddresses smtp:", dn)
    await lookup.close()

One search per address: ``(|(mail=ADDR)(proxyAddresses=smtp:ADDR))`` under ``base_dn``, subtree. In AD both
attributes match case-insensitively, and ``proxyAddresses=smtp:x`` matches the primary ``SMTP:x`` as well as
the secondary ``smtp:x``; other address types (``SIP:``, ``X500:``) never match.

Three answers, never guessed: "found", "unknown" (the directory answered and has no such address, or the
text cannot be an address at all: empty, control characters, not UTF-8) and "error" (cannot bind, cannot
connect, timed out, the base DN is wrong or unreadable...). The caller turns "error" into a 451 4.4.3 and
must not cache it; "found" and "unknown" can be cached.

ldap3 is used with its SYNC strategy on a small thread pool, so the event loop never blocks: one persistent
connection, guarded by a lock; a connection the server dropped (restart, AD's idle timeout) is replaced and
the search retried once, and one idle for `max_idle` seconds is replaced before use. Connecting is bounded
by ``timeout``, each answer by ``timeout`` rounded up to whole seconds (an ldap3 limitation), and the
caller's wait by ``deadline`` = 4 × timeout + 1 s, whatever the threads are doing.
The bind password is never logged, and never appears in a repr or a result.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import re
import ssl
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

import ldap3
from ldap3.core import exceptions as ldap_errors
from ldap3.utils.conv import escape_filter_chars

log = logging.getLogger(__name__)

Status = Literal["found", "unknown", "error"]
DEFAULT_PORTS = {"ldap": 389, "ldaps": 636}


@dataclass(frozen=True)
class LookupResult:
    status: Status
    detail: str  # the attribute that matched ("mail", "proxyAddresses SMTP:", ...) or what went wrong
    dn: str = ""  # the entry found, for "found"

    @property
    def found(self) -> bool:
        return self.status == "found"


@dataclass(frozen=True)
class LdapConfig:
    url: str  # ldap://host:port or ldaps://host:port (port optional: 389 / 636)
    bind_dn: str  # empty: anonymous bind
    password: str = field(repr=False)
    base_dn: str
    starttls: bool = False  # StartTLS on an ldap:// URL
    timeout: float = 5.0  # seconds, for each of connect, TLS handshake, bind and search
    verify_tls: bool = True
    ca_file: str = ""  # PEM file of CAs to trust; empty: the system's

    def __post_init__(self) -> None:
        scheme, _host, _port = self.parse_url(self.url)
        if not self.base_dn.strip():
            raise ValueError("LDAP base DN is empty")
        if self.bind_dn and not self.password:
            raise ValueError("LDAP bind DN given without a password")
        if scheme == "ldaps" and self.starttls:
            raise ValueError("StartTLS is for ldap:// URLs; ldaps:// is TLS already")
        if not (isinstance(self.timeout, (int, float)) and 0 < self.timeout <= 300):
            raise ValueError(f"LDAP timeout must be between 0 and 300 s, not {self.timeout!r}")

    @property
    def tls(self) -> bool:
        return self.starttls or self.parse_url(self.url)[0] == "ldaps"

    @staticmethod
    def parse_url(url: str) -> tuple[str, str, int]:
        """'ldaps://dc1.corp.example:3269' -> ('ldaps', 'dc1.corp.example', 3269); ValueError with one line."""
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError as error:
            raise ValueError(f"bad LDAP URL {url!r}: {error}") from None
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS:
            raise ValueError(f"bad LDAP URL {url!r}: the scheme must be ldap:// or ldaps://")
        if not parts.hostname:
            raise ValueError(f"bad LDAP URL {url!r}: no host")
        if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
            raise ValueError(f"bad LDAP URL {url!r}: only scheme://host[:port] is supported")
        if port == 0:
            raise ValueError(f"bad LDAP URL {url!r}: port 0")
        return scheme, parts.hostname, port or DEFAULT_PORTS[scheme]


class _Tls(ldap3.Tls):
    """ldap3's Tls, but verifying the server name with the ssl module itself (check_hostname, SNI, IP SANs)
    instead of ldap3's use of the deprecated ssl.match_hostname."""

    def __init__(self, context: ssl.SSLContext, server_hostname: str | None) -> None:
        super().__init__(validate=context.verify_mode)
        self._context = context
        self._server_hostname = server_hostname

    def wrap_socket(self, connection, do_handshake=False):
        connection.socket = self._context.wrap_socket(
            connection.socket,
            server_side=False,
            do_handshake_on_connect=do_handshake,
            server_hostname=self._server_hostname,
        )


def _tls_context(config: LdapConfig) -> ssl.SSLContext:
    if not config.verify_tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    try:
        return ssl.create_default_context(cafile=config.ca_file or None)
    except (OSError, ssl.SSLError) as error:
        raise ValueError(f"cannot use CA file {config.ca_file!r}: {error.strerror or error}") from None


def _describe(error: BaseException) -> str:
    """One line for the log and the 451's explanation; never contains the password.

    ldap3 wraps exceptions in exceptions of exceptions, whose text is a repr of a tuple: unwrap that."""
    text = str(error)
    while True:
        unwrapped = re.sub(r"""^\(\s*(["'])(.*)\1\s*,?\s*\)$""", r"\2", text, flags=re.DOTALL)
        if unwrapped == text:
            break
        text = unwrapped
    text = " ".join(text.split()) or type(error).__name__
    if isinstance(error, TimeoutError) and "timed out" not in text:  # socket.timeout, and ldap3's wrappings
        text = f"timed out: {text}"
    return text[:300]


class LdapRecipientLookup:
    ATTRIBUTES = ("mail", "proxyAddresses")
    # A connection unused this long is replaced before use (cheap: one bind), not trusted: firewalls and
    # load balancers forget idle TCP flows silently (Azure's after 4 min), AD closes them after 15 min.
    max_idle = 120.0

    def __init__(self, config: LdapConfig, max_workers: int = 2) -> None:
        self.config = config
        scheme, host, port = LdapConfig.parse_url(config.url)
        self._server_arguments = {
            "host": host,
            "port": port,
            "use_ssl": scheme == "ldaps",
            "get_info": ldap3.NONE,
            "connect_timeout": config.timeout,
        }
        self._executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="ldap-lookup")
        self._lock = threading.Lock()
        self._connection: ldap3.Connection | None = None
        self._closed = False
        self._last_used = 0.0
        # ldap3 puts receive_timeout in SO_RCVTIMEO with struct.pack('LL'): it must be a whole number.
        self._receive_timeout = max(1, math.ceil(config.timeout))
        # Bounds the caller's wait: connect + TLS + bind + search, once more after a dropped connection.
        self.deadline = 4 * config.timeout + 1

    def __repr__(self) -> str:
        return f"<LdapRecipientLookup {self.config.url} base={self.config.base_dn!r}>"

    async def lookup(self, address: str) -> LookupResult:
        """Ask the directory about `address` (local@domain, as given in RCPT TO, without angle brackets)."""
        if self._closed:
            return LookupResult("error", "LDAP lookup is closed")
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(
                loop.run_in_executor(self._executor, self._lookup_blocking, address), self.deadline
            )
        except TimeoutError:
            return LookupResult("error", f"LDAP lookup timed out after {self.deadline:g} s")
        except RuntimeError as error:  # the executor was shut down under us: close() raced a lookup
            return LookupResult("error", f"LDAP lookup unavailable: {error}")

    async def close(self) -> None:
        """Unbind and stop the worker threads; later lookups answer "error"."""
        if self._closed:
            return
        self._closed = True
        loop = asyncio.get_running_loop()
        try:
            await asyncio.wait_for(loop.run_in_executor(self._executor, self._drop_blocking), self.deadline)
        except (TimeoutError, RuntimeError):
            pass
        self._executor.shutdown(wait=False, cancel_futures=True)

    # --- in the worker threads -------------------------------------------------------------------------

    def _lookup_blocking(self, address: str) -> LookupResult:
        invalid = _not_an_address(address)
        if invalid:
            return LookupResult("unknown", f"not a valid address ({invalid})")
        if not self._lock.acquire(timeout=self.deadline):
            return LookupResult("error", "LDAP lookup busy: timed out waiting for the connection")
        try:
            if self._closed:
                return LookupResult("error", "LDAP lookup is closed")
            if self._connection is not None and time.monotonic() - self._last_used > self.max_idle:
                self._drop_blocking(locked=True)  # rather than find out it died in a NAT table or AD's idle limit
            reused = self._connection is not None
            try:
                return self._search(address)
            except Exception as error:  # noqa: BLE001 - ldap3 raises more than LDAPException (struct, ssl, ...)
                self._drop_blocking(locked=True)
                if not (reused and self._worth_retrying(error)):
                    return self._failure(error)
                log.info("LDAP connection to %s lost (%s); reconnecting", self.config.url, _describe(error))
            try:
                return self._search(address)
            except Exception as error:  # noqa: BLE001
                self._drop_blocking(locked=True)
                return self._failure(error)
        finally:
            self._lock.release()

    @staticmethod
    def _worth_retrying(error: Exception) -> bool:
        """A connection the server closed is worth one more try; a timeout or a refused bind is not."""
        if isinstance(error, TimeoutError):
            return False
        return isinstance(
            error,
            (
                ldap_errors.LDAPCommunicationError,
                ldap_errors.LDAPSessionTerminatedByServerError,
                ldap_errors.LDAPSocketOpenError,
                OSError,
            ),
        )

    def _failure(self, error: Exception) -> LookupResult:
        detail = _describe(error)
        if isinstance(error, ldap_errors.LDAPBindError):
            detail = f"bind as {self.config.bind_dn or 'anonymous'} refused: {detail}"
        elif isinstance(error, ldap_errors.LDAPSocketOpenError):
            detail = f"cannot connect to {self.config.url}: {detail}"
        else:
            detail = f"{self.config.url}: {detail}"
        log.warning("LDAP recipient lookup failed: %s", detail)
        return LookupResult("error", detail)

    def _tls(self) -> _Tls | None:
        """Made for each connection: a missing or bad CA file is then an "error" answer (and a log line),
        not an exception out of the constructor, and a replaced CA file is read on the next connection."""
        if not self.config.tls:
            return None
        host = self._server_arguments["host"]
        return _Tls(_tls_context(self.config), host if self.config.verify_tls else None)

    def _connect(self) -> ldap3.Connection:
        """Open, StartTLS if configured, bind. The steps of ldap3's auto_bind, done one by one so that a
        failure closes the socket (ldap3 leaves it open when connect() or an LDAPS handshake fails)."""
        started = time.monotonic()
        # A new Server each time: ldap3's Server remembers a failed address as unavailable (and its DNS
        # answer) for a while, which would keep us failing after the directory came back.
        connection = ldap3.Connection(
            ldap3.Server(**self._server_arguments, tls=self._tls()),
            user=self.config.bind_dn or None,
            password=self.config.password or None,
            authentication=ldap3.SIMPLE if self.config.bind_dn else ldap3.ANONYMOUS,
            client_strategy=ldap3.SYNC,
            auto_bind=ldap3.AUTO_BIND_NONE,
            auto_referrals=False,  # AD answers a domain-root search with referrals to DNS zones: ignore them
            raise_exceptions=False,
            read_only=True,
            receive_timeout=self._receive_timeout,
            return_empty_attributes=False,
        )
        try:
            connection.open()
            if self.config.starttls and not connection.start_tls():
                raise ldap_errors.LDAPStartTLSError(f"StartTLS refused: {_result_text(connection)}")
            if not connection.bind():
                raise ldap_errors.LDAPBindError(_result_text(connection))
        except BaseException:
            _close_quietly(connection)
            raise
        log.debug("LDAP connected to %s in %.0f ms", self.config.url, 1000 * (time.monotonic() - started))
        return connection

    def _search(self, address: str) -> LookupResult:
        if self._connection is None or self._connection.closed:
            self._connection = self._connect()
        connection = self._connection
        value = escape_filter_chars(address)
        search_filter = f"(|(mail={value})(proxyAddresses=smtp:{value}))"
        ok = connection.search(
            self.config.base_dn,
            search_filter,
            search_scope=ldap3.SUBTREE,
            attributes=list(self.ATTRIBUTES),
            size_limit=2,
            time_limit=self._receive_timeout,
        )
        result = connection.result or {}
        code = result.get("result")
        self._last_used = time.monotonic()
        entries = [r for r in (connection.response or []) if r.get("type") == "searchResEntry"]
        if entries and code in (0, 4):  # 4: sizeLimitExceeded, more than one entry has this address
            return self._found(address, entries)
        if ok or code == 0:
            return LookupResult("unknown", "no entry with this mail or proxyAddresses smtp:")
        if code is None:
            raise ldap_errors.LDAPCommunicationError(connection.last_error or "no answer to the search")
        description = result.get("description") or f"result {code}"
        message = (result.get("message") or "").strip()
        return self._failure(RuntimeError(f"search failed: {description}{': ' + message if message else ''}"))

    @staticmethod
    def _found(address: str, entries: list[dict]) -> LookupResult:
        wanted = address.casefold()
        for entry in entries:
            attributes = entry.get("attributes") or {}
            for value in _values(attributes.get("mail")):
                if value.casefold() == wanted:
                    return LookupResult("found", "mail", entry.get("dn", ""))
            for value in _values(attributes.get("proxyAddresses")):
                prefix, _, rest = value.partition(":")
                if prefix.lower() == "smtp" and rest.casefold() == wanted:
                    return LookupResult("found", f"proxyAddresses {prefix}:", entry.get("dn", ""))
        # The server matched by its own rules (e.g. Unicode normalisation) where our comparison did not.
        dn = entries[0].get("dn", "")
        return LookupResult("found", "mail or proxyAddresses (directory match)", dn)

    def _drop_blocking(self, locked: bool = False) -> None:
        if not locked and not self._lock.acquire(timeout=self.deadline):
            return
        try:
            connection, self._connection = self._connection, None
            if connection is not None:
                _close_quietly(connection)
        finally:
            if not locked:
                self._lock.release()


def _not_an_address(address: str) -> str:
    """Why `address` cannot be anyone's address, without asking: RFC 5321 paths hold no control characters
    (slapd would even match "kim@corp.example\\0" as kim@corp.example), and must be UTF-8."""
    if not address:
        return "empty"
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in address):
        return "control character"
    try:
        address.encode("utf-8")
    except UnicodeEncodeError:
        return "not encodable as UTF-8"
    return ""


def _close_quietly(connection: ldap3.Connection) -> None:
    with contextlib.suppress(Exception):  # closing a broken connection may fail any way it likes
        connection.unbind()
    sock = getattr(connection, "socket", None)
    if sock is not None:
        with contextlib.suppress(Exception):
            sock.close()


def _result_text(connection: ldap3.Connection) -> str:
    result = connection.result or {}
    text = result.get("description") or connection.last_error or "no answer"
    message = " ".join(str(result.get("message") or "").split())
    return f"{text}: {message}" if message else text


def _values(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in value]
    return [value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)]
