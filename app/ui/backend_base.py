"""What every part of the dashboard's Backend shares: the parts (accounts_backend.py, content_backend.py, ...) are
mixins of one Backend, and declare here the state they all use so the type checker can see it."""

from __future__ import annotations

from typing import Callable

from ..policy.loader import PolicyHolder
from ..store.database import Store


class BackendBase:
    """`policy` is the gateway's own holder in `mailmoat run`, None when attached to another process
    (which notices our writes through PRAGMA data_version within a second)."""

    store: Store
    policy: PolicyHolder | None
    attached: bool
    clock: Callable[[], float]
    heartbeat_timeout: float

    async def _changed(self) -> None:
        if self.policy is not None:
            await self.policy.reload()
