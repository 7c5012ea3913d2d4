"""One structured event per connection step and decision."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Event:
    session: str
    kind: str  # connect | helo | mail | rcpt | data | queued | delivered | deferred | bounced | disconnect | ...
    stage: str = ""
    check_name: str = ""
    verdict: str = ""  # accept | reject | tempfail | disconnect | info
    client_ip: str = ""
    helo: str = ""
    sender: str = ""
    recipient: str = ""
    reply: str = ""
    reason: str = ""
    rule: str = ""
    queue_id: str = ""
    ts: float = field(default_factory=time.time)

    def row(self) -> tuple:
        """Values in app.store.events.EVENT_COLUMNS order."""
        return (
            self.ts,
            self.session,
            self.kind,
            self.stage,
            self.check_name,
            self.verdict,
            self.client_ip,
            self.helo,
            self.sender,
            self.recipient,
            self.reply,
            self.reason,
            self.rule,
            self.queue_id,
        )
