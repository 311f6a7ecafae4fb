"""Snapshots of ``GET /v2/call`` turned into row-level changes, and live calls in people's words.

``diff(previous, current)`` compares two snapshots by call_id: what was added, what changed, what
is gone. The table model turns that into beginInsertRows / dataChanged / beginRemoveRows, never a
reset. ``describe_state`` says what a FreeSWITCH channel state means to an agent. No Qt widgets.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..pbx.models import ChannelState, LiveCall


@dataclass(frozen=True)
class CallDiff:
    added: tuple[LiveCall, ...] = ()
    changed: tuple[LiveCall, ...] = ()  # the new versions
    removed: tuple[LiveCall, ...] = ()  # the last versions seen

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass
class CallSnapshot:
    """The calls on the PBX as last seen, by call_id, in the order the PBX listed them."""

    calls: dict[str, LiveCall] = field(default_factory=dict)

    def apply(self, current: Iterable[LiveCall]) -> CallDiff:
        """Replace the snapshot with ``current``; return what changed."""
        listed = tuple(current)
        new = {call.call_id: call for call in listed}
        if len(new) != len(listed):  # a PBX listing a call twice: keep the first of each
            new = {}
            for call in listed:
                new.setdefault(call.call_id, call)
        result = diff(self.calls, new)
        self.calls = new
        return result


def diff(previous: Mapping[str, LiveCall], current: Mapping[str, LiveCall]) -> CallDiff:
    """What ``current`` added, changed and removed since ``previous`` (each in listing order).

    A poll of thousands of calls changes a few: one identity check per call finds them (the
    parser gives an unchanged entry the very object it gave last time), the calls gone are a
    set difference, and only the few found are compared field by field."""
    last = previous.get
    added: list[LiveCall] = []
    changed: list[LiveCall] = []
    for call in [c for cid, c in current.items() if last(cid) is not c]:
        before = previous.get(call.call_id)
        if before is None:
            added.append(call)
        elif before != call:
            changed.append(call)
    if len(previous) - (len(current) - len(added)):  # some of the previous calls are gone
        gone = previous.keys() - current.keys()
        removed = tuple(map(previous.__getitem__, filter(gone.__contains__, previous)))
    else:
        removed = ()
    return CallDiff(tuple(added), tuple(changed), removed)


class Phase(enum.Enum):
    """What a live call is doing, in people's words (the table's State column)."""

    STARTING = "starting"
    RINGING = "ringing"
    DIALING = "dialing"  # outbound: the customer's phone rings
    TALKING = "talking"
    ON_HOLD = "on hold"
    PARKED = "parked"
    IN_IVR = "in IVR"
    TRANSFERRING = "transferring"
    ENDING = "ending"
    UNKNOWN = "unknown"


_PHASES = {
    ChannelState.CS_NEW: Phase.STARTING,
    ChannelState.CS_INIT: Phase.STARTING,
    ChannelState.CS_ROUTING: Phase.RINGING,
    ChannelState.CS_SOFT_EXECUTE: Phase.DIALING,
    ChannelState.CS_EXECUTE: Phase.DIALING,
    ChannelState.CS_EXCHANGE_MEDIA: Phase.TALKING,
    ChannelState.CS_PARK: Phase.PARKED,
    ChannelState.CS_CONSUME_MEDIA: Phase.IN_IVR,
    ChannelState.CS_HIBERNATE: Phase.ON_HOLD,
    ChannelState.CS_RESET: Phase.TRANSFERRING,
    ChannelState.CS_HANGUP: Phase.ENDING,
    ChannelState.CS_REPORTING: Phase.ENDING,
    ChannelState.CS_DESTROY: Phase.ENDING,
    ChannelState.CS_NONE: Phase.UNKNOWN,
    ChannelState.UNKNOWN: Phase.UNKNOWN,
}


_PHASE_OF_STATE: dict[str, Phase] = {}  # the server's state text → phase, as met


def phase(call: LiveCall) -> Phase:
    found = _PHASE_OF_STATE.get(call.state)
    if found is None:
        found = _PHASES[call.channel_state]
        if len(_PHASE_OF_STATE) < 256:  # a server inventing states cannot grow it forever
            _PHASE_OF_STATE[call.state] = found
    return found


def is_ringing(call: LiveCall) -> bool:
    return phase(call) in (Phase.STARTING, Phase.RINGING)


def is_answered(call: LiveCall) -> bool:
    return phase(call) in (Phase.TALKING, Phase.ON_HOLD, Phase.PARKED, Phase.TRANSFERRING)


def agent_extension(call: LiveCall) -> str:
    """The extension side of a call: the destination of an inbound call, else the source."""
    return call.destination if call.direction == "inbound" else call.source


def customer_number(call: LiveCall) -> str:
    """The far side of a call: the caller of an inbound call, else the destination."""
    return call.source if call.direction == "inbound" else call.destination
