"""The dial toast for links from other apps: what it says, Call and Not now, the timeout, one toast
per number, where it goes, and that it never takes the focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from agent_desktop.ui.dial_toast import DIAL_TOAST_WIDTH, DialToast, DialToasts
from agent_desktop.ui.popup_stack import MARGIN
from tests.ui_dial.conftest import make_request

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)"),
]

SCREEN = QRect(0, 0, 1920, 1040)
TRAY_TOP_RIGHT = QRect(1860, 0, 24, 24)


@pytest.fixture
def toasts(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[DialToasts]:
    monkeypatch.setattr(DialToasts, "screen_area", staticmethod(lambda anchor: QRect(SCREEN)))
    manager = DialToasts(timeout_ms=30_000)
    yield manager
    manager.close_all()


def link_request(number: str = "0899098899", request_id: int = 1):  # noqa: ANN201
    return make_request(number, source="link", request_id=request_id)


def test_it_asks_about_the_number_and_says_where_it_came_from(qtbot: QtBot,
                                                             toasts: DialToasts) -> None:
    toast = toasts.ask(link_request(), TRAY_TOP_RIGHT)
    qtbot.waitExposed(toast)
    assert toast.question.text() == "Call 0899 098 899?"
    assert toast.source.text() == "from a link"
    assert toast.call_button.text() == "Call" and toast.not_now_button.text() == "Not now"
    assert toast.accessibleName() == "Call 0899 098 899?"
    clip = toasts.ask(make_request("0903123456", source="clipboard", request_id=2))
    assert clip.source.text() == "from the clipboard"


def test_call_accepts_once_and_closes(qtbot: QtBot, toasts: DialToasts) -> None:
    request = link_request()
    toast = toasts.ask(request, TRAY_TOP_RIGHT)
    qtbot.waitExposed(toast)
    accepted: list[object] = []
    toasts.accepted.connect(accepted.append)
    qtbot.mouseClick(toast.call_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(toast.call_button, Qt.MouseButton.LeftButton)
    toast.call_button.click()
    assert accepted == [request]
    assert not toast.isVisible() and toasts.toasts() == []


def test_not_now_closes_without_calling(qtbot: QtBot, toasts: DialToasts) -> None:
    toast = toasts.ask(link_request(), TRAY_TOP_RIGHT)
    qtbot.waitExposed(toast)
    with qtbot.assertNotEmitted(toasts.accepted):
        qtbot.mouseClick(toast.not_now_button, Qt.MouseButton.LeftButton)
    assert not toast.isVisible() and toasts.toasts() == []


def test_it_closes_itself_after_the_timeout(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DialToasts, "screen_area", staticmethod(lambda anchor: QRect(SCREEN)))
    toasts = DialToasts(timeout_ms=150)
    toast = toasts.ask(link_request())
    assert toast.timer.interval() == 150 and toast.timer.isActive()
    with qtbot.assertNotEmitted(toasts.accepted):
        with qtbot.waitSignal(toast.finished, timeout=3000):
            pass
    assert not toast.isVisible() and toasts.toasts() == []
    assert DialToast(link_request()).timer.interval() == 30_000


def test_a_second_ask_for_the_same_number_raises_the_open_toast(qtbot: QtBot,
                                                                toasts: DialToasts) -> None:
    first = toasts.ask(link_request(request_id=1), TRAY_TOP_RIGHT)
    qtbot.waitExposed(first)
    first.timer.stop()
    again = toasts.ask(make_request("+84 899 098 899", source="link", request_id=2))
    assert again is first and toasts.toasts() == [first]
    assert first.timer.isActive()  # the full time again
    other = toasts.ask(make_request("0903123456", source="link", request_id=3))
    assert other is not first and toasts.toasts() == [first, other]
    accepted: list[object] = []
    toasts.accepted.connect(accepted.append)
    first.call_button.click()
    assert [r.id for r in accepted] == [1]  # the first hand-off; the second was merged into it


def test_toasts_stack_near_the_tray(qtbot: QtBot, toasts: DialToasts) -> None:
    older = toasts.ask(link_request(request_id=1), TRAY_TOP_RIGHT)
    newer = toasts.ask(make_request("0903123456", source="link", request_id=2))
    for toast in (older, newer):
        qtbot.waitExposed(toast)
        assert toast.width() == DIAL_TOAST_WIDTH
        assert toast.geometry().right() == SCREEN.right() - MARGIN
    assert newer.y() == TRAY_TOP_RIGHT.bottom() + 1 + MARGIN  # newest nearest the tray
    assert older.y() > newer.geometry().bottom()
    newer.dismiss()
    qtbot.waitUntil(lambda: older.y() == TRAY_TOP_RIGHT.bottom() + 1 + MARGIN)


def test_without_an_anchor_it_goes_to_the_bottom_right(qtbot: QtBot, toasts: DialToasts) -> None:
    toast = toasts.ask(link_request())
    qtbot.waitExposed(toast)
    assert toast.geometry().right() == SCREEN.right() - MARGIN
    assert toast.geometry().bottom() == SCREEN.bottom() - MARGIN


def test_close_all(qtbot: QtBot, toasts: DialToasts) -> None:
    shown = [toasts.ask(make_request(n, source="link", request_id=i))
             for i, n in enumerate(("0899098899", "0903123456"))]
    toasts.close_all()
    assert toasts.toasts() == [] and not any(t.isVisible() for t in shown)


def test_window_flags_and_no_focus(qtbot: QtBot, toasts: DialToasts) -> None:
    toast = toasts.ask(link_request())
    flags = toast.windowFlags()
    assert toast.windowType() == Qt.WindowType.Tool
    for flag in (Qt.WindowType.FramelessWindowHint, Qt.WindowType.WindowStaysOnTopHint,
                 Qt.WindowType.WindowDoesNotAcceptFocus):
        assert flags & flag, flag
    assert toast.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert toast.focusPolicy() == Qt.FocusPolicy.NoFocus
    for button in (toast.call_button, toast.not_now_button, toast.close_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_showing_a_toast_keeps_the_focus_where_the_agent_types(qtbot: QtBot,
                                                               toasts: DialToasts) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClicks(field, "Nguyen")
    toast = toasts.ask(link_request(), TRAY_TOP_RIGHT)
    qtbot.waitExposed(toast)
    toasts.ask(link_request(request_id=2))  # raised again
    for _ in range(3):  # let any activation the platform sends arrive and be answered
        QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field
                    and QApplication.activeWindow() is window)
    assert not toast.isActiveWindow()
    qtbot.keyClicks(field, " Lan")
    assert field.text() == "Nguyen Lan"


def test_other_sources_and_language_change(qtbot: QtBot, toasts: DialToasts) -> None:
    from PySide6.QtCore import QTranslator

    class Vietnamese(QTranslator):
        WORDS = {"Call {number}?": "Gọi {number}?", "Not now": "Để sau"}

        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str | None:
            return self.WORDS.get(source) if context == "DialToast" else None

        def isEmpty(self) -> bool:
            return False

    toast = toasts.ask(make_request("0899098899", source="something new"))
    assert toast.source.text() == "from another app"
    translator = Vietnamese()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: toast.not_now_button.text() == "Để sau")
        assert toast.question.text() == "Gọi 0899 098 899?"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: toast.not_now_button.text() == "Not now")
