"""The live-call poller: ``GET /v2/call`` every interval, diffed into row-level changes.

One poll at a time: the next is scheduled only when the last has finished, so a slow PBX makes the
poller skip ticks instead of piling requests up. A failure backs off exponentially with jitter up
to a cap (30 s), and the window and tray say "offline — retrying in 8 s". The poller notices a
sleep (the wall clock jumped ahead of the monotonic one) and a network coming back (Qt's
QNetworkInformation where the platform has it) and polls at once; after any gap it reports the
time range it missed, so missed calls can be found in the CDRs.

With the webhook receiver on, ``apply_event`` folds a ringing / answered / hangup event into the
snapshot at once (the popup does not wait for a poll), and every poll is merged with the events it
could not have seen yet (``core.call_events``): the polls stay the safety net.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..pbx import PbxError
from ..pbx.models import EventData
from .call_diff import CallDiff, CallSnapshot
from .call_events import EventOverlay
from .session import Session

log = logging.getLogger(__name__)

BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
SLEEP_JUMP = 10.0  # seconds the wall clock may run ahead of the monotonic one before we call it sleep


class Backoff:
    """Exponential delays with "equal jitter": half fixed, half random, capped.

    1, 2, 4, 8, 16, 30, 30 … seconds, each between half and all of that. Hand-written because the
    retry libraries (tenacity, backoff) wrap a call in a loop, and this loop is a Qt timer.
    """

    def __init__(self, base: float = BACKOFF_BASE, cap: float = BACKOFF_CAP,
                 rng: Callable[[], float] = random.random) -> None:
        self.base, self.cap, self._rng = base, cap, rng
        self.failures = 0

    def next_delay(self) -> float:
        self.failures += 1
        ceiling = min(self.cap, self.base * 2 ** min(self.failures - 1, 16))
        return ceiling / 2 + self._rng() * ceiling / 2

    def reset(self) -> None:
        self.failures = 0


class LiveCallPoller(QObject):
    updated = Signal(object)  # CallDiff (also the first, full snapshot)
    failed = Signal(str, float)  # a sentence for people, seconds until the next try
    gapEnded = Signal(float, float)  # wall-clock start and end of a time we could not see

    def __init__(
        self,
        session: Session,
        interval: float = 1.0,
        backoff: Backoff | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.interval = interval
        self.backoff = backoff or Backoff()
        self.snapshot = CallSnapshot()
        self.events = EventOverlay()
        self.polls = 0
        self.events_applied = 0
        self.retry_at: float | None = None  # monotonic time of the next try after a failure
        self._monotonic, self._wall = monotonic, wall
        self._task: asyncio.Task[None] | None = None
        self._running = False
        self._last_success_wall: float | None = None
        self._gap_open = False
        self._clock_mark = (monotonic(), wall())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll_now)
        self._watch = QTimer(self)  # notices sleep even while waiting out a long backoff
        self._watch.setInterval(2000)
        self._watch.timeout.connect(self._check_clock)
        self._network = self._network_information()

    # --- control ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self.snapshot = CallSnapshot()
        self.events.clear()
        self.backoff.reset()
        self._last_success_wall = None
        self._gap_open = False
        self._watch.start()
        self.poll_now()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        self._watch.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.retry_at = None
        if self.snapshot.calls:
            self.updated.emit(self.snapshot.apply([]))

    def set_interval(self, seconds: float) -> None:
        self.interval = seconds

    def poll_now(self) -> None:
        """Poll at once unless a poll is in flight (then its end schedules the next)."""
        if not self._running or (self._task is not None and not self._task.done()):
            return
        self._timer.stop()
        self._task = asyncio.ensure_future(self._poll())

    def retry_in(self) -> float | None:
        if self.retry_at is None:
            return None
        return max(0.0, self.retry_at - self._monotonic())

    # --- one poll ---------------------------------------------------------------------------

    async def _poll(self) -> None:
        client = self.session.client
        if client is None:
            return
        started = self._monotonic()
        try:
            calls = await client.list_calls()
        except PbxError as error:
            if self._running and client is self.session.client:
                self._failed(error)
            return
        except Exception as error:  # a bug must not end the polling for good: log, back off
            log.exception("live calls: unexpected error")
            if self._running and client is self.session.client:
                self._failed(error)
            return
        if not self._running or client is not self.session.client:
            return
        self.polls += 1
        diff = self.snapshot.apply(self.events.apply(calls.data, started, self._monotonic()))
        self.retry_at = None
        self.backoff.reset()
        now_wall = self._wall()
        if self._gap_open and self._last_success_wall is not None:
            self._gap_open = False
            log.info("back online after %.0f s", now_wall - self._last_success_wall)
            self.gapEnded.emit(self._last_success_wall, now_wall)
        self._last_success_wall = now_wall
        self.session.note_success()
        if diff or self.polls == 1:
            self.updated.emit(diff)
        elapsed = self._monotonic() - started
        self._schedule(max(0.0, self.interval - elapsed))

    def apply_event(self, data: EventData) -> CallDiff:
        """A webhook event about a live leg, shown at once (``cdr`` events are not about a leg)."""
        if not self._running:
            return CallDiff()
        now = self._monotonic()
        mark = self.events.note(data, now, self.snapshot.calls.get(data.call_id))
        if mark is None:
            return CallDiff()
        calls = dict(self.snapshot.calls)
        if mark.call is None:
            calls.pop(data.call_id, None)
        else:
            calls[data.call_id] = mark.call
        diff = self.snapshot.apply(calls.values())
        self.events_applied += 1
        if diff:
            self.updated.emit(diff)
        return diff

    def _failed(self, error: Exception) -> None:
        delay = self.backoff.next_delay()
        self.retry_at = self._monotonic() + delay
        self._gap_open = True
        if self.backoff.failures == 1:
            log.warning("live calls: %s; retrying in %.1f s", error, delay)
        else:
            log.info("live calls still failing (%d): %s; retrying in %.1f s",
                     self.backoff.failures, type(error).__name__, delay)
        self.session.note_failure(error, retry_in=delay)
        self.failed.emit(self.session.last_error, delay)
        self._schedule(delay)

    def _schedule(self, delay: float) -> None:
        if self._running:
            self._timer.start(int(delay * 1000))

    # --- sleep and network --------------------------------------------------------------------

    def _check_clock(self) -> None:
        mono, wall = self._monotonic(), self._wall()
        last_mono, last_wall = self._clock_mark
        self._clock_mark = (mono, wall)
        if (wall - last_wall) - (mono - last_mono) > SLEEP_JUMP:
            log.info("woke up after about %.0f s asleep: polling now", wall - last_wall)
            self._gap_open = True
            self.backoff.reset()
            self.poll_now()

    def _network_information(self) -> object | None:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if not QNetworkInformation.loadDefaultBackend():
                return None
            info = QNetworkInformation.instance()
        except (ImportError, RuntimeError, AttributeError):
            return None
        if info is None:
            return None
        info.reachabilityChanged.connect(self._reachability_changed)
        return info

    def _reachability_changed(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.network_online()

    def network_online(self) -> None:
        """The network is back (Qt's QNetworkInformation says so, or whoever knows): while
        failing, try again now instead of waiting out the backoff."""
        if self.retry_at is not None:
            log.info("the network is back: polling now")
            self.backoff.reset()
            self.poll_now()


__all__ = ["Backoff", "CallDiff", "LiveCallPoller"]
