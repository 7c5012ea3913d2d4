"""Files shipped beside the code: the theme palettes (themes/*.toml) and the demo database (sample.db).

A checkout keeps them at its top level. An installed package has no top level, so the wheel carries them
inside the package, as app/themes/ and app/sample.db (setup.py puts them there). importlib.resources finds
the package wherever it was installed (a venv, pipx, a distribution's site-packages); an editable install or
a bare checkout finds nothing there and falls back to the top level beside the package.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# A real folder: the demo copies sample.db with the file system and SQLite opens it, so no zip import.
PACKAGE_DIR = Path(str(files(__package__)))


def bundled(name: str) -> Path:
    """The shipped file or folder `name` (a path relative to the project's top level, e.g. "themes")."""
    installed = PACKAGE_DIR / name
    return installed if installed.exists() else PACKAGE_DIR.parent / name
