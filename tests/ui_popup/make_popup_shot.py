"""Save a picture of two stacked incoming-call popups near the tray: ``make_popup_shot.py OUT.png``.

One popup has a Vietnamese customer and five earlier calls, the other (the newer, nearest the
tray) is still looking its history up. Behind them a "CRM form" keeps the keyboard focus, as it
must. Run on an X display with a tray; without ``DISPLAY`` the script starts Xvfb and trayer
itself (tests/e2e/xdisplay.py) and runs again inside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QRect, QTimer
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLineEdit,
    QSystemTrayIcon,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
FORM_LEFT = 540   # the CRM form shows on the left of the picture, partly under the popups
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _in_virtual_display(out: Path) -> int:
    from tests.e2e.xdisplay import virtual_display

    with virtual_display(width=1280, height=800) as env:
        return subprocess.run([sys.executable, __file__, str(out)], env=env, cwd=ROOT).returncode


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _backdrop(panel: QRect | None) -> tuple[QWidget, QWidget]:
    """A desktop-coloured window (around the tray's ``panel``) with a CRM form that has the focus."""
    desk = QWidget()
    desk.setObjectName("desk")
    desk.setStyleSheet("#desk { background: #d7dde3; }")
    desk.setGeometry(0, 0, 1280, 800)
    if panel is not None:
        desk.setMask(QRegion(desk.rect()).subtracted(QRegion(panel)))
    form = QWidget(desk)
    form.setObjectName("crm")
    form.setStyleSheet("#crm { background: #ffffff; border: 1px solid #b0b8c0; }")
    form.setGeometry(FORM_LEFT, 40, 520, 300)
    layout = QVBoxLayout(form)
    fields = QFormLayout()
    name = QLineEdit("Trần Văn Bình")
    note = QTextEdit("Khách hỏi về gói cước doanh nghiệp…")
    fields.addRow("Khách hàng", name)
    fields.addRow("Ghi chú", note)
    layout.addLayout(fields)
    desk.show()
    desk.activateWindow()
    name.setFocus()
    return desk, name


def main(out: Path) -> int:
    from agent_desktop.ui.icons import TrayState, app_icon, tray_icon
    from agent_desktop.ui.popup import HistoryLine, PopupInfo
from agent_desktop.ui.popup_stack import PopupStack

    app = QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    app.setWindowIcon(app_icon())
    anchor: QRect | None = None
    tray = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = QSystemTrayIcon(tray_icon(TrayState.RINGING, 2))
        tray.show()
        for _ in range(50):
            _wait(100)
            if tray.geometry().isValid() and not tray.geometry().isEmpty():
                anchor = tray.geometry()
                break
    # trayer's panel (tests/e2e/xdisplay.py): 200 px wide at the top right, as high as the icon
    panel = None if anchor is None else QRect(1280 - 200, 0, 200, anchor.bottom() + 2)
    desk, focused = _backdrop(panel)
    _wait(300)
    now = datetime.now().replace(microsecond=0)
    history = (
        HistoryLine(now - timedelta(hours=2, minutes=14), "inbound", "Đã nghe", 185, "101"),
        HistoryLine(now - timedelta(days=1, hours=3), "inbound", "Nhỡ", 0, "600"),
        HistoryLine(now - timedelta(days=3, hours=1), "outbound", "Đã nghe", 62, "102"),
        HistoryLine(now - timedelta(days=9), "inbound", "Đã nghe", 1312, "101"),
        HistoryLine(now - timedelta(days=40), "local", "Bận", 0, "105"),
    )
    stack = PopupStack()
    stack.set_anchor(anchor)
    stack.show_call(PopupInfo(
        call_id="call-1", number="0903123456", display_number="090 312 3456", to="101",
        started=now - timedelta(seconds=19), history=history, history_state="ready",
        history_total=14, customer_name="Nguyễn Thị Lan", customer_code="KH-00417",
        crm_enabled=True))
    stack.show_call(PopupInfo(
        call_id="call-2", number="+842873001234", display_number="+84 28 7300 1234", to="600",
        started=now - timedelta(seconds=4)))
    _wait(1200)
    popups = [p.geometry() for p in stack.popups()]
    region = QRect(popups[0])
    for rect in popups[1:] + ([anchor] if anchor is not None else []):
        region = region.united(rect)
    region = region.adjusted(-24, -24, 24, 24).intersected(QRect(0, 0, 1280, 800))
    region.setLeft(FORM_LEFT - 24)
    if anchor is not None:
        region.setTop(0)
    screen = app.primaryScreen()
    shot = screen.grabWindow(0, region.x(), region.y(), region.width(), region.height())
    if not shot.save(str(out)):
        print(f"could not write {out}", file=sys.stderr)
        return 1
    keeps_focus = QApplication.focusWidget() is focused
    print(f"saved {out} ({shot.width()}x{shot.height()}); tray anchor {anchor}; "
          f"CRM field kept the focus: {keeps_focus}")
    for call_id in ("call-1", "call-2"):
        stack.close_call(call_id)
    if tray is not None:
        tray.hide()
    desk.close()
    return 0 if keeps_focus else 2


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    target = Path(sys.argv[1]).resolve()
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        sys.exit(_in_virtual_display(target))
    sys.exit(main(target))
