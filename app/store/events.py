"""The event log: every connection and decision, written in batches, bounded by retention."""

from __future__ import annotations

from .database import Store
from .rows import RowsWritten, executemany_isolated

EVENT_COLUMNS = (
    "ts",
    "session",
    "kind",
    "stage",
    "check_name",
    "verdict",
    "client_ip",
    "helo",
    "sender",
    "recipient",
    "reply",
    "reason",
    "rule",
    "queue_id",
)

INSERT_EVENT = f"INSERT INTO events({', '.join(EVENT_COLUMNS)}) VALUES({', '.join('?' for _ in EVENT_COLUMNS)})"


INSERT_WORKER_EVENT = (
    f"INSERT INTO events({', '.join(EVENT_COLUMNS)}, worker) VALUES({', '.join('?' for _ in EVENT_COLUMNS)}, ?)"
)


async def write_events(store: Store, rows: list[tuple], worker: str = "") -> RowsWritten:
    """A bad row is repaired or dropped, never holding back the others (app.store.rows). `worker`: the gateway
    process that saw the events, when several share the database (serve --workers)."""
    if worker:
        return await executemany_isolated(store, INSERT_WORKER_EVENT, [row + (worker,) for row in rows], "events")
    return await executemany_isolated(store, INSERT_EVENT, rows, "events")


async def recent_events(store: Store, limit: int = 100, after_id: int = 0) -> list[dict]:
    rows = await store._fetchall("SELECT * FROM events WHERE id > ? ORDER BY id DESC LIMIT ?", (after_id, limit))
    return [dict(r) for r in reversed(rows)]


async def session_events(store: Store, session: str) -> list[dict]:
    rows = await store._fetchall("SELECT * FROM events WHERE session = ? ORDER BY id", (session,))
    return [dict(r) for r in rows]


async def prune_events(store: Store, older_than: float, keep_rows: int) -> int:
    """Events, and the content samples kept beside them for rule previews, by age and by count."""
    await store._execute("DELETE FROM content_samples WHERE ts < ?", (older_than,))
    await store._execute(
        "DELETE FROM content_samples WHERE id <= (SELECT id FROM content_samples ORDER BY id DESC LIMIT 1 OFFSET ?)",
        (keep_rows,),
    )
    removed = await store._execute("DELETE FROM events WHERE ts < ?", (older_than,))
    removed += await store._execute(
        "DELETE FROM events WHERE id <= (SELECT id FROM events ORDER BY id DESC LIMIT 1 OFFSET ?)", (keep_rows,)
    )
    await store._execute("DELETE FROM monitor_hits WHERE ts < ? OR ts < (SELECT MIN(ts) FROM events)", (older_than,))
    return removed


async def queued_senders_and_recipients(store: Store, since: float = 0.0) -> list[tuple[str, str]]:
    """(sender, comma-separated recipients) of every message queued since `since`, oldest first."""
    rows = await store._fetchall(
        "SELECT sender, recipient FROM events WHERE kind = 'queued' AND ts >= ? ORDER BY ts", (since,)
    )
    return [(row[0], row[1]) for row in rows]


async def queued_since(store: Store, since: float) -> list[tuple[float, str, str]]:
    """(time, sender, comma-separated recipients) of every message queued since `since`, oldest first."""
    rows = await store._fetchall(
        "SELECT ts, sender, recipient FROM events WHERE kind = 'queued' AND ts >= ? ORDER BY ts", (since,)
    )
    return [(row[0], row[1], row[2]) for row in rows]


async def sender_activity(store: Store, since: float) -> list[dict]:
    """Messages queued per sender and destination domain since `since`, with their arrival times."""
    rows = await store._fetchall(
        "SELECT sender, recipient, ts FROM events WHERE kind = 'queued' AND ts >= ? ORDER BY ts", (since,)
    )
    return [dict(r) for r in rows]


async def events_since(store: Store, after_id: int, limit: int = 2000) -> list[dict]:
    rows = await store._fetchall("SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?", (after_id, limit))
    return [dict(r) for r in rows]


async def events_with_ids(store: Store, ids: list[int]) -> list[dict]:
    """The events of these ids that exist (committed) now, in id order."""
    found: list[dict] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = await store._fetchall(
            f"SELECT * FROM events WHERE id IN ({', '.join('?' for _ in chunk)}) ORDER BY id", tuple(chunk)
        )
        found.extend(dict(r) for r in rows)
    return sorted(found, key=lambda event: event["id"])


async def last_event_id(store: Store) -> int:
    return int(await store._scalar("SELECT MAX(id) FROM events") or 0)


async def sessions_from_senders(store: Store, since: float, like: str) -> int:
    """Sessions since `since` whose MAIL FROM matched a LIKE pattern (case-insensitive for ASCII)."""
    return int(
        await store._scalar(
            "SELECT COUNT(DISTINCT session) FROM events WHERE ts >= ? AND kind = 'mail' AND sender LIKE ?",
            (since, like),
        )
    )


async def connections_by_client(store: Store, since: float) -> dict[str, int]:
    rows = await store._fetchall(
        "SELECT client_ip, COUNT(*) AS n FROM events WHERE ts >= ? AND kind = 'connect' GROUP BY client_ip", (since,)
    )
    return {row["client_ip"]: row["n"] for row in rows}


async def refusals_since(store: Store, since: float) -> dict:
    """What was refused since `since`: counts by reason, by client address and by sender; and accepted mail."""
    refused = "verdict IN ('reject', 'tempfail', 'disconnect') AND kind NOT IN ('deferred', 'bounced')"
    by_reason = await store._fetchall(
        f"SELECT reason, COUNT(*) FROM events WHERE ts >= ? AND {refused} GROUP BY reason ORDER BY 2 DESC", (since,)
    )
    by_client = await store._fetchall(
        f"SELECT client_ip, COUNT(*) FROM events WHERE ts >= ? AND {refused} AND client_ip != '' "
        "GROUP BY client_ip ORDER BY 2 DESC LIMIT 10",
        (since,),
    )
    by_sender = await store._fetchall(
        f"SELECT sender, COUNT(*) FROM events WHERE ts >= ? AND {refused} AND sender != '' "
        "GROUP BY sender ORDER BY 2 DESC LIMIT 10",
        (since,),
    )
    queued = await store._scalar("SELECT COUNT(*) FROM events WHERE ts >= ? AND kind = 'queued'", (since,))
    sessions = await store._scalar("SELECT COUNT(*) FROM events WHERE ts >= ? AND kind = 'connect'", (since,))
    return {
        "by_reason": [tuple(r) for r in by_reason],
        "by_client": [tuple(r) for r in by_client],
        "by_sender": [tuple(r) for r in by_sender],
        "queued": queued,
        "connections": sessions,
    }


async def dmarc_failures_since(store: Store, since: float, limit: int = 10) -> list[tuple[str, int]]:
    """Messages whose DMARC check failed since `since`, by the domain their From: claimed (the authentication
    events' rule ends "header.from=DOMAIN"), most first, refused, quarantined or delivered alike."""
    rows = await store._fetchall(
        "SELECT substr(rule, instr(rule, ' header.from=') + 13) AS domain, COUNT(*) FROM events "
        "WHERE ts >= ? AND check_name = 'authentication' AND reason = 'dmarc_fail' "
        "AND instr(rule, ' header.from=') > 0 GROUP BY domain ORDER BY 2 DESC, domain LIMIT ?",
        (since, limit),
    )
    return [tuple(r) for r in rows]


async def transaction_rows(store: Store, since: float) -> list[tuple]:
    """The events a replay rebuilds transactions from, oldest first."""
    rows = await store._fetchall(
        "SELECT session, ts, kind, verdict, client_ip, helo, sender, recipient FROM events "
        "WHERE ts >= ? AND kind IN ('connect', 'helo', 'mail', 'rcpt', 'disconnect') ORDER BY id",
        (since,),
    )
    return [tuple(r) for r in rows]
