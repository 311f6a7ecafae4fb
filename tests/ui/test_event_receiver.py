"""The local webhook receiver: the api key checked, bad bodies refused, events emitted."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import httpx
import pytest

from agent_desktop.core.event_receiver import MAX_BODY, PATH, EventReceiver, is_loopback, local_url
from agent_desktop.pbx.models import EventData

KEY = "k3y-for-tests"
EVENT = {"call_id": "c1", "sip_call_id": "s1", "domain": "demo", "direction": "inbound",
         "from_number": "0899888999", "to_number": "101", "hotline": "19001919",
         "state": "ringing"}


@pytest.fixture
async def receiver() -> AsyncIterator[EventReceiver]:
    r = EventReceiver()
    assert await r.start("127.0.0.1", 0, KEY)
    yield r
    await r.stop()


async def post(url: str, body: object = EVENT, key: str | None = KEY, **kw: object
               ) -> httpx.Response:
    headers = {"X-Api-Key": key} if key is not None else {}
    async with httpx.AsyncClient(timeout=5) as http:
        if isinstance(body, (bytes, str)):
            return await http.post(url, content=body, headers=headers, **kw)
        return await http.post(url, json=body, headers=headers, **kw)


async def test_an_event_with_the_key_is_emitted(receiver: EventReceiver) -> None:
    got: list[EventData] = []
    receiver.received.connect(got.append)
    assert receiver.url == f"http://127.0.0.1:{receiver.port}{PATH}"
    reply = await post(receiver.url)
    assert reply.status_code == 200 and reply.json() == {"received": True}
    assert [(e.call_id, e.state, e.from_number) for e in got] == [("c1", "ringing", "0899888999")]
    assert receiver.count == 1 and receiver.refusals == 0


@pytest.mark.parametrize("key", [None, "", "wrong", KEY + "x", KEY.upper()])
async def test_a_wrong_or_missing_key_is_refused(receiver: EventReceiver, key: str | None) -> None:
    got: list[EventData] = []
    receiver.received.connect(got.append)
    reply = await post(receiver.url, key=key)
    assert reply.status_code == 401
    assert got == [] and receiver.refusals == 1


@pytest.mark.parametrize("body, status", [
    (b"{not json", 400), ("[1, 2]", 400), ({"state": "ringing"}, 400),
    ({**EVENT, "state": "create"}, 400), ({**EVENT, "call_id": {"a": 1}}, 400), ({**EVENT, "call_id": ""}, 400),
    (b"{" + b" " * (MAX_BODY + 10) + b"}", 413),
])
async def test_bodies_that_are_no_event_are_refused(receiver: EventReceiver, body: object,
                                                    status: int) -> None:
    got: list[EventData] = []
    receiver.received.connect(got.append)
    reply = await post(receiver.url, body=body)
    assert reply.status_code == status
    assert got == [] and receiver.refusals == 1


async def test_only_the_events_path_and_post_are_served(receiver: EventReceiver) -> None:
    async with httpx.AsyncClient(timeout=5) as http:
        assert (await http.get(receiver.url, headers={"X-Api-Key": KEY})).status_code == 405
        other = receiver.url.replace(PATH, "/other")
        assert (await http.post(other, json=EVENT, headers={"X-Api-Key": KEY})).status_code == 404


async def test_a_port_in_use_is_reported_and_stop_frees_the_port() -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    r = EventReceiver()
    try:
        assert not await r.start("127.0.0.1", port, KEY)
        assert not r.listening and r.error
    finally:
        taken.close()
    assert await r.start("127.0.0.1", port, KEY)
    assert r.listening and r.error == "" and r.port == port
    await r.stop()
    assert not r.listening and r.url == ""
    with socket.create_server(("127.0.0.1", port)):  # free again
        pass


async def test_no_key_no_receiver() -> None:
    r = EventReceiver()
    assert not await r.start("127.0.0.1", 0, "")
    assert not r.listening


def test_addresses() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    assert local_url("0.0.0.0", 8787) == f"http://127.0.0.1:8787{PATH}"
    assert local_url("::1", 8787) == f"http://[::1]:8787{PATH}"
