"""Click-to-call: the three flavours, their envelopes, and the calls they place."""

from __future__ import annotations

import asyncio
import base64

import pytest

PHONE = "0899098899"


async def live(http, headers) -> list[dict]:
    r = await http.get("/v2/call", headers=headers)
    assert r.status_code == 200
    return r.json()["data"]


async def test_sync_waits_for_the_agent_and_the_call_goes_through(http, admin, sim, until, doc,
                                                                 same_shape):
    sim.config.agent_answer_delay = 0.3
    loop = asyncio.get_running_loop()
    started = loop.time()
    r = await http.get("/v1/click2call", headers=admin, params={"ext": "101", "phone": PHONE})
    assert loop.time() - started >= 0.25
    assert r.status_code == 200
    same_shape(r.json(), doc["Synchronous - GET"][0])
    call_id = r.json()["call_id"]
    entries = await until(lambda: _states(http, admin, {"CS_EXCHANGE_MEDIA"}))
    assert entries[0]["call_id"] == call_id
    assert entries[0]["source"] == "101" and entries[0]["destination"] == PHONE
    assert entries[0]["direction"] == "outbound"


async def _states(http, headers, wanted: set[str]) -> list[dict] | None:
    entries = await live(http, headers)
    return entries if entries and {e["state"] for e in entries} == wanted else None


async def test_async_returns_at_once_and_walks_the_states(http, admin, sim, doc, same_shape):
    sim.config.agent_answer_delay = None  # the control API picks up both phones
    sim.config.customer_answer_delay = 30.0
    r = await http.get("/v1/click2call/async", headers=admin,
                       params={"ext": "102", "phone": PHONE})
    assert r.status_code == 200
    same_shape(r.json(), doc["Asynchronous - GET"][0])
    call_id = r.json()["call_id"]
    first = await live(http, admin)
    same_shape({"data": first, "total": 1}, doc["List Calls"][0])
    assert first[0]["state"] == "CS_ROUTING"
    await http.post(f"/_sim/calls/{call_id}/answer", json={})
    assert (await live(http, admin))[0]["state"] == "CS_EXECUTE"
    await http.post(f"/_sim/calls/{call_id}/answer", json={})
    assert (await live(http, admin))[0]["state"] == "CS_EXCHANGE_MEDIA"


async def test_post_click2call(http, admin, sim, doc, same_shape):
    customer = sim.tenant.customers[0]
    r = await http.post("/v2/click2call", headers=admin,
                        json={"id": customer.customer_code, "mobile": customer.phone_number,
                              "agent": "103"})
    assert r.status_code == 200
    same_shape(r.json(), doc["Asynchronous - POST"][0])
    assert r.json()["code"] == "0" and r.json()["status"] == "success"
    call = sim.engine.calls[r.json()["call_id"]]
    assert call.customer_id == customer.customer_code and call.ext == "103"


async def test_answered_call_hangs_up_into_an_answered_cdr(http, admin, sim, until):
    sim.config.talk_time = (0.05, 0.05)
    r = await http.get("/v1/click2call", headers=admin,
                       params={"ext": "101", "phone": PHONE, "customer_id": "KH9"})
    call_id = r.json()["call_id"]
    cdr = await until(lambda: sim.tenant.cdr(call_id))
    assert await live(http, admin) == []
    row = (await http.get(f"/v2/cdr/{call_id}", headers=admin)).json()
    assert row["status"] == "ANSWERED" and row["cause"] == "NORMAL_CLEARING"
    assert row["direction"] == 3 and row["extension"] == "101"
    assert row["from_number"] == sim.tenant.default_hotline and row["to_number"] == PHONE
    assert row["customer_id"] == "KH9" and row["time_answered"]
    assert row["recording_url"].endswith(f"/recordings/{call_id}.wav")
    assert cdr.ring_at is not None and cdr.answered is not None


async def test_customer_not_answering_gives_busy_or_no_answer(http, admin, sim, until):
    sim.config.customer_answer_probability = 0.0
    sim.config.ring_timeout = 0.1
    statuses = set()
    for ext in ("101", "102", "103", "104", "105", "106"):
        r = await http.get("/v1/click2call/async", headers=admin,
                           params={"ext": ext, "phone": PHONE})
        statuses.add(r.json()["call_id"])
    cdrs = await until(lambda: [sim.tenant.cdr(c) for c in statuses]
                       if all(sim.tenant.cdr(c) for c in statuses) else None)
    assert {c.status for c in cdrs} <= {"busy", "no-answered"}
    assert all(c.answered is None and not c.has_recording for c in cdrs)
    assert {c.cause for c in cdrs} <= {"USER_BUSY", "NO_ANSWER"}


async def test_agent_not_answering_fails_the_sync_call(http, admin, sim):
    sim.config.agent_answer_delay = None
    sim.config.ring_timeout = 0.1
    r = await http.get("/v1/click2call", headers=admin, params={"ext": "101", "phone": PHONE})
    assert r.status_code == 400
    assert r.json() == {"status": "fail", "error": "NO_ANSWER"}
    cdr = sim.tenant.cdrs[-1]
    assert cdr.status == "invalid" and cdr.extension == "101" and cdr.ring_at is None


async def test_agent_rejecting_fails_the_sync_call(http, admin, sim, until):
    sim.config.agent_answer_delay = None
    task = asyncio.create_task(http.get("/v1/click2call", headers=admin,
                                        params={"ext": "101", "phone": PHONE}))
    entries = await until(lambda: live(http, admin))
    r = await http.post(f"/_sim/calls/{entries[0]['call_id']}/hangup", json={})
    assert r.json()["cdr"]["status"] == "INVALID"
    r = await task
    assert r.status_code == 400 and r.json() == {"status": "fail", "error": "CALL_REJECTED"}


async def test_auto_answer_skips_the_agent_ring(http, admin, sim):
    sim.config.agent_answer_delay = None
    sim.config.customer_answer_delay = 5.0
    r = await http.get("/v1/click2call/async", headers=admin,
                       params={"ext": "101", "phone": PHONE, "auto_answer": "true"})
    assert r.status_code == 200
    assert (await live(http, admin))[0]["state"] == "CS_EXECUTE"
    r = await http.get("/v1/click2call", headers=admin,
                       params={"ext": "102", "phone": PHONE, "auto_answer": "true"})
    assert r.status_code == 200


async def test_optional_parameters_are_kept(http, admin, sim):
    params = {"ext": "101", "phone": PHONE, "src_cid_name": "Click2Call", "src_cid_number": "101",
              "dest_cid_name": "Khách", "dest_cid_number": "19001919", "hotline": "02873001234",
              "customer_id": "KH1"}
    r = await http.get("/v1/click2call/async", headers=admin, params=params)
    call = sim.engine.calls[r.json()["call_id"]]
    assert call.options == {k: params[k] for k in ("src_cid_name", "src_cid_number",
                                                   "dest_cid_name", "dest_cid_number")}
    assert call.hotline == "02873001234" and call.customer_id == "KH1"


async def test_customer_found_by_phone_when_no_customer_id(http, admin, sim):
    customer = sim.tenant.customers[3]
    r = await http.get("/v1/click2call/async", headers=admin,
                       params={"ext": "101", "phone": customer.phone_number})
    assert sim.engine.calls[r.json()["call_id"]].customer_id == customer.customer_code


async def test_is_encode_decodes_the_phone(http, admin, sim):
    encoded = base64.b64encode(PHONE.encode()).decode()
    r = await http.get("/v1/click2call/async", headers=admin,
                       params={"ext": "101", "phone": encoded, "is_encode": "true"})
    assert r.status_code == 200
    assert (await live(http, admin))[0]["destination"] == PHONE
    r = await http.get("/v1/click2call/async", headers=admin,
                       params={"ext": "102", "phone": "not base64!", "is_encode": "true"})
    assert r.status_code == 400 and r.json()["error"] == "INVALID_PARAMS"


NOT_REGISTERED = "User not registered extension with Softphone or IP Phone"


@pytest.mark.parametrize("ext", ["108", "999"])  # logged out, unknown
async def test_user_not_registered_in_each_envelope(http, admin, ext, doc):
    r = await http.get("/v1/click2call", headers=admin, params={"ext": ext, "phone": PHONE})
    assert r.status_code == 400 and r.json() == doc["Synchronous - GET"][1]
    r = await http.get("/v1/click2call/async", headers=admin, params={"ext": ext, "phone": PHONE})
    assert r.status_code == 400 and r.json() == doc["Asynchronous - GET"][1]
    r = await http.post("/v2/click2call", headers=admin,
                        json={"id": "KH1", "mobile": PHONE, "agent": ext})
    assert r.status_code == 400 and r.json() == doc["Asynchronous - POST"][1]


async def test_logged_in_through_control_api_can_call(http, admin):
    assert (await http.post("/_sim/extensions/108/login")).json() == {"extension": "108",
                                                                      "logged_in": True}
    r = await http.get("/v1/click2call/async", headers=admin, params={"ext": "108", "phone": PHONE})
    assert r.status_code == 200
    await http.post("/_sim/extensions/109/logout")
    r = await http.get("/v1/click2call/async", headers=admin, params={"ext": "109", "phone": PHONE})
    assert r.json()["error"] == "USER_NOT_REGISTERED"


async def test_user_busy_in_each_envelope(http, admin):
    r = await http.get("/v1/click2call/async", headers=admin, params={"ext": "101", "phone": PHONE})
    assert r.status_code == 200
    r = await http.get("/v1/click2call", headers=admin, params={"ext": "101", "phone": PHONE})
    assert r.status_code == 400 and r.json() == {"status": "fail", "error": "USER_BUSY"}
    r = await http.get("/v1/click2call/async", headers=admin, params={"ext": "101", "phone": PHONE})
    assert r.json() == {"status": "fail", "message": "User is busy in another call",
                        "error": "USER_BUSY"}
    r = await http.post("/v2/click2call", headers=admin, json={"mobile": PHONE, "agent": "101"})
    assert r.json() == {"code": "1", "status": "fail", "message": "User is busy in another call",
                        "error": "USER_BUSY"}


@pytest.mark.parametrize("params, message", [
    ({"phone": PHONE}, "ext is required"),
    ({"ext": "101"}, "phone is required"),
    ({"ext": "101", "phone": "abc"}, "phone is invalid"),
])
async def test_invalid_params(http, admin, params, message):
    r = await http.get("/v1/click2call", headers=admin, params=params)
    assert r.status_code == 400
    assert r.json() == {"status": "fail", "error": "INVALID_PARAMS", "message": message}
    r = await http.get("/v1/click2call/async", headers=admin, params=params)
    assert r.json() == {"status": "fail", "message": message, "error": "INVALID_PARAMS"}


async def test_post_invalid_params(http, admin):
    r = await http.post("/v2/click2call", headers=admin, json={"agent": "101"})
    assert r.status_code == 400
    assert r.json() == {"code": "1", "status": "fail", "message": "mobile is required",
                        "error": "INVALID_PARAMS"}
    r = await http.post("/v2/click2call", content=b"[1,2",
                        headers={**admin, "Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error"] == "INVALID_PARAMS"


async def test_agents_call_only_from_their_own_extension(http, agent):
    r = await http.get("/v1/click2call/async", headers=agent, params={"ext": "101", "phone": PHONE})
    assert r.status_code == 200
    r = await http.get("/v1/click2call/async", headers=agent, params={"ext": "102", "phone": PHONE})
    assert r.status_code == 403
    assert r.json() == {"code": 403, "content": "permission denied", "error": "Forbidden"}


async def test_agent_hanging_up_while_the_customer_rings_is_cancel(http, admin, sim):
    sim.config.customer_answer_delay = 30.0
    r = await http.get("/v1/click2call", headers=admin, params={"ext": "101", "phone": PHONE})
    call_id = r.json()["call_id"]
    assert (await live(http, admin))[0]["state"] == "CS_EXECUTE"
    r = await http.post(f"/_sim/calls/{call_id}/hangup", json={})
    cdr = r.json()["cdr"]
    assert (cdr["status"], cdr["cause"]) == ("CANCEL", "ORIGINATOR_CANCEL")
    assert cdr["time_answered"] == ""
    flex = (await http.get(f"/v2/cdr/{call_id}", headers=admin, params={"mapping": "flex"})).json()
    assert flex["ringAt"] and flex["answeredAt"] == "" and flex["billsec"] == 0
    assert flex["to"] == PHONE and flex["extensionId"] == "101"
