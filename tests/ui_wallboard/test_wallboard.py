"""The wallboard: its numbers from hand-made calls and CDRs, its feeder against fakes and against
the simulator, and its view (tiles, charts, large mode, translations, a look at it)."""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agent_desktop.core.plain_text import plain
from agent_desktop.config import Paths, Settings, SettingsStore
from agent_desktop.core.live_calls import LiveCallPoller
from agent_desktop.core.secrets import SecretStore
from agent_desktop.core.session import Session
from agent_desktop.core.wallboard import DayStats, LiveCounters, Wallboard, day_stats, live_counters
from agent_desktop.pbx import ServerError
from agent_desktop.pbx.fields import Fields
from agent_desktop.pbx.models import Cdr, CdrQuery, CdrStatus, LiveCall
from agent_desktop.sim import Simulator
from agent_desktop.sim.cdr_query import render_default
from agent_desktop.sim.demo_tenant import build_demo_tenant
from agent_desktop.ui.charts import SERIES_COLOURS, AnswerRateGauge, HourlyChart, Series
from agent_desktop.ui.wallboard import WallboardView
from agent_desktop.ui.wallboard_tiles import Tone, duration_text
from tests.helpers import PollerDouble, until

DAY = date(2024, 5, 6)
T0 = datetime.combine(DAY, time(10, 0))
S = timedelta(seconds=1)


def live(call_id: str, state: str, direction: str = "inbound",
         created: datetime | None = T0) -> LiveCall:
    return LiveCall(call_id=call_id, context="demo", created_time=created, destination="101",
                    direction=direction, ip="10.0.0.1", source="0899098899", state=state)


def cdr(started: datetime | None, status: str, direction: str = "inbound",
        billsec: int | None = None, talked: int | None = None) -> Cdr:
    """A CDR; ``talked`` sets answered/ended times instead of billsec (the default mapping)."""
    answered = started + 10 * S if started and talked is not None else None
    ended = answered + talked * S if answered and talked is not None else started
    return Cdr(id=f"cdr-{status}-{started}", sip_call_id="", cause="", duration=0,
               direction=direction, recording_url="", extension="101", from_number="0899",
               to_number="101", receive_dest="", time_started=started, time_answered=answered,
               time_ended=ended, status=status, customer_id="", billsec=billsec)


def at(hour: int, minute: int = 0, second: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute, second))


# --- live counters -------------------------------------------------------------------------------


def test_live_counters_sort_calls_by_phase_and_direction() -> None:
    now = T0 + 600 * S
    calls = [
        live("ring", "CS_ROUTING", created=now - 42 * S),
        live("new", "CS_NEW", created=now - 5 * S),
        live("dial", "CS_EXECUTE", "outbound", created=now - 70 * S),  # the customer's phone rings
        live("talk", "CS_EXCHANGE_MEDIA"),
        live("transfer", "CS_RESET"),
        live("hold", "CS_HIBERNATE"),
        live("park", "CS_PARK", "outbound"),
        live("ivr", "CS_CONSUME_MEDIA"),
        live("listen", "CS_EXCHANGE_MEDIA", "local"),
        live("ending", "CS_HANGUP"),
    ]
    answered = {"talk": now - 300 * S, "transfer": now - 10 * S, "hold": now - 30 * S,
                "park": now - 400 * S, "gone": now - 9000 * S}
    assert live_counters(calls, now, answered) == LiveCounters(
        active=10, ringing=3, talking=3, on_hold=2, inbound=7, outbound=2, internal=1,
        longest_ring_seconds=70, longest_talk_seconds=400)


def test_live_counters_of_nothing_are_zero() -> None:
    assert live_counters([], T0, {}) == LiveCounters()
    assert LiveCounters().active == LiveCounters().longest_talk_seconds == 0


def test_ring_and_talk_times_never_guess_or_go_negative() -> None:
    calls = [live("no-time", "CS_ROUTING", created=None),
             live("skewed", "CS_ROUTING", created=T0 + 30 * S),  # the PBX's clock runs ahead
             live("unseen", "CS_EXCHANGE_MEDIA")]  # answered, but never seen being answered
    counters = live_counters(calls, T0, {})
    assert counters.ringing == 2 and counters.talking == 1
    assert counters.longest_ring_seconds == 0 and counters.longest_talk_seconds == 0


# --- day statistics ------------------------------------------------------------------------------


def test_day_stats_count_every_status_by_hour() -> None:
    cdrs = [
        cdr(at(9, 5), "ANSWERED", billsec=60),
        cdr(at(9, 30), "answered", "outbound", talked=120),  # no billsec: answered → ended
        cdr(at(9, 59, 59), "NO-ANSWERED"),
        cdr(at(10), "busy", "outbound"),
        cdr(at(10, 15), "cancel"),
        cdr(at(13), "not-available"),
        cdr(at(13, 1), "invalid", "outbound"),
        cdr(at(23, 59, 59), "something new", "local"),
        cdr(at(0), "answered", "local", billsec=30),
        cdr(at(23, 59, 59, day=DAY - timedelta(days=1)), "answered", billsec=999),
        cdr(at(0, day=DAY + timedelta(days=1)), "busy"),
        cdr(None, "answered", billsec=999),
    ]
    stats = day_stats(cdrs, DAY)
    assert stats.day == DAY
    assert stats.per_hour == {
        **{hour: {} for hour in range(24)},
        0: {CdrStatus.ANSWERED: 1},
        9: {CdrStatus.ANSWERED: 2, CdrStatus.NO_ANSWERED: 1},
        10: {CdrStatus.BUSY: 1, CdrStatus.CANCEL: 1},
        13: {CdrStatus.NOT_AVAILABLE: 1, CdrStatus.INVALID: 1},
        23: {CdrStatus.UNKNOWN: 1},
    }
    assert stats.totals == {CdrStatus.ANSWERED: 3, CdrStatus.NO_ANSWERED: 1, CdrStatus.BUSY: 1,
                            CdrStatus.CANCEL: 1, CdrStatus.NOT_AVAILABLE: 1,
                            CdrStatus.INVALID: 1, CdrStatus.UNKNOWN: 1}
    assert stats.total == 9
    assert (stats.inbound, stats.outbound, stats.internal) == (4, 3, 2)
    # invalid (the agent's own phone never answered) and unknown are not in the answer rate
    assert stats.answered == 3 and stats.rated == 7
    assert stats.answer_rate == pytest.approx(3 / 7)
    assert stats.average_talk_seconds == pytest.approx((60 + 120 + 30) / 3)


def test_day_stats_of_a_quiet_day() -> None:
    stats = day_stats([cdr(at(9, day=DAY - timedelta(days=1)), "answered")], DAY)
    assert stats == DayStats(day=DAY)
    assert stats.total == 0 and stats.totals == {}
    assert stats.per_hour == {hour: {} for hour in range(24)}
    assert stats.answer_rate is None and stats.average_talk_seconds is None


def test_answer_rate_needs_calls_someone_could_answer() -> None:
    only_invalid = day_stats([cdr(at(9), "invalid", "outbound"), cdr(at(9), "odd")], DAY)
    assert only_invalid.total == 2 and only_invalid.rated == 0
    assert only_invalid.answer_rate is None and only_invalid.average_talk_seconds is None
    all_missed = day_stats([cdr(at(9), "no-answered"), cdr(at(11), "busy")], DAY)
    assert all_missed.answer_rate == 0.0


# --- the feeder, with fakes ----------------------------------------------------------------------


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class FakeClient:
    """Today's CDRs, as slowly as the test likes, or an error."""

    def __init__(self, cdrs: list[Cdr]) -> None:
        self.cdrs = cdrs
        self.queries: list[CdrQuery] = []
        self.in_flight = self.peak = 0
        self.gate: asyncio.Event | None = None
        self.error: Exception | None = None

    async def iter_cdrs(self, query: CdrQuery) -> AsyncIterator[Cdr]:
        self.queries.append(query)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            if self.gate is not None:
                await self.gate.wait()
            if self.error is not None:
                raise self.error
            for item in self.cdrs:
                yield item
        finally:
            self.in_flight -= 1


class FakeSession:
    def __init__(self, client: FakeClient) -> None:
        self.client: FakeClient | None = client


@pytest.fixture
def fast_tick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Wallboard, "TICK_MS", 20)


def feeder(clock: Clock, cdrs: list[Cdr] | None = None,
           cdr_interval: float = 60.0) -> tuple[Wallboard, PollerDouble, FakeClient]:
    poller, client = PollerDouble(), FakeClient(cdrs or [])
    board = Wallboard(FakeSession(client), poller, cdr_interval, clock)  # type: ignore[arg-type]
    return board, poller, client


async def test_talk_time_runs_from_when_a_call_was_first_seen_answered(fast_tick: None) -> None:
    clock = Clock(T0)
    board, poller, _ = feeder(clock)
    emitted: list[LiveCounters] = []
    board.countersChanged.connect(emitted.append)
    board.start()
    poller.push(live("a", "CS_ROUTING", created=T0 - 5 * S))
    assert board.counters.ringing == 1 and board.counters.longest_ring_seconds == 5
    clock.now += 10 * S
    poller.push(live("a", "CS_EXCHANGE_MEDIA", created=T0 - 5 * S))
    assert board.counters.talking == 1 and board.counters.longest_talk_seconds == 0
    clock.now += 30 * S  # the tick notices the time passing without a poll
    await until(lambda: board.counters.longest_talk_seconds == 30)
    poller.push(live("a", "CS_HIBERNATE", created=T0 - 5 * S))
    assert board.counters.on_hold == 1 and board.counters.longest_talk_seconds == 30
    count = len(emitted)
    await asyncio.sleep(0.1)  # several ticks, the clock stands still: nothing new to say
    assert len(emitted) == count
    poller.push()
    assert board.counters == LiveCounters() and emitted[-1] == LiveCounters()
    poller.push(live("a", "CS_ROUTING", created=clock.now))  # the same id again: a new call
    clock.now += 3 * S
    poller.push(live("a", "CS_EXCHANGE_MEDIA", created=clock.now - 3 * S))
    assert board.counters.longest_talk_seconds == 0
    board.stop()


async def test_a_call_already_answered_when_first_seen_is_timed_from_its_start() -> None:
    clock = Clock(T0)
    board, poller, _ = feeder(clock)
    poller.push(live("old", "CS_EXCHANGE_MEDIA", created=T0 - 3600 * S),
                live("skewed", "CS_HIBERNATE", created=T0 + 5 * S),  # the PBX's clock runs ahead
                live("ringing", "CS_ROUTING", created=T0 - 20 * S))
    board.start()  # logged in while these calls were going on
    assert board.counters.longest_talk_seconds == 3600
    assert board.counters.longest_ring_seconds == 20
    clock.now += 10 * S
    poller.push(live("skewed", "CS_HIBERNATE", created=T0 + 5 * S),
                live("ringing", "CS_EXCHANGE_MEDIA", created=T0 - 20 * S))
    assert board.counters.longest_talk_seconds == 10  # "skewed" from when it was first seen
    board.stop()


async def test_a_missed_update_is_noticed_and_the_calls_counted_afresh(
        caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock(T0)
    board, poller, _ = feeder(clock)
    board.start()
    poller.push(live("a", "CS_ROUTING"))
    poller.snapshot.apply([live("a", "CS_ROUTING"), live("b", "CS_EXCHANGE_MEDIA")])  # unsaid
    poller.push(live("a", "CS_ROUTING"), live("b", "CS_EXCHANGE_MEDIA"), live("c", "CS_ROUTING"))
    assert (board.counters.active, board.counters.ringing, board.counters.talking) == (3, 2, 1)
    assert "counting afresh" in caplog.text
    board.stop()


async def test_loads_never_overlap_and_a_failure_keeps_the_last_numbers() -> None:
    clock = Clock(at(15))
    board, _, client = feeder(clock, [cdr(at(9), "answered", billsec=60), cdr(at(9), "busy")])
    failures: list[str] = []
    board.statsFailed.connect(failures.append)
    client.gate = asyncio.Event()
    board.start()
    for _ in range(5):
        board.refresh()
        await asyncio.sleep(0.01)
    assert board.loading and len(client.queries) == 1
    query = client.queries[0]
    assert (query.start_date, query.end_date) == (at(0), at(0, day=DAY + timedelta(days=1)))
    client.gate.set()
    await until(lambda: board.stats is not None)
    good = board.stats
    assert good is not None and good.total == 2 and board.stats_loaded_at == at(15)
    client.error = ServerError("upstream timed out", status=502)
    board.refresh()
    await until(lambda: failures)
    assert "The PBX had a problem" in failures[0] and board.error == failures[0]
    assert board.stats is good and board.stats_loaded_at == at(15)
    client.error = None
    clock.now = at(15, 1)
    board.refresh()
    await until(lambda: board.error == "" and board.stats_loaded_at == at(15, 1))
    assert client.peak == 1
    board.stop()


async def test_it_reloads_on_its_interval_and_starts_afresh_at_midnight(fast_tick: None) -> None:
    clock = Clock(at(23, 59, 58))
    board, _, client = feeder(clock, [cdr(at(22), "answered", billsec=5)], cdr_interval=0.05)
    board.start()
    await until(lambda: board.loads >= 3)
    assert board.stats is not None and board.stats.total == 1
    board.cdr_interval = 600.0  # from now on only the new day makes it load
    await until(lambda: not board.loading)
    loads = board.loads
    clock.now = at(0, 0, 1, day=DAY + timedelta(days=1))
    await until(lambda: board.stats is not None and board.stats.day == clock.now.date())
    assert board.loads == loads + 1 and board.stats.total == 0
    assert client.queries[-1].start_date == at(0, day=DAY + timedelta(days=1))
    board.stop()


async def test_stop_forgets_everything_and_drops_the_load_in_flight() -> None:
    board, poller, client = feeder(Clock(T0))
    changed: list[DayStats] = []
    cleared: list[bool] = []
    board.statsChanged.connect(changed.append)
    board.cleared.connect(lambda: cleared.append(True))
    client.gate = asyncio.Event()
    board.start()
    poller.push(live("a", "CS_EXCHANGE_MEDIA"))
    await until(lambda: client.in_flight == 1)
    board.stop()
    assert cleared and board.counters == LiveCounters() and board.stats is None
    client.gate.set()
    await until(lambda: client.in_flight == 0)
    await asyncio.sleep(0.05)
    assert changed == [] and not board.running
    poller.push(live("b", "CS_ROUTING"))  # a stopped wallboard does not count
    assert board.counters == LiveCounters()


# --- against the simulator -----------------------------------------------------------------------


@asynccontextmanager
async def supervisor(sim: Simulator, tmp_path: Path) -> AsyncIterator[Session]:
    """A real session of the demo tenant's supervisor, logged out at the end whatever happens.
    Made inside the test, as tests/ui does: one logged in by an async fixture stalled here."""
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    account = await session.login(sim.url, "supervisor", "demo123")
    assert account.is_admin
    try:
        yield session
    finally:
        await session.logout()


def busiest_day(sim: Simulator) -> date:
    return Counter(c.started.date() for c in sim.tenant.cdrs).most_common(1)[0][0]


def expected_stats(sim: Simulator, day: date) -> dict[str, Any]:
    """The day's numbers straight from the simulator's own records."""
    todays = [c for c in sim.tenant.cdrs if c.started.date() == day]
    statuses = Counter(CdrStatus.of(c.status) for c in todays)
    rated = sum(statuses[s] for s in (CdrStatus.ANSWERED, CdrStatus.NO_ANSWERED, CdrStatus.BUSY,
                                      CdrStatus.CANCEL, CdrStatus.NOT_AVAILABLE))
    talks = [c.billsec for c in todays if c.status == "answered"]
    return {
        "total": len(todays),
        "totals": dict(statuses),
        "per_hour": {h: dict(Counter(CdrStatus.of(c.status) for c in todays if c.started.hour == h))
                     for h in range(24)},
        "inbound": sum(c.direction == "inbound" for c in todays),
        "outbound": sum(c.direction == "outbound" for c in todays),
        "internal": sum(c.direction == "local" for c in todays),
        "answer_rate": statuses[CdrStatus.ANSWERED] / rated if rated else None,
        "average_talk_seconds": sum(talks) / len(talks) if talks else None,
    }


def actual_stats(stats: DayStats) -> dict[str, Any]:
    return {name: getattr(stats, name) for name in (
        "total", "totals", "per_hour", "inbound", "outbound", "internal", "answer_rate",
        "average_talk_seconds")}


def assert_same_stats(stats: DayStats | None, expected: dict[str, Any]) -> None:
    """The default mapping has no billsec: talk time comes from whole-second timestamps, so
    each call may be a second off the simulator's exact figure."""
    assert stats is not None
    actual = actual_stats(stats)
    talk, expected_talk = actual.pop("average_talk_seconds"), expected.pop("average_talk_seconds")
    assert actual == expected
    assert (talk is None) == (expected_talk is None)
    if talk is not None:
        assert talk == pytest.approx(expected_talk, abs=1.0)


async def test_counters_follow_an_inbound_call_and_the_day_picks_it_up(
        sim: Simulator, control: httpx.AsyncClient, tmp_path: Path, qtbot: QtBot) -> None:
    async with supervisor(sim, tmp_path) as session:
        poller = LiveCallPoller(session, interval=0.05)
        board = Wallboard(session, poller, cdr_interval=600.0)
        view = WallboardView(board)
        qtbot.addWidget(view)
        poller.start()
        board.start()
        await until(lambda: board.stats is not None)
        before = board.stats.total
        assert_same_stats(board.stats, expected_stats(sim, datetime.now().date()))

        call = (await control.post("/_sim/calls/inbound", json={"to": "101"})).json()
        await until(lambda: board.counters.ringing == 1)
        assert (board.counters.active, board.counters.inbound, board.counters.talking) == (
            1, 1, 0)
        assert view.tiles["ringing"].value == "1"
        await control.post(f"/_sim/calls/{call['call_id']}/answer", json={})
        await until(lambda: board.counters.talking == 1)
        assert board.counters.ringing == 0 and board.counters.active == 1
        assert view.tiles["talking"].value == "1"
        assert view.tiles["longest_talk"].value == "0:00"
        await control.post(f"/_sim/calls/{call['call_id']}/hangup", json={})
        await until(lambda: board.counters.active == 0)
        assert board.counters == LiveCounters() and view.tiles["active"].value == "0"

        board.refresh()  # the ended call is in the next load of today's CDRs
        await until(lambda: board.stats is not None and board.stats.total == before + 1)
        assert_same_stats(board.stats, expected_stats(sim, datetime.now().date()))
        assert board.stats.answered >= 1
        assert view.tiles["calls_today"].value == str(before + 1)
        board.stop()
        poller.stop()


async def test_day_stats_equal_the_simulators_numbers_for_a_busy_day(
        sim: Simulator, tmp_path: Path) -> None:
    busiest = busiest_day(sim)
    async with supervisor(sim, tmp_path) as session:
        board = Wallboard(session, LiveCallPoller(session),
                          clock=lambda: datetime.combine(busiest, time(20)))
        board.start()
        await until(lambda: board.stats is not None)
        expected = expected_stats(sim, busiest)
        assert expected["total"] > 20  # enough to mean something
        assert_same_stats(board.stats, expected)
        board.stop()


async def test_a_failed_load_says_so_and_the_board_keeps_its_numbers(
        sim: Simulator, control: httpx.AsyncClient, tmp_path: Path, qtbot: QtBot) -> None:
    busiest = busiest_day(sim)
    async with supervisor(sim, tmp_path) as session:
        board = Wallboard(session, LiveCallPoller(session),
                          clock=lambda: datetime.combine(busiest, time(20)))
        view = WallboardView(board)
        qtbot.addWidget(view)
        failures: list[str] = []
        board.statsFailed.connect(failures.append)
        board.start()
        await until(lambda: board.stats is not None)
        shown = {key: tile.value for key, tile in view.tiles.items()}
        stats = board.stats
        assert "as of 20:00" in view.status.text()
        await control.post("/_sim/faults", json={"error_rate": 1.0})
        board.refresh()
        await until(lambda: failures)
        assert board.stats is stats and board.error == failures[0]
        shown_error = plain(failures[0])  # quoted whole, isolated: the inner marks go
        assert shown_error in view.status.text() and "(showing 20:00)" in view.status.text()
        assert {key: tile.value for key, tile in view.tiles.items()} == shown
        await control.delete("/_sim/faults")
        board.refresh()
        await until(lambda: board.error == "" and not board.loading)
        assert "could not" not in view.status.text() and board.stats == stats
        board.stop()
        assert view.stats is None and view.tiles["calls_today"].value == "—"


# --- the view ------------------------------------------------------------------------------------


def demo_stats(now: datetime) -> DayStats:
    """A busy afternoon from the demo tenant's generator, read back through the client's parser."""
    tenant = build_demo_tenant(3, 1400, 7, now=now)
    return day_stats([Cdr.parse(Fields(render_default(c, "http://sim"))) for c in tenant.cdrs],
                     now.date())


def demo_counters(now: datetime) -> LiveCounters:
    calls = [live("r1", "CS_ROUTING", created=now - 42 * S),
             live("r2", "CS_ROUTING", created=now - 12 * S),
             live("d1", "CS_EXECUTE", "outbound", created=now - 8 * S),
             live("t1", "CS_EXCHANGE_MEDIA"), live("t2", "CS_EXCHANGE_MEDIA", "outbound"),
             live("t3", "CS_EXCHANGE_MEDIA"), live("h1", "CS_HIBERNATE"),
             live("l1", "CS_EXCHANGE_MEDIA", "local")]
    answered = {"t1": now - 390 * S, "t2": now - 180 * S, "t3": now - 80 * S,
                "h1": now - 280 * S, "l1": now - 30 * S}
    return live_counters(calls, now, answered)


def colour_share(image: QImage, colour: QColor, step: int = 3) -> float:
    """The share of (sampled) pixels of about ``colour``."""
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixelColor(x, y)
            total += 1
            if (abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green())
                    + abs(pixel.blue() - colour.blue())) < 24:
                hits += 1
    return hits / total


def test_bars_stand_in_proportion_and_stack_in_order(qtbot: QtBot) -> None:
    chart = HourlyChart()
    qtbot.addWidget(chart)
    chart.resize(900, 360)
    chart.set_data({9: {CdrStatus.ANSWERED: 6, CdrStatus.BUSY: 2, CdrStatus.INVALID: 1,
                        CdrStatus.NOT_AVAILABLE: 1},
                    10: {CdrStatus.NO_ANSWERED: 3, CdrStatus.CANCEL: 1},
                    14: {CdrStatus.ANSWERED: 1}, 20: {CdrStatus.UNKNOWN: 2}}, current_hour=15)
    assert chart.hours() == list(range(8, 21))  # 08–17, stretched to the last call
    bars = chart.bar_rects()
    assert set(bars) == {9, 10, 14, 20}
    assert [series for series, _ in bars[9]] == [Series.ANSWERED, Series.BUSY, Series.OTHER]
    assert [series for series, _ in bars[10]] == [Series.NO_ANSWER, Series.CANCEL]
    counts = {(9, Series.ANSWERED): 6, (9, Series.BUSY): 2, (9, Series.OTHER): 2,
              (10, Series.NO_ANSWER): 3, (10, Series.CANCEL): 1, (14, Series.ANSWERED): 1,
              (20, Series.OTHER): 2}
    per_call = {round(rect.height() / counts[hour, series], 6)
                for hour, segments in bars.items() for series, rect in segments}
    assert len(per_call) == 1  # every call is the same height
    plot = chart.plot_rect()
    axis_top, _ = chart.axis()
    assert axis_top >= 10 and per_call.pop() == pytest.approx(plot.height() / axis_top)
    for segments in bars.values():
        assert segments[0][1].bottom() == pytest.approx(plot.bottom())
        for (_, lower), (_, upper) in zip(segments, segments[1:]):
            assert upper.bottom() == pytest.approx(lower.top())
    assert all(plot.contains(rect.center()) for segments in bars.values() for _, rect in segments)
    assert chart.hour_at(bars[9][0][1].center()) == 9
    assert "10 calls" in chart.tooltip_text(9) and "Busy: 2" in chart.tooltip_text(9)


def test_charts_draw_their_colours_and_say_when_there_is_nothing(qtbot: QtBot) -> None:
    chart, gauge = HourlyChart(), AnswerRateGauge()
    for widget in (chart, gauge):
        qtbot.addWidget(widget)
        widget.resize(640, 320)
    chart.set_data({})
    gauge.set_data(0, 0)
    assert chart.is_empty() and chart.bar_rects() == {}
    assert gauge.rate() is None and gauge.arc_degrees() == 0 and gauge.percent_text() == "—"
    assert gauge.caption() == "No calls yet today"
    plot = chart.plot_rect().toRect()
    empty = chart.grab(plot).toImage()  # the legend keeps its swatches; the plot is empty
    assert colour_share(empty, SERIES_COLOURS[Series.ANSWERED]) == 0
    assert colour_share(empty, QColor("#5f6368"), step=1) > 0  # the words "No calls yet today"

    chart.set_data({9: {CdrStatus.ANSWERED: 8, CdrStatus.BUSY: 2}})
    image = chart.grab().toImage()
    green = colour_share(image, SERIES_COLOURS[Series.ANSWERED])
    red = colour_share(image, SERIES_COLOURS[Series.BUSY])
    assert green > 0 and red > 0 and green / red == pytest.approx(4, rel=0.35)

    gauge.set_data(41, 50)
    assert gauge.percent_text() == "82%" and gauge.arc_degrees() == pytest.approx(0.82 * 360)
    assert gauge.colour().name() == "#1e8e3e" and gauge.caption() == "41 of 50 calls answered"
    assert colour_share(gauge.grab().toImage(), QColor("#1e8e3e")) > 0.03
    gauge.set_data(35, 50)
    assert gauge.colour().name() == "#e37400"
    gauge.set_data(20, 50)
    assert gauge.colour().name() == "#d93025"
    assert colour_share(gauge.grab().toImage(), QColor("#d93025")) > 0.01


def test_tiles_show_the_numbers_and_turn_amber_then_red(qtbot: QtBot) -> None:
    view = WallboardView()
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.set_counters(LiveCounters(active=5, ringing=2, talking=2, on_hold=1, inbound=3,
                                   outbound=1, internal=1, longest_ring_seconds=12,
                                   longest_talk_seconds=3725))
    tiles = view.tiles
    assert [tiles[k].value for k in ("active", "ringing", "talking", "on_hold", "directions")] == [
        "5", "2", "2", "1", "3 / 1"]
    assert tiles["active"].detail == "1 internal"
    assert tiles["longest_ring"].value == "0:12" and tiles["longest_ring"].tone == Tone.NONE
    assert tiles["longest_talk"].value == "1:02:05" and tiles["longest_talk"].tone == Tone.ALARM
    view.set_counters(LiveCounters(active=1, ringing=1, longest_ring_seconds=31))
    assert tiles["longest_ring"].tone == Tone.WARN
    assert tiles["longest_talk"].value == "—" and tiles["longest_talk"].tone == Tone.NONE
    view.set_counters(LiveCounters(active=1, ringing=1, longest_ring_seconds=61))
    assert tiles["longest_ring"].tone == Tone.ALARM
    view.set_long_call_minutes(10)
    view.set_counters(LiveCounters(active=1, talking=1, longest_talk_seconds=601))
    assert tiles["longest_talk"].tone == Tone.WARN

    view.set_stats(day_stats([cdr(at(9), "answered", billsec=90), cdr(at(9), "answered",
                                                                      billsec=30),
                              cdr(at(10), "no-answered", "outbound")], DAY), at(10, 5))
    assert tiles["calls_today"].value == "3" and tiles["calls_today"].detail == "2 in · 1 out"
    assert tiles["answer_rate"].value == "67%" and tiles["answer_rate"].tone == Tone.WARN
    assert tiles["average_talk"].value == "1:00"
    assert view.status.text() == "Today's numbers as of 10:05"
    assert view.hourly.current_hour == 10 and view.gauge.rated == 3
    view.set_stats(day_stats([], DAY))
    assert tiles["answer_rate"].value == "—" and tiles["average_talk"].value == "—"
    assert view.hourly.is_empty()
    assert [duration_text(s) for s in (None, 0, 59.6, 61, 3600)] == [
        "—", "0:00", "1:00", "1:01", "1:00:00"]


def test_large_mode_doubles_everything_on_a_wall_screen(qtbot: QtBot) -> None:
    view = WallboardView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    tile = view.tiles["active"]
    normal = (tile.height(), view.heading.font().pixelSize(), tile.value_font().pixelSize())
    qtbot.mouseClick(view.large_button, Qt.MouseButton.LeftButton)
    assert view.large and view.scale == 2.0
    assert view.hourly.scale == view.gauge.scale == tile.scale == 2.0
    qtbot.waitUntil(lambda: tile.height() > normal[0] * 1.8)
    assert view.heading.font().pixelSize() == 2 * normal[1]
    assert tile.value_font().pixelSize() == 2 * normal[2]
    view.resize(1280, 800)  # a smaller screen: as large as fits
    qtbot.waitUntil(lambda: 1.0 < view.scale < 2.0)
    assert view.minimumSizeHint().height() <= 800 and view.minimumSizeHint().width() <= 1280
    view.set_large(False)
    assert not view.large_button.isChecked() and view.scale == 1.0
    qtbot.waitUntil(lambda: tile.height() == normal[0])


def test_a_short_window_gets_compact_tiles_and_keeps_room_for_the_charts(qtbot: QtBot) -> None:
    view = WallboardView()
    qtbot.addWidget(view)
    view.set_counters(LiveCounters(active=2, internal=1))
    view.resize(980, 760)
    view.show()
    qtbot.waitExposed(view)
    tile = view.tiles["active"]
    assert not view.compact and not tile.compact
    tall = tile.height()
    view.resize(980, 440)  # the default main window, less its header and tabs
    qtbot.waitUntil(lambda: tile.compact and tile.height() < tall - 15)
    assert tile.toolTip() == "Active calls\n1 internal"  # the detail line, kept for the mouse
    qtbot.waitUntil(lambda: view.minimumSize().height() <= 440)
    view.resize(980, 440)  # (the first time the taller tiles' minimum still held it up)
    qtbot.waitUntil(lambda: view.height() == 440 and laid_out(view))
    assert view.hourly.short() and view.hourly.plot_rect().height() > 70
    view.set_large(True)  # large mode is for big screens: never compact
    assert not view.compact


def test_f11_goes_full_screen_in_large_mode_and_back(qtbot: QtBot) -> None:
    view = WallboardView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert view.window().isFullScreen() and view.large
    assert view.full_button.text() == "Exit full screen"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.window().isFullScreen() and not view.large
    assert view.full_button.text() == "Full screen"


class Brackets(QTranslator):
    """Translates everything into [everything]."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return f"[{source}]"

    def isEmpty(self) -> bool:
        return False


def test_every_word_follows_a_language_change(qtbot: QtBot) -> None:
    view = WallboardView()
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.set_counters(LiveCounters(active=1, talking=1, longest_talk_seconds=5))
    view.set_stats(day_stats([cdr(at(9), "answered", billsec=5)], DAY), at(9, 30))
    translator = Brackets()
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: view.heading.text() == "[Wallboard]")
        assert all(t.title.startswith("[") and t.detail.startswith("[")
                   for t in view.tiles.values()), [(t.title, t.detail) for t in view.tiles.values()]
        assert view.large_button.text() == "[Large]" and view.status.text().startswith("[")
        assert view.hourly.title() == "[Calls per hour today]"
        assert view.gauge.title() == "[Answer rate today]"
        assert view.hourly.tooltip_text(9).startswith("09:00–10:00: [1 call]")
        assert "[Answered]: 1" in view.hourly.tooltip_text(9)
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: view.heading.text() == "Wallboard")


def laid_out(view: WallboardView) -> bool:
    """The layout has caught up with the last change of scale: nothing overlaps or is cut."""
    tiles = view.tiles
    return (tiles["active"].geometry().bottom() < tiles["longest_ring"].geometry().top()
            and tiles["longest_ring"].geometry().bottom() < view.hourly.geometry().top()
            and tiles["active"].height() == tiles["active"].sizeHint().height()
            and view.heading.width() >= view.heading.sizeHint().width())


def test_a_look_at_it(qtbot: QtBot, tmp_path: Path) -> None:
    """Demo data, normal and large. Set WALLBOARD_SHOTS=dir to keep the PNGs (docs/screenshots)."""
    now = datetime.combine(date.today(), time(15, 42))
    out = Path(os.environ.get("WALLBOARD_SHOTS", "") or tmp_path)
    view = WallboardView()
    qtbot.addWidget(view)
    view.set_counters(demo_counters(now))
    view.set_stats(demo_stats(now), now)
    for name, size, large in (("wallboard.png", (1280, 800), False),
                              ("wallboard-large.png", (1920, 1080), True)):
        view.set_large(large)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        qtbot.waitUntil(lambda: view.size().width() == size[0] and laid_out(view))
        image = view.grab().toImage()
        assert (image.width(), image.height()) == size
        assert colour_share(image, SERIES_COLOURS[Series.ANSWERED]) > 0.01
        assert colour_share(image, QColor("#ffffff")) > 0.3  # the cards
        assert image.save(str(out / name))
