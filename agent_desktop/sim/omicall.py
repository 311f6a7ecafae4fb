"""OMICall's API on the simulator, under the prefix `/omicall` (base URL `{sim}/omicall`), on the
same tenant and call engine as TEL4VN: `GET /api/auth?apiKey=`, `POST /api/click2call` and the
auto-call endpoints, with OMICall's envelope (`status_code` 9999 / -9999, `payload`, `instance_id`,
`instance_version`, `key_enabled`) and every documented `payload.error`.

A click-to-call is a real click-to-call in the engine (it shows in `/_sim/state` and TEL4VN's
`/v2/call`); an auto-call session dials each phone from the hotline (`engine.dial_out`) or rings
each extension (`engine.inbound`). Settings the docs leave open are in docs/api-conventions.md
("OMICall"); `GET/POST /_sim/omicall` shows and changes the tenant's plan, balance, do-not-call
list and the next error.
"""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from aiohttp import web

from agent_desktop.sim.context import CTX
from agent_desktop.sim.engine import CallError
from agent_desktop.sim.envelopes import VendorError, json_object, reply
from agent_desktop.sim.tenant import Tenant, User, normalize_phone

PREFIX = "/omicall"
INSTANCE_ID = "sim"
INSTANCE_VERSION = "1.2.163"
PHONE = re.compile(r"\+?[0-9]{3,15}")
VOICES = ("banmai", "leminh", "lannhi")
TARGET_TYPES = ("Recording", "Text_variable", "Ivr_menu")
TTS_PER_SESSION = 300
TTS_PER_DAY = 3000
AUTO_CALL_PRICE = 1000  # VND per number or extension called
DEFAULT_BALANCE = 1_000_000
DEFAULT_DNC = ("0900000000",)
PLANS = ("standard", "trial")

MESSAGES = {  # the docs' payload.message for each payload.error
    "data_is_required": "Please check your input param",
    "tenant_invalid": "Your tenant not found",
    "user_not_registered": "User not registered extension with Softphone, IP Phone, Web",
    "number_call_out_invalid": "Your hotline invalid",
    "extension_invalid": "Extension not found or disabled",
    "user_busy": "User busy",
    "do_not_call": "Do not call",
    "unknown": "Unknown",
    # auto-call: the docs give only the codes
    "limit_service": "Your service package does not allow auto call",
    "limit_word": "Text to speech limit exceeded (300 characters per session, 3000 per day)",
    "limit_word_session": "Text to speech supports only 300 characters per session",
    "balance_is_not_enough": "Balance is not enough",
    "unauthorized": "Access token is missing, invalid or expired",
}


@dataclass
class OmicallState:
    tenant_enabled: bool = True
    plan: str = "standard"
    balance: int = DEFAULT_BALANCE
    dnc: set[str] = field(default_factory=lambda: set(DEFAULT_DNC))
    next_error: str | None = None
    tokens: set[str] = field(default_factory=set)
    characters_day: date | None = None
    characters_today: int = 0
    sessions: list[dict[str, Any]] = field(default_factory=list)

    def spend_characters(self, count: int) -> bool:
        today = date.today()
        if self.characters_day != today:
            self.characters_day, self.characters_today = today, 0
        if self.characters_today + count > TTS_PER_DAY:
            return False
        self.characters_today += count
        return True

    def describe(self) -> dict[str, Any]:
        return {"tenant_enabled": self.tenant_enabled, "plan": self.plan,
                "balance": self.balance, "dnc": sorted(self.dnc), "next_error": self.next_error,
                "characters_today": self.characters_today if self.characters_day == date.today()
                else 0, "sessions": self.sessions}


OMICALL: web.AppKey[OmicallState] = web.AppKey("agent_desktop.sim.omicall", OmicallState)


def demo_api_key(tenant: Tenant) -> str:
    """The API key the demo logs in with: the tenant's first (admin) account's; every account's
    api_key works."""
    return tenant.users[0].api_key


# --- envelopes -----------------------------------------------------------------------------
def ok(payload: Any) -> web.Response:
    return reply({"status_code": 9999, "instance_id": INSTANCE_ID,
                  "instance_version": INSTANCE_VERSION, "payload": payload,
                  "key_enabled": False})


def fail(error: str, status: int = 400) -> VendorError:
    return VendorError(status, {
        "status_code": -9999, "instance_id": INSTANCE_ID, "instance_version": INSTANCE_VERSION,
        "payload": {"status": "fail", "error": error, "message": MESSAGES.get(error, error)},
        "key_enabled": False})


def _state(request: web.Request) -> OmicallState:
    return request.app[OMICALL]


def _bearer(request: web.Request) -> User:
    """The account whose API key the token came from; 401 `unauthorized` otherwise."""
    scheme, _, value = request.headers.get("Authorization", "").strip().partition(" ")
    value = value.strip()
    if scheme.lower() != "bearer" or value not in _state(request).tokens:
        raise fail("unauthorized", 401)
    try:
        return request.app[CTX].tokens.check(value)
    except VendorError:
        raise fail("unauthorized", 401) from None


def _before(request: web.Request) -> None:
    """The checks every call-placing endpoint shares: a forced error, then the tenant."""
    state = _state(request)
    if state.next_error:
        error, state.next_error = state.next_error, None
        raise fail(error)
    if not state.tenant_enabled:
        raise fail("tenant_invalid")


async def _body(request: web.Request) -> dict[str, Any]:
    return await json_object(request, lambda message: fail("data_is_required"))


def _text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return ""
    return str(value).strip()


def _user(tenant: Tenant, extension: str) -> User:
    user = tenant.user_by_extension(extension)
    if user is None or not user.enabled:
        raise fail("extension_invalid")
    return user


# --- auth ----------------------------------------------------------------------------------
async def auth(request: web.Request) -> web.Response:
    """GET /omicall/api/auth?apiKey=…"""
    ctx, state = request.app[CTX], _state(request)
    api_key = request.query.get("apiKey", "").strip()
    if not api_key:
        raise fail("data_is_required")
    user = ctx.tenant.user_by_api_key(api_key)
    if user is None or not state.tenant_enabled:
        raise fail("tenant_invalid", 401)
    token = ctx.tokens.issue(user, ctx.config.token_ttl)
    state.tokens.add(token.value)
    return ok({"access_token": token.value, "token_type": "Bearer",
               "expires_in": int(ctx.config.token_ttl)})


# --- click-to-call -------------------------------------------------------------------------
def _phone_busy(request: web.Request, phone: str) -> bool:
    wanted = normalize_phone(phone)
    return any(normalize_phone(call.customer_number) == wanted
               for call in request.app[CTX].engine.calls.values())


async def click2call(request: web.Request) -> web.Response:
    """POST /omicall/api/click2call {"extension", "hotline", "phone_number"}"""
    _bearer(request)
    body = await _body(request)
    _before(request)
    ctx = request.app[CTX]
    extension, hotline = _text(body.get("extension")), _text(body.get("hotline"))
    phone = _text(body.get("phone_number"))
    if not extension or not phone or not PHONE.fullmatch(phone):
        raise fail("data_is_required")
    if hotline not in ctx.tenant.hotlines:
        raise fail("number_call_out_invalid")
    _user(ctx.tenant, extension)
    if normalize_phone(phone) in _state(request).dnc:
        raise fail("do_not_call")
    if _phone_busy(request, phone):
        raise fail("user_busy")
    try:
        call = ctx.engine.click_to_call(extension, phone, hotline=hotline)
    except CallError as exc:
        raise fail("user_not_registered" if exc.code == "USER_NOT_REGISTERED"
                   else "user_busy" if exc.code == "USER_BUSY" else "unknown") from None
    return ok({"call_uuid": call.id})


# --- auto-call -----------------------------------------------------------------------------
def _session(request: web.Request, body: dict[str, Any]) -> dict[str, Any]:
    """Check an auto-call body as OMICall would; the parts of it the session keeps."""
    tenant = request.app[CTX].tenant
    plans = body.get("template_dialplans")
    variables = body.get("variables", [])
    if not isinstance(plans, list) or not plans or not isinstance(variables, list) \
            or not all(isinstance(v, str) for v in variables):
        raise fail("data_is_required")
    texts = 0
    for step in plans:
        kind = step.get("target_type") if isinstance(step, dict) else None
        if kind not in TARGET_TYPES:
            raise fail("data_is_required")
        if kind == "Text_variable":
            texts += 1
        elif not _text(step.get("target")):
            raise fail("data_is_required")
    if texts > len(variables):
        raise fail("data_is_required")
    voice, speed = body.get("voice"), body.get("speed", 0)
    if voice is not None and voice not in VOICES:
        raise fail("data_is_required")
    if isinstance(speed, bool) or not isinstance(speed, int) or not -3 <= speed <= 3:
        raise fail("data_is_required")
    for name in ("num_retry", "num_per_call", "distance_per_call", "distance_retry"):
        value = body.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or value < 0):
            raise fail("data_is_required")
    cid = _text(body.get("cid"))
    if body.get("cid") not in (None, "") and cid not in tenant.hotlines:
        raise fail("number_call_out_invalid")
    return {"name": _text(body.get("name")), "voice": voice or "banmai", "speed": speed,
            "cid": cid, "template_dialplans": plans, "variables": variables,
            "characters": sum(len(v) for v in variables[:texts])}


def _charge(request: web.Request, session: dict[str, Any], targets: int) -> None:
    """The plan, the text-to-speech limits and the balance, in that order."""
    state = _state(request)
    if state.plan == "trial":
        raise fail("limit_service")
    if session["characters"] > TTS_PER_SESSION:
        raise fail("limit_word_session")
    cost = AUTO_CALL_PRICE * targets
    if state.balance < cost:
        raise fail("balance_is_not_enough")
    if not state.spend_characters(session["characters"]):
        raise fail("limit_word")
    state.balance -= cost


def _targets(values: list[Any]) -> list[str]:
    seen: list[str] = []
    for value in values:
        text = _text(value)
        if text and text not in seen:
            seen.append(text)
    return seen


def _listed(body: dict[str, Any], name: str) -> list[Any]:
    value = body.get(name, [])
    if not isinstance(value, list):
        raise fail("data_is_required")
    return value


async def execute_by_phone(request: web.Request) -> web.Response:
    """POST /omicall/api/auto_call/execute_by_phone?phone_number=…"""
    _bearer(request)
    body = await _body(request)
    _before(request)
    ctx, state = request.app[CTX], _state(request)
    phones = _targets([request.query.get("phone_number", "")]
                      + _listed(body, "phone_number_list"))
    if not phones or not all(PHONE.fullmatch(p) for p in phones):
        raise fail("data_is_required")
    session = _session(request, body)
    _charge(request, session, len(phones))
    call_ids = []
    for phone in phones:
        customer = ctx.tenant.customer_by_phone(phone)
        call = ctx.engine.dial_out(phone, customer_id=customer.customer_code if customer else "")
        if session["cid"]:
            call.hotline = session["cid"]
        call_ids.append(call.id)
    autocall_id = str(uuid.uuid4())
    name = session["name"] or "Auto call " + datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    state.sessions.append({"autocall_id": autocall_id, "kind": "phone", "targets": phones,
                           "call_ids": call_ids, **session, "name": name,
                           "created": datetime.now().isoformat(timespec="seconds")})
    # the docs' answer for this endpoint has only status_code and payload
    return reply({"status_code": 9999, "payload": {"autocall_id": autocall_id, "name": name}})


async def execute_by_extension(request: web.Request) -> web.Response:
    """POST /omicall/api/auto_call/execute_by_extension?extension=… (also the docs' `exension`)"""
    _bearer(request)
    body = await _body(request)
    _before(request)
    ctx, state = request.app[CTX], _state(request)
    extensions = _targets([request.query.get("extension", ""), request.query.get("exension", "")]
                          + _listed(body, "extensions"))
    if not extensions:
        raise fail("data_is_required")
    for extension in extensions:
        _user(ctx.tenant, extension)
    session = _session(request, body)
    _charge(request, session, len(extensions))
    hotline = session["cid"] or ctx.tenant.default_hotline
    call_ids = [ctx.engine.inbound(extension, hotline, hotline=hotline).id
                for extension in extensions]
    autocall_id = secrets.token_hex(12)  # the docs show a 24-hex id here
    state.sessions.append({"autocall_id": autocall_id, "kind": "extension",
                           "targets": extensions, "call_ids": call_ids, **session,
                           "created": datetime.now().isoformat(timespec="seconds")})
    return ok({"autocall_uuids": call_ids, "autocall_id": autocall_id})


# --- control -------------------------------------------------------------------------------
def _bad(message: str) -> VendorError:
    return VendorError(400, {"error": "BAD_REQUEST", "message": message})


async def control_get(request: web.Request) -> web.Response:
    """GET /_sim/omicall"""
    return reply(_state(request).describe())


async def control_set(request: web.Request) -> web.Response:
    """POST /_sim/omicall {"tenant_enabled", "plan", "balance", "dnc", "next_error"}"""
    body = await json_object(request, _bad)
    unknown = set(body) - {"tenant_enabled", "plan", "balance", "dnc", "next_error"}
    if unknown:
        raise _bad(f"unknown setting: {', '.join(sorted(unknown))}")
    state = _state(request)
    changes: dict[str, Any] = {}
    if "tenant_enabled" in body:
        if not isinstance(body["tenant_enabled"], bool):
            raise _bad("tenant_enabled must be true or false")
        changes["tenant_enabled"] = body["tenant_enabled"]
    if "plan" in body:
        if body["plan"] not in PLANS:
            raise _bad("plan must be one of " + ", ".join(PLANS))
        changes["plan"] = body["plan"]
    if "balance" in body:
        if isinstance(body["balance"], bool) or not isinstance(body["balance"], int):
            raise _bad("balance must be a whole number")
        changes["balance"] = body["balance"]
    if "dnc" in body:
        if not isinstance(body["dnc"], list) or not all(isinstance(p, str) for p in body["dnc"]):
            raise _bad("dnc must be a list of phone numbers")
        changes["dnc"] = {normalize_phone(p) for p in body["dnc"]}
    if "next_error" in body:
        error = body["next_error"]
        if error is not None and error not in MESSAGES:
            raise _bad("next_error must be one of " + ", ".join(sorted(MESSAGES)))
        changes["next_error"] = error
    for name, value in changes.items():
        setattr(state, name, value)
    return reply(state.describe())


def register(app: web.Application) -> None:
    app[OMICALL] = OmicallState()
    router = app.router
    router.add_get(f"{PREFIX}/api/auth", auth)
    router.add_post(f"{PREFIX}/api/click2call", click2call)
    router.add_post(f"{PREFIX}/api/auto_call/execute_by_phone", execute_by_phone)
    router.add_post(f"{PREFIX}/api/auto_call/execute_by_extension", execute_by_extension)
    router.add_get("/_sim/omicall", control_get)
    router.add_post("/_sim/omicall", control_set)
