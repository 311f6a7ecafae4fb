"""Agent-board tests: offscreen Qt on a qasync loop, isolated home, the simulator, a logged-in
supervisor session with its live-call poller.

Async tests run on qasync's Qt event loop (pytest-asyncio's loop-factory hook), so QTimers fire
and the board's coroutines run as they do for users; they wait with ``tests.helpers.until``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import AsyncIterator  # noqa: E402
from contextlib import asynccontextmanager  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from agent_desktop.core.agents import AgentBoard  # noqa: E402
from agent_desktop.config import Paths, Settings, SettingsStore  # noqa: E402
from agent_desktop.core.live_calls import LiveCallPoller  # noqa: E402
from agent_desktop.core.secrets import SecretStore  # noqa: E402
from agent_desktop.core.session import Session  # noqa: E402
from agent_desktop.sim import Simulator  # noqa: E402
from tests import helpers  # noqa: E402
from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401
from tests.sim_session import control, running_sim  # noqa: E402, F401

TEAM = tuple(f"agent{ext}" for ext in range(101, 111))






@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    async with running_sim(helpers.fast_config(seed=5, talk_time=(60.0, 60.0),
                                               cdr_count=60)) as simulator:
        yield simulator


class Config:
    """The settings the board reads each round; a test edits ``settings`` in place."""

    def __init__(self, team: tuple[str, ...] = ()) -> None:
        self.settings = replace(Settings(), team=team)

    def __call__(self) -> Settings:
        return self.settings


@asynccontextmanager
async def supervisor_floor(sim: Simulator, profile: Path, config: Config, poll: float = 0.05,
                           **options: Any) -> AsyncIterator[AgentBoard]:
    """The supervisor logged in, the live-call poller running, and an agent board (not started);
    everything stopped and logged out afterwards. Made inside the test body, as tests/ui does:
    requests of a session logged in by an async fixture hang in the test, waiting for the
    connection pool's lock."""
    paths = Paths.resolve(profile)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    await session.login(sim.url, "supervisor", "demo123")
    poller = LiveCallPoller(session, interval=poll)
    poller.start()
    options.setdefault("status_interval", 0.2)
    options.setdefault("cdr_interval", 0.5)
    board = AgentBoard(session, poller, config, **options)
    try:
        yield board
    finally:
        board.stop()
        poller.stop()
        await session.logout()
