"""Per-class caching of the introspection aiosmtpd's SMTP.__init__ repeats for every connection.

aiosmtpd walks `inspect.getmembers()` and `dir()` of the protocol and the handler on every
new connection to find its `auth_*`, `handle_*` and `smtp_*` methods: measured at about 9% of
the gateway's CPU under load (bench/throughput.py, py-spy). The names only depend on the
class, so we compute them once per class and look the attributes up on the instance as before.
"""
from __future__ import annotations

import inspect
from typing import Any

import aiosmtpd.smtp

_names_by_type: dict[type, list[str]] = {}


def _class_names(obj: Any) -> list[str]:
    names = _names_by_type.get(type(obj))
    if names is None:
        names = _names_by_type[type(obj)] = dir(type(obj))
    return names


def _cached_dir(obj: Any = None) -> list[str]:
    own = getattr(obj, "__dict__", None)
    names = _class_names(obj)
    return sorted(set(names).union(own)) if own else names


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
        return [(name, getattr(obj, name)) for name in _class_names(obj) if name.startswith("auth_")]


def install() -> None:
    aiosmtpd.smtp.inspect = _CachedInspect  # type: ignore[assignment]  # stands in for the module: getmembers only
    aiosmtpd.smtp.dir = _cached_dir  # type: ignore[attr-defined]
