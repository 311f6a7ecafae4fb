"""One-click confirmation for numbers handed over by other apps (tel:, callto:, sip: links).

When the settings say "Ask me first", :class:`DialToasts` shows a :class:`DialToast` near the
tray: "Call 0899 098 899?", where it came from, "Call" and "Not now". It never takes the focus
(it is a :class:`~agent_desktop.ui.popup.ToastWindow`) and closes itself after 30 seconds. One toast
per number: the same link handed over again while its toast is open only raises that toast.
``accepted`` carries the request; the app asks the dialer to place it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from ..core.dialer import DialRequest
from .icons import icon
from .popup import ElidedLine, ToastWindow, set_font
from .popup_stack import plan_stack

__all__ = ["DIAL_TOAST_TIMEOUT_MS", "DIAL_TOAST_WIDTH", "DialToast", "DialToasts"]

DIAL_TOAST_TIMEOUT_MS = 30_000
DIAL_TOAST_WIDTH = 340

_STYLE = """
#dialToastHeader { background: #1a66c9; border-top-left-radius: 9px;
                   border-top-right-radius: 9px; }
QPushButton#dialToastCall { color: #ffffff; background: #137333; border-color: #0d652d;
                            font-weight: bold; }
QPushButton#dialToastCall:hover { background: #0d652d; }
QPushButton#dialToastCall:disabled { color: #e8eaed; background: #9fc5a8; }
"""


class DialToast(ToastWindow):
    """"Call <number>?" with Call and Not now; closes itself after ``timeout_ms``."""

    accepted = Signal(object)  # DialRequest: "Call" was clicked (once)
    finished = Signal(object)  # DialRequest: the toast went away, for whatever reason

    def __init__(self, request: DialRequest, timeout_ms: int = DIAL_TOAST_TIMEOUT_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialToast")
        self.setFixedWidth(DIAL_TOAST_WIDTH)
        self.setStyleSheet(self.styleSheet() + _STYLE)
        self.request = request
        self._done = False
        self._build()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.dismiss)
        self.timer.start()
        self.retranslate()

    def _build(self) -> None:
        card, layout, header, row = self.build_card("dialToastHeader")
        row.setContentsMargins(12, 5, 6, 5)
        self.heading = ElidedLine()
        self.heading.setObjectName("dialToastHeading")
        self.heading.setStyleSheet("color: #ffffff;")
        set_font(self.heading, 0.95, bold=True)
        self.close_button = QToolButton()
        self.close_button.setObjectName("dialToastClose")
        self.close_button.setText("×")
        self.close_button.setStyleSheet(
            "QToolButton { color: #ffffff; border: none; border-radius: 4px; padding: 0 4px;"
            " font-size: 15px; } QToolButton:hover { background: rgba(255, 255, 255, 0.2); }")
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.heading, 1)
        row.addWidget(self.close_button)
        layout.addWidget(header)

        body = QVBoxLayout()
        body.setContentsMargins(14, 10, 14, 12)
        body.setSpacing(2)
        self.question = ElidedLine()
        self.question.setObjectName("dialToastQuestion")
        self.question.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        set_font(self.question, 1.5, bold=True)
        self.source = ElidedLine("muted")
        self.source.setObjectName("dialToastSource")
        body.addWidget(self.question)
        body.addWidget(self.source)
        body.addSpacing(10)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.not_now_button = QPushButton()
        self.not_now_button.setObjectName("dialToastNotNow")
        self.not_now_button.clicked.connect(self.dismiss)
        self.call_button = QPushButton(icon("dial"), "")
        self.call_button.setObjectName("dialToastCall")
        self.call_button.clicked.connect(self._accept)
        buttons.addStretch(1)
        buttons.addWidget(self.not_now_button)
        buttons.addWidget(self.call_button)
        body.addLayout(buttons)
        layout.addLayout(body)
        for button in (self.close_button, self.not_now_button, self.call_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)

    def restart(self) -> None:
        """Asked again: the full time again."""
        if not self._done:
            self.timer.start()

    def is_done(self) -> bool:
        return self._done

    def _accept(self) -> None:
        if self._done:
            return
        request = self.request
        self.dismiss()
        self.accepted.emit(request)

    def dismiss(self) -> None:
        """Close without calling ("Not now", ×, the timeout, or the app closing it)."""
        if self._done:
            return
        self._done = True
        self.timer.stop()
        self.call_button.setEnabled(False)
        self.not_now_button.setEnabled(False)
        self.hide()
        self.finished.emit(self.request)

    def retranslate(self) -> None:
        number = self.request.number.display
        self.heading.set_full_text(self.tr("Click-to-call"))
        self.question.set_full_text(self.tr("Call {number}?").format(number=number))
        self.source.set_full_text(self._source_text())
        self.call_button.setText(self.tr("Call"))
        self.not_now_button.setText(self.tr("Not now"))
        self.close_button.setToolTip(self.tr("Not now"))
        self.setWindowTitle(self.tr("Call {number}?").format(number=number))
        self.setAccessibleName(self.tr("Call {number}?").format(number=number))
        self.adjustSize()

    def _source_text(self) -> str:
        source = self.request.source
        if source == "link":
            return self.tr("from a link")
        if source == "clipboard":
            return self.tr("from the clipboard")
        if source == "command line":
            return self.tr("from the command line")
        return self.tr("from another app")


class DialToasts(QObject):
    """The open dial toasts, one per number, stacked near the tray (newest nearest)."""

    accepted = Signal(object)  # DialRequest

    def __init__(self, timeout_ms: int = DIAL_TOAST_TIMEOUT_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._anchor: QRect | None = None
        self._toasts: dict[str, DialToast] = {}  # number dialed -> toast, oldest first

    def ask(self, request: DialRequest, anchor: QRect | None = None) -> DialToast:
        """Show "Call …?" for ``request``; an open toast for the same number is raised."""
        if anchor is not None and anchor.isValid():
            self._anchor = QRect(anchor)
        key = request.number.dial
        toast = self._toasts.get(key)
        if toast is not None and isValid(toast) and not toast.is_done():
            toast.restart()
            toast.raise_()
            self._layout()
            return toast
        toast = DialToast(request, self.timeout_ms)
        toast.accepted.connect(self.accepted)
        toast.finished.connect(self._forget)
        self._toasts[key] = toast
        self._layout()
        return toast

    def toasts(self) -> list[DialToast]:
        """The open toasts, oldest first."""
        return list(self._toasts.values())

    def close_all(self) -> None:
        for toast in list(self._toasts.values()):
            toast.dismiss()

    def _forget(self, request: DialRequest) -> None:
        toast = self._toasts.pop(request.number.dial, None)
        if toast is not None:
            toast.deleteLater()
            self._layout()

    def _layout(self) -> None:
        newest_first = list(reversed(self._toasts.values()))
        for toast in newest_first:
            toast.adjustSize()
        plan = plan_stack([t.height() for t in newest_first], DIAL_TOAST_WIDTH,
                          self.screen_area(self._anchor), self._anchor, 0)
        for index, toast in enumerate(newest_first):
            if index < len(plan.popups):
                toast.move(plan.popups[index].topLeft())
                toast.show()
                toast.raise_()
            else:
                toast.hide()  # more than the screen holds: they show as the others go

    @staticmethod
    def screen_area(anchor: QRect | None) -> QRect:
        """The available geometry of the screen holding ``anchor``, else of the primary one."""
        screen = QGuiApplication.screenAt(anchor.center()) if anchor is not None else None
        screen = screen or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
