"""A site's SQLite database copied into PostgreSQL (`mailmoat migrate --from FILE --to URL`).

Both stores are open, so both are at the same schema. The copy is one PostgreSQL transaction: every table in
foreign-key order through binary COPY (asyncpg's copy_records_to_table), with the tables' own triggers off so
the rows arrive as they were (the journal does not journal its own copy, the learned tokens are not learned
twice), the identity columns moved past the copied ids, and every table's count checked before the commit.
The source is read in one read transaction: a gateway still writing to it does not skew the counts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import asyncpg

from .database import Store, StoreError
from .dialect import POSTGRES, SQLITE

READ_CHUNK = 5000  # rows read from SQLite and sent to COPY at a time

# Tables that a fresh open fills by itself (migrations, the declared secret settings): a target holding rows
# there only is still empty, and those rows give way to the source's.
SEEDED_TABLES = frozenset({"bayes_totals", "journal_context", "secret_settings"})


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


async def _target_tables(target: Store) -> dict[str, dict[str, str]]:
    """The target's tables, each with its columns and their types, in the schema's column order."""
    rows = await target.conn.raw.fetch(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name != 'schema_version' "
        "ORDER BY table_name, ordinal_position"
    )
    tables: dict[str, dict[str, str]] = {}
    for row in rows:
        tables.setdefault(row["table_name"], {})[row["column_name"]] = row["data_type"]
    return tables


async def _dependency_order(target: Store, tables: Iterable[str]) -> list[str]:
    """Parents before the tables that reference them."""
    edges = await target.conn.raw.fetch(
        "SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent "
        "FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace"
    )
    parents: dict[str, set[str]] = {table: set() for table in tables}
    for edge in edges:
        if edge["child"] in parents and edge["parent"] != edge["child"]:
            parents[edge["child"]].add(edge["parent"])
    ordered: list[str] = []
    while parents:
        ready = sorted(table for table, needs in parents.items() if not needs - set(ordered))
        if not ready:
            raise StoreError(f"the tables {sorted(parents)} reference each other in a circle")
        ordered += ready
        for table in ready:
            del parents[table]
    return ordered


async def _tables_holding_rows(target: Store, tables: Iterable[str]) -> list[str]:
    raw = target.conn.raw
    return [
        table
        for table in sorted(tables)
        if table not in SEEDED_TABLES and await raw.fetchval(f"SELECT EXISTS (SELECT 1 FROM {table})")
    ]


def _as_postgres(value: Any, data_type: str) -> Any:
    """A value as SQLite gave it, in the Python type asyncpg's binary COPY wants for the column."""
    if value is None:
        return None
    if data_type == "bigint":
        return value if isinstance(value, int) else int(float(value)) if isinstance(value, float) else int(value)
    if data_type == "double precision":
        return float(value)
    if data_type == "bytea":
        return value if isinstance(value, bytes) else str(value).encode("utf-8")
    if data_type == "text":
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        return str(value).replace("\x00", "\ufffd")  # PostgreSQL's text holds no NUL
    return value


async def _copy_table(source: Store, target: Store, table: str, columns: dict[str, str], present: set[str]) -> int:
    names = [name for name in columns if name in present]
    types = [columns[name] for name in names]
    cursor = await source.conn.execute(f"SELECT {', '.join(names)} FROM {table}")
    copied = 0
    try:
        while rows := await cursor.fetchmany(READ_CHUNK):
            try:
                records = [tuple(_as_postgres(v, t) for v, t in zip(row, types, strict=True)) for row in rows]
                await target.conn.raw.copy_records_to_table(table, records=records, columns=names)
            except (ValueError, TypeError, OverflowError, asyncpg.DataError) as exc:  # SQLite's loose types
                raise StoreError(
                    f"{table}: a row PostgreSQL cannot take ({' '.join(str(exc).split())}); nothing was copied"
                ) from None
            copied += len(records)
    finally:
        await cursor.close()
    return copied


async def _move_identities(target: Store, tables: dict[str, dict[str, str]]) -> None:
    """Each identity column's next value past the largest copied id."""
    raw = target.conn.raw
    identities = await raw.fetch(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND is_identity = 'YES'"
    )
    for row in identities:
        table, column = row["table_name"], row["column_name"]
        if table in tables:
            await raw.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                f"COALESCE((SELECT max({column}) FROM {table}), 0) + 1, false)"
            )


async def copy_to_postgres(source: Store, target: Store) -> list[TableCount]:
    """Copies every table of `source` (SQLite) into `target` (PostgreSQL, empty or freshly migrated); returns
    each table's row count on both sides. Raises StoreError, and leaves the target as it was, when the target
    already holds rows or a count differs."""
    if source.dialect != SQLITE or target.dialect != POSTGRES:
        raise StoreError("migrate copies an SQLite database into a PostgreSQL one")
    tables = await _target_tables(target)
    holding = await _tables_holding_rows(target, tables)
    if holding:
        raise StoreError(f"the target already holds rows (in {', '.join(holding)}); migrate needs an empty database")
    order = await _dependency_order(target, tables)
    raw = target.conn.raw
    counts: list[TableCount] = []
    async with source.lock, target.lock:
        await source.conn.execute("BEGIN")  # one snapshot of a source that a gateway may still be writing
        try:
            present = {
                row[0]: {column[1] for column in await source.conn.execute_fetchall(f"PRAGMA table_info({row[0]})")}
                for row in await source.conn.execute_fetchall(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            }
            async with raw.transaction():
                for table in order:
                    await raw.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
                for table in reversed(order):
                    if table in SEEDED_TABLES:
                        await raw.execute(f"DELETE FROM {table}")
                for table in order:
                    copied = 0
                    if table in present:
                        copied = await _copy_table(source, target, table, tables[table], present[table])
                        [(expected,)] = await source.conn.execute_fetchall(f"SELECT count(*) FROM {table}")
                        if copied != expected:
                            raise StoreError(f"{table}: read {copied} rows of {expected}")
                    counts.append(TableCount(table, copied, await raw.fetchval(f"SELECT count(*) FROM {table}")))
                    await asyncio.sleep(0)
                await _move_identities(target, tables)
                for table in order:
                    await raw.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
                wrong = [count for count in counts if count.source != count.target]
                if wrong:
                    raise StoreError(
                        "row counts differ after the copy, nothing was kept: "
                        + ", ".join(f"{c.table} {c.source} -> {c.target}" for c in wrong)
                    )
        finally:
            await source.conn.execute("ROLLBACK")
    return counts
