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
            return f"{name} GONE {self.age:.0f}s ago"
        return f"{name} {self.alive} worker{'' if self.alive == 1 else 's'} alive {self.age:.0f}s ago"


def node_beats(workers: Iterable[WorkerStatus], now: float, timeout: float) -> list[NodeBeat]:
    """One NodeBeat per node that has a worker row: the gone ones first (a narrow header keeps them), then by name."""
    beats: dict[str, list[float]] = defaultdict(list)
    for worker in workers:
        beats[worker.node].append(worker.heartbeat)
    nodes = [
        NodeBeat(node, sum(1 for beat in heartbeats if now - beat < timeout), max(0.0, now - max(heartbeats)))
        for node, heartbeats in beats.items()
    ]
    return sorted(nodes, key=lambda beat: (not beat.gone, beat.name))


def nodes_text(beats: list[NodeBeat]) -> str:
    """ "2 nodes: mx2 GONE 45s ago; mx1 2 workers alive 1s ago"."""
    return f"{len(beats)} nodes: " + "; ".join(beat.text() for beat in beats)
