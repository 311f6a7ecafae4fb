"""The TEL4VN client against the simulator over real HTTP: every endpoint, every documented error."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import httpx
import pytest

from agent_desktop.pbx import (
    AuthError,
    CallFailed,
    InvalidInput,
    NotFound,
    PermissionDenied,
    ProtocolError,
    ServerError,
    SessionExpired,
    Tel4vnClient,
    Unavailable,
    UserBusy,
    UserNotRegistered,
)
from agent_desktop.pbx.models import (
    AutocallQueue,
    AutodialerQueue,
    CallAction,
    CdrQuery,
    ChannelState,
    ClickToCallMode,
    ClickToCallOptions,
    NewCustomer,
    QueueCustomer,
)
from agent_desktop.sim import Simulator
from tests.contract.conftest import PASSWORD
from tests.helpers import until


async def calls_by_id(client: Tel4vnClient) -> dict:
    return {c.call_id: c for c in (await client.list_calls()).data}


# --- authentication ---------------------------------------------------------------------------


async def test_login_agent_and_supervisor(agent: Tel4vnClient, admin: Tel4vnClient) -> None:
    assert agent.account is not None and admin.account is not None
    assert (agent.account.extension, agent.account.level) == ("101", "user")
    assert (admin.account.extension, admin.account.level, admin.account.is_admin) == (
        "100", "admin", True)
    assert agent.token is not None and agent.token.expired_in > 0


async def test_wrong_password(sim: Simulator) -> None:
    client = Tel4vnClient(sim.url)
    with pytest.raises(AuthError):
        await client.login("agent101", "wrong")
    with pytest.raises(AuthError):
        await client.login("nobody", PASSWORD)
    with pytest.raises(AuthError):
        await client.resume("not-a-key")
    await client.aclose()


async def test_expired_token_is_renewed_for_reads_only(
    agent: Tel4vnClient, control: httpx.AsyncClient
) -> None:
    await control.post("/_sim/tokens/expire")
    assert (await agent.list_calls()).total >= 0  # renewed and repeated transparently
    await control.post("/_sim/tokens/expire")
    await control.delete("/_sim/requests")
    with pytest.raises(SessionExpired):
        await agent.click_to_call_customer("KH1", "0899098899", "101")
    log = (await control.get("/_sim/requests", params={"path": "/v2/click2call"})).json()
    assert len(log["requests"] if isinstance(log, dict) else log) == 1  # never sent twice
    # The renewed token works for the person's second try.
    assert (await agent.list_calls()).total >= 0


async def test_short_token_ttl_expires(sim: Simulator, control: httpx.AsyncClient) -> None:
    await control.post("/_sim/config", json={"token_ttl": 0.2})
    client = Tel4vnClient(sim.url)
    await client.login("agent101", PASSWORD)
    assert client.token is not None and client.token.expired_in <= 1
    first = client.token.token

    async def renewed() -> bool:
        await client.list_calls()
        return client.token is not None and client.token.token != first

    await until(renewed, timeout=5)
    await client.aclose()


# --- click-to-call ----------------------------------------------------------------------------


async def test_async_click_to_call_appears_in_live_calls(agent: Tel4vnClient) -> None:
    result = await agent.click_to_call("101", "0899098899")
    assert result.status == "success" and result.call_id
    call = (await calls_by_id(agent))[result.call_id]
    assert (call.source, call.destination, call.direction) == ("101", "0899098899", "outbound")

    async def talking() -> bool:
        c = (await calls_by_id(agent)).get(result.call_id)
        return c is not None and c.channel_state is ChannelState.CS_EXCHANGE_MEDIA

    await until(talking)


async def test_sync_click_to_call_waits_for_the_agent(
    sim: Simulator, agent: Tel4vnClient, control: httpx.AsyncClient
) -> None:
    await control.post("/_sim/config", json={"agent_answer_delay": 0.4})
    loop_started = datetime.now()
    result = await agent.click_to_call("101", "0899098899", mode=ClickToCallMode.SYNC)
    assert datetime.now() - loop_started >= timedelta(seconds=0.35)
    call = (await calls_by_id(agent))[result.call_id]
    assert call.channel_state in (ChannelState.CS_EXECUTE, ChannelState.CS_EXCHANGE_MEDIA)


async def test_click_to_call_options_and_encoding(
    agent: Tel4vnClient, control: httpx.AsyncClient
) -> None:
    await control.delete("/_sim/requests")
    options = ClickToCallOptions(src_cid_name="Sales", src_cid_number="19001919",
                                 dest_cid_name="KH1", dest_cid_number="0899098899",
                                 auto_answer=True, hotline="19001919", is_encode=True,
                                 customer_id="KH1")
    result = await agent.click_to_call("101", "0899098899", options)
    call = (await calls_by_id(agent))[result.call_id]
    assert call.destination == "0899098899"  # the simulator decoded the Base64 phone
    log = (await control.get("/_sim/requests", params={"path": "/v1/click2call/async"})).json()
    entries = log["requests"] if isinstance(log, dict) else log
    assert entries[-1]["query"]["phone"] == "MDg5OTA5ODg5OQ=="
    assert entries[-1]["query"]["hotline"] == "19001919"


async def test_click_to_call_for_a_customer(agent: Tel4vnClient, admin: Tel4vnClient) -> None:
    result = await agent.click_to_call_customer("KH1", "0899098899", "101")
    assert result.status == "success"
    assert result.call_id in await calls_by_id(agent)
    via_mode = await admin.click_to_call(
        "102", "0899098898", ClickToCallOptions(customer_id="KH2"), mode=ClickToCallMode.CUSTOMER)
    assert via_mode.call_id in await calls_by_id(agent)


async def test_click_to_call_errors(admin: Tel4vnClient, agent: Tel4vnClient) -> None:
    for mode in ClickToCallMode:
        with pytest.raises(UserNotRegistered) as info:
            await admin.click_to_call("108", "0899098899", ClickToCallOptions(customer_id="KH1"),
                                      mode=mode)
        assert info.value.code == "USER_NOT_REGISTERED"
    first = await agent.click_to_call("101", "0899098899")
    assert first.call_id
    with pytest.raises(UserBusy) as busy:
        await agent.click_to_call("101", "0899098898")
    assert busy.value.code == "USER_BUSY"
    with pytest.raises(PermissionDenied):
        await agent.click_to_call("102", "0899098899")  # an agent dials from their own phone only
    with pytest.raises(InvalidInput):
        await admin.click_to_call("102", "not a number")


# --- live calls and supervisor actions --------------------------------------------------------


async def inbound(control: httpx.AsyncClient, to: str, caller: str = "0899888999") -> str:
    reply = await control.post("/_sim/calls/inbound",
                               json={"to": to, "from": caller, "hotline": "19001919"})
    assert reply.status_code == 200, reply.text
    return reply.json()["call_id"]


async def test_inbound_ring_answer_hangup_writes_a_cdr(
    admin: Tel4vnClient, control: httpx.AsyncClient
) -> None:
    call_id = await inbound(control, "103", "0912345678")
    call = (await calls_by_id(admin))[call_id]
    assert (call.direction, call.source, call.destination) == ("inbound", "0912345678", "103")
    assert call.channel_state is ChannelState.CS_ROUTING
    assert (await control.post(f"/_sim/calls/{call_id}/answer", json={})).status_code == 200
    assert (await calls_by_id(admin))[call_id].channel_state is ChannelState.CS_EXCHANGE_MEDIA
    assert (await control.post(f"/_sim/calls/{call_id}/hangup", json={})).status_code == 200
    assert call_id not in await calls_by_id(admin)
    page = await admin.list_cdrs(CdrQuery(phone="0912345678", limit=5))
    assert page.data and page.data[0].status_kind.value == "answered"
    assert page.data[0].direction == "inbound" and page.data[0].extension == "103"


@pytest.mark.parametrize("action", [CallAction.LISTEN, CallAction.WHISPER, CallAction.BARGE])
async def test_monitoring_adds_the_supervisor_leg(
    admin: Tel4vnClient, control: httpx.AsyncClient, action: CallAction
) -> None:
    call_id = await inbound(control, "104")
    await control.post(f"/_sim/calls/{call_id}/answer", json={})
    result = await admin.call_action(action, call_id, "100")
    assert (result.status, result.call_id, result.ext) == ("success", call_id, "100")
    legs = [c for c in (await admin.list_calls()).data if c.source == "100"]
    assert len(legs) == 1 and legs[0].destination == "104" and legs[0].direction == "local"


async def test_transfer_moves_the_call(admin: Tel4vnClient, control: httpx.AsyncClient) -> None:
    call_id = await inbound(control, "105")
    await control.post(f"/_sim/calls/{call_id}/answer", json={})
    result = await admin.call_action(CallAction.TRANSFER, call_id, "106")
    assert result.ext == "106"
    assert (await calls_by_id(admin))[call_id].destination == "106"


async def test_call_action_errors(
    admin: Tel4vnClient, agent: Tel4vnClient, control: httpx.AsyncClient
) -> None:
    call_id = await inbound(control, "102")
    await control.post(f"/_sim/calls/{call_id}/answer", json={})
    with pytest.raises(UserNotRegistered):
        await admin.call_action(CallAction.TRANSFER, call_id, "109")
    with pytest.raises(PermissionDenied):
        await agent.call_action(CallAction.LISTEN, call_id, "101")
    with pytest.raises(NotFound):
        await admin.call_action(CallAction.BARGE, "no-such-call", "100")


async def test_sync_click_to_call_rejected_or_rung_out(
    admin: Tel4vnClient, control: httpx.AsyncClient
) -> None:
    await control.post("/_sim/config", json={"agent_answer_probability": 0.0,
                                             "ring_timeout": 0.2})
    with pytest.raises(CallFailed) as info:
        await admin.click_to_call("105", "0899098899", mode=ClickToCallMode.SYNC)
    assert info.value.code in ("NO_ANSWER", "CALL_REJECTED")


# --- CDRs -------------------------------------------------------------------------------------


async def test_cdr_scroll_and_pagination_agree(admin: Tel4vnClient) -> None:
    first = await admin.list_cdrs(CdrQuery(limit=10))
    assert len(first.data) == 10 and first.offset == 10 and first.total >= 100  # docs' example
    second = await admin.list_cdrs(CdrQuery(limit=10, offset=first.offset))
    page2 = await admin.list_cdrs(CdrQuery(limit=10, page=2))
    assert [c.id for c in second.data] == [c.id for c in page2.data]
    assert page2.offset == 10 and not page2.is_cursor
    everything = [c async for c in admin.iter_cdrs(batch=37)]
    assert len(everything) == first.total and len({c.id for c in everything}) == first.total
    starts = [c.time_started for c in everything]
    assert starts == sorted(starts, reverse=True)  # newest first


async def test_cdr_filters(admin: Tel4vnClient) -> None:
    everything = [c async for c in admin.iter_cdrs()]
    sample = next(c for c in everything if c.direction == "inbound" and c.duration >= 20)
    by_ext = [c async for c in admin.iter_cdrs(CdrQuery(extension=sample.extension))]
    assert by_ext and all(c.extension == sample.extension for c in by_ext)
    inbound_only = [c async for c in admin.iter_cdrs(CdrQuery(direction="inbound"))]
    assert inbound_only and all(c.direction == "inbound" for c in inbound_only)
    assert len(inbound_only) < len(everything)
    long_ones = [c async for c in admin.iter_cdrs(CdrQuery(duration=20))]
    assert long_ones and all(c.duration >= 20 for c in long_ones)
    by_phone = [c async for c in admin.iter_cdrs(CdrQuery(phone=sample.from_number))]
    assert sample.id in {c.id for c in by_phone}
    as_84 = "84" + sample.from_number[1:]
    assert sample.id in {c.id async for c in admin.iter_cdrs(CdrQuery(phone=as_84))}
    assert sample.time_started is not None
    day = sample.time_started.replace(hour=0, minute=0, second=0)
    same_day = [c async for c in admin.iter_cdrs(CdrQuery(
        start_date=day.strftime("%Y-%m-%d"), end_date=day + timedelta(days=1)))]
    assert sample.id in {c.id for c in same_day}
    assert all(c.time_started and day <= c.time_started < day + timedelta(days=1)
               for c in same_day)


async def test_one_cdr_by_id_and_sip_call_id(admin: Tel4vnClient) -> None:
    cdr = (await admin.list_cdrs(CdrQuery(limit=1))).data[0]
    assert (await admin.get_cdr(cdr.id)).id == cdr.id
    assert (await admin.get_cdr(cdr.sip_call_id)).id == cdr.id
    with pytest.raises(NotFound):
        await admin.get_cdr("no-such-cdr")


async def test_flex_mapping_parses_like_default(
    admin: Tel4vnClient, control: httpx.AsyncClient
) -> None:
    default = await admin.list_cdrs(CdrQuery(limit=20))
    await control.post("/_sim/config", json={"cdr_mapping": "flex"})
    flex = await admin.list_cdrs(CdrQuery(limit=20))
    assert {c.mapping for c in flex.data} == {"flex"}
    for a, b in zip(default.data, flex.data, strict=True):
        assert (a.id, a.direction, a.status_kind, a.duration, a.extension, a.customer_number,
                a.time_started) == (b.id, b.direction, b.status_kind, b.duration, b.extension,
                                    b.customer_number, b.time_started)
    assert (await admin.get_cdr(flex.data[0].id)).mapping == "flex"


async def test_recordings_are_served(admin: Tel4vnClient) -> None:
    answered = [c async for c in admin.iter_cdrs() if c.recording_url][0]
    async with httpx.AsyncClient() as http:
        reply = await http.get(answered.recording_url)
    assert reply.status_code == 200 and reply.content[:4] == b"RIFF"


# --- users and customers ----------------------------------------------------------------------


async def test_user_status(agent: Tel4vnClient) -> None:
    me = await agent.user_status("agent101")
    assert (me.extension, me.ext_loggedin) == ("101", True) and me.agent_name
    assert (await agent.user_status(me.user_uuid)).username == "agent101"
    assert (await agent.user_status("agent108")).ext_loggedin is False
    with pytest.raises(NotFound, match="user is not existed"):
        await agent.user_status("nobody")


async def test_customers(admin: Tel4vnClient) -> None:
    everyone = await admin.list_customers(limit=1000)
    campaigns = sorted({c.campaign_id for c in everyone.data})
    assert len(campaigns) == 2
    page = await admin.list_customers(campaign_id=campaigns[0], limit=5, offset=5)
    assert len(page.data) == 5 and page.offset == 5
    assert {c.campaign_id for c in page.data} == {campaigns[0]}
    one = await admin.get_customer(page.data[0].customer_id)
    assert one == page.data[0]
    with pytest.raises(NotFound):
        await admin.get_customer("no-such-customer")
    new_id = await admin.create_customer(NewCustomer(
        campaign_id=campaigns[1], customer_code="KH999", phone_number="0899888998",
        contract_number="HD999", customer_name="Khách Hàng Mới"))
    created = await admin.get_customer(new_id)
    assert (created.customer_name, created.status_kind.value) == ("Khách Hàng Mới", "new")
    with pytest.raises(InvalidInput) as info:
        await admin.create_customer(NewCustomer(campaigns[1], "KH1000", "12345", "HD1000"))
    assert "pattern" in info.value.fields["phone_number"]


async def test_customer_create_needs_admin(agent: Tel4vnClient) -> None:
    with pytest.raises(PermissionDenied):
        await agent.create_customer(NewCustomer("x", "KH", "0899888998", "HD"))


# --- event hooks ------------------------------------------------------------------------------


async def test_event_hooks(admin: Tel4vnClient, agent: Tel4vnClient) -> None:
    before = await admin.list_events()
    assert await admin.create_event("http://127.0.0.1:9/hook", "hangup", "secret-key")
    after = await admin.list_events()
    assert len(after) == len(before) + 1
    hook = next(h for h in after if h.callback_url == "http://127.0.0.1:9/hook")
    assert hook.event_name == "hangup"
    assert await admin.delete_event(hook.event_domain_uuid)
    assert len(await admin.list_events()) == len(before)
    with pytest.raises(NotFound):
        await admin.delete_event(hook.event_domain_uuid)
    with pytest.raises(PermissionDenied):
        await agent.list_events()


# --- dialer queues ----------------------------------------------------------------------------


async def test_autodialer_queue_lifecycle(admin: Tel4vnClient) -> None:
    campaign = (await admin.list_customers(limit=1)).data[0].campaign_id
    queue = AutodialerQueue(campaign, "AD-1", 150, 2, "101",
                            (QueueCustomer("KH1", ("0899123456",)),))
    assert await admin.create_autodialer_queue(queue) == "successfully"
    with pytest.raises(InvalidInput, match="running"):
        await admin.autodialer_queue_action("delete", "AD-1")  # the docs: delete after stop
    for action in ("stop", "start", "stop", "delete"):
        assert await admin.autodialer_queue_action(action, "AD-1") == "successfully"
    with pytest.raises(NotFound, match="queue not found"):
        await admin.autodialer_queue_action("start", "AD-1")
    with pytest.raises(InvalidInput, match="campaign is invalid"):
        await admin.create_autodialer_queue(AutodialerQueue(
            "no-such-campaign", "AD-2", 150, 2, "101", (QueueCustomer("KH1", ("0899123456",)),)))


async def test_autocall_queue_lifecycle(admin: Tel4vnClient, agent: Tel4vnClient) -> None:
    customers = (
        QueueCustomer("TEL4VN_Test", ("0982596021",), (("contract_number", "HD123456"),
                                                      ("upcoming_amount", 5000000), ("dpd", 5))),
        QueueCustomer("KH_02", ("0899123457",)),
    )
    result = await admin.create_autocall_queue(AutocallQueue("AC-1", "IVR-1", customers, 5, 3, 3))
    assert set(result.success) == {"TEL4VN_Test", "KH_02"} and result.fail == ()
    assert await admin.autocall_dnc("AC-1", ["KH_02"]) == "successfully"
    for action in ("stop", "start", "stop", "delete"):
        assert await admin.autocall_queue_action(action, "AC-1") == "successfully"
    with pytest.raises(NotFound, match="queue not found"):
        await admin.autocall_queue_action("stop", "AC-1")
    with pytest.raises(NotFound):
        await admin.autocall_dnc("AC-1", ["KH_01"])
    with pytest.raises(InvalidInput):
        await admin.create_autocall_queue(AutocallQueue("AC-2", "IVR-1", (
            QueueCustomer("", ("0899123456",)),)))
    with pytest.raises(PermissionDenied):
        await agent.autocall_queue_action("stop", "AC-1")


# --- faults -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("faults", "error"),
    [
        ({"error_rate": 1.0}, ServerError),
        ({"garbage_rate": 1.0}, ProtocolError),
        ({"reset_rate": 1.0}, Unavailable),
    ],
)
async def test_faults_become_typed_errors(
    agent: Tel4vnClient, control: httpx.AsyncClient, faults: dict, error: type
) -> None:
    assert (await control.post("/_sim/faults", json={**faults, "seed": 1})).status_code == 200
    with pytest.raises(error):
        await agent.list_calls()
    await control.delete("/_sim/faults")
    assert (await agent.list_calls()).total >= 0  # recovers once the faults stop


async def test_latency_beyond_the_time_out(sim: Simulator, control: httpx.AsyncClient) -> None:
    client = Tel4vnClient(sim.url, timeout=httpx.Timeout(5.0, read=0.2))
    await client.login("agent101", PASSWORD)
    await control.post("/_sim/faults", json={"latency": [0.5, 0.5]})
    with pytest.raises(Unavailable) as info:
        await client.list_calls()
    assert info.value.request_sent is True
    await control.delete("/_sim/faults")
    await client.aclose()


async def test_polls_share_one_connection(agent: Tel4vnClient, control: httpx.AsyncClient) -> None:
    await control.delete("/_sim/requests")
    for _ in range(5):
        await agent.list_calls()
    log = (await control.get("/_sim/requests", params={"path": "/v2/call"})).json()
    entries = log["requests"] if isinstance(log, dict) else log
    assert len(entries) == 5 and len({e["connection"] for e in entries}) == 1


async def test_polls_keep_their_own_connection_whatever_runs_beside_them(
        agent: Tel4vnClient, control: httpx.AsyncClient) -> None:
    # A status check or a history page before, beside or between the polls: the polls all come
    # on one kept-alive connection that nothing else uses, so none of them waits for a free one
    # nor makes the pool open another.
    await control.delete("/_sim/requests")
    await agent.list_cdrs()  # a kept-alive connection is free in the pool before the first poll
    for _ in range(4):
        await agent.list_calls()
        await asyncio.gather(agent.list_calls(), agent.user_status("agent101"),
                             agent.list_cdrs())
    log = (await control.get("/_sim/requests")).json()
    entries = log["requests"] if isinstance(log, dict) else log
    polls = {e["connection"] for e in entries if e["path"] == "/v2/call"}
    others = {e["connection"] for e in entries if e["path"] != "/v2/call"}
    assert sum(e["path"] == "/v2/call" for e in entries) == 8
    assert len(polls) == 1 and polls.isdisjoint(others)
