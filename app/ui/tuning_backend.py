"""Tuning the policy from the dashboard: explain a logged session again, lint the policy, monitor mode for
list entries (mixed into Backend)."""

from __future__ import annotations


from ..admin import NotFound, lists, relay
from ..monitor.lint import LintFinding, lint
from ..decision_trace import Trace, explain_now
from ..policy.loader import load_snapshot
from ..policy.names import parse_ip
from .backend_base import BackendBase

MODES = ("enforce", "monitor")


class TuningBackend(BackendBase):
    """Mixed into Backend: uses self.store, self.policy, self.clock and self.admin."""

    async def _snapshot(self):
        return (
            self.policy.current
            if self.policy is not None and self.policy.current is not None
            else await load_snapshot(self.store)
        )

    # --- explain ------------------------------------------------------------------------------
    async def explain_session(
        self, client_ip: str, helo: str, sender: str, recipients: list[str], auth_login: str = ""
    ) -> Trace:
        """The session run again through the server's own stages, with the policy in force now (the same
        engine as `mailmoat explain`). No message: the DATA checks are not run. Raises ValueError when the
        client address is not an IP address."""
        address = parse_ip(client_ip)
        if address is None:
            raise ValueError(f"{client_ip!r} is not a client IP address")
        policy = await self._snapshot()
        account = policy.accounts.find(auth_login) if auth_login else None
        return await explain_now(
            policy, str(address), helo, sender, list(recipients), None, account.address if account is not None else None
        )

    # --- lint ---------------------------------------------------------------------------------
    async def lint_findings(self) -> list[LintFinding]:
        """Every finding of `mailmoat lint`, the worst first (reads only; can take seconds on a big database)."""
        return await lint(self.store, self.clock())

    # --- monitor mode of block and allow entries ---------------------------------------------
    async def toggle_entry_mode(self, entry) -> str | None:
        """Switches a list entry between enforce and monitor; its new mode, or None if it is gone."""
        mode = "enforce" if entry.mode == "monitor" else "monitor"
        try:
            await lists.set_stored_mode(self.admin, entry, mode)
        except NotFound:
            return None
        return mode

    async def save_list_entry_as(self, list_name: str, fields: dict, mode: str = "enforce") -> str:
        """Like save_list_entry, in one write with its mode. Raises AdminError on bad input."""
        return (await lists.add(self.admin, list_name, fields, mode)).summary

    async def preview_relay_change(
        self, kind: str, value: str, *, remove: bool = False, extra: str = "", hours: float = 24.0
    ):
        """What adding (or removing) a relay rule would have done to the last hours (a replay Preview);
        raises ValueError."""
        return await relay.preview(self.admin, kind, value, remove=remove, nexthop=extra, hours=hours)

    async def preview_list_entry(self, list_name: str, fields: dict, mode: str = "enforce", hours: float = 24.0):
        """What a new block or allow entry would have changed in the last hours (the --dry-run replay)."""
        return await lists.preview(self.admin, list_name, fields, mode=mode, hours=hours)
