"""The call engine: click-to-call and inbound calls through FreeSWITCH-like states, answers,
hang-ups, hold, transfer and supervisor legs, writing a CDR and emitting webhook events.

Everything runs on the current asyncio loop with `loop.call_later` timers; every method is
synchronous and quick, so the HTTP handlers and the control API never wait on the engine except
the synchronous click-to-call, which awaits `wait_for_agent`.

Click-to-call: the agent's phone rings (CS_ROUTING) and the simulated agent answers after
`agent_answer_delay` (at once with auto_answer); the customer's phone rings (CS_EXECUTE) and
answers with `customer_answer_probability` after `customer_answer_delay` (CS_EXCHANGE_MEDIA), or
is busy, or rings out; a talk of `talk_time` ends it. Inbound: the extension or each free member of
a ring group rings until the control API or demo traffic answers, or `ring_timeout` misses it.
A queue's call (`dial_out`, placed by the queue dialer in dialer.py) rings the customer the same
way from the hotline, with no agent until the dialer puts one through.
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from agent_desktop.sim.calls import (
    EXECUTE,
    HELD,
    ROUTING,
    TALKING,
    Call,
    Leg,
    build_cdr,
    cdr_payload,
    event_payload,
    live_entry,
)
from agent_desktop.sim.cdr_query import recording_url
from agent_desktop.sim.config import SimConfig
from agent_desktop.sim.dialer import QueueDialer
from agent_desktop.sim.tenant import Tenant

log = logging.getLogger(__name__)

MESSAGES = {
    "USER_NOT_REGISTERED": "User not registered extension with Softphone or IP Phone",
    "USER_BUSY": "User is busy in another call",
    "CALL_NOT_FOUND": "call not found",
    "CALL_NOT_ANSWERED": "call is not answered yet",
    "NO_ANSWER": "Extension did not answer",
    "CALL_REJECTED": "Extension rejected the call",
    "SHUTDOWN": "PBX is shutting down",
}
MONITOR_MODES = ("listen", "whisper", "barge")

EventSink = Callable[[str, dict[str, Any]], None]


class CallError(Exception):
    """A call could not be placed or acted on; `code` is the vendor's error string."""

    def __init__(self, code: str, status: int = 400, message: str = "") -> None:
        super().__init__(message or MESSAGES.get(code, code))
        self.code = code
        self.status = status
        self.message = message or MESSAGES.get(code, code)


def new_id() -> str:
    return str(uuid.uuid4())


class CallEngine:
    def __init__(self, tenant: Tenant, config: SimConfig, emit: EventSink | None = None) -> None:
        self.tenant = tenant
        self.config = config
        self.rng = random.Random(config.seed * 7919 + 1)
        self.calls: dict[str, Call] = {}
        self.emit: EventSink = emit or (lambda state, payload: None)
        self.base_url = ""  # for recording URLs in the cdr webhook; set by the Simulator
        # The loop the simulator runs on, set by the Simulator: on a Qt (qasync) loop a timer can
        # fire while asyncio has no running loop, so the engine never asks for "the running one".
        self.loop: asyncio.AbstractEventLoop | None = None
        self._stopped = False
        self.dialer = QueueDialer(self)

    # --- look-ups --------------------------------------------------------------------------
    def find(self, call_id: str) -> tuple[Call, Leg | None]:
        """The call with this flow id (leg None) or the call holding a leg with this call_id."""
        call_id = call_id.strip()
        if call_id in self.calls:
            return self.calls[call_id], None
        for call in self.calls.values():
            leg = call.leg(call_id)
            if leg is not None:
                return call, leg
        raise CallError("CALL_NOT_FOUND", status=404)

    def is_registered(self, ext: str) -> bool:
        user = self.tenant.user_by_extension(ext)
        return user is not None and user.ext_loggedin

    def is_busy(self, ext: str) -> bool:
        return any(ext in call.extensions() for call in self.calls.values())

    def check_available(self, ext: str) -> None:
        if not self.is_registered(ext):
            raise CallError("USER_NOT_REGISTERED")
        if self.is_busy(ext):
            raise CallError("USER_BUSY")

    def live_entries(self) -> list[dict[str, Any]]:
        """`GET /v2/call`'s data: one entry per ringing or talking leg, oldest first."""
        entries = [(leg.created, live_entry(call, leg, self.tenant))
                   for call in self.calls.values() for leg in call.legs + call.monitors]
        return [entry for _, entry in sorted(entries, key=lambda pair: pair[0])]

    # --- click-to-call ---------------------------------------------------------------------
    def click_to_call(self, ext: str, phone: str, *, hotline: str = "", customer_id: str = "",
                      auto_answer: bool = False, options: dict[str, str] | None = None) -> Call:
        self.check_available(ext)
        now = datetime.now()
        if not customer_id:
            customer = self.tenant.customer_by_phone(phone)
            customer_id = customer.customer_code if customer else ""
        call_id = new_id()
        call = Call(id=call_id, sip_call_id=new_id(), direction="outbound", customer_number=phone,
                    hotline=hotline or self.tenant.default_hotline, started=now, ext=ext,
                    customer_id=customer_id, options=dict(options or {}))
        call.legs.append(Leg(call_id, ext, "agent", ROUTING, now))
        self.calls[call_id] = call
        self._emit_leg(call, None, "ringing")
        cfg = self.config
        self._after(call, "ring_timeout", cfg.ring_timeout, self._finish, call, "invalid",
                    "NO_ANSWER")
        if auto_answer:
            self._agent_answered(call)
        elif cfg.agent_answer_delay is not None and \
                self.rng.random() < cfg.agent_answer_probability:
            self._after(call, "agent", cfg.agent_answer_delay, self._agent_answered, call)
        return call

    async def wait_for_agent(self, call: Call) -> None:
        """Return once the agent's phone answered; raise CallError if it rang out or hung up."""
        await call.agent_done.wait()
        if call.agent_outcome != "answered":
            raise CallError(call.agent_outcome or "NO_ANSWER")

    def _agent_answered(self, call: Call) -> None:
        if call.id not in self.calls or call.agent_outcome is not None:
            return
        self._cancel(call, "agent", "ring_timeout")
        now = datetime.now()
        leg = call.legs[0]
        leg.state, leg.answered, call.ring_at = EXECUTE, now, now
        call.agent_outcome = "answered"
        call.agent_done.set()
        self._ring_customer(call)

    def _ring_customer(self, call: Call) -> None:
        """The customer's phone rings: it answers, is busy or rings out, by the seeded rules."""
        cfg = self.config
        if self.rng.random() < cfg.customer_answer_probability:
            self._after(call, "customer", cfg.customer_answer_delay, self._customer_answered,
                        call)
        elif self.rng.random() < 0.5:
            self._after(call, "customer", cfg.customer_answer_delay, self._finish, call, "busy",
                        "USER_BUSY")
        else:
            self._after(call, "customer", cfg.ring_timeout, self._finish, call, "no-answered",
                        "NO_ANSWER")

    def _customer_answered(self, call: Call) -> None:
        if call.id not in self.calls or call.is_answered:
            return
        self._cancel(call, "customer")
        if call.on_answer is not None and not call.on_answer(call):
            self._finish(call, "cancel", "NO_USER_RESPONSE")  # a queue call nobody could take
            return
        call.answered_at = datetime.now()
        call.legs[0].state = TALKING
        self._emit_leg(call, None, "answered")
        self._start_talk(call)

    # --- calls a queue places (dialer.py) --------------------------------------------------
    def dial_out(self, phone: str, *, customer_id: str = "",
                 on_answer: Callable[[Call], bool] | None = None,
                 on_end: Callable[[Call, Any], None] | None = None) -> Call:
        """The PBX itself calls `phone` from the default hotline (no agent yet): the customer's
        phone rings at once (CS_EXECUTE) and answers, is busy or rings out like a click-to-call's
        customer. `on_answer` may put an agent on the call or refuse it; `on_end` gets the CDR."""
        now = datetime.now()
        call_id = new_id()
        call = Call(id=call_id, sip_call_id=new_id(), direction="outbound", customer_number=phone,
                    hotline=self.tenant.default_hotline, started=now, ring_at=now,
                    customer_id=customer_id, on_answer=on_answer, on_end=on_end)
        call.agent_outcome = "answered"  # nobody waits for an agent's phone
        call.legs.append(Leg(call_id, "", "queue", EXECUTE, now))
        self.calls[call_id] = call
        self._emit_leg(call, None, "ringing")
        self._ring_customer(call)
        return call

    # --- inbound ---------------------------------------------------------------------------
    def inbound(self, to: str, from_number: str, hotline: str = "",
                auto_answer: bool = False) -> Call:
        """An outside caller dials extension or ring group `to` (LookupError if neither)."""
        group = self.tenant.ring_group(to)
        if group is None and self.tenant.user_by_extension(to) is None:
            raise LookupError(f"no extension or ring group {to}")
        now = datetime.now()
        customer = self.tenant.customer_by_phone(from_number)
        call = Call(id=new_id(), sip_call_id=new_id(), direction="inbound",
                    customer_number=from_number, hotline=hotline or self.tenant.default_hotline,
                    started=now, ext="" if group else to, target=to,
                    receive_dest=group.number if group else "", ring_at=now,
                    customer_id=customer.customer_code if customer else "",
                    auto_answer=auto_answer)
        members = group.members if group else [to]
        free = [m for m in members if self.is_registered(m) and not self.is_busy(m)]
        self.calls[call.id] = call
        if not free:
            if group is None and self.is_registered(to):
                self._finish(call, "busy", "USER_BUSY")
            else:
                self._finish(call, "no-answered",
                             "NO_ANSWER" if group else "USER_NOT_REGISTERED")
            return call
        for member in free:
            call.legs.append(Leg(new_id() if group else call.id, member, "member", ROUTING, now))
        for leg in call.legs:
            self._emit_leg(call, leg, "ringing")
        cfg = self.config
        self._after(call, "ring_timeout", cfg.ring_timeout, self._finish, call, "no-answered",
                    "NO_ANSWER")
        if auto_answer and self.rng.random() < cfg.traffic_answer_probability:
            self._after(call, "answer", self.rng.uniform(*cfg.traffic_answer_delay),
                        self._traffic_answer, call)
        return call

    def _traffic_answer(self, call: Call) -> None:
        ringing = [leg for leg in call.legs if leg.state == ROUTING]
        if call.id in self.calls and ringing and not call.is_answered:
            self._member_answered(call, self.rng.choice(ringing))

    def _member_answered(self, call: Call, leg: Leg) -> None:
        self._cancel(call, "ring_timeout", "answer")
        now = datetime.now()
        for other in [other for other in call.legs if other is not leg]:
            call.legs.remove(other)
            self._emit_leg(call, other, "hangup")
        leg.state, leg.answered = TALKING, now
        call.answered_at, call.ext = now, leg.ext
        self._emit_leg(call, leg, "answered")
        self._start_talk(call)

    # --- actions (control API and supervisor endpoints) ------------------------------------
    def answer(self, call_id: str, ext: str | None = None) -> Call:
        """Pick up: the ringing agent or customer of a click-to-call, or an inbound leg."""
        call, leg = self.find(call_id)
        if call.is_answered or (leg is not None and leg.role == "monitor"):
            raise CallError("CALL_ALREADY_ANSWERED", 409, "call is already answered")
        if call.direction == "outbound":
            if call.legs[0].state == ROUTING:
                self._agent_answered(call)
            else:
                self._customer_answered(call)
            return call
        ringing = [leg] if leg is not None else list(call.legs)
        ringing = [r for r in ringing if r.state == ROUTING and (not ext or r.ext == ext)]
        if not ringing:
            raise CallError("EXTENSION_NOT_RINGING", 400, f"extension {ext} is not ringing")
        self._member_answered(call, ringing[0])
        return call

    def hangup(self, call_id: str, cause: str = "") -> Call:
        """Hang up a call (CDR written), one declining ring-group leg, or a supervisor's leg."""
        call, leg = self.find(call_id)
        if leg is not None and leg.role == "monitor":
            call.monitors.remove(leg)
            return call
        if leg is not None and leg.role == "member" and len(call.legs) > 1:
            call.legs.remove(leg)  # one member declines, the others keep ringing
            self._emit_leg(call, leg, "hangup")
            return call
        self._finish(call, *self._hangup_outcome(call, leg, cause))
        return call

    def _hangup_outcome(self, call: Call, leg: Leg | None, cause: str) -> tuple[str, str]:
        if call.is_answered:
            return "answered", cause or "NORMAL_CLEARING"
        if call.direction == "outbound":
            if call.legs[0].state == ROUTING:  # the agent rejects the click-to-call
                return "invalid", cause or "CALL_REJECTED"
            return "cancel", cause or "ORIGINATOR_CANCEL"  # the agent gives up
        if cause == "USER_BUSY":
            return "busy", cause
        if cause == "CALL_REJECTED" or leg is not None:  # the last ringing agent declines
            return "cancel", cause or "CALL_REJECTED"
        return "no-answered", cause or "ORIGINATOR_CANCEL"  # the caller gives up

    def hold(self, call_id: str, held: bool = True) -> Call:
        call, _ = self.find(call_id)
        primary = self._answered_leg(call)
        primary.state = HELD if held else TALKING
        return call

    def transfer(self, call_id: str, ext: str) -> Call:
        """Blind transfer: the extension side of the call (or of the given leg) becomes `ext`;
        a ringing leg goes on ringing there."""
        call, leg = self.find(call_id)
        moved = self._extension_leg(call, leg)
        self.check_available(ext)
        moved.ext = ext
        if moved.answered or call.direction == "outbound" or len(call.legs) == 1:
            call.ext = ext
        return call

    def monitor(self, call_id: str, ext: str, mode: str) -> Leg:
        """A supervisor at `ext` listens to, whispers to or barges into the call."""
        if mode not in MONITOR_MODES:
            raise ValueError(mode)
        call, leg = self.find(call_id)
        watched = self._extension_leg(call, leg)
        self.check_available(ext)
        now = datetime.now()
        monitor = Leg(new_id(), ext, "monitor", TALKING, now, answered=now, mode=mode,
                      watches=watched.call_id)
        call.monitors.append(monitor)
        return monitor

    @staticmethod
    def _extension_leg(call: Call, leg: Leg | None) -> Leg:
        """The leg a call action is about: the one named, else the one carrying the call."""
        if leg is not None and leg.role != "monitor":
            return leg
        return call.primary or call.legs[0]

    def _answered_leg(self, call: Call) -> Leg:
        primary = call.primary
        if not call.is_answered or primary is None:
            raise CallError("CALL_NOT_ANSWERED", 409)
        return primary

    def set_logged_in(self, ext: str, logged_in: bool) -> None:
        user = self.tenant.user_by_extension(ext)
        if user is None:
            raise LookupError(f"no extension {ext}")
        user.ext_loggedin = logged_in

    # --- queues ----------------------------------------------------------------------------
    def queue_changed(self, kind: str, queue: Any) -> None:
        """Called when an autodialer or autocall queue is created, started, stopped or deleted:
        the queue dialer (dialer.py) dials a running queue's customers."""
        self.dialer.changed(queue)

    # --- ending ----------------------------------------------------------------------------
    def _start_talk(self, call: Call) -> None:
        talk = self.rng.uniform(*self.config.talk_time)
        self._after(call, "talk", talk, self._finish, call, "answered", "NORMAL_CLEARING")

    def _finish(self, call: Call, status: str, cause: str) -> None:
        if self.calls.pop(call.id, None) is None:
            return
        self._cancel(call, *list(call.timers))
        now = datetime.now()
        if call.agent_outcome is None and call.direction == "outbound":
            call.agent_outcome = cause
            call.agent_done.set()
        if call.direction == "outbound":
            self._emit_leg(call, None, "hangup", now)
        else:
            for leg in call.legs:
                self._emit_leg(call, leg, "hangup", now)
        cdr = build_cdr(call, status, cause, now)
        self.tenant.add_cdr(cdr)
        self._emit("cdr", cdr_payload(cdr, call, self.tenant, recording_url(cdr, self.base_url)))
        if call.on_end is not None:
            try:
                call.on_end(call, cdr)
            except Exception:
                log.exception("queue call end failed")

    def stop(self) -> None:
        """Cancel every timer and wake whoever waits on a click-to-call; calls stay as they are."""
        self._stopped = True
        self.dialer.stop()
        for call in self.calls.values():
            self._cancel(call, *list(call.timers))
            if call.agent_outcome is None:
                call.agent_outcome = "SHUTDOWN"
                call.agent_done.set()

    # --- plumbing --------------------------------------------------------------------------
    def _after(self, call: Call, name: str, delay: float, fn: Callable[..., None],
               *args: Any) -> None:
        self._cancel(call, name)
        if self._stopped:
            return
        loop = self.loop or asyncio.get_running_loop()
        call.timers[name] = loop.call_later(max(0.0, delay), self._fire, call, name, fn, args)

    def _fire(self, call: Call, name: str, fn: Callable[..., None], args: tuple[Any, ...]) -> None:
        call.timers.pop(name, None)
        if self._stopped:
            return
        try:
            fn(*args)
        except Exception:  # a bug here must not kill the loop's other callbacks
            log.exception("call engine timer %s failed", name)

    @staticmethod
    def _cancel(call: Call, *names: str) -> None:
        for name in names:
            handle = call.timers.pop(name, None)
            if handle is not None:
                handle.cancel()

    def _emit_leg(self, call: Call, leg: Leg | None, state: str,
                  now: datetime | None = None) -> None:
        self._emit(state, event_payload(call, leg, state, self.tenant, now or datetime.now()))

    def _emit(self, state: str, payload: dict[str, Any]) -> None:
        try:
            self.emit(state, payload)
        except Exception:
            log.exception("emitting %s failed", state)
