"""The Customers view's tests: offscreen Qt on a qasync loop, against the simulator.

``Desk`` is what the app builds for the Customers tab: a real logged-in Session, ``Customers`` and
``CustomersView`` on the simulator (demo tenant: two campaigns of 40 customers), the signals the
view emitted, and a client for the simulator's control API to read its request log and inject
faults. A test opens it with ``async with desks("supervisor") as desk:`` so that the session lives
inside the test's own coroutine.
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

from agent_desktop.core.customers import Customers  # noqa: E402
from agent_desktop.core.session import Session  # noqa: E402
from agent_desktop.sim import Simulator  # noqa: E402
from agent_desktop.ui.customers_model import CUSTOMER_ID_ROLE  # noqa: E402
from agent_desktop.ui.customers_view import CustomersView  # noqa: E402
from tests import helpers  # noqa: E402
from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401
from tests.sim_session import control, logged_in, wait  # noqa: E402, F401

@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(helpers.fast_config(seed=3, cdr_count=5))
    await simulator.start(host="127.0.0.1", port=0)
    yield simulator
    await simulator.stop()


class Desk:
    """A logged-in app's Customers tab on the simulator, and the simulator's control API."""

    def __init__(self, sim: Simulator, session: Session, control: httpx.AsyncClient,
                 qtbot: QtBot) -> None:
        self.sim, self.session, self.control = sim, session, control
        self.customers = Customers(session)
        self.view = CustomersView(self.customers, "VN")
        qtbot.addWidget(self.view)
        self.view.resize(1100, 560)
        self.dialed: list[tuple[str, str]] = []
        self.view.dialRequested.connect(lambda phone, cid: self.dialed.append((phone, cid)))
        self.loads = 0
        self.customers.loaded.connect(lambda _page: self._count())

    def _count(self) -> None:
        self.loads += 1

    async def requests(self, path: str = "/v2/customer", method: str = "") -> list[dict[str, Any]]:
        params = {"path": path}
        if method:
            params["method"] = method
        return (await self.control.get("/_sim/requests", params=params)).json()["requests"]

    async def forget_requests(self) -> None:
        await self.control.delete("/_sim/requests")

    async def refreshed(self) -> None:
        """Ask for the current page again and wait until it is shown."""
        before = self.loads
        self.view.refresh()
        await wait(lambda: self.loads > before and not self.customers.loading)

    def shown_ids(self) -> list[str]:
        proxy = self.view.proxy
        return [proxy.index(row, 0).data(CUSTOMER_ID_ROLE) for row in range(proxy.rowCount())]

    def sim_ids(self, campaign: int | None = None) -> list[str]:
        tenant = self.sim.tenant
        return [c.customer_id for c in tenant.customers
                if campaign is None or c.campaign_id == tenant.campaigns[campaign].campaign_id]


@contextlib.asynccontextmanager
async def open_desk(sim: Simulator, tmp_path: Path, qtbot: QtBot, control: httpx.AsyncClient,
                    user: str) -> AsyncIterator[Desk]:
    async with logged_in(sim, tmp_path, user) as session:
        await control.delete("/_sim/requests")
        yield Desk(sim, session, control, qtbot)


Desks = Callable[[str], contextlib.AbstractAsyncContextManager[Desk]]


@pytest.fixture
def desks(sim: Simulator, tmp_path: Path, qtbot: QtBot, control: httpx.AsyncClient) -> Desks:
    """``async with desks("supervisor") as desk:`` inside the test."""
    return lambda user: open_desk(sim, tmp_path, qtbot, control, user)
