"""The journal as the dashboard uses it: what the last change was, and undoing it."""
from __future__ import annotations

from ..store import journal as journal_store


class JournalBackend:
    """Mixed into Backend."""

    async def last_change(self):
        """The newest change (a journal_store.Change), or None."""
        changes = await journal_store.recent_changes(self.store, 1)
        return changes[0] if changes else None

    async def undo_change(self, change: int) -> str:
        """Raises journal_store.JournalConflict when a row changed again since."""
        restored = await journal_store.undo(self.store, change)
        await self._changed()
        return f"change {change} undone: {restored} row(s) restored"
