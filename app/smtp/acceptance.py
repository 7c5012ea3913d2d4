"""A message past its envelope: spam traps, the DATA stages, then the promise kept. The trace headers and the
subject tag go on, and the message is queued or quarantined in one committed batch before the 250 is said."""

from __future__ import annotations

import logging

from ..classify import spamtrap
from ..mail.trace import received_header
from ..monitor import rule_guard
from ..pipeline import data, mailauth, outbound
from ..pipeline.content import ContentOutcome, content_rule_text, tag_subject
from ..pipeline.content import header_lines as content_headers
from ..pipeline.context import AcceptedRecipient, SessionContext
from ..pipeline.result import Action, Result, decisive
from ..policy.spf import received_spf_header
from ..store.database import Statement, log_failure
from ..store.quarantine import quarantine_statements
from ..store.queue import NewMessage, enqueue_statements, new_queue_id
from ..store.samples import sample_statement
from .auth_effects import AuthEffects
from .background import BackgroundTasks
from .operator_alerts import OperatorAlerts
from .replies import reply_for, reply_for_result
from .services import Services
from .session_events import SessionEvents

log = logging.getLogger(__name__)


class MessageAcceptance:
    def __init__(
        self,
        services: Services,
        events: SessionEvents,
        alerts: OperatorAlerts,
        accounts: AuthEffects,
        background: BackgroundTasks,
    ) -> None:
        self.services = services
        self.events = events
        self.alerts = alerts
        self.accounts = accounts
        self.background = background

    async def receive(self, ctx: SessionContext, hostname: str, content: bytes) -> str:
        """The reply to the end of DATA."""
        trapped = spamtrap.trapped(ctx.policy.settings, ctx.recipients)
        if trapped:
            self.background.spawn(spamtrap.learn(self.services.store, self.services.policy, content, trapped))
            ctx.recipients = [r for r in ctx.recipients if r not in trapped]
            if not ctx.recipients:  # accepted, learned as spam, delivered to no one
                return self._all_trapped(ctx, trapped)
        recipients = list(ctx.recipients)
        rcpt_text = ",".join(r.mailbox.address for r in recipients)
        verdict = decisive(await data.check(ctx, content))
        if ctx.authentication is not None:  # for the Live detail pane and the daily report, whatever the verdict
            self.events.emit(
                ctx,
                "data",
                stage="data",
                check_name="authentication",
                verdict="info",
                reason=mailauth.event_reason(ctx.authentication),
                rule=mailauth.summary(ctx.authentication),
                recipient=rcpt_text,
            )
        outcome = ctx.content
        if outcome is not None and outcome.timeouts:
            self.background.spawn(
                rule_guard.disable_timed_out_rules(
                    self.services.store,
                    self.services.policy,
                    self.services.alerts,
                    outcome.timeouts,
                    client_ip=ctx.client_ip,
                )
            )
        sample = _sample(ctx, outcome, verdict, rcpt_text)
        quarantine = verdict is not None and verdict.action is Action.QUARANTINE
        if verdict is not None and not verdict.accepted and not quarantine:
            reply = reply_for_result(verdict, hostname)
            self.events.record(ctx, verdict, reply, recipient=rcpt_text)
            if sample is not None:
                self.background.spawn(self.services.store.commit_batched([sample]))
            return reply
        queue_id = new_queue_id()
        now = self.services.clock()
        trace = _trace_headers(ctx, hostname, queue_id, recipients, now)
        if outcome is not None:
            trace += content_headers(outcome)
            content = tag_subject(content, outcome.subject_tag)
        message = NewMessage(
            id=queue_id,
            created=now,
            sender=ctx.sender_text,
            client_ip=ctx.client_ip,
            helo=ctx.helo,
            content=await mailauth.finish(ctx, trace, content),
            recipients=[(r.mailbox.address, r.route) for r in recipients],
        )
        held = self._count_outbound(ctx, outcome)
        await outbound.settle(ctx)
        due = self.services.delivery.fresh_due_time(now, len(message.content)) if not held else now
        if quarantine:
            statements = quarantine_statements(
                message,
                now + ctx.policy.settings.quarantine_lifetime,
                outcome.subject if outcome is not None else "",
                outcome.score if outcome is not None else 0.0,
                outcome.rules_text if outcome is not None else "",
            )
        else:
            statements = enqueue_statements(message, due, held=held)
        if sample is not None:
            statements.append(sample)
        try:
            await self.services.store.commit_batched(statements)
        except Exception:
            log_failure(log, "queue write failed for session %s", ctx.session_id)
            reply = reply_for("queue_failure")
            self.events.emit(
                ctx,
                "data",
                stage="data",
                check_name="queue",
                verdict="tempfail",
                reply=reply,
                reason="queue_failure",
                recipient=rcpt_text,
            )
            return reply
        reply = reply_for("queued", queue_id)
        if outcome is not None and (outcome.hits or outcome.monitored):
            self.events.emit(
                ctx,
                "data",
                stage="data",
                check_name="content",
                verdict=outcome.action or "accept",
                reply=reply,
                reason=verdict.reason if verdict is not None else "",
                rule=content_rule_text(outcome),
                recipient=rcpt_text,
                queue_id=queue_id,
            )
        if quarantine:
            self.events.emit(
                ctx,
                "quarantined",
                stage="data",
                check_name="content",
                verdict="quarantine",
                reply=reply,
                reason="content_quarantined",
                rule=verdict.rule if verdict is not None else "",
                recipient=rcpt_text,
                queue_id=queue_id,
            )
            return reply
        self.events.emit(
            ctx,
            "queued",
            stage="data",
            check_name="queue",
            verdict="accept",
            reply=reply,
            reason="queued_held" if held else "queued",
            recipient=rcpt_text,
            queue_id=queue_id,
        )
        if not held:
            self.services.delivery.submit(message, due)
        return reply

    def _all_trapped(self, ctx: SessionContext, trapped: list) -> str:
        reply = reply_for("queued", new_queue_id())
        self.events.emit(
            ctx,
            "data",
            stage="data",
            check_name="spamtrap",
            verdict="accept",
            reply=reply,
            reason="spamtrap",
            rule="spamtrap:" + ",".join(r.mailbox.address for r in trapped),
            recipient=",".join(r.mailbox.address for r in trapped),
        )
        return reply

    def _count_outbound(self, ctx: SessionContext, outcome: ContentOutcome | None) -> bool:
        """Counts an outgoing message against its sender; True if the message must wait for the operator."""
        from_header = outcome.message.from_address if outcome is not None and outcome.message is not None else None
        alerts = outbound.at_data(ctx, from_header)
        if ctx.auth_user:
            self.background.spawn(self.accounts.sent(ctx.auth_user))
        return self.alerts.outbound(ctx, alerts)


def _trace_headers(
    ctx: SessionContext, hostname: str, queue_id: str, recipients: list[AcceptedRecipient], now: float
) -> bytes:
    """Received: (RFC 5321 4.4, with the protocol names of RFC 3848 and 6531) and Received-SPF:."""
    protocol = "ESMTP" + ("S" if ctx.tls else "") + ("A" if ctx.auth_user else "")
    if ctx.smtputf8:
        protocol = "UTF8SMTP" + protocol.removeprefix("ESMTP")  # RFC 6531 3.7.4: UTF8SMTP, UTF8SMTPSA...
    trace = received_header(
        helo=ctx.helo,
        client_ip=ctx.client_ip,
        hostname=hostname,
        protocol=protocol,
        queue_id=queue_id,
        recipient=recipients[0].mailbox.address if len(recipients) == 1 else None,
        when=now,
    )
    if ctx.spf_verdict is not None:
        trace += received_spf_header(ctx.spf_verdict, ctx.client_ip, ctx.sender_text, ctx.helo, hostname)
    return trace


def _sample(
    ctx: SessionContext, outcome: ContentOutcome | None, verdict: Result | None, recipients: str
) -> Statement | None:
    """The content sample statement for a message the content rules looked at, else None."""
    if outcome is None or outcome.message is None:
        return None
    message = outcome.message
    verdict_text = verdict.action.value if verdict is not None else "accept"
    if verdict is not None and verdict.accepted and outcome.action == "tag":
        verdict_text = "tag"
    return sample_statement(
        ctx.clock(),
        ctx.session_id,
        ctx.sender_text,
        recipients,
        message.subject,
        message.headers,
        message.text,
        [(a.content_type, a.filename or "") for a in message.attachments],
        outcome.score,
        verdict_text,
    )
