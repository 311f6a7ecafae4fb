"""What the suites that drive a tab against the simulator share: a patient wait, a logged-in
session and the simulator's control API.

- ``wait``: ``tests.helpers.until`` with room for a busy machine (it returns as soon as it can).
- ``logged_in(sim, home, user)``: a real ``Session`` logged in over HTTP, its files under
  ``home / user``, logged out when the block ends; open it inside the test's own coroutine.
- ``running_sim(config)``: a simulator on 127.0.0.1 and a free port for the block; a conftest's
  ``sim`` fixture yields it with its own configuration.
- ``control``: a fixture, an HTTP client for the simulator's ``/_sim`` control API (request log,
  faults); a conftest imports it next to its own ``sim`` fixture.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent_desktop.config import Paths, Settings, SettingsStore
from agent_desktop.core.secrets import SecretStore
from agent_desktop.core.session import Session
from agent_desktop.sim import SimConfig, Simulator
from tests.helpers import until

WAIT = 20.0  # seconds a test waits for the simulator before it fails


async def wait(predicate: Callable[[], Any], timeout: float = WAIT) -> Any:
    """``tests.helpers.until`` with room for a busy machine (it returns as soon as it can)."""
    return await until(predicate, timeout)


@contextlib.asynccontextmanager
async def logged_in(sim: Simulator, home: Path, user: str,
                    password: str = "demo123") -> AsyncIterator[Session]:
    """``user`` logged in to the simulator for the block, with settings under ``home / user``."""
    paths = Paths.resolve(home / user)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    await session.login(sim.url, user, password)
    try:
        yield session
    finally:
        await session.logout()


@contextlib.asynccontextmanager
async def running_sim(config: SimConfig) -> AsyncIterator[Simulator]:
    """A simulator with ``config`` on 127.0.0.1 and a free port, stopped when the block ends."""
    simulator = Simulator(config)
    await simulator.start(host="127.0.0.1", port=0)
    try:
        yield simulator
    finally:
        await simulator.stop()


@pytest.fixture
async def control(sim: Simulator) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=sim.url, timeout=10) as http:
        yield http
