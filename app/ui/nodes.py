"""The nodes of a cluster as the dashboard's header tells them: each node's name, how many of its workers are
alive and how long ago it last beat. A node silent for longer than the heartbeat timeout is GONE, in words (the
header is one line of plain text: no colour carries the news)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..safe_text import visible
from ..store.workers import WorkerStatus


@dataclass(frozen=True)
class NodeBeat:
    name: str
    alive: int  # workers whose heartbeat is fresh
    age: float  # seconds since the node's freshest heartbeat

    @property
    def gone(self) -> bool:
        return self.alive == 0

    def text(self) -> str:
        name = visible(self.name) or "?"  # stored text meets the terminal: a control character shows escaped
        if self.gone:
            return f"{name} GONE, silent {self.age:.0f}s"
        workers = "1 worker" if self.alive == 1 else f"{self.alive} workers"
        return f"{name} {workers} alive, beat {self.age:.0f}s ago"


def node_beats(workers: Iterable[WorkerStatus], now: float, timeout: float) -> list[NodeBeat]:
    """One NodeBeat per node that has a worker row, in name order."""
    beats: dict[str, list[float]] = defaultdict(list)
    for worker in workers:
        beats[worker.node].append(worker.heartbeat)
    return [
        NodeBeat(node, sum(1 for beat in heartbeats if now - beat < timeout), max(0.0, now - max(heartbeats)))
        for node, heartbeats in sorted(beats.items())
    ]


def nodes_text(beats: list[NodeBeat]) -> str:
    """ "2 nodes: mx1 2 workers alive, beat 1s ago; mx2 GONE, silent 45s"."""
    return f"{len(beats)} nodes: " + "; ".join(beat.text() for beat in beats)
