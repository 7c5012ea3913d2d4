"""The journal of policy changes, written by triggers (migration 10), and undo.

A change is everything one command (or one dashboard action) did: rows of several tables, each with its
state before and after. Undo applies the inverse, newest first, in one transaction, and is itself a
change in the journal (so an undo can be undone). It refuses when a row has changed since, unless forced.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .database import SECRET_SETTINGS, Store
from .dialect import row_json

_VERSIONED = {"list_entries": "internal.lists_version", "recipients": "internal.recipients_version"}


class JournalConflict(Exception):
    """A row the change touched has been changed again since."""


class SecretNotJournaled(JournalConflict):
    """The change set a secret setting, whose value the journal never keeps: undo cannot restore it."""


@dataclass(frozen=True)
class JournalEntry:
    id: int
    ts: float
    actor: str
    change: int
    table: str
    op: str  # insert | update | delete
    key: dict
    before: dict | None
    after: dict | None

    @property
    def secret(self) -> bool:
        """A secret setting's row: the journal holds no value (and shows none, even of rows older than that)."""
        return self.table == "settings" and (
            self.key.get("key") in SECRET_SETTINGS or any(row.get("secret") for row in (self.before, self.after) if row)
        )

    def describe(self) -> str:
        what = ", ".join(f"{k}={v}" for k, v in self.key.items())
        if self.secret:
            done = {"insert": "set", "update": "changed", "delete": "unset"}[self.op]
            return f"settings {what}: {done} (a secret: the journal keeps no value)"
        if self.op == "update":
            before, after = self.before or {}, self.after or {}
            diff = [f"{c}: {before.get(c)!r} -> {after.get(c)!r}" for c in after if before.get(c) != after.get(c)]
            return f"{self.table} {what}: " + "; ".join(diff)
        row = (self.after if self.op == "insert" else self.before) or {}
        shown = {
            k: v
            for k, v in row.items()
            if k not in self.key and k not in ("created", "password_hash", "tokens", "digest")
        }
        return f"{self.op} {self.table} {what} {json.dumps(shown, ensure_ascii=False)}"


@dataclass(frozen=True)
class Change:
    change: int
    ts: float
    actor: str
    rows: int
    tables: str
    first: str  # a description of its first row


def _entry(row) -> JournalEntry:
    return JournalEntry(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        json.loads(row[6]),
        json.loads(row[7]) if row[7] else None,
        json.loads(row[8]) if row[8] else None,
    )


_COLUMNS = "id, ts, actor, change, tbl, op, key, before, after"


async def recent_changes(store: Store, limit: int = 20) -> list[Change]:
    rows = await store._fetchall(
        "SELECT change, MIN(ts), MIN(actor), COUNT(*), GROUP_CONCAT(DISTINCT tbl), MIN(id) FROM journal "
        "GROUP BY change ORDER BY MIN(id) DESC LIMIT ?",
        (limit,),
    )
    changes = []
    for change, ts, actor, count, tables, first_id in rows:
        first = await store._fetchone(f"SELECT {_COLUMNS} FROM journal WHERE id = ?", (first_id,))
        changes.append(Change(change, ts, actor, count, tables, _entry(first).describe()))
    return changes


async def entries(store: Store, change: int, limit: int = -1) -> list[JournalEntry]:
    """The change's rows in order; the first `limit` of them (a bulk import is one change of many rows)."""
    rows = await store._fetchall(
        f"SELECT {_COLUMNS} FROM journal WHERE change = ? ORDER BY id LIMIT ?", (change, limit)
    )
    return [_entry(r) for r in rows]


async def change_size(store: Store, change: int) -> int:
    row = await store._fetchone("SELECT COUNT(*) FROM journal WHERE change = ?", (change,))
    return row[0] if row else 0


async def last_change(store: Store) -> int | None:
    row = await store._fetchone("SELECT change FROM journal ORDER BY id DESC LIMIT 1")
    return row[0] if row else None


async def undo(store: Store, change: int, *, force: bool = False) -> int:
    """Restores every row `change` touched to its state before it. Returns how many rows were restored.

    Raises KeyError for an unknown change and JournalConflict when a row has changed since (unless forced).
    The undo is journaled under the store's journal_actor, as its own change.
    """
    done = await entries(store, change)
    if not done:
        raise KeyError(change)
    secrets = sorted({e.key["key"] for e in done if e.secret})
    if secrets:
        raise SecretNotJournaled(
            f"change {change} set {', '.join(secrets)}, a secret whose value the journal "
            f"does not keep; set it again with 'mailmoat set {secrets[0]} ...'"
        )
    async with store.transaction() as conn:
        for entry in reversed(done):
            current = await _current(conn, entry, store.dialect)
            expected = entry.after if entry.op != "delete" else None
            if current != expected and not force:
                raise JournalConflict(
                    f"{entry.table} {entry.key} has changed since change {change}; "
                    "undo the later change first, or force it"
                )
            await _apply_inverse(conn, entry)
        if store.journal_actor is not None:  # the undo is a change of its own: remember which one it undid
            cursor = await conn.execute("SELECT change FROM journal_context WHERE id = 1")
            context = await cursor.fetchone()
            assert context is not None, "journal_context has its one row from the migration on"
            await conn.execute(
                "INSERT OR REPLACE INTO journal_undos(change, undoes) VALUES (?, ?)", (context[0], change)
            )
        for table in {e.table for e in done} & _VERSIONED.keys():
            await conn.execute(
                "INSERT INTO settings(key, value) VALUES(?, '1') ON CONFLICT(key) DO UPDATE SET "
                "value = CAST(value AS INTEGER) + 1",
                (_VERSIONED[table],),
            )
    return len(done)


async def _current(conn, entry: JournalEntry, dialect: str) -> dict | None:
    columns = list((entry.after or entry.before or {}).keys())
    where = " AND ".join(f"{k} = ?" for k in entry.key)
    fields = row_json("", columns, dialect)  # as the journal's triggers write them
    cursor = await conn.execute(f"SELECT {fields} FROM {entry.table} WHERE {where}", tuple(entry.key.values()))
    row = await cursor.fetchone()
    return json.loads(row[0]) if row else None


async def _apply_inverse(conn, entry: JournalEntry) -> None:
    where = " AND ".join(f"{k} = ?" for k in entry.key)
    keys = tuple(entry.key.values())
    if entry.op == "insert":
        await conn.execute(f"DELETE FROM {entry.table} WHERE {where}", keys)
    elif entry.op == "delete":
        row = entry.before or {}
        await conn.execute(
            f"INSERT OR REPLACE INTO {entry.table}({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
            tuple(row.values()),
        )
    else:
        row = entry.before or {}
        await conn.execute(
            f"UPDATE {entry.table} SET {', '.join(f'{c} = ?' for c in row)} WHERE {where}", (*row.values(), *keys)
        )


@dataclass(frozen=True)
class StackTops:
    undo: int | None  # the change ctrl+z undoes: the newest change still in effect that is no undo itself
    redo: int | None  # the undo that ctrl+y reverses: the newest one still in effect since the last new change


async def stack_tops(store: Store, limit: int = 1000) -> StackTops:
    """Undo and redo as stacks over the journal (the last `limit` changes): undoing twice steps back through
    two changes, and a redo reverses the latest undo; a new change (not an undo) empties the redo stack."""
    rows = await store._fetchall("SELECT change FROM journal GROUP BY change ORDER BY MIN(id) DESC LIMIT ?", (limit,))
    order = [row[0] for row in reversed(rows)]
    undoes = {row[0]: row[1] for row in await store._fetchall("SELECT change, undoes FROM journal_undos")}
    applied: dict[int, bool] = {}
    for change in order:
        applied[change] = True
        effect, target = False, undoes.get(change)
        while target is not None:  # undoing an undo restores what that undo had undone, and so on down
            applied[target] = effect
            effect, target = not effect, undoes.get(target)
    originals = [c for c in order if c not in undoes]
    undo = next((c for c in reversed(originals) if applied[c]), None)
    since = order.index(originals[-1]) + 1 if originals else 0
    redo = next((c for c in reversed(order[since:]) if applied[c] and undoes[c] not in undoes), None)
    return StackTops(undo, redo)


async def undone_by(store: Store, change: int) -> int | None:
    """The change that `change` undid, if it was an undo."""
    row = await store._fetchone("SELECT undoes FROM journal_undos WHERE change = ?", (change,))
    return row[0] if row else None
