"""Tuning the policy from the dashboard: explain a logged session again, lint the policy, monitor mode for
list entries (mixed into Backend)."""

from __future__ import annotations


from ..monitor.lint import LintFinding, lint
from ..decision_trace import Trace, explain_now
from ..policy.list_files import entry_from_row
from ..policy.loader import load_snapshot
from ..policy.names import parse_ip, validate_domain, validate_network
from ..store import lists as lists_store
from .backend_base import BackendBase

MODES = ("enforce", "monitor")


class TuningBackend(BackendBase):
    """Mixed into Backend: uses self.store, self.policy, self.clock and self._changed()."""

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
        if not await lists_store.set_mode(
            self.store, entry.list, entry.kind, entry.value, entry.scope, mode, self.clock()
        ):
            return None
        await self._changed()
        return mode

    async def save_list_entry_as(self, list_name: str, fields: dict, mode: str = "enforce") -> str:
        """Like save_list_entry, in one write with its mode (a monitored entry never acts, not even for a
        moment). Raises ValueError on bad input."""
        mode = (mode or "enforce").strip().lower()
        if mode not in MODES:
            raise ValueError(f"mode must be enforce or monitor, not {mode!r}")
        entry = entry_from_row(fields, list_name, None, self.clock())
        entry["mode"] = mode
        await lists_store.add_entries(self.store, [entry])
        await self._changed()
        where = entry["scope"].split(":", 1)[1] if entry["scope"] else "the whole gateway"
        return f"{list_name}: {entry['kind']} {entry['value']} for {where}" + (
            " (monitor only: it logs, it does not act)" if mode == "monitor" else ""
        )

    async def preview_relay_change(
        self, kind: str, value: str, *, remove: bool = False, extra: str = "", hours: float = 24.0
    ):
        """What adding (or removing) a relay rule would have done to the last hours (a replay Preview);
        raises ValueError."""
        from ..monitor.preview import preview_change
        from ..policy.drafts import with_relay_change

        if kind == "network":
            value = validate_network(value)
        else:
            value = validate_domain(value)
        return await preview_change(
            self.store, lambda policy: with_relay_change(policy, kind, value, remove=remove, nexthop=extra), hours
        )

    async def preview_list_entry(self, list_name: str, fields: dict, mode: str = "enforce", hours: float = 24.0):
        """What a new block or allow entry would have changed in the last hours (the --dry-run replay)."""
        from ..monitor.preview import preview_change
        from ..policy.drafts import with_list_entry

        entry = entry_from_row(fields, list_name, None, self.clock())
        return await preview_change(
            self.store, lambda policy: with_list_entry(policy, {**entry, "list": list_name, "mode": mode}), hours
        )
