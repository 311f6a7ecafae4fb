"""The wallboard's live counters kept call by call (``LiveTally``) against a recount of every
call at every step, the way the wallboard counted before (the reference below)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from agent_desktop.core.call_diff import CallSnapshot, is_answered
from agent_desktop.core.live_counters import (LiveCounters, LiveTally, live_counters,
                                              talking_since)
from agent_desktop.pbx.models import LiveCall
from tests.fuzz.conftest import FUZZ

T0 = datetime(2024, 5, 6, 10, 0, 0)
S = timedelta(seconds=1)
STATES = ("CS_NEW", "CS_ROUTING", "CS_EXECUTE", "CS_EXCHANGE_MEDIA", "CS_HIBERNATE", "CS_PARK",
          "CS_RESET", "CS_CONSUME_MEDIA", "CS_HANGUP", "CS_NONE", "SOMETHING_NEW")
DIRECTIONS = ("inbound", "outbound", "local", "")


class Recount:
    """The reference: every call counted again at every step, conversations timed from when
    first seen answered (from their start when answered at first sight)."""

    def __init__(self) -> None:
        self.answered_since: dict[str, datetime] = {}
        self.seen_unanswered: set[str] = set()

    def count(self, calls: Mapping[str, LiveCall], now: datetime) -> LiveCounters:
        for call_id in [cid for cid in self.answered_since if cid not in calls]:
            del self.answered_since[call_id]
        self.seen_unanswered &= calls.keys()
        for call_id, call in calls.items():
            if not is_answered(call):
                self.seen_unanswered.add(call_id)
            elif call_id not in self.answered_since:
                self.answered_since[call_id] = (
                    now if call_id in self.seen_unanswered else talking_since(call, now))
        return live_counters(calls.values(), now, self.answered_since)


def live(call_id: str, state: str, direction: str, created: datetime | None) -> LiveCall:
    return LiveCall(call_id=call_id, context="demo", created_time=created, destination="101",
                    direction=direction, ip="10.0.0.1", source="0899098899", state=state)


calls = st.builds(
    live, st.sampled_from("abcdefgh"), st.sampled_from(STATES), st.sampled_from(DIRECTIONS),
    st.one_of(st.none(), st.integers(-600, 30).map(lambda s: T0 + s * S)))  # some in the future
polls = st.lists(st.tuples(st.lists(calls, max_size=8), st.integers(0, 90)), min_size=1,
                 max_size=12)  # each poll: its calls, and the seconds since the last one


@FUZZ
@given(polls, st.integers(0, 11))
def test_the_tally_counts_what_a_recount_counts_after_every_poll_and_tick(
        run: list[tuple[list[LiveCall], int]], restart_at: int) -> None:
    snapshot, tally, reference = CallSnapshot(), LiveTally(), Recount()
    now = T0
    for index, (listed, seconds) in enumerate(run):
        now += seconds * S
        if index == restart_at:  # the board starts afresh with the calls on the PBX now
            tally.clear()
            tally.rebuild(snapshot.calls, now)
            reference = Recount()
            assert tally.counters(now) == reference.count(snapshot.calls, now)
        tally.apply(snapshot.apply(listed), now)
        assert len(tally) == len(snapshot.calls)
        assert tally.counters(now) == reference.count(snapshot.calls, now)
        for call_id in snapshot.calls:
            assert tally.answered_since(call_id) == reference.answered_since.get(call_id)
        later = now + 7 * S  # a tick with no poll: only the longest ring and talk grow
        assert tally.counters(later) == reference.count(snapshot.calls, later)


def test_a_conversation_keeps_its_first_answer_through_a_transfer_and_ends_with_its_call() -> None:
    snapshot, tally = CallSnapshot(), LiveTally()
    tally.apply(snapshot.apply([live("a", "CS_ROUTING", "inbound", T0 - 5 * S)]), T0)
    assert tally.counters(T0) == LiveCounters(active=1, ringing=1, inbound=1,
                                              longest_ring_seconds=5)
    tally.apply(snapshot.apply([live("a", "CS_EXCHANGE_MEDIA", "inbound", T0 - 5 * S)]),
                T0 + 10 * S)
    tally.apply(snapshot.apply([live("a", "CS_ROUTING", "inbound", T0 - 5 * S)]), T0 + 20 * S)
    assert tally.counters(T0 + 20 * S).longest_talk_seconds == 0  # ringing again: not talking
    tally.apply(snapshot.apply([live("a", "CS_EXCHANGE_MEDIA", "inbound", T0 - 5 * S)]),
                T0 + 30 * S)
    assert tally.counters(T0 + 40 * S).longest_talk_seconds == 30  # from the first answer
    tally.apply(snapshot.apply([]), T0 + 50 * S)
    assert tally.counters(T0 + 50 * S) == LiveCounters() and tally.answered_since("a") is None


def test_rebuild_keeps_the_times_of_calls_it_holds_and_drops_the_rest() -> None:
    snapshot, tally = CallSnapshot(), LiveTally()
    tally.apply(snapshot.apply([live("a", "CS_ROUTING", "inbound", T0),
                                live("b", "CS_ROUTING", "outbound", T0)]), T0)
    tally.apply(snapshot.apply([live("a", "CS_EXCHANGE_MEDIA", "inbound", T0),
                                live("b", "CS_ROUTING", "outbound", T0)]), T0 + 4 * S)
    tally.rebuild({"a": snapshot.calls["a"]}, T0 + 60 * S)
    assert len(tally) == 1 and tally.answered_since("a") == T0 + 4 * S
    assert tally.counters(T0 + 60 * S) == LiveCounters(
        active=1, talking=1, inbound=1, longest_talk_seconds=56)
