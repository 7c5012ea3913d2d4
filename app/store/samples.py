"""What the content rules saw of each message (subject, headers, a bounded text sample, attachment names),
kept as long as the events, so that a draft rule can be tried on the last day's mail before it is saved."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .database import Statement, Store

BODY_SAMPLE_CHARS = 4096
HEADER_SAMPLE_CHARS = 4096


@dataclass(frozen=True)
class Sample:
    ts: float
    session: str
    sender: str
    recipients: str
    subject: str
    headers: list[tuple[str, str]]
    body: str
    attachments: list[tuple[str, str]]  # (content type, file name)
    score: float
    verdict: str


def sample_statement(
    ts: float,
    session: str,
    sender: str,
    recipients: str,
    subject: str,
    headers: list[tuple[str, str]],
    body: str,
    attachments: list[tuple[str, str]],
    score: float,
    verdict: str,
) -> Statement:
    kept, size = [], 0
    for name, value in headers:
        size += len(name) + len(value)
        if size > HEADER_SAMPLE_CHARS:
            break
        kept.append((name, value))
    return (
        "INSERT INTO content_samples(ts, session, sender, recipients, subject, headers, body, attachments, score,"
        " verdict) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            ts,
            session,
            sender,
            recipients,
            subject[:500],
            json.dumps(kept, ensure_ascii=False),
            body[:BODY_SAMPLE_CHARS],
            json.dumps(attachments[:50], ensure_ascii=False),
            score,
            verdict,
        ),
    )


async def samples_since(store: Store, since: float, limit: int = 20000) -> list[Sample]:
    rows = await store._fetchall(
        "SELECT ts, session, sender, recipients, subject, headers, body, attachments, score, verdict "
        "FROM content_samples WHERE ts >= ? ORDER BY ts DESC LIMIT ?",
        (since, limit),
    )
    return [
        Sample(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            [tuple(h) for h in json.loads(r[5])],
            r[6],
            [tuple(a) for a in json.loads(r[7])],
            r[8],
            r[9],
        )
        for r in rows
    ]


async def sample_of_session(store: Store, session: str) -> Sample | None:
    """The newest content sample of one SMTP session (the Live screen's row), None when none was kept."""
    rows = await store._fetchall(
        "SELECT ts, session, sender, recipients, subject, headers, body, attachments, score, verdict "
        "FROM content_samples WHERE session = ? ORDER BY ts DESC LIMIT 1",
        (session,),
    )
    return _sample(rows[0]) if rows else None


def _sample(r) -> Sample:
    return Sample(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        [tuple(h) for h in json.loads(r[5])],
        r[6],
        [tuple(a) for a in json.loads(r[7])],
        r[8],
        r[9],
    )
