"""The statistical filter's tables: token counts, totals, and the training acts (migration 13).

Counts are the starter model plus every row of bayes_trainings; triggers keep them so (an insert learns,
a delete unlearns), which is what makes a journaled training undoable like any policy change.
bayes_totals.version changes with every change of the counts, so that a reload reads the tokens only then.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..classify.bayes import Model
from .database import Store


@dataclass(frozen=True)
class Training:
    id: int
    ts: float
    label: str
    source: str
    subject: str
    tokens: int


@dataclass(frozen=True)
class Learned:
    training: int | None  # the new row, None when the message was already learned as that
    replaced: int  # earlier trainings of the same message with the other label, removed


async def model_version(store: Store) -> int:
    row = await store._fetchone("SELECT version FROM bayes_totals WHERE id = 1")
    return int(row[0]) if row else 0


async def load_model(store: Store) -> Model:
    async with store.lock:
        # one connection call each, as data_version does: no cursor left open across awaits
        totals = await store.conn.execute_fetchall("SELECT spam, ham, version FROM bayes_totals WHERE id = 1")
        rows = await store.conn.execute_fetchall("SELECT token, spam, ham FROM bayes_tokens")
    nspam, nham, version = next(iter(totals), (0, 0, 0))
    return Model(MappingProxyType({token: (spam, ham) for token, spam, ham in rows}), nspam, nham, version)


async def add_training(
    store: Store, label: str, tokens: Iterable[str], source: str, subject: str, digest: str, now: float | None = None
) -> Learned:
    """Learns one message. The same message (same digest) learned again as the same label is a no-op; learned
    as the other label, its earlier training is removed first (in the same transaction, hence one change)."""
    if label not in ("spam", "ham"):
        raise ValueError(f"label must be spam or ham, not {label!r}")
    token_list = sorted(set(tokens))
    async with store.transaction() as conn:
        cursor = await conn.execute("SELECT id, label FROM bayes_trainings WHERE digest = ?", (digest,))
        earlier = list(await cursor.fetchall())
        if any(row[1] == label for row in earlier):
            return Learned(None, 0)
        for row in earlier:
            await conn.execute("DELETE FROM bayes_trainings WHERE id = ?", (row[0],))
        cursor = await conn.execute(
            "INSERT INTO bayes_trainings(ts, label, source, subject, digest, tokens) VALUES(?, ?, ?, ?, ?, ?)",
            (
                time.time() if now is None else now,
                label,
                source[:200],
                subject[:200],
                digest,
                json.dumps(token_list, ensure_ascii=False),
            ),
        )
        return Learned(cursor.lastrowid, len(earlier))


async def forget(store: Store, training: int) -> bool:
    return bool(await store._execute("DELETE FROM bayes_trainings WHERE id = ?", (training,)))


async def trainings(store: Store, limit: int = 50) -> list[Training]:
    rows = await store._fetchall(
        "SELECT id, ts, label, source, subject, json_array_length(tokens) "
        "FROM bayes_trainings ORDER BY id DESC LIMIT ?",
        (limit,),
    )
    return [Training(*row) for row in rows]


async def replace_base(store: Store, counts: Mapping[str, tuple[int, int]], nspam: int, nham: int) -> None:
    """Counts become `counts` (a starter model) plus every training on record. Not journaled itself: the
    trainings are, and they are kept."""
    async with store.transaction() as conn:
        await conn.execute("DELETE FROM bayes_tokens")
        await conn.executemany(
            "INSERT INTO bayes_tokens(token, spam, ham) VALUES(?, ?, ?)",
            [(token, spam, ham) for token, (spam, ham) in counts.items()],
        )
        await conn.execute(
            "INSERT INTO bayes_tokens(token, spam, ham) "
            "SELECT j.value, SUM(t.label = 'spam'), SUM(t.label = 'ham') "
            "FROM bayes_trainings t, json_each(t.tokens) j WHERE true GROUP BY j.value "
            "ON CONFLICT(token) DO UPDATE SET spam = spam + excluded.spam, ham = ham + excluded.ham"
        )
        await conn.execute(
            "UPDATE bayes_totals SET "
            "spam = ? + (SELECT COUNT(*) FROM bayes_trainings WHERE label = 'spam'), "
            "ham = ? + (SELECT COUNT(*) FROM bayes_trainings WHERE label = 'ham'), "
            "version = version + 1 WHERE id = 1",
            (nspam, nham),
        )
