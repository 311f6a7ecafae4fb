"""Fixtures for contract tests: a simulator on 127.0.0.1 and clients logged in to it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest

from agent_desktop.pbx import Tel4vnClient
from agent_desktop.sim import SimConfig, Simulator

PASSWORD = "demo123"


def fast_config(**changes: object) -> SimConfig:
    """Timings short enough for tests; calls stay up long enough to be looked at."""
    base = dict(seed=7, token_ttl=3600.0, agent_answer_delay=0.05, customer_answer_delay=0.05,
                customer_answer_probability=1.0, talk_time=(60.0, 60.0), ring_timeout=5.0,
                traffic=False, cdr_count=120)
    base.update(changes)
    return SimConfig(**base)  # type: ignore[arg-type]


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


async def until(predicate: Callable[[], Awaitable[bool]], timeout: float = 5.0) -> None:
    """Wait for an async condition without fixed sleeps: poll it until it holds or time runs out."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)
