"""Event hooks (`/v1/event`) and webhook delivery: payloads, X-Api-Key, retries."""

from __future__ import annotations

import pytest

EVENT_KEYS = {"call_id", "sip_call_id", "domain", "direction", "from_number", "to_number",
              "hotline", "state"}


async def subscribe(http, admin, url: str, events=("ringing", "answered", "hangup", "cdr"),
                    apikey: str = "secret-key") -> None:
    for event in events:
        r = await http.post("/v1/event", headers=admin,
                            json={"callback_url": url, "callback_apikey": apikey, "event": event})
        assert r.status_code == 200 and r.json() == {"created": True}


async def test_create_list_delete_events(http, admin, sim, doc, same_shape):
    r = await http.get("/v1/event", headers=admin)
    assert r.json() == {"data": []}
    await subscribe(http, admin, "http://127.0.0.1:9/hook", events=("hangup", "create"))
    r = await http.get("/v1/event", headers=admin)
    data = r.json()["data"]
    same_shape(r.json(), doc["Get Events"][0])
    assert [e["event_name"] for e in data] == ["hangup", "create"]
    assert data[0]["domain_name"] == sim.tenant.domain_name
    assert data[0]["domain_uuid"] == sim.tenant.domain_uuid
    assert data[0]["callback_apikey"] == "secret-key"
    r = await http.delete(f"/v1/event/{data[0]['event_domain_uuid']}", headers=admin)
    assert r.status_code == 200 and r.json() == {"deleted": True}
    assert len((await http.get("/v1/event", headers=admin)).json()["data"]) == 1


async def test_delete_unknown_event_is_404(http, admin):
    r = await http.delete("/v1/event/eeeeeeee-1111-2222-3333-eeeeeeee", headers=admin)
    assert r.status_code == 404
    assert r.json() == {"code": 404, "content": "Not Found", "error": "Not Found"}


@pytest.mark.parametrize("body, missing", [
    ({"event": "hangup"}, "callback_url"),
    ({"callback_url": "http://x/"}, "event"),
    ({"callback_url": "", "event": "cdr"}, "callback_url"),
])
async def test_create_event_needs_url_and_event(http, admin, body, missing):
    r = await http.post("/v1/event", headers=admin, json=body)
    assert r.status_code == 400
    assert r.json() == {"code": 400, "content": f"{missing} is required", "error": "Bad Request"}


async def test_click_to_call_fires_every_event_with_the_api_key(http, admin, receiver, until,
                                                                sim):
    await subscribe(http, admin, receiver.url)
    sim.config.talk_time = (0.05, 0.05)
    r = await http.get("/v1/click2call/async", headers=admin,
                       params={"ext": "101", "phone": "0899098899", "hotline": "02873001234"})
    call_id = r.json()["call_id"]
    await until(lambda: receiver.events("cdr"))
    states = [e["state"] for e in receiver.events()]
    assert sorted(states) == ["answered", "cdr", "hangup", "ringing"]
    assert all(r["headers"].get("X-Api-Key") == "secret-key" for r in receiver.received)
    for event in receiver.events():
        assert event["call_id"] == call_id
        assert event["direction"] == "outbound"
        assert event["from_number"] == "101" and event["to_number"] == "0899098899"
        assert event["hotline"] == "02873001234"
        assert event["domain"] == sim.tenant.domain_name
    assert set(receiver.events("ringing")[0]) == EVENT_KEYS
    assert set(receiver.events("answered")[0]) == EVENT_KEYS
    hangup = receiver.events("hangup")[0]
    assert set(hangup) == EVENT_KEYS | {"duration", "billsec", "recording_url"}
    assert hangup["recording_url"] == ""
    cdr = receiver.events("cdr")[0]
    assert set(cdr) == EVENT_KEYS | {"duration", "billsec", "recording_url", "status"}
    assert cdr["status"] == "answered"
    assert cdr["recording_url"] == f"{sim.url}/recordings/{call_id}.wav"
    assert isinstance(cdr["duration"], int) and isinstance(cdr["billsec"], int)


async def test_hooks_only_get_their_event_and_no_key_header_without_key(http, admin, receiver,
                                                                       until, sim):
    await subscribe(http, admin, receiver.url, events=("hangup",), apikey="")
    r = await http.post("/_sim/calls/inbound", json={"to": "101", "from": "0899888999"})
    call_id = r.json()["call_id"]
    await http.post(f"/_sim/calls/{call_id}/hangup", json={})
    await until(lambda: receiver.events("hangup"))
    assert [e["state"] for e in receiver.events()] == ["hangup"]
    assert "X-Api-Key" not in receiver.received[0]["headers"]


async def test_ring_group_events_carry_leg_ids_and_cdr_the_flow_id(http, admin, receiver,
                                                                  until):
    await subscribe(http, admin, receiver.url)
    r = await http.post("/_sim/calls/inbound",
                        json={"to": "600", "from": "0899888999", "hotline": "19001919"})
    flow = r.json()
    assert len(flow["legs"]) == 4 and flow["call_id"] not in flow["legs"]
    await until(lambda: len(receiver.events("ringing")) == 4)
    assert {e["call_id"] for e in receiver.events("ringing")} == set(flow["legs"])
    assert {e["to_number"] for e in receiver.events("ringing")} == {"101", "102", "103", "104"}
    await http.post(f"/_sim/calls/{flow['call_id']}/answer", json={"ext": "102"})
    await until(lambda: receiver.events("answered"))
    answered = receiver.events("answered")[0]
    assert answered["to_number"] == "102" and answered["call_id"] in flow["legs"]
    await http.post(f"/_sim/calls/{answered['call_id']}/hangup", json={})
    await until(lambda: receiver.events("cdr"))
    await until(lambda: len(receiver.events("hangup")) == 4)  # the 3 that stopped ringing, too
    cdr = receiver.events("cdr")[0]
    assert cdr["call_id"] == flow["call_id"] and cdr["to_number"] == "102"
    assert cdr["status"] == "answered" and cdr["direction"] == "inbound"


async def test_delivery_is_retried_after_a_failure(http, admin, receiver, until, sim):
    receiver.fail_first = 1
    await subscribe(http, admin, receiver.url, events=("ringing",))
    await http.post("/_sim/calls/inbound", json={"to": "101", "from": "0899888999"})
    await until(lambda: receiver.events("ringing"))
    assert len(receiver.received) == 2
    assert receiver.received[0]["json"] == receiver.received[1]["json"]
    r = await http.get("/_sim/webhooks")
    attempts = [(d["attempt"], d["status"]) for d in r.json()["deliveries"]]
    assert attempts == [(1, 500), (2, 200)]


async def test_delivery_gives_up_after_the_last_attempt(http, admin, receiver, until, sim):
    receiver.fail_first = 100
    await subscribe(http, admin, receiver.url, events=("ringing",))
    await http.post("/_sim/calls/inbound", json={"to": "101", "from": "0899888999"})
    await until(lambda: len(receiver.received) == 3 and sim.webhooks.pending == 0)
    assert receiver.events("ringing") == []


async def test_dead_receiver_does_not_hold_up_calls(http, admin, sim):
    await subscribe(http, admin, "http://127.0.0.1:9/nothing-listens-here")
    r = await http.get("/v1/click2call", headers=admin,
                       params={"ext": "101", "phone": "0899098899"})
    assert r.status_code == 200
    assert sim.webhooks.pending >= 1 or len(sim.webhooks.deliveries) >= 1


async def test_call_that_rang_nobody_fires_cdr_only(http, admin, receiver, until):
    await subscribe(http, admin, receiver.url)
    r = await http.post("/_sim/calls/inbound", json={"to": "109", "from": "0899888999"})
    await until(lambda: receiver.events("cdr"))
    assert [e["state"] for e in receiver.events()] == ["cdr"]
    cdr = receiver.events("cdr")[0]
    assert cdr["call_id"] == r.json()["call_id"] and cdr["status"] == "no-answered"
    assert cdr["recording_url"] == "" and cdr["billsec"] == 0
