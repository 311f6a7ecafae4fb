"""Fixtures for the simulator's tests: a fast simulator on a free 127.0.0.1 port, a plain httpx
client, bearer headers for the supervisor and an agent, a webhook receiver, a polling `until`,
and the docs' JSON examples to compare response shapes against.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from aiohttp import web

from agent_desktop.sim import SimConfig, Simulator
from tests.doc_examples import assert_same_shape, json_examples
from tests.helpers import fast_config
from tests.helpers import until as until_
from tests.sim_session import running_sim



def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sim(**settings): SimConfig settings for this test's simulator")


@pytest.fixture
def sim_config(request: pytest.FixtureRequest) -> SimConfig:
    """`fast_config()` with the settings of the test's `@pytest.mark.sim(...)`."""
    marker = request.node.get_closest_marker("sim")
    return fast_config(**(marker.kwargs if marker else {}))


@pytest.fixture
async def sim(sim_config: SimConfig) -> AsyncIterator[Simulator]:
    async with running_sim(sim_config) as simulator:
        yield simulator


@pytest.fixture
async def http(sim: Simulator) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=sim.url, timeout=10.0) as client:
        yield client


async def bearer(http: httpx.AsyncClient, username: str) -> dict[str, str]:
    r = await http.post("/v1/auth", json={"username": username, "password": "demo123"})
    assert r.status_code == 200, r.text
    r = await http.post("/v2/auth/token", json={"api_key": r.json()["data"]["api_key"]})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['data']['token']}"}


@pytest.fixture
def login(http: httpx.AsyncClient) -> Callable[[str], Awaitable[dict[str, str]]]:
    async def _login(username: str) -> dict[str, str]:
        return await bearer(http, username)

    return _login


@pytest.fixture
async def admin(http: httpx.AsyncClient) -> dict[str, str]:
    """Bearer headers of `supervisor` (level admin, extension 100)."""
    return await bearer(http, "supervisor")


@pytest.fixture
async def agent(http: httpx.AsyncClient) -> dict[str, str]:
    """Bearer headers of `agent101` (level user, extension 101)."""
    return await bearer(http, "agent101")


@pytest.fixture
def until() -> Callable[..., Awaitable[Any]]:
    return until_


# --- webhook receiver ----------------------------------------------------------------------
@dataclass
class Receiver:
    url: str = ""
    fail_first: int = 0  # answer 500 to this many requests first
    received: list[dict[str, Any]] = field(default_factory=list)  # {"headers", "json", "ok"}

    def events(self, state: str | None = None, ok_only: bool = True) -> list[dict[str, Any]]:
        return [r["json"] for r in self.received
                if (not ok_only or r["ok"]) and (state is None or r["json"].get("state") == state)]


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    rec = Receiver()

    async def hook(request: web.Request) -> web.Response:
        body = await request.json()
        ok = len(rec.received) >= rec.fail_first
        rec.received.append({"headers": dict(request.headers), "json": body, "ok": ok,
                             "path": request.path})
        return web.json_response({"ok": ok}, status=200 if ok else 500)

    app = web.Application()
    app.router.add_post("/{tail:.*}", hook)
    runner = web.AppRunner(app, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    rec.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    try:
        yield rec
    finally:
        await runner.cleanup()


# --- the docs' JSON examples ---------------------------------------------------------------
def _doc_examples(name: str) -> dict[str, list[Any]]:
    """JSON examples of a vendor doc, keyed "Section/Heading" and "Heading"."""
    examples: dict[str, list[Any]] = {}
    for ex in json_examples(name):
        examples.setdefault(f"{ex.section}/{ex.heading}", []).append(ex.value)
        examples.setdefault(ex.heading, []).append(ex.value)
    return examples


@pytest.fixture(scope="session")
def doc() -> dict[str, list[Any]]:
    examples = _doc_examples("tel4vn-call-center-api.md")
    for key, values in _doc_examples("tel4vn-click-to-call.md").items():
        examples.setdefault(f"click-to-call/{key}", values)
    return examples


@pytest.fixture
def same_shape() -> Callable[[Any, Any], None]:
    return assert_same_shape
