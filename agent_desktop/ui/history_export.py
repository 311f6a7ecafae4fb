"""The line that follows a CSV export of the call history: what it is doing, then what it did.

``ExportBar`` holds a plain-text sentence, a progress bar (busy until the total is known), Cancel
while the export runs and a "×" to hide the line once it is over. It says nothing itself: the
History view gives every sentence and the buttons' texts, and connects Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

__all__ = ["ExportBar"]


class ExportBar(QFrame):
    """An export's progress and outcome; hidden until an export starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyExportBox")
        self.label = QLabel()
        self.label.setObjectName("historyExportText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar()
        self.progress.setObjectName("historyExportProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(240)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("historyExportCancel")
        self.close_button = QPushButton("×")
        self.close_button.setObjectName("historyExportClose")
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        self.hide()

    def started(self, text: str) -> None:
        """An export began: a busy bar and Cancel."""
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.close_button.hide()
        self.label.setText(text)
        self.show()

    def progressed(self, written: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(written)
        self.label.setText(text)

    def ended(self, text: str) -> None:
        """Saved, failed or cancelled: the outcome and "×"."""
        self.progress.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.label.setText(text)
        self.show()

