"""DKIM keys: generation, the DNS TXT record to publish, and whether a published record matches.

Keys are made with `cryptography`; RSA private keys are kept as PKCS#1 PEM, Ed25519 ones as the
base64 of their 32-byte seed (the forms dkimpy reads). The private part never appears in a repr.
"""

from __future__ import annotations

import base64
import datetime
import functools
import re
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

ALGORITHMS = ("rsa", "ed25519")
RSA_BITS = (1024, 2048, 3072, 4096)
TXT_STRING_MAX = 255  # RFC 1035: one character-string of a TXT record
_SELECTOR = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*")


class DkimKeyError(ValueError):
    """A key or a record that cannot be used, with a message for the operator."""


@dataclass(frozen=True)
class DkimKey:
    domain: str
    selector: str
    algorithm: str  # rsa | ed25519
    private: str = field(repr=False)  # PEM (rsa) or base64 seed (ed25519): a secret
    state: str = "active"  # active: signs | pending: made by `dkim rotate`, not yet signing
    created: float = 0.0

    @property
    def dns_name(self) -> str:
        return f"{self.selector}._domainkey.{self.domain}"

    @property
    def public_b64(self) -> str:
        return public_key_b64(self.algorithm, self.private)

    @property
    def bits(self) -> int:
        loaded = load_private_key(self.algorithm, self.private)
        return loaded.key_size if isinstance(loaded, rsa.RSAPrivateKey) else 256

    @property
    def kind(self) -> str:
        """ "ed25519" or "rsa 2048", as `mailmoat dkim list` and the dashboard show it."""
        return "ed25519" if self.algorithm == "ed25519" else f"rsa {self.bits}"

    @property
    def txt_value(self) -> str:
        return f"v=DKIM1; k={self.algorithm}; p={self.public_b64}"


def validate_selector(text: str) -> str:
    selector = text.strip().lower()
    if len(selector) > 63 or not _SELECTOR.fullmatch(selector):
        raise DkimKeyError(f"not a selector: {text[:70]!r} (letters, digits and '-', e.g. mm202612)")
    return selector


def default_selector(now: float) -> str:
    """mmYYYYMM: a new selector a month, so a rotation seldom needs one typed in."""
    return "mm" + datetime.datetime.fromtimestamp(now, datetime.timezone.utc).strftime("%Y%m")


def generate(
    domain: str, selector: str, algorithm: str = "rsa", bits: int = 2048, now: float = 0.0, state: str = "active"
) -> DkimKey:
    if algorithm == "ed25519":
        seed = ed25519.Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        private = base64.b64encode(seed).decode("ascii")
    elif algorithm == "rsa":
        if bits not in RSA_BITS:
            raise DkimKeyError(f"--bits must be one of {', '.join(map(str, RSA_BITS))}, not {bits}")
        private = (
            rsa.generate_private_key(65537, bits)
            .private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
            )
            .decode("ascii")
        )
    else:
        raise DkimKeyError(f"not a key type: {algorithm!r} (rsa or ed25519)")
    return DkimKey(domain, selector, algorithm, private, state, now)


@functools.lru_cache(maxsize=256)
def load_private_key(algorithm: str, private: str) -> rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey:
    """The key object (cached: loading an RSA key checks it, which costs more than a signature)."""
    try:
        if algorithm == "ed25519":
            return ed25519.Ed25519PrivateKey.from_private_bytes(base64.b64decode(private, validate=True))
        key = serialization.load_pem_private_key(private.encode("ascii"), password=None)
    except (ValueError, TypeError, UnicodeError) as exc:
        raise DkimKeyError(f"the stored {algorithm} key cannot be read: {exc}") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise DkimKeyError("the stored key is not an RSA key")
    return key


@functools.lru_cache(maxsize=256)
def public_key_b64(algorithm: str, private: str) -> str:
    public = load_private_key(algorithm, private).public_key()
    if algorithm == "ed25519":  # RFC 8463: the bare 32-byte key
        raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    else:  # RFC 6376 3.6.1: SubjectPublicKeyInfo, DER
        raw = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(raw).decode("ascii")


def txt_strings(value: str) -> list[str]:
    """The record's text cut into character-strings of at most 255 bytes (a 2048-bit key needs two)."""
    return [value[i : i + TXT_STRING_MAX] for i in range(0, len(value), TXT_STRING_MAX)] or [""]


def zone_record(key: DkimKey, ttl: int = 3600) -> str:
    """The record in zone-file form, ready to paste into BIND, NSD, PowerDNS or dnsmasq's own syntax."""
    strings = " ".join(f'"{part}"' for part in txt_strings(key.txt_value))
    return f"{key.dns_name}. {ttl} IN TXT ( {strings} )"


def parse_tags(text: str) -> dict[str, str]:
    """RFC 6376 3.2 tag=value list; whitespace inside values is dropped (as in p=). ValueError if malformed."""
    tags: dict[str, str] = {}
    for item in text.split(";"):
        if not item.strip():
            continue
        name, equals, value = item.partition("=")
        name = name.strip()
        if not equals or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name):
            raise ValueError(f"not a tag=value pair: {item.strip()[:40]!r}")
        if name in tags:
            raise ValueError(f"tag {name} given twice")
        tags[name] = value.strip()
    return tags


def check_record(key: DkimKey, texts: list[str]) -> tuple[bool, str]:
    """Whether the TXT record(s) published at the key's name match it: (ok, what to tell the operator)."""
    if not texts:
        return False, f"no TXT record at {key.dns_name}: publish the record `mailmoat dkim list` shows"
    if len(texts) > 1:
        return False, f"{len(texts)} TXT records at {key.dns_name}: keep only one"
    try:
        tags = parse_tags(texts[0])
    except ValueError as exc:
        return False, f"the record at {key.dns_name} is malformed: {exc}"
    if tags.get("v", "DKIM1") != "DKIM1":
        return False, f"the record at {key.dns_name} has v={tags['v']}, not v=DKIM1"
    published = re.sub(r"\s+", "", tags.get("p", ""))
    if not published:
        return False, f"the record at {key.dns_name} has an empty p=: the key is revoked"
    if tags.get("k", "rsa") != key.algorithm:
        return False, f"the record at {key.dns_name} is for k={tags.get('k', 'rsa')}, the key is {key.algorithm}"
    if published != key.public_b64:
        return False, f"the record at {key.dns_name} holds another public key: publish the one shown by keygen"
    return True, f"{key.dns_name}: the published record matches the key"
