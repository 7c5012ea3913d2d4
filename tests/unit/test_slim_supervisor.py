"""`serve --workers N` becomes `python -m app.supervisor` (app.supervisor.handover): that process starts and
watches workers and must not carry the gateway's rooms, whose imports cost ~30 MB (bench/idle.py: 10,000 idle
connections under 300 MB in all)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("app.runtime", "app.store.database", "app.smtp", "app.pipeline", "app.classify", "app.ui", "aiosqlite")


def test_the_supervisor_imports_none_of_the_gateways_rooms():
    probe = "import sys, app.supervisor; print(' '.join(sorted(m for m in sys.modules if m.startswith({!r}))))"
    out = subprocess.run(
        [sys.executable, "-c", probe.format(HEAVY)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == [], f"the supervisor imports {out}"
