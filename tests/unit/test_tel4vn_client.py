"""The TEL4VN client's session rules, transport failures and error envelopes, on a stub server."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest
from aiohttp import web

from agent_desktop.pbx import (
    AuthError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    ProtocolError,
    ServerError,
    SessionExpired,
    Tel4vnClient,
    TlsError,
    Unavailable,
    UserBusy,
    UserNotRegistered,
)
from agent_desktop.pbx.models import (
    AutodialerQueue,
    CallAction,
    ClickToCallMode,
    ClickToCallOptions,
    QueueCustomer,
)
from tests.stub_server import Stub, json_reply, raw_reply, stub_server

LOGIN = {"code": 200, "content": "successfully", "data": {
    "api_key": "KEY-SECRET", "domain_uuid": "d", "enabled": "true", "extension": "101",
    "level": "user", "user_uuid": "u", "username": "agent101"}}


def token_body(token: str, expired_in: int = 3600) -> dict:
    return {"code": 200, "content": "successfully", "data": {
        "client_id": "c", "domain_uuid": "d", "expired_in": expired_in, "refresh_token": "",
        "token": token, "token_type": "Bearer", "user_id": "u"}}


def token_issuer(stub: Stub, expired_in: int = 3600):
    issued: list[str] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        if body.get("api_key") != "KEY-SECRET":
            return web.json_response({"code": 401, "content": "api_key is invalid",
                                      "error": "Unauthorized"}, status=401)
        issued.append(f"T{len(issued) + 1}")
        return web.json_response(token_body(issued[-1], expired_in))

    stub.on("POST", "/v1/auth", json_reply(LOGIN))
    stub.on("POST", "/v2/auth/token", handler)
    return issued


def only_token(valid: list[str], body: object):
    """A handler that accepts only the newest issued token."""
    async def handler(request: web.Request) -> web.StreamResponse:
        if not valid or request.headers.get("Authorization") != f"Bearer {valid[-1]}":
            return web.json_response({"code": 401, "content": "token is expired",
                                      "error": "Unauthorized"}, status=401)
        return web.json_response(body)
    return handler


CALLS = {"data": [{"call_id": "c1", "context": "x", "created_time": "2021-06-08 17:37:37",
                   "destination": "0899123456", "direction": "outbound", "ip": "1.2.3.4",
                   "source": "101", "state": "CS_EXECUTE"}], "total": 1}


async def test_login_then_token_then_bearer() -> None:
    async with stub_server() as stub:
        issued = token_issuer(stub)
        stub.on("GET", "/v2/call", only_token(issued, CALLS))
        client = Tel4vnClient(stub.url)
        account = await client.login("agent101", "pw")
        calls = await client.list_calls()
        await client.aclose()
    assert account.extension == "101" and calls.total == 1 and calls.data[0].call_id == "c1"
    assert stub.log[-1][2] == "Bearer T1"


async def test_wrong_password() -> None:
    async with stub_server() as stub:
        stub.on("POST", "/v1/auth", json_reply({"code": 401, "content": "invalid username or "
                                                "password", "error": "Unauthorized"}, 401))
        client = Tel4vnClient(stub.url)
        with pytest.raises(AuthError, match="wrong username or password"):
            await client.login("agent101", "nope")
        await client.aclose()
    assert client.api_key is None


async def test_refused_session_repeats_a_get_once_then_gives_up() -> None:
    async with stub_server() as stub:
        token_issuer(stub)
        stub.on("GET", "/v2/call", json_reply(
            {"code": 401, "content": "token is invalid", "error": "Unauthorized"}, 401))
        client = Tel4vnClient(stub.url)
        await client.login("agent101", "pw")
        with pytest.raises(AuthError, match="no longer accepts"):
            await client.list_calls()
        await client.aclose()
    assert stub.count("GET", "/v2/call") == 2  # the first try and exactly one repeat
    assert stub.count("POST", "/v2/auth/token") == 2  # login + exactly one renewal


async def test_expired_token_get_recovers() -> None:
    async with stub_server() as stub:
        issued = token_issuer(stub)
        current = {"ok": "T2"}

        async def calls(request: web.Request) -> web.StreamResponse:
            if request.headers.get("Authorization") != f"Bearer {current['ok']}":
                return web.json_response({"code": 401, "content": "token is expired",
                                          "error": "Unauthorized"}, status=401)
            return web.json_response(CALLS)

        stub.on("GET", "/v2/call", calls)
        client = Tel4vnClient(stub.url)
        await client.login("agent101", "pw")  # gets T1, which the server already considers expired
        result = await client.list_calls()
        await client.aclose()
    assert result.total == 1
    assert stub.count("POST", "/v2/auth/token") == 2 and stub.count("GET", "/v2/call") == 2


async def test_expired_token_never_repeats_a_call() -> None:
    async with stub_server() as stub:
        issued = token_issuer(stub)
        placed = {"status": "success", "call_id": "new"}
        stub.on("GET", "/v1/click2call/async", json_reply(
            {"code": 401, "content": "token is expired", "error": "Unauthorized"}, 401))
        stub.on("POST", "/v2/call/c1/barge", json_reply(
            {"code": 401, "content": "token is expired", "error": "Unauthorized"}, 401))
        stub.on("POST", "/v2/click2call", only_token(issued, placed))
        client = Tel4vnClient(stub.url)
        await client.login("agent101", "pw")
        issued.append("T-ROTATED")
        with pytest.raises(SessionExpired):
            await client.click_to_call_customer("KH1", "0899098899", "101")
        with pytest.raises(SessionExpired):
            await client.call_action(CallAction.BARGE, "c1", "100")
        await client.aclose()
    assert stub.count("POST", "/v2/click2call") == 1
    assert stub.count("POST", "/v2/call/c1/barge") == 1


@pytest.mark.parametrize("mode", [ClickToCallMode.ASYNC, ClickToCallMode.SYNC])
async def test_expired_token_never_repeats_a_get_that_places_a_call(mode) -> None:
    path = "/v1/click2call/async" if mode is ClickToCallMode.ASYNC else "/v1/click2call"
    async with stub_server() as stub:
        token_issuer(stub)
        stub.on("GET", path, json_reply(
            {"code": 401, "content": "token is expired", "error": "Unauthorized"}, 401))
        client = Tel4vnClient(stub.url)
        await client.login("agent101", "pw")
        with pytest.raises(SessionExpired):
            await client.click_to_call("101", "0899098899", mode=mode)
        await client.aclose()
    assert stub.count("GET", path) == 1  # placed at most once, never repeated
    assert stub.count("POST", "/v2/auth/token") == 2  # but the session was renewed for next time


async def test_concurrent_401s_renew_the_token_once() -> None:
    async with stub_server() as stub:
        issued = token_issuer(stub)
        stub.on("GET", "/v2/call", only_token(issued, CALLS))
        client = Tel4vnClient(stub.url)
        await client.login("agent101", "pw")
        issued.append("ROTATED")  # T1 and this are both unknown to the client
        issued.pop()
        client._token = client._token.__class__(**{**client._token.__dict__, "token": "STALE"})
        results = await asyncio.gather(*(client.list_calls() for _ in range(5)))
        await client.aclose()
    assert all(r.total == 1 for r in results)
    assert stub.count("POST", "/v2/auth/token") == 2  # login + one renewal for all five


async def test_token_renewed_ahead_of_expiry() -> None:
    now = [1000.0]
    async with stub_server() as stub:
        issued = token_issuer(stub, expired_in=100)
        stub.on("GET", "/v2/call", only_token(issued, CALLS))
        client = Tel4vnClient(stub.url, clock=lambda: now[0])
        await client.login("agent101", "pw")
        await client.list_calls()
        now[0] += 95  # inside the renewal margin
        await client.list_calls()
        await client.aclose()
    assert issued == ["T1", "T2"] and stub.count("GET", "/v2/call") == 2


async def test_resume_from_api_key() -> None:
    async with stub_server() as stub:
        issued = token_issuer(stub)
        stub.on("GET", "/v2/call", only_token(issued, CALLS))
        client = Tel4vnClient(stub.url)
        await client.resume("KEY-SECRET", token="OLD")
        assert (await client.list_calls()).total == 1
        bad = Tel4vnClient(stub.url)
        with pytest.raises(AuthError, match="api_key"):
            await bad.resume("WRONG")
        await client.aclose()
        await bad.aclose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_server_down() -> None:
    client = Tel4vnClient(f"http://127.0.0.1:{free_port()}")
    with pytest.raises(Unavailable) as info:
        await client.login("a", "b")
    assert info.value.request_sent is False and "cannot be reached" in str(info.value)
    await client.aclose()


async def test_time_out_may_have_placed_the_call() -> None:
    async with stub_server() as stub:
        issued = token_issuer(stub)
        gate = asyncio.Event()

        async def slow(request: web.Request) -> web.StreamResponse:
            await gate.wait()
            return web.json_response({"status": "success", "call_id": "late"})

        stub.on("GET", "/v1/click2call/async", slow)
        client = Tel4vnClient(stub.url, timeout=httpx.Timeout(2.0, read=0.3))
        await client.login("agent101", "pw")
        with pytest.raises(Unavailable) as info:
            await client.click_to_call("101", "0899098899")
        gate.set()
        await client.aclose()
    assert info.value.request_sent is True
    assert stub.count("GET", "/v1/click2call/async") == 1 and issued == ["T1"]


@pytest.mark.parametrize(
    ("handler", "error", "text"),
    [
        (json_reply({"code": 500, "content": "internal server error",
                     "error": "Internal Server Error"}, 500), ServerError, "internal server error"),
        (raw_reply("<html>Bad gateway</html>", 502), ServerError, "error page .HTTP 502"),
        (raw_reply("<html><body>Welcome to nginx</body></html>"), ProtocolError, "HTML page"),
        (raw_reply("{\"data\": [", content_type="application/json"), ProtocolError, "not JSON"),
        (raw_reply(""), ProtocolError, "empty"),
        (json_reply({"data": {"call_id": 1}}), ProtocolError, "'data' should be a list"),
        (json_reply({"data": [{"call_id": "x", "state": {"a": 1}}]}), ProtocolError,
         "data[0].state"),
        (json_reply({"code": 403, "content": "permission denied", "error": "Forbidden"}, 403),
         PermissionDenied, "permission denied"),
    ],
)
async def test_bad_answers_become_typed_errors(handler, error, text) -> None:
    async with stub_server() as stub:
        token_issuer(stub)
        stub.on("GET", "/v2/call", handler)
        client = Tel4vnClient(stub.url)
        await client.login("agent101", "pw")
        with pytest.raises(error, match=text.replace("[", r"\[")):
            await client.list_calls()
        await client.aclose()


async def test_oversize_answer_is_refused() -> None:
    async with stub_server() as stub:
        token_issuer(stub)
        stub.on("GET", "/v2/call", raw_reply("x" * 5000, content_type="application/json"))
        client = Tel4vnClient(stub.url)
        client.http.max_body = 1000
        await client.login("agent101", "pw")
        with pytest.raises(ProtocolError, match="too large"):
            await client.list_calls()
        await client.aclose()


async def test_tls_failure() -> None:
    async with stub_server() as stub:
        client = Tel4vnClient(stub.url.replace("http://", "https://"))
        with pytest.raises(TlsError) as info:
            await client.login("a", "b")
        assert info.value.request_sent is False
        await client.aclose()


async def test_not_a_url() -> None:
    client = Tel4vnClient("ftp://example.invalid")
    with pytest.raises(InvalidInput, match="not a valid"):
        await client.login("a", "b")
    await client.aclose()


ENVELOPES = [
    ("GET", "/v1/click2call/async", {"status": "fail", "message": "User not registered extension "
     "with Softphone or IP Phone", "error": "USER_NOT_REGISTERED"}, 400, UserNotRegistered),
    ("GET", "/v1/click2call/async", {"status": "fail", "error": "USER_BUSY"}, 200, UserBusy),
    ("GET", "/v1/click2call/async", {"status": "fail", "error": "INVALID_PARAMS",
                                     "message": "phone is required"}, 400, InvalidInput),
    ("GET", "/v1/click2call/async", {"status": "fail", "error": "SOMETHING_NEW"}, 200, ServerError),
]


@pytest.mark.parametrize(("method", "path", "body", "status", "error"), ENVELOPES)
async def test_click_to_call_envelopes(method, path, body, status, error) -> None:
    async with stub_server() as stub:
        token_issuer(stub)
        stub.on(method, path, json_reply(body, status))
        client = Tel4vnClient(stub.url)
        await client.login("agent101", "pw")
        with pytest.raises(error) as info:
            await client.click_to_call("101", "0899098899")
        await client.aclose()
    assert info.value.code == body["error"] and info.value.vendor == "tel4vn"


async def test_customer_field_messages_and_queue_messages() -> None:
    from agent_desktop.pbx.models import NewCustomer

    pattern_msg = "Does not match pattern '^(84|0[3|5|7|8|9])+([0-9]{8})$'"
    async with stub_server() as stub:
        token_issuer(stub)
        stub.on("POST", "/v2/customer", json_reply(
            {"code": 400, "content": [{"phone_number": pattern_msg}], "error": "Bad Request"}, 400))
        stub.on("POST", "/v2/autodialer/queue/stop", json_reply({"message": "queue not found"}))
        stub.on("POST", "/v2/autodialer/queue", json_reply({"message": "campaign is invalid"},
                                                           400))
        stub.on("POST", "/v2/autodialer/queue/start", json_reply({"message": "successfully"}))
        client = Tel4vnClient(stub.url)
        await client.login("agent101", "pw")
        with pytest.raises(InvalidInput) as info:
            await client.create_customer(NewCustomer("camp", "KH01", "12345", "ABC"))
        assert info.value.fields == {"phone_number": pattern_msg}
        with pytest.raises(NotFound, match="queue not found"):
            await client.autodialer_queue_action("stop", "Q")
        with pytest.raises(InvalidInput, match="campaign is invalid"):
            await client.create_autodialer_queue(AutodialerQueue(
                "camp", "Q", 150, 2, "5001", (QueueCustomer("KH1", ("0899123456",)),)))
        assert await client.autodialer_queue_action("start", "Q") == "successfully"
        await client.aclose()


async def test_click_to_call_sends_every_option() -> None:
    seen: dict = {}
    async with stub_server() as stub:
        token_issuer(stub)

        async def capture(request: web.Request) -> web.StreamResponse:
            seen.update(request.query)
            return web.json_response({"status": "success", "call_id": "abc"})

        stub.on("GET", "/v1/click2call", capture)
        client = Tel4vnClient(stub.url)
        await client.login("agent101", "pw")
        result = await client.click_to_call(
            "101", "0899098899",
            ClickToCallOptions(src_cid_name="Sales", src_cid_number="19001919",
                               dest_cid_name="KH", dest_cid_number="0899098899",
                               auto_answer=True, hotline="19001919", is_encode=True,
                               customer_id="KH1"),
            mode=ClickToCallMode.SYNC)
        await client.aclose()
    assert result.call_id == "abc"
    assert seen == {"ext": "101", "phone": "MDg5OTA5ODg5OQ==", "is_encode": "true",
                    "src_cid_name": "Sales", "src_cid_number": "19001919", "dest_cid_name": "KH",
                    "dest_cid_number": "0899098899", "auto_answer": "true",
                    "hotline": "19001919", "customer_id": "KH1"}


async def test_unknown_event_refused_before_sending() -> None:
    async with stub_server() as stub:
        token_issuer(stub)
        client = Tel4vnClient(stub.url)
        await client.login("agent101", "pw")
        with pytest.raises(InvalidInput, match="only hooks ringing"):
            await client.create_event("http://127.0.0.1:9/hook", "create")
        await client.aclose()
    assert stub.count("POST", "/v1/event") == 0


async def test_secrets_stay_out_of_errors() -> None:
    async with stub_server() as stub:
        token_issuer(stub)
        stub.on("GET", "/v2/call", raw_reply("nope", 500))
        client = Tel4vnClient(stub.url)
        await client.login("agent101", "pw")
        with pytest.raises(ServerError) as info:
            await client.list_calls()
        await client.aclose()
    text = f"{info.value!s} {info.value!r} {info.value.__dict__}"
    assert "KEY-SECRET" not in text and "T1" not in text.replace("HTTP", "")


@pytest.mark.parametrize(
    ("body", "value"),
    [(b'{"total": 3}', {"total": 3}),
     (b'\xef\xbb\xbf{"total": 3}', {"total": 3}),  # a byte-order mark: orjson refuses it
     (b'{"x": NaN}', None),  # Python's parser reads NaN; checked below
     ('{"name": "Nguyễn Văn A"}'.encode(), {"name": "Nguyễn Văn A"})],
)
def test_answers_decode_as_pythons_json_reads_them(body: bytes, value: object) -> None:
    from agent_desktop.pbx.http import Reply

    decoded = Reply(200, body, "application/json").json()
    if value is None:
        assert decoded["x"] != decoded["x"]  # NaN
    else:
        assert decoded == value
    for bad in (b'{"data": [', b"\xff\xfe{}"):
        with pytest.raises(ProtocolError):
            Reply(200, bad, "application/json").json()
