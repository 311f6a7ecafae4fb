"""Webhook events and polls of ``GET /v2/call`` merged into one view of each call_id.

An event is newer than any poll that started before it arrived, so such a poll cannot undo it: a
call that rang by event stays listed, a call answered by event is not shown ringing again, a call
hung up by event does not come back. A poll that started after the event is the newer news and wins
— except that a hang-up is final (that call_id is never shown again for ``TOMBSTONE`` seconds) and
that a ringing or answered call is kept for ``GRACE`` seconds even if a newer poll misses it (a
PBX's channel list may lag behind its events). Marks are forgotten after ``TOMBSTONE`` seconds
(no poll is in flight that long), so the polls stay the truth.

Only ringing / answered / hangup describe a live leg. The ``cdr`` event carries, for inbound calls
through a ring group, queue or IVR, the id of the whole inbound flow, not of any leg the PBX lists
(the docs' note on event call_ids): it is never matched to a live call here. Pure logic, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from ..pbx.models import ChannelState, EventData, LiveCall

GRACE = 5.0
TOMBSTONE = 60.0
LIVE_STATES = ("ringing", "answered", "hangup")
_RINGING = ChannelState.CS_ROUTING.value
_TALKING = ChannelState.CS_EXCHANGE_MEDIA.value


@dataclass(frozen=True)
class Mark:
    state: str  # ringing | answered | hangup
    at: float  # monotonic time the event arrived
    call: LiveCall | None  # the call as the event describes it (None after hangup)


def call_from_event(data: EventData, previous: LiveCall | None, now: datetime) -> LiveCall:
    """The live call an event describes, keeping what an earlier view knew (its start, its ip)."""
    state = _TALKING if data.state == "answered" else _RINGING
    if previous is not None:
        return replace(previous, state=state)
    return LiveCall(call_id=data.call_id, context=data.domain, created_time=now,
                    destination=data.to_number, direction=data.direction or "inbound", ip="",
                    source=data.from_number, state=state)


def _is_ringing_state(state: str) -> bool:
    return ChannelState.of(state) in (ChannelState.CS_NEW, ChannelState.CS_INIT,
                                      ChannelState.CS_ROUTING)


class EventOverlay:
    """The events of the last minute, by call_id, and how they amend a poll."""

    def __init__(self, grace: float = GRACE, tombstone: float = TOMBSTONE) -> None:
        self.grace, self.tombstone = grace, tombstone
        self.marks: dict[str, Mark] = {}

    def note(self, data: EventData, at: float, previous: LiveCall | None,
             now: datetime | None = None) -> Mark | None:
        """Remember a ringing / answered / hangup event; other events are not about a leg."""
        if data.state not in LIVE_STATES or not data.call_id:
            return None
        known = self.marks.get(data.call_id)
        if known is not None and known.state == "hangup":
            return None  # a late ringing or answered after the hang-up changes nothing
        if data.state == "ringing" and known is not None and known.state == "answered":
            return None  # out of order: answered already
        call = None
        if data.state != "hangup":
            base = previous if previous is not None else (known.call if known else None)
            call = call_from_event(data, base, now or datetime.now())
        mark = Mark(data.state, at, call)
        self.marks[data.call_id] = mark
        return mark

    def apply(self, calls: Iterable[LiveCall], poll_started: float, now: float) -> list[LiveCall]:
        """``calls`` from a poll that started at ``poll_started``, amended by the events."""
        self._expire(now)
        if not self.marks:  # no event in the last minute (webhooks off): the poll as it is
            return list(calls)
        out: list[LiveCall] = []
        seen: set[str] = set()
        for call in calls:
            seen.add(call.call_id)
            mark = self.marks.get(call.call_id)
            if mark is None:
                out.append(call)
                continue
            newer = mark.at > poll_started or now - mark.at < self.grace
            if mark.state == "hangup":
                continue  # final
            if mark.state == "answered" and newer and _is_ringing_state(call.state):
                out.append(replace(call, state=_TALKING))
                continue
            out.append(call)
        for call_id, mark in self.marks.items():
            if call_id in seen or mark.call is None:
                continue
            if mark.at > poll_started or now - mark.at < self.grace:
                out.append(mark.call)
        return out

    def _expire(self, now: float) -> None:
        """Forget marks older than ``tombstone``: no poll in flight is that old."""
        for call_id in [cid for cid, m in self.marks.items() if now - m.at > self.tombstone]:
            del self.marks[call_id]

    def clear(self) -> None:
        self.marks.clear()
