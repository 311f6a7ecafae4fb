"""The OMICall auto-call view's tests: offscreen Qt on a qasync loop, against the simulator.

``Desk`` is what the app builds for an OMICall account: a real Session logged in with
``vendor="omicall"`` at ``{sim}/omicall`` (extension 101, the demo tenant's API key), an AutoCall
and an AutoCallView, and a client for the simulator's control API (``/_sim/omicall`` to change the
plan, balance or the next error; ``/_sim/requests`` to see what the app really sent). A test opens
it with ``async with desks() as desk:`` so the session lives inside the test's own coroutine.
"""

from __future__ import annotations

import contextlib
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import AsyncIterator, Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from agent_desktop.config import Paths, Settings, SettingsStore  # noqa: E402
from agent_desktop.core.auto_call import AutoCall  # noqa: E402
from agent_desktop.core.secrets import SecretStore  # noqa: E402
from agent_desktop.core.session import Session  # noqa: E402
from agent_desktop.sim import Simulator  # noqa: E402
from agent_desktop.sim.omicall import demo_api_key  # noqa: E402
from agent_desktop.ui.auto_call_view import AutoCallView  # noqa: E402
from tests import helpers  # noqa: E402
from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401
from tests.sim_session import control, wait  # noqa: E402, F401

BY_PHONE = "/omicall/api/auto_call/execute_by_phone"
BY_EXTENSION = "/omicall/api/auto_call/execute_by_extension"


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(helpers.fast_config(seed=8, talk_time=(120.0, 120.0), cdr_count=5))
    await simulator.start(host="127.0.0.1", port=0)
    yield simulator
    await simulator.stop()


class Desk:
    def __init__(self, sim: Simulator, session: Session, control: httpx.AsyncClient,
                 qtbot: QtBot) -> None:
        self.sim, self.session, self.control = sim, session, control
        self.auto_call = AutoCall(session)
        self.events: list[tuple[Any, ...]] = []
        for name in ("started", "progress", "targetDone", "finished", "refused"):
            getattr(self.auto_call, name).connect(
                lambda *args, n=name: self.events.append((n, *args)))
        self.view = AutoCallView(self.auto_call)
        qtbot.addWidget(self.view)
        self.view.resize(1100, 760)

    def names(self) -> list[str]:
        return [event[0] for event in self.events]

    def results(self) -> list[Any]:
        return [event[1] for event in self.events if event[0] == "targetDone"]

    async def finished(self) -> Any:
        await wait(lambda: "finished" in self.names())
        return next(e[1] for e in self.events if e[0] == "finished")

    async def requests(self, path: str) -> list[dict[str, Any]]:
        return (await self.control.get("/_sim/requests",
                                       params={"path": path})).json()["requests"]

    async def omicall(self, **changes: Any) -> dict[str, Any]:
        if changes:
            answer = await self.control.post("/_sim/omicall", json=changes)
            assert answer.status_code == 200, answer.text
            return answer.json()
        return (await self.control.get("/_sim/omicall")).json()

    def table(self) -> list[list[str]]:
        table = self.view.results
        return [[table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())]


@contextlib.asynccontextmanager
async def open_desk(sim: Simulator, tmp_path: Path, qtbot: QtBot,
                    control: httpx.AsyncClient) -> AsyncIterator[Desk]:
    paths = Paths.resolve(tmp_path / "omicall")
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    await session.login(sim.url + "/omicall", "101", demo_api_key(sim.tenant),
                        vendor="omicall")
    desk = Desk(sim, session, control, qtbot)
    await control.delete("/_sim/requests")
    try:
        yield desk
    finally:
        await session.logout()


Desks = Callable[[], contextlib.AbstractAsyncContextManager[Desk]]


@pytest.fixture
def desks(sim: Simulator, tmp_path: Path, qtbot: QtBot, control: httpx.AsyncClient) -> Desks:
    return lambda: open_desk(sim, tmp_path, qtbot, control)
