"""One poll cycle of the live calls, at 100 / 1,000 / 5,000 calls with 10 % of them changing.

A cycle is what the app does with each ``GET /v2/call`` answer: read it into LiveCall objects
(``tel4vn.call_list``, as ``Tel4vnClient.list_calls`` does, with the client's memory of the last
answer: entries listed again byte for byte are recognised, not decoded), amend it with the
webhook events (``EventOverlay.apply``, none here) and diff it against the last snapshot
(``CallSnapshot.apply``) as ``LiveCallPoller`` does, update the table model
(``LiveCallModel.apply``: row inserts, removals and dataChanged, never a reset), let Qt run what
the change posted, and repaint what it made dirty among the visible rows of a ``LiveCallsView``
shown offscreen at a normal size: the rows in view that changed, or from the first one that moved
down (nothing is forced; a reset makes them all dirty). The share of the viewport each pipeline
repainted is reported.

The baseline, measured in the same run on the same bodies, is the straightforward table: it
decodes every answer whole and parses every entry (``Reply.json``, ``LiveCall.parse_list``),
and hands the list to a model that resets itself (beginResetModel / endResetModel). Targets
(issue 10): median ≤ 5 ms at 1,000 calls and ≤ 25 ms at 5,000, and at least 10× cheaper than the
baseline, judged on the whole cycles at 1,000 and 5,000.

For information, the part after the parsing is also measured on its own, on fresh pipelines fed
the same parsed lists ("model update + repaint"): the diff, the model update and the repaint for
ours, the reset and the repaint for the baseline. So is what a supervisor's poll adds for the
wallboard's live counters: ``LiveTally`` fed the poll's diff, against ``live_counters`` counting
every call again (as the wallboard did before), and the same for the tick each second; and for
the agent board (one row per extension seen in the calls): each extension's call kept from the
diff, only the rows it touches put again, against every call ranked and every row put again.

Each poll's body is what the simulator would answer: oldest first, the simulator's keys and time
format; per poll 10 % of the calls change: 6 % change state, 2 % hang up, 2 % new calls arrive.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any, NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from agent_desktop.config import Settings  # noqa: E402
from agent_desktop.core.agents import AgentBoard  # noqa: E402
from agent_desktop.core.call_diff import CallDiff, CallSnapshot, agent_extension  # noqa: E402
from agent_desktop.core.call_events import EventOverlay  # noqa: E402
from agent_desktop.core.extension_calls import calls_by_extension  # noqa: E402
from agent_desktop.core.live_counters import LiveTally, live_counters  # noqa: E402
from agent_desktop.pbx.fields import Fields  # noqa: E402
from agent_desktop.pbx.http import Reply  # noqa: E402
from agent_desktop.pbx.models import CallList, LiveCall  # noqa: E402
from agent_desktop.pbx.polled_list import ListMemory  # noqa: E402
from agent_desktop.pbx.tel4vn import call_list  # noqa: E402
from agent_desktop.ui.call_model import LiveCallModel  # noqa: E402
from agent_desktop.ui.call_table import LiveCallsView  # noqa: E402
from tests.bench.figures import Figure, emit, percentile  # noqa: E402
from tests.helpers import ClientlessSession, PollerDouble  # noqa: E402

BENCH = "poll"
SIZES = (100, 1000, 5000)
TARGETS_MS = {1000: 5.0, 5000: 25.0}
RATIO_TARGET = 10.0
CHANGE_SHARE = 0.10  # of the calls, per poll: 60 % of it state changes, 20 % gone, 20 % new
VIEW_SIZE = (1000, 640)
STATES = ("CS_ROUTING", "CS_EXECUTE", "CS_EXCHANGE_MEDIA", "CS_EXCHANGE_MEDIA",
          "CS_EXCHANGE_MEDIA", "CS_EXCHANGE_MEDIA", "CS_HIBERNATE")


# --- bodies like the simulator's ----------------------------------------------------------------

class Traffic:
    """The calls on a busy PBX, and the ``GET /v2/call`` body of each poll."""

    def __init__(self, size: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.now = datetime(2024, 5, 6, 9, 0, 0)
        self.calls: list[dict[str, str]] = [self._new_call() for _ in range(size)]

    def _new_call(self) -> dict[str, str]:
        rng = self.rng
        ext = str(rng.randint(100, 9999))
        customer = "0" + rng.choice("35789") + "".join(rng.choices("0123456789", k=8))
        inbound = rng.random() < 0.6
        self.now += timedelta(milliseconds=rng.randint(0, 400))
        return {  # keys in the docs' order, as agent_desktop.sim.calls.live_entry writes them
            "call_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "context": "cc.tel4vn.example",
            "created_time": self.now.strftime("%Y-%m-%d %H:%M:%S"),
            "destination": ext if inbound else customer,
            "direction": "inbound" if inbound else "outbound",
            "ip": f"10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "source": customer if inbound else ext,
            "state": rng.choice(STATES),
        }

    def body(self) -> bytes:
        return json.dumps({"data": self.calls, "total": len(self.calls)},
                          ensure_ascii=False).encode()

    def step(self) -> None:
        """One poll's worth of change: 10 % of the calls, the count staying the same."""
        rng = self.rng
        changes = max(1, round(len(self.calls) * CHANGE_SHARE))
        gone = new = max(1, changes // 5)
        for index in rng.sample(range(len(self.calls)), changes - gone - new):
            call = dict(self.calls[index])
            call["state"] = rng.choice([s for s in STATES if s != call["state"]])
            self.calls[index] = call
        for index in sorted(rng.sample(range(len(self.calls)), gone), reverse=True):
            del self.calls[index]
        self.calls.extend(self._new_call() for _ in range(new))


def bodies(size: int, count: int, seed: int) -> list[bytes]:
    traffic = Traffic(size, seed)
    result = [traffic.body()]
    for _ in range(count):
        traffic.step()
        result.append(traffic.body())
    return result


def parse_body(body: bytes, memory: ListMemory | None = None) -> CallList:
    """What ``Tel4vnClient.list_calls`` does with the answer: ``call_list``, with the client's
    memory of the last answer; without one, the ordinary way (the whole body decoded, every
    entry parsed), as a client that keeps nothing from poll to poll."""
    reply = Reply(200, body, "application/json", "tel4vn")
    if memory is not None:
        return call_list(reply, memory)
    f = Fields(reply.json(), vendor="tel4vn")
    calls = LiveCall.parse_list(f, "data")
    return CallList(data=calls, total=f.int("total", required=False, default=len(calls)) or 0)


# --- the two pipelines --------------------------------------------------------------------------

class ResettingCallModel(LiveCallModel):
    """The baseline: the whole new list every poll, between beginResetModel and endResetModel."""

    def reset_to(self, calls: Iterable[LiveCall]) -> None:
        self.beginResetModel()
        self._calls = list({c.call_id: c for c in reversed(tuple(calls))}.values())[::-1]
        self._numbers = list(range(len(self._calls)))
        self._number_of = {c.call_id: row for row, c in enumerate(self._calls)}
        self._next_number = len(self._calls)
        self.endResetModel()
        self._update_timer()


def fixed_clock() -> datetime:
    return datetime(2024, 5, 6, 9, 30, 0)


class PaintCounter(QObject):
    """Counts the paint events of a widget (the table's viewport) and the pixels they covered."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.paints = 0
        self.pixels = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
            self.pixels += sum(r.width() * r.height() for r in event.region())
        return False

    def share(self) -> float:
        """The pixels painted so far over the viewport's, as a number of whole viewports."""
        return self.pixels / max(1, self.widget.width() * self.widget.height())


def shown_view(model: LiveCallModel) -> LiveCallsView:
    view = LiveCallsView(model)
    view.resize(*VIEW_SIZE)
    view.show()
    QApplication.processEvents()
    return view


def settle(app: QApplication) -> None:
    """What the event loop does after a poll: run what the change posted (a layout, scroll bar
    ranges, the count) and repaint what it made dirty in the viewport. Nothing is forced: the
    reset baseline makes every visible row dirty; the incremental model only the visible rows that
    changed or moved."""
    app.processEvents()


Update = Callable[[tuple[LiveCall, ...]], None]


def incremental(app: QApplication, paints: list[float]) -> tuple[Update, LiveCallsView]:
    """The model update + repaint of our pipeline: events, diff, ``apply``, paint (as the
    poller and the live-calls view do). The milliseconds of each repaint on its own (``settle``)
    go into ``paints``."""
    model = LiveCallModel(clock=fixed_clock)
    view = shown_view(model)
    snapshot = CallSnapshot()
    events = EventOverlay()

    def update(calls: tuple[LiveCall, ...]) -> None:
        model.apply(snapshot.apply(events.apply(calls, 0.0, 0.0)))
        started = time.perf_counter()
        settle(app)
        paints.append((time.perf_counter() - started) * 1000)

    return update, view


def resetting(app: QApplication) -> tuple[Update, LiveCallsView]:
    """The model update + repaint of the baseline: reset, paint."""
    model = ResettingCallModel(clock=fixed_clock)
    view = shown_view(model)

    def update(calls: tuple[LiveCall, ...]) -> None:
        model.reset_to(calls)
        settle(app)

    return update, view


def whole_cycle(update: Update, remember: bool) -> Callable[[bytes], None]:
    """A poll cycle: read the body, then ``update``. ``remember``: as our client, which keeps
    the last answer's entries (its own memory per pipeline); else the baseline's ordinary
    decoding and parsing of every entry."""
    memory = ListMemory() if remember else None
    return lambda body: update(parse_body(body, memory).data)


def timed(step: Callable[[Any], None], arg: Any) -> float:
    started = time.perf_counter()
    step(arg)
    return (time.perf_counter() - started) * 1000


class Measured(NamedTuple):
    ours: list[float]  # milliseconds per cycle
    base: list[float]
    ours_paint: list[float]  # of ``ours``: the repaint on its own
    ours_share: float  # of the viewport, repainted per cycle on average
    base_share: float


def measure(app: QApplication, size: int, rounds: int, parsed: bool = False) -> Measured:
    """Milliseconds per cycle for the incremental pipeline and the baseline, interleaved in
    blocks so both see the same machine noise, our repaint's part of each, and the share of the
    viewport each repainted per cycle on average. ``parsed``: the bodies are decoded and parsed
    before the clock starts, and both pipelines get the same lists (model update + repaint)."""
    polls: list[Any] = bodies(size, rounds + 3, seed=size)
    paints: list[float] = []
    ours_update, ours_view = incremental(app, paints)
    base_update, base_view = resetting(app)
    if parsed:  # as our client reads them: an unchanged call is the same object as last time
        memory = ListMemory()
        polls = [parse_body(body, memory).data for body in polls]
        ours, base = ours_update, base_update
    else:
        ours, base = whole_cycle(ours_update, True), whole_cycle(base_update, False)
    for body in polls[:3]:  # warm-up: first fill, caches, fonts
        ours(body)
        base(body)
    del paints[:]
    ours_paints = PaintCounter(ours_view.table.viewport())
    base_paints = PaintCounter(base_view.table.viewport())
    ours_ms: list[float] = []
    base_ms: list[float] = []
    block = 5
    gc.collect()
    gc.disable()  # a collection lands on one cycle or another at random; count it separately
    try:
        for start in range(3, len(polls), block):
            chunk = polls[start:start + block]
            for body in chunk:
                ours_ms.append(timed(ours, body))
            # the baseline sees the same sequence of bodies, so the same changes
            for body in chunk:
                base_ms.append(timed(base, body))
            gc.collect()
    finally:
        gc.enable()
    assert ours_view.model.rowCount() == base_view.model.rowCount() == size
    assert ours_view.model.calls() == base_view.model.calls()
    shares = ours_paints.share() / len(ours_ms), base_paints.share() / len(base_ms)
    for view in (ours_view, base_view):
        view.close()
        view.deleteLater()
    app.processEvents()
    return Measured(ours_ms, base_ms, paints, *shares)


def measure_wallboard(size: int, rounds: int) -> dict[str, list[float]]:
    """Milliseconds per poll and per tick for the wallboard's live counters: kept from the
    diff (``LiveTally``) against every call counted again (``live_counters``), interleaved."""
    memory, snapshot, tally = ListMemory(), CallSnapshot(), LiveTally()
    now = fixed_clock()
    times: dict[str, list[float]] = {"poll": [], "poll baseline": [], "tick": [],
                                     "tick baseline": []}
    for index, body in enumerate(bodies(size, rounds + 3, seed=size)):
        diff = snapshot.apply(parse_body(body, memory).data)
        calls = snapshot.calls
        answered = {cid: now for cid in calls if tally.answered_since(cid) is not None}
        started = time.perf_counter()
        tally.apply(diff, now)
        kept = tally.counters(now)
        polled = time.perf_counter()
        counted = live_counters(calls.values(), now, answered)
        recounted = time.perf_counter()
        tally.counters(now)
        ticked = time.perf_counter()
        live_counters(calls.values(), now, answered)
        retold = time.perf_counter()
        if index >= 3:  # warm-up: the first fill
            assert kept.active == counted.active == size and kept.ringing == counted.ringing
            for name, start, end in (("poll", started, polled), ("poll baseline", polled,
                                     recounted), ("tick", recounted, ticked),
                                     ("tick baseline", ticked, retold)):
                times[name].append((end - start) * 1000)
    return times


class RecountingAgentBoard(AgentBoard):
    """The baseline: every call ranked and every row put again at every poll."""

    def _on_calls(self, diff: CallDiff) -> None:
        if not self.running:
            return
        calls = self.poller.snapshot.calls
        self._calls.best = calls_by_extension(calls.values())
        self._see(ext for call in calls.values() for ext in (
            (call.source, call.destination) if call.direction == "local"
            else (agent_extension(call),)))
        for row in list(self._rows.values()):
            self._put(row)


def measure_agent_board(size: int, rounds: int) -> tuple[list[float], list[float], int]:
    """Milliseconds per poll for the agent board, ours and the baseline (each with its own
    poller, fed the same bodies, interleaved), and the number of rows."""
    settings = Settings()
    boards = []
    for kind in (AgentBoard, RecountingAgentBoard):
        poller = PollerDouble()
        board = kind(ClientlessSession(), poller, lambda: settings)  # type: ignore[arg-type]
        board.start()
        boards.append((poller, board, ListMemory(), []))
    for index, body in enumerate(bodies(size, rounds + 3, seed=size)):
        for poller, _board, memory, times in boards:
            diff = poller.snapshot.apply(parse_body(body, memory).data)
            started = time.perf_counter()
            poller.updated.emit(diff)
            if index >= 3:
                times.append((time.perf_counter() - started) * 1000)
    (_, ours, _, ours_ms), (_, base, _, base_ms) = boards
    assert ours.agents() == base.agents()
    rows = len(ours.agents())
    for board in (ours, base):
        board.stop()
    return ours_ms, base_ms, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_poll")
    parser.add_argument("--quick", action="store_true")
    ns = parser.parse_args(argv)
    rounds = {100: 30, 1000: 20, 5000: 10} if ns.quick else {100: 300, 1000: 200, 5000: 80}
    app = QApplication.instance() or QApplication([])
    figures: list[Figure] = []
    for size in SIZES:
        whole = measure(app, size, rounds[size])
        ours, base = whole.ours, whole.base
        median, p95 = statistics.median(ours), percentile(ours, 0.95)
        base_median = statistics.median(base)
        ratio = base_median / median
        target = TARGETS_MS.get(size)
        judged = size in TARGETS_MS
        note = f"{len(ours)} cycles, {round(size * CHANGE_SHARE)} calls changing per poll"
        figures.append(Figure(BENCH, f"cycle {size:,} calls, median", round(median, 3), "ms",
                              f"≤ {target:g} ms" if target else "",
                              median <= target if target else None, note))
        figures.append(Figure(BENCH, f"cycle {size:,} calls, p95", round(p95, 3), "ms",
                              note=note))
        figures.append(Figure(BENCH, f"baseline {size:,} calls, median",
                              round(base_median, 3), "ms",
                              note=f"p95 {percentile(base, 0.95):.2f} ms; every entry decoded "
                                   "and parsed, the model reset"))
        figures.append(Figure(BENCH, f"baseline / cycle at {size:,} calls", round(ratio, 2), "×",
                              f"≥ {RATIO_TARGET:g}×" if judged else "",
                              ratio >= RATIO_TARGET if judged else None,
                              "median of the baseline's whole cycle over ours, same bodies, "
                              "interleaved"))
        paint = statistics.median(whole.ours_paint)
        figures.append(Figure(BENCH, f"our repaint alone at {size:,} calls, median",
                              round(paint, 3), "ms",
                              note=f"of our cycle: the rows in view that changed or moved "
                                   f"({100 * whole.ours_share:.0f} % of the viewport)"))
        figures.append(Figure(BENCH, f"ceiling: baseline / our repaint alone at {size:,}",
                              round(base_median / paint, 2), "×",
                              note="for information: the ratio if parsing, diff and model "
                                   "update cost nothing"))
        print(f"{size:>5} calls: cycle median {median:.2f} ms p95 {p95:.2f} ms; "
              f"baseline median {base_median:.2f} ms; ratio {ratio:.1f}×; our repaint alone "
              f"{paint:.2f} ms (ceiling {base_median / paint:.1f}×)", flush=True)

        ours, base, _, ours_share, base_share = measure(app, size, rounds[size], parsed=True)
        update_median, update_base = statistics.median(ours), statistics.median(base)
        update_ratio = update_base / update_median
        figures.append(Figure(BENCH, f"model update + repaint, incremental, {size:,}",
                              round(update_median, 3), "ms",
                              note=f"median; p95 {percentile(ours, 0.95):.2f} ms; events + diff + "
                                   "apply + paint of the same parsed lists as the reset"))
        figures.append(Figure(BENCH, f"model update + repaint, reset, {size:,}",
                              round(update_base, 3), "ms",
                              note=f"median; p95 {percentile(base, 0.95):.2f} ms; reset + paint"))
        figures.append(Figure(BENCH, f"update: reset / incremental at {size:,}",
                              round(update_ratio, 2), "×",
                              note="for information: the part after the parsing on its own"))
        figures.append(Figure(BENCH, f"viewport repainted per poll, incremental, {size:,}",
                              round(100 * ours_share, 1), "%",
                              note=f"reset: {100 * base_share:.0f} %; the rows in view that "
                                   "changed, or from the first that moved down"))
        print(f"{size:>5} calls: update + repaint median {update_median:.2f} ms; "
              f"reset {update_base:.2f} ms; ratio {update_ratio:.1f}×; viewport repainted "
              f"{100 * ours_share:.0f} % vs {100 * base_share:.0f} %", flush=True)
        board = measure_wallboard(size, rounds[size])
        for what in ("poll", "tick"):
            kept, counted = (statistics.median(board[what]),
                             statistics.median(board[f"{what} baseline"]))
            figures.append(Figure(BENCH, f"wallboard counters per {what}, {size:,} calls",
                                  round(kept, 3), "ms",
                                  note=f"median; every call counted again: {counted:.2f} ms "
                                       f"({counted / kept:.0f}×)"))
            print(f"{size:>5} calls: wallboard counters per {what} {kept:.3f} ms; counted "
                  f"again {counted:.2f} ms ({counted / kept:.0f}×)", flush=True)
        ours, base, rows = measure_agent_board(size, rounds[size])
        kept, counted = statistics.median(ours), statistics.median(base)
        figures.append(Figure(BENCH, f"agent board per poll, {size:,} calls", round(kept, 3),
                              "ms", note=f"median, {rows:,} rows; every call ranked and every "
                                         f"row put again: {counted:.2f} ms ({counted / kept:.0f}×)"))
        print(f"{size:>5} calls: agent board ({rows:,} rows) per poll {kept:.2f} ms; every row "
              f"again {counted:.2f} ms ({counted / kept:.0f}×)", flush=True)
    emit(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
