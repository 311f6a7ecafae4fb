"""The simulator answers with the docs' envelopes: same keys, same JSON types, example by example."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from aiohttp import web

from agent_desktop.sim import Simulator
from tests.contract.conftest import PASSWORD
from tests.helpers import until
from tests.doc_examples import example, json_examples, shape_mismatches

API = "tel4vn-call-center-api.md"
C2C = "tel4vn-click-to-call.md"


async def _talking(http: httpx.AsyncClient, call_id: str) -> bool:
    calls = (await http.get("/v2/call")).json()["data"]
    return any(c["call_id"] == call_id and c["state"] == "CS_EXCHANGE_MEDIA" for c in calls)


def assert_like(ours: Any, docs: Any) -> None:
    problems = shape_mismatches(ours, docs)
    assert not problems, "\n".join(problems)


def labelled(doc: str, heading: str, code: int) -> Any:
    """Among same-headed examples (the docs reuse "Stop Queue" etc.), the one with this code."""
    found = [e.value for e in json_examples(doc) if e.heading == heading
             and isinstance(e.value, dict) and e.value.get("code") == code]
    assert len(found) == 1
    return found[0]


def autodialer(heading: str, label: str) -> Any:
    found = [e.value for e in json_examples(API) if e.heading == heading
             and e.label.startswith(label) and "code" not in e.value and "message" in e.value]
    assert len(found) == 1
    return found[0]


@pytest.fixture
async def http(sim: Simulator) -> Any:
    async with httpx.AsyncClient(base_url=sim.url, timeout=10) as client:
        auth = (await client.post("/v1/auth", json={"username": "supervisor",
                                                    "password": PASSWORD})).json()
        assert_like(auth, example(API, "Login Account"))
        token = (await client.post("/v2/auth/token",
                                    json={"api_key": auth["data"]["api_key"]})).json()
        assert_like(token, example(API, "Get Access Token"))
        client.headers["Authorization"] = f"Bearer {token['data']['token']}"
        yield client


async def test_cdrs(http: httpx.AsyncClient) -> None:
    assert_like((await http.get("/v2/cdr")).json(), example(API, "Get CDRs", "Default"))
    flex = (await http.get("/v2/cdr", params={"mapping": "flex"})).json()
    assert_like(flex, example(API, "Get CDRs", "Flex"))
    paged = (await http.get("/v2/cdr", params={"page": 2, "limit": 5})).json()
    assert_like(paged, example(API, "Get CDRs", "Default"))
    one = (await http.get("/v2/cdr")).json()["data"][0]
    assert_like((await http.get(f"/v2/cdr/{one['id']}")).json(),
                example(API, "Get a Specific CDR", "Default"))
    assert_like((await http.get(f"/v2/cdr/{one['id']}", params={"mapping": "flex"})).json(),
                example(API, "Get a Specific CDR", "Flex"))


async def test_click_to_call_and_calls(http: httpx.AsyncClient) -> None:
    for doc, heading_sync, heading_async in ((API, "Synchronous - GET", "Asynchronous - GET"),
                                             (C2C, "Synchronous", "Asynchronous")):
        ok = (await http.get("/v1/click2call/async", params={"ext": "102",
                                                             "phone": "0899098899"})).json()
        assert_like(ok, example(doc, heading_async))
        fail = await http.get("/v1/click2call/async", params={"ext": "108", "phone": "0899098899"})
        assert_like(fail.json(), example(doc, heading_async, "Error"))
        fail = await http.get("/v1/click2call", params={"ext": "108", "phone": "0899098899"})
        assert_like(fail.json(), example(doc, heading_sync, "Error"))
        await http.post("/_sim/calls/" + ok["call_id"] + "/hangup", json={})
    ok = (await http.get("/v1/click2call", params={"ext": "103", "phone": "0899098899"})).json()
    assert_like(ok, example(API, "Synchronous - GET"))
    posted = (await http.post("/v2/click2call", json={"id": "KH1", "mobile": "0899098898",
                                                      "agent": "104"})).json()
    assert_like(posted, example(API, "Asynchronous - POST"))
    fail = (await http.post("/v2/click2call", json={"id": "KH1", "mobile": "0899098898",
                                                    "agent": "109"})).json()
    assert_like(fail, example(API, "Asynchronous - POST", "Error"))
    assert_like((await http.get("/v2/call")).json(), example(API, "List Calls"))
    await until(lambda: _talking(http, posted["call_id"]))
    for action, heading, target in (("listen", "Listen a call", "100"),
                                    ("whisper", "Whisper a call", "106"),
                                    ("barge", "Barge a call", "107"),
                                    ("transfer", "Transfer a call", "105")):
        ok = (await http.post(f"/v2/call/{posted['call_id']}/{action}",
                              json={"ext": target})).json()
        assert_like(ok, example(API, heading))
        fail = (await http.post(f"/v2/call/{posted['call_id']}/{action}",
                                json={"ext": "110"})).json()
        assert_like(fail, example(API, heading, "Error"))


async def test_events(http: httpx.AsyncClient) -> None:
    created = (await http.post("/v1/event", json={"callback_url": "http://127.0.0.1:9/",
                                                  "callback_apikey": "foo",
                                                  "event": "hangup"})).json()
    assert_like(created, example(API, "Create Events"))
    listed = (await http.get("/v1/event")).json()
    assert_like(listed, example(API, "Get Events"))
    deleted = (await http.delete(f"/v1/event/{listed['data'][0]['event_domain_uuid']}")).json()
    assert_like(deleted, example(API, "Delete Event"))


async def test_queues(http: httpx.AsyncClient) -> None:
    campaign = (await http.get("/v2/customer")).json()["data"][0]["campaign_id"]
    body = {"campaign_id": campaign, "queue_code": "AD", "precall_ratio": "150",
            "max_recall_count": "2", "queue_agents": "101",
            "customers": [{"id": "TEL4VN_Test", "mobiles": ["0899123456"]}]}
    assert_like((await http.post("/v2/autodialer/queue", json=body)).json(),
                autodialer("Nhận dữ liệu queue", "Response"))
    bad = (await http.post("/v2/autodialer/queue", json={**body, "campaign_id": "nope"})).json()
    assert_like(bad, autodialer("Nhận dữ liệu queue", "Error"))
    for action, heading in (("stop", "Stop Queue"), ("start", "Start Queue"),
                            ("stop", "Stop Queue"), ("delete", "Delete Queue")):
        ok = (await http.post(f"/v2/autodialer/queue/{action}", json={"queue_code": "AD"})).json()
        assert_like(ok, autodialer(heading, "Response"))
    gone = (await http.post("/v2/autodialer/queue/start", json={"queue_code": "AD"})).json()
    assert_like(gone, autodialer("Start Queue", "Error"))

    autocall = {"queue_code": "AC", "template": "IVR-1", "concurrent_call": 5,
                "max_recall_count": 3, "min_recall_duration": 3,
                "customers": [{"id": "TEL4VN_Test", "mobiles": ["0982596021"],
                               "contract_number": "HD123456", "upcoming_amount": 5000000}]}
    assert_like((await http.post("/v2/autocall/queue", json=autocall)).json(),
                labelled(API, "Nhận dữ liệu queue", 200))
    nobody = {**autocall, "customers": [{"id": "", "mobiles": ["0982596021"]}]}
    assert_like((await http.post("/v2/autocall/queue", json=nobody)).json(),
                labelled(API, "Nhận dữ liệu queue", 400))
    dnc = {"queue_code": "AC", "customers": [{"id": "KH_01"}]}
    assert_like((await http.post("/v2/autocall/queue/dnc", json=dnc)).json(),
                labelled(API, "Import danh sách chặn", 200))
    for action, heading in (("stop", "Stop Queue"), ("start", "Start Queue"),
                            ("stop", "Stop Queue"), ("delete", "Delete Queue")):
        ok = (await http.post(f"/v2/autocall/queue/{action}", json={"queue_code": "AC"})).json()
        assert_like(ok, labelled(API, heading, 200))
    for action, heading in (("stop", "Stop Queue"), ("start", "Start Queue"),
                            ("delete", "Delete Queue"), ("dnc", "Import danh sách chặn")):
        path = "/v2/autocall/queue/" + action
        gone = (await http.post(path, json={**dnc, "queue_code": "AC"})).json()
        assert_like(gone, labelled(API, heading, 404))


async def test_users_and_customers(http: httpx.AsyncClient) -> None:
    assert_like((await http.get("/v2/user/agent101/status")).json(),
                example(API, "Get User Status"))
    assert_like((await http.get("/v2/customer/user/agent101/status")).json(),
                example(API, "Get User Status"))
    assert_like((await http.get("/v2/user/nobody/status")).json(),
                example(API, "Get User Status", "Error"))
    listed = (await http.get("/v2/customer")).json()
    assert_like(listed, example(API, "Get List Customers"))
    one = listed["data"][0]["customer_id"]
    assert_like((await http.get(f"/v2/customer/{one}")).json(),
                example(API, "Get Specific Customer"))
    assert_like((await http.get("/v2/customer/nope")).json(),
                example(API, "Get Specific Customer", "Error"))
    body = {"campaign_id": listed["data"][0]["campaign_id"], "customer_name": "Khach Hang 01",
            "customer_code": "KH01", "phone_number": "0899888998", "contract_number": "ABC123"}
    assert_like((await http.post("/v2/customer", json=body)).json(),
                example(API, "Post Customer"))
    bad = await http.post("/v2/customer", json={**body, "phone_number": "12345"})
    assert bad.status_code == 400
    assert bad.json() == example(API, "Post Customer", "Error")  # word for word


async def test_webhook_payloads(sim: Simulator, http: httpx.AsyncClient) -> None:
    received: list[tuple[dict, str | None]] = []
    got_cdr = asyncio.Event()

    async def hook(request: web.Request) -> web.Response:
        received.append((await request.json(), request.headers.get("X-Api-Key")))
        if received[-1][0].get("state") == "cdr":
            got_cdr.set()
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        for event in ("ringing", "answered", "hangup", "cdr"):
            await http.post("/v1/event", json={"callback_url": f"http://127.0.0.1:{port}/hook",
                                               "callback_apikey": "foo", "event": event})
        call = (await http.post("/_sim/calls/inbound", json={"to": "101", "from": "0899888999",
                                                             "hotline": "19001919"})).json()
        await http.post(f"/_sim/calls/{call['call_id']}/answer", json={})
        await http.post(f"/_sim/calls/{call['call_id']}/hangup", json={})
        await asyncio.wait_for(got_cdr.wait(), 10)
    finally:
        await runner.cleanup()
    by_state = {payload["state"]: payload for payload, _ in received}
    assert set(by_state) == {"ringing", "answered", "hangup", "cdr"}
    assert {key for _, key in received} == {"foo"}
    docs = example(API, "Event Hook Data")
    assert_like(by_state["hangup"], docs)
    assert_like({k: v for k, v in by_state["cdr"].items() if k != "status"}, docs)
    assert isinstance(by_state["cdr"]["status"], str)
    common = set(docs) - {"duration", "billsec", "recording_url"}
    for state in ("ringing", "answered"):
        assert common <= set(by_state[state])
