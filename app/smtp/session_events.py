"""What a session did, as events on the bus: one line per decision, named by stage, check, rule and reply."""

from __future__ import annotations

from typing import Any

from ..monitor.bus import EventBus
from ..monitor.events import Event
from ..pipeline.context import SessionContext
from ..pipeline.result import Result


class SessionEvents:
    def __init__(self, bus: EventBus) -> None:
        self.bus = bus

    def emit(self, ctx: SessionContext, kind: str, **fields: Any) -> None:
        self.bus.publish(
            Event(
                session=ctx.session_id,
                kind=kind,
                client_ip=ctx.client_ip,
                helo=ctx.helo,
                sender=fields.pop("sender", ctx.sender_text),
                **fields,
            )
        )

    def record(self, ctx: SessionContext, result: Result, reply: str, **fields: Any) -> None:
        """The event for a stage's decisive result and the reply it got."""
        verdict = "accept" if result.accepted else result.action.value
        if result.weak and result.accepted:
            verdict = "accept-weak"
        self.emit(
            ctx,
            result.stage,
            stage=result.stage,
            check_name=result.check,
            verdict=verdict,
            reply=reply,
            reason=result.reason,
            rule=result.rule,
            **fields,
        )
