"""The two chaos faults the soak needs: a server restart that keeps the PBX's state (connections
dropped, refused for a while, then the same port again) and every token expiring on a period."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from agent_desktop.sim import Simulator
from agent_desktop.sim.faults import Faults, FaultSettings


async def test_restart_drops_connections_refuses_then_listens_on_the_same_port(
        sim: Simulator, http: httpx.AsyncClient, agent: dict[str, str]) -> None:
    call_id = (await http.post("/_sim/calls/inbound", json={"to": "101"})).json()["call_id"]
    port = sim.url.rsplit(":", 1)[1]
    # a request in flight when the server goes away gets no answer
    await http.post("/_sim/faults", json={"latency": [0.5, 0.5]})
    in_flight = asyncio.ensure_future(http.get("/v2/call", headers=agent))
    await asyncio.sleep(0.1)
    restarting = asyncio.ensure_future(sim.restart(down_for=0.6))
    with pytest.raises(httpx.TransportError):
        await in_flight
    await asyncio.sleep(0.1)
    assert sim.down
    with pytest.raises(httpx.ConnectError):  # refused while down, even on a fresh client
        async with httpx.AsyncClient(base_url=sim.url, timeout=2) as fresh:
            await fresh.get("/_sim/state")
    await restarting
    assert not sim.down and sim.restarts == 1 and sim.url.endswith(":" + port)
    await http.delete("/_sim/faults")
    # back on the same port with the same state: the token, the ringing call, the request log
    r = await http.get("/v2/call", headers=agent)
    assert r.status_code == 200
    assert call_id in {c["call_id"] for c in r.json()["data"]}
    entries = (await http.get("/_sim/requests", params={"path": "/v2/call"})).json()["requests"]
    assert len(entries) == 2 and entries[-1]["status"] == 200


async def test_restart_through_the_control_api(sim: Simulator, http: httpx.AsyncClient,
                                               agent: dict[str, str], until) -> None:
    r = await http.post("/_sim/restart", json={"down_for": 0.3})
    assert r.status_code == 200 and r.json() == {"restarting": True, "down_for": 0.3}
    await until(lambda: sim.down)
    again = await asyncio.gather(http.post("/_sim/restart", json={}), return_exceptions=True)
    assert isinstance(again[0], httpx.TransportError)  # nobody listens while it is down
    await until(lambda: not sim.down and sim.restarts == 1)
    assert (await http.get("/v2/call", headers=agent)).status_code == 200
    bad = await http.post("/_sim/restart", json={"down_for": -1})
    assert bad.status_code == 400 and bad.json()["error"] == "BAD_REQUEST"


async def test_stop_during_a_restart_stays_stopped(sim: Simulator) -> None:
    restarting = asyncio.ensure_future(sim.restart(down_for=0.3))
    await asyncio.sleep(0.05)
    await sim.stop()
    await restarting
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient(base_url=sim.url, timeout=2) as fresh:
            await fresh.get("/_sim/state")


async def test_tokens_expire_every_period(sim: Simulator, http: httpx.AsyncClient,
                                          agent: dict[str, str], login) -> None:
    r = await http.post("/_sim/faults", json={"token_expiry_every": 0.4})
    assert r.json()["faults"]["token_expiry_every"] == 0.4
    assert (await http.get("/v2/call", headers=agent)).status_code == 200  # not yet
    await asyncio.sleep(0.45)
    r = await http.get("/v2/call", headers=agent)
    assert r.status_code == 401 and r.json()["code"] == 401
    fresh = await login("agent101")  # a new token lives until the next period ends
    assert (await http.get("/v2/call", headers=fresh)).status_code == 200
    await asyncio.sleep(0.45)
    assert (await http.get("/v2/call", headers=fresh)).status_code == 401
    state = (await http.get("/_sim/state")).json()
    assert state["token_expiries"] == 2 and state["faults"]["token_expiry_every"] == 0.4
    await http.delete("/_sim/faults")  # off with the other faults
    again = await login("agent101")
    await asyncio.sleep(0.45)
    assert (await http.get("/v2/call", headers=again)).status_code == 200


def test_expiry_periods_follow_the_clock_not_the_requests() -> None:
    now = [100.0]
    faults = Faults(clock=lambda: now[0])
    faults.configure(FaultSettings(token_expiry_every=10))
    assert not faults.tokens_due()
    now[0] = 110.0
    assert faults.tokens_due() and not faults.tokens_due()  # once per period
    now[0] = 145.0  # quiet for three periods: one expiry, the next period ends at 150
    assert faults.tokens_due() and not faults.tokens_due()
    now[0] = 150.0
    assert faults.tokens_due() and faults.token_expiries == 3
    faults.clear()
    now[0] = 500.0
    assert not faults.tokens_due()


@pytest.mark.parametrize("value", [-1, "10", True])
async def test_token_expiry_every_is_validated(http: httpx.AsyncClient, value) -> None:
    r = await http.post("/_sim/faults", json={"token_expiry_every": value})
    assert r.status_code == 400 and "token_expiry_every" in r.json()["message"]
