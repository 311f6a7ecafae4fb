"""The queue dialer: the PBX dials the customers of running autodialer and autocall queues.

A running queue dials its customers in import order, one call every `queue_dial_delay` seconds
while it has room: an autocall queue up to `concurrent_call` calls at once (1 when not given),
an autodialer queue `precall_ratio` percent calls per free agent of `queue_agents` (a
comma-separated list of extensions; free: logged in and in no call), counting the calls still
ringing. Each call is `CallEngine.dial_out`: the customer's phone rings from the default hotline
and answers, is busy or rings out by the engine's seeded rules. An autocall call plays its
template for `talk_time`; an autodialer call is put through to a free agent of the queue (the
call becomes that agent's, as a click-to-call), or dropped (CDR `cancel`, NO_USER_RESPONSE) when
none is free.

A customer is `new`, then `queue` while dialled or waiting to be dialled again, then final:
`answered`, `busy`, `no-answered`, `cancel` or `fail` (dropped, or a call the PBX could not
complete). A call that did not succeed is repeated after `queue_recall_delay`, up to
`max_recall_count` times, each time on the customer's next mobile; an autocall customer who hung
up within `min_recall_duration` seconds (times `queue_time_scale`) of picking up is called again
too, and counts as answered once the recalls are used up. A do-not-call customer not dialled yet
becomes `cancel` and is skipped; one already dialled goes on as it was. When a queue customer's id
is a tenant customer's `customer_id` or `customer_code` (in the queue's campaign, for an
autodialer), that customer's status follows.

Stop: no new calls, calls in progress end as they would. Start: goes on. Delete: forgotten. There
is at most one timer per queue and none once the engine stops.
"""

from __future__ import annotations

import asyncio
import logging
import math
from datetime import datetime, timezone
from functools import partial
from typing import TYPE_CHECKING, Any

from agent_desktop.sim.calls import Call
from agent_desktop.sim.queues import DELETED, NEW, QUEUED, RUNNING, Queue, QueueEntry
from agent_desktop.sim.tenant import Cdr, Customer

if TYPE_CHECKING:
    from agent_desktop.sim.engine import CallEngine

log = logging.getLogger(__name__)

NO_AGENT_CAUSE = "NO_USER_RESPONSE"


class QueueDialer:
    """Owned by the call engine; `changed` hears about every queue change."""

    def __init__(self, engine: CallEngine) -> None:
        self.engine = engine
        self.queues: dict[tuple[str, str], Queue] = {}  # the live ones (not deleted)
        self._timers: dict[tuple[str, str], tuple[float, asyncio.Handle]] = {}  # due, handle
        self._stopped = False

    # --- what the queue routes tell us -----------------------------------------------------
    def changed(self, queue: Queue) -> None:
        key = (queue.kind, queue.queue_code)
        if queue.state == DELETED:
            self.queues.pop(key, None)
            self._cancel(key)
            return
        self.queues[key] = queue
        self._sync(queue)
        if queue.state == RUNNING:
            self._schedule(queue, 0.0)
        else:
            self._cancel(key)

    def is_scheduled(self, kind: str, queue_code: str) -> bool:
        """Whether the queue will look for someone to dial again (a timer is set)."""
        return (kind, queue_code) in self._timers

    def stop(self) -> None:
        self._stopped = True
        for key in list(self._timers):
            self._cancel(key)

    def _sync(self, queue: Queue) -> None:
        """Entries for new or re-imported customers; do-not-call customers not dialled yet."""
        for cid, customer in queue.customers.items():
            entry = queue.entries.get(cid)
            if entry is None or (entry.customer is not customer and not entry.call_id):
                queue.entries[cid] = QueueEntry(cid, customer)
                self._set_status(queue, queue.entries[cid], NEW)
            elif entry.customer is not customer:
                entry.customer = customer  # re-imported mid-call: that call goes on
        for cid in queue.dnc:
            entry = queue.entries.get(cid)
            if entry is not None and entry.status == NEW and not entry.attempts:
                self._set_status(queue, entry, "cancel")

    # --- pacing ----------------------------------------------------------------------------
    def _loop(self) -> asyncio.AbstractEventLoop:
        return self.engine.loop or asyncio.get_running_loop()

    def _schedule(self, queue: Queue, delay: float) -> None:
        """Pump `queue` after `delay` unless it is already due to pump sooner."""
        if self._stopped:
            return
        key = (queue.kind, queue.queue_code)
        loop = self._loop()
        when = loop.time() + max(0.0, delay)
        pending = self._timers.get(key)
        if pending is not None:
            due, handle = pending
            if due <= when:
                return
            handle.cancel()
        # the due time is kept here: qasync's handles have no when()
        self._timers[key] = (when, loop.call_at(when, self._fire, queue))

    def _cancel(self, key: tuple[str, str]) -> None:
        pending = self._timers.pop(key, None)
        if pending is not None:
            pending[1].cancel()

    def _fire(self, queue: Queue) -> None:
        self._timers.pop((queue.kind, queue.queue_code), None)
        try:
            self._pump(queue)
        except Exception:  # a bug here must not kill the loop's other callbacks
            log.exception("queue %s dialer failed", queue.queue_code)

    def _pump(self, queue: Queue) -> None:
        """Place the next call if there is room, then decide when to look again."""
        if self._stopped or queue.state != RUNNING or \
                self.queues.get((queue.kind, queue.queue_code)) is not queue:
            return
        now = self._loop().time()
        waiting = [e for e in queue.entries.values() if not e.final and not e.call_id]
        due = [e for e in waiting if e.due <= now]
        room = self._room(queue)
        cfg = self.engine.config
        if due and room > 0:
            self._dial(queue, due[0])
            if len(due) > 1 and room > 1:
                self._schedule(queue, cfg.queue_dial_delay)
                return
        later = [e.due - now for e in waiting if e.due > now]
        if later:
            self._schedule(queue, min(later))
        if due and queue.kind == "autodialer" and room <= 0 and not self._ringing(queue):
            # nobody to dial for: agents may log in or hang up other calls meanwhile
            self._schedule(queue, cfg.queue_idle_poll)

    def _room(self, queue: Queue) -> int:
        """How many more calls the queue may place now."""
        in_call = [e for e in queue.entries.values() if e.call_id]
        if queue.kind == "autocall":
            return max(1, _count(queue.settings.get("concurrent_call"), 1)) - len(in_call)
        ratio = _count(queue.settings.get("precall_ratio"), 100) or 100
        allowed = math.ceil(len(self.free_agents(queue)) * ratio / 100)
        return allowed - self._ringing(queue)

    @staticmethod
    def _ringing(queue: Queue) -> int:
        return sum(1 for e in queue.entries.values() if e.call_id and not e.agent)

    def free_agents(self, queue: Queue) -> list[str]:
        """The autodialer queue's extensions that are logged in and in no call."""
        raw = queue.settings.get("queue_agents") or ""
        exts = raw if isinstance(raw, list) else str(raw).split(",")
        engine = self.engine
        return [ext for ext in (str(e).strip() for e in exts)
                if ext and engine.is_registered(ext) and not engine.is_busy(ext)]

    # --- one call --------------------------------------------------------------------------
    def _dial(self, queue: Queue, entry: QueueEntry) -> None:
        mobiles = [str(m).strip() for m in entry.customer.get("mobiles") or []]
        phone = mobiles[entry.attempts % len(mobiles)]
        entry.attempts += 1
        entry.agent = ""
        self._set_status(queue, entry, QUEUED)
        customer = self.tenant_customer(queue, entry.customer_id)
        call = self.engine.dial_out(
            phone, customer_id=customer.customer_code if customer else entry.customer_id,
            on_answer=partial(self._answered, queue, entry),
            on_end=partial(self._ended, queue, entry))
        entry.call_id = call.id

    def _answered(self, queue: Queue, entry: QueueEntry, call: Call) -> bool:
        """The customer picked up: autocall plays its template; autodialer needs an agent."""
        if queue.kind == "autocall":
            return True
        free = self.free_agents(queue)
        if not free:
            return False
        leg = call.legs[0]
        leg.ext, leg.role, leg.answered = free[0], "agent", datetime.now()
        call.ext = entry.agent = free[0]
        if queue.state == RUNNING and self.queues.get((queue.kind, queue.queue_code)) is queue:
            self._schedule(queue, self.engine.config.queue_dial_delay)  # one less ringing
        return True

    def _ended(self, queue: Queue, entry: QueueEntry, call: Call, cdr: Cdr) -> None:
        entry.call_id = ""
        entry.results.append(cdr.status)
        status, succeeded = self._outcome(queue, cdr)
        alive = self.queues.get((queue.kind, queue.queue_code)) is queue
        recalls = _count(queue.settings.get("max_recall_count"), 0)
        if succeeded or not alive or entry.attempts > recalls:
            self._set_status(queue, entry, status)
        else:
            entry.due = self._loop().time() + self.engine.config.queue_recall_delay
            self._set_status(queue, entry, QUEUED)
        if alive and queue.state == RUNNING:
            self._schedule(queue, self.engine.config.queue_dial_delay)

    def _outcome(self, queue: Queue, cdr: Cdr) -> tuple[str, bool]:
        """The customer status one call gives, and whether it needs no recall."""
        if cdr.status == "answered":
            if queue.kind == "autocall" and cdr.answered is not None:
                least = _count(queue.settings.get("min_recall_duration"), 0) * \
                    self.engine.config.queue_time_scale
                talked = (cdr.ended - cdr.answered).total_seconds()
                return "answered", talked >= least
            return "answered", True
        if cdr.status in ("busy", "no-answered"):
            return cdr.status, False
        if cdr.status == "cancel" and cdr.cause != NO_AGENT_CAUSE:
            return "cancel", False
        return "fail", False

    # --- the tenant's customers ------------------------------------------------------------
    def tenant_customer(self, queue: Queue, customer_id: str) -> Customer | None:
        """The tenant customer a queue customer id names: by customer_id, else customer_code
        (in the queue's campaign, for an autodialer queue)."""
        tenant = self.engine.tenant
        found = tenant.customer(customer_id)
        if found is not None:
            return found
        campaign = queue.settings.get("campaign_id") if queue.kind == "autodialer" else None
        return next((c for c in tenant.customers if c.customer_code == customer_id
                     and (not campaign or c.campaign_id == campaign)), None)

    def _set_status(self, queue: Queue, entry: QueueEntry, status: str) -> None:
        entry.status = status
        customer = self.tenant_customer(queue, entry.customer_id)
        if customer is not None and customer.status != status:
            customer.status = status
            customer.updated_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _count(value: Any, default: int) -> int:
    """A queue setting that the import checked to be a count (int or digits), else `default`."""
    if isinstance(value, bool) or value is None:
        return default
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text) if text.isdigit() else default
