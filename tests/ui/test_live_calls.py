"""The live-call poller and the incoming-call rules, against the simulator on the Qt loop."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from agent_desktop.config import Paths, Settings, SettingsStore
from agent_desktop.core.call_diff import CallDiff
from agent_desktop.core.incoming import IncomingCalls
from agent_desktop.core.live_calls import Backoff, LiveCallPoller
from agent_desktop.core.secrets import SecretStore
from agent_desktop.core.session import Connection, Session
from agent_desktop.sim import Simulator
from tests.helpers import until


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    low = Backoff(base=1, cap=30, rng=lambda: 0.0)
    high = Backoff(base=1, cap=30, rng=lambda: 0.999999)
    lows = [low.next_delay() for _ in range(8)]
    highs = [high.next_delay() for _ in range(8)]
    assert lows == [0.5, 1, 2, 4, 8, 15, 15, 15]
    assert [round(h) for h in highs] == [1, 2, 4, 8, 16, 30, 30, 30]
    low.reset()
    assert low.next_delay() == 0.5


async def logged_in(sim: Simulator, tmp_path: Path, user: str = "agent101") -> Session:
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    await session.login(sim.url, user, "demo123")
    return session


@pytest.fixture
async def control(sim: Simulator):
    async with httpx.AsyncClient(base_url=sim.url, timeout=10) as http:
        yield http


async def test_poller_diffs_calls_as_they_come_and_go(sim: Simulator, tmp_path: Path,
                                                      control: httpx.AsyncClient) -> None:
    session = await logged_in(sim, tmp_path)
    poller = LiveCallPoller(session, interval=0.05)
    diffs: list[CallDiff] = []
    poller.updated.connect(diffs.append)
    poller.start()
    await until(lambda: poller.polls >= 1)
    # The call rings until the agent answers it below: a ring of a few ms could come and go
    # between two polls, and then no poll would ever see it change.
    await control.post("/_sim/config", json={"agent_answer_delay": None})
    placed = await session.client.click_to_call("101", "0899098899")
    await until(lambda: any(c.call_id == placed.call_id for d in diffs for c in d.added))
    await control.post(f"/_sim/calls/{placed.call_id}/answer", json={})
    await until(lambda: any(c.call_id == placed.call_id for d in diffs for c in d.changed))
    await control.post(f"/_sim/calls/{placed.call_id}/hangup", json={})
    await until(lambda: any(c.call_id == placed.call_id for d in diffs for c in d.removed))
    assert placed.call_id not in poller.snapshot.calls
    assert session.connection is Connection.ONLINE and session.seconds_since_update() < 1
    poller.stop()
    await session.logout()


async def test_polls_never_overlap_on_a_slow_server(sim: Simulator, tmp_path: Path,
                                                    control: httpx.AsyncClient) -> None:
    session = await logged_in(sim, tmp_path)
    client = session.client
    in_flight = peak = 0
    original = client.list_calls

    async def counting():
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        try:
            return await original()
        finally:
            in_flight -= 1

    client.list_calls = counting  # type: ignore[method-assign]
    await control.post("/_sim/faults", json={"latency": [0.3, 0.3]})
    poller = LiveCallPoller(session, interval=0.02)  # far shorter than a response
    poller.start()
    for _ in range(20):
        poller.poll_now()  # ticks while a poll is in flight are skipped
        await asyncio.sleep(0.02)
    await until(lambda: poller.polls >= 3)
    assert peak == 1
    poller.stop()
    await control.delete("/_sim/faults")
    await session.logout()


async def test_failures_back_off_then_recover_and_report_the_gap(
        sim: Simulator, tmp_path: Path, control: httpx.AsyncClient) -> None:
    session = await logged_in(sim, tmp_path)
    poller = LiveCallPoller(session, interval=0.05, backoff=Backoff(base=0.05, cap=0.2))
    delays: list[float] = []
    gaps: list[tuple[float, float]] = []
    poller.failed.connect(lambda _text, delay: delays.append(delay))
    poller.gapEnded.connect(lambda a, b: gaps.append((a, b)))
    poller.start()
    await until(lambda: poller.polls >= 1)
    await control.post("/_sim/faults", json={"error_rate": 1.0})
    await until(lambda: len(delays) >= 4)
    assert session.connection is Connection.FAILING
    assert "The PBX had a problem" in session.last_error
    assert max(delays) <= 0.2 and delays[3] > delays[0] / 2  # grows, capped
    assert poller.retry_in() is not None
    await control.delete("/_sim/faults")
    await until(lambda: session.connection is Connection.ONLINE, timeout=5)
    assert len(gaps) == 1 and gaps[0][0] < gaps[0][1]
    assert poller.retry_in() is None and poller.backoff.failures == 0
    poller.stop()
    await session.logout()


async def test_a_sleep_makes_it_poll_at_once(sim: Simulator, tmp_path: Path) -> None:
    session = await logged_in(sim, tmp_path)
    wall_offset = [0.0]
    import time as _time

    poller = LiveCallPoller(session, interval=60, wall=lambda: _time.time() + wall_offset[0])
    gaps: list[tuple[float, float]] = []
    poller.gapEnded.connect(lambda a, b: gaps.append((a, b)))
    poller.start()
    await until(lambda: poller.polls == 1)
    wall_offset[0] = 3600  # the machine slept for an hour
    poller._check_clock()
    await until(lambda: poller.polls == 2)  # at once, not after the 60 s interval
    assert len(gaps) == 1 and gaps[0][1] - gaps[0][0] >= 3600
    poller.stop()
    await session.logout()


async def incoming_setup(sim: Simulator, tmp_path: Path, user: str = "agent101",
                         groups: tuple[str, ...] = ()):
    session = await logged_in(sim, tmp_path, user)
    poller = LiveCallPoller(session, interval=0.05)
    incoming = IncomingCalls(session, ring_groups=lambda: groups)
    poller.updated.connect(lambda d: incoming.on_diff(d, poller.snapshot.calls))
    rung: list[str] = []
    stopped: list[tuple[str, str]] = []
    incoming.ringing.connect(lambda call: rung.append(call.call_id))
    incoming.stopped.connect(lambda cid, why: stopped.append((cid, why)))
    poller.start()
    await until(lambda: poller.polls >= 1)
    return session, poller, incoming, rung, stopped


async def test_ring_then_answer_announces_once(sim: Simulator, tmp_path: Path,
                                               control: httpx.AsyncClient) -> None:
    session, poller, incoming, rung, stopped = await incoming_setup(sim, tmp_path)
    call_id = (await control.post("/_sim/calls/inbound",
                                  json={"to": "101", "from": "0912345678"})).json()["call_id"]
    await until(lambda: rung == [call_id])
    for _ in range(5):  # more polls while it rings: still one announcement
        polls = poller.polls
        await until(lambda: poller.polls > polls)
    assert rung == [call_id] and incoming.ringing_calls()[0].source == "0912345678"
    await control.post(f"/_sim/calls/{call_id}/answer", json={})
    await until(lambda: stopped == [(call_id, "answered")])
    await control.post(f"/_sim/calls/{call_id}/hangup", json={})
    polls = poller.polls
    await until(lambda: poller.polls > polls + 2)
    assert rung == [call_id] and incoming.missed == [] and incoming.unseen == 0
    poller.stop()
    await session.logout()


async def test_unanswered_call_is_missed_and_calls_for_others_are_ignored(
        sim: Simulator, tmp_path: Path, control: httpx.AsyncClient) -> None:
    session, poller, incoming, rung, stopped = await incoming_setup(sim, tmp_path)
    other = (await control.post("/_sim/calls/inbound", json={"to": "102"})).json()["call_id"]
    mine = (await control.post("/_sim/calls/inbound",
                               json={"to": "101", "from": "0987654321"})).json()["call_id"]
    await until(lambda: rung == [mine])
    await control.post(f"/_sim/calls/{mine}/hangup", json={"cause": "ORIGINATOR_CANCEL"})
    await until(lambda: incoming.unseen == 1)
    assert stopped == [(mine, "ended")] and other not in rung
    assert incoming.missed[0].number == "0987654321" and incoming.missed[0].source == "live"
    incoming.mark_seen()
    assert incoming.unseen == 0 and len(incoming.missed) == 1
    poller.stop()
    await session.logout()


async def test_ring_group_answered_by_a_colleague_is_not_missed(
        sim: Simulator, tmp_path: Path, control: httpx.AsyncClient) -> None:
    session, poller, incoming, rung, stopped = await incoming_setup(sim, tmp_path)
    call = (await control.post("/_sim/calls/inbound",
                               json={"to": "600", "from": "0977111222"})).json()
    await until(lambda: len(rung) == 1)
    await control.post(f"/_sim/calls/{call['call_id']}/answer", json={"ext": "103"})
    await until(lambda: len(stopped) == 1)
    assert stopped[0][1] == "answered elsewhere" and incoming.missed == []
    poller.stop()
    await session.logout()


async def test_offline_gap_is_caught_up_from_the_cdrs(sim: Simulator, tmp_path: Path,
                                                      control: httpx.AsyncClient) -> None:
    session, poller, incoming, rung, stopped = await incoming_setup(sim, tmp_path)
    poller.backoff = Backoff(base=0.05, cap=0.1)
    caught: list[asyncio.Task] = []
    poller.gapEnded.connect(lambda a, b: caught.append(incoming.catch_up(a, b)))
    await control.post("/_sim/faults", json={"error_rate": 1.0})
    await until(lambda: session.connection is Connection.FAILING)
    # While we are blind, a call rings for me and nobody answers it.
    call_id = (await control.post("/_sim/calls/inbound",
                                  json={"to": "101", "from": "0966555444"})).json()["call_id"]
    await control.post(f"/_sim/calls/{call_id}/hangup", json={"cause": "NO_ANSWER"})
    await control.delete("/_sim/faults")
    await until(lambda: caught and caught[0].done())
    assert rung == []  # it was never seen ringing…
    assert [m.number for m in incoming.missed] == ["0966555444"]  # …but it is not lost
    assert incoming.missed[0].source == "history" and incoming.unseen == 1
    caught.append(incoming.catch_up(poller._last_success_wall - 600,
                                    poller._last_success_wall))
    await caught[-1]
    assert len(incoming.missed) == 1  # found again: not counted twice
    poller.stop()
    await session.logout()


async def test_an_unexpected_error_never_stops_the_polling(sim: Simulator, tmp_path: Path) -> None:
    session = await logged_in(sim, tmp_path)
    client = session.client
    original = client.list_calls
    broken = [True]

    async def flaky():
        if broken[0]:
            broken[0] = False
            raise RuntimeError("a bug somewhere below")
        return await original()

    client.list_calls = flaky  # type: ignore[method-assign]
    poller = LiveCallPoller(session, interval=0.05, backoff=Backoff(base=0.05, cap=0.1))
    failures: list[str] = []
    poller.failed.connect(lambda text, _delay: failures.append(text))
    poller.start()
    await until(lambda: poller.polls >= 2)  # it went on after the error
    assert len(failures) == 1 and "Something went wrong (RuntimeError)" in failures[0]
    poller.stop()
    await session.logout()
