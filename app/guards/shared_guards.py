"""The guards of `serve --workers`: the same questions as the in-memory guards, answered from the shared table,
so that a harvester, a password guesser or a sender over its limit meets one count across every worker.

Counts are exact to a bucket (1/60 of the window, app/guards/shared_table.py); what is not counting (the
outbound baselines, say) stays per worker.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .auth_guard import MAX_LOCKOUT, WINDOW, AuthGuard, FailureOutcome
from .harvest_guard import ALERT_INTERVAL, HarvestGuard
from .outbound import _WINDOWS, RateLimiter, SenderKey, Verdict, format_key
from .shared_table import SharedTable


class SharedHarvestGuard(HarvestGuard):
    def __init__(self, table: SharedTable, clock: Callable[[], float] = time.time):
        super().__init__(clock)
        self.table = table

    def count(self, ip: str, window: float) -> int:
        return self.table.count("harvest", ip, window, self.clock())

    def unknown(self, ip: str, window: float) -> int:
        return self.table.add("harvest", ip, window, self.clock())

    def should_alert(self, ip: str) -> bool:
        return self.table.take("harvest-alert", ip, ALERT_INTERVAL, 1, self.clock())


class SharedAuthGuard(AuthGuard):
    def __init__(self, table: SharedTable, clock: Callable[[], float] = time.time):
        super().__init__(clock)
        self.table = table

    def locked_for(self, ip: str) -> float:
        now = self.clock()
        return max(0.0, self.table.value("auth-locked", ip, now) - now)

    def failed(
        self, ip: str, account: str | None, *, ip_failures: int, lockout: float, account_failures: int
    ) -> FailureOutcome:
        now = self.clock()
        table = self.table
        locked_for = 0.0
        if table.add("auth-ip", ip, WINDOW, now) >= ip_failures > 0:
            lockouts = int(table.value("auth-lockouts", ip, now))
            locked_for = min(MAX_LOCKOUT, lockout * 2**lockouts)
            table.set_value("auth-lockouts", ip, lockouts + 1, now + MAX_LOCKOUT + WINDOW)
            table.set_value("auth-locked", ip, now + locked_for, now + locked_for)
            table.clear("auth-ip", ip, WINDOW)
        attacked, count = False, 0
        if account:
            count = table.add("auth-account", account, WINDOW, now)
            if account_failures and count >= account_failures:
                attacked = table.take("auth-reported", account, WINDOW, 1, now)
        return FailureOutcome(locked_for, attacked, count)

    def succeeded(self, ip: str) -> None:
        self.table.clear("auth-ip", ip, WINDOW)


class SharedRateLimiter(RateLimiter):
    """Outbound messages and recipients per sender per minute, hour and day, counted across workers."""

    def __init__(self, table: SharedTable, clock: Callable[[], float] = time.time, **kwargs):
        super().__init__(clock, **kwargs)
        self.table = table

    def record(self, key: SenderKey, recipient_domains: list[str], now: float | None = None) -> None:
        now = self.clock() if now is None else now
        name = format_key(key)
        for window, span, _width in _WINDOWS:
            self.table.add(f"out-msgs-{window}", name, span, now)
            if recipient_domains:
                self.table.add(f"out-rcpts-{window}", name, span, now, len(recipient_domains))

    def counts(self, key: SenderKey, now: float | None = None) -> dict[str, tuple[int, int]]:
        now = self.clock() if now is None else now
        name = format_key(key)
        return {
            window: (
                self.table.count(f"out-msgs-{window}", name, span, now),
                self.table.count(f"out-rcpts-{window}", name, span, now),
            )
            for window, span, _width in _WINDOWS
        }

    def check(self, key: SenderKey, now: float | None = None, *, messages: int = 1, recipients: int = 0) -> Verdict:
        now = self.clock() if now is None else now
        limits = self.limits_for(key)
        counts = self.counts(key, now)
        worst: Verdict | None = None
        for window, span, _width in _WINDOWS:
            for position, measure, extra in ((0, "messages", messages), (1, "recipients", recipients)):
                limit = limits.limit(window, measure)
                count = counts[window][position]
                if limit is not None and count + extra > limit:
                    # the shared buckets do not say when each message was sent: the window's length is
                    # the wait that surely suffices
                    verdict = Verdict(False, key, window, measure, count, limit, float(span))
                    if worst is None or verdict.retry_after >= worst.retry_after:
                        worst = verdict
        return worst or Verdict(True, key)
