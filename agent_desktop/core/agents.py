"""The supervisor's agent board: who is on the team, whether their phone is logged in, what call
they are on, and how many calls they had today. Qt signals at the edge, no widgets.

The team is ``Settings.team`` (usernames) when set. Otherwise it is discovered: the logged-in
account plus every extension seen in a live call or in today's CDRs. A discovered extension has no
username (the API maps usernames to extensions, never back), so its phone status stays unknown,
with the reason, until its username is added to the team.

Phone status comes from ``GET /v2/user/{id}/status``, gently: one round over the team every
``status_interval`` seconds, at most ``parallel`` requests at once, never two rounds at a time
(a slow PBX stretches the round instead). A failure marks that agent's phone "unknown" with the
reason; nothing is raised. The current call comes from the live-call poller's snapshot; the day's
counts from the CDRs since midnight, every ``cdr_interval`` seconds (all pages) and shortly after
one of the team's calls ends.

The UI listens to row-level signals: ``agentAdded(AgentRow)``, ``agentChanged(AgentRow)`` (only
when something in the row changed) and ``agentRemoved(key)``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..config import Settings
from ..pbx import NotFound, PbxError
from ..pbx.models import Cdr, CdrQuery, CdrStatus, LiveCall, UserStatus
from .call_diff import CallDiff, Phase, agent_extension, phase
from .extension_calls import ExtensionCalls, calls_by_extension
from .live_calls import LiveCallPoller
from .messages import describe
from .session import Session

translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")

log = logging.getLogger(__name__)

__all__ = ["AgentBoard", "AgentRow", "DayCounts", "calls_by_extension", "count_today"]

CDR_BATCH = 500  # CDRs per scroll request
CDR_AFTER_CALL = 2.0  # seconds after one of the team's calls ends before the counts are re-read
CDR_MIN_GAP = 15.0  # ... but never sooner than this after the last read
MAX_EXTENSION_DIGITS = 6  # longer numbers in a call are customers, hotlines, trunks


@dataclass(frozen=True)
class AgentRow:
    """One agent on the board. ``key`` is the row's identity for the whole session:
    ``user:<username>`` for a team member (or the logged-in account), ``ext:<extension>`` for an
    extension found in calls whose username is unknown."""

    key: str
    extension: str
    username: str
    name: str
    phone_logged_in: bool | None = None  # None: unknown (see status_error)
    status_error: str = ""  # why the phone status is unknown, a sentence for people
    current_call_id: str = ""
    current_number: str = ""  # the other side of the current call, raw
    current_phase: Phase | None = None
    call_started: datetime | None = None
    calls_today: int = 0
    answered_today: int = 0
    missed_today: int = 0  # inbound calls to the agent that were not answered

    @property
    def on_call(self) -> bool:
        return bool(self.current_call_id)


@dataclass(frozen=True)
class DayCounts:
    calls: int = 0
    answered: int = 0
    missed: int = 0


NO_COUNTS = DayCounts()
# AgentBoard._put builds rows by position, in this order
assert [f.name for f in fields(AgentRow)] == [
    "key", "extension", "username", "name", "phone_logged_in", "status_error", "current_call_id",
    "current_number", "current_phase", "call_started", "calls_today", "answered_today",
    "missed_today"]


def looks_like_extension(text: str) -> bool:
    return text.isdigit() and len(text) <= MAX_EXTENSION_DIGITS


def count_today(cdrs: Iterable[Cdr], since: datetime) -> dict[str, DayCounts]:
    """Calls, answered and missed per extension (the CDR's ``extension``) from ``since`` on.
    Missed: inbound and not answered; an unanswered outbound call is the customer's miss."""
    totals: dict[str, list[int]] = {}
    for cdr in cdrs:
        started = cdr.time_started
        if not cdr.extension or (started is not None and started.replace(tzinfo=None) < since):
            continue
        counts = totals.setdefault(cdr.extension, [0, 0, 0])
        counts[0] += 1
        if cdr.status_kind is CdrStatus.ANSWERED:
            counts[1] += 1
        elif cdr.direction == "inbound":
            counts[2] += 1
    return {ext: DayCounts(*values) for ext, values in totals.items()}


class _Every:
    """Runs ``work`` in one task, again ``interval`` seconds after each run started: never two
    runs at once. ``now()`` and ``soon()`` pull the next run earlier (after the current one)."""

    def __init__(self, name: str, work: Callable[[], Awaitable[None]], interval: float) -> None:
        self.name, self._work, self.interval = name, work, interval
        self.runs = 0
        self.last_start: float | None = None
        self._due = 0.0
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None

    def start(self) -> None:
        if self._task is None or self._task.done():
            self.runs, self._due = 0, 0.0
            self._wake = asyncio.Event()
            self._task = asyncio.ensure_future(self._run())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def now(self) -> None:
        self._pull(0.0)

    def soon(self, delay: float, min_gap: float) -> None:
        at = time.monotonic() + delay
        if self.last_start is not None:
            at = max(at, self.last_start + min_gap)
        self._pull(at)

    def _pull(self, at: float) -> None:
        if at < self._due:
            self._due = at
            if self._wake is not None:
                self._wake.set()

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            now = time.monotonic()
            if now < self._due:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self._due - now)
                continue
            self.last_start, self._due = now, now + self.interval
            try:
                await self._work()
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug must not end the board's refreshes
                log.exception("agent board: the %s refresh failed", self.name)
            self.runs += 1


class AgentBoard(QObject):
    agentAdded = Signal(object)  # AgentRow
    agentChanged = Signal(object)  # AgentRow, the new version
    agentRemoved = Signal(str)  # AgentRow.key
    busyChanged = Signal(bool)  # a phone-status round is in flight

    def __init__(
        self,
        session: Session,
        poller: LiveCallPoller,
        settings: Callable[[], Settings],
        status_interval: float = 30.0,
        cdr_interval: float = 120.0,
        parallel: int = 4,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.poller, self._settings = session, poller, settings
        self.parallel = max(1, parallel)
        self.cdr_batch = CDR_BATCH
        self.cdr_after_call = CDR_AFTER_CALL
        self.cdr_min_gap = CDR_MIN_GAP
        self.cdr_error = ""  # why the day's counts could not be read last time, or ""
        self._rows: dict[str, AgentRow] = {}
        self._keys: dict[str, dict[str, None]] = {}  # extension -> keys of its rows, in order
        self._calls = ExtensionCalls()  # each extension's current call, kept from diffs
        self._counts: dict[str, DayCounts] = {}
        self._seen: dict[str, None] = {}  # extensions seen in calls and CDRs, in order
        self._running = False
        self._busy = False
        self._status = _Every("phone status", self._status_round, status_interval)
        self._cdrs = _Every("CDR", self._read_cdrs, cdr_interval)
        poller.updated.connect(self._on_calls)
        session.loggedOut.connect(self.stop)

    # --- reading --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def status_rounds(self) -> int:
        """Phone-status rounds finished since start."""
        return self._status.runs

    @property
    def cdr_reads(self) -> int:
        return self._cdrs.runs

    def agents(self) -> list[AgentRow]:
        return list(self._rows.values())

    def agent(self, key: str) -> AgentRow | None:
        return self._rows.get(key)

    def by_extension(self, extension: str) -> AgentRow | None:
        keys = self._keys.get(extension)  # rows without an extension are not indexed
        return self._rows[next(iter(keys))] if keys else None

    def transfer_targets(self) -> list[tuple[str, str, bool | None]]:
        """(extension, name, phone logged in) of every agent with a known extension, by extension."""
        rows = {r.extension: r for r in self._rows.values() if r.extension}
        order = sorted(rows, key=lambda ext: (len(ext), ext) if ext.isdigit() else (99, ext))
        return [(ext, rows[ext].name, rows[ext].phone_logged_in) for ext in order]

    # --- control --------------------------------------------------------------------------------

    def start(self) -> None:
        """After login: build the team and begin refreshing. (Logging out stops the board.)"""
        if self._running:
            return
        self._running = True
        self._sync_team()
        self._on_calls(CallDiff())
        self._status.start()
        self._cdrs.start()

    def stop(self) -> None:
        """At logout: stop every request and empty the board."""
        self._running = False
        self._status.stop()
        self._cdrs.stop()
        self._set_busy(False)
        for key in list(self._rows):
            self._drop(key)
        self._calls.clear()
        self._counts, self._seen = {}, {}
        self.cdr_error = ""

    def refresh_now(self) -> None:
        """Re-read the team from the settings, then phone status and counts as soon as the
        refreshes in flight (if any) are done."""
        if not self._running:
            return
        self._sync_team()
        self._status.now()
        self._cdrs.now()

    # --- the team -------------------------------------------------------------------------------

    def _sync_team(self) -> None:
        team = list(dict.fromkeys(u.strip() for u in self._settings().team if u.strip()))
        account = self.session.account
        if team:
            wanted = {"user:" + u: u for u in team}
        else:
            wanted = {"user:" + account.username: account.username} if account else {}
        for key in [k for k in self._rows if k not in wanted and (team or k.startswith("user:"))]:
            self._drop(key)
        for key, username in wanted.items():
            if key not in self._rows:
                mine = account is not None and account.username == username
                self._put(AgentRow(key=key, username=username, extension=(
                    account.extension if mine and account else ""), name=""))
        if not team:
            self._discover(self._seen)

    def _discover(self, extensions: Iterable[str]) -> None:
        """Rows for extensions nobody on the board has (only while the team is discovered)."""
        ring_groups = set(self._settings().ring_groups)
        for ext in extensions:
            if ext not in self._keys and ext not in ring_groups:
                self._put(AgentRow(key="ext:" + ext, extension=ext, username="", name="",
                                   status_error=_no_username()))

    def _see(self, extensions: Iterable[str]) -> None:
        fresh = [e for e in extensions if looks_like_extension(e) and e not in self._seen]
        for ext in fresh:
            self._seen[ext] = None
        if fresh and self._running and not any(u.strip() for u in self._settings().team):
            self._discover(fresh)

    def _put(self, row: AgentRow) -> None:
        """Store ``row`` with its call and counts filled in; tell the UI when it changed."""
        call = self._calls.best.get(row.extension) if row.extension else None
        counts = self._counts.get(row.extension, NO_COUNTS) if row.extension else NO_COUNTS
        filled = ((call.call_id,
                   call.destination if call.source == row.extension else call.source,
                   phase(call), call.created_time) if call else ("", "", None, None)) + (
            counts.calls, counts.answered, counts.missed)
        if filled != (row.current_call_id, row.current_number, row.current_phase,
                      row.call_started, row.calls_today, row.answered_today, row.missed_today):
            row = AgentRow(  # by position: twice as fast as dataclasses.replace or keywords
                row.key, row.extension, row.username, row.name, row.phone_logged_in,
                row.status_error, *filled)
        old = self._rows.get(row.key)
        if old is row or old == row:
            return
        self._rows[row.key] = row
        if old is None or old.extension != row.extension:
            if old is not None:
                self._unindex(old)
            if row.extension:
                self._keys.setdefault(row.extension, {})[row.key] = None
        (self.agentAdded if old is None else self.agentChanged).emit(row)

    def _drop(self, key: str) -> None:
        self._unindex(self._rows.pop(key))
        self.agentRemoved.emit(key)

    def _unindex(self, row: AgentRow) -> None:
        keys = self._keys.get(row.extension)
        if keys is not None:
            keys.pop(row.key, None)
            if not keys:
                del self._keys[row.extension]

    # --- phone status ---------------------------------------------------------------------------

    async def _status_round(self) -> None:
        client = self.session.client
        if client is None:
            return
        self._sync_team()
        semaphore = asyncio.Semaphore(self.parallel)

        async def one(key: str, username: str) -> None:
            async with semaphore:
                try:
                    result: UserStatus | BaseException = await client.user_status(username)
                except PbxError as error:
                    result = error
                except Exception as error:  # noqa: BLE001 - the board never raises
                    log.exception("agent board: user status of %s", username)
                    result = error
            if self._running and client is self.session.client:
                self._apply_status(key, result)

        targets = [(r.key, r.username) for r in self._rows.values() if r.username]
        for row in [r for r in self._rows.values() if not r.username]:
            self._put(replace(row, status_error=_no_username()))  # in today's language
        self._set_busy(True)
        try:
            await asyncio.gather(*(one(key, username) for key, username in targets))
        finally:
            self._set_busy(False)

    def _apply_status(self, key: str, result: UserStatus | BaseException) -> None:
        row = self._rows.get(key)
        if row is None:
            return  # left the team meanwhile
        if isinstance(result, UserStatus):
            row = replace(row, extension=result.extension.strip() or row.extension,
                          name=result.agent_name.strip() or row.name,
                          phone_logged_in=result.ext_loggedin, status_error="")
        else:
            if isinstance(result, NotFound):
                reason = translate("AgentBoard", 'The PBX has no user named "{username}".').format(
                    username=row.username)
            else:
                reason = describe(result)
            log.info("agent board: status of %s unknown: %s", row.username, result)
            row = replace(row, phone_logged_in=None, status_error=reason)
        self._put(row)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    # --- live calls -----------------------------------------------------------------------------

    def _on_calls(self, diff: CallDiff) -> None:
        """Only the rows of the extensions the diff's calls are on are put again."""
        if not self._running:
            return
        calls = self.poller.snapshot.calls
        fresh: Iterable[LiveCall] = (*diff.added, *diff.changed)
        touched = self._calls.apply(diff)
        if len(self._calls) != len(calls):  # the board starts, or a diff went missing
            touched |= self._calls.rebuild(calls.values())
            fresh = calls.values()
        self._see(ext for call in fresh for ext in (
            (call.source, call.destination) if call.direction == "local"
            else (agent_extension(call),)))
        rows = [self._rows[key] for ext in touched for key in self._keys.get(ext, ())]
        for row in rows:
            self._put(row)
        team = {r.extension for r in rows}  # a call's sides are touched when it is removed
        if any(team & {c.source, c.destination} for c in diff.removed):
            self._cdrs.soon(self.cdr_after_call, min(self.cdr_min_gap, self._cdrs.interval))

    # --- today's counts -------------------------------------------------------------------------

    async def _read_cdrs(self) -> None:
        client = self.session.client
        if client is None:
            return
        midnight = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
        query = CdrQuery(start_date=midnight, end_date=midnight + timedelta(days=1))
        try:
            cdrs = [cdr async for cdr in client.iter_cdrs(query, batch=self.cdr_batch)]
        except PbxError as error:
            log.info("agent board: today's CDRs could not be read: %s", error)
            self.cdr_error = describe(error)
            return
        if not self._running or client is not self.session.client:
            return
        self.cdr_error = ""
        self._counts = count_today(cdrs, midnight)
        self._see(cdr.extension for cdr in sorted(
            cdrs, key=lambda c: c.time_started or midnight))
        for row in list(self._rows.values()):
            self._put(row)


def _no_username() -> str:
    return translate("AgentBoard", "Username not known: add it to the team in Settings to see "
                                   "this phone's status.")
