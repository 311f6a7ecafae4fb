"""Qt tests: offscreen, on a qasync loop, each with its own config dirs and an in-memory keyring.

Async tests here run on qasync's Qt event loop (pytest-asyncio's loop-factory hook), so QTimers
fire and the app's coroutines run as they do for users. Inside async tests wait with ``tests.helpers.until``
(asyncio.sleep between checks), never with qtbot's blocking waits.
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






@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(helpers.fast_config(seed=5, talk_time=(60.0, 60.0), cdr_count=60))
    await simulator.start(host="127.0.0.1", port=0)
    yield simulator
    await simulator.stop()
