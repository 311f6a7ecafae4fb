"""What a list tab shows around its table: why loading failed (with Retry), and what stands in the
table's place while it has no rows.

``RetryLine`` is the red line above a list: the PBX's reason as wrapped plain text and a Retry
button; the view sets both texts, connects Retry and shows or hides the line. ``table_or_state``
stacks a table over the centred sentence ("Loading…", "Nothing matches") that replaces it while it
is empty. ``read_only_rows`` is how these tables select: whole rows, one at a time, never edited.
None of them holds a translatable string: the views say everything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QWidget,
)

from .status_mark import Tone
from .supervisor_bars import box_style

__all__ = ["RetryLine", "read_only_rows", "table_or_state"]



class RetryLine(QFrame):
    """A failure's reason and a Retry button, in an error-coloured box; hidden until shown."""

    def __init__(self, name: str, text_name: str, retry_name: str,
                 margins: tuple[int, int, int, int] = (8, 4, 4, 4),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(box_style(name, Tone.ERROR))
        self.label = QLabel()
        self.label.setObjectName(text_name)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName(retry_name)
        row = QHBoxLayout(self)
        row.setContentsMargins(*margins)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry_button)
        self.hide()


def table_or_state(table: QTableView, name: str) -> tuple[QLabel, QStackedWidget]:
    """A stack of ``table`` and a centred, wrapped plain-text label (object name ``name``) to
    show instead of it; the view switches between them."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    stack = QStackedWidget()
    stack.addWidget(table)
    stack.addWidget(label)
    return label, stack


def read_only_rows(table: QTableView) -> None:
    """Whole rows, one at a time, never edited; alternating colours, no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setCornerButtonEnabled(False)
    table.verticalHeader().hide()
