"""Security tests: offscreen Qt on a qasync loop, isolated HOME/XDG folders, an in-memory keyring.

Async tests run on qasync's Qt event loop (pytest-asyncio's loop-factory hook), so the app's
timers and coroutines run as they do for users; they wait with ``tests.helpers.until``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import AsyncIterator, Iterator  # noqa: E402

import pytest  # noqa: E402

from agent_desktop import log as app_log  # noqa: E402
from agent_desktop.sim import Simulator  # noqa: E402
from tests import helpers  # noqa: E402
from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(helpers.fast_config(seed=7, talk_time=(60.0, 60.0), cdr_count=20))
    await simulator.start(host="127.0.0.1", port=0)
    yield simulator
    await simulator.stop()


@pytest.fixture(autouse=True)
def forget_secrets() -> Iterator[None]:
    """No secret registered for redaction leaks from one test into the next (a leak test must
    not pass because an earlier test taught the filter its secret)."""
    app_log.forget_redacted_values()
    yield
    app_log.reset_logging()
    app_log.forget_redacted_values()
