"""Fault injection (each kind, vendor paths only) and the rest of the control API: request log
with connection ids, engine settings, demo traffic."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest


async def faults(http, **settings):
    r = await http.post("/_sim/faults", json=settings)
    assert r.status_code == 200, r.text
    return r.json()


async def test_latency(http, agent):
    await faults(http, latency=[0.2, 0.25], seed=1)
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert (await http.get("/v2/call", headers=agent)).status_code == 200
    assert loop.time() - started >= 0.2
    started = loop.time()
    assert (await http.get("/_sim/state")).status_code == 200  # control API: no latency
    assert loop.time() - started < 0.2


async def test_server_errors(http, agent):
    await faults(http, error_rate=1.0, seed=3)
    seen = set()
    for _ in range(12):
        r = await http.get("/v2/call", headers=agent)
        seen.add(r.status_code)
        if r.status_code == 502:
            assert r.headers["content-type"].startswith("text/html")
        else:
            assert r.json()["code"] == r.status_code
    assert seen == {500, 502, 503}
    entries = (await http.get("/_sim/requests", params={"path": "/v2/call"})).json()["requests"]
    assert all(e["fault"] == "error" for e in entries[-12:])


async def test_errors_happen_before_the_call_is_placed(http, admin, sim):
    await faults(http, error_rate=1.0)
    await http.get("/v1/click2call/async", headers=admin, params={"ext": "101", "phone": "0899"})
    assert sim.engine.calls == {}


async def test_connection_resets(http, agent):
    await faults(http, reset_rate=1.0)
    with pytest.raises(httpx.TransportError):
        await http.get("/v2/call", headers=agent)
    await http.delete("/_sim/faults")
    assert (await http.get("/v2/call", headers=agent)).status_code == 200
    entries = (await http.get("/_sim/requests", params={"path": "/v2/call"})).json()["requests"]
    assert entries[0]["status"] is None and entries[0]["fault"] == "reset"
    assert entries[1]["status"] == 200


async def test_garbage_bodies(http, admin, sim):
    await faults(http, garbage_rate=1.0, seed=2)
    for ext in ("101", "102", "103", "104", "105", "106"):
        r = await http.get("/v1/click2call/async", headers=admin,
                           params={"ext": ext, "phone": "0899098899"})
        assert r.status_code == 200
        with pytest.raises(json.JSONDecodeError):
            json.loads(r.text)
    assert len(sim.engine.calls) == 6  # garbage comes after the request was handled


async def test_faults_skip_control_api_and_recordings(http, sim):
    await faults(http, reset_rate=0.5, error_rate=0.5)
    cdr = next(c for c in sim.tenant.cdrs if c.has_recording)
    for _ in range(5):
        assert (await http.get("/_sim/state")).status_code == 200
        assert (await http.get(f"/recordings/{cdr.id}.wav")).status_code == 200


async def test_seeded_faults_replay(http, agent):
    async def run() -> list[int]:
        await faults(http, error_rate=0.5, seed=42)
        return [(await http.get("/v2/call", headers=agent)).status_code for _ in range(10)]

    first = await run()
    assert first == await run()
    assert 200 in first and any(s >= 500 for s in first)


@pytest.mark.parametrize("settings", [
    {"latency": [3]}, {"latency": [2, 1]}, {"error_rate": 2}, {"reset_rate": "x"},
    {"error_rate": 0.6, "garbage_rate": 0.6}, {"seed": 1.5}, {"loss": 0.1},
])
async def test_fault_settings_are_validated(http, settings):
    r = await http.post("/_sim/faults", json=settings)
    assert r.status_code == 400 and r.json()["error"] == "BAD_REQUEST"


async def test_fault_settings_round_trip(http):
    await faults(http, latency=[0, 0.01], error_rate=0.05, reset_rate=0.02, garbage_rate=0.01,
                 seed=1)
    r = await http.get("/_sim/faults")
    assert r.json()["faults"] == {"latency": [0, 0.01], "error_rate": 0.05, "reset_rate": 0.02,
                                  "garbage_rate": 0.01, "seed": 1}
    assert (await http.delete("/_sim/faults")).json() == {"faults": None}


async def test_request_log_counts_kept_alive_connections(sim, admin):
    async with httpx.AsyncClient(base_url=sim.url) as client:
        await client.delete("/_sim/requests")
        for _ in range(3):
            await client.get("/v2/call", headers=admin)
        await client.post("/v2/click2call", headers=admin,
                          json={"id": "KH1", "mobile": "0899098899", "agent": "101"})
    async with httpx.AsyncClient(base_url=sim.url) as other:
        await other.get("/v2/call", headers=admin)
        r = await other.get("/_sim/requests")
    log = r.json()
    assert log["total"] == 5 and log["connections"] == 2
    post = [e for e in log["requests"] if e["method"] == "POST"][0]
    assert post["path"] == "/v2/click2call" and post["status"] == 200
    assert post["json"] == {"id": "KH1", "mobile": "0899098899", "agent": "101"}
    r = await other_get(sim, "/_sim/requests", params={"path": "/v2/call"})
    assert r["total"] == 4 and r["connections"] == 2
    async with httpx.AsyncClient(base_url=sim.url) as client:
        await client.get("/v2/cdr", headers=admin, params={"limit": "5"})
        r = await client.get("/_sim/requests", params={"path": "/v2/cdr"})
        assert r.json()["requests"][0]["query"] == {"limit": "5"}
        await client.delete("/_sim/requests")
        assert (await client.get("/_sim/requests")).json()["total"] == 0


async def other_get(sim, path, **kwargs):
    async with httpx.AsyncClient(base_url=sim.url) as client:
        return (await client.get(path, **kwargs)).json()


async def test_config_changes_and_validation(http, sim):
    r = await http.post("/_sim/config", json={
        "agent_answer_delay": 0.5, "talk_time": [1, 2], "ring_timeout": 9,
        "customer_answer_probability": 0.5})
    assert r.status_code == 200
    assert sim.config.talk_time == (1.0, 2.0) and sim.config.agent_answer_delay == 0.5
    assert r.json()["ring_timeout"] == 9
    for bad in ({"talk_time": [5, 1]}, {"customer_answer_probability": 2}, {"seed": 3},
                {"nonsense": 1}, {"cdr_mapping": "xml"}, {"talk_time": 3}):
        r = await http.post("/_sim/config", json=bad)
        assert r.status_code == 400, bad
    assert sim.config.talk_time == (1.0, 2.0)
    assert (await http.get("/_sim/config")).json()["ring_timeout"] == 9


async def test_demo_traffic_rings_and_answers(http, agent, sim, until):
    sim.config.talk_time = (0.02, 0.05)
    sim.config.ring_timeout = 0.2
    r = await http.post("/_sim/traffic", json={"enabled": True, "interval": [0.01, 0.03]})
    assert r.json()["enabled"] is True and r.json()["interval"] == [0.01, 0.03]
    before = len(sim.tenant.cdrs)
    await until(lambda: len(sim.tenant.cdrs) >= before + 12, timeout=10)
    r = await http.post("/_sim/traffic", json={"enabled": False})
    assert r.json()["enabled"] is False and r.json()["calls_made"] >= 12
    new = sim.tenant.cdrs[before:]
    assert {c.direction for c in new} == {"inbound"}
    assert any(c.status == "answered" for c in new)


async def test_demo_traffic_from_config(sim, http, until):
    sim.config.ring_timeout = 0.05
    await http.post("/_sim/config", json={"traffic": True})
    await until(lambda: sim.traffic.calls_made >= 2)
    await http.post("/_sim/config", json={"traffic": False})
    assert not sim.traffic.running
