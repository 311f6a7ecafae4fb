"""The stack of incoming-call popups: one per ringing call, placed near the tray.

:class:`PopupStack` owns the popups: one per call id, on the tray's screen, stacked from the tray's
corner without overlapping; those that do not fit collapse into a "+N more ringing" card.
``plan_stack`` is the pure placement rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget
from shiboken6 import isValid

from .popup import POPUP_WIDTH, ElidedLine, IncomingPopup, PopupInfo, ToastWindow, set_font

MARGIN = 12  # from the screen's edges and from the tray
GAP = 8  # between two popups

__all__ = ["GAP", "MARGIN", "MoreRingingCard", "PopupStack", "StackPlan", "plan_stack"]


class MoreRingingCard(ToastWindow):
    """The last small card of a full stack: "+N more ringing"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moreRinging")
        self.setFixedWidth(POPUP_WIDTH)
        self.count = 0
        card = QFrame(self)
        card.setObjectName("moreCard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(card)
        self.label = ElidedLine()
        self.label.setObjectName("moreLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_font(self.label, 1.0, bold=True)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        self.retranslate()

    def set_count(self, count: int) -> None:
        self.count = count
        self.retranslate()

    def retranslate(self) -> None:
        self.label.set_full_text(self.tr("+%n more ringing", "", self.count))
        self.adjustSize()


@dataclass(frozen=True)
class StackPlan:
    """Where the popups go, newest first, and the "+N more" card when some do not fit."""

    popups: tuple[QRect, ...]
    more: QRect | None


def plan_stack(heights: list[int], width: int, area: QRect, anchor: QRect | None,
               more_height: int) -> StackPlan:
    """Rectangles for popups of ``heights`` (newest first) in ``area`` near ``anchor``.

    Top-half anchors stack downward from just under the anchor, others upward from just above it
    (the bottom-right corner without an anchor); the right edge unless the anchor is in the left
    half. Popups that do not fit are left out and a card of ``more_height`` takes their place.
    """
    if not heights:
        return StackPlan((), None)
    downward = anchor is not None and anchor.center().y() < area.center().y()
    on_left = anchor is not None and anchor.center().x() < area.center().x()
    x = area.left() + MARGIN if on_left else area.right() + 1 - MARGIN - width
    x = max(area.left(), min(x, area.right() + 1 - width))
    area_top, area_end = area.top(), area.bottom() + 1
    if downward:
        assert anchor is not None
        start = max(area_top, min(anchor.bottom() + 1, area_end)) + MARGIN
        room = area_end - MARGIN - start
    else:
        edge = area_end if anchor is None else max(area_top, min(anchor.top(), area_end))
        start = edge - MARGIN
        room = start - (area_top + MARGIN)

    def needed(count: int) -> int:
        total = sum(heights[:count]) + GAP * (count - 1)
        return total + (GAP + more_height if count < len(heights) else 0)

    fit = len(heights)
    while fit > 1 and needed(fit) > room:
        fit -= 1
    rects: list[QRect] = []
    offset = 0
    for height in heights[:fit]:
        rects.append(_clamped(x, start + offset if downward else start - offset - height,
                              width, height, area))
        offset += height + GAP
    more = None
    if fit < len(heights) and needed(fit) <= room:
        more = QRect(x, start + offset if downward else start - offset - more_height,
                     width, more_height)
    return StackPlan(tuple(rects), more)


def _clamped(x: int, y: int, width: int, height: int, area: QRect) -> QRect:
    y = max(area.top(), min(y, area.bottom() + 1 - height))
    return QRect(x, y, width, height)


def _screen_area(anchor: QRect | None) -> QRect:
    """The available geometry of the screen holding ``anchor``, else of the primary screen."""
    screen = QGuiApplication.screenAt(anchor.center()) if anchor is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


class PopupStack(QObject):
    """One :class:`IncomingPopup` per ringing call, stacked near the tray, newest nearest."""

    popupShown = Signal(str)     # call_id
    popupClosed = Signal(str)    # call_id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._anchor: QRect | None = None
        self._popups: dict[str, IncomingPopup] = {}   # in the order the calls came
        self._more: MoreRingingCard | None = None
        self._laying_out = False

    def set_anchor(self, tray_geometry: QRect | None) -> None:
        valid = tray_geometry is not None and tray_geometry.isValid()
        self._anchor = QRect(tray_geometry) if valid else None
        self._layout()

    def show_call(self, info: PopupInfo) -> IncomingPopup:
        popup = self._popups.get(info.call_id)
        if popup is not None:
            popup.update_info(info)
            self._layout()
            return popup
        popup = IncomingPopup(info)
        popup.dismissed.connect(self.close_call)
        popup.installEventFilter(self)
        self._popups[info.call_id] = popup
        self._layout()
        self.popupShown.emit(info.call_id)
        return popup

    def update_call(self, info: PopupInfo) -> None:
        popup = self._popups.get(info.call_id)
        if popup is not None:
            popup.update_info(info)
            self._layout()

    def close_call(self, call_id: str) -> None:
        popup = self._popups.pop(call_id, None)
        if popup is None:
            return
        popup.removeEventFilter(self)
        popup.hide()
        popup.deleteLater()
        self._layout()
        self.popupClosed.emit(call_id)

    def popups(self) -> list[IncomingPopup]:
        """The open popups, oldest call first (shown or collapsed into "+N more")."""
        return list(self._popups.values())

    def more_card(self) -> MoreRingingCard | None:
        """The "+N more ringing" card while it is shown."""
        return self._more

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self._laying_out:
            self._layout()
        return False

    def _layout(self) -> None:
        if self._laying_out:
            return
        self._laying_out = True
        try:
            self._place()
        finally:
            self._laying_out = False

    def _place(self) -> None:
        newest_first = list(reversed(self._popups.values()))
        heights = [popup.height() for popup in newest_first]
        area = _screen_area(self._anchor)
        plan = plan_stack(heights, POPUP_WIDTH, area, self._anchor, 0)
        if len(plan.popups) < len(heights):
            if self._more is None:
                self._more = MoreRingingCard()
            self._more.set_count(len(heights) - len(plan.popups))
            plan = plan_stack(heights, POPUP_WIDTH, area, self._anchor, self._more.height())
        for popup, rect in zip(newest_first, plan.popups):
            popup.move(rect.topLeft())
            popup.show()
        for popup in newest_first[len(plan.popups):]:
            popup.hide()
        if plan.more is not None and self._more is not None:
            self._more.set_count(len(heights) - len(plan.popups))
            self._more.move(plan.more.topLeft())
            self._more.show()
        elif self._more is not None:
            self._more.hide()
            self._more.deleteLater()
            self._more = None
