"""The TeleCMI client against the simulator over real HTTP: click-to-call, its 200 / 400 / 404,
the webrtc / followme rule, and what the client refuses before sending anything."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from agent_desktop.core.messages import Context, describe
from agent_desktop.pbx import AuthError, InvalidInput, PbxClient, TelecmiClient, Unsupported
from agent_desktop.pbx.models import CdrQuery, ClickToCallMode, ClickToCallOptions
from agent_desktop.sim import Simulator
from agent_desktop.sim.telecmi import credentials, tenant_number
from tests.contract.conftest import logged_in

PATH = "/telecmi/v2/webrtc/click2call"


@pytest.fixture
async def cmi(sim: Simulator) -> AsyncIterator[TelecmiClient]:
    client = TelecmiClient(sim.url + "/telecmi")
    await client.login(*credentials(sim.tenant, "101"))
    yield client
    await client.aclose()


async def sent(control: httpx.AsyncClient) -> list[dict[str, Any]]:
    return (await control.get("/_sim/requests", params={"path": PATH})).json()["requests"]


def test_credentials_are_deterministic_from_the_seed(sim: Simulator) -> None:
    user_id, secret = credentials(sim.tenant, "101")
    number = tenant_number(sim.tenant)
    assert user_id == f"101_{number}" and len(number) == 7
    again = Simulator(sim.config)
    assert credentials(again.tenant, "101") == (user_id, secret)
    assert credentials(again.tenant, "102") != (user_id, secret)


async def test_login_keeps_the_credentials_and_sends_nothing(
    sim: Simulator, cmi: TelecmiClient, control: httpx.AsyncClient
) -> None:
    user_id, secret = credentials(sim.tenant, "101")
    account = cmi.account
    assert account is not None
    assert (account.extension, account.username, account.level, account.api_key) == (
        user_id, user_id, "user", secret)
    assert cmi.api_key == secret and cmi.token is None
    assert isinstance(cmi, PbxClient)
    client = TelecmiClient(sim.url + "/telecmi")
    for pair, missing in (((user_id, ""), "secret"), (("", secret), "user_id")):
        with pytest.raises(InvalidInput) as caught:
            await client.login(*pair)
        assert caught.value.fields == {missing: "is required"}
    await client.aclose()
    assert (await control.get("/_sim/requests")).json()["requests"] == []


async def test_click_to_call_places_a_real_call(
    sim: Simulator, cmi: TelecmiClient, control: httpx.AsyncClient
) -> None:
    result = await cmi.click_to_call("101", "+84 899-888-999")
    assert result.status == "Call initiated" and len(result.call_id) == 43
    user_id, secret = credentials(sim.tenant, "101")
    [request] = await sent(control)
    assert request["json"] == {"user_id": user_id, "secret": secret, "to": 84899888999,
                               "webrtc": True, "followme": False}  # no extra_params
    taken = (await control.get("/_sim/telecmi")).json()["requests"]
    [entry] = [r for r in taken if r["request_id"] == result.call_id]
    tel4vn = await logged_in(sim, "agent101")
    try:
        live = {c.call_id: c for c in (await tel4vn.list_calls()).data}
        assert (live[entry["call_id"]].source, live[entry["call_id"]].destination) == (
            "101", "84899888999")
    finally:
        await tel4vn.aclose()


async def test_followme_and_extra_params(
    sim: Simulator, cmi: TelecmiClient, control: httpx.AsyncClient
) -> None:
    options = ClickToCallOptions(webrtc=False, followme=True, extra_params={"crm": True})
    await cmi.click_to_call("101", "9100000000", options)
    [request] = await sent(control)
    assert request["json"]["extra_params"] == {"crm": True}
    assert (request["json"]["webrtc"], request["json"]["followme"]) == (False, True)
    assert request["json"]["to"] == 9100000000


async def test_wrong_secret_is_404_auth_error(sim: Simulator, control: httpx.AsyncClient) -> None:
    user_id, _ = credentials(sim.tenant, "101")
    client = TelecmiClient(sim.url + "/telecmi")
    await client.login(user_id, "not-the-secret")
    with pytest.raises(AuthError) as caught:
        await client.click_to_call("101", "0899888999")
    await client.aclose()
    assert (caught.value.status, caught.value.code) == (404, "404")
    assert "user id or app secret" in describe(caught.value, Context.CALL)
    [request] = await sent(control)
    assert request["status"] == 404
    assert (await control.get("/_sim/state")).json()["calls"] == []


async def test_the_simulator_answers_the_docs_statuses(sim: Simulator) -> None:
    user_id, secret = credentials(sim.tenant, "102")
    async with httpx.AsyncClient(base_url=sim.url + "/telecmi", timeout=10) as http:
        # the docs' sample request, with this tenant's credentials
        ok = await http.post("/v2/webrtc/click2call", json={
            "user_id": user_id, "secret": secret, "to": 9100000000, "extra_params": {"crm": True},
            "webrtc": True, "followme": False})
        missing = await http.post("/v2/webrtc/click2call", json={"user_id": user_id,
                                                                  "to": 9100000000})
        unknown = await http.post("/v2/webrtc/click2call", json={
            "user_id": "999_1", "secret": secret, "to": 9100000000})
        as_text = await http.post("/v2/webrtc/click2call", json={
            "user_id": user_id, "secret": secret, "to": "9100000000"})
        both = await http.post("/v2/webrtc/click2call", json={
            "user_id": user_id, "secret": secret, "to": 9100000000, "followme": True})
    assert ok.status_code == 200 and set(ok.json()) == {"code", "msg", "request_id"}
    assert ok.json()["code"] == 200 and ok.json()["msg"] == "Call initiated"
    assert (missing.status_code, missing.json()) == (
        400, {"code": 400, "msg": "User id or secret param missing"})
    assert unknown.status_code == 404 and unknown.json()["code"] == 404
    assert as_text.status_code == 400  # "to" is a number
    assert both.status_code == 400  # followme needs webrtc false


async def test_the_400_answer_becomes_invalid_input(sim: Simulator) -> None:
    async with httpx.AsyncClient(base_url=sim.url + "/telecmi", timeout=10) as http:
        missing = await http.post("/v2/webrtc/click2call", json={})

    def replay(request: httpx.Request) -> httpx.Response:
        return httpx.Response(missing.status_code, content=missing.content,
                              headers={"content-type": "application/json"})

    client = TelecmiClient("https://rest.telecmi.example", transport=httpx.MockTransport(replay))
    await client.login("101_1111112", "secret")
    with pytest.raises(InvalidInput) as caught:
        await client.click_to_call("101", "9100000000")
    await client.aclose()
    assert (caught.value.status, caught.value.code) == (400, "400")
    assert caught.value.message == "User id or secret param missing"


async def test_refusals_before_sending(cmi: TelecmiClient, control: httpx.AsyncClient) -> None:
    with pytest.raises(InvalidInput) as both:
        await cmi.click_to_call("101", "0899888999", ClickToCallOptions(followme=True))
    assert "webrtc" in both.value.fields
    for phone in ("", "abc", "0899 888 999 ext 2", "1234567890123456"):
        with pytest.raises(InvalidInput) as bad:
            await cmi.click_to_call("101", phone)
        assert "to" in bad.value.fields
    for mode in (ClickToCallMode.SYNC, ClickToCallMode.CUSTOMER):
        with pytest.raises(Unsupported):
            await cmi.click_to_call("101", "0899888999", mode=mode)
    for attempt in (cmi.list_calls(), cmi.list_cdrs(CdrQuery()), cmi.get_cdr("x"),
                    cmi.user_status("101"), cmi.get_customer("x"), cmi.list_events(),
                    cmi.refresh_token(), cmi.autocall_queue_action("start", "q")):
        with pytest.raises(Unsupported):
            await attempt
    assert not cmi.capabilities.live_calls and not cmi.capabilities.cdrs
    not_logged_in = TelecmiClient("http://127.0.0.1:9")
    with pytest.raises(AuthError):
        await not_logged_in.click_to_call("101", "0899888999")
    await not_logged_in.aclose()
    assert (await control.get("/_sim/requests")).json()["requests"] == []
