"""The History tab's filter bar: the query's fields, and Enter or Apply to run it.

``HistoryFilterBar`` holds the dates (with calendar pop-ups), direction, minimum duration,
extension and phone of a ``core.history.HistoryFilter``; ``show_filter`` fills them from one, and
``applyRequested`` / ``resetRequested`` ask the view to run the query or go back to the last seven
days. It reads nothing itself: the view checks the fields and sends the query.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.history import DIRECTIONS, HistoryFilter

__all__ = ["HistoryFilterBar"]

_DATE_FORMAT = "dd/MM/yyyy"
_MAX_DURATION = 24 * 3600


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else QDate.currentDate()


class HistoryFilterBar(QWidget):
    """The query's fields; Enter anywhere in them (or Apply) asks to run it."""

    applyRequested = Signal()
    resetRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyFilters")
        self.first_date = self._date_edit("historyFirstDate")
        self.last_date = self._date_edit("historyLastDate")
        self.extension_edit = QLineEdit()
        self.extension_edit.setObjectName("historyExtension")
        self.extension_edit.setMaxLength(20)
        self.extension_edit.setClearButtonEnabled(True)
        self.extension_edit.setMaximumWidth(180)
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("historyPhone")
        self.phone_edit.setMaxLength(64)
        self.phone_edit.setClearButtonEnabled(True)
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("historyDirection")
        for direction in DIRECTIONS:
            self.direction_combo.addItem("", direction)
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("historyMinDuration")
        self.duration_spin.setRange(0, _MAX_DURATION)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("historyApply")
        self.apply_button.setDefault(True)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("historyReset")
        self.apply_button.clicked.connect(self.applyRequested)
        self.reset_button.clicked.connect(self.resetRequested)
        self.labels = [QLabel() for _ in range(6)]
        for label in self.labels:
            label.setTextFormat(Qt.TextFormat.PlainText)
        buddies = (self.first_date, self.last_date, self.direction_combo, self.duration_spin,
                   self.extension_edit, self.phone_edit)
        for label, buddy in zip(self.labels, buddies):
            label.setBuddy(buddy)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for label, field in zip(self.labels[:4], buddies[:4]):
            top.addWidget(label)
            top.addWidget(field)
            top.addSpacing(8)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        for label, field in zip(self.labels[4:], buddies[4:]):
            bottom.addWidget(label)
            bottom.addWidget(field, 1 if field is self.phone_edit else 0)
            bottom.addSpacing(8)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.retranslate()

    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(_DATE_FORMAT)
        return edit

    def show_filter(self, history_filter: HistoryFilter) -> None:
        """Fill the fields from a filter (the phone as it was read)."""
        self.first_date.setDate(_qdate(history_filter.first_day))
        self.last_date.setDate(_qdate(history_filter.last_day))
        self.extension_edit.setText(history_filter.extension)
        self.phone_edit.setText(history_filter.phone)
        self.direction_combo.setCurrentIndex(max(0, self.direction_combo.findData(
            history_filter.direction)))
        self.duration_spin.setValue(history_filter.min_duration)

    def first_day(self) -> date:
        return self.first_date.date().toPython()

    def last_day(self) -> date:
        return self.last_date.date().toPython()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits, spin boxes and date edits pass Enter on to their parent: run the query.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.applyRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        texts = (self.tr("&From"), self.tr("t&o"), self.tr("&Direction"),
                 self.tr("At &least"), self.tr("E&xtension"), self.tr("&Phone"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.first_date.setToolTip(self.tr("The first day of calls to show"))
        self.last_date.setToolTip(self.tr("The last day of calls to show (included)"))
        names = (self.tr("Any direction"), self.tr("Inbound"), self.tr("Outbound"),
                 self.tr("Internal"))
        for row, name in enumerate(names):
            self.direction_combo.setItemText(row, name)
        self.duration_spin.setSuffix(self.tr(" s"))
        self.duration_spin.setSpecialValueText(self.tr("any length"))
        self.duration_spin.setToolTip(self.tr("Only calls at least this many seconds long"))
        self.extension_edit.setPlaceholderText(self.tr("Any extension"))
        self.phone_edit.setPlaceholderText(self.tr("Any number, e.g. 0899 888 999"))
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Show the calls matching these filters (Enter)"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to every call of the last 7 days"))
