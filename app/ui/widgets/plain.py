"""A DataTable whose text cells are text: Textual parses a str cell as markup, and most cells hold values
that are not ours (addresses, HELO names, patterns, SMTP replies). `[/]` in a sender must show as `[/]`, not
end the dashboard."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable
from textual.widgets.data_table import CellType, ColumnKey, RowKey


def plain_cell(value: CellType, wrap: bool) -> Text | CellType:
    """A str cell as the Text Textual would make of it, minus the markup (same wrapping)."""
    return Text(value, end="", no_wrap=not wrap) if isinstance(value, str) else value


class PlainTable(DataTable):
    def add_row(self, *cells: CellType, height: int | None = 1, key: str | None = None, label=None) -> RowKey:
        wrap = height != 1
        return super().add_row(
            *(plain_cell(cell, wrap) for cell in cells),
            height=height,
            key=key,
            label=plain_cell(label, wrap) if label is not None else None,
        )

    def update_cell(
        self, row_key: RowKey | str, column_key: ColumnKey | str, value: CellType, *, update_width: bool = False
    ) -> None:
        row = self.rows.get(row_key if isinstance(row_key, RowKey) else RowKey(row_key))
        cell = plain_cell(value, row is not None and row.height != 1)
        super().update_cell(row_key, column_key, cell, update_width=update_width)
