"""aiosmtpd's hooks: each runs its pipeline stage, records the verdict and answers; the work around a verdict
(SASL, account effects, operator alerts, message acceptance) is in the modules named after it."""

from __future__ import annotations

import asyncio
import logging
import ssl

from aiosmtpd.smtp import AuthResult, Envelope, Session

from ..monitor.alert_desk import AlertDesk
from ..pipeline import auth, helo, mail, rcpt
from ..pipeline.context import SessionContext
from ..pipeline.result import decisive
from ..safe_text import wire_text
from ..store.database import log_failure
from .acceptance import MessageAcceptance
from .auth_effects import AuthEffects
from .background import BackgroundTasks
from .connections import ConnectionTable
from .operator_alerts import OperatorAlerts
from .protocol import GatewaySMTP
from .replies import reply_for_result
from .sasl import login_credentials, plain_credentials
from .services import Services
from .session_events import SessionEvents
from .tls import server_context

log = logging.getLogger(__name__)
BIG_MESSAGES_AT_ONCE = 2


class GatewayHandler:
    """aiosmtpd handler: each hook runs one pipeline stage and turns its verdict into a reply."""

    def __init__(self, services: Services):
        self.services = services
        self.events = SessionEvents(services.bus)
        self.connections = ConnectionTable(services.policy, services.limiter, self.events)
        self.big_messages = asyncio.Semaphore(BIG_MESSAGES_AT_ONCE)  # in the DATA stages at once
        background = BackgroundTasks()
        self.operator_alerts = OperatorAlerts(services.alerts, services.policy, background)
        self.auth_effects = AuthEffects(services.store, services.policy, self.operator_alerts, services.clock)
        self.acceptance = MessageAcceptance(services, self.events, self.operator_alerts, self.auth_effects, background)
        self.background = background
        self.tls_context: ssl.SSLContext | None = None  # STARTTLS; load_tls fills it as the server starts

    @property
    def alerts(self) -> AlertDesk:
        """The alert desk; the dashboard (app/ui/run.py) reaches it through the gateway's handler."""
        return self.services.alerts

    def new_context(self, session_id: str, client_ip: str, local_ip: str) -> SessionContext:
        services = self.services
        return SessionContext(
            session_id=session_id,
            client_ip=client_ip,
            local_ip=local_ip,
            policy=services.policy.current,
            clock=services.clock,
            dnsbl=services.dnsbl,
            greylist=services.greylist,
            spf=services.spf,
            scanner=services.scanner.current,
            outbound=services.outbound,
            verifier=services.verifier,
            harvest=services.harvest,
        )

    def protocol(self) -> GatewaySMTP:
        settings = self.services.policy.current.settings
        return GatewaySMTP(
            self,
            hostname=settings.hostname,
            ident="ESMTP Mailmoat",
            data_size_limit=settings.max_size,
            enable_SMTPUTF8=True,
            tls_context=self.tls_context,
            timeout=settings.timeout,
            auth_require_tls=True,
        )

    def load_tls(self) -> None:
        """The STARTTLS context from smtp.tls_cert and smtp.tls_key; None (no STARTTLS) when they do not load."""
        settings = self.services.policy.current.settings
        try:
            self.tls_context = server_context(settings.tls_cert, settings.tls_key)
        except (OSError, ValueError) as exc:
            log.error("STARTTLS disabled: cannot load %s / %s: %s", settings.tls_cert, settings.tls_key, exc)
            self.tls_context = None

    # --- hooks --------------------------------------------------------------------------
    async def handle_EHLO(
        self, server: GatewaySMTP, session: Session, envelope: Envelope, hostname: str, responses: list[str]
    ) -> list[str]:
        reply = await self._helo(server, session, hostname)
        if reply is not None:
            return [reply]
        offer_auth = len(server.context.policy.accounts) > 0
        extensions = [line for line in responses[1:-1] if offer_auth or not line.startswith("250-AUTH")]
        extensions += ["250-PIPELINING", "250-ENHANCEDSTATUSCODES"]
        return [responses[0]] + extensions + ["250 HELP"]

    async def handle_HELO(self, server: GatewaySMTP, session: Session, envelope: Envelope, hostname: str) -> str:
        reply = await self._helo(server, session, hostname)
        return reply if reply is not None else f"250 {server.hostname}"

    async def _helo(self, server: GatewaySMTP, session: Session, hostname: str) -> str | None:
        ctx = server.context
        verdict = decisive(await helo.check(ctx, hostname))
        if verdict is None:
            raise RuntimeError("the HELO stage decided nothing")
        if not verdict.accepted:
            reply = reply_for_result(verdict, server.hostname)
            self.events.record(ctx, verdict, reply)
            return reply
        ctx.helo = hostname
        ctx.reset_transaction()
        session.host_name = hostname
        self.events.record(ctx, verdict, "250 " + server.hostname)
        return None

    def handle_STARTTLS(self, server: GatewaySMTP, session: Session, envelope: Envelope) -> bool:
        ctx = server.context
        ctx.tls = True
        ctx.helo = ""
        ctx.reset_transaction()
        self.events.emit(ctx, "starttls", verdict="info")
        return True

    # --- AUTH (RFC 4954): PLAIN and LOGIN, verified by the pipeline's auth stage -------------------
    async def auth_PLAIN(self, server: GatewaySMTP, args: list[str]) -> AuthResult:
        credentials = await plain_credentials(server, args)
        if credentials is None:
            return AuthResult(success=False, handled=True)
        return await self._login(server, *credentials)

    async def auth_LOGIN(self, server: GatewaySMTP, args: list[str]) -> AuthResult:
        credentials = await login_credentials(server, args)
        if credentials is None:
            return AuthResult(success=False, handled=True)
        return await self._login(server, *credentials)

    async def _login(self, server: GatewaySMTP, login: bytes, password: bytes) -> AuthResult:
        ctx = server.context
        name = wire_text(login)
        outcome = await auth.check(ctx, self.services.auth_guard, name, wire_text(password))
        result = outcome.result
        reply = reply_for_result(result, server.hostname)
        self.events.record(ctx, result, reply, sender=name[:200])
        account = outcome.account
        if result.accepted and account is not None:
            ctx.auth_user = account.address
            self.background.spawn(self.auth_effects.logged_in(account.address, outcome.findings))
            return AuthResult(success=True, auth_data=account.address, message=reply)
        failure = outcome.failure
        if failure is not None and failure.ip_locked_for:
            self.events.emit(
                ctx,
                "auth",
                stage="auth",
                check_name="auth_lockout",
                verdict="info",
                sender=name[:200],
                reason="auth_locked",
                rule=f"lockout:{failure.ip_locked_for:.0f}s",
            )
        if failure is not None and failure.account_attacked and account is not None:
            self.background.spawn(self.auth_effects.under_attack(ctx, account.address, failure.account_failures))
        await server.push(reply)
        return AuthResult(success=False, handled=True)

    async def handle_MAIL(
        self, server: GatewaySMTP, session: Session, envelope: Envelope, address: str, mail_options: list[str]
    ) -> str:
        ctx = server.context
        ctx.reset_transaction()
        ctx.smtputf8 = bool(envelope.smtp_utf8)
        verdict = decisive(await mail.check(ctx, address))
        if verdict is None:
            raise RuntimeError("the MAIL stage decided nothing")
        reply = reply_for_result(verdict, server.hostname)
        refused_sender = verdict.subject if verdict.check == "address_syntax" else address.strip("<>")
        self.events.record(ctx, verdict, reply, sender=ctx.sender_text if verdict.accepted else refused_sender)
        if verdict.accepted:
            envelope.mail_from = ctx.sender_text or "<>"
            envelope.mail_options.extend(mail_options)
        else:
            if verdict.reason == "sender_over_limit":
                self.operator_alerts.sender_over_limit(ctx, verdict)
            ctx.reset_transaction()
        return reply

    async def handle_RCPT(
        self, server: GatewaySMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        ctx = server.context
        verdict = decisive(await rcpt.check(ctx, address))
        if verdict is None:
            raise RuntimeError("the RCPT stage decided nothing")
        reply = reply_for_result(verdict, server.hostname)
        self.events.record(ctx, verdict, reply, recipient=verdict.target or verdict.subject)
        if verdict.reason == "harvest_cutoff" and self.services.harvest.should_alert(ctx.client_ip):
            if not await self.services.harvest.settle():  # another node has not alerted first
                self.operator_alerts.dictionary_attack(ctx, verdict)
        if verdict.accepted:
            envelope.rcpt_tos.append(verdict.subject)
        return reply

    async def handle_RSET(self, server: GatewaySMTP, session: Session, envelope: Envelope) -> str:
        server.context.reset_transaction()
        return "250 2.0.0 Ok"

    async def handle_DATA(self, server: GatewaySMTP, session: Session, envelope: Envelope) -> str:
        ctx = server.context
        try:
            return await self.acceptance.receive(ctx, server.hostname, envelope.original_content or b"")
        finally:
            ctx.reset_transaction()

    async def handle_exception(self, error: Exception) -> str:
        log_failure(log, "SMTP session error", exc=error)
        return "451 4.3.0 Internal error, please try again later"


async def start_server(handler: GatewayHandler, host: str, port: int, *, reuse_port: bool = False) -> asyncio.Server:
    """reuse_port: several worker processes listen on the same port and the kernel spreads connections."""
    handler.load_tls()
    loop = asyncio.get_running_loop()
    return await loop.create_server(
        handler.protocol, host=host, port=port, reuse_address=True, backlog=1024, reuse_port=reuse_port or None
    )
