"""The webhook receiver and the event parser against any body: an event, or a 4xx — never a 500.

The receiver listens on 127.0.0.1 (a free port) on a plain asyncio loop; each example POSTs one
body with the right key. A body is accepted only when it is an "Event Hook Data" object, which the
``received`` signal then carries as ``EventData``; anything else is refused with 400 / 413 (never
500: a handler that raised). ``EventData.parse`` is fuzzed on its own too, and the overlay that
merges events with polls is fed what the parser accepted.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from datetime import datetime

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from agent_desktop.core.call_events import EventOverlay
from agent_desktop.core.event_receiver import EVENTS, MAX_BODY, PATH, EventReceiver
from agent_desktop.pbx.errors import ProtocolError
from agent_desktop.pbx.fields import Fields
from agent_desktop.pbx.models import EventData
from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import HOSTILE_TEXT, Short, bodies, json_values, near_valid

KEY = "fuzz-key"
EVENT = {"call_id": "c1", "sip_call_id": "s1", "domain": "d", "direction": "inbound",
         "from_number": "0899098899", "to_number": "101", "hotline": "19001919",
         "state": "ringing"}


@st.composite
def events(draw: st.DrawFn) -> object:
    """A webhook body with a few fields broken, or anything at all."""
    if draw(st.booleans()):
        return draw(st.one_of(json_values, near_valid()))
    value = dict(EVENT, state=draw(st.sampled_from(sorted(EVENTS) + ["create", "RINGING", ""])))
    for name in draw(st.lists(st.sampled_from(sorted(EVENT) + ["duration", "billsec", "status",
                                                               "recording_url"]), max_size=3)):
        value[name] = draw(st.one_of(json_values, st.sampled_from(HOSTILE_TEXT)))
    return value


@pytest.fixture(scope="module")
def receiver(loop: asyncio.AbstractEventLoop) -> Iterator[tuple[EventReceiver, list[EventData]]]:
    server = EventReceiver()
    got: list[EventData] = []
    server.received.connect(got.append)
    assert loop.run_until_complete(server.start("127.0.0.1", 0, KEY))
    yield server, got
    loop.run_until_complete(server.stop())


@pytest.fixture(scope="module")
def http(loop: asyncio.AbstractEventLoop) -> Iterator[httpx.AsyncClient]:
    client = httpx.AsyncClient(timeout=10, verify=False)  # plain http; no CA bundle to load
    yield client
    loop.run_until_complete(client.aclose())


@FUZZ
@given(body=events())
@example(body=EVENT)
def test_the_parser_gives_an_event_or_a_protocol_error(body: object) -> None:
    try:
        data = EventData.parse(Fields(body, vendor="webhook"))
    except ProtocolError:
        return
    assert isinstance(data, EventData) and isinstance(data.call_id, str)
    assert all(isinstance(v, (str, int, type(None))) for v in vars(data).values())
    overlay = EventOverlay()
    overlay.note(data, time.monotonic(), None, datetime.now())
    overlay.apply([], 0.0, time.monotonic())


def _encode(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


@FUZZ
@given(raw=st.one_of(events().map(_encode), bodies()),
       content_type=st.sampled_from(["application/json", "text/plain", "",
                                     "application/json; charset=latin-1",
                                     "application/json; charset=nope"]))
@example(raw=b"[" * 60_000, content_type="application/json")
@example(raw=b"\xff\xfe\xfd", content_type="application/json")
@example(raw=_encode(EVENT), content_type="application/json; charset=nope")
@example(raw=_encode(EVENT), content_type="application/json")
def test_the_receiver_answers_every_body_with_an_event_or_a_refusal(
        loop: asyncio.AbstractEventLoop, receiver: tuple[EventReceiver, list[EventData]],
        http: httpx.AsyncClient, raw: bytes, content_type: str) -> None:
    server, got = receiver
    before = len(got)

    async def post() -> httpx.Response:
        headers = {"X-Api-Key": KEY}
        if content_type:
            headers["Content-Type"] = content_type
        return await http.post(server.url, content=Short(raw), headers=headers)

    response = loop.run_until_complete(post())
    assert response.status_code in (200, 400, 413), (response.status_code, response.text[:200])
    if response.status_code == 200:
        assert len(got) == before + 1 and isinstance(got[-1], EventData)
        assert got[-1].state in EVENTS and got[-1].call_id
    else:
        assert len(got) == before
        assert len(raw) <= MAX_BODY or response.status_code == 413


def test_a_body_over_the_cap_is_refused_unread(
        loop: asyncio.AbstractEventLoop, receiver: tuple[EventReceiver, list[EventData]],
        http: httpx.AsyncClient) -> None:
    server, _got = receiver

    async def post() -> httpx.Response:
        return await http.post(server.url, content=b" " * (MAX_BODY + 1) + _encode(EVENT),
                               headers={"X-Api-Key": KEY, "Content-Type": "application/json"})

    assert loop.run_until_complete(post()).status_code == 413
    assert PATH in server.url
