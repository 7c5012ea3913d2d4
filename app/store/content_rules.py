"""Content rules as rows: field, pattern, category, score, optional direct action, enabled, mode."""

from __future__ import annotations

import time
from dataclasses import dataclass

from .database import Store
from .rows import executemany_isolated


@dataclass(frozen=True)
class RuleRow:
    id: int
    name: str
    field: str
    pattern: str
    is_regex: bool
    category: str
    score: float
    action: str | None
    enabled: bool
    mode: str  # enforce | monitor
    comment: str
    created: float
    hits: int
    last_hit: float | None
    word: bool = False  # a keyword matched as a whole word only
    disabled_reason: str = ""  # why the gateway turned the rule off ("" when it did not)


_COLUMNS = (
    "id, name, field, pattern, is_regex, category, score, action, enabled, mode, comment, created, hits, last_hit,"
    " word, disabled_reason"
)


def _row(r) -> RuleRow:
    return RuleRow(
        r[0],
        r[1],
        r[2],
        r[3],
        bool(r[4]),
        r[5],
        float(r[6]),
        r[7],
        bool(r[8]),
        r[9],
        r[10],
        r[11],
        r[12],
        r[13],
        bool(r[14]),
        r[15] or "",
    )


async def load_rules(store: Store) -> list[RuleRow]:
    return [_row(r) for r in await store._fetchall(f"SELECT {_COLUMNS} FROM content_rules ORDER BY category, name")]


async def find_rule(store: Store, name: str) -> RuleRow | None:
    row = await store._fetchone(f"SELECT {_COLUMNS} FROM content_rules WHERE name = ?", (name,))
    return _row(row) if row else None


_UPSERT = (
    "INSERT INTO content_rules(name, field, pattern, is_regex, category, score, action, enabled, mode, comment,"
    " created, mode_since, word) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
    " field = excluded.field, pattern = excluded.pattern, is_regex = excluded.is_regex, word = excluded.word,"
    " category = excluded.category, score = excluded.score, action = excluded.action,"
    " enabled = excluded.enabled, mode = excluded.mode, comment = excluded.comment, disabled_reason = '',"
    " mode_since = CASE WHEN excluded.mode = 'monitor' THEN COALESCE(content_rules.mode_since,"
    " excluded.mode_since) END"
)


def _params(rule, created: float) -> tuple:
    return (
        rule.name,
        rule.field,
        rule.pattern,
        int(rule.is_regex),
        rule.category,
        float(rule.score),
        rule.action,
        int(rule.enabled),
        rule.mode,
        rule.comment or "",
        created,
        created if rule.mode == "monitor" else None,
        int(getattr(rule, "word", False)),
    )


async def save_rule(store: Store, rule) -> None:
    """Adds the rule, or replaces the one with the same name (hit counts are kept)."""
    await store._execute(_UPSERT, _params(rule, time.time()))


async def seed_rules(store: Store, rules) -> int:
    """Adds the rules whose names are not there yet (an operator's edits of a starter rule stay)."""
    now = time.time()
    async with store.transaction() as conn:
        before = await (await conn.execute("SELECT COUNT(*) FROM content_rules")).fetchone()
        await conn.executemany(
            "INSERT OR IGNORE INTO content_rules(name, field, pattern, is_regex, category, score, action, enabled,"
            " mode, comment, created, mode_since, word) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_params(r, now) for r in rules],
        )
        after = await (await conn.execute("SELECT COUNT(*) FROM content_rules")).fetchone()
        return (after or (0,))[0] - (before or (0,))[0]  # COUNT(*) always gives its row


async def remove_rule(store: Store, name: str) -> bool:
    return bool(await store._execute("DELETE FROM content_rules WHERE name = ?", (name,)))


async def set_enabled(store: Store, name: str, enabled: bool) -> bool:
    return bool(
        await store._execute(
            "UPDATE content_rules SET enabled = ?, disabled_reason = '' WHERE name = ?", (int(enabled), name)
        )
    )


async def disable_with_reason(store: Store, name: str, pattern: str, reason: str) -> bool:
    """Turns an enabled rule off and says why (the gateway does, for a regex that timed out); False if the rule
    is gone, off already, or its pattern has been changed since (the operator fixed it)."""
    return bool(
        await store._execute(
            "UPDATE content_rules SET enabled = 0, disabled_reason = ? WHERE name = ? AND pattern = ? AND enabled = 1",
            (reason, name, pattern),
        )
    )


async def monitored_since(store: Store, before: float) -> list[RuleRow]:
    """The enabled rules in monitor mode since `before` or earlier."""
    rows = await store._fetchall(
        f"SELECT {_COLUMNS} FROM content_rules WHERE mode = 'monitor' AND enabled = 1 "
        "AND mode_since IS NOT NULL AND mode_since <= ? ORDER BY name",
        (before,),
    )
    return [_row(row) for row in rows]


async def set_mode(store: Store, name: str, mode: str, now: float | None = None) -> bool:
    return bool(
        await store._execute(
            "UPDATE content_rules SET mode = ?, mode_since = ? WHERE name = ?",
            (mode, (now or time.time()) if mode == "monitor" else None, name),
        )
    )


async def record_rule_hits(store: Store, hits: dict[str, tuple[int, float]]) -> None:
    """hits: rule name -> (count, time of the last)."""
    await executemany_isolated(
        store,
        "UPDATE content_rules SET hits = hits + ?, last_hit = MAX(COALESCE(last_hit, 0), ?) WHERE name = ?",
        [(n, when, name) for name, (n, when) in hits.items()],
        "rule hits",
    )
