"""Bugs the chaos soak found, each pinned by a test that fails without its fix."""

from __future__ import annotations

from pathlib import Path

import httpx

from agent_desktop.config import Paths, Settings, SettingsStore
from agent_desktop.core.dialer import Dialer
from agent_desktop.core.secrets import SecretStore
from agent_desktop.core.session import Session
from agent_desktop.sim import Simulator
from tests.helpers import fast_config, until


async def test_an_unreadable_answer_to_click_to_call_counts_as_maybe_placed(
        tmp_path: Path) -> None:
    """Garbage JSON (1 %) on click2call: the simulator placed the call, the app read nothing.
    The dialer said "not a PBX" and forgot the number, so clicking it again a few seconds later
    rang the customer a second time."""
    sim = Simulator(fast_config(seed=3))
    await sim.start(host="127.0.0.1", port=0)
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    try:
        await session.login(sim.url, "agent101", "demo123")
        now = [1000.0]
        dialer = Dialer(session, Settings, clock=lambda: now[0])
        events: list[tuple[str, object]] = []
        dialer.failed.connect(lambda _r, text: events.append(("failed", text)))
        dialer.confirmationNeeded.connect(lambda _r, age: events.append(("confirm", age)))
        async with httpx.AsyncClient(base_url=sim.url, timeout=10) as control:
            await control.post("/_sim/faults", json={"garbage_rate": 1.0, "seed": 1})
            assert dialer.dial("0899098899", "live calls") is not None
            await until(lambda: events)
            assert events[0][0] == "failed" and "may already have been placed" in events[0][1]
            await control.delete("/_sim/faults")
            now[0] += 4  # clicked again after reading the message
            assert dialer.dial("0899098899", "live calls") is None
            assert events[-1] == ("confirm", 4.0)
            sent = (await control.get("/_sim/requests",
                                      params={"path": "/v1/click2call/async"})).json()
            assert sent["total"] == 1 and sent["requests"][0]["fault"] == "garbage"
            assert len(sim.engine.calls) == 1  # the one call the garbage answer hid
    finally:
        await session.logout()
        await sim.stop()


async def test_a_new_gap_does_not_drop_the_search_of_the_last_one(tmp_path: Path) -> None:
    """Two outages close together (a fault, then the server restart): the second gap cancelled
    the CDR search of the first, and a call that rang out in the first gap was never listed."""
    import time

    from agent_desktop.core.incoming import IncomingCalls

    sim = Simulator(fast_config(seed=3))
    await sim.start(host="127.0.0.1", port=0)
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    try:
        await session.login(sim.url, "agent101", "demo123")
        incoming = IncomingCalls(session)
        call = sim.engine.inbound("101", "0933222111")  # rang out unseen in the first gap
        sim.engine.hangup(call.id, "ORIGINATOR_CANCEL")
        now = time.time()
        incoming.catch_up(now - 60, now)
        second = incoming.catch_up(now + 600, now + 660)  # the next gap, before it finished
        await second
        assert [(m.number, m.source) for m in incoming.missed] == [("0933222111", "history")]
    finally:
        await session.logout()
        await sim.stop()


async def test_a_failed_search_of_a_gap_is_tried_again(tmp_path: Path,
                                                       monkeypatch) -> None:
    """A 5xx (5 % in the soak) on the gap's CDR search lost its missed calls for good."""
    import time

    from agent_desktop.core import incoming as incoming_module
    from agent_desktop.core.incoming import IncomingCalls

    monkeypatch.setattr(incoming_module, "CATCH_UP_RETRY_DELAY", 0.05)
    sim = Simulator(fast_config(seed=3))
    await sim.start(host="127.0.0.1", port=0)
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    try:
        await session.login(sim.url, "agent101", "demo123")
        incoming = IncomingCalls(session)
        call = sim.engine.inbound("101", "0933222444")
        sim.engine.hangup(call.id, "ORIGINATOR_CANCEL")
        async with httpx.AsyncClient(base_url=sim.url, timeout=10) as control:
            await control.post("/_sim/faults", json={"error_rate": 1.0})
            now = time.time()
            task = incoming.catch_up(now - 60, now)
            await until(lambda: sim.requests.select("/v2/cdr"))  # the first try failed
            await control.delete("/_sim/faults")
            await task
        assert [m.number for m in incoming.missed] == ["0933222444"]
        assert [e["status"] for e in sim.requests.select("/v2/cdr")][:1] != [200]
    finally:
        await session.logout()
        await sim.stop()
