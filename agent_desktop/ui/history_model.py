"""The call-history table model: the rows of ``core.history.CdrHistory``, in people's words.

``CdrTableModel`` keeps its own copy of the rows and follows the history's ``rowsReset`` (a new
query, a page) and ``rowsAdded`` (the next scroll batch: ``beginInsertRows``, so the selection and
the scroll position stay). In scroll mode ``canFetchMore`` / ``fetchMore`` let the view ask for the
next batch as the person scrolls; the history sends one request at a time. The customer's number
(``Cdr.customer_number``) is the dialable cell of a row: ``NUMBER_ROLE`` holds it there. Read-only;
rows stay in the server's order (newest first).
"""

from __future__ import annotations

import html
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ..core.history import CdrHistory
from ..pbx.models import Cdr, CdrStatus
from .call_model import _formatted, dialable, format_duration
from .icons import icon

__all__ = ["CDR_ROLE", "NUMBER_ROLE", "CdrColumn", "CdrTableModel", "customer_column",
           "direction_words", "has_recording", "status_words"]

translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")


class CdrColumn(IntEnum):
    STARTED = 0
    DIRECTION = 1
    FROM = 2
    TO = 3
    EXTENSION = 4
    DURATION = 5
    STATUS = 6
    RECORDING = 7


CDR_ROLE = Qt.ItemDataRole.UserRole + 11  # the Cdr, in every column
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 12  # the raw customer number in its cell, else None

_COLUMNS = len(CdrColumn)
_DIRECTION_ICONS = {"inbound": "dial", "outbound": "transfer", "local": "status"}
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_CENTER = Qt.AlignmentFlag.AlignCenter.value
_Index = QModelIndex | QPersistentModelIndex


def customer_column(cdr: Cdr) -> CdrColumn:
    """The column holding the customer's number: From for inbound calls, To otherwise."""
    return CdrColumn.FROM if cdr.direction == "inbound" else CdrColumn.TO


def has_recording(cdr: Cdr | None) -> bool:
    return cdr is not None and bool(cdr.recording_url.strip())


def direction_words() -> dict[str, str]:
    """Call directions in people's words, in the current language."""
    return {"inbound": translate("CdrTableModel", "Inbound"),
            "outbound": translate("CdrTableModel", "Outbound"),
            "local": translate("CdrTableModel", "Internal")}


def status_words() -> dict[CdrStatus, str]:
    """How calls ended in people's words, in the current language (not UNKNOWN: the server's
    own text is shown then)."""
    return {
        CdrStatus.ANSWERED: translate("CdrTableModel", "Answered"),
        CdrStatus.BUSY: translate("CdrTableModel", "Busy"),
        CdrStatus.NO_ANSWERED: translate("CdrTableModel", "Not answered"),
        CdrStatus.CANCEL: translate("CdrTableModel", "Cancelled"),
        CdrStatus.NOT_AVAILABLE: translate("CdrTableModel", "Unreachable"),
        CdrStatus.INVALID: translate("CdrTableModel", "Failed"),
    }


class CdrTableModel(QAbstractTableModel):
    """The loaded CDRs, one row each."""

    def __init__(self, history: CdrHistory, region: str = "VN",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.region = region
        self._rows: list[Cdr] = list(history.rows)
        self._load_texts()
        history.rowsReset.connect(self._reset)
        history.rowsAdded.connect(self._append)

    def set_region(self, region: str) -> None:
        """Read and show numbers for another default region."""
        if region != self.region:
            self.region = region
            if self._rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, self.columnCount() - 1))

    # --- the rows -----------------------------------------------------------------------------

    def _reset(self, rows: tuple[Cdr, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _append(self, rows: tuple[Cdr, ...]) -> None:
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def cdr_at(self, row: int) -> Cdr | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cdrs(self) -> list[Cdr]:
        return list(self._rows)

    # --- words --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._load_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, _COLUMNS - 1))

    def _load_texts(self) -> None:
        self._headers = {
            CdrColumn.STARTED: self.tr("Started"),
            CdrColumn.DIRECTION: self.tr("Direction"),
            CdrColumn.FROM: self.tr("From"),
            CdrColumn.TO: self.tr("To"),
            CdrColumn.EXTENSION: self.tr("Extension"),
            CdrColumn.DURATION: self.tr("Duration"),
            CdrColumn.STATUS: self.tr("Status"),
            CdrColumn.RECORDING: self.tr("Recording"),
        }
        self._directions = direction_words()
        self._statuses = status_words()
        self._recording_tip = self.tr("Has a recording: double-click or Enter plays it")
        self._number_tip = self.tr("Double-click or Enter calls this number")

    def status_text(self, cdr: Cdr) -> str:
        """The status in people's words; an unknown one as the server wrote it."""
        return self._statuses.get(cdr.status_kind, cdr.status)

    def direction_text(self, cdr: Cdr) -> str:
        return self._directions.get(cdr.direction, cdr.direction)

    def text(self, cdr: Cdr, column: int) -> str:
        """What a cell shows, as plain text."""
        if column == CdrColumn.STARTED:
            return cdr.time_started.strftime("%d/%m/%Y %H:%M") if cdr.time_started else ""
        if column == CdrColumn.DIRECTION:
            return self.direction_text(cdr)
        if column == CdrColumn.FROM:
            return _formatted(cdr.from_number, self.region)
        if column == CdrColumn.TO:
            return _formatted(cdr.to_number, self.region)
        if column == CdrColumn.EXTENSION:
            return cdr.extension
        if column == CdrColumn.DURATION:
            return format_duration(cdr.duration)
        if column == CdrColumn.STATUS:
            return self.status_text(cdr)
        return ""

    # --- QAbstractItemModel -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self.history.can_fetch_more()

    def fetchMore(self, parent: _Index) -> None:
        if not parent.isValid():
            self.history.fetch_more()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= _COLUMNS:
            return None
        cdr = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(cdr, column)
        if role == CDR_ROLE:
            return cdr
        if role == NUMBER_ROLE:
            number = cdr.customer_number
            return number if column == customer_column(cdr) and dialable(number) else None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == CdrColumn.DIRECTION:
                name = _DIRECTION_ICONS.get(cdr.direction)
                return icon(name) if name else None
            if column == CdrColumn.RECORDING and has_recording(cdr):
                return icon("recording")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cdr, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == CdrColumn.RECORDING:
            return self._headers[CdrColumn.RECORDING] if has_recording(cdr) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == CdrColumn.DURATION:
                return _RIGHT
            if column == CdrColumn.RECORDING:
                return _CENTER
        return None

    def _tooltip(self, cdr: Cdr, column: int) -> str | None:
        if column == CdrColumn.RECORDING and has_recording(cdr):
            return self._recording_tip
        if column == customer_column(cdr) and dialable(cdr.customer_number):
            return self._number_tip
        if column == CdrColumn.STARTED and cdr.time_started is not None:
            return cdr.time_started.strftime("%d/%m/%Y %H:%M:%S")
        if column == CdrColumn.STATUS and cdr.cause:  # the server's text, escaped
            return "<p style='white-space:pre'>" + html.escape(cdr.cause[:200]) + "</p>"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < _COLUMNS):
            return self._headers[CdrColumn(section)]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
