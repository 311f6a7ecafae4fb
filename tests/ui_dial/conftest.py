"""Dial bar, dial toast and calling-settings tests: offscreen Qt through pytest-qt's blocking waits.

The platform is chosen before anything imports Qt. ``FakeDialer`` has the signals and methods of
``core.dialer.Dialer`` and records what it is asked; a test makes it answer by emitting signals.
The few async tests (a real Dialer on the simulator) run on qasync's Qt loop and wait with
``tests.helpers.until``, never with qtbot's blocking waits.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools  # noqa: E402
from collections.abc import AsyncIterator, Iterator  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtCore import QObject, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from agent_desktop.config import Settings  # noqa: E402
from agent_desktop.core.dialer import DialRequest  # noqa: E402
from agent_desktop.core.phone import InvalidNumber, parse_dial_number  # noqa: E402
from agent_desktop.pbx.models import ClickToCallMode  # noqa: E402
from agent_desktop.sim import Simulator  # noqa: E402
from agent_desktop.ui.dial_bar import DialBar  # noqa: E402
from tests import helpers  # noqa: E402
from tests.memory_keyring import MemoryKeyring  # noqa: E402

EXTENSION = "101"


def make_request(text: str = "0899098899", mode: ClickToCallMode = ClickToCallMode.ASYNC,
                 source: str = "dial bar", request_id: int = 1,
                 extension: str = EXTENSION) -> DialRequest:
    return DialRequest(request_id, parse_dial_number(text), source, mode, "", extension)


class FakeDialer(QObject):
    """What the dial bar sees of a Dialer; ``dial``/``place`` answer as ``answer`` says."""

    invalid = Signal(str, str)
    started = Signal(object)
    placed = Signal(object, str)
    failed = Signal(object, str)
    cancelled = Signal(object, str)
    confirmationNeeded = Signal(object, float)
    merged = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, Any]] = []
        self.answer = "place"  # "place" | "confirm" | "merge"
        self.current: DialRequest | None = None
        self._ids = itertools.count(1)

    @property
    def busy(self) -> DialRequest | None:
        return self.current

    def dial(self, text: str, source: str, mode: ClickToCallMode | None = None,
             customer_id: str = "", confirmed: bool = False) -> DialRequest | None:
        self.calls.append(("dial", (text, source, mode)))
        try:
            number = parse_dial_number(text)
        except InvalidNumber as error:
            self.invalid.emit(text, error.message())
            return None
        request = DialRequest(next(self._ids), number, source, mode or ClickToCallMode.ASYNC,
                              customer_id)
        return self.place(request, confirmed)

    def place(self, request: DialRequest, confirmed: bool = False) -> DialRequest | None:
        self.calls.append(("place", (request, confirmed)))
        if self.answer == "confirm" and not confirmed:
            self.confirmationNeeded.emit(request, 7.6)
            return None
        if self.answer == "merge":
            self.merged.emit(request)
            return None
        self.current = replace(request, extension=EXTENSION)
        return self.current

    def cancel(self) -> bool:
        self.calls.append(("cancel", None))
        return self.current is not None

    # --- what the real dialer's task would emit later ---------------------------------------

    def start(self) -> DialRequest:
        assert self.current is not None
        self.started.emit(self.current)
        return self.current

    def finish(self, outcome: str = "placed", message: str = "") -> DialRequest:
        request, self.current = self.current, None
        assert request is not None
        if outcome == "placed":
            self.placed.emit(request, "call-1")
        elif outcome == "failed":
            self.failed.emit(request, message)
        else:
            self.cancelled.emit(request, message)
        return request

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@pytest.fixture
def dialer() -> FakeDialer:
    return FakeDialer()


@pytest.fixture
def bar(qtbot: QtBot, dialer: FakeDialer) -> Iterator[DialBar]:
    settings = Settings(recent_numbers=("0903 123 456", "101"))
    widget = DialBar(dialer, settings)  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.resize(640, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict:
    return {"qasync": lambda: qasync.QEventLoop(QApplication.instance() or QApplication([]))}


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Own HOME and XDG dirs, and the in-memory keyring, emptied."""
    yield helpers.isolate_home(tmp_path, monkeypatch)
    MemoryKeyring.reset()


@pytest.fixture
async def sim(isolated: Path) -> AsyncIterator[Simulator]:
    simulator = Simulator(helpers.fast_config(seed=5, talk_time=(60.0, 60.0)))
    await simulator.start(host="127.0.0.1", port=0)
    yield simulator
    await simulator.stop()
