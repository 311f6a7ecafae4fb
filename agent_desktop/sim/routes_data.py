"""Vendor routes over the tenant's data: event hooks (`/v1/event`), CDRs (`/v2/cdr`), user status
(`/v2/user/{id}/status` and `/v2/customer/user/{id}/status`) and customers (`/v2/customer`).
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timezone
from typing import Any

from aiohttp import web

from agent_desktop.sim import cdr_query
from agent_desktop.sim.auth import protect
from agent_desktop.sim.context import CTX, base_url
from agent_desktop.sim.envelopes import (
    VendorError,
    bad_request,
    envelope,
    json_object,
    not_found,
    reply,
)
from agent_desktop.sim.tenant import ZERO_TIME, Customer, EventHook, User

PHONE_PATTERN = "^(84|0[3|5|7|8|9])+([0-9]{8})$"
_PHONE = re.compile(PHONE_PATTERN)
CUSTOMER_REQUIRED = ("campaign_id", "customer_code", "phone_number", "contract_number")
CUSTOMER_FIELDS = CUSTOMER_REQUIRED + ("customer_name",)


# --- events --------------------------------------------------------------------------------
async def list_events(request: web.Request, user: User) -> web.Response:
    tenant = request.app[CTX].tenant
    return reply({"data": [{
        "event_domain_uuid": hook.event_domain_uuid,
        "domain_uuid": tenant.domain_uuid,
        "domain_name": tenant.domain_name,
        "event_name": hook.event_name,
        "callback_url": hook.callback_url,
        "callback_apikey": hook.callback_apikey,
    } for hook in tenant.hooks]})


async def create_event(request: web.Request, user: User) -> web.Response:
    tenant = request.app[CTX].tenant
    body = await json_object(request, bad_request)
    for name in ("callback_url", "event"):
        value = body.get(name)
        if not isinstance(value, str) or not value.strip():
            raise bad_request(f"{name} is required")
    apikey = body.get("callback_apikey", "")
    if not isinstance(apikey, str):
        raise bad_request("callback_apikey is invalid")
    tenant.hooks.append(EventHook(str(uuid.uuid4()), body["event"].strip(),
                                  body["callback_url"].strip(), apikey))
    return reply({"created": True})


async def delete_event(request: web.Request, user: User) -> web.Response:
    tenant = request.app[CTX].tenant
    hook_id = request.match_info["event_id"].strip()
    hook = next((h for h in tenant.hooks if h.event_domain_uuid == hook_id), None)
    if hook is None:
        raise not_found()
    tenant.hooks.remove(hook)
    return reply({"deleted": True})


# --- CDRs ----------------------------------------------------------------------------------
async def list_cdrs(request: web.Request, user: User) -> web.Response:
    ctx = request.app[CTX]
    try:
        mapping = cdr_query.pick_mapping(request.query, ctx.config.cdr_mapping)
        page = cdr_query.query_cdrs(ctx.tenant.cdrs, request.query)
    except cdr_query.QueryError as exc:
        raise bad_request(str(exc)) from None
    origin = base_url(request)
    return reply({"data": [cdr_query.render(c, mapping, origin) for c in page.rows],
                  "limit": page.limit, "offset": page.offset, "total": page.total})


async def get_cdr(request: web.Request, user: User) -> web.Response:
    ctx = request.app[CTX]
    try:
        mapping = cdr_query.pick_mapping(request.query, ctx.config.cdr_mapping)
    except cdr_query.QueryError as exc:
        raise bad_request(str(exc)) from None
    cdr = ctx.tenant.cdr(request.match_info["cdr_id"])
    if cdr is None:
        raise not_found()
    return reply(cdr_query.render(cdr, mapping, base_url(request)))


# --- users ---------------------------------------------------------------------------------
async def user_status(request: web.Request, user: User) -> web.Response:
    target = request.app[CTX].tenant.user_by_id(request.match_info["user_id"].strip())
    if target is None:
        raise VendorError(404, envelope(404, "user is not existed", "Not Found"))
    return reply({"code": 200, "content": "successfully", "data": {
        "agent_name": target.agent_name,
        "ext_loggedin": "true" if target.ext_loggedin else "false",
        "extension": target.extension,
        "user_uuid": target.user_uuid,
        "username": target.username,
    }})


# --- customers -----------------------------------------------------------------------------
def render_customer(customer: Customer) -> dict[str, Any]:
    return {
        "campaign_id": customer.campaign_id,
        "contract_number": customer.contract_number,
        "created_at": customer.created_at,
        "customer_code": customer.customer_code,
        "customer_id": customer.customer_id,
        "customer_name": customer.customer_name,
        "phone_number": customer.phone_number,
        "status": customer.status.upper(),
        "updated_at": customer.updated_at,
    }


async def list_customers(request: web.Request, user: User) -> web.Response:
    tenant = request.app[CTX].tenant
    campaign_id = request.query.get("campaign_id", "").strip()
    limit = _count(request, "limit", 10, minimum=1)
    offset = _count(request, "offset", 0, minimum=0)
    rows = [c for c in tenant.customers if not campaign_id or c.campaign_id == campaign_id]
    return reply({"code": 200, "content": "successfully",
                  "data": [render_customer(c) for c in rows[offset:offset + limit]],
                  "limit": limit, "offset": offset, "total": len(rows)})


def _count(request: web.Request, name: str, default: int, minimum: int) -> int:
    text = request.query.get(name, "").strip()
    if not text:
        return default
    try:
        value = int(text)
    except ValueError:
        raise bad_request(f"{name} is invalid") from None
    if value < minimum:
        raise bad_request(f"{name} is invalid")
    return min(value, 1000)


async def get_customer(request: web.Request, user: User) -> web.Response:
    customer = request.app[CTX].tenant.customer(request.match_info["customer_id"].strip())
    if customer is None:
        raise not_found()
    return reply({"code": 200, "content": "successfully", "data": render_customer(customer)})


async def create_customer(request: web.Request, user: User) -> web.Response:
    tenant = request.app[CTX].tenant
    body = await json_object(request, bad_request)
    problems: list[dict[str, str]] = []
    for name in CUSTOMER_FIELDS:
        value = body.get(name)
        if value is None or (value == "" and name in CUSTOMER_REQUIRED):
            if name in CUSTOMER_REQUIRED:
                problems.append({name: "is required"})
        elif not isinstance(value, str):
            problems.append({name: f"Invalid type. Expected: string, given: {_json_type(value)}"})
        elif name == "phone_number" and not _PHONE.match(value):
            problems.append({name: f"Does not match pattern '{PHONE_PATTERN}'"})
    if not problems and tenant.campaign(body["campaign_id"]) is None:
        problems.append({"campaign_id": "campaign is not existed"})
    if problems:
        raise bad_request(problems)
    customer = Customer(
        customer_id=str(uuid.uuid4()), campaign_id=body["campaign_id"],
        customer_code=body["customer_code"], customer_name=body.get("customer_name") or "",
        phone_number=body["phone_number"], contract_number=body["contract_number"],
        status="new", created_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        updated_at=ZERO_TIME)
    tenant.customers.append(customer)
    return reply({"code": 201, "content": "successfully", "id": customer.customer_id}, 201)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "string"


def register(app: web.Application) -> None:
    router = app.router
    router.add_get("/v1/event", protect(list_events, admin=True))
    router.add_post("/v1/event", protect(create_event, admin=True))
    router.add_delete("/v1/event/{event_id}", protect(delete_event, admin=True))
    router.add_get("/v2/cdr", protect(list_cdrs))
    router.add_get("/v2/cdr/{cdr_id}", protect(get_cdr))
    router.add_get("/v2/user/{user_id}/status", protect(user_status))
    router.add_get("/v2/customer/user/{user_id}/status", protect(user_status))
    router.add_get("/v2/customer", protect(list_customers))
    router.add_post("/v2/customer", protect(create_customer, admin=True))
    router.add_get("/v2/customer/{customer_id}", protect(get_customer))
