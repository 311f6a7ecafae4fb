"""The dial bar on a fake dialer: what it asks for, what each answer shows, and that a call being
placed cannot be sent twice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from agent_desktop.config import Settings
from agent_desktop.pbx.models import ClickToCallMode
from agent_desktop.ui.dial_bar import DialBar
from agent_desktop.ui.status_mark import Tone
from tests.ui_dial.conftest import FakeDialer, make_request

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # the offscreen platform cannot raise windows nor pass size hints on; real ones can
    pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)"),
]

NUMBER = "0899 098 899"


def type_and_enter(qtbot: QtBot, bar: DialBar, text: str) -> None:
    bar.focus_input()
    qtbot.keyClicks(bar.input, text)  # the combo box has the focus and hands keys on
    qtbot.keyClick(bar.input, Qt.Key.Key_Return)


def test_object_names_and_first_look(bar: DialBar) -> None:
    assert isinstance(bar.findChild(QComboBox, "dialInput"), QComboBox)
    assert isinstance(bar.findChild(QPushButton, "dialMode"), QPushButton)
    assert isinstance(bar.findChild(QLabel, "dialMessage"), QLabel)
    assert bar.call_button.text() == "Call" and bar.call_button.isEnabled()
    assert bar.input.lineEdit().placeholderText() == "Number to call"
    assert bar.message_text() == "" and bar.tone() == Tone.NONE
    assert bar.mode() is ClickToCallMode.ASYNC
    assert bar.mode_button.text() == "Ring me first"


def test_enter_dials_the_typed_text_in_the_chosen_mode(qtbot: QtBot, bar: DialBar,
                                                       dialer: FakeDialer) -> None:
    bar.mode_actions[ClickToCallMode.SYNC].trigger()
    assert bar.mode() is ClickToCallMode.SYNC and bar.mode_button.text() == "Wait for me"
    with qtbot.waitSignal(bar.dialRequested) as asked:
        type_and_enter(qtbot, bar, "0899.098.899")
    assert asked.args == ["0899.098.899", ClickToCallMode.SYNC]
    assert dialer.calls[0] == ("dial", ("0899.098.899", "dial bar", ClickToCallMode.SYNC))


def test_the_call_button_dials_too(qtbot: QtBot, bar: DialBar, dialer: FakeDialer) -> None:
    bar.focus_input("0899098899")
    qtbot.mouseClick(bar.call_button, Qt.MouseButton.LeftButton)
    assert dialer.calls[0] == ("dial", ("0899098899", "dial bar", ClickToCallMode.ASYNC))


def test_async_call_from_started_to_placed(qtbot: QtBot, bar: DialBar, dialer: FakeDialer) -> None:
    type_and_enter(qtbot, bar, "0899098899")
    # Before the dialer's task even starts, the bar says it is calling and cannot send again.
    assert not bar.call_button.isEnabled()
    assert bar.tone() == Tone.BUSY and bar.mark.spinning()
    expected = f"Calling {NUMBER} — your phone (101) rings first…"
    assert bar.message_text() == expected
    dialer.start()
    assert bar.message_text() == expected and not bar.cancel_button.isVisible()
    dialer.finish("placed")
    assert bar.message_text() == f"Call placed to {NUMBER}"
    assert bar.tone() == Tone.DONE and not bar.mark.spinning()
    assert bar.call_button.isEnabled()
    assert bar.text() == ""  # ready for the next number
    assert bar.recent()[0] == NUMBER


def test_a_call_being_placed_cannot_be_sent_twice(qtbot: QtBot, bar: DialBar,
                                                   dialer: FakeDialer) -> None:
    type_and_enter(qtbot, bar, "0899098899")
    assert not bar.call_button.isEnabled()
    qtbot.mouseClick(bar.call_button, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(bar.call_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(bar.input, Qt.Key.Key_Return)
    bar.dial()
    assert dialer.names() == ["dial", "place"]
    dialer.finish("failed", "The PBX refused the call.")
    assert bar.call_button.isEnabled()
    assert bar.message_text() == "The PBX refused the call." and bar.tone() == Tone.ERROR
    assert bar.text() == "0899098899"  # kept, to try again


def test_sync_call_shows_cancel_which_asks_the_dialer(qtbot: QtBot, bar: DialBar,
                                                      dialer: FakeDialer) -> None:
    bar.set_mode(ClickToCallMode.SYNC)
    type_and_enter(qtbot, bar, "0899098899")
    dialer.start()
    assert bar.message_text() == f"Ringing your phone (101)… pick it up to call {NUMBER}"
    assert bar.mark.spinning()
    qtbot.waitUntil(bar.cancel_button.isVisible)
    assert bar.cancel_button.text() == "Cancel" and bar.cancel_button.isEnabled()
    qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    assert dialer.names()[-1] == "cancel"
    assert not bar.cancel_button.isEnabled()  # one click is enough
    dialer.finish("cancelled", "Stopped waiting. Your phone may still ring for this call.")
    assert bar.message_text() == "Stopped waiting. Your phone may still ring for this call."
    assert bar.tone() == Tone.ERROR
    assert not bar.cancel_button.isVisible() and bar.call_button.isEnabled()


def test_the_ui_keeps_working_while_a_sync_call_waits(qtbot: QtBot, bar: DialBar,
                                                      dialer: FakeDialer) -> None:
    bar.set_mode(ClickToCallMode.SYNC)
    type_and_enter(qtbot, bar, "0899098899")
    dialer.start()
    qtbot.keyClicks(bar.input, "0")  # typing the next number meanwhile
    assert bar.tone() == Tone.BUSY and bar.cancel_button.isVisible()
    angle = bar.mark._angle
    qtbot.waitUntil(lambda: bar.mark._angle != angle, timeout=2000)  # timers run


def test_invalid_shows_red_text_and_sends_nothing(qtbot: QtBot, bar: DialBar,
                                                  dialer: FakeDialer) -> None:
    type_and_enter(qtbot, bar, "12345678901234567")
    assert dialer.names() == ["dial"]  # the dialer refused it: no place()
    assert bar.message_text() == "This number is too long."
    assert bar.tone() == Tone.ERROR
    assert "#b3261e" in bar.message_box.styleSheet()
    assert bar.text() == "12345678901234567"
    assert bar.call_button.isEnabled()


def test_an_empty_field_says_what_to_do(qtbot: QtBot, bar: DialBar) -> None:
    bar.focus_input()
    qtbot.keyClick(bar.input, Qt.Key.Key_Return)
    assert bar.message_text() == "Type a phone number to call."


def test_a_pasted_sentence_dials_the_number_inside(qtbot: QtBot, bar: DialBar,
                                                   dialer: FakeDialer) -> None:
    bar.focus_input("Anh gọi giúp em số 0899 098 899 nhé")
    bar.dial()
    assert dialer.calls[0] == ("dial", ("0899 098 899", "dial bar", ClickToCallMode.ASYNC))
    assert bar.text() == "0899 098 899"


def test_confirmation_asks_and_call_again_places_confirmed(qtbot: QtBot, bar: DialBar,
                                                           dialer: FakeDialer) -> None:
    dialer.answer = "confirm"
    type_and_enter(qtbot, bar, "0899098899")
    assert bar.message_text() == f"You called {NUMBER} 8 s ago. Call again?"
    assert bar.tone() == Tone.QUESTION and bar.call_button.isEnabled()
    assert bar.again_button.isVisible() and bar.again_button.text() == "Call again"
    assert bar.dismiss_button.isVisible() and bar.dismiss_button.text() == "Cancel"
    asked = dialer.calls[-1][1][0]
    qtbot.mouseClick(bar.again_button, Qt.MouseButton.LeftButton)
    assert dialer.calls[-1] == ("place", (asked, True))
    assert not bar.again_button.isVisible() and not bar.call_button.isEnabled()
    assert bar.message_text() == f"Calling {NUMBER} — your phone (101) rings first…"


def test_confirmation_cancel_closes_the_question(qtbot: QtBot, bar: DialBar,
                                                 dialer: FakeDialer) -> None:
    dialer.answer = "confirm"
    type_and_enter(qtbot, bar, "0899098899")
    qtbot.mouseClick(bar.dismiss_button, Qt.MouseButton.LeftButton)
    assert bar.message_text() == "" and not bar.again_button.isVisible()
    assert dialer.names() == ["dial", "place"]


def test_merged_says_why_nothing_happened(qtbot: QtBot, bar: DialBar, dialer: FakeDialer) -> None:
    dialer.answer = "merge"
    type_and_enter(qtbot, bar, "0899098899")
    assert bar.message_text() == f"{NUMBER} was called a moment ago; not calling it twice."
    assert bar.call_button.isEnabled()


def test_recent_numbers_are_in_the_drop_down(qtbot: QtBot, bar: DialBar) -> None:
    assert bar.recent() == ["0903 123 456", "101"]
    bar.focus_input("0899")
    bar.set_recent(("0899 098 899", "0903 123 456", "0899 098 899"))
    assert bar.recent() == ["0899 098 899", "0903 123 456"]
    assert bar.text() == "0899"  # what was being typed stays
    bar.input.setCurrentIndex(1)
    assert bar.text() == "0903 123 456"


def test_typing_clears_the_last_message(qtbot: QtBot, bar: DialBar, dialer: FakeDialer) -> None:
    type_and_enter(qtbot, bar, "abc")
    assert bar.message_text() == "This is not a phone number."
    qtbot.keyClick(bar.input, Qt.Key.Key_Backspace)
    assert bar.message_text() == "" and bar.tone() == Tone.NONE
    type_and_enter(qtbot, bar, "0899098899")
    dialer.finish("placed")
    qtbot.keyClicks(bar.input, "0")
    assert bar.message_text() == ""


def test_typing_does_not_hide_a_call_being_placed(qtbot: QtBot, bar: DialBar,
                                                  dialer: FakeDialer) -> None:
    type_and_enter(qtbot, bar, "0899098899")
    qtbot.keyClicks(bar.input, "09")
    assert bar.tone() == Tone.BUSY and bar.message_text().startswith("Calling")


def test_escape_clears_the_field_and_the_message(qtbot: QtBot, bar: DialBar) -> None:
    type_and_enter(qtbot, bar, "abc")
    qtbot.keyClick(bar.input, Qt.Key.Key_Escape)
    assert bar.text() == "" and bar.message_text() == ""


def test_focus_input_puts_the_text_selected_in_the_focused_field(qtbot: QtBot,
                                                                  bar: DialBar) -> None:
    bar.window().activateWindow()
    qtbot.waitActive(bar.window())
    bar.focus_input("0899 098 899")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.input)
    assert bar.text() == "0899 098 899"
    assert bar.input.lineEdit().selectedText() == "0899 098 899"
    bar.focus_input()
    assert bar.input.lineEdit().selectedText() == "0899 098 899"


def test_requests_from_elsewhere_are_shown_too(qtbot: QtBot, bar: DialBar,
                                               dialer: FakeDialer) -> None:
    dialer.invalid.emit("12", "This number is too short.")
    assert bar.message_text() == "12: This number is too short."
    request = make_request("0903123456", ClickToCallMode.SYNC, source="live calls", request_id=9)
    dialer.current = request
    dialer.start()
    assert bar.message_text() == "Ringing your phone (101)… pick it up to call 0903 123 456"
    assert not bar.call_button.isEnabled() and bar.cancel_button.isVisible()
    other = make_request("0899098899", source="popup", request_id=10)
    dialer.failed.emit(other, "Still placing the call to 090 312 3456; wait a moment.")
    assert bar.tone() == Tone.ERROR
    assert not bar.call_button.isEnabled() and bar.cancel_button.isVisible()  # still waiting
    dialer.finish("placed")
    assert bar.message_text() == "Call placed to 0903 123 456" and bar.call_button.isEnabled()
    assert bar.recent() == ["0903 123 456", "101"]  # the app keeps the recent list for others


def test_a_bar_made_while_the_dialer_is_busy_says_so(qtbot: QtBot, dialer: FakeDialer) -> None:
    dialer.current = make_request()
    bar = DialBar(dialer)  # type: ignore[arg-type]
    qtbot.addWidget(bar)
    assert not bar.call_button.isEnabled() and bar.tone() == Tone.BUSY


def test_default_mode_comes_from_the_settings_and_a_choice_sticks(qtbot: QtBot,
                                                                  dialer: FakeDialer) -> None:
    bar = DialBar(dialer, Settings(dial_mode="sync"))  # type: ignore[arg-type]
    qtbot.addWidget(bar)
    assert bar.mode() is ClickToCallMode.SYNC
    assert bar.mode_actions[ClickToCallMode.SYNC].isChecked()
    assert bar.mode_actions[ClickToCallMode.SYNC].text() == "Call and wait for my phone"
    assert bar.mode_actions[ClickToCallMode.ASYNC].text() == "Call (my phone rings first)"
    bar.mode_actions[ClickToCallMode.ASYNC].trigger()
    bar.apply_settings(Settings(dial_mode="sync", recent_numbers=("101",)))
    assert bar.mode() is ClickToCallMode.ASYNC  # the agent's choice stays
    assert bar.recent() == ["101"]
    bar.apply_settings(Settings(dial_mode="async"))
    bar.apply_settings(Settings(dial_mode="sync"))
    assert bar.mode() is ClickToCallMode.SYNC  # a new default wins


def test_it_retranslates_on_language_change(qtbot: QtBot, bar: DialBar,
                                            dialer: FakeDialer) -> None:
    class Vietnamese(QTranslator):
        WORDS = {"Call": "Gọi", "Call placed to {number}": "Đã gọi tới {number}"}

        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str | None:
            return self.WORDS.get(source) if context == "DialBar" else None

        def isEmpty(self) -> bool:
            return False

    type_and_enter(qtbot, bar, "0899098899")
    dialer.finish("placed")
    translator = Vietnamese()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: bar.call_button.text() == "Gọi")
        assert bar.message_text() == f"Đã gọi tới {NUMBER}"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: bar.call_button.text() == "Call")
    assert bar.message_text() == f"Call placed to {NUMBER}"


def test_server_text_is_plain(qtbot: QtBot, bar: DialBar, dialer: FakeDialer) -> None:
    type_and_enter(qtbot, bar, "0899098899")
    dialer.finish("failed", "<b>boom</b>")
    assert bar.message.textFormat() == Qt.TextFormat.PlainText
    assert bar.message_text() == "<b>boom</b>"
    assert all(isinstance(b, QPushButton) for b in (bar.again_button, bar.cancel_button))


def test_escape_and_enter_stay_in_the_bar(qtbot: QtBot, dialer: FakeDialer) -> None:
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    bar = DialBar(dialer)  # type: ignore[arg-type]
    QVBoxLayout(dialog).addWidget(bar)
    ok = QPushButton("OK")
    ok.setDefault(True)
    dialog.layout().addWidget(ok)
    dialog.open()
    qtbot.waitExposed(dialog)
    with qtbot.assertNotEmitted(dialog.finished):
        type_and_enter(qtbot, bar, "0899098899")
        dialer.finish("placed")
        qtbot.keyClick(bar.input, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialer.names() == ["dial", "place"]


# --- on a real Dialer and the simulator -----------------------------------------------------------


async def test_a_real_dialer_places_one_call_and_the_bar_follows(sim, tmp_path) -> None:  # noqa: ANN001
    import httpx

    from agent_desktop.config import Paths, SettingsStore
    from agent_desktop.core.dialer import Dialer
    from agent_desktop.core.secrets import SecretStore
    from agent_desktop.core.session import Session
    from tests.helpers import until

    paths = Paths.resolve(tmp_path / "profile")
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    await session.login(sim.url, "agent101", "demo123")
    saved: list[Settings] = []
    current = [Settings(dial_mode="sync")]

    def save(settings: Settings) -> None:
        current[0] = settings
        saved.append(settings)

    clock = [1000.0]
    dialer = Dialer(session, lambda: current[0], save, clock=lambda: clock[0])
    bar = DialBar(dialer, current[0])  # never shown: closing a last window would quit the loop
    try:
        async with httpx.AsyncClient(base_url=sim.url, timeout=10) as control:
            await control.post("/_sim/config", json={"agent_answer_delay": None})  # waits
            bar.input.setEditText("0899 098 899")
            bar.dial()
            bar.dial()  # a second Enter while it is being placed: ignored
            assert not bar.call_button.isEnabled()
            await until(lambda: bar.cancel_button.isVisibleTo(bar))
            assert bar.message_text() == ("Ringing your phone (101)… pick it up to call "
                                          "0899 098 899")
            bar.cancel_button.click()
            await until(lambda: bar.call_button.isEnabled())
            assert "may still ring" in bar.message_text() and bar.tone() == Tone.ERROR
            bar.dial()  # again at once: a double click, merged
            assert bar.message_text() == ("0899 098 899 was called a moment ago; not calling it "
                                          "twice.")
            clock[0] += 5
            bar.dial()  # again a little later: the dialer asks first
            assert bar.message_text() == "You called 0899 098 899 5 s ago. Call again?"
            await control.post("/_sim/config", json={"agent_answer_delay": 0.05})
            bar.again_button.click()
            await until(lambda: bar.tone() == Tone.DONE, timeout=10)
            assert bar.message_text() == "Call placed to 0899 098 899"
            sent = (await control.get("/_sim/requests",
                                      params={"path": "/v1/click2call"})).json()["requests"]
            # The confirmed call, after the cancelled wait (logged by the simulator only when
            # its request had arrived): never more.
            assert 1 <= len(sent) <= 2
            assert saved[-1].recent_numbers[0] == "0899 098 899"
    finally:
        await session.logout()
        bar.deleteLater()
