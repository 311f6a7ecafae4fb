"""The live-call table's tests: offscreen Qt, calls made to order, a clock the test moves."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime, timedelta  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from agent_desktop.pbx.models import LiveCall  # noqa: E402

T0 = datetime(2024, 5, 6, 9, 30, 0)


class Clock:
    """A clock that moves only when told."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def make_call(call_id: str, *, source: str = "0899098899", destination: str = "101",
              direction: str = "inbound", state: str = "CS_EXCHANGE_MEDIA",
              created_time: datetime | None = T0) -> LiveCall:
    return LiveCall(call_id=call_id, context="default", created_time=created_time,
                    destination=destination, direction=direction, ip="10.0.0.1",
                    source=source, state=state)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(autouse=True)
def app(qapp: QApplication) -> QApplication:
    """Every test here has the QApplication: the model's timer and icons need one."""
    return qapp
