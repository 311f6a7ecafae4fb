"""The supervisor's wallboard numbers: live counters from the poller, today's totals from the CDRs.

``live_counters`` and ``day_stats`` are pure functions of their inputs (calls or CDRs and a clock
reading), so they are tested with hand-made data. ``Wallboard`` feeds them: it recounts the live
calls on every poller update and once a second (the longest ring and talk keep growing), times
each conversation from when it was first seen answered (from its start if it was already answered
when first seen), and loads today's CDRs in the background every ``cdr_interval`` seconds, one
load at a time. A failed load keeps the last numbers and says why. Qt signals at the edge, no
widgets.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from ..pbx import PbxError
from ..pbx.models import Cdr, CdrQuery, CdrStatus, LiveCall
from .call_diff import CallDiff, Phase, is_answered, phase
from .live_calls import LiveCallPoller
from .messages import describe
from .session import Session

log = logging.getLogger(__name__)

__all__ = ["DayStats", "LiveCounters", "Wallboard", "day_stats", "live_counters", "talk_seconds",
           "ANSWER_RATE_STATUSES"]

# Unanswered-yet phases: the agent's phone rings, or (outbound) the customer's.
_RINGING = (Phase.STARTING, Phase.RINGING, Phase.DIALING)
_TALKING = (Phase.TALKING, Phase.TRANSFERRING)
_ON_HOLD = (Phase.ON_HOLD, Phase.PARKED)

#: The statuses an answer rate is taken over: calls someone could have answered. ``invalid`` (the
#: agent's own phone never picked up a click-to-call) and ``unknown`` are left out.
ANSWER_RATE_STATUSES = (CdrStatus.ANSWERED, CdrStatus.NO_ANSWERED, CdrStatus.BUSY,
                        CdrStatus.CANCEL, CdrStatus.NOT_AVAILABLE)


# --- live counters -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LiveCounters:
    """The calls on the PBX right now. One entry of ``GET /v2/call`` counts as one call (a ring
    group rings one entry per member). Seconds are whole seconds."""

    active: int = 0
    ringing: int = 0  # not answered yet: the agent's phone rings, or the customer's (outbound)
    talking: int = 0
    on_hold: int = 0  # on hold or parked
    inbound: int = 0
    outbound: int = 0
    internal: int = 0  # extension to extension, supervisors' listen / whisper / barge legs
    longest_ring_seconds: int = 0
    longest_talk_seconds: int = 0  # talking or on hold, from when it was first seen answered


def _seconds(since: datetime | None, now: datetime) -> int:
    if since is None:
        return 0
    return max(0, int((now - since).total_seconds()))


def live_counters(calls: Iterable[LiveCall], now: datetime,
                  answered_since: Mapping[str, datetime]) -> LiveCounters:
    """Count ``calls`` at ``now``. Ring time runs from a call's ``created_time``; talk time from
    ``answered_since[call_id]`` (when the call was first seen answered; missing: not counted)."""
    active = ringing = talking = on_hold = inbound = outbound = internal = 0
    longest_ring = longest_talk = 0
    for call in calls:
        active += 1
        kind = phase(call)
        if kind in _RINGING:
            ringing += 1
            longest_ring = max(longest_ring, _seconds(call.created_time, now))
        elif kind in _TALKING:
            talking += 1
        elif kind in _ON_HOLD:
            on_hold += 1
        if is_answered(call):
            longest_talk = max(longest_talk, _seconds(answered_since.get(call.call_id), now))
        if call.direction == "inbound":
            inbound += 1
        elif call.direction == "outbound":
            outbound += 1
        else:
            internal += 1
    return LiveCounters(active, ringing, talking, on_hold, inbound, outbound, internal,
                        longest_ring, longest_talk)


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


def _talking_since(call: LiveCall, now: datetime) -> datetime:
    """For a call already answered when first seen (the board just started): its start, the best
    guess there is (a little early by its ring time), rather than now (which would hide a call
    that has run for an hour)."""
    created = call.created_time
    return created if created is not None and created <= now else now


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
        self._answered_since: dict[str, datetime] = {}  # call_id: when first seen answered
        self._seen_unanswered: set[str] = set()  # calls seen before they were answered
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
        self._recount(self.poller.snapshot.calls)
        self.refresh()

    def stop(self) -> None:
        """End (logout): timers stop, a load in flight is dropped, the numbers are forgotten."""
        self._running = False
        self._tick.stop()
        self._reload.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._answered_since.clear()
        self._seen_unanswered.clear()
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
        if self._running:
            self._recount(self.poller.snapshot.calls)

    def _on_tick(self) -> None:
        self._recount(self.poller.snapshot.calls)
        if (self.stats is not None and self.stats.day != self.clock().date()
                and not self.loading):
            self.refresh()  # midnight: a new day starts from zero

    def _recount(self, calls: Mapping[str, LiveCall]) -> None:
        now = self.clock()
        for call_id in [cid for cid in self._answered_since if cid not in calls]:
            del self._answered_since[call_id]
        self._seen_unanswered &= calls.keys()
        for call_id, call in calls.items():
            if not is_answered(call):
                self._seen_unanswered.add(call_id)
            elif call_id not in self._answered_since:
                self._answered_since[call_id] = (
                    now if call_id in self._seen_unanswered else _talking_since(call, now))
        counters = live_counters(calls.values(), now, self._answered_since)
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
