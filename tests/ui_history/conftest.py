"""The History tab's tests: offscreen Qt on a qasync loop, against the simulator.

The simulator starts with no seeded call history; ``known_cdrs`` puts a known set into its tenant
(45 calls over the last day and a half, every direction and status, three customers, four
extensions, answered calls with recordings; and three calls ten days ago), so every test can say
exactly which rows a filter must show. ``Desk`` is what the app builds for the tab: a real Session
logged in over HTTP, a CdrHistory and a HistoryView; it reads the simulator's request log and
counts how many CDR requests were in flight at once. Open it inside the test with
``async with desks() as desk:`` so that nothing runs outside the test's coroutine.
"""

from __future__ import annotations

import contextlib
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import AsyncIterator, Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from agent_desktop.core.history import CdrHistory  # noqa: E402
from agent_desktop.core.session import Session  # noqa: E402
from agent_desktop.sim import Simulator  # noqa: E402
from agent_desktop.sim.tenant import CDR_STATUSES, Cdr  # noqa: E402
from agent_desktop.ui.history_model import CDR_ROLE  # noqa: E402
from agent_desktop.ui.history_view import HistoryView  # noqa: E402
from tests import helpers  # noqa: E402
from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401
from tests.sim_session import control, logged_in, wait  # noqa: E402, F401

CUSTOMERS = ("0899888999", "0912345678", "0387654321")
EXTENSIONS = ("101", "102", "103", "104")
DIRECTIONS = ("inbound", "outbound", "local")
HOTLINE = "19001919"
KNOWN = 45


def known_cdrs(now: datetime) -> list[Cdr]:
    """The tenant's call history for these tests, newest first."""
    cdrs = []
    for i in range(KNOWN):
        direction = DIRECTIONS[i % 3]
        status = CDR_STATUSES[i % len(CDR_STATUSES)]
        ext = EXTENSIONS[i % 4]
        customer = CUSTOMERS[i % 3]
        started = (now - timedelta(minutes=10 + 43 * i)).replace(microsecond=0)
        duration = 5 + 7 * i
        if direction == "inbound":
            from_number, to_number = customer, ext
        elif direction == "outbound":
            from_number, to_number = HOTLINE, customer
        else:
            from_number, to_number = ext, EXTENSIONS[(i + 1) % 4]
        answered = started + timedelta(seconds=3) if status == "answered" else None
        cdrs.append(Cdr(
            id=f"cdr-{i:03d}", sip_call_id=f"sip-{i:03d}@pbx", direction=direction,
            status=status, cause="NORMAL_CLEARING" if answered else "NO_ANSWER", extension=ext,
            from_number=from_number, to_number=to_number, receive_dest="",
            started=started, ring_at=started + timedelta(seconds=1), answered=answered,
            ended=started + timedelta(seconds=duration),
            customer_id=f"KH{i % 3 + 1:04d}" if direction != "local" else "",
            has_recording=status == "answered"))
    for i in range(3):  # outside the default seven days
        started = (now - timedelta(days=10, minutes=5 * i)).replace(microsecond=0)
        cdrs.append(Cdr(
            id=f"old-{i}", sip_call_id=f"old-sip-{i}", direction="outbound", status="busy",
            cause="USER_BUSY", extension="101", from_number=HOTLINE, to_number=CUSTOMERS[0],
            receive_dest="", started=started, ring_at=None, answered=None,
            ended=started + timedelta(seconds=9)))
    return cdrs


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(helpers.fast_config(seed=7, cdr_count=0))
    for cdr in known_cdrs(datetime.now()):
        simulator.tenant.add_cdr(cdr)
    await simulator.start(host="127.0.0.1", port=0)
    yield simulator
    await simulator.stop()


class Desk:
    """A logged-in session's History tab on the simulator, and the simulator's control API."""

    def __init__(self, sim: Simulator, session: Session, control: httpx.AsyncClient,
                 qtbot: QtBot, page_size: int) -> None:
        self.sim, self.session, self.control = sim, session, control
        self.history = CdrHistory(session, page_size=page_size)
        self.view = HistoryView(self.history, "VN")
        qtbot.addWidget(self.view)
        self.view.resize(1100, 600)
        self.dialed: list[str] = []
        self.played: list[Any] = []
        self.view.dialRequested.connect(self.dialed.append)
        self.view.playRequested.connect(self.played.append)
        self.in_flight = 0
        self.most_in_flight = 0
        self._count_in_flight()

    def _count_in_flight(self) -> None:
        """Wrap the client's list_cdrs to see how many requests overlap."""
        client = self.session.client
        assert client is not None
        real = client.list_cdrs

        async def counted(query: Any) -> Any:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            try:
                return await real(query)
            finally:
                self.in_flight -= 1

        client.list_cdrs = counted  # type: ignore[method-assign]

    # --- the simulator --------------------------------------------------------------------

    async def requests(self, path: str = "/v2/cdr") -> list[dict[str, Any]]:
        answer = await self.control.get("/_sim/requests", params={"path": path, "method": "GET"})
        return [r for r in answer.json()["requests"] if r["path"] == path]

    async def forget_requests(self) -> None:
        await self.control.delete("/_sim/requests")

    def expected(self, keep: Callable[[Cdr], bool] = lambda c: True,
                 days: int = 7) -> list[str]:
        """The ids the tab must show, newest first: the tenant's calls of the last ``days`` days
        (today included) that ``keep`` accepts."""
        first = datetime.combine(datetime.now().date() - timedelta(days=days - 1),
                                 datetime.min.time())
        rows = [c for c in self.sim.tenant.cdrs if c.started >= first and keep(c)]
        return [c.id for c in sorted(rows, key=lambda c: (c.started, c.id), reverse=True)]

    # --- the tab --------------------------------------------------------------------------

    def shown_ids(self) -> list[str]:
        model = self.view.model
        return [model.index(row, 0).data(CDR_ROLE).id for row in range(model.rowCount())]

    async def show(self) -> None:
        self.view.show()
        await wait(lambda: self.history.loaded and not self.history.loading)

    async def settled(self) -> None:
        await wait(lambda: (self.history.loaded or self.history.error)
                   and not self.history.loading)


@contextlib.asynccontextmanager
async def open_desk(sim: Simulator, tmp_path: Path, qtbot: QtBot, control: httpx.AsyncClient,
                    user: str, page_size: int) -> AsyncIterator[Desk]:
    async with logged_in(sim, tmp_path, user) as session:
        await control.delete("/_sim/requests")
        desk = Desk(sim, session, control, qtbot, page_size)
        try:
            yield desk
        finally:
            if desk.view.detail is not None:
                desk.view.detail.reject()


Desks = Callable[..., contextlib.AbstractAsyncContextManager[Desk]]


@pytest.fixture
def desks(sim: Simulator, tmp_path: Path, qtbot: QtBot, control: httpx.AsyncClient) -> Desks:
    """``async with desks(page_size=10) as desk:`` inside the test (agent101 by default)."""
    return lambda user="agent101", page_size=50: open_desk(sim, tmp_path, qtbot, control, user,
                                                           page_size)
