"""The journal as the dashboard uses it: the stacks of app.admin.journal (mixed into Backend)."""

from __future__ import annotations

from ..admin import journal
from ..admin.journal import JournalStep, plain_words
from .backend_base import BackendBase

__all__ = ["JournalBackend", "JournalStep", "plain_words"]


class JournalBackend(BackendBase):
    """Mixed into Backend."""

    async def next_step(self, redo: bool = False) -> JournalStep | None:
        """The top of the undo stack (or of the redo stack), described; None when the stack is empty."""
        return await journal.next_step(self.admin, redo)

    async def undo_change(self, change: int) -> str:
        """Raises AdminError (UndoConflict when a row changed again since)."""
        return (await journal.undo(self.admin, change)).summary
