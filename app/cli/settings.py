"""`mailmoat init`, `set`, `get` and `settings`."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from ..store.database import Store
from ..usage import UsageError
from ..admin import AdminError, settings
from ..install import initialise
from ..policy.settings import SPECS, SettingError, spec_for
from ..store import settings as settings_store
from .common import admin_for


def add_parsers(commands) -> None:
    setting = commands.add_parser("set", help="change a setting")
    setting.add_argument("key")
    setting.add_argument("value")
    setting.add_argument(
        "--dry-run",
        action="store_true",
        help="content.*_score only: how the last day's messages would have fared; saves nothing",
    )
    commands.add_parser("get", help="show one setting").add_argument("key")
    commands.add_parser("settings", help="show every setting")


async def cmd_init(store: Store, args: argparse.Namespace) -> int:
    try:
        for line in await initialise(store, args.hostname):
            print(line)
    except SettingError as exc:
        raise UsageError(f"mailmoat init: {exc}") from None
    return 0


async def cmd_set(store: Store, args: argparse.Namespace) -> int:
    admin = admin_for(store)
    try:
        if args.dry_run:
            print(await settings.preview_threshold(admin, args.key, args.value))
        else:
            print((await settings.set_value(admin, args.key, args.value)).summary)
    except AdminError as exc:
        raise UsageError(
            f"mailmoat set{' --dry-run' if args.dry_run and 'preview' in str(exc) else ''}: {exc}"
        ) from None
    return 0


async def cmd_get(store: Store, args: argparse.Namespace) -> int:
    try:
        print(await settings.value(admin_for(store), args.key))
    except AdminError as exc:
        raise UsageError(f"mailmoat get: {exc}") from None
    return 0


async def cmd_settings(store: Store, args: argparse.Namespace) -> int:
    stored = await settings_store.all_settings(store)
    width = max(len(key) for key in SPECS)
    unusable = False
    for key, spec in SPECS.items():
        value = stored.get(key, spec.default)
        marker = " " if key in stored else "*"
        if key in stored and not _usable(spec, value, key):
            marker, unusable = "!", True
        if spec.secret and value:
            value = "********"
        print(f"{key:<{width}}  {marker} {value or '-':<24} {spec.help}")
    for key in sorted(k for k in stored if k not in SPECS and spec_for(k) is not None):
        marker = " " if _usable(spec_for(key), stored[key], key) else "!"
        unusable = unusable or marker == "!"
        print(f"{key:<{width}}  {marker} {stored[key]:<24} (override for one domain)")
    print(
        "(* = default"
        + (
            "; ! = stored before today's checks and refused by them: the default applies, set it again"
            if unusable
            else ""
        )
        + ")"
    )
    return 0


def _usable(spec, value: str, key: str) -> bool:
    try:
        spec.value(value, key)
    except SettingError:
        return False
    return True


COMMANDS: dict[str, Callable[[Store, argparse.Namespace], Awaitable[int]]] = {
    "init": cmd_init,
    "set": cmd_set,
    "get": cmd_get,
    "settings": cmd_settings,
}
