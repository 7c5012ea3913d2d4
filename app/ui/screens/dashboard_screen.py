"""What the dashboard's screens share: the app typed as the MailmoatApp, tables and the row under their cursor,
re-reading the rows when the theme, the policy or the screen shown changes, and asking before acting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Awaitable, Iterable, Sequence, TypeVar

from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable

from ..messages import PolicyChanged, ThemeChanged
from .modals import ConfirmScreen

if TYPE_CHECKING:
    from textual import getters

    from ..app import MailmoatApp

ResultType = TypeVar("ResultType")
Selected = TypeVar("Selected")


class DashboardModal(ModalScreen[ResultType]):
    """A dialog of the dashboard."""

    if TYPE_CHECKING:  # Textual types self.app as App[object]; this one is always the MailmoatApp
        app = getters.app(MailmoatApp)


class DashboardScreen(Screen):
    """A screen of the dashboard, with the helpers its tables and actions share."""

    if TYPE_CHECKING:  # Textual types self.app as App[object]; this one is always the MailmoatApp
        app = getters.app(MailmoatApp)

    def table_with_columns(self, selector: str, columns: Iterable[tuple[str, str, int | None]]) -> DataTable:
        """The table, given its columns: (label, key, width) each; a width of None fits the content."""
        table = self.query_one(selector, DataTable)
        for label, key, width in columns:
            table.add_column(label, key=key, width=width)
        return table

    @staticmethod
    def selected_key(table: DataTable) -> str | None:
        """The key of the row under the table's cursor; None in an empty table."""
        if table.row_count == 0:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    @staticmethod
    def keep_cursor(table: DataTable, keys: Sequence[str], selected: str | None, place: int | None = None) -> None:
        """After a refill: the cursor back on the row it was on (by key, not by index); if that row left, on the
        row now at `place` (its old index) when one is given."""
        if selected in keys:
            table.move_cursor(row=keys.index(selected))
        elif place is not None and keys:
            table.move_cursor(row=min(place, len(keys) - 1))

    def said_if_missing(self, selected: Selected | None, missing: str = "Nothing selected") -> Selected | None:
        """What an action acts on, as it is; when there is nothing, the operator is told so."""
        if selected is None:
            self.notify(missing, severity="warning")
        return selected

    async def confirm(self, question: str) -> bool:
        """Yes or no in a dialog, before an action that changes something."""
        answer = await self.app.push_screen_wait(ConfirmScreen(question))
        return bool(answer)

    async def notify_outcome(self, action: Awaitable[str]) -> bool:
        """The backend's summary of an action, or its refusal (a ValueError) as an error; True when it was done."""
        try:
            done = await action
        except ValueError as exc:
            self.notify(str(exc), severity="error")
            return False
        self.notify(done)
        return True


class TableScreen(DashboardScreen):
    """A screen whose rows `refresh_data` reads: again in a new theme's colours, when the screen is shown again,
    after a policy change (unless REREAD_ON_POLICY is off), and every `reread_while_shown` interval."""

    REREAD_ON_POLICY = True

    def refresh_data(self) -> object:
        raise NotImplementedError

    def reread_while_shown(self, interval: float) -> None:
        self.set_interval(interval, self._tick)

    def _tick(self) -> None:
        if self.is_current:
            self.refresh_data()

    def on_theme_changed(self, message: ThemeChanged) -> None:
        self.refresh_data()  # the rows again, in the new theme's colours

    def on_screen_resume(self) -> None:
        self.refresh_data()

    def on_policy_changed(self, message: PolicyChanged) -> None:
        if self.REREAD_ON_POLICY:
            self.refresh_data()
