"""The sort-and-filter proxy the list views share: rows kept by the text typed in a filter box.

``TextFilter`` sorts on the model's sort role and keeps the rows its sub-class's
``filterAcceptsRow`` accepts for ``needle`` (the typed text, trimmed and case-folded). A change
of the filter goes through ``change_filter``, which tells the views the filter changed the way
the running Qt version wants (``beginFilterChange`` from Qt 6.9, ``invalidateRowsFilter`` before).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSortFilterProxyModel

__all__ = ["TextFilter"]


class TextFilter(QSortFilterProxyModel):
    def __init__(self, sort_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(sort_role)
        self.setDynamicSortFilter(True)
        self._needle = ""

    @property
    def needle(self) -> str:
        return self._needle

    def set_text(self, text: str) -> None:
        """Keep the rows matching ``text`` (case aside); empty: every row."""
        needle = text.strip().casefold()
        if needle != self._needle:
            self.change_filter(lambda: setattr(self, "_needle", needle))

    def change_filter(self, apply: Callable[[], None]) -> None:
        """Run ``apply`` (which changes what the filter keeps) and re-filter the rows."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateRowsFilter()
