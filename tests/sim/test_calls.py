"""Live calls: inbound to an extension and a ring group, answer, hang-up, missed calls, hold,
transfer, and the supervisor's listen / whisper / barge legs."""

from __future__ import annotations

import pytest

CALLER = "0899888999"


async def live(http, headers) -> list[dict]:
    r = await http.get("/v2/call", headers=headers)
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == len(body["data"])
    return body["data"]


async def ring(http, to: str, caller: str = CALLER, hotline: str = "19001919") -> dict:
    r = await http.post("/_sim/calls/inbound", json={"to": to, "from": caller, "hotline": hotline})
    assert r.status_code == 200, r.text
    return r.json()


async def talking_call(http, admin, ext: str = "101") -> str:
    flow = await ring(http, ext)
    r = await http.post(f"/_sim/calls/{flow['call_id']}/answer", json={})
    assert r.status_code == 200
    return flow["call_id"]


async def test_inbound_to_an_extension_rings_then_talks(http, agent, sim):
    flow = await ring(http, "101")
    assert flow["legs"] == [flow["call_id"]] and flow["direction"] == "inbound"
    [entry] = await live(http, agent)
    assert entry == {**entry, "call_id": flow["call_id"], "source": CALLER, "destination": "101",
                     "direction": "inbound", "state": "CS_ROUTING",
                     "context": sim.tenant.domain_name, "ip": "10.10.0.11"}
    r = await http.post(f"/_sim/calls/{flow['call_id']}/answer", json={})
    assert r.json()["answered"] is True
    [entry] = await live(http, agent)
    assert entry["state"] == "CS_EXCHANGE_MEDIA"


async def test_hangup_writes_an_answered_cdr(http, agent, sim):
    call_id = await talking_call(http, agent)
    r = await http.post(f"/_sim/calls/{call_id}/hangup", json={"cause": "NORMAL_CLEARING"})
    assert r.status_code == 200
    assert r.json()["ended"] is True
    assert await live(http, agent) == []
    row = (await http.get(f"/v2/cdr/{call_id}", headers=agent)).json()
    assert row["status"] == "ANSWERED" and row["direction"] == 1
    assert row["from_number"] == CALLER and row["to_number"] == "101"
    assert row["extension"] == "101" and row["receive_dest"] == ""
    assert row["recording_url"].endswith(".wav")
    newest = (await http.get("/v2/cdr", headers=agent, params={"limit": 1})).json()["data"][0]
    assert newest["id"] == call_id


async def test_talk_time_ends_an_answered_call(http, agent, sim, until):
    sim.config.talk_time = (0.05, 0.1)
    call_id = await talking_call(http, agent)
    cdr = await until(lambda: sim.tenant.cdr(call_id))
    assert cdr.status == "answered"


async def test_ring_timeout_is_a_missed_call(http, agent, sim, until):
    sim.config.ring_timeout = 0.1
    flow = await ring(http, "102")
    cdr = await until(lambda: sim.tenant.cdr(flow["call_id"]))
    assert cdr.status == "no-answered" and cdr.cause == "NO_ANSWER"
    assert cdr.extension == "102" and cdr.answered is None
    assert await live(http, agent) == []


async def test_caller_giving_up_and_agent_declining(http, sim):
    flow = await ring(http, "101")
    r = await http.post(f"/_sim/calls/{flow['call_id']}/hangup", json={})
    assert r.json()["cdr"]["status"] == "NO-ANSWERED"
    assert r.json()["cdr"]["cause"] == "ORIGINATOR_CANCEL"
    flow = await ring(http, "101")
    r = await http.post(f"/_sim/calls/{flow['call_id']}/hangup", json={"cause": "CALL_REJECTED"})
    assert r.json()["cdr"]["status"] == "CANCEL"


async def test_logged_out_or_busy_extension_misses_at_once(http, agent, sim):
    flow = await ring(http, "108")
    assert flow["legs"] == [] and flow["ended"] is True
    assert sim.tenant.cdr(flow["call_id"]).cause == "USER_NOT_REGISTERED"
    await talking_call(http, agent, "101")
    flow = await ring(http, "101", caller="0912345678")
    assert sim.tenant.cdr(flow["call_id"]).status == "busy"


async def test_ring_group_rings_every_free_member(http, agent, sim):
    await talking_call(http, agent, "103")  # busy: not rung
    flow = await ring(http, "600")
    assert len(flow["legs"]) == 3
    entries = [e for e in await live(http, agent) if e["call_id"] in flow["legs"]]
    assert {e["destination"] for e in entries} == {"101", "102", "104"}
    assert {e["state"] for e in entries} == {"CS_ROUTING"}
    r = await http.post(f"/_sim/calls/{flow['call_id']}/answer", json={"ext": "104"})
    assert r.status_code == 200
    entries = [e for e in await live(http, agent) if e["call_id"] in flow["legs"]]
    assert [(e["destination"], e["state"]) for e in entries] == [("104", "CS_EXCHANGE_MEDIA")]
    r = await http.post(f"/_sim/calls/{entries[0]['call_id']}/hangup", json={})
    cdr = r.json()["cdr"]
    assert cdr["id"] == flow["call_id"] and cdr["receive_dest"] == "600"
    assert cdr["extension"] == "104" and cdr["to_number"] == "104"


async def test_ring_group_answered_by_leg_id_and_one_member_declining(http, agent, sim):
    flow = await ring(http, "601")
    first, second, third = flow["legs"]
    r = await http.post(f"/_sim/calls/{first}/hangup", json={})  # one member declines
    assert r.json()["ended"] is False
    assert {e["call_id"] for e in await live(http, agent)} == {second, third}
    await http.post(f"/_sim/calls/{third}/answer", json={})
    assert [e["call_id"] for e in await live(http, agent)] == [third]


async def test_ring_group_missed_when_nobody_answers(http, sim, until):
    sim.config.ring_timeout = 0.1
    flow = await ring(http, "601")
    cdr = await until(lambda: sim.tenant.cdr(flow["call_id"]))
    assert cdr.status == "no-answered" and cdr.extension == "" and cdr.to_number == "601"
    assert cdr.receive_dest == "601"


async def test_hold_and_unhold(http, agent):
    call_id = await talking_call(http, agent)
    r = await http.post(f"/_sim/calls/{call_id}/hold")
    assert r.status_code == 200
    assert (await live(http, agent))[0]["state"] == "CS_HIBERNATE"
    await http.post(f"/_sim/calls/{call_id}/unhold")
    assert (await live(http, agent))[0]["state"] == "CS_EXCHANGE_MEDIA"


async def test_hold_needs_an_answered_call(http):
    flow = await ring(http, "101")
    r = await http.post(f"/_sim/calls/{flow['call_id']}/hold")
    assert r.status_code == 409 and r.json()["error"] == "CALL_NOT_ANSWERED"


async def test_transfer_moves_the_extension_side(http, admin, sim):
    call_id = await talking_call(http, admin, "101")
    r = await http.post(f"/v2/call/{call_id}/transfer", headers=admin, json={"ext": "105"})
    assert r.status_code == 200
    assert r.json() == {"status": "success", "call_id": call_id, "ext": "105"}
    [entry] = await live(http, admin)
    assert entry["destination"] == "105" and entry["call_id"] == call_id
    r = await http.post(f"/_sim/calls/{call_id}/hangup", json={})
    assert r.json()["cdr"]["extension"] == "105"


async def test_transfer_of_a_click_to_call(http, admin, until):
    r = await http.get("/v1/click2call", headers=admin, params={"ext": "101", "phone": CALLER})
    call_id = r.json()["call_id"]
    await until(lambda: _state_is(http, admin, "CS_EXCHANGE_MEDIA"))
    r = await http.post(f"/v2/call/{call_id}/transfer", headers=admin, json={"ext": "102"})
    assert r.status_code == 200
    assert (await live(http, admin))[0]["source"] == "102"


async def _state_is(http, headers, state: str) -> bool:
    entries = await live(http, headers)
    return bool(entries) and entries[0]["state"] == state


@pytest.mark.parametrize("mode", ["listen", "whisper", "barge"])
async def test_supervisor_leg(http, admin, sim, mode, doc, same_shape):
    call_id = await talking_call(http, admin, "101")
    r = await http.post(f"/v2/call/{call_id}/{mode}", headers=admin, json={"ext": "100"})
    assert r.status_code == 200
    same_shape(r.json(), doc[f"{mode.capitalize()} a call"][0])
    entries = await live(http, admin)
    assert len(entries) == 2
    monitor = next(e for e in entries if e["call_id"] != call_id)
    assert monitor["source"] == "100" and monitor["destination"] == "101"
    assert monitor["direction"] == "local" and monitor["state"] == "CS_EXCHANGE_MEDIA"
    state = (await http.get("/_sim/state")).json()
    assert [leg["mode"] for c in state["calls"] for leg in c["legs"]
            if leg["role"] == "monitor"] == [mode]
    await http.post(f"/_sim/calls/{call_id}/hangup", json={})
    assert await live(http, admin) == []  # the supervisor's leg ends with the call


async def test_supervisor_leg_can_hang_up_alone(http, admin):
    call_id = await talking_call(http, admin, "101")
    await http.post(f"/v2/call/{call_id}/listen", headers=admin, json={"ext": "100"})
    monitor = next(e for e in await live(http, admin) if e["call_id"] != call_id)
    r = await http.post(f"/_sim/calls/{monitor['call_id']}/hangup", json={})
    assert r.json()["ended"] is False
    assert [e["call_id"] for e in await live(http, admin)] == [call_id]


@pytest.mark.parametrize("action", ["transfer", "listen", "whisper", "barge"])
async def test_call_action_errors(http, admin, action, doc):
    r = await http.post(f"/v2/call/01b7d166-b564-42ec-80a1-4ad343225934/{action}",
                        headers=admin, json={"ext": "100"})
    assert r.status_code == 404
    assert r.json() == {"status": "fail", "error": "CALL_NOT_FOUND", "message": "call not found"}
    call_id = await talking_call(http, admin, "101")
    r = await http.post(f"/v2/call/{call_id}/{action}", headers=admin, json={"ext": "109"})
    assert r.status_code == 400
    heading = "Transfer a call" if action == "transfer" else f"{action.capitalize()} a call"
    assert r.json() == doc[heading][1]
    await talking_call(http, admin, "102")
    r = await http.post(f"/v2/call/{call_id}/{action}", headers=admin, json={"ext": "102"})
    assert r.status_code == 400 and r.json() == {"status": "fail", "error": "USER_BUSY"}
    r = await http.post(f"/v2/call/{call_id}/{action}", headers=admin, json={})
    assert r.status_code == 400
    assert r.json() == {"status": "fail", "error": "INVALID_PARAMS", "message": "ext is required"}


async def test_call_actions_on_a_ringing_call(http, admin):
    flow = await ring(http, "600")
    first = flow["legs"][0]
    r = await http.post(f"/v2/call/{first}/listen", headers=admin, json={"ext": "100"})
    assert r.status_code == 200
    monitor = next(e for e in await live(http, admin) if e["source"] == "100")
    assert monitor["destination"] == "101" and monitor["direction"] == "local"
    r = await http.post(f"/v2/call/{first}/transfer", headers=admin, json={"ext": "105"})
    assert r.status_code == 200
    entries = {e["call_id"]: e for e in await live(http, admin)}
    assert entries[first]["destination"] == "105" and entries[first]["state"] == "CS_ROUTING"
    assert entries[monitor["call_id"]]["destination"] == "105"  # the supervisor follows the leg
    await http.post(f"/_sim/calls/{first}/answer", json={})
    entries = {e["call_id"]: e for e in await live(http, admin)}
    assert set(entries) == {first, monitor["call_id"]}
    assert entries[first]["state"] == "CS_EXCHANGE_MEDIA"
    r = await http.post(f"/_sim/calls/{first}/hangup", json={})
    assert r.json()["cdr"]["extension"] == "105"


async def test_supervisor_on_a_click_to_call_still_ringing(http, admin, sim):
    sim.config.agent_answer_delay = None
    r = await http.get("/v1/click2call/async", headers=admin,
                       params={"ext": "101", "phone": CALLER})
    call_id = r.json()["call_id"]
    r = await http.post(f"/v2/call/{call_id}/barge", headers=admin, json={"ext": "100"})
    assert r.status_code == 200
    assert {e["state"] for e in await live(http, admin)} == {"CS_ROUTING", "CS_EXCHANGE_MEDIA"}


async def test_control_api_errors(http):
    r = await http.post("/_sim/calls/inbound", json={"to": "999"})
    assert r.status_code == 404 and r.json()["error"] == "NOT_FOUND"
    r = await http.post("/_sim/calls/inbound", json={})
    assert r.status_code == 400 and r.json()["message"] == "to is required"
    r = await http.post("/_sim/calls/nope/answer", json={})
    assert r.status_code == 404 and r.json()["error"] == "CALL_NOT_FOUND"
    r = await http.post("/_sim/extensions/999/login")
    assert r.status_code == 404
    flow = await ring(http, "600")
    r = await http.post(f"/_sim/calls/{flow['call_id']}/answer", json={"ext": "105"})
    assert r.status_code == 400 and r.json()["error"] == "EXTENSION_NOT_RINGING"
    await http.post(f"/_sim/calls/{flow['call_id']}/answer", json={"ext": "101"})
    r = await http.post(f"/_sim/calls/{flow['call_id']}/answer", json={})
    assert r.status_code == 409
    r = await http.get("/_sim/nothing")
    assert r.status_code == 404 and r.json() == {"error": "not found"}


async def test_state_shows_users_groups_and_calls(http, sim):
    await ring(http, "600")
    state = (await http.get("/_sim/state")).json()
    users = {u["extension"]: u for u in state["users"]}
    assert users["101"]["logged_in"] and users["101"]["busy"]
    assert not users["108"]["logged_in"] and not users["105"]["busy"]
    assert users["100"]["level"] == "admin"
    assert [g["number"] for g in state["ring_groups"]] == ["600", "601"]
    assert len(state["calls"]) == 1 and len(state["calls"][0]["legs"]) == 4
    assert state["cdr_count"] == 300 and state["config"]["seed"] == 1
