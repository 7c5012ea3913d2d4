"""Dashboard screens. Each module here defines SPEC (a ScreenSpec); adding a screen is adding a module."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable

from textual.screen import Screen


@dataclass(frozen=True)
class ScreenSpec:
    name: str  # the mode name, e.g. "live"
    key: str  # the key that shows it, e.g. "1"
    title: str
    description: str  # what the screen is for (shown on the help screen)
    factory: Callable[[], Screen]
    order: int = 50


def discover() -> list[ScreenSpec]:
    specs = []
    for module in pkgutil.iter_modules(__path__):
        spec = getattr(importlib.import_module(f"{__name__}.{module.name}"), "SPEC", None)
        if isinstance(spec, ScreenSpec):
            specs.append(spec)
    return sorted(specs, key=lambda s: (s.order, s.name))
