"""The incoming-call popup: one ringing call, at a glance, without taking the focus.

:class:`IncomingPopup` shows one ringing call from a :class:`PopupInfo` view-model: who calls, on
which extension, for how long it has rung, the customer and the last calls with that number, and
buttons to open the CRM, copy the number, call back or dismiss. It is a frameless, always-on-top
tool window that never takes the keyboard focus, so the agent keeps typing where they were.

:class:`~agent_desktop.ui.popup_stack.PopupStack` places them near the tray.

Nothing here knows about the PBX: ``core`` builds the view-model and listens to the signals. Every
server-provided string is shown as plain text, cleaned of control and bidi-override characters and
elided to the width it gets.
"""

from __future__ import annotations

import re
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRect, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QPainterPath,
    QRegion,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..core.plain_text import isolate, plain
from .icons import icon

__all__ = ["HistoryLine", "IncomingPopup", "PopupInfo", "ToastWindow", "format_duration",
           "format_when", "plain"]

POPUP_WIDTH = 380
MAX_HISTORY = 5
_RADIUS = 10

WINDOW_FLAGS = (Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus)

# Control characters would break a line or vanish oddly; bidi embeddings, overrides and isolates
# (and the marks) let a caller's "name" reorder the text around it.
_ARROWS = {"inbound": "↙", "outbound": "↗", "local": "↔"}

_STYLE = """
#popupCard { background: #ffffff; border: 1px solid #aab4be; border-radius: %(r)dpx; }
#popupHeader { background: #137333; border-top-left-radius: %(ri)dpx;
               border-top-right-radius: %(ri)dpx; }
#popupHeader QLabel { color: #ffffff; }
#popupHeader QToolButton { color: #ffffff; border: none; border-radius: 4px; padding: 0 4px;
                           font-size: 15px; }
#popupHeader QToolButton:hover { background: rgba(255, 255, 255, 0.2); }
QLabel { color: #202124; }
QLabel[role="muted"] { color: #5f6368; }
#popupNumber { color: #101214; }
#historyBox { background: #f6f8f9; border-radius: 6px; }
QPushButton { color: #202124; background: #f1f3f4; border: 1px solid #d3d7db;
              border-radius: 6px; padding: 5px 6px; }
QPushButton:hover { background: #e6e9ec; }
QPushButton:pressed { background: #d9dde1; }
QPushButton:disabled { color: #9aa0a6; background: #f8f9fa; border-color: #e3e6e8; }
QPushButton#popupCrm:enabled { color: #ffffff; background: #1a66c9; border-color: #1552a3; }
QPushButton#popupCrm:enabled:hover { background: #1552a3; }
#moreCard { background: #3c4043; border-radius: %(r)dpx; }
#moreCard QLabel { color: #ffffff; }
""" % {"r": _RADIUS, "ri": _RADIUS - 1}


@dataclass(frozen=True)
class HistoryLine:
    """One earlier call with the caller's number."""

    when: datetime | None
    direction: str          # "inbound" | "outbound" | "local"
    status: str             # already in people's words, e.g. "Answered", "Missed"
    duration: int           # seconds
    extension: str


@dataclass(frozen=True)
class PopupInfo:
    """What the popup shows about one ringing call; ``core`` builds it, the popup only reads it."""

    call_id: str
    number: str             # raw, as the PBX sent it
    display_number: str     # formatted for people
    to: str                 # the extension (or ring group) it rings on
    started: datetime | None = None
    history: tuple[HistoryLine, ...] = ()
    history_state: str = "loading"    # "loading" | "ready" | "failed"
    history_total: int = 0            # how many calls with this number exist in all
    customer_name: str = ""
    customer_code: str = ""
    crm_enabled: bool = False         # a CRM URL template is set


def format_duration(seconds: int) -> str:
    """``75`` → ``"1:15"``, ``3723`` → ``"1:02:03"``."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_when(when: datetime | None, now: datetime | None = None,
                locale: QLocale | None = None) -> str:
    """A short local date and time: the time alone for today, no year within this year."""
    if when is None:
        return "—"
    locale = locale or QLocale()
    local = when.astimezone() if when.tzinfo else when
    now = now or datetime.now()
    plain_c = locale.language() == QLocale.Language.C   # "d MM yyyy" reads like a typo
    short = QLocale.FormatType.ShortFormat
    clock = locale.toString(QTime(local.hour, local.minute), "HH:mm" if plain_c
                            else locale.timeFormat(short))
    if local.date() == now.date():
        return clock
    date_format = "dd/MM/yyyy" if plain_c else locale.dateFormat(short)
    if local.year == now.year:
        date_format = re.sub(r"[^dMy]*y+[^dMy]*", "", date_format) or date_format
    return f"{locale.toString(QDate(local.year, local.month, local.day), date_format)} {clock}"


class ElidedLine(QLabel):
    """One line of plain text, elided to the width the layout gives it."""

    def __init__(self, role: str = "", elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if role:
            self.setProperty("role", role)
        self._elide = elide
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = plain(text)
        self._refresh()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        width = self.contentsRect().width()
        shown = self._full
        if width > 0 and self.fontMetrics().horizontalAdvance(shown) > width:
            shown = self.fontMetrics().elidedText(shown, self._elide, width)
        if shown != self.text():
            self.setText(shown)


def set_font(widget: QWidget, scale: float = 1.0, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


def _rounded(widget: QWidget) -> None:
    """Round the window's corners with a mask where translucency cannot be trusted (X11)."""
    if QGuiApplication.platformName() != "xcb":
        return
    path = QPainterPath()
    path.addRoundedRect(widget.rect(), _RADIUS, _RADIUS)
    widget.setMask(QRegion(path.toFillPolygon().toPolygon()))


class ToastWindow(QWidget):
    """A frameless, always-on-top tool window that never takes the focus.

    The window flags ask the window system not to activate it. Where that is not honoured (Qt's
    offscreen platform, some window managers) the window hands the activation straight back to
    the window of ours that had it, which restores its focused widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, WINDOW_FLAGS)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground,
                          QGuiApplication.platformName() != "xcb")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(_STYLE)
        self._give_back_to: weakref.ref[QWidget] | None = None

    def build_card(self, header_name: str) -> tuple[QFrame, QVBoxLayout, QFrame, QHBoxLayout]:
        """The rounded card filling the window, and its coloured header strip (named
        ``header_name`` for the style sheet): (card, card layout, header, header row)."""
        card = QFrame(self)
        card.setObjectName("popupCard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        header = QFrame(card)
        header.setObjectName(header_name)
        row = QHBoxLayout(header)
        return card, layout, header, row

    def showEvent(self, event: QShowEvent) -> None:
        active = QApplication.activeWindow()
        ours = active is None or isinstance(active, ToastWindow)
        self._give_back_to = None if ours else weakref.ref(active)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._give_back_to = None
        super().hideEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._give_back_to is not None:
            previous, self._give_back_to = self._give_back_to(), None
            if previous is not None and isValid(previous) and previous.isVisible():
                previous.activateWindow()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        _rounded(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class IncomingPopup(ToastWindow):
    """One ringing call: number, customer, last calls, actions and how long it has rung."""

    openCrmRequested = Signal(str)    # call_id
    copyRequested = Signal(str)       # raw number
    callBackRequested = Signal(str)   # raw number
    dismissed = Signal(str)           # call_id, when the agent closes it

    def __init__(self, info: PopupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomingPopup")
        self.setFixedWidth(POPUP_WIDTH)
        self._info = info
        self._closed_by_agent = False
        self._shown_since = time.monotonic()
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(1500)
        self._copied.timeout.connect(self.retranslate)
        self.retranslate()

    @property
    def info(self) -> PopupInfo:
        return self._info

    def update_info(self, info: PopupInfo) -> None:
        if info.call_id != self._info.call_id:
            raise ValueError(f"popup of call {self._info.call_id!r} got call {info.call_id!r}")
        self._info = info
        self.retranslate()

    def history_rows(self) -> list[tuple[str, ...]]:
        """The shown history lines, each as (when, arrow, status, duration, extension)."""
        return [tuple(label.text() for label in row) for row in self._rows
                if not row[0].isHidden()]

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        card, layout, header, row = self.build_card("popupHeader")
        row.setContentsMargins(12, 6, 6, 6)
        row.setSpacing(8)
        self.title = ElidedLine()
        self.title.setObjectName("popupTitle")
        set_font(self.title, 1.0, bold=True)
        self.elapsed = QLabel()
        self.elapsed.setObjectName("popupElapsed")
        self.elapsed.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton()
        self.close_button.setObjectName("popupClose")
        self.close_button.setText("×")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.clicked.connect(self._dismiss)
        row.addWidget(self.title, 1)
        row.addWidget(self.elapsed)
        row.addWidget(self.close_button)
        layout.addWidget(header)

        body = QVBoxLayout()
        body.setContentsMargins(14, 8, 14, 12)
        body.setSpacing(2)
        self.number = ElidedLine()
        self.number.setObjectName("popupNumber")
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        set_font(self.number, 1.9, bold=True)
        self.customer = ElidedLine()
        self.customer.setObjectName("popupCustomer")
        set_font(self.customer, 1.15, bold=True)
        self.customer_code = ElidedLine("muted")
        self.customer_code.setObjectName("popupCustomerCode")
        body.addWidget(self.number)
        body.addWidget(self.customer)
        body.addWidget(self.customer_code)
        body.addSpacing(8)
        body.addWidget(self._build_history())
        body.addSpacing(10)
        body.addLayout(self._build_buttons())
        layout.addLayout(body)

    def _build_history(self) -> QFrame:
        box = QFrame()
        box.setObjectName("historyBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(3)
        top = QHBoxLayout()
        self.history_title = ElidedLine("muted")
        self.history_title.setObjectName("historyTitle")
        set_font(self.history_title, 0.9, bold=True)
        self.history_count = QLabel()
        self.history_count.setObjectName("historyCount")
        self.history_count.setProperty("role", "muted")
        self.history_count.setTextFormat(Qt.TextFormat.PlainText)
        set_font(self.history_count, 0.9)
        top.addWidget(self.history_title, 1)
        top.addWidget(self.history_count)
        layout.addLayout(top)
        self.history_message = ElidedLine("muted")
        self.history_message.setObjectName("historyMessage")
        layout.addWidget(self.history_message)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        self._rows: list[tuple[QLabel, ...]] = []
        for index in range(MAX_HISTORY):
            when, arrow, status = QLabel(), QLabel(), ElidedLine()
            duration, extension = QLabel(), ElidedLine("muted")
            when.setProperty("role", "muted")
            arrow.setProperty("role", "muted")
            extension.setMinimumWidth(extension.fontMetrics().horizontalAdvance("ext. 00000"))
            duration.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, label in enumerate((when, arrow, status, duration, extension)):
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setObjectName(f"history{index}_{column}")
                grid.addWidget(label, index, column)
                label.hide()
            self._rows.append((when, arrow, status, duration, extension))
        layout.addLayout(grid)
        return box

    def _build_buttons(self) -> QGridLayout:
        def button(name: str, icon_name: str, slot: Callable[[], None]) -> QPushButton:
            result = QPushButton()
            result.setObjectName(name)
            if icon_name:
                result.setIcon(icon(icon_name))
            result.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            result.setCursor(Qt.CursorShape.PointingHandCursor)
            result.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            result.clicked.connect(slot)
            return result

        self.crm_button = button("popupCrm", "", self._open_crm)
        self.copy_button = button("popupCopy", "copy", self._copy)
        self.call_back_button = button("popupCallBack", "dial", self._call_back)
        self.dismiss_button = button("popupDismiss", "", self._dismiss)
        grid = QGridLayout()
        grid.setSpacing(6)
        grid.addWidget(self.crm_button, 0, 0)
        grid.addWidget(self.copy_button, 0, 1)
        grid.addWidget(self.call_back_button, 1, 0)
        grid.addWidget(self.dismiss_button, 1, 1)
        return grid

    # --- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        info = self._info
        to = plain(info.to)
        self.setWindowTitle(self.tr("Incoming call"))
        self.title.set_full_text(self.tr("Incoming call — to {to}").format(to=to) if to
                                 else self.tr("Incoming call"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.number.set_full_text(info.display_number or info.number or self.tr("Unknown number"))
        name, code = plain(info.customer_name), plain(info.customer_code)
        self.customer.set_full_text(name or (code and self.tr("Customer {code}").format(code=code)))
        self.customer.setVisible(bool(name or code))
        self.customer_code.set_full_text(self.tr("Code {code}").format(code=code) if name and code
                                         else "")
        self.customer_code.setVisible(bool(name and code))
        self._show_history()
        self.crm_button.setText(self.tr("Open in CRM"))
        self.crm_button.setEnabled(info.crm_enabled)
        self.crm_button.setToolTip("" if info.crm_enabled
                                   else self.tr("Set a CRM address in Settings"))
        self.copy_button.setText(self.tr("Copied") if self._copied.isActive()
                                 else self.tr("Copy number"))
        self.call_back_button.setText(self.tr("Call back"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.setAccessibleName(self.tr("Incoming call from {number}").format(
            number=plain(info.display_number or info.number)))
        self._tick()
        self.adjustSize()

    def _show_history(self) -> None:
        info = self._info
        lines = info.history[:MAX_HISTORY] if info.history_state == "ready" else ()
        self.history_title.set_full_text(self.tr("Last calls"))
        total = max(info.history_total, len(info.history))
        self.history_count.setText(self.tr("%n in all", "", total) if total > len(lines) and lines
                                   else "")
        messages = {"loading": self.tr("Looking up earlier calls…"),
                    "failed": self.tr("Earlier calls could not be loaded")}
        message = messages.get(info.history_state, "" if lines
                               else self.tr("No earlier calls with this number"))
        self.history_message.set_full_text(message)
        self.history_message.setVisible(bool(message))
        directions = {"inbound": self.tr("Incoming"), "outbound": self.tr("Outgoing"),
                      "local": self.tr("Internal")}
        for index, row in enumerate(self._rows):
            line = lines[index] if index < len(lines) else None
            for label in row:
                label.setVisible(line is not None)
            if line is None:
                continue
            when, arrow, status, duration, extension = row
            when.setText(format_when(line.when))
            arrow.setText(_ARROWS.get(line.direction, "•"))
            arrow.setToolTip(directions.get(line.direction, ""))
            status.set_full_text(line.status)
            duration.setText(format_duration(line.duration))
            extension.set_full_text(self.tr("ext. {ext}").format(ext=plain(line.extension))
                                    if plain(line.extension) else "")

    def _tick(self) -> None:
        self.elapsed.setText(self.tr("ringing {time}").format(
            time=format_duration(self.ringing_seconds())))

    def ringing_seconds(self) -> int:
        started = self._info.started
        if started is None:
            return int(time.monotonic() - self._shown_since)
        now = datetime.now(timezone.utc) if started.tzinfo else datetime.now()
        return max(0, int((now - started).total_seconds()))

    # --- actions ----------------------------------------------------------------------------

    def _open_crm(self) -> None:
        self.openCrmRequested.emit(self._info.call_id)

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self._info.number)
        self._copied.start()
        self.copy_button.setText(self.tr("Copied"))
        self.copyRequested.emit(self._info.number)

    def _call_back(self) -> None:
        self.callBackRequested.emit(self._info.number)

    def _dismiss(self) -> None:
        if self._closed_by_agent:
            return
        self._closed_by_agent = True
        self.hide()
        self.dismissed.emit(self._info.call_id)

    # --- events -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._dismiss()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._dismiss()
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tick()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
