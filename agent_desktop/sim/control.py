"""The simulator's own control API under `/_sim/` (no auth, not part of any vendor's API), as
docs/api-conventions.md ("Simulator control API") lists it: scripted inbound calls, answers,
hang-ups and holds, softphone log-in, faults (and periodic token expiry), token expiry, a server
restart, the request log, demo traffic and engine settings.

Errors are `{"error": "...", "message": "..."}` with 400 (bad input), 404 (unknown call,
extension or destination) or 409 (the call is not in a state that allows it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web

from agent_desktop.sim import cdr_query
from agent_desktop.sim.calls import Call
from agent_desktop.sim.context import CTX, SimContext, base_url
from agent_desktop.sim.engine import CallEngine, CallError
from agent_desktop.sim.envelopes import VendorError, json_object, reply
from agent_desktop.sim.faults import FaultSettings


RESTART = web.AppKey("restart", Callable[[float], None])  # Simulator.restart_soon


def _error(status: int, error: str, message: str = "") -> VendorError:
    return VendorError(status, {"error": error, "message": message or error})


def _bad(message: str) -> VendorError:
    return _error(400, "BAD_REQUEST", message)


def _call_error(exc: CallError) -> VendorError:
    return _error(exc.status, exc.code, exc.message)


def describe_call(engine: CallEngine, call: Call) -> dict[str, Any]:
    return {
        "call_id": call.id, "direction": call.direction, "ext": call.ext,
        "target": call.target, "customer_number": call.customer_number,
        "hotline": call.hotline, "answered": call.is_answered,
        "ended": call.id not in engine.calls,
        "legs": [{"call_id": leg.call_id, "ext": leg.ext, "role": leg.role,
                  "state": leg.state, "mode": leg.mode}
                 for leg in call.legs + call.monitors],
    }


async def _body(request: web.Request) -> dict[str, Any]:
    return await json_object(request, _bad)


def _text(body: dict[str, Any], name: str, default: str = "") -> str:
    value = body.get(name, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _bad(f"{name} must be a string")
    return str(value).strip()


async def state(request: web.Request) -> web.Response:
    ctx: SimContext = request.app[CTX]
    engine = ctx.engine
    users = [{"username": u.username, "extension": u.extension, "level": u.level,
              "agent_name": u.agent_name, "logged_in": u.ext_loggedin,
              "busy": engine.is_busy(u.extension)} for u in ctx.tenant.users]
    groups = [{"number": g.number, "name": g.name, "members": g.members}
              for g in ctx.tenant.ring_groups]
    return reply({
        "domain": ctx.tenant.domain_name, "users": users, "ring_groups": groups,
        "hotlines": ctx.tenant.hotlines,
        "calls": [describe_call(engine, call) for call in engine.calls.values()],
        "queues": ctx.queues.describe(), "cdr_count": len(ctx.tenant.cdrs),
        "hooks": len(ctx.tenant.hooks), "webhooks_pending": ctx.webhooks.pending,
        "traffic": {"enabled": ctx.traffic.running, "calls_made": ctx.traffic.calls_made},
        "faults": ctx.faults.settings.as_dict() if ctx.faults.settings else None,
        "token_expiries": ctx.faults.token_expiries,
        "config": ctx.config.as_dict(),
    })


async def inbound(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    body = await _body(request)
    to = _text(body, "to")
    if not to:
        raise _bad("to is required")
    caller = _text(body, "from")
    if not caller:
        caller = ctx.tenant.customers[0].phone_number if ctx.tenant.customers else "0899888999"
    try:
        call = ctx.engine.inbound(to, caller, _text(body, "hotline"))
    except LookupError as exc:
        raise _error(404, "NOT_FOUND", str(exc)) from None
    described = describe_call(ctx.engine, call)
    described["legs"] = [leg["call_id"] for leg in described["legs"]]
    return reply(described)


def _call_action(action: str) -> Any:
    async def handle(request: web.Request) -> web.Response:
        ctx = request.app[CTX]
        engine = ctx.engine
        call_id = request.match_info["call_id"]
        body = await _body(request)
        try:
            if action == "answer":
                call = engine.answer(call_id, _text(body, "ext") or None)
            elif action == "hangup":
                call = engine.hangup(call_id, _text(body, "cause"))
            else:
                call = engine.hold(call_id, held=action == "hold")
        except CallError as exc:
            raise _call_error(exc) from None
        described = describe_call(engine, call)
        cdr = ctx.tenant.cdr(call.id) if described["ended"] else None
        if cdr is not None:
            described["cdr"] = cdr_query.render_default(cdr, base_url(request))
        return reply(described)

    handle.__name__ = f"control_{action}"
    return handle


def _extension_action(logged_in: bool) -> Any:
    async def handle(request: web.Request) -> web.Response:
        ext = request.match_info["ext"]
        try:
            request.app[CTX].engine.set_logged_in(ext, logged_in)
        except LookupError as exc:
            raise _error(404, "NOT_FOUND", str(exc)) from None
        return reply({"extension": ext, "logged_in": logged_in})

    return handle


async def set_faults(request: web.Request) -> web.Response:
    faults = request.app[CTX].faults
    try:
        settings = FaultSettings.from_json(await _body(request))
    except ValueError as exc:
        raise _bad(str(exc)) from None
    faults.configure(settings)
    return reply({"faults": settings.as_dict()})


async def clear_faults(request: web.Request) -> web.Response:
    request.app[CTX].faults.clear()
    return reply({"faults": None})


async def get_faults(request: web.Request) -> web.Response:
    settings = request.app[CTX].faults.settings
    return reply({"faults": settings.as_dict() if settings else None})


async def expire_tokens(request: web.Request) -> web.Response:
    return reply({"expired": request.app[CTX].tokens.expire_all()})


async def restart(request: web.Request) -> web.Response:
    body = await _body(request)
    down_for = body.get("down_for", 3.0)
    if isinstance(down_for, bool) or not isinstance(down_for, (int, float)) \
            or not 0 <= down_for <= 300:
        raise _bad("down_for must be between 0 and 300 seconds")
    try:
        request.app[RESTART](float(down_for))
    except RuntimeError as exc:
        raise _error(409, "RESTARTING", str(exc)) from None
    return reply({"restarting": True, "down_for": float(down_for)})


async def get_requests(request: web.Request) -> web.Response:
    log = request.app[CTX].requests
    rows = log.select(request.query.get("path", ""), request.query.get("method", "").upper())
    return reply({"requests": rows, "total": len(rows),
                  "connections": len({row["connection"] for row in rows})})


async def clear_requests(request: web.Request) -> web.Response:
    request.app[CTX].requests.clear()
    return reply({"cleared": True})


async def set_traffic(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    body = await _body(request)
    enabled = body.get("enabled", ctx.traffic.running)
    if not isinstance(enabled, bool):
        raise _bad("enabled must be true or false")
    if "interval" in body:
        try:
            ctx.config.update({"traffic_interval": body["interval"]})
        except ValueError as exc:
            raise _bad(str(exc)) from None
    if enabled:
        ctx.traffic.start()
    else:
        await ctx.traffic.stop()
    return reply({"enabled": ctx.traffic.running,
                  "interval": list(ctx.config.traffic_interval),
                  "calls_made": ctx.traffic.calls_made})


async def set_config(request: web.Request) -> web.Response:
    ctx = request.app[CTX]
    body = await _body(request)
    traffic = body.pop("traffic", None)
    try:
        ctx.config.update(body)
    except ValueError as exc:
        raise _bad(str(exc)) from None
    if traffic is True:
        ctx.traffic.start()
    elif traffic is False:
        await ctx.traffic.stop()
    return reply(ctx.config.as_dict())


async def get_config(request: web.Request) -> web.Response:
    return reply(request.app[CTX].config.as_dict())


async def webhook_log(request: web.Request) -> web.Response:
    rows = list(request.app[CTX].webhooks.deliveries)
    return reply({"deliveries": rows, "total": len(rows)})


def register(app: web.Application) -> None:
    r = app.router
    r.add_get("/_sim/state", state)
    r.add_post("/_sim/calls/inbound", inbound)
    for action in ("answer", "hangup", "hold", "unhold"):
        r.add_post(f"/_sim/calls/{{call_id}}/{action}", _call_action(action))
    r.add_post("/_sim/extensions/{ext}/login", _extension_action(True))
    r.add_post("/_sim/extensions/{ext}/logout", _extension_action(False))
    r.add_get("/_sim/faults", get_faults)
    r.add_post("/_sim/faults", set_faults)
    r.add_delete("/_sim/faults", clear_faults)
    r.add_post("/_sim/tokens/expire", expire_tokens)
    r.add_post("/_sim/restart", restart)
    r.add_get("/_sim/requests", get_requests)
    r.add_delete("/_sim/requests", clear_requests)
    r.add_post("/_sim/traffic", set_traffic)
    r.add_get("/_sim/config", get_config)
    r.add_post("/_sim/config", set_config)
    r.add_get("/_sim/webhooks", webhook_log)
