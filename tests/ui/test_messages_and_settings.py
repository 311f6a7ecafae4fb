"""Error sentences for people, and the settings dialog (start at login and phone links:
tests/desktop)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from agent_desktop.config import Settings
from agent_desktop.core.messages import Context, describe
from agent_desktop.pbx import (
    AuthError,
    CallFailed,
    InvalidInput,
    NotFound,
    PbxError,
    PermissionDenied,
    ProtocolError,
    ServerError,
    SessionExpired,
    TlsError,
    Unavailable,
    UserBusy,
    UserNotRegistered,
)
from agent_desktop.ui.settings_dialog import SettingsDialog


@pytest.mark.parametrize(
    ("error", "context", "sentence"),
    [
        (AuthError("x"), Context.LOGIN, "Wrong username or password."),
        (AuthError("x"), Context.GENERAL, "The PBX no longer accepts this session."),
        (SessionExpired("x"), Context.CALL, "Your session had expired"),
        (PermissionDenied("x"), Context.GENERAL, "Your account is not allowed"),
        (UserNotRegistered("x"), Context.CALL,
         "The phone for extension 101 is not logged in (softphone or IP phone)."),
        (UserBusy("x"), Context.CALL, "Extension 101 is busy."),
        (CallFailed("x", code="NO_ANSWER"), Context.CALL, "Your phone (extension 101) did not"),
        (TlsError("x", request_sent=False), Context.LOGIN, "A secure connection"),
        (Unavailable("x", request_sent=False), Context.CALL, "The server cannot be reached"),
        (Unavailable("x", request_sent=True), Context.CALL, "The call may already have been"),
        (Unavailable("x", request_sent=True), Context.GENERAL, "The server stopped answering."),
        (ProtocolError("x"), Context.GENERAL, "This address does not answer like a PBX"),
        (NotFound("x"), Context.LOGIN, "This address does not answer like a PBX"),
        (NotFound("x"), Context.GENERAL, "It no longer exists"),
        (InvalidInput("bad", fields={"phone_number": "Does not match"}), Context.GENERAL,
         "The PBX refused the input: \u2068phone_number: Does not match\u2069"),
        (ServerError("internal server error"), Context.GENERAL,
         "The PBX had a problem (\u2068internal server error\u2069)"),
        (KeyError("api_key=SECRET"), Context.GENERAL, "Something went wrong (KeyError)"),
    ],
)
def test_describe(qapp, error: Exception, context: Context, sentence: str) -> None:
    text = describe(error, context, ext="101")
    assert text.startswith(sentence) or sentence in text
    assert "SECRET" not in text  # an unknown exception's text is never shown


def test_what_a_server_wrote_is_quoted_isolated_on_one_line_and_short(qapp) -> None:
    hostile = "lỗi\u202e máy chủ\n<b>x</b>" + "ø" * 10_000
    for error in (ServerError(hostile), PbxError(hostile), InvalidInput(hostile)):
        text = describe(error)
        inner = text[text.index("\u2068") + 1:text.index("\u2069")]
        assert inner.startswith("lỗi máy chủ <b>x</b>")  # plain text, the override gone
        assert "\u202e" not in text and "\n" not in text and len(inner) <= 301


def test_settings_dialog_saves_a_copy(qtbot) -> None:
    dialog = SettingsDialog(Settings(language="system", poll_interval=1.0))
    qtbot.addWidget(dialog)
    dialog.poll_interval.setValue(2.5)
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    dialog.start_hidden.setChecked(True)
    dialog.crm.setText("javascript:alert(1)")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error.isVisibleTo(dialog) and "http://" in dialog.error.text()
    dialog.crm.setText("https://crm.example.com/?phone={phone}")
    dialog.ring_groups.setText("600, sales")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Ring groups are numbers" in dialog.error.text()
    dialog.ring_groups.setText("600; 601,")
    dialog.long_calls.setValue(8)
    dialog.team.setText("agent101, agent 102")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "usernames without spaces" in dialog.error.text()
    dialog.team.setText("agent101; agent102, agent101")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settings = saved.args[0]
    assert (settings.poll_interval, settings.language, settings.start_hidden) == (2.5, "vi", True)
    assert settings.crm_url_template == "https://crm.example.com/?phone={phone}"
    assert settings.ring_groups == ("600", "601")
    assert settings.long_call_minutes == 8 and settings.team == ("agent101", "agent102")


def test_settings_dialog_event_receiver(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.receiver_on.isChecked()
    assert dialog.receiver_host.text() == "127.0.0.1" and dialog.receiver_port.value() == 8787
    assert not dialog.receiver_warning.isVisible()
    dialog.receiver_on.setChecked(True)
    dialog.receiver_host.setText("my laptop")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "IP address" in dialog.error.text()
    assert dialog.tabs.currentWidget() is dialog.events_page
    dialog.receiver_host.setText("0.0.0.0")
    assert dialog.receiver_warning.isVisible()  # reachable from other computers
    dialog.receiver_url.setText("ftp://x")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "http://" in dialog.error.text()
    dialog.receiver_url.setText("https://desk-7.example.com/hooks")
    dialog.receiver_port.setValue(9123)
    with qtbot.waitSignal(dialog.copyReceiverKeyRequested):
        dialog.copy_key.click()
    with qtbot.waitSignal(dialog.newReceiverKeyRequested):
        dialog.new_key.click()
    dialog.set_receiver_status("Listening on http://127.0.0.1:9123/agent-desktop/events")
    assert "Listening" in dialog.receiver_status.text()
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    s = saved.args[0]
    assert (s.event_receiver, s.event_receiver_host, s.event_receiver_port,
            s.event_receiver_url) == (True, "0.0.0.0", 9123, "https://desk-7.example.com/hooks")
