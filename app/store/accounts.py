"""SMTP AUTH accounts, their aliases, and what was found wrong with their passwords (never the passwords)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from .database import Store


@dataclass(frozen=True)
class AccountRow:
    address: str
    password_hash: str
    enabled: bool
    expires: float | None
    networks: str  # comma-separated CIDRs the account may log in from; "" = anywhere
    allow_weak: bool
    findings: str  # JSON: what was wrong with the password when it was last seen (app/accounts/stored_findings)
    created: float
    password_changed: float
    last_login: float | None
    last_send: float | None
    aliases: tuple[str, ...] = ()


_COLUMNS = (
    "address, password_hash, enabled, expires, networks, allow_weak, findings, created, password_changed, "
    "last_login, last_send"
)


def _row(r, aliases: tuple[str, ...]) -> AccountRow:
    return AccountRow(r[0], r[1], bool(r[2]), r[3], r[4], bool(r[5]), r[6], r[7], r[8], r[9], r[10], aliases)


async def load_accounts(store: Store) -> list[AccountRow]:
    aliases: dict[str, list[str]] = {}
    for alias, address in await store._fetchall("SELECT alias, address FROM account_aliases ORDER BY alias"):
        aliases.setdefault(address, []).append(alias)
    rows = await store._fetchall(f"SELECT {_COLUMNS} FROM accounts ORDER BY address")
    return [_row(r, tuple(aliases.get(r[0], ()))) for r in rows]


async def get_account(store: Store, address: str) -> AccountRow | None:
    row = await store._fetchone(f"SELECT {_COLUMNS} FROM accounts WHERE address = ?", (address,))
    if row is None:
        return None
    aliases = await store._fetchall("SELECT alias FROM account_aliases WHERE address = ? ORDER BY alias", (address,))
    return _row(row, tuple(a[0] for a in aliases))


async def add_account(
    store: Store,
    address: str,
    password_hash: str,
    findings: str,
    *,
    allow_weak: bool,
    aliases: list[str],
    networks: str,
    expires: float | None = None,
) -> None:
    """Raises ValueError when the address or an alias is taken."""
    now = time.time()
    async with store.transaction() as conn:
        cursor = await conn.execute(
            "SELECT 1 FROM accounts WHERE address = ? UNION ALL SELECT 1 FROM account_aliases WHERE alias = ?",
            (address, address),
        )
        if await cursor.fetchone():
            raise ValueError(f"{address} already exists")
        await conn.execute(
            "INSERT INTO accounts(address, password_hash, enabled, expires, networks, allow_weak, findings, created,"
            " password_changed) VALUES(?, ?, 1, ?, ?, ?, ?, ?, ?)",
            (address, password_hash, expires, networks, int(allow_weak), findings, now, now),
        )
        for alias in aliases:
            cursor = await conn.execute(
                "SELECT 1 FROM accounts WHERE address = ? UNION ALL SELECT 1 FROM account_aliases WHERE alias = ?",
                (alias, alias),
            )
            if await cursor.fetchone():
                raise ValueError(f"alias {alias} is already an account or an alias")
            await conn.execute("INSERT INTO account_aliases(alias, address) VALUES(?, ?)", (alias, address))


async def set_password(store: Store, address: str, password_hash: str, findings: str, allow_weak: bool) -> bool:
    return bool(
        await store._execute(
            "UPDATE accounts SET password_hash = ?, findings = ?, allow_weak = ?, password_changed = ? WHERE address = ?",
            (password_hash, findings, int(allow_weak), time.time(), address),
        )
    )


async def set_findings(store: Store, address: str, findings: str) -> None:
    await store._execute("UPDATE accounts SET findings = ? WHERE address = ?", (findings, address))


async def rehash(store: Store, address: str, password_hash: str) -> None:
    await store._execute("UPDATE accounts SET password_hash = ? WHERE address = ?", (password_hash, address))


async def set_enabled(store: Store, address: str, enabled: bool) -> bool:
    return bool(await store._execute("UPDATE accounts SET enabled = ? WHERE address = ?", (int(enabled), address)))


async def remove_account(store: Store, address: str) -> bool:
    async with store.transaction() as conn:
        await conn.execute("DELETE FROM account_aliases WHERE address = ?", (address,))
        cursor = await conn.execute("DELETE FROM accounts WHERE address = ?", (address,))
        return bool(cursor.rowcount)


async def remove_alias(store: Store, alias: str) -> bool:
    return bool(await store._execute("DELETE FROM account_aliases WHERE alias = ?", (alias,)))


async def load_sender_limits(store: Store) -> dict[str, tuple[int | None, int | None, int | None]]:
    rows = await store._fetchall("SELECT key, per_minute, per_hour, per_day FROM sender_limits")
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


async def set_sender_limits(
    store: Store, key: str, per_minute: int | None, per_hour: int | None, per_day: int | None
) -> None:
    await store._execute(
        "INSERT INTO sender_limits(key, per_minute, per_hour, per_day) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET per_minute = excluded.per_minute, "
        "per_hour = excluded.per_hour, per_day = excluded.per_day",
        (key, per_minute, per_hour, per_day),
    )


async def remove_sender_limits(store: Store, key: str) -> bool:
    return bool(await store._execute("DELETE FROM sender_limits WHERE key = ?", (key,)))


def touch_statement(address: str, column: str, when: float):
    assert column in ("last_login", "last_send")
    return (f"UPDATE accounts SET {column} = ? WHERE address = ?", (when, address))


async def touch(store: Store, address: str, column: str, when: float) -> None:
    sql, params = touch_statement(address, column, when)
    await store._execute(sql, params)
