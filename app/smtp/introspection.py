"""Per-class caching of the introspection aiosmtpd's SMTP.__init__ repeats for every connection.

aiosmtpd walks `inspect.getmembers()` and `dir()` of the protocol and the handler on every
new connection to find its `auth_*`, `handle_*` and `smtp_*` methods: measured at about 9% of
the gateway's CPU under load (bench/throughput.py, py-spy). The names only depend on the
class, so we compute them once per class and look the attributes up on the instance as before.

aiosmtpd keeps only the names with those three prefixes from what `dir()` gives it, so the cached
list holds only those: its three loops then run over a few dozen names, not the two hundred or so
an SMTP protocol object has (with the instance's own attributes of those prefixes added, as `dir()`
would list them).
"""

from __future__ import annotations

import inspect
from typing import Any

import aiosmtpd.smtp

PREFIXES = ("smtp_", "handle_", "auth_")

_names_by_type: dict[type, list[str]] = {}
_auth_names_by_type: dict[type, list[str]] = {}


def _class_names(obj: Any) -> list[str]:
    names = _names_by_type.get(type(obj))
    if names is None:
        names = _names_by_type[type(obj)] = [name for name in dir(type(obj)) if name.startswith(PREFIXES)]
    return names


def _cached_dir(obj: Any = None) -> list[str]:
    names = _class_names(obj)
    own = getattr(obj, "__dict__", None)
    if own:
        extra = [name for name in own if name.startswith(PREFIXES)]
        if extra:
            return sorted(set(names).union(extra))
    return names


_signatures: dict[Any, inspect.Signature] = {}


class _CachedInspect:
    """The two functions of `inspect` that aiosmtpd.smtp uses."""

    @staticmethod
    def signature(callable_: Any) -> inspect.Signature:
        key = (getattr(callable_, "__func__", callable_), hasattr(callable_, "__self__"))
        found = _signatures.get(key)
        if found is None:
            found = _signatures[key] = inspect.signature(callable_)
        return found

    @staticmethod
    def getmembers(obj: Any) -> list[tuple[str, Any]]:
        # aiosmtpd only keeps members named auth_*; the others are not looked up at all
        names = _auth_names_by_type.get(type(obj))
        if names is None:
            names = _auth_names_by_type[type(obj)] = [n for n in _class_names(obj) if n.startswith("auth_")]
        return [(name, getattr(obj, name)) for name in names]


def install() -> None:
    aiosmtpd.smtp.inspect = _CachedInspect  # type: ignore[assignment]  # stands in for the module: getmembers only
    aiosmtpd.smtp.dir = _cached_dir  # type: ignore[attr-defined]
