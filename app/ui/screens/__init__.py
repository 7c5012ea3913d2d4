"""Dashboard screens. Each module here defines SPEC (a ScreenSpec); adding a screen is adding a module."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, cast

from textual.screen import Screen

if TYPE_CHECKING:
    from ..app import MailmoatApp


@dataclass(frozen=True)
class ScreenSpec:
    name: str  # the mode name, e.g. "live"
    key: str  # the key that shows it, e.g. "1"
    title: str
    description: str  # what the screen is for (shown on the help screen)
    factory: Callable[[], Screen]
    order: int = 50


def dashboard(screen: Screen) -> MailmoatApp:
    """The app of a screen given to a helper function: Textual types it App[object], ours is a MailmoatApp."""
    return cast("MailmoatApp", screen.app)


def discover() -> list[ScreenSpec]:
    specs = []
    for module in pkgutil.iter_modules(__path__):
        spec = getattr(importlib.import_module(f"{__name__}.{module.name}"), "SPEC", None)
        if isinstance(spec, ScreenSpec):
            specs.append(spec)
    return sorted(specs, key=lambda s: (s.order, s.name))
