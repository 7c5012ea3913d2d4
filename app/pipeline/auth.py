"""AUTH stage: may this client log in, is the password right, and what does it say about the account.

The password is verified with argon2 on a small thread pool (never on the loop); an unknown login costs
the same time as a known one. At a successful login the plaintext is checked for weakness once, and only
the findings leave this function, never the password.
"""

from __future__ import annotations

import asyncio
import dataclasses
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from ..accounts.passwords import verify_dummy, verify_password
from ..accounts.weakness import Finding, password_findings
from ..guards.auth_guard import AuthGuard, FailureOutcome
from ..policy.accounts import Account
from .context import SessionContext
from .result import Action, Result

# Two argon2 checks at once at most: each takes 64 MiB, and a login flood must not starve the box.
_executor = ThreadPoolExecutor(2, thread_name_prefix="argon2")


@dataclass
class AuthOutcome:
    result: Result
    account: Account | None = None
    findings: list[Finding] = field(default_factory=list)  # what is wrong with the password, at a successful login
    failure: FailureOutcome | None = None


async def check(ctx: SessionContext, guard: AuthGuard, login: str, password: str) -> AuthOutcome:
    settings = ctx.policy.settings
    shown = login[:200]
    account = ctx.policy.accounts.find(login)
    await guard.refresh(ctx.client_ip, account.address if account else None)
    locked = guard.locked_for(ctx.client_ip)
    if locked > 0:
        return AuthOutcome(
            Result(
                "auth",
                "auth_lockout",
                Action.TEMPFAIL,
                "auth_locked",
                ctx.client_ip,
                f"setting:auth.ip_failures={settings.auth_ip_failures}",
                target=str(max(1, round(locked / 60))),
            )
        )
    loop = asyncio.get_running_loop()
    if account is None:
        await loop.run_in_executor(_executor, verify_dummy, password)
        return await _failed(ctx, guard, None, shown, "auth_unknown_user")
    refusal = account.refusal(ctx.clock(), ctx.client_ip)
    correct = await loop.run_in_executor(_executor, verify_password, account.password_hash, password)
    if not correct:
        return await _failed(ctx, guard, account, shown, "auth_bad_password")
    if refusal:
        return await _failed(ctx, guard, account, shown, refusal)
    guard.succeeded(ctx.client_ip)
    await guard.settle()
    findings = password_findings(account.address, password)
    return AuthOutcome(
        Result("auth", "auth", Action.ACCEPT, "auth_ok", account.address, f"account:{account.address}"),
        account,
        findings,
    )


async def _failed(ctx: SessionContext, guard: AuthGuard, account: Account | None, login: str, why: str) -> AuthOutcome:
    settings = ctx.policy.settings
    await guard.refresh(ctx.client_ip, account.address if account else None)  # other nodes' failures meanwhile
    failure = guard.failed(
        ctx.client_ip,
        account.address if account else None,
        ip_failures=settings.auth_ip_failures,
        lockout=settings.auth_ip_lockout,
        account_failures=settings.auth_account_failures,
    )
    if await guard.settle() and failure.account_attacked:  # another node reported it first
        failure = dataclasses.replace(failure, account_attacked=False)
    return AuthOutcome(
        Result("auth", "auth", Action.REJECT, "auth_failed", login, f"auth:{why}"), account, failure=failure
    )
