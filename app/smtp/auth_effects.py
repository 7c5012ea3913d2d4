"""What a login changes in the store: the account's last login and weak-password findings; an account under
attack locked (smtp.auth_on_attack = lock) and the operator told."""

from __future__ import annotations

from collections.abc import Callable

from ..accounts.stored_findings import dump_findings
from ..pipeline.context import SessionContext
from ..policy.loader import PolicyHolder
from ..store import accounts as accounts_store
from ..store.database import Store
from .operator_alerts import OperatorAlerts


class AuthEffects:
    def __init__(self, store: Store, policy: PolicyHolder, alerts: OperatorAlerts, clock: Callable[[], float]) -> None:
        self.store = store
        self.policy = policy
        self.alerts = alerts
        self.clock = clock

    async def logged_in(self, address: str, findings: list) -> None:
        await accounts_store.touch(self.store, address, "last_login", self.clock())
        stored = dump_findings(findings)
        row = await accounts_store.get_account(self.store, address)
        if row is not None and row.findings != stored:
            await accounts_store.set_findings(self.store, address, stored)

    async def sent(self, address: str) -> None:
        await accounts_store.touch(self.store, address, "last_send", self.clock())

    async def under_attack(self, ctx: SessionContext, address: str, failures: int) -> None:
        locked = ctx.policy.settings.auth_on_attack == "lock"
        if locked:
            await accounts_store.set_enabled(self.store, address, False)
            await self.policy.reload()
        await self.alerts.account_under_attack(ctx, address, failures, locked)
