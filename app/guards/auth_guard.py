"""Brute-force defence for SMTP AUTH: failed logins counted per client address and per account.

An address with `auth.ip_failures` failures within an hour is refused AUTH for `auth.ip_lockout`, doubling
with each further lockout (at most a day). An account with `auth.account_failures` failures within an
hour, from anywhere, is under attack: reported once an hour (and locked if the operator chose so).
State lives in memory: a restart forgets it, which costs an attacker nothing it did not already have.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

WINDOW = 3600.0
MAX_LOCKOUT = 86400.0
MAX_TRACKED = 100_000


@dataclass
class _Address:
    failures: deque = field(default_factory=deque)
    lockouts: int = 0
    locked_until: float = 0.0


@dataclass
class _Account:
    failures: deque = field(default_factory=deque)
    reported: float = 0.0


@dataclass(frozen=True)
class FailureOutcome:
    ip_locked_for: float = 0.0  # > 0: this failure locked the address out for so many seconds
    account_attacked: bool = False  # this failure made the account "under attack" (reported once an hour)
    account_failures: int = 0


class AuthGuard:
    def __init__(self, clock: Callable[[], float] = time.time):
        self.clock = clock
        self._addresses: dict[str, _Address] = {}
        self._accounts: dict[str, _Account] = {}

    def locked_for(self, ip: str) -> float:
        """Seconds this address is still refused AUTH (0: it may try)."""
        state = self._addresses.get(ip)
        return max(0.0, state.locked_until - self.clock()) if state else 0.0

    def failed(self, ip: str, account: str | None, *, ip_failures: int, lockout: float,
               account_failures: int) -> FailureOutcome:
        now = self.clock()
        self._bound()
        address = self._addresses.setdefault(ip, _Address())
        _push(address.failures, now)
        locked_for = 0.0
        if ip_failures and len(address.failures) >= ip_failures:
            locked_for = min(MAX_LOCKOUT, lockout * 2 ** address.lockouts)
            address.lockouts += 1
            address.locked_until = now + locked_for
            address.failures.clear()
        attacked, count = False, 0
        if account:
            state = self._accounts.setdefault(account, _Account())
            _push(state.failures, now)
            count = len(state.failures)
            if account_failures and count >= account_failures and now - state.reported >= WINDOW:
                state.reported = now
                attacked = True
        return FailureOutcome(locked_for, attacked, count)

    def succeeded(self, ip: str) -> None:
        state = self._addresses.get(ip)
        if state is not None:
            state.failures.clear()

    def _bound(self) -> None:
        if len(self._addresses) + len(self._accounts) < MAX_TRACKED:
            return
        now = self.clock()
        for table in (self._addresses, self._accounts):
            for key in [k for k, s in table.items() if not s.failures or now - s.failures[-1] > WINDOW]:
                if getattr(table[key], "locked_until", 0.0) <= now:
                    del table[key]


def _push(failures: deque, now: float) -> None:
    failures.append(now)
    while failures and now - failures[0] > WINDOW:
        failures.popleft()
