"""``GET /v2/call`` read from the answer's bytes: an entry listed again byte for byte is the very
LiveCall built last time; new and changed entries are parsed as any other answer's; what the fast
reader cannot take goes the ordinary way. The property that both ways agree on any answer is in
tests/fuzz/test_polled_list.py."""

from __future__ import annotations

import json
from typing import Any

import pytest

from agent_desktop.pbx.errors import ProtocolError, ServerError, UserNotRegistered
from agent_desktop.pbx.fields import Fields
from agent_desktop.pbx.http import Reply
from agent_desktop.pbx.models import LiveCall
from agent_desktop.pbx.polled_list import ListMemory, remembered, split_listing
from agent_desktop.pbx.tel4vn import call_list

CALL = {"call_id": "c1", "context": "default", "created_time": "2024-05-06 09:30:00",
        "destination": "101", "direction": "inbound", "ip": "10.0.0.1", "source": "0899098899",
        "state": "CS_EXECUTE"}


def answer(body: Any, status: int = 200) -> Reply:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return Reply(status, raw, "application/json", "tel4vn")


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The call_id of each entry LiveCall.parse is asked to build, in order."""
    seen: list[Any] = []
    build = LiveCall.parse.__func__  # type: ignore[attr-defined]

    def counting(cls: type[LiveCall], f: Fields) -> LiveCall:
        seen.append(f.raw.get("call_id"))
        return build(cls, f)  # type: ignore[no-any-return]

    monkeypatch.setattr(LiveCall, "parse", classmethod(counting))
    return seen


def test_a_list_of_calls_parses_as_each_call_would() -> None:
    entries = [dict(CALL, call_id=f"c{n}", state=state)
               for n, state in enumerate(["CS_EXECUTE", "CS_ROUTING", "cs_hibernate"])]
    listed = call_list(answer({"data": entries, "total": 3}), ListMemory())
    assert listed.data == tuple(LiveCall.parse(f) for f in Fields({"data": entries}).objects("data"))
    assert listed.total == 3
    assert call_list(answer({}), ListMemory()).data == ()
    assert call_list(answer({"data": None}), ListMemory()).data == ()
    assert call_list(answer({"data": [CALL]}), ListMemory()).total == 1  # no total: the count


def test_an_entry_listed_again_byte_for_byte_is_the_same_object_unparsed(
        built: list[Any]) -> None:
    memory = ListMemory()
    entries = [dict(CALL, call_id=f"same-{n}") for n in range(3)]
    first = call_list(answer({"data": entries}), memory).data
    assert built == ["same-0", "same-1", "same-2"]
    built.clear()
    entries[1]["state"] = "CS_HIBERNATE"
    entries.append(dict(CALL, call_id="new"))
    second = call_list(answer({"data": entries, "total": 4}), memory).data
    assert built == ["same-1", "new"]  # the changed entry and the new one, in listing order
    assert second[0] is first[0] and second[2] is first[2]
    assert second[1].state == "CS_HIBERNATE" and second[3].call_id == "new"
    # Another client's memory, or a fresh one, parses everything.
    built.clear()
    assert call_list(answer({"data": entries}), ListMemory()).data[0] is not first[0]
    assert built == ["same-0", "same-1", "same-2", "new"]


def test_the_memory_holds_only_the_last_answers_entries() -> None:
    memory = ListMemory()
    call_list(answer({"data": [dict(CALL, call_id=f"c{n}") for n in range(50)]}), memory)
    assert len(memory.last) == 50
    call_list(answer({"data": [dict(CALL, call_id="c0"), dict(CALL, call_id="x")]}), memory)
    assert sorted(LiveCall.parse(Fields(json.loads(key))).call_id for key in memory.last) == \
        ["c0", "x"]
    call_list(answer({"data": []}), memory)
    assert memory.last == {}


def test_the_same_value_written_otherwise_is_another_entry(built: list[Any]) -> None:
    # "7" and 7 parse alike, yet they are other bytes: entries are told apart by their bytes
    # (decoded, 1 == True), so none is ever taken for another; a mere change of spacing costs
    # a parse, safely.
    memory = ListMemory()
    body = b'{"data": [%s]}'
    call_list(answer(body % b'{"call_id": "7", "state": "CS_EXECUTE", "ip": "1"}'), memory)
    call_list(answer(body % b'{"call_id": 7, "state": "CS_EXECUTE", "ip": 1}'), memory)
    call_list(answer(body % b'{"call_id": 7, "state": "CS_EXECUTE", "ip": 1}'), memory)
    call_list(answer(body % b'{"call_id":  7, "state": "CS_EXECUTE", "ip": 1}'), memory)
    assert built == ["7", 7, 7]


def test_the_same_entry_twice_in_one_answer_is_one_object(built: list[Any]) -> None:
    listed = call_list(answer({"data": [CALL, CALL]}), ListMemory()).data
    assert listed[0] is listed[1] and built == ["c1"]


@pytest.mark.parametrize(
    ("data", "field"),
    [({"data": "calls"}, "data"), ({"data": [CALL, ["not", "an", "object"]]}, "data[1]"),
     ({"data": [CALL, dict(CALL, state=None)]}, "data[1].state"),
     ({"data": [CALL, CALL, dict(CALL, call_id="x", state=None), dict(CALL, call_id=None)]},
      "data[2].state"),
     ({"data": [], "total": -1}, "total")],
)
def test_a_bad_entry_names_its_place(data: dict[str, Any], field: str) -> None:
    with pytest.raises(ProtocolError) as info:
        call_list(answer(data), ListMemory())
    assert info.value.field == field


def test_a_bad_answer_leaves_the_memory_as_it_was() -> None:
    memory = ListMemory()
    first = call_list(answer({"data": [CALL]}), memory).data
    kept = dict(memory.last)
    with pytest.raises(ProtocolError):
        call_list(answer({"data": [CALL, dict(CALL, call_id="x", state=None)]}), memory)
    assert memory.last == kept
    assert call_list(answer({"data": [CALL]}), memory).data[0] is first[0]


@pytest.mark.parametrize(
    ("reply", "error"),
    [(answer({"status": "fail", "error": "USER_NOT_REGISTERED", "message": "no"}),
      UserNotRegistered),
     (answer({"code": 500, "content": "database down", "data": [CALL]}), ServerError),
     (answer({"data": [CALL]}, status=502), ServerError),
     (answer(b"<html>Bad gateway</html>", status=502), ServerError),
     (answer(b"<html>hello</html>"), ProtocolError),
     (answer(b"   "), ProtocolError)],
)
def test_an_error_envelope_is_raised_as_before(reply: Reply, error: type[Exception]) -> None:
    with pytest.raises(error):
        call_list(reply, ListMemory())


@pytest.mark.parametrize("body", [
    b'\xef\xbb\xbf{"data": [%s]}' % json.dumps(CALL).encode(),  # a byte-order mark
    b'{"data": [%s], "load": NaN}' % json.dumps(CALL).encode(),  # what only Python's json reads
])
def test_what_only_the_ordinary_way_reads_is_still_read(body: bytes) -> None:
    assert split_listing(body, "data") is None
    memory = ListMemory()
    memory.last[b"stale"] = object()
    assert call_list(answer(body), memory).data == (LiveCall.parse(Fields(CALL)),)
    assert memory.last == {}  # nothing remembered from an answer read the ordinary way


def test_split_listing_keeps_each_entry_as_it_was_written() -> None:
    body = b'{"total": 2, "data": [ {"call_id": "a"} ,{"call_id":"b","x":[1,{"y":null}]}],' \
           b' "message": "ok"}'
    top, entries = split_listing(body, "data")  # type: ignore[misc]
    assert top == {"total": 2, "message": "ok"}
    assert entries == [b'{"call_id": "a"}', b'{"call_id":"b","x":[1,{"y":null}]}']
    assert split_listing(b'{"data": null}', "data") == ({}, None)
    assert split_listing(b'{"data": {"a": 1}}', "data") is None  # not a list: the ordinary way
    assert split_listing(b'[1, 2]', "data") is None
    assert split_listing(b"[" * 100_000, "data") is None


def test_remembered_builds_only_what_it_has_not_met() -> None:
    memory = ListMemory()
    made: list[bytes] = []

    def build(f: Fields) -> dict[str, Any]:
        made.append(json.dumps(f.raw).encode())
        return dict(f.raw)

    a, b, c = b'{"n": 1}', b'{"n": 2}', b'{"n": 3}'
    first = remembered([a, b], build, memory, base="data")
    second = remembered([b, c, a], build, memory, base="data")
    assert second[0] is first[1] and second[2] is first[0]
    assert made == [a, b, c]
