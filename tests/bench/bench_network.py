"""Network: every poll on one kept-alive connection; a slow server neither piles polls up nor
freezes the UI.

The real app runs in-process, logged in as agent101 on a simulator, polling every 0.2 s.

(a) Connections: the simulator's request log names each request's client socket
    (``connection``, ``host:port``). Every poll since the log-in (≥ 30, the first included) must
    come on one connection: the poll's own lane (``JsonHttp``), which nothing else uses; how many
    connections every request used meanwhile is shown too (the shared pool's and the poll's).
(b) A slow PBX: the simulator's fault injection adds 3 s to every vendor request (``POST
    /_sim/faults {"latency": [3, 3]}``) for ~15 s at the same 0.2 s interval. A middleware put
    in front of the simulator's counts the requests in flight: never more than one poll (the
    session's extension-status check, every 15 s, is not a poll and may run beside one; shown
    for information). Meanwhile a 50 ms QTimer records how late each tick fires (the event
    loop's lag): p99 ≤ 50 ms, max ≤ 100 ms. The baseline is the same probe on the same loop
    before the simulator and the app start (idle).

``python -m tests.bench.bench_network [--quick]``
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import Any

import httpx
from aiohttp import web
from PySide6.QtCore import QObject, Qt, QTimer

from agent_desktop.sim import Simulator
from tests.bench.bench_popup import logged_in_app, run_async
from tests.bench.figures import Figure, percentile
from tests.helpers import fast_config, until

BENCH = "network"
INTERVAL = 0.2  # seconds between polls (the lowest the app allows)
SLOW = 3.0  # seconds the slow server takes per response
TICK = 0.050  # the lag probe's period
POLL_PATH = "/v2/call"


class CountingSimulator(Simulator):
    """The simulator with a middleware in front that counts the vendor requests in flight."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.in_flight = 0
        self.max_in_flight = 0
        self.polls_in_flight = 0
        self.max_polls_in_flight = 0
        self._paths: list[str] = []
        self.busiest: list[str] = []  # the paths in flight when the most were

    def reset_counts(self) -> None:
        self.max_in_flight, self.max_polls_in_flight = self.in_flight, self.polls_in_flight
        self.busiest = list(self._paths)

    def build_app(self) -> web.Application:
        app = super().build_app()

        @web.middleware
        async def count(request: web.Request, handler: Any) -> web.StreamResponse:
            if request.path.startswith("/_sim/"):
                return await handler(request)
            poll = request.path == POLL_PATH
            self.in_flight += 1
            self.polls_in_flight += poll
            self._paths.append(request.path)
            if self.in_flight > self.max_in_flight:
                self.max_in_flight, self.busiest = self.in_flight, list(self._paths)
            self.max_polls_in_flight = max(self.max_polls_in_flight, self.polls_in_flight)
            try:
                return await handler(request)
            finally:
                self.in_flight -= 1
                self.polls_in_flight -= poll
                self._paths.remove(request.path)

        app.middlewares.insert(0, count)  # outermost: counts the fault latency too
        return app


class LagProbe(QObject):
    """A precise QTimer every 50 ms; each tick's lateness (how much longer than 50 ms since the
    one before) is the event loop's lag."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(round(TICK * 1000))
        self._timer.timeout.connect(self._tick)
        self._last: float | None = None
        self.lags: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.lags.append(max(0.0, now - self._last - TICK) * 1000)
        self._last = now

    async def measure(self, seconds: float) -> list[float]:
        """Lags in ms over ``seconds``."""
        self.lags, self._last = [], None
        self._timer.start()
        await asyncio.sleep(seconds)
        self._timer.stop()
        return list(self.lags)


def lag_figures(lags: list[float], how: str, judged: bool) -> list[Figure]:
    p99, worst = percentile(lags, 0.99), max(lags)
    note = f"{len(lags)} ticks of {TICK * 1000:g} ms"
    return [
        Figure(BENCH, f"event-loop lag p99, {how}", round(p99, 2), "ms",
               "≤ 50 ms" if judged else "", (p99 <= 50) if judged else None, note),
        Figure(BENCH, f"event-loop lag max, {how}", round(worst, 2), "ms",
               "≤ 100 ms" if judged else "", (worst <= 100) if judged else None, note),
    ]


async def bench(quick: bool) -> list[Figure]:
    polls_wanted = 30 if quick else 100
    slow_for = 5.0 if quick else 15.0
    idle_for = 1.0 if quick else 5.0
    figures: list[Figure] = []
    probe = LagProbe()
    idle = await probe.measure(idle_for)  # the baseline: this loop with nothing to do
    sim = CountingSimulator(fast_config(seed=11, cdr_count=60))
    await sim.start(host="127.0.0.1", port=0)
    try:
        async with httpx.AsyncClient(base_url=sim.url, timeout=10) as control, \
                logged_in_app(sim, INTERVAL) as app:
            # (a) one kept-alive connection for every poll since the log-in, the first included
            # (the session's status check runs beside the first poll, and every 15 s)
            await until(lambda: app.poller.polls >= polls_wanted,
                        timeout=polls_wanted * INTERVAL * 3 + 10)
            entries = list(sim.requests.entries)
            polls = [e for e in entries if e["path"] == POLL_PATH]
            poll_connections = {e["connection"] for e in polls}
            all_connections = {e["connection"] for e in entries}
            figures += [
                Figure(BENCH, f"TCP connections for {len(polls)} polls", len(poll_connections),
                       "", "= 1", len(poll_connections) == 1 and len(polls) >= 30,
                       f"{INTERVAL:g} s polling; counted at the simulator"),
                Figure(BENCH, "TCP connections for every request meanwhile",
                       len(all_connections), "", "", None,
                       "the poll's own connection and the shared pool's (log-in, status "
                       f"checks). {len(entries)} requests: "
                       + ", ".join(sorted({f"{e['method']} {e['path']}" for e in entries}))),
            ]

            # (b) a server taking 3 s per response
            (await control.post("/_sim/faults", json={"latency": [SLOW, SLOW]})) \
                .raise_for_status()
            sim.reset_counts()
            polls_before = app.poller.polls
            slow = await probe.measure(slow_for)
            slow_polls = app.poller.polls - polls_before
            max_in_flight, max_polls, busiest = (sim.max_in_flight, sim.max_polls_in_flight,
                                                 sim.busiest)
            (await control.delete("/_sim/faults")).raise_for_status()
            failures = app.poller.backoff.failures
    finally:
        await sim.stop()
    figures += [
        Figure(BENCH, "polls in flight at once, 3 s server", max_polls, "", "= 1",
               max_polls == 1,
               f"{slow_for:g} s at {INTERVAL:g} s polling: {slow_polls} polls answered, "
               f"{failures} failures; counted at the simulator"),
        Figure(BENCH, "requests of any kind in flight at once, 3 s server", max_in_flight, "",
               "", None, "at the most: " + ", ".join(busiest) + " (the session's 15 s "
               "extension-status check is not a poll: it may run beside one)"),
        *lag_figures(idle, "idle loop (baseline)", judged=False),
        *lag_figures(slow, "polling a 3 s server", judged=True),
    ]
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_network")
    parser.add_argument("--quick", action="store_true")
    ns = parser.parse_args(argv)
    run_async(lambda: bench(ns.quick))


if __name__ == "__main__":
    main()
