"""The Campaigns view's tests: offscreen Qt on a qasync loop, against the simulator.

``Desk`` is what the app builds for the Campaigns tab: a real logged-in Session, ``Campaigns``
(its remembered queues in the test's own data folder) and ``CampaignsView`` on the simulator, the
signals the core emitted, and the simulator's control API to read its request log and its queues.
A test opens it with ``async with desks("supervisor") as desk:`` so that the session lives inside
the test's own coroutine. ``write_csv`` writes a customer file as a spreadsheet would save it.
"""

from __future__ import annotations

import contextlib
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import AsyncIterator, Callable, Sequence  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from agent_desktop.core.campaigns import Campaigns  # noqa: E402
from agent_desktop.core.session import Session  # noqa: E402
from agent_desktop.sim import Simulator  # noqa: E402
from agent_desktop.ui.campaigns_view import CampaignsView  # noqa: E402
from tests import helpers  # noqa: E402
from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401
from tests.sim_session import control, logged_in, wait  # noqa: E402, F401

QUEUE_PATHS = ("/v2/autodialer/queue", "/v2/autocall/queue")


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    # Customers do not answer: a running queue's calls (if the simulator dials them) stay short.
    simulator = Simulator(helpers.fast_config(seed=4, cdr_count=5,
                                              customer_answer_probability=0.0))
    await simulator.start(host="127.0.0.1", port=0)
    yield simulator
    await simulator.stop()


def write_csv(path: Path, rows: Sequence[Sequence[str]], delimiter: str = ";",
              bom: bool = True) -> Path:
    """A CSV file as Excel's "CSV UTF-8" saves it (with a BOM) or as a plain UTF-8 file."""
    text = "\r\n".join(delimiter.join(cells) for cells in rows) + "\r\n"
    path.write_text(text, encoding="utf-8-sig" if bom else "utf-8")
    return path


class Desk:
    """A logged-in app's Campaigns tab on the simulator, and the simulator's control API."""

    def __init__(self, sim: Simulator, session: Session, control: httpx.AsyncClient,
                 qtbot: QtBot, store: Path) -> None:
        self.sim, self.session, self.control, self.store = sim, session, control, store
        self.campaigns = Campaigns(session, store)
        self.view = CampaignsView(self.campaigns)
        qtbot.addWidget(self.view)
        self.view.resize(1200, 760)
        self.events: list[tuple[Any, ...]] = []
        for name in ("sent", "sendFailed", "actionStarted", "actionDone", "actionFailed"):
            getattr(self.campaigns, name).connect(
                lambda *args, n=name: self.events.append((n, *args)))

    @property
    def importer(self):  # noqa: ANN201
        return self.view.importer

    @property
    def queues(self):  # noqa: ANN201
        return self.view.queues

    def names(self) -> list[str]:
        return [event[0] for event in self.events]

    def last(self, name: str) -> tuple[Any, ...]:
        return next(event for event in reversed(self.events) if event[0] == name)

    async def requests(self, path: str = "", method: str = "POST") -> list[dict[str, Any]]:
        params = {"method": method}
        if path:
            params["path"] = path
        return (await self.control.get("/_sim/requests", params=params)).json()["requests"]

    async def queue_requests(self) -> list[dict[str, Any]]:
        """Every dialer-queue request the simulator received."""
        return [r for r in await self.requests() if r["path"].startswith(QUEUE_PATHS)]

    async def sim_queue(self, kind: str, code: str) -> dict[str, Any] | None:
        state = (await self.control.get("/_sim/state")).json()
        return next((q for q in state["queues"] if q["kind"] == kind and q["queue_code"] == code),
                    None)

    async def settled(self) -> None:
        """Wait until the send and every queue action have their answer."""
        await wait(lambda: not self.campaigns.sending and not any(
            self.campaigns.busy(r.kind, r.queue_code) for r in self.campaigns.queues()))

    def status_texts(self) -> list[str]:
        model = self.importer.model
        return [model.status(row) for row in range(model.rowCount())]

    def pretend_admin(self) -> None:
        """Make the local check pass for an agent account: the server still knows better."""
        assert self.session.account is not None
        self.session.account = replace(self.session.account, level="admin")


@contextlib.asynccontextmanager
async def open_desk(sim: Simulator, tmp_path: Path, qtbot: QtBot, control: httpx.AsyncClient,
                    user: str) -> AsyncIterator[Desk]:
    async with logged_in(sim, tmp_path, user) as session:
        await control.delete("/_sim/requests")
        yield Desk(sim, session, control, qtbot, tmp_path / user / "data" / "campaign-queues.json")


Desks = Callable[[str], contextlib.AbstractAsyncContextManager[Desk]]


@pytest.fixture
def desks(sim: Simulator, tmp_path: Path, qtbot: QtBot, control: httpx.AsyncClient) -> Desks:
    """``async with desks("supervisor") as desk:`` inside the test."""
    return lambda user: open_desk(sim, tmp_path, qtbot, control, user)
