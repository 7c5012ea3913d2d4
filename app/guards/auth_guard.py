"""Brute-force defence for SMTP AUTH: failed logins counted per client address and per account.

An address with `auth.ip_failures` failures within an hour is refused AUTH for `auth.ip_lockout`, doubling
with each further lockout (at most a day). An account with `auth.account_failures` failures within an
hour, from anywhere, is under attack: reported once an hour (and locked if the operator chose so).
State lives in memory: a restart forgets it, which costs an attacker nothing it did not already have.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from .keyed_window import KeyedWindow

WINDOW = 3600.0
MAX_LOCKOUT = 86400.0
MAX_TRACKED = 100_000


@dataclass
class _Lockout:
    lockouts: int = 0
    locked_until: float = 0.0


@dataclass(frozen=True)
class FailureOutcome:
    ip_locked_for: float = 0.0  # > 0: this failure locked the address out for so many seconds
    account_attacked: bool = False  # this failure made the account "under attack" (reported once an hour)
    account_failures: int = 0


class AuthGuard:
    def __init__(self, clock: Callable[[], float] = time.time, max_tracked: int = MAX_TRACKED):
        self.clock = clock
        self.max_tracked = max_tracked
        self._ip_failures: KeyedWindow[str] = KeyedWindow(WINDOW, max_keys=max_tracked, clock=clock)
        self._account_failures: KeyedWindow[str] = KeyedWindow(WINDOW, max_keys=max_tracked, clock=clock)
        self._reported: KeyedWindow[str] = KeyedWindow(WINDOW, max_keys=max_tracked, clock=clock)
        self._lockouts: OrderedDict[str, _Lockout] = OrderedDict()  # by the time of the last lockout

    def locked_for(self, ip: str) -> float:
        """Seconds this address is still refused AUTH (0: it may try)."""
        state = self._lockouts.get(ip)
        return max(0.0, state.locked_until - self.clock()) if state else 0.0

    def failed(
        self, ip: str, account: str | None, *, ip_failures: int, lockout: float, account_failures: int
    ) -> FailureOutcome:
        now = self.clock()
        locked_for = 0.0
        failures = self._ip_failures.hit(ip, now)
        if ip_failures and failures >= ip_failures:
            state = self._lockout(ip, now)
            locked_for = min(MAX_LOCKOUT, lockout * 2**state.lockouts)
            state.lockouts += 1
            state.locked_until = now + locked_for
            self._ip_failures.reset(ip)
        attacked, count = False, 0
        if account:
            count = self._account_failures.hit(account, now)
            if account_failures and count >= account_failures and not self._reported.count(account, now):
                self._reported.hit(account, now)
                attacked = True
        return FailureOutcome(locked_for, attacked, count)

    def succeeded(self, ip: str) -> None:
        self._ip_failures.reset(ip)

    def _lockout(self, ip: str, now: float) -> _Lockout:
        """The lockout record of `ip` (its count doubles the next lockout). Beyond max_tracked addresses, the
        records whose lockout started longest ago go first, unless they are still locked out."""
        state = self._lockouts.pop(ip, None) or _Lockout()
        while len(self._lockouts) >= self.max_tracked:
            _oldest, old = next(iter(self._lockouts.items()))
            if old.locked_until > now:
                break  # every remaining address is locked out now: keep them
            self._lockouts.popitem(last=False)
        self._lockouts[ip] = state
        return state
