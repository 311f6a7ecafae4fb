"""The wallboard's live counters: the calls that ring, talk or wait on hold right now, each way,
and the longest ring and the longest conversation.

``live_counters`` counts a list of calls from scratch: a pure function, the reference.
``LiveTally`` keeps the same numbers from the poller's diffs, call by call: a poll costs a few
dictionary operations per added, changed or removed call, not a recount of every call in
Python, and a clock tick (the longest ring and talk grow each second) costs two ``min`` over the
start times, in C. At 5,000 calls a recount took about 12 ms, every poll and every second.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from ..pbx.models import LiveCall
from .call_diff import CallDiff, Phase, is_answered, phase

__all__ = ["LiveCounters", "LiveTally", "live_counters", "talking_since"]

# Unanswered-yet phases: the agent's phone rings, or (outbound) the customer's.
_RINGING = (Phase.STARTING, Phase.RINGING, Phase.DIALING)
_TALKING = (Phase.TALKING, Phase.TRANSFERRING)
_ON_HOLD = (Phase.ON_HOLD, Phase.PARKED)


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


def talking_since(call: LiveCall, now: datetime) -> datetime:
    """For a call already answered when first seen (the board just started): its start, the best
    guess there is (a little early by its ring time), rather than now (which would hide a call
    that has run for an hour)."""
    created = call.created_time
    return created if created is not None and created <= now else now


_RING, _TALK, _HOLD = "ringing", "talking", "on_hold"
_BUCKET = {**dict.fromkeys(_RINGING, _RING), **dict.fromkeys(_TALKING, _TALK),
           **dict.fromkeys(_ON_HOLD, _HOLD)}
_WAY = {"inbound": "inbound", "outbound": "outbound"}  # anything else is internal


class LiveTally:
    """``live_counters`` of the poller's calls, kept up to date call by call.

    It also times each conversation: from when the call was first seen answered, or from its
    start (``talking_since``) when it was already answered the first time it was seen; a call
    answered, back to ringing (a transfer) and answered again keeps its first time. Feed it
    ``rebuild`` with the poller's calls when it starts, then every diff with ``apply``."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._kinds: dict[str, tuple[str | None, str]] = {}  # call_id: (phase bucket, way)
        self._counts = dict.fromkeys((_RING, _TALK, _HOLD, "inbound", "outbound", "internal"), 0)
        self._ring_starts: dict[str, datetime] = {}  # ringing calls with a created_time
        self._talk_starts: dict[str, datetime] = {}  # answered calls
        self._answered_since: dict[str, datetime] = {}  # every call ever seen answered
        self._seen_unanswered: set[str] = set()

    def __len__(self) -> int:
        return len(self._kinds)

    def answered_since(self, call_id: str) -> datetime | None:
        return self._answered_since.get(call_id)

    def rebuild(self, calls: Mapping[str, LiveCall], now: datetime) -> None:
        """Hold exactly ``calls``; calls held already keep their conversation's start."""
        for call_id in [cid for cid in self._kinds if cid not in calls]:
            self._drop(call_id)
        for call in calls.values():
            self._put(call, now)

    def apply(self, diff: CallDiff, now: datetime) -> None:
        for call in diff.removed:
            self._drop(call.call_id)
        for call in diff.added:
            self._put(call, now)
        for call in diff.changed:
            self._put(call, now)

    def counters(self, now: datetime) -> LiveCounters:
        counts = self._counts
        return LiveCounters(
            len(self._kinds), counts[_RING], counts[_TALK], counts[_HOLD], counts["inbound"],
            counts["outbound"], counts["internal"],
            _seconds(min(self._ring_starts.values(), default=None), now),
            _seconds(min(self._talk_starts.values(), default=None), now))

    def _put(self, call: LiveCall, now: datetime) -> None:
        call_id, counts = call.call_id, self._counts
        old = self._kinds.get(call_id)
        if old is not None:
            self._uncount(old)
        kind = phase(call)
        bucket = _BUCKET.get(kind)
        way = _WAY.get(call.direction, "internal")
        self._kinds[call_id] = (bucket, way)
        if bucket is not None:
            counts[bucket] += 1
        counts[way] += 1
        if bucket == _RING and call.created_time is not None:
            self._ring_starts[call_id] = call.created_time
        else:
            self._ring_starts.pop(call_id, None)
        if not is_answered(call):
            self._seen_unanswered.add(call_id)
            self._talk_starts.pop(call_id, None)
            return
        since = self._answered_since.get(call_id)
        if since is None:
            since = self._answered_since[call_id] = (
                now if call_id in self._seen_unanswered else talking_since(call, now))
        self._talk_starts[call_id] = since

    def _drop(self, call_id: str) -> None:
        old = self._kinds.pop(call_id, None)
        if old is not None:
            self._uncount(old)
        self._ring_starts.pop(call_id, None)
        self._talk_starts.pop(call_id, None)
        self._answered_since.pop(call_id, None)
        self._seen_unanswered.discard(call_id)

    def _uncount(self, kinds: tuple[str | None, str]) -> None:
        bucket, way = kinds
        if bucket is not None:
            self._counts[bucket] -= 1
        self._counts[way] -= 1
