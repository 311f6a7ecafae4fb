"""Sleep / resume and network down / up in the running app (tests/ui/app_harness.py) against the
simulator: it reconnects, refreshes its token when it must, and catches up the missed calls.

The poller-level pieces (a clock jump polls at once, a gap is reported, CDRs of a gap are searched)
are in tests/ui/test_live_calls.py; these tests put them together in the whole app with the things
a laptop lid or a lost Wi-Fi really bring along: an expired token and a call that rang meanwhile."""

from __future__ import annotations

import io
import time
from pathlib import Path

import httpx
import pytest

from agent_desktop.cli import parse
from agent_desktop.core.live_calls import Backoff
from agent_desktop.core.session import Connection
from agent_desktop.sim import Simulator
from tests.helpers import fast_config, until
from tests.ui.app_harness import running_app


@pytest.fixture
async def sim():
    simulator = Simulator(fast_config(seed=5, talk_time=(60.0, 60.0), cdr_count=60))
    await simulator.start(host="127.0.0.1", port=0)
    yield simulator
    await simulator.stop()


@pytest.fixture
async def control(sim: Simulator):
    async with httpx.AsyncClient(base_url=sim.url, timeout=10) as http:
        yield http


async def start_app(sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                    interval: str):
    monkeypatch.setattr("sys.stdin", io.StringIO("demo123\n"))
    options = parse(["--server", sim.url, "--username", "agent101", "--password-stdin",
                     "--poll-interval", interval])
    return running_app(options, tmp_path / "p")


async def requests(control: httpx.AsyncClient, path: str) -> list[dict]:
    return (await control.get("/_sim/requests", params={"path": path})).json()["requests"]


async def test_after_a_sleep_it_polls_at_once_renews_the_token_and_finds_the_missed_call(
        sim: Simulator, control: httpx.AsyncClient, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    async with await start_app(sim, tmp_path, monkeypatch, "30") as app:
        # the poller's wall clock, which a sleep moves on while the monotonic one stands still
        jump = [0.0]
        app.poller._wall = lambda: time.time() + jump[0]
        await until(lambda: app.session.logged_in and app.poller.polls >= 1)
        polls = app.poller.polls
        await control.delete("/_sim/requests")
        # Asleep (nothing of the app runs): a call rings for me and ends, the token runs out,
        # and ten minutes pass on the wall clock.
        call = sim.engine.inbound("101", "0966123456")
        sim.engine.hangup(call.id, "ORIGINATOR_CANCEL")
        sim.tokens.expire_all()
        jump[0] = 600.0
        # awake: a poll at once (the interval is 30 s), with one new token
        await until(lambda: app.poller.polls > polls, timeout=8)
        await until(lambda: app.incoming.missed, timeout=8)
        missed = app.incoming.missed
        assert [(m.number, m.source) for m in missed] == [("0966123456", "history")]
        assert app.incoming.unseen == 1 and "0966 123 456" in app.missed_panel.list.item(0).text()
        assert app.session.connection is Connection.ONLINE
        auth = await requests(control, "/v2/auth/token")
        assert len(auth) == 1 and auth[0]["status"] == 200
        calls = await requests(control, "/v2/call")
        assert calls[-1]["status"] == 200
        # once: the next poll and another search of the same time find nothing new
        polls = app.poller.polls
        app.poller.poll_now()
        await until(lambda: app.poller.polls > polls)
        await app.incoming.catch_up(time.time() - 120, time.time())
        assert len(app.incoming.missed) == 1 and app.alerts.stack.popups() == []
        assert len(await requests(control, "/v2/auth/token")) == 1


async def test_network_down_then_up_reconnects_at_once_and_catches_up(
        sim: Simulator, control: httpx.AsyncClient, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    async with await start_app(sim, tmp_path, monkeypatch, "1") as app:
        await until(lambda: app.session.logged_in and app.poller.polls >= 1)
        app.poller.backoff = Backoff(base=2, cap=30, rng=lambda: 0.999)  # 2, 4, 8 … s
        # the network goes: every connection breaks
        await control.post("/_sim/faults", json={"reset_rate": 1.0})
        await until(lambda: app.poller.backoff.failures >= 3, timeout=15)
        assert app.session.connection is Connection.FAILING
        assert app.window.connection_label.text().startswith("Offline — retrying in")
        # meanwhile a call rings for me and ends, and the token runs out
        call = sim.engine.inbound("101", "0977654321")
        sim.engine.hangup(call.id, "ORIGINATOR_CANCEL")
        sim.tokens.expire_all()
        await control.delete("/_sim/requests")
        waiting = app.poller.retry_in()
        assert waiting is not None and waiting > 4  # the backoff would wait this long…
        # …but the network is back and the system says so
        await control.delete("/_sim/faults")
        back = time.monotonic()
        app.poller.network_online()
        await until(lambda: app.session.connection is Connection.ONLINE, timeout=4)
        assert time.monotonic() - back < min(waiting, 3.0)
        await until(lambda: app.window.connection_label.text().startswith("Connected to"))
        await until(lambda: app.incoming.missed, timeout=8)
        assert [(m.number, m.source) for m in app.incoming.missed] == [("0977654321", "history")]
        assert len(await requests(control, "/v2/auth/token")) == 1
        polls = app.poller.polls
        await until(lambda: app.poller.polls >= polls + 2)
        assert len(app.incoming.missed) == 1


async def test_network_online_while_healthy_sends_nothing_extra(
        sim: Simulator, control: httpx.AsyncClient, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    async with await start_app(sim, tmp_path, monkeypatch, "30") as app:
        await until(lambda: app.session.logged_in and app.poller.polls >= 1)
        await control.delete("/_sim/requests")
        app.poller.network_online()  # a Wi-Fi hand-over while all is well: no extra poll
        await until(lambda: app.poller._task is None or app.poller._task.done())
        assert await requests(control, "/v2/call") == []
