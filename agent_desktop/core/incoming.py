"""Which calls ring for me, and what became of them: announced once, answered, missed.

Fed by the poller's diffs. A new inbound call whose extension is mine (or one of my ring groups,
from settings) is announced once per call_id while it rings. When it is answered, answered by a
colleague (a ring group's other leg with the same caller is talking), or ends, that is said too;
a call that ends unanswered is a missed call. After the app could not see the PBX (offline, asleep)
the CDRs of the gap are searched for calls to me that nobody answered, so nothing is lost silently.
With the webhook receiver on, the ``cdr`` event of such a call makes it a missed call at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from ..pbx import PbxError
from ..pbx.models import CdrQuery, CdrStatus, EventData, LiveCall
from .call_diff import CallDiff, agent_extension, customer_number, is_answered, is_ringing
from .session import Session

log = logging.getLogger(__name__)

SEEN_LIMIT = 5000  # call_ids remembered so a call is never announced twice
SAME_CALL_WINDOW = timedelta(seconds=90)  # a CDR this close to a missed call we saw is that call
CATCH_UP_RETRIES = 3  # a failed search of a gap's CDRs is tried again after 5, 10, 20 s
CATCH_UP_RETRY_DELAY = 5.0


@dataclass(frozen=True)
class MissedCall:
    number: str
    when: datetime | None
    call_id: str
    extension: str
    source: str  # "live" (seen ringing), "event" (a cdr webhook) or "history" (CDRs after a gap)


def _digits(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return "0" + digits[2:] if digits.startswith("84") and len(digits) >= 11 else digits


class IncomingCalls(QObject):
    ringing = Signal(object)  # LiveCall: a call starts ringing for me (once per call_id)
    stopped = Signal(str, str)  # call_id, "answered" | "answered elsewhere" | "ended"
    missedChanged = Signal()

    def __init__(self, session: Session, ring_groups: Callable[[], Iterable[str]] = tuple,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._ring_groups = ring_groups
        self._ringing: dict[str, LiveCall] = {}
        self._seen: OrderedDict[str, None] = OrderedDict()
        self.missed: list[MissedCall] = []  # newest first
        self.unseen = 0
        self._catch_up: asyncio.Task[None] | None = None
        self._searching: tuple[float, float] | None = None  # the gap being searched (wall)
        session.loggedOut.connect(self.reset)

    # --- rules ------------------------------------------------------------------------------

    def mine(self, call: LiveCall) -> bool:
        account = self.session.account
        if account is None or call.direction != "inbound":
            return False
        targets = {account.extension, *self._ring_groups()}
        return agent_extension(call) in targets

    def ringing_calls(self) -> list[LiveCall]:
        return list(self._ringing.values())

    def on_diff(self, diff: CallDiff, current: dict[str, LiveCall]) -> None:
        for call in (*diff.added, *diff.changed):
            if not self.mine(call):
                continue
            if call.call_id in self._ringing:
                if is_answered(call):
                    del self._ringing[call.call_id]
                    self.stopped.emit(call.call_id, "answered")
                else:
                    self._ringing[call.call_id] = call
            elif is_ringing(call) and call.call_id not in self._seen:
                self._remember(call.call_id)
                self._ringing[call.call_id] = call
                log.info("call %s from %s rings for extension %s", call.call_id,
                         call.source, agent_extension(call))
                self.ringing.emit(call)
            else:
                self._remember(call.call_id)  # first seen already answered: nothing to ring
        for call in diff.removed:
            last = self._ringing.pop(call.call_id, None)
            if last is None:
                continue
            caller = _digits(customer_number(last))
            taken = any(is_answered(c) and c.direction == "inbound"
                        and _digits(customer_number(c)) == caller for c in current.values())
            if taken:
                self.stopped.emit(call.call_id, "answered elsewhere")
                continue
            self.stopped.emit(call.call_id, "ended")
            self._add_missed(MissedCall(customer_number(last), last.created_time, last.call_id,
                                        agent_extension(last), "live"))

    def on_event(self, data: EventData) -> None:
        """A webhook event. A ``cdr`` event of an inbound call to me or my ring groups that nobody
        answered is a missed call. Its call_id is the whole inbound flow's, not a leg's (the docs'
        note on ring groups, queues and IVRs), so it is matched with what the legs showed by the
        caller's number and the time, never by call_id."""
        account = self.session.account
        if data.state != "cdr" or data.direction != "inbound" or account is None:
            return
        if data.to_number not in {account.extension, *self._ring_groups()}:
            return
        if CdrStatus.of(data.status) is not CdrStatus.NO_ANSWERED:
            return
        when = datetime.now() - timedelta(seconds=data.duration or 0)
        self._add_missed(MissedCall(data.from_number, when, data.call_id, data.to_number, "event"))

    def _remember(self, call_id: str) -> None:
        self._seen[call_id] = None
        while len(self._seen) > SEEN_LIMIT:
            self._seen.popitem(last=False)

    # --- missed calls -----------------------------------------------------------------------

    def _add_missed(self, missed: MissedCall) -> bool:
        number = _digits(missed.number)
        for known in self.missed:
            close = (known.when is None or missed.when is None
                     or abs(known.when - missed.when) <= SAME_CALL_WINDOW)
            if known.call_id == missed.call_id or (_digits(known.number) == number and close):
                return False
        self.missed.insert(0, missed)
        self.missed.sort(key=lambda m: m.when or datetime.min, reverse=True)
        self.unseen += 1
        log.info("missed call from %s (%s)", missed.number, missed.source)
        self.missedChanged.emit()
        return True

    def mark_seen(self) -> None:
        if self.unseen:
            self.unseen = 0
            self.missedChanged.emit()

    def clear(self) -> None:
        self.missed.clear()
        self.unseen = 0
        self.missedChanged.emit()

    def reset(self) -> None:
        self._ringing.clear()
        if self._catch_up is not None:
            self._catch_up.cancel()
            self._catch_up = None
        self._searching = None
        self.clear()

    def catch_up(self, since_wall: float, until_wall: float) -> asyncio.Task[None]:
        """Search the CDRs of a gap for calls to me nobody answered (in the background). A search
        still under way, waiting to try again or given up is replaced by one covering both gaps."""
        if self._catch_up is not None and not self._catch_up.done():
            self._catch_up.cancel()
        if self._searching is not None:
            since_wall = min(since_wall, self._searching[0])
            until_wall = max(until_wall, self._searching[1])
        self._searching = (since_wall, until_wall)
        self._catch_up = asyncio.ensure_future(self._search_gap(since_wall, until_wall))
        return self._catch_up

    async def _search_gap(self, since_wall: float, until_wall: float) -> None:
        """Reads only, so a failure is tried again a little later (CATCH_UP_RETRIES times)."""
        for attempt in range(CATCH_UP_RETRIES + 1):
            if attempt:
                await asyncio.sleep(CATCH_UP_RETRY_DELAY * 2 ** (attempt - 1))
            try:
                await self._search_once(since_wall, until_wall)
            except PbxError as error:
                log.warning("could not look up missed calls of that time (try %d): %s",
                            attempt + 1, error)
                continue
            self._searching = None
            return

    async def _search_once(self, since_wall: float, until_wall: float) -> None:
        client, account = self.session.client, self.session.account
        if client is None or account is None:
            return
        start = datetime.fromtimestamp(since_wall) - timedelta(minutes=1)
        end = datetime.fromtimestamp(until_wall) + timedelta(minutes=1)
        found = 0
        for extension in {account.extension, *self._ring_groups()}:
            query = CdrQuery(start_date=start, end_date=end, extension=extension,
                             direction="inbound")
            async for cdr in client.iter_cdrs(query):
                if cdr.status_kind is not CdrStatus.NO_ANSWERED:
                    continue
                found += self._add_missed(MissedCall(
                    cdr.customer_number, cdr.time_started, cdr.id, cdr.extension, "history"))
        log.info("looked for missed calls from %s to %s: %d new", start, end, found)
