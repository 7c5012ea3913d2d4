"""Rows that say whom we accept mail for and whom we relay for."""

from __future__ import annotations

import time
from dataclasses import dataclass

from .database import Store


@dataclass(frozen=True)
class RelayRows:
    local_domains: list[str]
    trusted_networks: list[tuple[str, str]]  # (cidr, comment)
    relay_routes: list[tuple[str, str]]  # (domain, nexthop)
    sender_exceptions: list[str]


async def load_relay_rows(store: Store) -> RelayRows:
    domains = await store._fetchall("SELECT name FROM local_domains ORDER BY name")
    nets = await store._fetchall("SELECT cidr, comment FROM trusted_networks ORDER BY cidr")
    routes = await store._fetchall("SELECT domain, nexthop FROM relay_routes ORDER BY domain")
    exceptions = await store._fetchall("SELECT domain FROM sender_relay_exceptions ORDER BY domain")
    return RelayRows(
        local_domains=[r["name"] for r in domains],
        trusted_networks=[(r["cidr"], r["comment"]) for r in nets],
        relay_routes=[(r["domain"], r["nexthop"]) for r in routes],
        sender_exceptions=[r["domain"] for r in exceptions],
    )


async def local_domain_names(store: Store) -> set[str]:
    return {row[0] for row in await store._fetchall("SELECT name FROM local_domains")}


async def add_local_domain(store: Store, name: str) -> bool:
    return bool(
        await store._execute("INSERT OR IGNORE INTO local_domains(name, created) VALUES(?, ?)", (name, time.time()))
    )


async def remove_local_domain(store: Store, name: str) -> bool:
    return bool(await store._execute("DELETE FROM local_domains WHERE name = ?", (name,)))


async def add_trusted_network(store: Store, cidr: str, comment: str = "") -> bool:
    return bool(
        await store._execute(
            "INSERT OR IGNORE INTO trusted_networks(cidr, comment, created) VALUES(?, ?, ?)",
            (cidr, comment, time.time()),
        )
    )


async def remove_trusted_network(store: Store, cidr: str) -> bool:
    return bool(await store._execute("DELETE FROM trusted_networks WHERE cidr = ?", (cidr,)))


async def add_sender_exception(store: Store, domain: str) -> bool:
    return bool(
        await store._execute(
            "INSERT OR IGNORE INTO sender_relay_exceptions(domain, created) VALUES(?, ?)", (domain, time.time())
        )
    )


async def remove_sender_exception(store: Store, domain: str) -> bool:
    return bool(await store._execute("DELETE FROM sender_relay_exceptions WHERE domain = ?", (domain,)))


async def set_relay_route(store: Store, domain: str, nexthop: str) -> None:
    await store._execute(
        "INSERT INTO relay_routes(domain, nexthop, created) VALUES(?, ?, ?) "
        "ON CONFLICT(domain) DO UPDATE SET nexthop = excluded.nexthop",
        (domain, nexthop, time.time()),
    )


async def remove_relay_route(store: Store, domain: str) -> bool:
    return bool(await store._execute("DELETE FROM relay_routes WHERE domain = ?", (domain,)))
