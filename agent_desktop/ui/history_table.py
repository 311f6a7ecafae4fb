"""The History tab's table: call records with the customer's number drawn as a link.

``HistoryTable(model)`` shows a ``CdrTableModel``: whole rows, one at a time, From and To
stretching, the other columns at fixed starting widths; Enter on a cell emits ``cellActivated``
as a double-click does. What a cell does when activated is the view's business.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from .history_model import NUMBER_ROLE, CdrColumn
from .list_states import read_only_rows

__all__ = ["HistoryTable"]

_Index = QModelIndex | QPersistentModelIndex
_COLUMN_WIDTHS = {CdrColumn.STARTED: 130, CdrColumn.DIRECTION: 110, CdrColumn.EXTENSION: 80,
                  CdrColumn.DURATION: 80, CdrColumn.STATUS: 150, CdrColumn.RECORDING: 40}


class _NumberDelegate(QStyledItemDelegate):
    """Draws the customer's number as a link (plain text, underlined, the link colour)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        if index.data(NUMBER_ROLE):
            font = QFont(option.font)
            font.setUnderline(True)
            option.font = font
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Link))
            option.palette = palette


class HistoryTable(QTableView):
    """The call records; Enter on a cell does what a double-click on it does."""

    cellActivated = Signal(QModelIndex)  # double-click or Enter

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTable")
        self.setModel(model)
        delegate = _NumberDelegate(self)
        self.setItemDelegateForColumn(CdrColumn.FROM, delegate)
        self.setItemDelegateForColumn(CdrColumn.TO, delegate)
        read_only_rows(self)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(CdrColumn.FROM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CdrColumn.TO, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(self.cellActivated)

    def fit_recording_column(self) -> None:
        """Wide enough for the recording column's header in the current language."""
        header = self.horizontalHeader()
        title = str(self.model().headerData(CdrColumn.RECORDING, Qt.Orientation.Horizontal))
        header.resizeSection(CdrColumn.RECORDING, max(_COLUMN_WIDTHS[CdrColumn.RECORDING],
                                                      header.fontMetrics().horizontalAdvance(
                                                          title) + 16))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.currentIndex().isValid()):
            self.cellActivated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
