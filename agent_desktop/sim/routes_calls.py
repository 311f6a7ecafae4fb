"""Vendor routes that place or act on calls: click-to-call (`/v1/click2call`,
`/v1/click2call/async`, `POST /v2/click2call`), live calls (`GET /v2/call`) and the
supervisor's transfer / listen / whisper / barge (`POST /v2/call/{call_id}/…`).

Each click-to-call flavour has its own error envelope, as the docs show them.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web

from agent_desktop.sim.auth import protect
from agent_desktop.sim.context import CTX
from agent_desktop.sim.engine import MONITOR_MODES, CallError
from agent_desktop.sim.envelopes import VendorError, forbidden, json_object, reply
from agent_desktop.sim.tenant import User

PHONE = re.compile(r"\+?[0-9]{3,15}")
DOCS_CODES = ("USER_NOT_REGISTERED", "USER_BUSY")  # the docs show these without a message
OPTION_PARAMS = ("src_cid_name", "src_cid_number", "dest_cid_name", "dest_cid_number")


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "1", "yes")


# --- error envelopes -----------------------------------------------------------------------
def sync_error(code: str, message: str) -> VendorError:
    body: dict[str, Any] = {"status": "fail", "error": code}
    if code == "INVALID_PARAMS":
        body["message"] = message
    return VendorError(400, body)


def async_error(code: str, message: str) -> VendorError:
    return VendorError(400, {"status": "fail", "message": message, "error": code})


def post_error(code: str, message: str) -> VendorError:
    return VendorError(400, {"code": "1", "status": "fail", "message": message, "error": code})


ErrorFactory = Callable[[str, str], VendorError]


def _invalid(error: ErrorFactory, message: str) -> VendorError:
    return error("INVALID_PARAMS", message)


# --- click-to-call -------------------------------------------------------------------------
def _place(request: web.Request, user: User, params: Mapping[str, Any], error: ErrorFactory,
           ext_key: str = "ext", phone_key: str = "phone") -> Any:
    """Validate the parameters and start the call; returns the engine's Call."""
    engine = request.app[CTX].engine
    ext = str(params.get(ext_key) or "").strip()
    phone = str(params.get(phone_key) or "").strip()
    if not ext:
        raise _invalid(error, f"{ext_key} is required")
    if not phone:
        raise _invalid(error, f"{phone_key} is required")
    if _truthy(params.get("is_encode")):
        try:
            phone = base64.b64decode(phone, validate=True).decode("ascii").strip()
        except (binascii.Error, ValueError):
            raise _invalid(error, f"{phone_key} is invalid") from None
    if not PHONE.fullmatch(phone):
        raise _invalid(error, f"{phone_key} is invalid")
    if not user.is_admin and ext != user.extension:
        raise forbidden()
    options = {k: str(params[k]) for k in OPTION_PARAMS if params.get(k)}
    try:
        return engine.click_to_call(
            ext, phone, hotline=str(params.get("hotline") or "").strip(),
            customer_id=str(params.get("customer_id") or "").strip(),
            auto_answer=_truthy(params.get("auto_answer")), options=options)
    except CallError as exc:
        raise error(exc.code, exc.message) from None


async def click2call_sync(request: web.Request, user: User) -> web.Response:
    """GET /v1/click2call: returns once the agent's phone answered."""
    engine = request.app[CTX].engine
    call = _place(request, user, request.query, sync_error)
    try:
        await engine.wait_for_agent(call)
    except CallError as exc:
        raise sync_error(exc.code, exc.message) from None
    return reply({"status": "success", "call_id": call.id})


async def click2call_async(request: web.Request, user: User) -> web.Response:
    """GET /v1/click2call/async"""
    call = _place(request, user, request.query, async_error)
    return reply({"status": "success", "call_id": call.id})


async def click2call_post(request: web.Request, user: User) -> web.Response:
    """POST /v2/click2call with {"id", "mobile", "agent"}"""
    body = await json_object(request, lambda message: post_error("INVALID_PARAMS", message))
    params = {"agent": body.get("agent"), "mobile": body.get("mobile"),
              "customer_id": body.get("id")}
    params = {k: v for k, v in params.items() if isinstance(v, (str, int))
              and not isinstance(v, bool)}
    call = _place(request, user, params, post_error, ext_key="agent", phone_key="mobile")
    return reply({"code": "0", "call_id": call.id, "status": "success"})


# --- live calls and supervisor actions -----------------------------------------------------
async def list_calls(request: web.Request, user: User) -> web.Response:
    """GET /v2/call"""
    entries = request.app[CTX].engine.live_entries()
    return reply({"data": entries, "total": len(entries)})


def action_error(exc: CallError) -> VendorError:
    body: dict[str, Any] = {"status": "fail", "error": exc.code}
    if exc.code not in DOCS_CODES:
        body["message"] = exc.message
    return VendorError(exc.status, body)


def _call_action(action: str) -> Callable[[web.Request, User], Any]:
    async def handle(request: web.Request, user: User) -> web.Response:
        engine = request.app[CTX].engine
        call_id = request.match_info["call_id"]
        body = await json_object(request, lambda message: VendorError(
            400, {"status": "fail", "error": "INVALID_PARAMS", "message": message}))
        ext = body.get("ext")
        ext = str(ext).strip() if isinstance(ext, (str, int)) and not isinstance(ext, bool) else ""
        if not ext:
            raise VendorError(400, {"status": "fail", "error": "INVALID_PARAMS",
                                    "message": "ext is required"})
        try:
            if action == "transfer":
                engine.transfer(call_id, ext)
            else:
                engine.monitor(call_id, ext, action)
        except CallError as exc:
            raise action_error(exc) from None
        return reply({"status": "success", "call_id": call_id, "ext": ext})

    handle.__name__ = f"call_{action}"
    return handle


def register(app: web.Application) -> None:
    router = app.router
    router.add_get("/v1/click2call", protect(click2call_sync))
    router.add_get("/v1/click2call/async", protect(click2call_async))
    router.add_post("/v2/click2call", protect(click2call_post))
    router.add_get("/v2/call", protect(list_calls))
    for action in ("transfer",) + MONITOR_MODES:
        router.add_post(f"/v2/call/{{call_id}}/{action}", protect(_call_action(action), admin=True))
