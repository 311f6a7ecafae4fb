"""``CallSnapshot`` and ``diff``: what a poll added, changed and removed, against a plain reading."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from agent_desktop.core.call_diff import CallSnapshot, diff
from agent_desktop.pbx.models import LiveCall


def call(call_id: str, state: str = "CS_EXECUTE") -> LiveCall:
    return LiveCall(call_id=call_id, context="default", created_time=None, destination="101",
                    direction="inbound", ip="", source="0899098899", state=state)


def plain_diff(previous: dict[str, LiveCall], current: dict[str, LiveCall]) -> tuple:
    """The definition: by call_id, in listing order, compared by value."""
    return (tuple(c for k, c in current.items() if k not in previous),
            tuple(c for k, c in current.items() if k in previous and previous[k] != c),
            tuple(c for k, c in previous.items() if k not in current))


def test_added_changed_and_removed_in_listing_order() -> None:
    a, b, c, d = call("a"), call("b"), call("c"), call("d")
    snapshot = CallSnapshot()
    assert snapshot.apply([a, b, c]).added == (a, b, c)
    b2 = replace(b, state="CS_HIBERNATE")
    changes = snapshot.apply([d, c, b2, call("a")])  # "a" equal but a new object: unchanged
    assert (changes.added, changes.changed, changes.removed) == ((d,), (b2,), ())
    changes = snapshot.apply([b2])
    assert [x.call_id for x in changes.removed] == ["d", "c", "a"]
    assert not snapshot.apply([b2])


def test_a_call_listed_twice_counts_once_as_first_listed() -> None:
    first, second = call("x"), call("x", "CS_ROUTING")
    snapshot = CallSnapshot()
    assert snapshot.apply([first, call("y"), second]).added == (first, call("y"))
    assert snapshot.calls["x"] is first


IDS = st.sampled_from([f"c{n}" for n in range(12)])
POLL = st.lists(st.builds(call, IDS, st.sampled_from(["CS_EXECUTE", "CS_ROUTING", "CS_HIBERNATE"])),
                max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(POLL, min_size=1, max_size=8), st.booleans())
def test_matches_the_plain_reading(polls: list[list[LiveCall]], reuse: bool) -> None:
    snapshot = CallSnapshot()
    last: dict[str, LiveCall] = {}
    for poll in polls:
        if reuse:  # as the parser does: an unchanged entry is the very object seen before
            poll = [last[c.call_id] if last.get(c.call_id) == c else c for c in poll]
        current: dict[str, LiveCall] = {}
        for c in poll:
            current.setdefault(c.call_id, c)
        expected = plain_diff(last, current)
        got = snapshot.apply(poll)
        assert (got.added, got.changed, got.removed) == expected
        assert diff(last, current) == got
        last = current
