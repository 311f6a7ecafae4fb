"""Fixtures for contract tests: a simulator on 127.0.0.1 and clients logged in to it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from agent_desktop.pbx import Tel4vnClient
from agent_desktop.sim import SimConfig, Simulator
from tests import helpers

PASSWORD = "demo123"


def fast_config(**changes: object) -> SimConfig:
    """The shared fast settings; calls talk long enough to be looked at."""
    return helpers.fast_config(**{"seed": 7, "talk_time": (60.0, 60.0), "cdr_count": 120,
                                  **changes})


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(fast_config())
    await simulator.start(host="127.0.0.1", port=0)
    try:
        yield simulator
    finally:
        await simulator.stop()


@pytest.fixture
async def control(sim: Simulator) -> AsyncIterator[httpx.AsyncClient]:
    """A plain HTTP client for the simulator's /_sim control API."""
    async with httpx.AsyncClient(base_url=sim.url, timeout=10) as http:
        yield http


async def logged_in(sim: Simulator, username: str) -> Tel4vnClient:
    client = Tel4vnClient(sim.url)
    await client.login(username, PASSWORD)
    return client


@pytest.fixture
async def agent(sim: Simulator) -> AsyncIterator[Tel4vnClient]:
    client = await logged_in(sim, "agent101")
    yield client
    await client.aclose()


@pytest.fixture
async def admin(sim: Simulator) -> AsyncIterator[Tel4vnClient]:
    client = await logged_in(sim, "supervisor")
    yield client
    await client.aclose()
