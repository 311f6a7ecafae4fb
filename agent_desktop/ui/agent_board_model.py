"""The agent board's table model and its filter: what the board shows, without widgets.

``AgentBoardModel`` is fed by ``AgentBoard``'s row signals (``agentAdded`` / ``agentChanged`` /
``agentRemoved``) and turns them into beginInsertRows / dataChanged / beginRemoveRows, never a
reset, so views keep their selection and scroll position. A one-second timer moves the Duration
cells of the agents on a call, and only those. ``AgentBoardFilter`` sorts and narrows the rows to
typed names, usernames, extensions or numbers. Every cell is plain text.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ..core.agents import AgentBoard, AgentRow
from ..core.call_diff import Phase
from ..core.phone import format_number
from .call_model import digits_of, elapsed_seconds, format_duration
from .text_filter import TextFilter

__all__ = ["KEY_ROLE", "SECONDARY_ROLE", "SORT_ROLE", "AgentBoardFilter", "AgentBoardModel",
           "Column"]

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # AgentRow.key, in every column
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 3  # the Agent cell's second, muted text (username)


class Column(IntEnum):
    AGENT = 0
    EXTENSION = 1
    PHONE = 2
    CALL = 3
    DURATION = 4
    CALLS = 5
    ANSWERED = 6
    MISSED = 7


_COLUMNS = len(Column)
_COUNTS = {Column.CALLS: "calls_today", Column.ANSWERED: "answered_today",
           Column.MISSED: "missed_today"}
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_DOTS = {True: "#1e8e3e", False: "#9aa0a6", None: "#f29900"}  # logged in, not, unknown
_MISSED_COLOUR = QColor("#c5221f")
_LONG_CALL_COLOUR = QColor("#c5221f")
_RINGING_COLOUR = QColor("#b06000")
_RINGING = (Phase.STARTING, Phase.RINGING, Phase.DIALING)
_Index = QModelIndex | QPersistentModelIndex


@lru_cache(maxsize=8)
def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(3, 3, 10, 10)
    painter.end()
    return QIcon(pixmap)


def _extension_key(ext: str) -> str:
    return f"{int(ext):012d}" if ext.isdigit() and len(ext) <= 12 else "~" + ext.casefold()


class AgentBoardModel(QAbstractTableModel):
    """The agents, one row each, in the order they joined the board; read-only."""

    def __init__(self, board: AgentBoard | None = None, region: str = "VN",
                 clock: Callable[[], datetime] = datetime.now, long_call_minutes: float = 0.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.region = region
        self.long_call_seconds = long_call_minutes * 60  # 0: no highlight
        self._clock = clock
        self._rows: list[AgentRow] = []
        self._timer = QTimer(self)
        self._timer.setObjectName("durationTimer")
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._load_texts()
        if board is not None:
            board.agentAdded.connect(self.add)
            board.agentChanged.connect(self.change)
            board.agentRemoved.connect(self.remove)
            for row in board.agents():
                self.add(row)

    # --- the rows -------------------------------------------------------------------------------

    def add(self, row: AgentRow) -> None:
        if self.row_of(row.key) is not None:
            self.change(row)
            return
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(row)
        self.endInsertRows()
        self._update_timer()

    def change(self, row: AgentRow) -> None:
        at = self.row_of(row.key)
        if at is None:
            self.add(row)
            return
        self._rows[at] = row
        self.dataChanged.emit(self.index(at, 0), self.index(at, _COLUMNS - 1))
        self._update_timer()

    def remove(self, key: str) -> None:
        at = self.row_of(key)
        if at is None:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self.endRemoveRows()
        self._update_timer()

    def row_of(self, key: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)

    def row_at(self, row: int) -> AgentRow:
        return self._rows[row]

    def rows(self) -> list[AgentRow]:
        return list(self._rows)

    def set_region(self, region: str) -> None:
        if region != self.region:
            self.region = region
            self._all_changed()

    def set_long_call_minutes(self, minutes: float) -> None:
        """Durations from this many minutes on are shown in red (0: never)."""
        self.long_call_seconds = minutes * 60
        self._all_changed()

    def tick(self) -> None:
        """The Duration cells of the agents on a call moved on a second."""
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole]
        for at, row in enumerate(self._rows):
            if row.on_call:
                index = self.index(at, Column.DURATION)
                self.dataChanged.emit(index, index, roles)

    def is_long(self, row: AgentRow) -> bool:
        return (row.on_call and self.long_call_seconds > 0
                and self.seconds(row) >= self.long_call_seconds)

    def _update_timer(self) -> None:
        if not any(r.on_call for r in self._rows):
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, _COLUMNS - 1))

    # --- words ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._load_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)
        self._all_changed()

    def _load_texts(self) -> None:
        self._headers = [self.tr("Agent"), self.tr("Extension"), self.tr("Phone"),
                         self.tr("Current call"), self.tr("Duration"), self.tr("Calls today"),
                         self.tr("Answered"), self.tr("Missed")]
        self._phones = {True: self.tr("Logged in"), False: self.tr("Not logged in"),
                        None: self.tr("Unknown")}
        self._phases = {
            Phase.STARTING: self.tr("Starting"), Phase.RINGING: self.tr("Ringing"),
            Phase.DIALING: self.tr("Dialing"), Phase.TALKING: self.tr("Talking"),
            Phase.ON_HOLD: self.tr("On hold"), Phase.PARKED: self.tr("Parked"),
            Phase.IN_IVR: self.tr("In IVR"), Phase.TRANSFERRING: self.tr("Transferring"),
            Phase.ENDING: self.tr("Ending"), Phase.UNKNOWN: self.tr("Unknown state"),
        }
        self._no_name = self.tr("Extension {extension}")
        self._call_text = self.tr("{number} · {phase}")
        self._call_tip = self.tr("Call ID: {call_id}")

    def text(self, row: AgentRow, column: int) -> str:
        """What a cell shows, as plain text."""
        if column == Column.AGENT:
            return row.name or row.username or self._no_name.format(extension=row.extension)
        if column == Column.EXTENSION:
            return row.extension
        if column == Column.PHONE:
            return self._phones[row.phone_logged_in]
        if column == Column.CALL:
            if not row.on_call:
                return ""
            return self._call_text.format(number=format_number(row.current_number, self.region),
                                          phase=self._phases.get(row.current_phase, ""))
        if column == Column.DURATION:
            return format_duration(self.seconds(row)) if row.on_call else ""
        if column in _COUNTS:
            return str(getattr(row, _COUNTS[Column(column)]))
        return ""

    def seconds(self, row: AgentRow) -> int:
        return elapsed_seconds(row.call_started, self._clock())

    def _sort_key(self, row: AgentRow, column: int) -> Any:
        if column == Column.EXTENSION:
            return _extension_key(row.extension)
        if column == Column.PHONE:
            return {True: 0, False: 1, None: 2}[row.phone_logged_in]
        if column == Column.DURATION:
            return self.seconds(row) if row.on_call else -1
        if column in _COUNTS:
            return getattr(row, _COUNTS[Column(column)])
        return self.text(row, column).casefold()

    # --- QAbstractItemModel ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= _COLUMNS:
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SECONDARY_ROLE:
            return row.username if column == Column.AGENT and row.name else ""
        if role == Qt.ItemDataRole.DecorationRole and column == Column.PHONE:
            return _dot(_DOTS[row.phone_logged_in])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and (column == Column.DURATION
                                                          or column in _COUNTS):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.AGENT:
            return " ".join(filter(None, (self.text(row, column), self.data(index, SECONDARY_ROLE))))
        if role == KEY_ROLE:
            return row.key
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        return None

    def _foreground(self, row: AgentRow, column: int) -> QColor | None:
        if column == Column.MISSED and row.missed_today:
            return _MISSED_COLOUR
        if column == Column.CALL and row.current_phase in _RINGING:
            return _RINGING_COLOUR
        if column == Column.DURATION and self.is_long(row):
            return _LONG_CALL_COLOUR
        return None

    def _tooltip(self, row: AgentRow, column: int) -> str | None:
        # Qt shows a tooltip that looks like HTML as HTML: server text is put in a plain-text
        # paragraph by escaping it.
        if column == Column.PHONE and row.phone_logged_in is None and row.status_error:
            text = row.status_error
        elif column == Column.CALL and row.on_call:
            text = self._call_tip.format(call_id=row.current_call_id)
        else:
            return None
        return "<p style='white-space:pre-wrap'>" + html.escape(text[:300]) + "</p>"

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and (section == Column.DURATION
                                                          or section in _COUNTS):
            return _RIGHT
        return None


class AgentBoardFilter(TextFilter):
    """Sorts on SORT_ROLE; keeps the agents whose name, username, extension or current number
    holds the typed text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(SORT_ROLE, parent)
        self.setFilterRole(KEY_ROLE)  # never changes in place: ticks do not re-run the filter

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not self._needle or not isinstance(model, AgentBoardModel) or source_parent.isValid():
            return True
        row = model.row_at(source_row)
        words = (row.name, row.username, row.extension, model.text(row, Column.AGENT))
        if any(self._needle in w.casefold() for w in words):
            return True
        digits = digits_of(self._needle)
        return bool(digits) and digits == self._needle.replace(" ", "") and (
            digits in digits_of(row.current_number))
