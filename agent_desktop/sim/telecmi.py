"""TeleCMI's click-to-call on the simulator, under the prefix `/telecmi` (base URL
`{sim}/telecmi`): `POST /v2/webrtc/click2call` with `{"user_id", "secret", "to", "extra_params",
"webrtc", "followme"}` on the same tenant and call engine as TEL4VN, so the call shows in
`/_sim/state` and TEL4VN's `/v2/call`.

Each demo account has a TeleCMI user id `<extension>_<tenant number>` and an app secret, both
derived from the seed (`credentials`); docs/api-conventions.md ("TeleCMI") lists the rules and the
error bodies the docs leave open. `GET /_sim/telecmi` shows the accounts' user ids and the
requests taken (request_id → the engine's call id).
"""

from __future__ import annotations

import hashlib
import secrets
import string
import uuid
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from agent_desktop.sim.context import CTX
from agent_desktop.sim.engine import CallError
from agent_desktop.sim.envelopes import VendorError, json_object, reply
from agent_desktop.sim.tenant import Tenant, User

PREFIX = "/telecmi"
_ALPHABET = string.ascii_letters + string.digits


def tenant_number(tenant: Tenant) -> str:
    """The account number after the `_` of every user id: 7 digits from the tenant's uuid."""
    return str(1_000_000 + uuid.UUID(tenant.domain_uuid).int % 9_000_000)


def user_id(tenant: Tenant, user: User) -> str:
    return f"{user.extension}_{tenant_number(tenant)}"


def secret(user: User) -> str:
    """The app secret of an account, shaped like the docs' example (`2e0d75-d843-45-945-…`)."""
    h = hashlib.sha256(f"telecmi-secret:{user.api_key}".encode()).hexdigest()
    return f"{h[:6]}-{h[6:10]}-{h[10:12]}-{h[12:15]}-{h[15:23]}"


def credentials(tenant: Tenant, extension: str) -> tuple[str, str]:
    """(user_id, secret) of the account with this extension (LookupError if none)."""
    user = tenant.user_by_extension(extension)
    if user is None:
        raise LookupError(f"no extension {extension}")
    return user_id(tenant, user), secret(user)


@dataclass
class TelecmiState:
    requests: list[dict[str, Any]] = field(default_factory=list)


TELECMI: web.AppKey[TelecmiState] = web.AppKey("agent_desktop.sim.telecmi", TelecmiState)


def _error(status: int, msg: str) -> VendorError:
    return VendorError(status, {"code": status, "msg": msg})


def _account(tenant: Tenant, given_id: str, given_secret: str) -> User | None:
    for user in tenant.users:
        if user.enabled and user_id(tenant, user) == given_id and \
                secrets.compare_digest(secret(user).encode(), given_secret.encode()):
            return user
    return None


async def click2call(request: web.Request) -> web.Response:
    """POST /telecmi/v2/webrtc/click2call"""
    ctx = request.app[CTX]
    body = await json_object(request, lambda message: _error(400, message))
    given_id, given_secret = body.get("user_id"), body.get("secret")
    if not isinstance(given_id, str) or not given_id.strip() or \
            not isinstance(given_secret, str) or not given_secret.strip():
        raise _error(400, "User id or secret param missing")
    user = _account(ctx.tenant, given_id.strip(), given_secret.strip())
    if user is None:
        raise _error(404, "Invalid user id or secret")
    to = body.get("to")
    if isinstance(to, bool) or not isinstance(to, int) or not 100 <= to < 10**15:
        raise _error(400, "Invalid to number")
    webrtc, followme = body.get("webrtc", True), body.get("followme", False)
    if not isinstance(webrtc, bool) or not isinstance(followme, bool):
        raise _error(400, "webrtc and followme must be true or false")
    if followme and webrtc:
        raise _error(400, "webrtc must be false when followme is true")
    extra = body.get("extra_params")
    if extra is not None and not isinstance(extra, dict):
        raise _error(400, "extra_params must be a JSON object")
    request_id = "".join(secrets.choice(_ALPHABET) for _ in range(43))
    entry: dict[str, Any] = {"request_id": request_id, "user_id": given_id.strip(),
                             "extension": user.extension, "to": to, "webrtc": webrtc,
                             "followme": followme, "extra_params": extra, "call_id": None,
                             "error": None}
    try:
        # the agent's softphone rings first (or their mobile, with follow-me), then `to`
        call = ctx.engine.click_to_call(user.extension, str(to))
        entry["call_id"] = call.id
    except CallError as exc:
        # TeleCMI takes the request either way; the call just never connects
        entry["error"] = exc.code
    request.app[TELECMI].requests.append(entry)
    return reply({"code": 200, "msg": "Call initiated", "request_id": request_id})


async def control_get(request: web.Request) -> web.Response:
    """GET /_sim/telecmi"""
    tenant = request.app[CTX].tenant
    return reply({
        "tenant_number": tenant_number(tenant),
        "accounts": [{"extension": u.extension, "user_id": user_id(tenant, u)}
                     for u in tenant.users],
        "requests": request.app[TELECMI].requests,
    })


def register(app: web.Application) -> None:
    app[TELECMI] = TelecmiState()
    app.router.add_post(f"{PREFIX}/v2/webrtc/click2call", click2call)
    app.router.add_get("/_sim/telecmi", control_get)
