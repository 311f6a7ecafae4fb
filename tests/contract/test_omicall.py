"""The OMICall client against the simulator over real HTTP: log-in, click-to-call, every
documented error, the token renewal rule, and what the client refuses before sending anything."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import fields
from typing import Any

import httpx
import pytest

from agent_desktop.core.messages import Context, describe
from agent_desktop.pbx import (
    VENDORS,
    AuthError,
    Capabilities,
    InvalidInput,
    OmicallClient,
    PbxClient,
    PbxError,
    ServerError,
    SessionExpired,
    Tel4vnClient,
    TelecmiClient,
    Unsupported,
    UserBusy,
    UserNotRegistered,
    make_client,
)
from agent_desktop.pbx.models import CdrQuery, ClickToCallMode, ClickToCallOptions
from agent_desktop.pbx.omicall_errors import make_error
from agent_desktop.sim import Simulator
from agent_desktop.sim.omicall import demo_api_key
from tests.contract.conftest import logged_in
from tests.doc_examples import json_examples, shape_mismatches

DOC = "omicall-click-to-call.md"
HOTLINE = ClickToCallOptions(hotline="19001919")


@pytest.fixture
async def omi(sim: Simulator) -> AsyncIterator[OmicallClient]:
    client = OmicallClient(sim.url + "/omicall")
    await client.login("101", demo_api_key(sim.tenant))
    yield client
    await client.aclose()


async def sent(control: httpx.AsyncClient, path: str) -> list[dict[str, Any]]:
    return (await control.get("/_sim/requests", params={"path": path})).json()["requests"]


async def omicall_settings(control: httpx.AsyncClient, **settings: Any) -> None:
    answer = await control.post("/_sim/omicall", json=settings)
    assert answer.status_code == 200, answer.text


# --- log-in -------------------------------------------------------------------------------------


async def test_login_fetches_a_token_from_the_api_key(
    sim: Simulator, omi: OmicallClient, control: httpx.AsyncClient
) -> None:
    account = omi.account
    assert account is not None
    assert (account.extension, account.username, account.level) == ("101", "101", "user")
    assert account.api_key == demo_api_key(sim.tenant) == omi.api_key
    assert omi.token is not None and omi.token.token and omi.token.expired_in == 3600
    [auth] = await sent(control, "/omicall/api/auth")
    assert (auth["method"], auth["query"], auth["status"]) == (
        "GET", {"apiKey": demo_api_key(sim.tenant)}, 200)
    assert isinstance(omi, PbxClient) and omi.capabilities is VENDORS["omicall"].capabilities


async def test_every_demo_account_key_works_and_a_wrong_one_is_tenant_invalid(
    sim: Simulator, control: httpx.AsyncClient
) -> None:
    client = OmicallClient(sim.url + "/omicall")
    try:
        await client.login("105", sim.tenant.users[5].api_key)
        with pytest.raises(AuthError) as wrong:
            await client.login("101", "not-a-key")
        assert wrong.value.code == "tenant_invalid" and wrong.value.status == 401
        assert "API key" in describe(wrong.value, Context.LOGIN)
        await control.delete("/_sim/requests")
        for extension, key in (("", "k"), ("101", " ")):
            with pytest.raises(InvalidInput) as blank:
                await client.login(extension, key)
            assert blank.value.fields == {("extension" if not extension else "api_key"):
                                          "is required"}
        assert await sent(control, "/omicall/api/auth") == []
    finally:
        await client.aclose()


# --- click-to-call ------------------------------------------------------------------------------


async def test_click_to_call_places_a_real_call(
    sim: Simulator, omi: OmicallClient, control: httpx.AsyncClient
) -> None:
    result = await omi.click_to_call("101", "0899888999", HOTLINE)
    assert result.status == "ok" and result.call_id
    [request] = await sent(control, "/omicall/api/click2call")
    assert request["json"] == {"extension": "101", "hotline": "19001919",
                               "phone_number": "0899888999"}
    state = (await control.get("/_sim/state")).json()
    call = next(c for c in state["calls"] if c["call_id"] == result.call_id)
    assert (call["ext"], call["customer_number"], call["hotline"]) == (
        "101", "0899888999", "19001919")
    tel4vn = await logged_in(sim, "agent101")
    try:
        live = {c.call_id: c for c in (await tel4vn.list_calls()).data}
        assert live[result.call_id].source == "101"
    finally:
        await tel4vn.aclose()


async def test_answers_have_the_docs_envelopes(sim: Simulator, omi: OmicallClient) -> None:
    docs_ok, docs_error = (e.value for e in json_examples(DOC))
    assert omi.token is not None
    async with httpx.AsyncClient(base_url=sim.url + "/omicall", timeout=10, headers={
            "Authorization": f"Bearer {omi.token.token}"}) as http:
        good = await http.post("/api/click2call", json={
            "extension": "102", "hotline": "19001919", "phone_number": "0899000111"})
        bad = await http.post("/api/click2call", json={"extension": "102", "hotline": "19001919"})
    assert good.status_code == 200 and not shape_mismatches(good.json(), docs_ok)
    assert bad.status_code == 400 and not shape_mismatches(bad.json(), docs_error)
    assert bad.json()["payload"] == docs_error["payload"]  # data_is_required, the docs' message


async def test_a_failure_is_read_from_the_body_even_with_http_200() -> None:
    body = {"status_code": -9999, "instance_id": "stg", "instance_version": "1.2.163",
            "payload": {"status": "fail", "error": "user_busy", "message": "User busy"},
            "key_enabled": False}
    token = {"status_code": 9999, "payload": {"access_token": "t"}}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=token if request.url.path == "/api/auth" else body)

    client = OmicallClient("https://omi.example", transport=httpx.MockTransport(answer))
    await client.login("101", "key")
    with pytest.raises(UserBusy) as busy:
        await client.click_to_call("101", "0899888999", HOTLINE)
    assert (busy.value.code, busy.value.vendor, busy.value.status) == ("user_busy", "omicall", 200)
    await client.aclose()


# (error code, extension, phone, hotline, simulator settings, class, request fields named)
ERRORS = [
    ("data_is_required", "101", "not-a-phone", "19001919", {}, InvalidInput, {}),
    ("tenant_invalid", "101", "0899888999", "19001919", {"tenant_enabled": False}, AuthError, {}),
    ("user_not_registered", "108", "0899888999", "19001919", {}, UserNotRegistered, {}),
    ("number_call_out_invalid", "101", "0899888999", "0123", {}, InvalidInput,
     {"hotline": "Your hotline invalid"}),
    ("extension_invalid", "999", "0899888999", "19001919", {}, InvalidInput,
     {"extension": "Extension not found or disabled"}),
    ("do_not_call", "101", "0900000000", "19001919", {}, InvalidInput,
     {"phone_number": "Do not call"}),
    ("unknown", "101", "0899888999", "19001919", {"next_error": "unknown"}, ServerError, {}),
]


@pytest.mark.parametrize("code, ext, phone, hotline, settings, cls, named", ERRORS,
                         ids=[e[0] for e in ERRORS])
async def test_each_documented_error(
    omi: OmicallClient, control: httpx.AsyncClient, code: str, ext: str, phone: str,
    hotline: str, settings: dict[str, Any], cls: type[PbxError], named: dict[str, str],
) -> None:
    if settings:
        await omicall_settings(control, **settings)
    with pytest.raises(cls) as caught:
        await omi.click_to_call(ext, phone, ClickToCallOptions(hotline=hotline))
    error = caught.value
    assert (error.code, error.vendor, error.status) == (code, "omicall", 400)
    if isinstance(error, InvalidInput):
        assert error.fields == named
    [request] = await sent(control, "/omicall/api/click2call")
    assert request["status"] == 400
    state = (await control.get("/_sim/state")).json()
    assert state["calls"] == []  # nothing was placed
    sentence = describe(error, Context.CALL, ext)
    assert sentence and "{" not in sentence


async def test_user_busy_for_a_busy_extension_and_a_busy_number(
    omi: OmicallClient, control: httpx.AsyncClient
) -> None:
    await omi.click_to_call("101", "0899888999", HOTLINE)
    with pytest.raises(UserBusy) as extension_busy:
        await omi.click_to_call("101", "0899777666", HOTLINE)
    with pytest.raises(UserBusy) as number_busy:
        await omi.click_to_call("102", "84899888999", HOTLINE)  # the same number, written 84…
    for error in (extension_busy.value, number_busy.value):
        assert error.code == "user_busy"
        assert "busy" in describe(error, Context.CALL, "101")
    assert len((await control.get("/_sim/state")).json()["calls"]) == 1


async def test_vendor_sentences_for_the_new_codes() -> None:
    sentences = {code: describe(make_error(code, code, status=400), Context.CALL, "101")
                 for code in ("tenant_invalid", "do_not_call", "number_call_out_invalid",
                              "extension_invalid", "user_busy")}
    assert "do-not-call" in sentences["do_not_call"]
    assert "hotline" in sentences["number_call_out_invalid"]
    assert "101" in sentences["extension_invalid"] and "101" in sentences["user_busy"]
    assert "log in again" in sentences["tenant_invalid"]
    assert len(set(sentences.values())) == len(sentences)


# --- the token: renewed once, a click-to-call never repeated -------------------------------------


async def test_expired_token_is_renewed_and_the_click_to_call_not_repeated(
    omi: OmicallClient, control: httpx.AsyncClient
) -> None:
    await control.post("/_sim/tokens/expire")
    await control.delete("/_sim/requests")
    with pytest.raises(SessionExpired) as expired:
        await omi.click_to_call("101", "0899888999", HOTLINE)
    assert expired.value.vendor == "omicall"
    clicks = await sent(control, "/omicall/api/click2call")
    assert [c["status"] for c in clicks] == [401]  # sent once, refused, not repeated
    assert len(await sent(control, "/omicall/api/auth")) == 1  # the token was renewed
    assert (await omi.click_to_call("101", "0899888999", HOTLINE)).call_id  # the person's retry


async def test_a_token_of_another_vendor_is_refused(sim: Simulator, omi: OmicallClient) -> None:
    tel4vn = await logged_in(sim, "agent101")
    assert tel4vn.token is not None
    async with httpx.AsyncClient(base_url=sim.url + "/omicall", timeout=10) as http:
        answer = await http.post("/api/click2call", headers={
            "Authorization": f"Bearer {tel4vn.token.token}"}, json={})
    await tel4vn.aclose()
    assert answer.status_code == 401 and answer.json()["status_code"] == -9999


# --- refused before sending ---------------------------------------------------------------------


async def test_refusals_before_sending(omi: OmicallClient, control: httpx.AsyncClient) -> None:
    await control.delete("/_sim/requests")
    with pytest.raises(InvalidInput) as no_hotline:
        await omi.click_to_call("101", "0899888999")
    assert no_hotline.value.fields == {"hotline": "is required"}
    with pytest.raises(InvalidInput) as blanks:
        await omi.click_to_call(" ", "", HOTLINE)
    assert set(blanks.value.fields) == {"extension", "phone_number"}
    for mode in (ClickToCallMode.SYNC, ClickToCallMode.CUSTOMER):
        with pytest.raises(Unsupported):
            await omi.click_to_call("101", "0899888999", HOTLINE, mode)
    for attempt in (omi.list_calls(), omi.list_cdrs(CdrQuery()), omi.user_status("101"),
                    omi.list_customers(), omi.list_events(), omi.call_action("transfer", "x", "1"),
                    omi.click_to_call_customer("KH1", "0899888999", "101")):
        with pytest.raises(Unsupported):
            await attempt
    with pytest.raises(Unsupported):
        async for _ in omi.iter_cdrs():
            pass
    log = (await control.get("/_sim/requests")).json()
    assert log["requests"] == []


# --- vendors ------------------------------------------------------------------------------------


async def test_vendors_and_capabilities() -> None:
    assert list(VENDORS) == ["tel4vn", "omicall", "telecmi"]
    assert (VENDORS["omicall"].username_label, VENDORS["omicall"].password_label) == (
        "Extension", "API key")
    assert (VENDORS["telecmi"].username_label, VENDORS["telecmi"].password_label) == (
        "User id", "App secret")
    assert VENDORS["telecmi"].default_url == "https://rest.telecmi.com"
    assert VENDORS["omicall"].default_url == VENDORS["tel4vn"].default_url == ""
    assert Capabilities.everything().auto_call_sessions
    tel4vn = VENDORS["tel4vn"].capabilities
    assert tel4vn.missing() == ["auto_call_sessions", "international_numbers"]
    omicall = VENDORS["omicall"].capabilities
    assert omicall.auto_call_sessions and omicall.supports(ClickToCallMode.ASYNC)
    assert not (omicall.live_calls or omicall.call_actions or omicall.cdrs or
                omicall.supports(ClickToCallMode.SYNC))
    telecmi = VENDORS["telecmi"].capabilities
    assert [f.name for f in fields(telecmi) if getattr(telecmi, f.name)] == [
        "click_to_call_async", "international_numbers"]  # no live calls, no CDRs, nothing else
    for key, cls in (("tel4vn", Tel4vnClient), ("omicall", OmicallClient),
                     ("telecmi", TelecmiClient)):
        assert VENDORS[key].key == key
        client = make_client(key.upper(), "https://pbx.example", verify=False)
        assert isinstance(client, cls) and isinstance(client, PbxClient)
        assert client.capabilities == VENDORS[key].capabilities
        await client.aclose()
    default = make_client("telecmi", "")
    assert isinstance(default, TelecmiClient) and default.base_url == "https://rest.telecmi.com"
    await default.aclose()
    with pytest.raises(ValueError):
        make_client("asterisk", "https://pbx.example")
