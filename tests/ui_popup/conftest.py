"""Incoming-call popup tests: offscreen Qt through pytest-qt's blocking waits (no asyncio loop).

The platform is chosen before anything imports Qt. Helpers here build view-models, keep the
popup stack on a screen of a known size when a test needs one, and close every popup at the end.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QRect  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from agent_desktop.ui import popup_stack as popup_module  # noqa: E402
from agent_desktop.ui.popup import HistoryLine, PopupInfo
from agent_desktop.ui.popup_stack import PopupStack  # noqa: E402

# A laptop screen with a 40 px task bar at the bottom (what availableGeometry leaves of it).
SCREEN = QRect(0, 0, 1920, 1040)


def make_info(call_id: str = "call-1", **fields: object) -> PopupInfo:
    values: dict[str, object] = dict(number="0903123456", display_number="090 312 3456",
                                     to="101")
    values.update(fields)
    return PopupInfo(call_id=call_id, **values)  # type: ignore[arg-type]


def make_history(count: int) -> tuple[HistoryLine, ...]:
    base = datetime(2024, 3, 12, 9, 5)
    return tuple(HistoryLine(base - timedelta(days=i), ("inbound", "outbound", "local")[i % 3],
                             ("Answered", "Missed")[i % 2], 75 + i, str(101 + i))
                 for i in range(count))


@pytest.fixture
def screen_area(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """Make the stack place popups on :data:`SCREEN`, whatever the test platform's screen is."""
    monkeypatch.setattr(popup_module, "_screen_area", lambda anchor: QRect(SCREEN))
    return QRect(SCREEN)


@pytest.fixture
def stack(qtbot: QtBot) -> Iterator[PopupStack]:
    result = PopupStack()
    yield result
    for popup in result.popups():
        result.close_call(popup.info.call_id)
