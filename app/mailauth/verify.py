"""DKIM verification of incoming mail with dkimpy, its DNS answers fetched beforehand, asynchronously.

dkimpy's verifier is synchronous and asks DNS itself. So the cheap part runs on the loop: the d= and
s= of each DKIM-Signature are read with a regular expression and their key records fetched through
the gateway's TXT lookup (its cache and time budget). dkim.verify then runs on a thread with a
dnsfunc that only returns those prefetched answers: it never waits on the network.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import dkim

from .headers import header_values

MAX_SIGNATURES = 5  # more is an attack on our CPU, not authentication
_TAG = re.compile(r"(?:^|;)\s*([ads])\s*=\s*([^;]*)")
TxtLookup = Callable[[str], Awaitable[tuple[str, ...] | None]]  # None: no answer (temperror)


@dataclass(frozen=True)
class DkimResult:
    result: str  # pass | fail | neutral | temperror | permerror (RFC 8601 2.7.1)
    domain: str  # the signature's d=
    selector: str
    algorithm: str
    signature: str = ""  # the first characters of b=, to tell signatures apart (header.b)
    reason: str = ""


def signature_names(value: str) -> tuple[str, str, str, str]:
    """(d, s, a, b prefix) of one DKIM-Signature value, read cheaply; '' for what is missing."""
    tags = {name: re.sub(r"\s+", "", text) for name, text in _TAG.findall(value)}
    b_match = re.search(r"(?:^|;)\s*b\s*=\s*([^;]*)", value)
    prefix = re.sub(r"\s+", "", b_match[1])[:8] if b_match else ""
    return tags.get("d", "").lower().rstrip("."), tags.get("s", "").lower(), tags.get("a", "").lower(), prefix


def key_name(domain: str, selector: str) -> str:
    return f"{selector}._domainkey.{domain}"


async def verify_dkim(message: bytes, lookup: TxtLookup) -> list[DkimResult]:
    """One result per DKIM-Signature (the first MAX_SIGNATURES, top to bottom)."""
    values = header_values(message, "dkim-signature")[:MAX_SIGNATURES]
    if not values:
        return []
    names = [signature_names(value) for value in values]
    wanted = sorted({key_name(d, s) for d, s, _a, _b in names if d and s})
    answers = await asyncio.gather(*(lookup(name) for name in wanted))
    prefetched = dict(zip(wanted, answers))
    return await asyncio.to_thread(_verify_all, message, names, prefetched)


def _verify_all(
    message: bytes, names: list[tuple[str, str, str, str]], prefetched: dict[str, tuple[str, ...] | None]
) -> list[DkimResult]:
    def dnsfunc(name: bytes, timeout: float = 5) -> bytes | None:
        texts = prefetched.get(name.decode("ascii", "replace").rstrip(".").lower())
        return texts[0].encode("utf-8", "replace") if texts else None

    results = []
    for index, (domain, selector, algorithm, prefix) in enumerate(names):
        if not domain or not selector:
            results.append(DkimResult("permerror", domain, selector, algorithm, prefix, "no d= or s="))
            continue
        answer = prefetched.get(key_name(domain, selector))
        if answer is None:
            results.append(DkimResult("temperror", domain, selector, algorithm, prefix, "key lookup failed"))
            continue
        if not answer:
            results.append(DkimResult("permerror", domain, selector, algorithm, prefix, "no key published"))
            continue
        verifier = dkim.DKIM(message, logger=_quiet, minkey=1024)
        try:
            verified = verifier.verify(idx=index, dnsfunc=dnsfunc)
        except dkim.DKIMException as exc:
            if "body hash mismatch" in str(exc):  # the body was changed on the way: RFC 8601 calls it fail
                results.append(DkimResult("fail", domain, selector, algorithm, prefix, "body hash mismatch"))
            else:
                results.append(DkimResult("permerror", domain, selector, algorithm, prefix, str(exc)[:80]))
            continue
        except Exception as exc:  # dkimpy on hostile input: no verdict, never a crash
            results.append(DkimResult("permerror", domain, selector, algorithm, prefix, type(exc).__name__))
            continue
        results.append(
            DkimResult(
                "pass" if verified else "fail",
                domain,
                selector,
                algorithm,
                prefix,
                "" if verified else "signature did not verify",
            )
        )
    return results


_quiet = logging.getLogger("app.mailauth.dkimpy")
_quiet.addHandler(logging.NullHandler())
_quiet.propagate = False  # dkimpy logs every failed signature at error level: they are strangers' mistakes
