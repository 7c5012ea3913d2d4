"""Import and export of block and allow lists: CSV (with a header) or plain lists, one entry a line."""

from __future__ import annotations

import csv
import io

from .lists import KINDS, guess_kind, normalise_scope, normalise_value
from .settings import SettingError, parse_duration

CSV_FIELDS = ("kind", "value", "scope", "action", "expires", "comment")


def parse_entries(text: str, list_name: str, *, kind: str | None = None, now: float) -> tuple[list[dict], list[str]]:
    """Entries ready for app.store.lists.add_entries, and one message per line that could not be read.

    CSV when the first line is a header naming `value`; otherwise a plain list: one value a line,
    `#` starts a comment, the kind given or guessed (address or network: ip; with @: email; else domain).
    """
    lines = text.splitlines()
    first = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    if "value" in [cell.strip().lower() for cell in first.split(",")]:
        rows = list(csv.DictReader(io.StringIO(text)))
        raw = [
            (n + 2, {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}) for n, row in enumerate(rows)
        ]
    else:
        raw = []
        for number, line in enumerate(lines, 1):
            value = line.split("#", 1)[0].strip()
            if value:
                raw.append((number, {"value": value}))
    entries, errors = [], []
    for number, row in raw:
        try:
            entries.append(entry_from_row(row, list_name, kind, now))
        except ValueError as exc:
            errors.append(f"line {number}: {exc}")
    return entries, errors


def entry_from_row(row: dict, list_name: str, kind: str | None, now: float) -> dict:
    """One entry from named fields (kind, value, scope, action, expires, comment); ValueError if unusable."""
    value = row.get("value", "")
    entry_kind = (row.get("kind") or kind or guess_kind(value)).lower()
    if entry_kind not in KINDS:
        raise ValueError(f"unknown kind {entry_kind!r} (ip, email, domain or user)")
    normalised, subdomains = normalise_value(entry_kind, value)
    action = (row.get("action") or "reject").lower()
    if action not in ("reject", "disconnect"):
        raise ValueError(f"unknown action {action!r} (reject or disconnect)")
    if action == "disconnect" and entry_kind != "ip":
        raise ValueError("only ip entries can disconnect at the greeting")
    expires = None
    if row.get("expires"):
        try:
            expires = now + parse_duration(row["expires"])
        except SettingError as exc:
            raise ValueError(str(exc)) from None
    return {
        "list": list_name,
        "kind": entry_kind,
        "value": normalised,
        "subdomains": subdomains,
        "scope": normalise_scope(row.get("scope")),
        "action": action,
        "comment": row.get("comment", ""),
        "created": now,
        "expires": expires,
    }


def export_csv(entries, now: float) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for e in entries:
        if e.expires is not None and e.expires <= now:
            continue
        value = ("." + e.value) if e.kind == "domain" and e.subdomains else e.value
        scope = e.scope.split(":", 1)[1] if e.scope else ""
        expires = f"{max(1, int(e.expires - now))}s" if e.expires is not None else ""
        writer.writerow((e.kind, value, scope, e.action, expires, e.comment))
    return out.getvalue()
