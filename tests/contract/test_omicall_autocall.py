"""OMICall auto-call: the session builder and its checks, both endpoints against the simulator
over real HTTP (calls really placed), and every documented auto-call error."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from agent_desktop.core.messages import Context, describe
from agent_desktop.pbx import (
    AutoCallSession,
    AutoCallSessions,
    InvalidInput,
    OmicallClient,
    PermissionDenied,
    Tel4vnClient,
)
from agent_desktop.sim import Simulator
from agent_desktop.sim.omicall import demo_api_key
from tests.doc_examples import json_examples, shape_mismatches
from tests.helpers import until

DOC = "omicall-auto-call.md"
BY_PHONE = "/omicall/api/auto_call/execute_by_phone"
BY_EXTENSION = "/omicall/api/auto_call/execute_by_extension"


@pytest.fixture
async def omi(sim: Simulator) -> AsyncIterator[OmicallClient]:
    client = OmicallClient(sim.url + "/omicall")
    await client.login("101", demo_api_key(sim.tenant))
    yield client
    await client.aclose()


def order_notice(text_length: int = 0) -> AutoCallSession:
    builder = (AutoCallSession.builder("Thông báo đơn hàng")
               .text("Đơn hàng {code} của bạn", code="HHKKK")
               .text("Tổng giá trị {amount} đồng", amount="90000")
               .recording("5e9eac95e44159000710f0aa")
               .voice("lannhi").speed(-1).cid("19001919"))
    if text_length:
        builder = builder.text("x" * text_length)
    return builder.build()


async def sent(control: httpx.AsyncClient, path: str) -> list[dict[str, Any]]:
    return (await control.get("/_sim/requests", params={"path": path})).json()["requests"]


# --- the session and its builder ------------------------------------------------------------------


def test_the_builder_writes_the_docs_body() -> None:
    session = order_notice()
    assert session.body() == {
        "name": "Thông báo đơn hàng", "speed": -1, "voice": "lannhi", "cid": "19001919",
        "template_dialplans": [{"target_type": "Text_variable"}, {"target_type": "Text_variable"},
                               {"target_type": "Recording", "target": "5e9eac95e44159000710f0aa"}],
        "variables": ["Đơn hàng HHKKK của bạn", "Tổng giá trị 90000 đồng"],
    }
    assert session.tts_characters == sum(len(text) for text in session.variables) == 45
    menu = AutoCallSession.builder().ivr_menu("5e9eac95").retries(2, 60).pacing(5, 10).build()
    assert menu.body() == {"num_retry": 2, "num_per_call": 5, "distance_per_call": 10,
                           "distance_retry": 60, "variables": [],
                           "template_dialplans": [{"target_type": "Ivr_menu",
                                                   "target": "5e9eac95"}]}
    menu.validate()


@pytest.mark.parametrize("session, field", [
    (AutoCallSession.builder().recording("r").voice("alloy").build(), "voice"),
    (AutoCallSession.builder().recording("r").speed(4).build(), "speed"),
    (AutoCallSession.builder().recording("r").speed(-4).build(), "speed"),
    (AutoCallSession.builder().build(), "template_dialplans"),
    (AutoCallSession.builder().recording(" ").build(), "template_dialplans[0].target"),
    (AutoCallSession.builder().text("").build(), "variables[0]"),
    (AutoCallSession.builder().recording("r").retries(-1).build(), "num_retry"),
])
def test_validate_names_what_is_wrong(session: AutoCallSession, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        session.validate()
    assert field in caught.value.fields


def test_the_300_characters_limit_counts_filled_texts() -> None:
    base = order_notice().tts_characters
    order_notice(300 - base).validate()  # exactly 300: fine
    with pytest.raises(InvalidInput) as caught:
        order_notice(301 - base).validate()
    assert caught.value.code == "limit_word_session" and "variables" in caught.value.fields
    filled = AutoCallSession.builder().text("{name} ơi", name="a" * 298).build()
    assert filled.tts_characters == 301  # counted after filling, not the template's length
    with pytest.raises(InvalidInput):
        filled.validate()


async def test_refused_sessions_are_never_sent(
    omi: OmicallClient, control: httpx.AsyncClient
) -> None:
    too_long = order_notice(300)
    with pytest.raises(InvalidInput) as caught:
        await omi.execute_by_phone(too_long, "0899888999")
    assert "300" in describe(caught.value, Context.GENERAL)
    with pytest.raises(InvalidInput):
        await omi.execute_by_extension(too_long, "102")
    with pytest.raises(InvalidInput):
        await omi.execute_by_phone(AutoCallSession.builder().recording("r").speed(9).build(),
                                   "0899888999")
    with pytest.raises(InvalidInput):
        await omi.execute_by_phone(order_notice(), " ")
    assert await sent(control, BY_PHONE) == [] and await sent(control, BY_EXTENSION) == []


# --- the endpoints ------------------------------------------------------------------------------


async def test_execute_by_phone_calls_the_number(
    sim: Simulator, omi: OmicallClient, control: httpx.AsyncClient
) -> None:
    assert isinstance(omi, AutoCallSessions) and omi.capabilities.auto_call_sessions
    result = await omi.execute_by_phone(order_notice(), "0899888999")
    assert result.autocall_id and result.name == "Thông báo đơn hàng"
    [request] = await sent(control, BY_PHONE)
    assert request["query"] == {"phone_number": "0899888999"}
    assert request["json"] == {**order_notice().body(), "phone_number_list": ["0899888999"]}
    state = (await control.get("/_sim/state")).json()
    [call] = state["calls"]
    assert (call["customer_number"], call["hotline"]) == ("0899888999", "19001919")
    omicall = (await control.get("/_sim/omicall")).json()
    [session] = omicall["sessions"]
    assert (session["autocall_id"], session["call_ids"]) == (result.autocall_id, [call["call_id"]])
    assert omicall["characters_today"] == order_notice().tts_characters
    assert omicall["balance"] == 1_000_000 - 1000


async def test_execute_by_extension_rings_the_extension(
    sim: Simulator, omi: OmicallClient, control: httpx.AsyncClient
) -> None:
    result = await omi.execute_by_extension(order_notice(), "102")
    [request] = await sent(control, BY_EXTENSION)
    assert request["query"] == {"extension": "102"} and request["json"]["extensions"] == ["102"]
    [call_id] = result.autocall_uuids
    assert len(result.autocall_id) == 24
    tel4vn = Tel4vnClient(sim.url)
    await tel4vn.login("agent102", "demo123")
    try:
        live = {c.call_id: c for c in (await tel4vn.list_calls()).data}
        assert (live[call_id].destination, live[call_id].direction) == ("102", "inbound")
    finally:
        await tel4vn.aclose()


async def test_answers_have_the_docs_shapes(sim: Simulator, omi: OmicallClient) -> None:
    [by_extension_docs] = [e.value for e in json_examples(DOC)]
    by_phone_docs = {"status_code": 9999, "payload": {
        "autocall_id": "91d3e842-9da2-43ec-8bb1-979c17e817ad",
        "name": "Chiến dịch giới thiệu sản phẩm mới"}}  # the docs' block is not fenced json
    assert omi.token is not None
    body = {"template_dialplans": [{"target_type": "Recording",
                                    "target": "5ed0c6dffb7b390007e5211"}], "variables": []}
    async with httpx.AsyncClient(base_url=sim.url + "/omicall", timeout=10, headers={
            "Authorization": f"Bearer {omi.token.token}"}) as http:
        by_phone = await http.post("/api/auto_call/execute_by_phone",
                                   params={"phone_number": "0899111222"}, json=body)
        # the docs' path spells the query parameter "exension"
        by_extension = await http.post("/api/auto_call/execute_by_extension",
                                       params={"exension": "103"}, json=body)
    assert by_phone.status_code == 200 and not shape_mismatches(by_phone.json(), by_phone_docs)
    assert by_extension.status_code == 200
    assert not shape_mismatches(by_extension.json(), by_extension_docs)


# --- every documented error ---------------------------------------------------------------------


@pytest.mark.parametrize("settings, code, cls", [
    ({"plan": "trial"}, "limit_service", PermissionDenied),
    ({"balance": 999}, "balance_is_not_enough", PermissionDenied),
    ({"next_error": "limit_word_session"}, "limit_word_session", InvalidInput),
])
async def test_auto_call_errors(
    omi: OmicallClient, control: httpx.AsyncClient, settings: dict[str, Any], code: str,
    cls: type[Exception],
) -> None:
    assert (await control.post("/_sim/omicall", json=settings)).status_code == 200
    with pytest.raises(cls) as caught:
        await omi.execute_by_phone(order_notice(), "0899888999")
    assert getattr(caught.value, "code") == code
    assert (await control.get("/_sim/state")).json()["calls"] == []
    sentence = describe(caught.value)  # type: ignore[arg-type]
    assert sentence != describe(PermissionDenied("x")) and "{" not in sentence


async def test_the_daily_limit_is_limit_word(
    omi: OmicallClient, control: httpx.AsyncClient
) -> None:
    full = AutoCallSession.builder().text("a" * 300).build()
    for _ in range(10):  # 3,000 characters a day
        await omi.execute_by_extension(full, "109")  # logged out: missed at once, stays free
    with pytest.raises(InvalidInput) as caught:
        await omi.execute_by_extension(AutoCallSession.builder().text("a").build(), "109")
    assert caught.value.code == "limit_word" and "3,000" in describe(caught.value)
    assert (await control.get("/_sim/omicall")).json()["characters_today"] == 3000


async def test_the_server_refuses_over_limit_text_itself(
    sim: Simulator, omi: OmicallClient
) -> None:
    assert omi.token is not None
    body = {"template_dialplans": [{"target_type": "Text_variable"}], "variables": ["b" * 301]}
    async with httpx.AsyncClient(base_url=sim.url + "/omicall", timeout=10, headers={
            "Authorization": f"Bearer {omi.token.token}"}) as http:
        answer = await http.post("/api/auto_call/execute_by_phone",
                                 params={"phone_number": "0899111222"}, json=body)
        missing = await http.post("/api/auto_call/execute_by_phone", json=body)
    assert answer.status_code == 400
    assert answer.json()["payload"]["error"] == "limit_word_session"
    assert missing.json()["payload"]["error"] == "data_is_required"


async def test_unknown_extension_is_extension_invalid(
    omi: OmicallClient, control: httpx.AsyncClient
) -> None:
    with pytest.raises(InvalidInput) as caught:
        await omi.execute_by_extension(order_notice(), "999")
    assert caught.value.code == "extension_invalid"
    assert caught.value.fields == {"extension": "Extension not found or disabled"}


async def test_the_auto_call_talks_and_ends_with_a_cdr(
    sim: Simulator, omi: OmicallClient
) -> None:
    sim.config.talk_time = (0.05, 0.05)
    await omi.execute_by_phone(order_notice(), "0899555444")
    cdr = await until(lambda: next((c for c in sim.tenant.cdrs
                                    if c.to_number == "0899555444"), None))
    assert (cdr.status, cdr.from_number, cdr.direction) == ("answered", "19001919", "outbound")
