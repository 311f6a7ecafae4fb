"""Autodialer (`/v2/autodialer/queue…`) and autocall (`/v2/autocall/queue…`) queues: received,
validated and kept with their state (running after import, stopped, running again, deleted) and
each customer's progress.

Every change reaches the call engine (`CallEngine.queue_changed`), whose queue dialer
(dialer.py) dials a running queue's customers and writes their progress into `Queue.entries`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiohttp import web

from agent_desktop.sim.auth import protect
from agent_desktop.sim.context import CTX
from agent_desktop.sim.envelopes import VendorError, json_object, reply
from agent_desktop.sim.tenant import User

RUNNING, STOPPED, DELETED = "running", "stopped", "deleted"
# A queue customer's status, as the customer table's: "new" (not dialled yet), "queue" (being
# dialled, or waiting to be dialled again), then one of the final ones.
NEW, QUEUED = "new", "queue"
FINAL_STATUSES = ("answered", "busy", "no-answered", "cancel", "fail")


@dataclass
class QueueEntry:
    """One customer of a queue, as the dialer sees it."""

    customer_id: str
    customer: dict[str, Any]  # as imported: a re-import replaces it and starts over
    status: str = NEW
    attempts: int = 0  # calls placed to this customer
    call_id: str = ""  # the call in progress
    agent: str = ""  # autodialer: the extension the call in progress was put through to
    due: float = 0.0  # loop time before which it is not dialled again
    results: list[str] = field(default_factory=list)  # each call's CDR status

    @property
    def final(self) -> bool:
        return self.status in FINAL_STATUSES

    def describe(self) -> dict[str, Any]:
        return {"id": self.customer_id, "status": self.status, "attempts": self.attempts,
                "in_call": bool(self.call_id), "agent": self.agent, "results": self.results}


@dataclass
class Queue:
    kind: str  # "autodialer" or "autocall"
    queue_code: str
    settings: dict[str, Any]
    state: str = RUNNING
    created: datetime = field(default_factory=datetime.now)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)  # by customer id
    dnc: set[str] = field(default_factory=set)
    entries: dict[str, QueueEntry] = field(default_factory=dict)  # by customer id, the dialer's

    def progress(self) -> dict[str, Any]:
        """How far the dialer got: customers dialled, answered, failed (a final status other
        than answered), skipped (do-not-call, never dialled), remaining (no final status)."""
        entries = list(self.entries.values())
        skipped = sum(1 for e in entries if e.status == "cancel" and not e.attempts)
        answered = sum(1 for e in entries if e.status == "answered")
        final = sum(1 for e in entries if e.final)
        return {"customers": len(entries), "dialed": sum(1 for e in entries if e.attempts),
                "calls": sum(e.attempts for e in entries),
                "in_call": sum(1 for e in entries if e.call_id), "answered": answered,
                "failed": final - answered - skipped, "skipped": skipped,
                "remaining": len(entries) - final,
                "finished": bool(entries) and final == len(entries)}

    def describe(self) -> dict[str, Any]:
        return {"kind": self.kind, "queue_code": self.queue_code, "state": self.state,
                "created": self.created.isoformat(timespec="seconds"),
                "settings": self.settings, "customers": list(self.customers.values()),
                "dnc": sorted(self.dnc), "progress": self.progress(),
                "entries": [e.describe() for e in self.entries.values()]}


class QueueStore:
    def __init__(self, on_change: Callable[[str, Queue], None] | None = None) -> None:
        self.queues: dict[tuple[str, str], Queue] = {}
        self.on_change = on_change or (lambda kind, queue: None)

    def get(self, kind: str, code: str) -> Queue | None:
        return self.queues.get((kind, code))

    def changed(self, queue: Queue) -> None:
        self.on_change(queue.kind, queue)

    def describe(self) -> list[dict[str, Any]]:
        return [q.describe() for q in self.queues.values()]


# --- autodialer: {"message": ...} envelopes ------------------------------------------------
def _dialer_error(message: str, status: int = 400) -> VendorError:
    return VendorError(status, {"message": message})


async def dialer_import(request: web.Request, user: User) -> web.Response:
    ctx = request.app[CTX]
    body = await json_object(request, _dialer_error)
    for name in ("campaign_id", "queue_code", "precall_ratio", "max_recall_count"):
        if _blank(body.get(name)):
            raise _dialer_error(f"{name} is required")
    for name in ("precall_ratio", "max_recall_count"):
        if not _is_count(body[name]):
            raise _dialer_error(f"{name} is invalid")
    customers = _customers(body, _dialer_error)
    if not isinstance(body["campaign_id"], str) or ctx.tenant.campaign(body["campaign_id"]) is None:
        raise _dialer_error("campaign is invalid")
    settings = {k: body.get(k) for k in ("campaign_id", "precall_ratio", "max_recall_count",
                                         "queue_agents")}
    queue = _upsert(ctx.queues, "autodialer", str(body["queue_code"]), settings)
    for customer in customers:
        queue.customers[str(customer["id"])] = customer
    ctx.queues.changed(queue)
    return reply({"message": "successfully"})


def _dialer_action(action: str) -> Callable[[web.Request, User], Any]:
    async def handle(request: web.Request, user: User) -> web.Response:
        ctx = request.app[CTX]
        body = await json_object(request, _dialer_error)
        code = body.get("queue_code")
        if _blank(code):
            raise _dialer_error("queue_code is required")
        queue = ctx.queues.get("autodialer", str(code))
        if queue is None:
            raise _dialer_error("queue not found", 404)
        _apply(ctx.queues, queue, action, lambda: _dialer_error("queue is running"))
        return reply({"message": "successfully"})

    handle.__name__ = f"dialer_{action}"
    return handle


# --- autocall: {"code": ..., "content": ...} envelopes -------------------------------------
def _call_error(content: str, status: int = 400) -> VendorError:
    return VendorError(status, {"code": status, "content": content})


async def autocall_import(request: web.Request, user: User) -> web.Response:
    ctx = request.app[CTX]
    body = await json_object(request, _call_error)
    for name in ("queue_code", "template"):
        if _blank(body.get(name)) or not isinstance(body[name], str):
            raise _call_error(f"{name} is required")
    for name in ("concurrent_call", "max_recall_count", "min_recall_duration"):
        if name in body and not _is_count(body[name]):
            raise _call_error(f"{name} is invalid")
    raw = body.get("customers")
    if not isinstance(raw, list):
        raw = []
    success: list[str] = []
    fail: list[str] = []
    accepted: list[dict[str, Any]] = []
    for position, customer in enumerate(raw):
        cid = customer.get("id") if isinstance(customer, dict) else None
        mobiles = customer.get("mobiles") if isinstance(customer, dict) else None
        label = str(cid) if not _blank(cid) else f"customers[{position}]"
        if _blank(cid) or not _mobiles_ok(mobiles):
            fail.append(label)
        else:
            success.append(label)
            accepted.append(customer)
    if not success:
        raise VendorError(400, {"code": 400, "content": "import fail",
                                "data": {"fail": fail, "success": []}})
    settings = {k: body.get(k) for k in ("template", "concurrent_call", "max_recall_count",
                                         "min_recall_duration")}
    queue = _upsert(ctx.queues, "autocall", body["queue_code"], settings)
    for customer in accepted:
        queue.customers[str(customer["id"])] = customer
    ctx.queues.changed(queue)
    return reply({"code": 200, "content": "successfully",
                  "data": {"fail": fail, "success": success}})


async def autocall_dnc(request: web.Request, user: User) -> web.Response:
    ctx = request.app[CTX]
    body = await json_object(request, _call_error)
    queue = _autocall_queue(ctx, body)
    raw = body.get("customers")
    if not isinstance(raw, list) or not raw:
        raise _call_error("customers is required")
    ids = [c.get("id") if isinstance(c, dict) else None for c in raw]
    if any(_blank(i) for i in ids):
        raise _call_error("customers.id is required")
    queue.dnc.update(str(i) for i in ids)
    ctx.queues.changed(queue)
    return reply({"code": 200, "content": "successfully"})


def _autocall_queue(ctx: Any, body: dict[str, Any]) -> Queue:
    code = body.get("queue_code")
    if _blank(code):
        raise _call_error("queue_code is required")
    queue = ctx.queues.get("autocall", str(code))
    if queue is None:
        raise _call_error("queue not found", 404)
    return queue


def _autocall_action(action: str) -> Callable[[web.Request, User], Any]:
    async def handle(request: web.Request, user: User) -> web.Response:
        ctx = request.app[CTX]
        body = await json_object(request, _call_error)
        queue = _autocall_queue(ctx, body)
        _apply(ctx.queues, queue, action, lambda: _call_error("queue is running"))
        return reply({"code": 200, "content": "successfully"})

    handle.__name__ = f"autocall_{action}"
    return handle


# --- shared --------------------------------------------------------------------------------
def _upsert(store: QueueStore, kind: str, code: str, settings: dict[str, Any]) -> Queue:
    queue = store.get(kind, code)
    if queue is None:
        queue = store.queues[(kind, code)] = Queue(kind, code, settings)
    else:
        queue.settings.update({k: v for k, v in settings.items() if v is not None})
    return queue


def _apply(store: QueueStore, queue: Queue, action: str,
           running: Callable[[], VendorError]) -> None:
    if action == "stop":
        queue.state = STOPPED
    elif action == "start":
        queue.state = RUNNING
    elif action == "delete":
        if queue.state == RUNNING:
            raise running()
        del store.queues[(queue.kind, queue.queue_code)]
        queue.state = DELETED
    store.changed(queue)


def _customers(body: dict[str, Any], error: Callable[[str], VendorError]) -> list[dict[str, Any]]:
    raw = body.get("customers")
    if not isinstance(raw, list) or not raw:
        raise error("customers is required")
    for customer in raw:
        if not isinstance(customer, dict) or _blank(customer.get("id")):
            raise error("customers.id is required")
        if not _mobiles_ok(customer.get("mobiles")):
            raise error("customers.mobiles is required")
    return raw


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_count(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value >= 0
    return isinstance(value, str) and value.strip().isdigit()


def _mobiles_ok(mobiles: Any) -> bool:
    return isinstance(mobiles, list) and bool(mobiles) and all(
        isinstance(m, str) and m.strip().lstrip("+").isdigit() for m in mobiles)


def register(app: web.Application) -> None:
    add = app.router.add_post
    add("/v2/autodialer/queue", protect(dialer_import, admin=True))
    add("/v2/autocall/queue", protect(autocall_import, admin=True))
    add("/v2/autocall/queue/dnc", protect(autocall_dnc, admin=True))
    for action in ("stop", "start", "delete"):
        add(f"/v2/autodialer/queue/{action}", protect(_dialer_action(action), admin=True))
        add(f"/v2/autocall/queue/{action}", protect(_autocall_action(action), admin=True))
