"""What every admin action shares: who acts, how the policy is reloaded, the result and the refusal."""

from __future__ import annotations

import getpass
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ..policy.loader import PolicyHolder, load_snapshot
from ..policy.snapshot import PolicySnapshot
from ..store.database import Store


class AdminError(ValueError):
    """An action refused: one line for the operator (the CLI prints it and exits 2, the dashboard shows it inline).
    A ValueError, so that the dashboard's forms, which refuse a bad value under the form, catch it as they are."""


class NotFound(AdminError):
    """The thing to change is not there (any more)."""


@dataclass(frozen=True)
class Done:
    """What an action did, in plain words, and what the operator should know about it."""

    summary: str
    changed: bool = True  # False: nothing needed doing (already present, already acknowledged)
    warnings: tuple[str, ...] = ()
    count: int = 0  # how many messages, rows or entries the action touched, where that is the answer

    def text(self) -> str:
        """The summary and the warnings on one line (the dashboard's notification)."""
        return "; ".join((self.summary, *self.warnings))


@dataclass
class Admin:
    """The store to act on. `policy` is the gateway's own holder when it runs in this process (the dashboard of
    `mailmoat run`): a change reloads it at once. Without one, a gateway on the same database notices the change
    itself (PRAGMA data_version) within a second."""

    store: Store
    policy: PolicyHolder | None = None
    clock: Callable[[], float] = time.time
    operator: str = field(default_factory=lambda: f"{getpass.getuser()} (mailmoat)")  # who released, learned

    async def changed(self) -> None:
        if self.policy is not None:
            await self.policy.reload()

    async def finish(self, found: bool, summary: str, *, missing: str) -> Done:
        """After a change that finds what it changes: NotFound(missing) when it did not, else reload and say so."""
        if not found:
            raise NotFound(missing)
        await self.changed()
        return Done(summary)

    async def snapshot(self) -> PolicySnapshot:
        """The policy in force: the gateway's own in this process, else read from the store."""
        if self.policy is not None and self.policy.current is not None:
            return self.policy.current
        return await load_snapshot(self.store)
