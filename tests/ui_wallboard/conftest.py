"""Wallboard tests: offscreen Qt on a qasync loop, isolated home, a simulator that lets calls ring.

Async tests run on qasync's Qt event loop (pytest-asyncio's loop-factory hook), so QTimers fire
as they do for users; inside them wait with ``tests.helpers.until``, never with qtbot's blocking
waits. Sync tests (the widgets) use qtbot as usual.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from agent_desktop.sim import Simulator  # noqa: E402
from tests import helpers  # noqa: E402
from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401
from tests.sim_session import control, running_sim  # noqa: E402, F401






@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    """Inbound calls ring until the test answers them (or 30 s pass)."""
    async with running_sim(helpers.fast_config(seed=5, ring_timeout=30.0,
                                               talk_time=(60.0, 60.0))) as simulator:
        yield simulator
