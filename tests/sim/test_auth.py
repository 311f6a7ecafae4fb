"""Login, tokens, expiry and the 401 / 403 envelopes."""

from __future__ import annotations

import pytest

UNAUTHORIZED = {"code": 401, "error": "Unauthorized"}


async def test_login_returns_the_account(http, sim, doc, same_shape):
    r = await http.post("/v1/auth", json={"username": "agent101", "password": "demo123"})
    assert r.status_code == 200
    body = r.json()
    same_shape(body, doc["Login Account"][0])
    user = sim.tenant.user_by_username("agent101")
    assert body["data"] == {
        "api_key": user.api_key, "domain_uuid": sim.tenant.domain_uuid, "enabled": "true",
        "extension": "101", "level": "user", "user_uuid": user.user_uuid,
        "username": "agent101"}
    assert body["code"] == 200 and body["content"] == "successfully"


@pytest.mark.parametrize("credentials", [
    {"username": "agent101", "password": "wrong"},
    {"username": "nobody", "password": "demo123"},
    {"username": "agent101"},
    {},
])
async def test_login_with_wrong_credentials_is_401(http, credentials):
    r = await http.post("/v1/auth", json=credentials)
    assert r.status_code == 401
    assert r.json() == {**UNAUTHORIZED, "content": "invalid username or password"}


async def test_token_from_api_key(http, sim, doc, same_shape):
    user = sim.tenant.user_by_username("supervisor")
    r = await http.post("/v2/auth/token", json={"api_key": user.api_key})
    assert r.status_code == 200
    body = r.json()
    same_shape(body, doc["Get Access Token"][0])
    data = body["data"]
    assert data["token_type"] == "Bearer" and data["refresh_token"] == ""
    assert data["expired_in"] == 3600
    assert data["client_id"] == data["user_id"] == user.user_uuid
    assert data["token"].count(".") == 2


async def test_unknown_api_key_is_401(http):
    r = await http.post("/v2/auth/token", json={"api_key": "not-a-key"})
    assert r.status_code == 401
    assert r.json() == {**UNAUTHORIZED, "content": "api_key is invalid"}


async def test_bad_json_body_is_400(http):
    r = await http.post("/v1/auth", content=b"{not json",
                        headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert r.json() == {"code": 400, "content": "invalid JSON body", "error": "Bad Request"}


@pytest.mark.parametrize("headers, content", [
    ({}, "missing token"),
    ({"Authorization": "Bearer"}, "missing token"),
    ({"Authorization": "Basic abc"}, "missing token"),
    ({"Authorization": "Bearer nonsense"}, "token is invalid"),
])
async def test_missing_or_unknown_token_is_401(http, headers, content):
    r = await http.get("/v2/call", headers=headers)
    assert r.status_code == 401
    assert r.json() == {**UNAUTHORIZED, "content": content}


@pytest.mark.sim(token_ttl=0.4)
async def test_token_expires_after_ttl(http, admin, until):
    assert (await http.get("/v2/call", headers=admin)).status_code == 200

    async def expired() -> bool:
        r = await http.get("/v2/call", headers=admin)
        return r.status_code == 401 and r.json()["content"] == "token is expired"

    await until(expired, timeout=3)


async def test_expiring_tokens_through_the_control_api(http, admin):
    assert (await http.get("/v2/call", headers=admin)).status_code == 200
    r = await http.post("/_sim/tokens/expire")
    assert r.status_code == 200 and r.json()["expired"] >= 1
    r = await http.get("/v2/call", headers=admin)
    assert r.status_code == 401
    assert r.json()["content"] == "token is expired"


async def test_new_token_ttl_from_config(http, sim, login):
    r = await http.post("/_sim/config", json={"token_ttl": 120})
    assert r.status_code == 200
    user = sim.tenant.user_by_username("agent101")
    r = await http.post("/v2/auth/token", json={"api_key": user.api_key})
    assert r.json()["data"]["expired_in"] == 120


ADMIN_ONLY = [
    ("GET", "/v1/event", None),
    ("POST", "/v1/event", {"callback_url": "http://127.0.0.1:9/", "event": "ringing"}),
    ("DELETE", "/v1/event/x", None),
    ("POST", "/v2/call/x/transfer", {"ext": "102"}),
    ("POST", "/v2/call/x/listen", {"ext": "100"}),
    ("POST", "/v2/call/x/whisper", {"ext": "100"}),
    ("POST", "/v2/call/x/barge", {"ext": "100"}),
    ("POST", "/v2/autodialer/queue", {}),
    ("POST", "/v2/autodialer/queue/stop", {}),
    ("POST", "/v2/autocall/queue", {}),
    ("POST", "/v2/autocall/queue/dnc", {}),
    ("POST", "/v2/autocall/queue/delete", {}),
    ("POST", "/v2/customer", {}),
]


@pytest.mark.parametrize("method, path, body", ADMIN_ONLY)
async def test_agents_get_403_on_admin_endpoints(http, agent, method, path, body):
    r = await http.request(method, path, headers=agent, json=body)
    assert r.status_code == 403
    assert r.json() == {"code": 403, "content": "permission denied", "error": "Forbidden"}


async def test_agents_may_read(http, agent, sim):
    for path in ("/v2/call", "/v2/cdr", "/v2/customer", "/v2/user/agent102/status",
                 f"/v2/cdr/{sim.tenant.cdrs[0].id}"):
        assert (await http.get(path, headers=agent)).status_code == 200, path


async def test_unknown_path_and_method(http, admin):
    r = await http.get("/v2/nothing", headers=admin)
    assert r.status_code == 404
    assert r.json() == {"code": 404, "content": "Not Found", "error": "Not Found"}
    r = await http.put("/v2/cdr", headers=admin)
    assert r.status_code == 405
    assert r.json()["code"] == 405
