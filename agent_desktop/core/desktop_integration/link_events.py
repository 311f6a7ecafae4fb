"""Links handed over by the OS as events rather than arguments (macOS: Apple events, which Qt
delivers to the application as ``QFileOpenEvent``). On Linux and Windows a link arrives on the
command line (``agent-desktop %u`` / ``"%1"``) and takes the single-instance hand-off instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent

from ..uri import dial_target


class LinkEvents(QObject):
    """Install on the QApplication; ``numberRequested(number)`` for each tel:/callto:/sip: link."""

    numberRequested = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            number = dial_target(event.url().toString())
            if number:
                self.numberRequested.emit(number)
                return True
        return False
