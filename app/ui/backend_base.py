"""What every part of the dashboard's Backend shares: the parts (accounts_backend.py, content_backend.py, ...) are
mixins of one Backend, and declare here the state they all use so the type checker can see it."""

from __future__ import annotations

import getpass
import time
from typing import Callable

from ..admin import Admin
from ..policy.loader import PolicyHolder
from ..store.database import Store


class BackendBase:
    """`policy` is the gateway's own holder in `mailmoat run`, None when attached to another process
    (which notices our writes through PRAGMA data_version within a second)."""

    store: Store
    policy: PolicyHolder | None = None
    attached: bool
    clock: Callable[[], float] = time.time
    heartbeat_timeout: float

    @property
    def admin(self) -> Admin:
        """The operator's actions (app.admin), acting as the dashboard and reloading the policy it shows."""
        return Admin(self.store, self.policy, self.clock, f"{getpass.getuser()} (dashboard)")
