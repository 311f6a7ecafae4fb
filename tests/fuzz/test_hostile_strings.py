"""Hostile server strings in the real widgets: shown as plain text, bounded, and bidi-isolated.

A caller name, customer code, extension, number, CDR field or error that holds HTML (``<b>``,
``<img>``, ``<a href>``), a right-to-left override (U+202E), U+200F, zero-width joiners or 10,000
characters must be shown as the characters they are: every QLabel that shows any of it is
``PlainText``, no widget grows past the screen, and where a sentence is composed around a server
string with ``.format()`` the string sits inside FSI … PDI so that a U+202E cannot flip the rest.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from agent_desktop.core.incoming import MissedCall
from agent_desktop.pbx.models import Cdr
from agent_desktop.ui.cdr_detail import CdrDetailDialog
from agent_desktop.ui.missed_calls import MissedCallsPanel
from agent_desktop.ui.popup import POPUP_WIDTH, HistoryLine, IncomingPopup, PopupInfo, isolate
from tests.helpers import until

FSI, PDI, RLO = "\u2068", "\u2069", "\u202e"
HOSTILE = {
    "bold": "<b>bold</b>",
    "img": "<img src=x onerror=alert(1)>",
    "link": "<a href='http://evil.example/'>click</a>",
    "rlo": f"Nguyễn {RLO}gnirts desrever",
    "rlm-zwj": "\u200fA\u200dB\u200c\u200eC",
    "long": "Đ" * 10_000,
}
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u200e\u200f")


def labels_showing(widget: QWidget, text: str) -> list[QLabel]:
    """The widget's QLabels whose text holds a piece of ``text`` (the first 12 characters once
    bidi controls are gone: a long value is elided)."""
    probe = "".join(ch for ch in text if ch not in BIDI_CONTROLS)[:12]
    return [label for label in widget.findChildren(QLabel) if probe and probe in label.text()]


def assert_plain(widget: QWidget, text: str) -> None:
    shown = labels_showing(widget, text)
    assert shown, f"nothing shows {text[:30]!r}"
    for label in shown:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        assert not label.openExternalLinks()


def screen_width() -> int:
    screen = QApplication.primaryScreen()
    return screen.availableGeometry().width() if screen else 1024


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_the_call_popup_shows_server_text_as_plain_bounded_text(qtbot: QtBot, kind: str) -> None:
    text = HOSTILE[kind]
    info = PopupInfo(
        call_id="c1", number=text, display_number=text, to=text, started=datetime.now(),
        history=(HistoryLine(datetime.now(), "inbound", "Answered", 30, text),),
        history_state="ready", history_total=1, customer_name=text, customer_code=text)
    popup = IncomingPopup(info)
    qtbot.addWidget(popup)
    popup.show()
    qtbot.waitExposed(popup)
    assert_plain(popup, text)
    assert popup.width() <= min(POPUP_WIDTH, screen_width())
    assert popup.height() < 1000
    for label in popup.findChildren(QLabel):
        assert not BIDI_CONTROLS & set(label.text()), label.objectName()
        assert "<" not in label.text() or label.textFormat() == Qt.TextFormat.PlainText
    popup.grab().save(f"/tmp/shots/hostile-popup-{kind}.png")


def hostile_cdr(text: str) -> Cdr:
    return Cdr(id=text, sip_call_id=text, cause=text, duration=12, direction="inbound",
               recording_url="", extension=text, from_number=text, to_number=text,
               receive_dest=text, time_started=datetime.now(), time_answered=None,
               time_ended=None, status=text, customer_id=text)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
async def test_the_cdr_detail_shows_server_text_as_plain_bounded_text(qtbot: QtBot,
                                                                      kind: str) -> None:
    async def lookup(ident: str) -> Cdr:  # what the PBX answered for this id
        return hostile_cdr(HOSTILE[kind])

    dialog = CdrDetailDialog(lookup, HOSTILE[kind])
    qtbot.addWidget(dialog)
    dialog.show()
    await until(lambda: dialog.cdr is not None)
    assert_plain(dialog, HOSTILE[kind])
    assert dialog.width() <= screen_width()
    dialog.grab().save(f"/tmp/shots/hostile-cdr-{kind}.png")


class FakeIncoming(QObject):
    missedChanged = Signal()

    def __init__(self, missed: list[MissedCall]) -> None:
        super().__init__()
        self.missed = missed
        self.unseen = len(missed)

    def mark_seen(self) -> None:
        self.unseen = 0

    def clear(self) -> None:
        self.missed = []


def test_missed_calls_isolate_the_servers_number_and_extension(qtbot: QtBot) -> None:
    """Found: ``{when}  {number}  → {extension}`` put a U+202E of the number in the sentence, so
    the arrow and the extension after it were shown reversed."""
    incoming = FakeIncoming([MissedCall(f"0899{RLO}098899", datetime(2026, 1, 2, 9, 30), "c1",
                                        f"10{RLO}1", "live"),
                             MissedCall(HOSTILE["long"], None, "c2", HOSTILE["img"], "event")])
    panel = MissedCallsPanel(incoming)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    first, second = panel.list.item(0).text(), panel.list.item(1).text()
    assert RLO not in first
    assert f"{FSI}0899098899{PDI}" in first and f"→ {FSI}101{PDI}" in first
    assert len(second) < 200  # 10,000 characters cut
    assert f"{FSI}<img src=x onerror=alert(1)>{PDI}" in second  # a list item is never HTML


def test_isolate() -> None:
    assert isolate(f"ab{RLO}c\nd") == f"{FSI}abc d{PDI}"
    assert isolate("") == f"{FSI}{PDI}"
    text = "{number} is calling {extension}".format(number=isolate(f"{RLO}0899"),
                                                    extension=isolate("101"))
    assert RLO not in text and text.count(FSI) == text.count(PDI) == 2
