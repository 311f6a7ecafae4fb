"""The incoming-call popup and its stack: what it shows, what it emits, that it never takes the
focus, where the stack puts popups, and that hostile or Vietnamese text is drawn as plain text."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import combinations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from agent_desktop.ui.popup import (
    POPUP_WIDTH,
    HistoryLine,
    IncomingPopup,
    PopupInfo,
    format_duration,
    format_when,
    plain,
)
from agent_desktop.ui.popup_stack import GAP, MARGIN, PopupStack, plan_stack
from tests.ui_popup.conftest import make_history, make_info

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # the offscreen platform cannot raise windows nor pass size hints on; real ones can
    pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)"),
]


def shown(qtbot: QtBot, info: PopupInfo) -> IncomingPopup:
    popup = IncomingPopup(info)
    qtbot.addWidget(popup)
    popup.show()
    qtbot.waitExposed(popup)
    return popup


def ink(image: QImage, background: QColor | None = None) -> int:
    """How many pixels differ clearly from ``background`` (the top-left pixel by default)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    ground = background or image.pixelColor(0, 0)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if abs(c.red() - ground.red()) + abs(c.green() - ground.green()) \
                    + abs(c.blue() - ground.blue()) > 120:
                count += 1
    return count


# --- what it shows ------------------------------------------------------------------------------


def test_shows_number_destination_and_customer(qtbot: QtBot) -> None:
    popup = shown(qtbot, make_info(customer_name="Nguyễn Thị Lan", customer_code="KH-00417"))
    assert popup.number.text() == "090 312 3456"
    assert popup.title.text() == "Incoming call — to 101"
    assert popup.customer.isVisible() and popup.customer.text() == "Nguyễn Thị Lan"
    assert popup.customer_code.isVisible() and popup.customer_code.text() == "Code KH-00417"
    assert popup.windowTitle() == "Incoming call"
    assert popup.accessibleName() == "Incoming call from 090 312 3456"


def test_customer_lines_hide_when_unknown_and_code_alone_is_shown(qtbot: QtBot) -> None:
    popup = shown(qtbot, make_info())
    assert not popup.customer.isVisible() and not popup.customer_code.isVisible()
    popup.update_info(make_info(customer_code="KH-9"))
    assert popup.customer.isVisible() and popup.customer.text() == "Customer KH-9"
    assert not popup.customer_code.isVisible()


def test_history_lines_up_to_five_with_their_texts(qtbot: QtBot) -> None:
    history = make_history(7)
    popup = shown(qtbot, make_info(history=history, history_state="ready", history_total=23))
    rows = popup.history_rows()
    assert len(rows) == 5
    arrows = {"inbound": "↙", "outbound": "↗", "local": "↔"}
    for row, line in zip(rows, history):
        assert row == (format_when(line.when), arrows[line.direction], line.status,
                       format_duration(line.duration), f"ext. {line.extension}")
    assert rows[0][2:] == ("Answered", "1:15", "ext. 101")
    assert popup.history_title.text() == "Last calls"
    assert popup.history_count.text() == "23 in all"
    assert not popup.history_message.isVisible()
    assert popup.findChild(QLabel, "history0_1").toolTip() == "Incoming"


def test_history_count_is_hidden_when_all_calls_are_shown(qtbot: QtBot) -> None:
    popup = shown(qtbot, make_info(history=make_history(2), history_state="ready",
                                   history_total=2))
    assert len(popup.history_rows()) == 2
    assert popup.history_count.text() == ""


@pytest.mark.parametrize(("state", "history", "message"), [
    ("loading", (), "Looking up earlier calls…"),
    ("failed", (), "Earlier calls could not be loaded"),
    ("failed", make_history(2), "Earlier calls could not be loaded"),
    ("ready", (), "No earlier calls with this number"),
])
def test_history_state_texts(qtbot: QtBot, state: str, history: tuple[HistoryLine, ...],
                             message: str) -> None:
    popup = shown(qtbot, make_info(history=history, history_state=state))
    assert popup.history_message.isVisible()
    assert popup.history_message.text() == message
    assert popup.history_rows() == []


def test_update_info_changes_the_popup_in_place(qtbot: QtBot) -> None:
    popup = shown(qtbot, make_info())
    number_label, height = popup.number, popup.height()
    assert popup.history_message.text() == "Looking up earlier calls…"
    later = make_info(display_number="0903 123 456", history=make_history(3),
                      history_state="ready", history_total=3, customer_name="Trần Văn Bình",
                      crm_enabled=True)
    popup.update_info(later)
    assert popup.info is later
    assert popup.number is number_label and popup.number.text() == "0903 123 456"
    assert popup.customer.text() == "Trần Văn Bình"
    assert len(popup.history_rows()) == 3 and not popup.history_message.isVisible()
    assert popup.crm_button.isEnabled()
    assert popup.height() > height  # grew to hold the lines, width unchanged
    assert popup.width() == POPUP_WIDTH


def test_update_info_refuses_another_call(qtbot: QtBot) -> None:
    popup = shown(qtbot, make_info("a"))
    with pytest.raises(ValueError):
        popup.update_info(make_info("b"))


def test_ringing_timer_counts_every_second(qtbot: QtBot) -> None:
    started = datetime.now(timezone.utc) - timedelta(seconds=75)
    popup = shown(qtbot, make_info(started=started))
    assert popup.elapsed.text() in ("ringing 1:15", "ringing 1:16")
    before = popup.ringing_seconds()
    qtbot.waitUntil(lambda: popup.ringing_seconds() > before
                    and popup.elapsed.text() == f"ringing {format_duration(before + 1)}",
                    timeout=3000)
    naive = shown(qtbot, make_info("n", started=datetime.now() - timedelta(seconds=3725)))
    assert naive.elapsed.text().startswith("ringing 1:02:0")
    unknown = shown(qtbot, make_info("u"))
    assert unknown.elapsed.text() == "ringing 0:00"
    future = shown(qtbot, make_info("f", started=datetime.now() + timedelta(minutes=5)))
    assert future.elapsed.text() == "ringing 0:00"


def test_timer_runs_only_while_shown(qtbot: QtBot) -> None:
    popup = shown(qtbot, make_info())
    assert popup._timer.isActive()
    popup.hide()
    assert not popup._timer.isActive()


# --- what it does -------------------------------------------------------------------------------


def test_buttons_emit_their_payloads_and_copy_fills_the_clipboard(qtbot: QtBot) -> None:
    popup = shown(qtbot, make_info(number="+84903123456", crm_enabled=True))
    QGuiApplication.clipboard().setText("something else")
    with qtbot.waitSignal(popup.openCrmRequested) as crm:
        qtbot.mouseClick(popup.crm_button, Qt.MouseButton.LeftButton)
    assert crm.args == ["call-1"]
    with qtbot.waitSignal(popup.copyRequested) as copy:
        qtbot.mouseClick(popup.copy_button, Qt.MouseButton.LeftButton)
    assert copy.args == ["+84903123456"]
    assert QGuiApplication.clipboard().text() == "+84903123456"
    assert popup.copy_button.text() == "Copied"
    qtbot.waitUntil(lambda: popup.copy_button.text() == "Copy number", timeout=3000)
    with qtbot.waitSignal(popup.callBackRequested) as back:
        qtbot.mouseClick(popup.call_back_button, Qt.MouseButton.LeftButton)
    assert back.args == ["+84903123456"]
    assert popup.isVisible()  # none of these closes it


def test_open_in_crm_is_disabled_without_a_crm_address(qtbot: QtBot) -> None:
    popup = shown(qtbot, make_info(crm_enabled=False))
    assert not popup.crm_button.isEnabled()
    assert popup.crm_button.toolTip() == "Set a CRM address in Settings"
    with qtbot.assertNotEmitted(popup.openCrmRequested):
        qtbot.mouseClick(popup.crm_button, Qt.MouseButton.LeftButton)
    popup.update_info(make_info(crm_enabled=True))
    assert popup.crm_button.isEnabled() and popup.crm_button.toolTip() == ""


@pytest.mark.parametrize("how", ["escape", "close button", "dismiss button", "close()"])
def test_the_agent_dismisses_it(qtbot: QtBot, how: str) -> None:
    popup = shown(qtbot, make_info("c-7"))
    fired: list[str] = []
    popup.dismissed.connect(fired.append)
    with qtbot.waitSignal(popup.dismissed) as dismissed:
        if how == "escape":
            qtbot.keyClick(popup, Qt.Key.Key_Escape)
        elif how == "close button":
            qtbot.mouseClick(popup.close_button, Qt.MouseButton.LeftButton)
        elif how == "dismiss button":
            qtbot.mouseClick(popup.dismiss_button, Qt.MouseButton.LeftButton)
        else:
            popup.close()
    assert dismissed.args == ["c-7"]
    assert not popup.isVisible()
    popup.close()
    assert fired == ["c-7"]  # once


def test_other_keys_do_not_dismiss(qtbot: QtBot) -> None:
    popup = shown(qtbot, make_info())
    with qtbot.assertNotEmitted(popup.dismissed):
        qtbot.keyClick(popup, Qt.Key.Key_A)
    assert popup.isVisible()


# --- window behaviour ---------------------------------------------------------------------------


def test_window_flags_and_attributes(qtbot: QtBot) -> None:
    popup = shown(qtbot, make_info())
    flags = popup.windowFlags()
    assert popup.windowType() == Qt.WindowType.Tool
    for flag in (Qt.WindowType.FramelessWindowHint, Qt.WindowType.WindowStaysOnTopHint,
                 Qt.WindowType.WindowDoesNotAcceptFocus):
        assert flags & flag, flag
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not popup.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert popup.focusPolicy() == Qt.FocusPolicy.NoFocus
    for button in (popup.crm_button, popup.copy_button, popup.call_back_button,
                   popup.dismiss_button, popup.close_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_showing_popups_keeps_the_focus_where_the_agent_types(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    crm_field = QLineEdit(window)
    QVBoxLayout(window).addWidget(crm_field)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    crm_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is crm_field)
    qtbot.keyClicks(crm_field, "Nguyen")

    stack = PopupStack()
    first = stack.show_call(make_info("a"))
    qtbot.addWidget(first)
    qtbot.waitExposed(first)
    second = stack.show_call(make_info("b"))
    qtbot.addWidget(second)
    qtbot.waitExposed(second)
    lone = shown(qtbot, make_info("c"))
    for _ in range(3):  # let any activation the platform sends arrive and be answered
        QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is crm_field
                    and QApplication.activeWindow() is window)
    assert not any(p.isActiveWindow() for p in (first, second, lone))
    qtbot.keyClicks(crm_field, " Lan")
    assert crm_field.text() == "Nguyen Lan"
    for call_id in ("a", "b"):
        stack.close_call(call_id)


def test_it_retranslates_on_language_change(qtbot: QtBot) -> None:
    class Vietnamese(QTranslator):
        WORDS = {"Dismiss": "Bỏ qua", "Incoming call — to {to}": "Cuộc gọi đến — máy {to}",
                 "ringing {time}": "đổ chuông {time}"}

        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str | None:
            return self.WORDS.get(source) if context == "IncomingPopup" else None

        def isEmpty(self) -> bool:
            return False

    popup = shown(qtbot, make_info())
    translator = Vietnamese()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: popup.dismiss_button.text() == "Bỏ qua")
        assert popup.title.text() == "Cuộc gọi đến — máy 101"
        assert popup.elapsed.text().startswith("đổ chuông 0:0")
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: popup.dismiss_button.text() == "Dismiss")


# --- hostile and Vietnamese text ----------------------------------------------------------------

HTML = "<b>Boss</b><img src='http://evil.example/x.png'><a href='x'>click</a>"
RTL = "\u202e0903123456\u202c\u200f"
LONG = "9" * 10_000


def test_hostile_strings_are_plain_text_elided_in_a_bounded_popup(qtbot: QtBot) -> None:
    history = (HistoryLine(None, "sideways", HTML, -5, LONG),)
    info = make_info(number=RTL, display_number=LONG, to=HTML + "\n" + RTL,
                     customer_name=HTML + LONG, customer_code="line\nbreak\ttab\x00nul",
                     history=history, history_state="ready", history_total=1)
    popup = shown(qtbot, info)
    labels = popup.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert popup.width() == POPUP_WIDTH
    assert popup.height() < 500
    for label in (popup.number, popup.customer, popup.title):
        assert len(label.text()) < 200 and label.text().endswith("…"), label.objectName()
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
        assert label.geometry().right() < POPUP_WIDTH
    assert popup.number.full_text() == LONG  # elided for the eye, kept whole
    assert popup.customer.text().startswith("<b>Boss</b><img")  # shown, not interpreted
    assert "\u202e" not in popup.title.text() and "\n" not in popup.title.text()
    assert popup.customer_code.text() == "Code line break tabnul"
    row = popup.history_rows()[0]
    assert row[:4] == ("—", "•", HTML, "0:00")
    assert len(row[4]) < 200
    assert popup.accessibleName() == f"Incoming call from {LONG}"
    with qtbot.waitSignal(popup.copyRequested) as copy:  # the raw number, as the PBX sent it
        qtbot.mouseClick(popup.copy_button, Qt.MouseButton.LeftButton)
    assert copy.args == [RTL]
    assert ink(popup.grab().toImage(), QColor("#ffffff")) > 500


def test_plain_removes_controls_and_bidi_overrides() -> None:
    assert plain("\u202e123\u202c") == "123"
    assert plain("\u2066a\u2069\u200e\u200fb\u061c") == "ab"
    assert plain("a\r\nb\u2028c\x1b[31m") == "a b c[31m"
    assert plain("  Nguyễn Thị Lan  ") == "Nguyễn Thị Lan"
    assert plain("محمد") == "محمد"  # right-to-left script itself is kept


def test_vietnamese_is_drawn_with_its_diacritics(qtbot: QtBot) -> None:
    name = "Nguyễn Thị Lan"
    popup = shown(qtbot, make_info(customer_name=name, to="Nhóm Chăm sóc khách hàng"))
    assert popup.customer.text() == name
    assert ink(popup.grab().toImage(), QColor("#ffffff")) > 500
    font = popup.customer.font()
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in name if not ch.isspace())

    def drawn(text: str) -> QImage:
        label = QLabel(text)
        qtbot.addWidget(label)
        label.setFont(QFont(font))
        label.setStyleSheet("background: white; color: black;")
        label.adjustSize()
        return label.grab().toImage()

    bare = drawn("Nguyen Thi Lan")
    marked = drawn(name)
    assert ink(marked, QColor("#ffffff")) > ink(bare, QColor("#ffffff"))  # the marks have ink


# --- the stack ----------------------------------------------------------------------------------


def no_overlaps(rects: list[QRect]) -> bool:
    return not any(a.intersects(b) for a, b in combinations(rects, 2))


def test_same_call_twice_is_one_popup_updated(qtbot: QtBot, stack: PopupStack) -> None:
    shown_ids: list[str] = []
    stack.popupShown.connect(shown_ids.append)
    first = stack.show_call(make_info("x"))
    again = stack.show_call(make_info("x", customer_name="Lê Minh", history_state="failed"))
    assert again is first
    assert stack.popups() == [first]
    assert first.customer.text() == "Lê Minh"
    assert first.history_message.text() == "Earlier calls could not be loaded"
    stack.update_call(make_info("x", history_state="ready"))
    assert first.history_message.text() == "No earlier calls with this number"
    stack.update_call(make_info("unknown"))  # a call without a popup: nothing happens
    assert shown_ids == ["x"]


@pytest.mark.parametrize("where", ["top", "bottom"])
def test_three_calls_stack_near_the_anchor_without_overlapping(
        qtbot: QtBot, stack: PopupStack, screen_area: QRect, where: str) -> None:
    anchor = QRect(1850, 4, 24, 24) if where == "top" else QRect(1850, 1048, 24, 24)
    stack.set_anchor(anchor)
    popups = [stack.show_call(make_info(f"c{i}", history=make_history(i * 2),
                                        history_state="ready")) for i in range(3)]
    for popup in popups:
        qtbot.waitExposed(popup)
    rects = [p.geometry() for p in popups]
    assert all(p.isVisible() for p in popups) and stack.more_card() is None
    assert no_overlaps(rects)
    assert all(screen_area.contains(r) for r in rects)
    assert all(r.right() == screen_area.right() - MARGIN for r in rects)
    newest, middle, oldest = rects[2], rects[1], rects[0]
    if where == "top":  # downward from just under the tray, newest first
        assert newest.top() == anchor.bottom() + 1 + MARGIN
        assert middle.top() == newest.bottom() + 1 + GAP
        assert oldest.top() == middle.bottom() + 1 + GAP
    else:  # upward from the bottom of the available area
        assert newest.bottom() == screen_area.bottom() - MARGIN
        assert middle.bottom() == newest.top() - 1 - GAP
        assert oldest.bottom() == middle.top() - 1 - GAP


def test_close_call_removes_and_lays_out_again(qtbot: QtBot, stack: PopupStack,
                                               screen_area: QRect) -> None:
    stack.set_anchor(QRect(1850, 4, 24, 24))
    shown_ids: list[str] = []
    closed_ids: list[str] = []
    stack.popupShown.connect(shown_ids.append)
    stack.popupClosed.connect(closed_ids.append)
    a, b, c = (stack.show_call(make_info(i)) for i in "abc")
    top = c.geometry().top()
    assert shown_ids == ["a", "b", "c"]

    with qtbot.waitSignal(stack.popupClosed) as closed:
        stack.close_call("c")  # answered elsewhere
    assert closed.args == ["c"] and not c.isVisible()
    assert stack.popups() == [a, b]
    assert b.geometry().top() == top  # moved up into the newest place
    stack.close_call("c")
    stack.close_call("never-rang")

    with qtbot.waitSignal(stack.popupClosed) as closed:
        qtbot.mouseClick(b.dismiss_button, Qt.MouseButton.LeftButton)
    assert closed.args == ["b"] and stack.popups() == [a]
    assert a.geometry().top() == top
    stack.close_call("a")
    assert closed_ids == ["c", "b", "a"] and stack.popups() == []


def test_a_popup_that_grows_pushes_the_others_along(qtbot: QtBot, stack: PopupStack,
                                                    screen_area: QRect) -> None:
    stack.set_anchor(QRect(1850, 4, 24, 24))
    old = stack.show_call(make_info("old"))
    new = stack.show_call(make_info("new"))
    before = new.height()
    stack.update_call(make_info("new", history=make_history(5), history_state="ready",
                                customer_name="Phạm Thu Hà", customer_code="KH-1"))
    assert new.height() > before
    assert no_overlaps([old.geometry(), new.geometry()])
    assert old.geometry().top() == new.geometry().bottom() + 1 + GAP
    new.update_info(make_info("new"))  # directly on the popup: the stack follows its resize
    qtbot.waitUntil(lambda: old.geometry().top() == new.geometry().bottom() + 1 + GAP)


def test_more_calls_than_fit_collapse_into_a_more_card(qtbot: QtBot, stack: PopupStack) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()  # the real (offscreen) screen
    stack.set_anchor(None)
    popups = [stack.show_call(make_info(f"c{i}", history=make_history(5), history_state="ready"))
              for i in range(8)]
    visible = [p for p in popups if p.isVisible()]
    more = stack.more_card()
    assert more is not None and more.isVisible()
    assert 1 <= len(visible) < 8
    assert visible == popups[-len(visible):]  # the newest are the ones shown
    assert more.count == 8 - len(visible)
    assert more.label.text() == f"+{8 - len(visible)} more ringing"
    rects = [p.geometry() for p in visible] + [more.geometry()]
    assert no_overlaps(rects) and all(area.contains(r) for r in rects)

    for popup in list(visible):
        stack.close_call(popup.info.call_id)
    assert stack.popups() == popups[:8 - len(visible)]
    assert any(p.isVisible() for p in stack.popups())
    while len(stack.popups()) > 1:
        stack.close_call(stack.popups()[-1].info.call_id)
    assert stack.more_card() is None and stack.popups()[0].isVisible()


def test_anchor_on_another_place_of_the_screen(qtbot: QtBot, stack: PopupStack) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    stack.set_anchor(QRect(area.left() + 2, area.top() + 2, 24, 24))  # a tray at the top left
    popup = stack.show_call(make_info())
    assert popup.geometry().left() == area.left() + MARGIN
    assert popup.geometry().top() == area.top() + 2 + 24 + MARGIN
    stack.set_anchor(QRect())  # unknown again: bottom right
    assert popup.geometry().right() == area.right() - MARGIN
    assert popup.geometry().bottom() == area.bottom() - MARGIN


def test_plan_stack_edges() -> None:
    area = QRect(0, 0, 1000, 600)
    assert plan_stack([], 380, area, None, 40).popups == ()
    tall = plan_stack([900], 380, area, QRect(990, 0, 10, 10), 40)  # taller than the screen
    assert tall.more is None and area.contains(tall.popups[0].adjusted(0, 0, 0, -300))
    assert tall.popups[0].top() == area.top()
    two = plan_stack([560, 500], 380, area, None, 40)  # no room for the card either: newest only
    assert len(two.popups) == 1 and two.more is None
    narrow = plan_stack([100], 380, QRect(0, 0, 300, 600), None, 40)
    assert narrow.popups[0].left() == 0


def test_format_helpers() -> None:
    assert format_duration(0) == "0:00"
    assert format_duration(75) == "1:15"
    assert format_duration(3723) == "1:02:03"
    assert format_duration(-4) == "0:00"
    now = datetime(2025, 6, 1, 15, 0)
    from PySide6.QtCore import QLocale

    vi = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    assert format_when(datetime(2025, 6, 1, 9, 5), now, vi) == "09:05"
    this_year = format_when(datetime(2025, 3, 12, 9, 5), now, vi)  # "12/3 09:05" in CLDR 46
    assert this_year.startswith("12/") and this_year.endswith(" 09:05") and "25" not in this_year
    last_year = format_when(datetime(2024, 3, 12, 9, 5), now, vi)
    assert last_year.startswith("12/") and last_year.endswith("24 09:05")
    c = QLocale.c()
    assert format_when(datetime(2025, 3, 12, 9, 5), now, c) == "12/03 09:05"
    assert format_when(None, now, vi) == "—"
    aware = datetime(2025, 3, 12, 2, 5, tzinfo=timezone.utc)
    local = aware.astimezone()
    assert format_when(aware, now, vi).endswith(f"{local.hour:02d}:{local.minute:02d}")


def test_more_card_is_a_focusless_window(qtbot: QtBot, stack: PopupStack) -> None:
    for i in range(8):
        stack.show_call(make_info(f"m{i}", history=make_history(5), history_state="ready"))
    more = stack.more_card()
    assert more is not None
    assert more.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert more.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    QCoreApplication.sendEvent(more, QEvent(QEvent.Type.LanguageChange))
    assert more.label.text().endswith("more ringing")
