"""Theme files (themes/*.toml) loaded into Textual Theme objects."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.theme import Theme

from ..bundled import bundled

THEMES_DIR = bundled("themes")
DEFAULT_THEME = "mailmoat-dark"
# Mailmoat's own colour variables, with fallbacks for Textual's built-in themes.
VARIABLE_DEFAULTS = {
    "accepted": "#5FBF77",
    "rejected": "#E06464",
    "tempfail": "#E0C04F",
    "weak": "#E0904F",
    "info": "#7A8CA5",
}
_THEME_FIELDS = {
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
    "dark",
}


def load_theme(path: Path) -> Theme:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    variables = {**VARIABLE_DEFAULTS, **data.get("variables", {})}
    fields = {key: value for key, value in data.items() if key in _THEME_FIELDS}
    return Theme(name=data.get("name", path.stem), variables=variables, **fields)


def load_themes(directory: Path = THEMES_DIR) -> list[Theme]:
    return [load_theme(path) for path in sorted(directory.glob("*.toml"))]
