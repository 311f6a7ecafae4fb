"""Reading ``GET /v2/call`` from its bytes (msgspec, with the client's memory of the last answer)
gives exactly what decoding the whole answer and parsing every entry gives: the same calls, or the
same error naming the same field. Checked on the fuzzer's hostile answers and on runs of polls
whose entries come back, change, move, repeat and go."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent_desktop.pbx import tel4vn
from agent_desktop.pbx.errors import PbxError
from agent_desktop.pbx.http import Reply
from agent_desktop.pbx.polled_list import ListMemory
from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import answers, json_values, text

STATES = ("CS_ROUTING", "CS_EXECUTE", "CS_EXCHANGE_MEDIA", "cs_hibernate", "CS_WHATEVER", "")


def outcome(reply: Reply, memory: ListMemory | None) -> tuple[str, Any]:
    """The calls and total ``call_list`` gives, or its error's type, field and message; without
    ``memory``, the ordinary way (the whole answer decoded, every entry parsed)."""
    original = tel4vn.split_listing
    try:
        if memory is None:
            tel4vn.split_listing = lambda body, name: None  # type: ignore[assignment]
        result = tel4vn.call_list(reply, memory or ListMemory())
    except PbxError as error:
        return "error", (type(error).__name__, getattr(error, "field", None), str(error))
    finally:
        tel4vn.split_listing = original
    return "calls", (result.data, result.total)


@FUZZ
@given(st.lists(answers(), min_size=1, max_size=4))
def test_hostile_answers_read_alike_both_ways(polls: list[tuple[int, str, bytes]]) -> None:
    memory = ListMemory()
    for status, content_type, body in polls:
        reply = Reply(status, bytes(body), content_type, "tel4vn")
        assert outcome(reply, memory) == outcome(reply, None)


values = st.one_of(text, st.sampled_from(STATES), st.none(), st.integers(-5, 5), st.booleans(),
                   json_values)
entries = st.one_of(
    st.fixed_dictionaries(
        {"call_id": st.sampled_from(["a", "b", "c", "d", "e"]), "state": st.sampled_from(STATES)},
        optional={"created_time": st.sampled_from(["2024-05-06 09:30:00", "", "0001-01-01",
                                                   "2024-05-06T09:30:00Z", "nonsense"]),
                  "direction": st.sampled_from(["inbound", "OUTBOUND", "local"]),
                  "source": values, "destination": values, "ip": values, "extra": values}),
    json_values,
)


@st.composite
def poll_runs(draw: st.DrawFn) -> list[bytes]:
    """Successive answers whose entries often come back as they were (the same bytes), or with
    another spacing, in another order, twice, changed or gone."""
    pool = draw(st.lists(entries, min_size=1, max_size=6))
    run = []
    for _ in range(draw(st.integers(2, 5))):
        listed = draw(st.lists(st.sampled_from(pool), max_size=8))
        if draw(st.booleans()):
            pool.append(draw(entries))
        spaced = draw(st.booleans())
        data = [json.dumps(entry, separators=(", ", ": ") if spaced else (",", ":"))
                for entry in listed]
        top = draw(st.sampled_from(['{"data": [%s]}', '{"total": 3, "data": [%s]}',
                                    '{"data": [%s], "total": "%d"}' % ("%s", len(listed)),
                                    '{"data":[%s],"status":"fail","error":"USER_BUSY"}']))
        run.append((top % ", ".join(data)).encode())
    return run


@FUZZ
@given(poll_runs())
def test_a_run_of_polls_reads_alike_both_ways(run: list[bytes]) -> None:
    memory = ListMemory()
    for body in run:
        reply = Reply(200, body, "application/json", "tel4vn")
        assert outcome(reply, memory) == outcome(reply, None)


def test_unchanged_entries_are_the_same_objects_across_a_run() -> None:
    memory = ListMemory()
    body = b'{"data": [{"call_id": "a", "state": "CS_ROUTING"}, {"call_id": "b", "state": "x"}]}'
    first = tel4vn.call_list(Reply(200, body, "application/json"), memory).data
    again = tel4vn.call_list(Reply(200, body, "application/json"), memory).data
    assert all(x is y for x, y in zip(first, again, strict=True))


@pytest.mark.parametrize("body", [b"[" * 100_000, b'{"data": [' * 50_000, b"\xff\xfe{}"])
def test_what_msgspec_refuses_reads_alike_both_ways(body: bytes) -> None:
    reply = Reply(200, body, "application/json", "tel4vn")
    assert outcome(reply, ListMemory()) == outcome(reply, None)
