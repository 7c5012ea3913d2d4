"""Brute-force defence for SMTP AUTH: failed logins counted per client address and per account.

An address with `auth.ip_failures` failures within an hour is refused AUTH for `auth.ip_lockout`, doubling
with each further lockout (at most a day). An account with `auth.account_failures` failures within an
hour, from anywhere, is under attack: reported once an hour (and locked if the operator chose so).
State lives in memory (in the workers' shared table under `serve --workers`, in PostgreSQL for a cluster on it):
a restart of a box on its own forgets it, which costs an attacker nothing it did not already have.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from .counters import Counters, MemoryCounters, Window

WINDOW = 3600.0
MAX_LOCKOUT = 86400.0
MAX_TRACKED = 100_000


@dataclass(frozen=True)
class FailureOutcome:
    ip_locked_for: float = 0.0  # > 0: this failure locked the address out for so many seconds
    account_attacked: bool = False  # this failure made the account "under attack" (reported once an hour)
    account_failures: int = 0


class AuthGuard:
    def __init__(
        self,
        clock: Callable[[], float] = time.time,
        max_tracked: int = MAX_TRACKED,
        *,
        counters: Counters | None = None,
    ):
        """counters: where the failures and lockouts are counted (default: this process's memory)."""
        self.clock = clock
        self.max_tracked = max_tracked
        self.counters = counters = counters or MemoryCounters(clock)
        self._ip_failures: Window[str] = counters.window("auth-ip", WINDOW, max_keys=max_tracked)
        self._account_failures: Window[str] = counters.window("auth-account", WINDOW, max_keys=max_tracked)
        self._reported: Window[str] = counters.window("auth-reported", WINDOW, max_keys=max_tracked)
        # how many lockouts an address had (each doubles the next), until a day and an hour without one
        self._lockouts = counters.values("auth-lockouts", max_keys=max_tracked)
        self._locked_until = counters.values("auth-locked", max_keys=max_tracked, keep_unexpired=True)

    async def refresh(self, ip: str, account: str | None = None) -> None:
        """Before a decision: what the cluster counts of this address and account (a no-op on one box)."""
        about_account = [(self._account_failures, account), (self._reported, account)] if account else []
        await self.counters.refresh(
            (self._locked_until, ip), (self._lockouts, ip), (self._ip_failures, ip), *about_account
        )

    async def settle(self) -> bool:
        """After a decision: its counts written where the cluster counts (a no-op on one box). True if another node
        reported the account under attack first (`failed`'s once an hour holds for the cluster)."""
        return any(kind == "auth-reported" for kind, _key in await self.counters.flush())

    def locked_for(self, ip: str) -> float:
        """Seconds this address is still refused AUTH (0: it may try)."""
        now = self.clock()
        return max(0.0, self._locked_until.get(ip, now) - now)

    def failed(
        self, ip: str, account: str | None, *, ip_failures: int, lockout: float, account_failures: int
    ) -> FailureOutcome:
        now = self.clock()
        locked_for = 0.0
        failures = self._ip_failures.hit(ip, now)
        if ip_failures and failures >= ip_failures:
            lockouts = int(self._lockouts.get(ip, now))
            locked_for = min(MAX_LOCKOUT, lockout * 2**lockouts)
            self._lockouts.set(ip, lockouts + 1, now + MAX_LOCKOUT + WINDOW, now)
            self._locked_until.set(ip, now + locked_for, now + locked_for, now)
            self._ip_failures.reset(ip)
        attacked, count = False, 0
        if account:
            count = self._account_failures.hit(account, now)
            if account_failures and count >= account_failures:
                attacked = self._reported.take(account, 1, now)  # once an hour
        return FailureOutcome(locked_for, attacked, count)

    def succeeded(self, ip: str) -> None:
        self._ip_failures.reset(ip)
