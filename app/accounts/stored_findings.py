"""Password findings as kept in the database: JSON, with every quoted fragment of the password removed
(the explanation may say "a run of neighbouring characters ('1234')"; the store must not)."""

from __future__ import annotations

import json
import re

from .weakness import Finding

_FRAGMENT = re.compile(r"\s*\('[^']*'\)")


def dump_findings(findings: list[Finding]) -> str:
    return json.dumps(
        [
            {"code": f.code, "severity": f.severity, "explanation": _FRAGMENT.sub("", f.explanation), "fix": f.fix}
            for f in findings
        ],
        ensure_ascii=False,
    )


def load_findings(text: str) -> list[Finding]:
    if not text:
        return []
    try:
        return [Finding(d["code"], d["severity"], d["explanation"], d["fix"]) for d in json.loads(text)]
    except (ValueError, KeyError, TypeError):
        return []
