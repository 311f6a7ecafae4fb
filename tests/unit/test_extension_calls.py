"""Each extension's current call kept from the poller's diffs (``ExtensionCalls``) against
``calls_by_extension`` over every call at every poll."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from agent_desktop.core.call_diff import CallSnapshot
from agent_desktop.core.extension_calls import ExtensionCalls, calls_by_extension
from agent_desktop.pbx.models import LiveCall
from tests.fuzz.conftest import FUZZ

T0 = datetime(2024, 5, 6, 10, 0, 0)
SIDES = ("101", "102", "103", "0899098899", "0912345678", "")


def live(call_id: str, source: str, destination: str, direction: str, state: str,
         created: datetime | None) -> LiveCall:
    return LiveCall(call_id=call_id, context="demo", created_time=created,
                    destination=destination, direction=direction, ip="", source=source,
                    state=state)


calls = st.builds(
    live, st.sampled_from("abcdefg"), st.sampled_from(SIDES), st.sampled_from(SIDES),
    st.sampled_from(("inbound", "outbound", "local")),
    st.sampled_from(("CS_ROUTING", "CS_EXECUTE", "CS_EXCHANGE_MEDIA", "CS_HIBERNATE")),
    st.one_of(st.none(), st.integers(0, 3).map(lambda m: T0 + timedelta(minutes=m))))  # ties


@FUZZ
@given(st.lists(st.lists(calls, max_size=8), min_size=1, max_size=10), st.integers(0, 9))
def test_kept_from_diffs_it_names_the_call_a_recount_names(polls: list[list[LiveCall]],
                                                          restart_at: int) -> None:
    snapshot, kept = CallSnapshot(), ExtensionCalls()
    for index, listed in enumerate(polls):
        before = dict(kept.best)
        diff = snapshot.apply(listed)
        # at restart_at the diff goes missing: the board holds the poller's calls afresh
        touched = kept.rebuild(snapshot.calls.values()) if index == restart_at else kept.apply(diff)
        expected = calls_by_extension(snapshot.calls.values())
        assert kept.best == expected and len(kept) == len(snapshot.calls)
        # the extensions whose call changed are among those touched (their rows are put again)
        assert {ext for ext in expected.keys() | before.keys()
                if before.get(ext) != expected.get(ext)} <= touched


def test_a_tie_goes_the_same_way_whatever_the_listing_order() -> None:
    one = live("b", "0899098899", "101", "inbound", "CS_EXCHANGE_MEDIA", T0)
    two = live("a", "0912345678", "101", "inbound", "CS_EXCHANGE_MEDIA", T0)
    assert calls_by_extension([one, two])["101"] is two
    assert calls_by_extension([two, one])["101"] is two
