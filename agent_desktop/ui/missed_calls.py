"""The missed-calls list in the window: who called, when, and a click to call them back.

It shows core's IncomingCalls.missed, newest first, with the number of calls not yet seen; "Mark
as seen" (or looking at it while the window is active) clears the tray badge, "Clear" empties it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.incoming import IncomingCalls
from ..core.phone import format_number
from ..core.plain_text import isolate

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class MissedCallsPanel(QWidget):
    dialRequested = Signal(str)  # a raw number

    def __init__(self, incoming: IncomingCalls, region: str = "VN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missedCalls")
        self.incoming = incoming
        self.region = region
        self.title = QLabel()
        self.title.setObjectName("missedTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget()
        self.list.setObjectName("missedList")
        self.list.itemActivated.connect(self._activated)
        self.list.setToolTip("")
        self.seen_button = QPushButton()
        self.seen_button.clicked.connect(incoming.mark_seen)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(incoming.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.seen_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        incoming.missedChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.seen_button.setText(self.tr("Mark as seen"))
        self.clear_button.setText(self.tr("Clear"))
        self.list.setToolTip(self.tr("Double-click or press Enter to call back"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        missed = self.incoming.missed
        unseen = self.incoming.unseen
        if unseen:
            self.title.setText(self.tr("Missed calls (%n new)", "", unseen))
        else:
            self.title.setText(self.tr("Missed calls"))
        self.seen_button.setEnabled(unseen > 0)
        self.clear_button.setEnabled(bool(missed))
        self.list.clear()
        if not missed:
            placeholder = QListWidgetItem(self.tr("No missed calls"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
            return
        for index, call in enumerate(missed):
            when = call.when.strftime("%d/%m %H:%M") if call.when else "—"
            text = self.tr("{when}  {number}  → {extension}").format(
                when=when, number=isolate(format_number(call.number, self.region)[:40]),
                extension=isolate(call.extension[:40]))
            if call.source == "history":
                text += "  " + self.tr("(while offline)")
            item = QListWidgetItem(text)
            item.setData(NUMBER_ROLE, call.number)
            if index < unseen:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        number = item.data(NUMBER_ROLE)
        if number:
            self.dialRequested.emit(number)
