"""The Calling tab of the settings dialog: every field reaches the saved Settings, bad numbers are
refused with a message, the dialog fits a 768-pixel-high screen; and LiveCallsView.select_call."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from agent_desktop.config import Settings
from agent_desktop.core.call_diff import CallDiff
from agent_desktop.pbx.models import LiveCall
from agent_desktop.ui.call_table import LiveCallModel, LiveCallsView
from agent_desktop.ui.settings_dialog import SettingsDialog, settings_number

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)"),
]


def save(qtbot: QtBot, dialog: SettingsDialog) -> Settings:
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return saved.args[0]


def test_the_calling_fields_show_the_settings(qtbot: QtBot) -> None:
    settings = Settings(dial_mode="sync", hotline="19001234", known_hotlines=("02873001234",),
                        src_cid_name="Sales", src_cid_number="101", dest_cid_name="Shop",
                        dest_cid_number="0899098899", auto_answer=True, is_encode=True,
                        link_action="dial")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.dial_mode.currentData() == "sync"
    assert dialog.dial_mode.currentText() == "Synchronous — wait until I pick up"
    assert [dialog.hotline.itemText(i) for i in range(dialog.hotline.count())] == [
        "02873001234", "19001234"]
    assert dialog.hotline.currentText() == "19001234"
    assert (dialog.src_cid_name.text(), dialog.src_cid_number.text()) == ("Sales", "101")
    assert dialog.dest_cid_name.text() == "Shop"
    assert dialog.dest_cid_number.text() == "0899098899"
    assert dialog.auto_answer.isChecked() and dialog.is_encode.isChecked()
    assert dialog.link_action.currentText() == "Call at once"
    assert dialog.tabs.tabText(1) == "Calling"
    # Nothing lost; the hotline in use is offered from now on.
    assert save(qtbot, dialog) == replace(settings, known_hotlines=("19001234", "02873001234"))


def test_every_calling_field_round_trips(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(known_hotlines=("02873001234",)))
    qtbot.addWidget(dialog)
    assert dialog.dial_mode.currentText() == (
        "Asynchronous — my phone rings, the app does not wait")
    assert dialog.link_action.currentText() == "Ask me first"
    assert dialog.hotline.currentText() == ""
    assert dialog.hotline.lineEdit().placeholderText() == "The PBX's default"
    dialog.dial_mode.setCurrentIndex(dialog.dial_mode.findData("sync"))
    dialog.hotline.setCurrentText("1900 1234")
    dialog.src_cid_name.setText("  Phòng kinh doanh \u202e")
    dialog.src_cid_number.setText("+84 899-098-899")
    dialog.dest_cid_name.setText("Công ty ABC")
    dialog.dest_cid_number.setText("028.7300.1234")
    dialog.auto_answer.setChecked(True)
    dialog.is_encode.setChecked(True)
    dialog.link_action.setCurrentIndex(dialog.link_action.findData("dial"))
    settings = save(qtbot, dialog)
    assert settings.dial_mode == "sync"
    assert settings.hotline == "19001234"
    assert settings.known_hotlines == ("19001234", "02873001234")  # offered next time
    assert settings.src_cid_name == "Phòng kinh doanh"
    assert settings.src_cid_number == "+84899098899"
    assert settings.dest_cid_name == "Công ty ABC"
    assert settings.dest_cid_number == "02873001234"
    assert settings.auto_answer and settings.is_encode
    assert settings.link_action == "dial"


def test_a_known_hotline_can_be_picked_and_emptied(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(hotline="19001234", known_hotlines=("19001234", "1800")))
    qtbot.addWidget(dialog)
    dialog.hotline.setCurrentIndex(1)
    assert save(qtbot, dialog).hotline == "1800"
    dialog = SettingsDialog(Settings(hotline="19001234", known_hotlines=("19001234",)))
    qtbot.addWidget(dialog)
    dialog.hotline.setCurrentText("")
    settings = save(qtbot, dialog)
    assert settings.hotline == "" and settings.known_hotlines == ("19001234",)


@pytest.mark.parametrize(("field", "label"), [
    ("hotline", "Hotline"),
    ("src_cid_number", "Number shown on my phone"),
    ("dest_cid_number", "Caller number sent to the customer"),
])
@pytest.mark.parametrize("bad", ["12", "0899abc", "1234567890123456", "++84899", "84+899"])
def test_a_bad_number_is_refused_with_a_message(qtbot: QtBot, field: str, label: str,
                                                bad: str) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    widget = getattr(dialog, field)
    edit = widget.lineEdit() if field == "hotline" else widget
    edit.setText(bad)
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error.isVisible()
    assert dialog.error.text() == (f"“{label}” must be a phone number: 3 to 15 digits, "
                                   "optionally starting with +.")
    assert dialog.tabs.currentWidget() is dialog.calling_page  # where the field is
    assert dialog.isVisible()
    edit.setText("0899 098 899")
    assert save(qtbot, dialog) is not None


def test_a_general_error_shows_the_general_tab(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.calling_page)
    dialog.crm.setText("file:///etc/passwd")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.tabs.currentWidget() is dialog.general_page


def test_settings_number() -> None:
    assert settings_number("") == "" and settings_number("  ") == ""
    assert settings_number("101") == "101"
    assert settings_number("+84 (899) 098-899") == "+84899098899"
    assert settings_number("０８９９０９８８９９") == "0899098899"  # full-width, from a chat app
    for bad in ("12", "abc", "1" * 16, "٠٨٩٩٠٩٨٨٩٩", "+", "1+23"):
        assert settings_number(bad) is None, bad


def test_the_dialog_fits_a_768_pixel_high_screen(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(known_hotlines=tuple(f"1900{i:04d}" for i in range(30))))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.sizeHint().height() <= 768 - 80  # title bar and task bar
    assert dialog.minimumSizeHint().height() <= 768 - 80


# --- LiveCallsView.select_call -----------------------------------------------------------------


def call(call_id: str, source: str) -> LiveCall:
    return LiveCall(call_id=call_id, context="default", created_time=datetime(2024, 5, 6, 9, 30),
                    destination="101", direction="inbound", ip="10.0.0.1", source=source,
                    state="CS_EXCHANGE_MEDIA")


def test_select_call_selects_and_scrolls_to_the_row(qtbot: QtBot) -> None:
    view = LiveCallsView(LiveCallModel())
    qtbot.addWidget(view)
    view.resize(800, 200)
    view.show()
    qtbot.waitExposed(view)
    calls = [call(f"c{i}", f"0899{i:06d}") for i in range(40)]
    view.model.apply(CallDiff(added=tuple(calls), changed=(), removed=()))
    assert view.select_call("c33")
    rows = view.table.selectionModel().selectedRows()
    assert [view.call_of(index).call_id for index in rows] == ["c33"]
    assert view.call_of(view.table.currentIndex()).call_id == "c33"
    index = view.proxy.mapFromSource(view.model.index(33, 0))
    assert view.table.viewport().rect().intersects(view.table.visualRect(index))
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert view.select_call("c2")
    assert view.call_of(view.table.selectionModel().selectedRows()[0]).call_id == "c2"
    assert not view.select_call("nope")
    view.filter.setText("0899000005")  # c5 only
    assert not view.select_call("c2")  # filtered out: not there
    assert view.select_call("c5")
