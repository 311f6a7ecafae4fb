"""The supervisor's wallboard numbers: live counters from the poller, today's totals from the CDRs.

``day_stats`` is a pure function of CDRs and a day, tested with hand-made data; the live
counters are ``live_counters`` (``core.live_counters``). ``Wallboard`` feeds them: it keeps the
live counters from the poller's diffs (a ``LiveTally``, call by call) and refreshes them once a
second (the longest ring and talk keep growing), times each conversation from when it was first
seen answered (from its start if it was already answered when first seen), and loads today's CDRs
in the background every ``cdr_interval`` seconds, one load at a time. A failed load keeps the
last numbers and says why. Qt signals at the edge, no widgets.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from ..pbx import PbxError
from ..pbx.models import Cdr, CdrQuery, CdrStatus
from .call_diff import CallDiff
from .live_counters import LiveCounters, LiveTally, live_counters
from .live_calls import LiveCallPoller
from .messages import describe
from .session import Session

log = logging.getLogger(__name__)

__all__ = ["DayStats", "LiveCounters", "Wallboard", "day_stats", "live_counters", "talk_seconds",
           "ANSWER_RATE_STATUSES"]

#: The statuses an answer rate is taken over: calls someone could have answered. ``invalid`` (the
#: agent's own phone never picked up a click-to-call) and ``unknown`` are left out.
ANSWER_RATE_STATUSES = (CdrStatus.ANSWERED, CdrStatus.NO_ANSWERED, CdrStatus.BUSY,
                        CdrStatus.CANCEL, CdrStatus.NOT_AVAILABLE)


# --- the day's statistics ----------------------------------------------------------------------


@dataclass(frozen=True)
class DayStats:
    """Today's calls from the CDRs. Status counts hold only statuses that occurred."""

    day: date
    per_hour: dict[int, dict[CdrStatus, int]] = field(
        default_factory=lambda: {hour: {} for hour in range(24)})  # by time_started, 0–23
    totals: dict[CdrStatus, int] = field(default_factory=dict)
    total: int = 0
    inbound: int = 0
    outbound: int = 0
    internal: int = 0
    answer_rate: float | None = None  # 0–1 over ANSWER_RATE_STATUSES; None without such calls
    average_talk_seconds: float | None = None  # billsec of answered calls; None without any

    def count(self, status: CdrStatus) -> int:
        return self.totals.get(status, 0)

    @property
    def answered(self) -> int:
        return self.count(CdrStatus.ANSWERED)

    @property
    def rated(self) -> int:
        """The calls the answer rate is taken over."""
        return sum(self.count(status) for status in ANSWER_RATE_STATUSES)


def talk_seconds(cdr: Cdr) -> int | None:
    """A CDR's talk time: ``billsec`` (flex mapping), else answered to ended (default mapping)."""
    if cdr.billsec is not None:
        return cdr.billsec
    if cdr.time_answered is not None and cdr.time_ended is not None:
        return max(0, int((cdr.time_ended - cdr.time_answered).total_seconds()))
    return None


def day_stats(cdrs: Iterable[Cdr], day: date) -> DayStats:
    """Statistics of the CDRs that started on ``day`` (others, and CDRs without a start, are
    ignored)."""
    per_hour: dict[int, Counter[CdrStatus]] = {hour: Counter() for hour in range(24)}
    totals: Counter[CdrStatus] = Counter()
    directions: Counter[str] = Counter()
    talks: list[int] = []
    for cdr in cdrs:
        if cdr.time_started is None or cdr.time_started.date() != day:
            continue
        status = cdr.status_kind
        per_hour[cdr.time_started.hour][status] += 1
        totals[status] += 1
        directions[cdr.direction if cdr.direction in ("inbound", "outbound") else "internal"] += 1
        if status is CdrStatus.ANSWERED:
            talk = talk_seconds(cdr)
            if talk is not None:
                talks.append(talk)
    rated = sum(totals[status] for status in ANSWER_RATE_STATUSES)
    return DayStats(
        day=day,
        per_hour={hour: dict(counts) for hour, counts in per_hour.items()},
        totals=dict(totals),
        total=sum(totals.values()),
        inbound=directions["inbound"],
        outbound=directions["outbound"],
        internal=directions["internal"],
        answer_rate=totals[CdrStatus.ANSWERED] / rated if rated else None,
        average_talk_seconds=sum(talks) / len(talks) if talks else None,
    )


# --- the feeder ---------------------------------------------------------------------------------


class Wallboard(QObject):
    """Keeps ``counters`` and ``stats`` current while started (logged in as a supervisor)."""

    countersChanged = Signal(object)  # LiveCounters
    statsChanged = Signal(object)  # DayStats
    statsFailed = Signal(str)  # a sentence for people; the last stats stay
    loadingChanged = Signal(bool)  # a CDR load began (True) or ended (False)
    cleared = Signal()  # stopped: nothing to show until the next start

    TICK_MS = 1000

    def __init__(
        self,
        session: Session,
        poller: LiveCallPoller,
        cdr_interval: float = 60.0,
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.poller = poller
        self.cdr_interval = cdr_interval
        self.clock = clock
        self.counters = LiveCounters()
        self.stats: DayStats | None = None
        self.stats_loaded_at: datetime | None = None  # clock time of the last good load
        self.error = ""  # why the last load failed; "" after a good one
        self.loads = 0  # loads finished, good or not
        self._tally = LiveTally()  # the live counters, kept from the poller's diffs
        self._running = False
        self._task: asyncio.Task[None] | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(self.TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.timeout.connect(self.refresh)
        poller.updated.connect(self._on_update)

    # --- control ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    @property
    def loading(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        """Begin: count the poller's calls now and load today's CDRs."""
        if self._running:
            return
        self._running = True
        self._tick.start()
        self._tally.clear()
        now = self.clock()
        self._tally.rebuild(self.poller.snapshot.calls, now)
        self._publish(now)
        self.refresh()

    def stop(self) -> None:
        """End (logout): timers stop, a load in flight is dropped, the numbers are forgotten."""
        self._running = False
        self._tick.stop()
        self._reload.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._tally.clear()
        self.counters = LiveCounters()
        self.stats = None
        self.stats_loaded_at = None
        self.error = ""
        self.cleared.emit()

    def refresh(self) -> None:
        """Load today's CDRs now, unless a load is in flight (its end schedules the next)."""
        if not self._running or self.loading:
            return
        self._reload.stop()
        self._task = asyncio.ensure_future(self._load())
        self.loadingChanged.emit(True)

    # --- live counters ------------------------------------------------------------------------

    def _on_update(self, diff: CallDiff) -> None:
        if not self._running:
            return
        calls = self.poller.snapshot.calls
        now = self.clock()
        self._tally.apply(diff, now)
        if len(self._tally) != len(calls):  # a diff missed: count the calls afresh
            log.warning("wallboard: %d calls counted, the poller has %d; counting afresh",
                        len(self._tally), len(calls))
            self._tally.rebuild(calls, now)
        self._publish(now)

    def _on_tick(self) -> None:
        now = self.clock()
        self._publish(now)
        if (self.stats is not None and self.stats.day != now.date()
                and not self.loading):
            self.refresh()  # midnight: a new day starts from zero

    def _publish(self, now: datetime) -> None:
        counters = self._tally.counters(now)
        if counters != self.counters:
            self.counters = counters
            self.countersChanged.emit(counters)

    # --- today's CDRs ---------------------------------------------------------------------------

    async def _load(self) -> None:
        try:
            await self._load_today()
        finally:
            self.loadingChanged.emit(False)

    async def _load_today(self) -> None:
        client = self.session.client
        if client is None:
            self._schedule()
            return
        now = self.clock()
        day = now.date()
        start = datetime.combine(day, time())
        try:
            cdrs = [cdr async for cdr in client.iter_cdrs(
                CdrQuery(start_date=start, end_date=start + timedelta(days=1)))]
        except asyncio.CancelledError:
            raise
        except PbxError as error:
            if self._running and client is self.session.client:
                self.loads += 1
                self.error = describe(error)
                log.info("wallboard: today's calls could not be loaded: %s", error)
                self.statsFailed.emit(self.error)
            self._schedule()
            return
        if not self._running or client is not self.session.client:  # logged out meanwhile
            self._schedule()
            return
        self.loads += 1
        self.stats = day_stats(cdrs, day)
        self.stats_loaded_at = now
        self.error = ""
        self.statsChanged.emit(self.stats)
        self._schedule()

    def _schedule(self) -> None:
        if self._running:
            self._reload.start(int(self.cdr_interval * 1000))
