"""The supervisor panel's tests: offscreen Qt on a qasync loop, against the simulator.

Async tests run on qasync's Qt event loop (pytest-asyncio's loop-factory hook), so QTimers fire
and the app's coroutines run as they do for users; they wait with ``wait`` (``tests.helpers.until``
with a longer limit), never with qtbot's blocking waits. ``Floor`` is what the app builds for a
supervisor: a real Session, LiveCallPoller, LiveCallModel, SupervisorActions and SupervisorPanel
on the simulator, and a client for the simulator's control API to script calls and read the
request log. A test opens it with ``async with floors(user) as floor:`` so that nothing polls
outside the test's coroutine.
"""

from __future__ import annotations

import contextlib
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import AsyncIterator, Callable  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from agent_desktop.config import Paths, Settings, SettingsStore  # noqa: E402
from agent_desktop.core.live_calls import LiveCallPoller  # noqa: E402
from agent_desktop.core.secrets import SecretStore  # noqa: E402
from agent_desktop.core.session import Session  # noqa: E402
from agent_desktop.core.supervisor import SupervisorActions  # noqa: E402
from agent_desktop.sim import Simulator  # noqa: E402
from agent_desktop.ui.call_model import LiveCallModel  # noqa: E402
from agent_desktop.ui.supervisor_panel import SupervisorPanel  # noqa: E402
from tests import helpers  # noqa: E402
from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401
from tests.helpers import until  # noqa: E402

WAIT = 20.0  # seconds a test waits for the simulator and the poller before it fails


async def wait(predicate: Callable[[], Any], timeout: float = WAIT) -> Any:
    """``tests.helpers.until`` with room for a busy machine (it returns as soon as it can)."""
    return await until(predicate, timeout)






@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(helpers.fast_config(seed=5, talk_time=(120.0, 120.0), cdr_count=10))
    await simulator.start(host="127.0.0.1", port=0)
    yield simulator
    await simulator.stop()


class Floor:
    """A logged-in app's supervisor parts on the simulator, and the simulator's control API."""

    def __init__(self, sim: Simulator, session: Session, control: httpx.AsyncClient,
                 qtbot: QtBot) -> None:
        self.sim, self.session, self.control = sim, session, control
        self.settings = Settings()
        self.poller = LiveCallPoller(session, interval=0.05)
        self.model = LiveCallModel()
        self.poller.updated.connect(self.model.apply)
        self.actions = SupervisorActions(session, self.poller)
        self.events: list[tuple[Any, ...]] = []
        for name in ("started", "done", "failed"):
            getattr(self.actions, name).connect(
                lambda *args, n=name: self.events.append((n, *args)))
        self.actions.monitoringChanged.connect(lambda: self.events.append(("monitoringChanged",)))
        self.panel = SupervisorPanel(self.model, self.actions, lambda: self.settings, self.agents)
        qtbot.addWidget(self.panel)
        self.panel.resize(980, 420)

    def agents(self) -> list[tuple[str, str, bool | None]]:
        return [(u.extension, u.agent_name, u.ext_loggedin) for u in self.sim.tenant.users
                if u.level == "user"]

    def names(self) -> list[str]:
        return [event[0] for event in self.events]

    def last(self, name: str) -> tuple[Any, ...]:
        return next(event for event in reversed(self.events) if event[0] == name)

    async def requests(self, path: str = "", method: str = "POST") -> list[dict[str, Any]]:
        params = {"method": method}
        if path:
            params["path"] = path
        return (await self.control.get("/_sim/requests", params=params)).json()["requests"]

    async def action_requests(self) -> list[dict[str, Any]]:
        """Every call action the simulator received (POST /v2/call/...)."""
        return [r for r in await self.requests() if r["path"].startswith("/v2/call/")]

    async def live(self) -> list[dict[str, Any]]:
        """``GET /v2/call`` as the supervisor sees it (not in the request log's way: direct)."""
        return [vars(c) for c in (await self.session.client.list_calls()).data]

    async def talking_call(self, ext: str = "101", caller: str = "0899098899") -> str:
        """An inbound call answered by ``ext``; its id once the panel's model shows it talking."""
        answer = (await self.control.post("/_sim/calls/inbound",
                                          json={"to": ext, "from": caller})).json()
        call_id = answer["call_id"]
        await self.control.post(f"/_sim/calls/{call_id}/answer", json={})
        await wait(lambda: (row := self.model.row_of(call_id)) is not None
                    and self.model.call_at(row).state == "CS_EXCHANGE_MEDIA")
        return call_id

    async def hang_up(self, call_id: str) -> None:
        await self.control.post(f"/_sim/calls/{call_id}/hangup", json={})

    async def start(self) -> None:
        self.poller.start()
        await wait(lambda: self.poller.polls >= 1)
        await self.control.delete("/_sim/requests")

    def pretend_admin(self) -> None:
        """Make the local check pass for an agent account: the server still knows better."""
        assert self.session.account is not None
        self.session.account = replace(self.session.account, level="admin")


@contextlib.asynccontextmanager
async def open_floor(sim: Simulator, tmp_path: Path, qtbot: QtBot, control: httpx.AsyncClient,
                     user: str) -> AsyncIterator[Floor]:
    paths = Paths.resolve(tmp_path / user)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    await session.login(sim.url, user, "demo123")
    floor = Floor(sim, session, control, qtbot)
    try:
        await floor.start()
        yield floor
    finally:
        floor.poller.stop()
        await session.logout()


Floors = Callable[[str], contextlib.AbstractAsyncContextManager[Floor]]


@pytest.fixture
async def control(sim: Simulator) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=sim.url, timeout=10) as http:
        yield http


@pytest.fixture
def floors(sim: Simulator, tmp_path: Path, qtbot: QtBot, control: httpx.AsyncClient) -> Floors:
    """``async with floors("supervisor") as floor:`` inside the test. The session and the poller
    live only inside the test's own coroutine: between pytest's phases pytest-qt runs Qt events
    while no asyncio loop is running, and a poll stepped then dies (anyio finds no loop)."""
    return lambda user: open_floor(sim, tmp_path, qtbot, control, user)
