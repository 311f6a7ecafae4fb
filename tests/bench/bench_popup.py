"""Incoming-call popup latency: the simulator makes a ringing inbound call → our popup is shown.

The real app runs in-process (``tests.ui.app_harness.running_app``) against a simulator on the
same qasync loop, logged in as agent101. For each call the clock starts just before
``engine.inbound("101", …)`` and stops when ``PopupStack.popupShown`` fires for that call. Each
call then ends through the control API (every other one answered first), and the next starts
after a random pause, so calls arrive at random moments of the poll cycle as they do for real.

Two phases in one app: polling alone at 1 s (target p95 ≤ interval + 50 ms), then with the
webhook receiver on and hooked at the simulator, polls still every 1 s (target p95 ≤ 100 ms).

``python -m tests.bench.bench_popup [--quick]``
"""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import os
import random
import socket
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent_desktop.cli import parse
from agent_desktop.config import Paths, Settings, SettingsStore
from agent_desktop.sim import Simulator
from agent_desktop.sim.tenant import EventHook
from tests.bench.figures import Figure, emit, percentile
from tests.helpers import fast_config, isolate_home, until

BENCH = "popup"
INTERVAL = 1.0  # seconds between polls
EXTENSION, USERNAME, PASSWORD = "101", "agent101", "demo123"


# --- shared with bench_network: a process of its own with the real app on a simulator ----------

def run_async(main: Callable[[], Awaitable[list[Figure]]]) -> None:
    """Run ``main`` on qasync's Qt loop (as the app does) in an isolated HOME with an in-memory
    keyring, then print its figures for the runner."""
    import qasync
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)  # the simulator's, per request
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        patch = pytest.MonkeyPatch()
        try:
            isolate_home(Path(tmp), patch)
            loop = qasync.QEventLoop(qapp)
            asyncio.set_event_loop(loop)
            with loop:
                figures = loop.run_until_complete(main())
        finally:
            patch.undo()
    emit(figures)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@asynccontextmanager
async def logged_in_app(sim: Simulator, interval: float,
                        settings: Settings | None = None) -> AsyncIterator[Any]:
    """The real app, logged in as agent101 on ``sim``, polling every ``interval`` seconds, after
    its first poll."""
    from tests.ui.app_harness import running_app

    profile = Path(os.environ["HOME"]) / f"profile-{uuid.uuid4().hex[:8]}"  # under run_async's dir
    paths = Paths.resolve(profile)
    paths.ensure()
    SettingsStore(paths).save(settings or Settings())
    stdin, sys.stdin = sys.stdin, io.StringIO(PASSWORD + "\n")
    try:
        options = parse(["--server", sim.url, "--username", USERNAME, "--password-stdin",
                         "--poll-interval", f"{interval:g}"])
        async with running_app(options, profile) as app:
            await until(lambda: app.session.logged_in and app.poller.polls >= 1, timeout=30)
            yield app
    finally:
        sys.stdin = stdin


def hook_receiver(app: Any, sim: Simulator) -> None:
    """What "Hook this desktop" makes: the PBX posts its events to our receiver."""
    target = app.receiver_target()
    assert target is not None, "the receiver is not listening"
    url, key = target
    for event in ("ringing", "answered", "hangup", "cdr"):
        sim.tenant.hooks.append(EventHook(str(uuid.uuid4()), event, url, key))


# --- the benchmark ------------------------------------------------------------------------------

async def popup_latencies(app: Any, sim: Simulator, control: httpx.AsyncClient, calls: int,
                          rng: random.Random) -> list[float]:
    """Seconds from "the PBX rings 101" to "the popup is shown", for ``calls`` calls one by one."""
    shown: dict[str, float] = {}

    def on_shown(call_id: str) -> None:
        shown.setdefault(call_id, time.perf_counter())

    app.alerts.stack.popupShown.connect(on_shown)
    latencies: list[float] = []
    try:
        for i in range(calls):
            await asyncio.sleep(rng.uniform(0.0, INTERVAL))  # a random moment of the poll cycle
            caller = f"09{rng.randrange(10 ** 8):08d}"
            started = time.perf_counter()
            call = sim.engine.inbound(EXTENSION, caller)
            call_id = call.id
            await until(lambda: call_id in shown, timeout=INTERVAL * 3 + 5, interval=0.005)
            latencies.append(shown[call_id] - started)
            if i % 2 == 0:  # answered, then ended; or ended unanswered (a missed call)
                (await control.post(f"/_sim/calls/{call_id}/answer", json={})).raise_for_status()
            (await control.post(f"/_sim/calls/{call_id}/hangup", json={})).raise_for_status()
            await until(lambda: not app.alerts.stack.popups()
                        and call_id not in app.poller.snapshot.calls, timeout=INTERVAL * 3 + 5)
    finally:
        app.alerts.stack.popupShown.disconnect(on_shown)
    return latencies


def latency_figures(latencies: list[float], how: str, target_ms: float, note: str) -> list[Figure]:
    ms = [v * 1000 for v in latencies]
    p50, p95, worst = percentile(ms, 0.50), percentile(ms, 0.95), max(ms)
    n = f"{len(ms)} calls; {note}"
    return [
        Figure(BENCH, f"popup latency p50, {how}", round(p50, 1), "ms", note=n),
        Figure(BENCH, f"popup latency p95, {how}", round(p95, 1), "ms", f"≤ {target_ms:g} ms",
               p95 <= target_ms, note=n),
        Figure(BENCH, f"popup latency max, {how}", round(worst, 1), "ms", note=n),
    ]


async def bench(quick: bool) -> list[Figure]:
    calls = 5 if quick else 50
    rng = random.Random(10)
    sim = Simulator(fast_config(seed=10, talk_time=(600.0, 600.0), ring_timeout=120.0,
                                cdr_count=60))
    await sim.start(host="127.0.0.1", port=0)
    try:
        async with httpx.AsyncClient(base_url=sim.url, timeout=10) as control, \
                logged_in_app(sim, INTERVAL) as app:
            polled = await popup_latencies(app, sim, control, calls, rng)
            polls_before = app.poller.polls

            app.apply_settings(replace(app.settings, event_receiver=True,
                                       event_receiver_port=free_port()))
            await until(lambda: app.receiver.listening, timeout=10)
            hook_receiver(app, sim)
            events_before = app.receiver.count
            hooked = await popup_latencies(app, sim, control, calls, rng)
            events = app.receiver.count - events_before
            assert app.receiver.refusals == 0
    finally:
        await sim.stop()
    return [
        *latency_figures(polled, "1 s polling", INTERVAL * 1000 + 50,
                         f"{polls_before} polls, no receiver"),
        *latency_figures(hooked, "webhook receiver + 1 s polling", 100,
                         f"{events} events received"),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_popup")
    parser.add_argument("--quick", action="store_true")
    ns = parser.parse_args(argv)
    run_async(lambda: bench(ns.quick))


if __name__ == "__main__":
    main()
