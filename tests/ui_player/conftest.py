"""The recording player's tests: offscreen Qt on a qasync loop, against the simulator.

Async tests run on qasync's Qt event loop (pytest-asyncio's loop-factory hook), so QMediaPlayer's
signals and the background downloads run as they do for users; they wait with ``wait``
(``tests.helpers.until`` with room for a busy machine), never with qtbot's blocking waits. CDRs
come from the simulator through a logged-in ``Tel4vnClient`` (``GET /v2/cdr``), their recordings
from its ``/recordings/{cdr_id}.wav``; the request log tells what was downloaded. The machine has
no audio device: QtMultimedia then plays against the clock, which is all these tests need.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io  # noqa: E402
import wave  # noqa: E402
from collections.abc import AsyncIterator, Iterator  # noqa: E402
from dataclasses import replace  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from agent_desktop.pbx import Tel4vnClient  # noqa: E402
from agent_desktop.pbx.models import Cdr, CdrQuery  # noqa: E402
from agent_desktop.sim import Simulator, audio  # noqa: E402
from tests import helpers  # noqa: E402
from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401
from tests.sim_session import wait  # noqa: E402, F401

def wav_ms(data: bytes) -> int:
    """The length of a WAV file in milliseconds, from its header."""
    with wave.open(io.BytesIO(data)) as clip:
        return round(clip.getnframes() * 1000 / clip.getframerate())


class Calls:
    """The simulator's CDRs, as the app reads them, sorted by what a test needs."""

    def __init__(self, sim: Simulator, cdrs: list[Cdr]) -> None:
        self.sim = sim
        self.all = cdrs
        recorded = [c for c in cdrs if c.recording_url]
        # the longest recording first: the timing tests need room to measure
        self.recorded = sorted(recorded, key=lambda c: -len(audio.clip_for(c.id)))
        self.silent = [c for c in cdrs if not c.recording_url]

    def longest(self) -> Cdr:
        return self.recorded[0]

    def with_other_clip(self, cdr: Cdr) -> Cdr:
        """A recorded CDR whose audio differs from ``cdr``'s."""
        return next(c for c in self.recorded if audio.clip_for(c.id) != audio.clip_for(cdr.id))

    def missing_file(self) -> Cdr:
        """A CDR whose recording URL answers 404 (the file was deleted)."""
        return replace(self.recorded[0], id="gone-1",
                       recording_url=f"{self.sim.url}/recordings/gone-1.wav")

    def downloads(self) -> list[str]:
        """The recordings the simulator sent, oldest first (paths of GET /recordings/…)."""
        return [r["path"] for r in self.sim.requests.select(method="GET")
                if r["path"].startswith("/recordings/")]


@pytest.fixture(autouse=True)
def app_stays_open(qapp: QApplication) -> Iterator[None]:
    """As the app does (it lives in the tray): closing the player window must not quit Qt,
    which would stop the test's qasync loop."""
    before = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(before)


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(helpers.fast_config(seed=3, cdr_count=40))
    await simulator.start(host="127.0.0.1", port=0)
    yield simulator
    await simulator.stop()


@pytest.fixture
async def calls(sim: Simulator) -> AsyncIterator[Calls]:
    client = Tel4vnClient(sim.url)
    try:
        await client.login("agent101", "demo123")
        cdrs = list((await client.list_cdrs(CdrQuery(limit=100))).data)
    finally:
        await client.aclose()
    found = Calls(sim, cdrs)
    assert found.recorded and found.silent
    sim.requests.clear()
    yield found
