"""Webhook events merged with polls of /v2/call: an event beats any poll that started before it."""

from __future__ import annotations

from datetime import datetime

from agent_desktop.core.call_events import EventOverlay
from agent_desktop.pbx.models import EventData, LiveCall

T0 = datetime(2026, 11, 22, 9, 0, 0)


def event(state: str, call_id: str = "leg-1", **kw: object) -> EventData:
    values: dict[str, object] = dict(
        call_id=call_id, sip_call_id="sip-1", domain="demo", direction="inbound",
        from_number="0899888999", to_number="101", hotline="19001919", state=state,
        duration=None, billsec=None, recording_url="", status="")
    values.update(kw)
    return EventData(**values)  # type: ignore[arg-type]


def polled(call_id: str = "leg-1", state: str = "CS_ROUTING") -> LiveCall:
    return LiveCall(call_id=call_id, context="demo", created_time=T0, destination="101",
                    direction="inbound", ip="10.0.0.1", source="0899888999", state=state)


def test_a_ringing_event_is_a_ringing_call_until_a_newer_poll_says_otherwise() -> None:
    overlay = EventOverlay(grace=5, tombstone=60)
    mark = overlay.note(event("ringing"), at=100.0, previous=None, now=T0)
    assert mark is not None and mark.call is not None
    assert (mark.call.source, mark.call.destination, mark.call.state) == (
        "0899888999", "101", "CS_ROUTING")
    # a poll that started before the event did not see the call: the event's call stays
    assert [c.call_id for c in overlay.apply([], poll_started=99.0, now=100.5)] == ["leg-1"]
    # a newer poll within the grace time that misses it: kept (the list may lag)
    assert [c.call_id for c in overlay.apply([], poll_started=101.0, now=102.0)] == ["leg-1"]
    # after the grace time the poll is the truth
    assert overlay.apply([], poll_started=110.0, now=110.5) == []


def test_the_poll_version_replaces_the_event_version() -> None:
    overlay = EventOverlay()
    overlay.note(event("ringing"), at=100.0, previous=None, now=T0)
    result = overlay.apply([polled()], poll_started=101.0, now=101.2)
    assert result == [polled()]


def test_an_answered_event_is_not_undone_by_an_older_poll() -> None:
    overlay = EventOverlay(grace=5)
    overlay.note(event("answered"), at=100.0, previous=polled(), now=T0)
    older = overlay.apply([polled(state="CS_ROUTING")], poll_started=99.5, now=100.2)
    assert [c.state for c in older] == ["CS_EXCHANGE_MEDIA"]
    assert older[0].ip == "10.0.0.1"  # what the poll knew is kept
    later = overlay.apply([polled(state="CS_HIBERNATE")], poll_started=101, now=101.5)
    assert [c.state for c in later] == ["CS_HIBERNATE"]  # on hold: the newer poll's news


def test_a_hangup_is_final_and_late_events_change_nothing() -> None:
    overlay = EventOverlay(grace=5, tombstone=60)
    overlay.note(event("ringing"), at=100.0, previous=None, now=T0)
    overlay.note(event("hangup"), at=101.0, previous=None, now=T0)
    assert overlay.apply([polled()], poll_started=100.5, now=101.1) == []
    assert overlay.apply([polled()], poll_started=120.0, now=120.1) == []  # even a newer poll
    assert overlay.note(event("answered"), at=102.0, previous=None) is None
    assert overlay.apply([polled()], poll_started=200.0, now=200.0) == [polled()]  # forgotten


def test_ringing_after_answered_is_out_of_order_and_ignored() -> None:
    overlay = EventOverlay()
    overlay.note(event("answered"), at=100.0, previous=None, now=T0)
    assert overlay.note(event("ringing"), at=100.1, previous=None) is None
    assert [c.state for c in overlay.apply([], 99.0, 100.2)] == ["CS_EXCHANGE_MEDIA"]


def test_cdr_events_are_never_matched_to_a_live_leg() -> None:
    """For a ring group the cdr event carries the flow's id, not a leg's (the docs' note)."""
    overlay = EventOverlay()
    assert overlay.note(event("cdr", call_id="flow-1", status="no-answered"), 100.0, None) is None
    assert overlay.note(event("cdr", call_id="leg-1"), 100.0, polled()) is None
    assert overlay.apply([polled()], 99.0, 100.1) == [polled()]
    assert overlay.marks == {}
