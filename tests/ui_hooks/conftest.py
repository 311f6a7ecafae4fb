"""The event-hooks view's tests: offscreen Qt on a qasync loop, against the simulator.

Async tests run on qasync's Qt event loop (pytest-asyncio's loop-factory hook) and wait with
``wait`` (``tests.helpers.until``), never with qtbot's blocking waits. ``Desk`` is what the app
builds for a supervisor: a real Session logged in over HTTP, ``EventHooks`` and ``HooksView`` on
the simulator, with an injectable receiver target and delete confirmation, and the simulator's
request log to tell what the app really sent. A test opens it with
``async with desks(user) as desk:`` so that the session lives inside the test's coroutine.
"""

from __future__ import annotations

import contextlib
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import AsyncIterator, Callable  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from agent_desktop.core.event_hooks import EventHooks  # noqa: E402
from agent_desktop.core.session import Session  # noqa: E402
from agent_desktop.sim import Simulator  # noqa: E402
from agent_desktop.sim.tenant import EventHook  # noqa: E402
from agent_desktop.ui.hooks_view import HooksView  # noqa: E402
from tests import helpers  # noqa: E402
from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401
from tests.sim_session import logged_in, wait  # noqa: E402

RECEIVER_URL = "http://192.168.1.20:8765/events"
RECEIVER_KEY = "receiver-key-7f3a9c"


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    simulator = Simulator(helpers.fast_config(seed=5, cdr_count=5))
    await simulator.start(host="127.0.0.1", port=0)
    yield simulator
    await simulator.stop()


class Desk:
    """A logged-in app's event-hook parts on the simulator."""

    def __init__(self, sim: Simulator, session: Session, qtbot: QtBot) -> None:
        self.sim, self.session = sim, session
        self.receiver: tuple[str, str] | None = (RECEIVER_URL, RECEIVER_KEY)
        self.questions: list[str] = []
        self.answer = True  # what the injected confirmation says
        self.hooks = EventHooks(session)
        self.signals: list[tuple[Any, ...]] = []
        for name in ("changed", "failed", "done", "busy"):
            getattr(self.hooks, name).connect(
                lambda *args, n=name: self.signals.append((n, *args)))
        self.view = HooksView(self.hooks, lambda: self.receiver, self.confirm)
        qtbot.addWidget(self.view)
        self.view.resize(900, 560)

    def confirm(self, question: str) -> bool:
        self.questions.append(question)
        return self.answer

    def sent(self, method: str = "") -> list[dict[str, Any]]:
        """The requests to ``/v1/event…`` the simulator received, oldest first."""
        return [entry for entry in self.sim.requests.select(method=method)
                if entry["path"].startswith("/v1/event")]

    def add_sim_hook(self, hook_id: str, event: str, url: str, key: str = "") -> None:
        self.sim.tenant.hooks.append(EventHook(hook_id, event, url, key))

    def sim_hooks(self) -> list[tuple[str, str, str]]:
        return [(h.event_name, h.callback_url, h.callback_apikey) for h in self.sim.tenant.hooks]

    async def settle(self) -> None:
        """Wait until no round of requests is under way."""
        await wait(lambda: not self.hooks.is_busy)

    async def load(self) -> None:
        self.view.refresh()
        await wait(lambda: self.hooks.loaded and not self.hooks.is_busy)

    def pretend_admin(self) -> None:
        """Make the local check pass for an agent account: the server still knows better."""
        assert self.session.account is not None
        self.session.account = replace(self.session.account, level="admin")


@contextlib.asynccontextmanager
async def open_desk(sim: Simulator, tmp_path: Path, qtbot: QtBot, user: str) -> AsyncIterator[Desk]:
    async with logged_in(sim, tmp_path, user) as session:
        desk = Desk(sim, session, qtbot)
        sim.requests.entries.clear()
        yield desk


Desks = Callable[[str], contextlib.AbstractAsyncContextManager[Desk]]


@pytest.fixture
def desks(sim: Simulator, tmp_path: Path, qtbot: QtBot) -> Desks:
    """``async with desks("supervisor") as desk:`` inside the test."""
    return lambda user: open_desk(sim, tmp_path, qtbot, user)
