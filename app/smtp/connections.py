"""The open sessions: the connection limiter's slots, stress mode as the table fills, and the eviction of a
session stalled on its client to make room for a newcomer."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..policy.loader import PolicyHolder
from .limits import ConnectionLimiter
from .session_events import SessionEvents

if TYPE_CHECKING:
    from .protocol import GatewaySMTP

log = logging.getLogger(__name__)
# A full connection table gives a newcomer the slot of the session that has waited longest for its client,
# once that wait is this long: a slow-drip client never finishes a command, a real one takes milliseconds.
EVICT_AFTER = 2.0


class ConnectionTable:
    def __init__(self, policy: PolicyHolder, limiter: ConnectionLimiter, events: SessionEvents) -> None:
        self.policy = policy
        self.limiter = limiter
        self.events = events
        self.sessions: set[GatewaySMTP] = set()
        self.stressed = False  # the connection table is nearly full: every wait for a client is short
        self.closing = False  # shutting down: a newcomer gets 421

    def note_load(self) -> None:
        """Enters stress mode as the connection table fills; leaves it 5 points below, not to flap at the edge."""
        settings = self.policy.current.settings
        leave_margin = min(5, settings.stress_at // 2) if self.stressed else 0
        stressed = self.limiter.stressed(settings.max_connections, settings.stress_at - leave_margin)
        if stressed and not self.stressed:
            log.warning(
                "under stress: %d connections of %d; waits for clients cut to %gs",
                self.limiter.total,
                settings.max_connections,
                settings.stress_timeout,
            )
            self.stressed = True
            for session in list(self.sessions):
                if session.waiting_since is not None and session.transport is not None:
                    session.arm_timer()
        elif not stressed and self.stressed:
            log.info("stress over: %d connections of %d", self.limiter.total, settings.max_connections)
            self.stressed = False

    def longest_waiting(self, newcomer: GatewaySMTP) -> tuple[GatewaySMTP, float] | None:
        """The admitted session that has waited longest on its client, and since when (loop time)."""
        waiting = [
            (s, s.waiting_since)
            for s in self.sessions
            if s is not newcomer and s.admitted and s.waiting_since is not None
        ]
        return min(waiting, key=lambda pair: pair[1], default=None)

    def evict_stalled(self, newcomer: GatewaySMTP) -> bool:
        """Frees the slot of the session waiting longest on its client, if it has waited EVICT_AFTER or more."""
        longest = self.longest_waiting(newcomer)
        if longest is None:
            return False
        stalled, since = longest
        if stalled.loop.time() - since < EVICT_AFTER:
            return False
        self.events.emit(stalled.context, "evicted", verdict="info", reason="idle_evicted")
        stalled.evict()
        return True
