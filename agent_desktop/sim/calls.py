"""Live calls as the call engine keeps them: a `Call` (one flow, later one CDR) with its legs,
and how they look to the outside: `/v2/call` entries, webhook payloads and the final CDR.

A leg is one ringing or talking extension. A click-to-call has one agent leg whose call_id is
the call's id; an inbound call to an extension has one member leg with the call's id; an inbound
call to a ring group has one member leg per ringing member, each with its own call_id. A
supervisor's listen / whisper / barge adds a monitor leg.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from agent_desktop.sim.tenant import Cdr, Tenant

ROUTING = "CS_ROUTING"
EXECUTE = "CS_EXECUTE"
TALKING = "CS_EXCHANGE_MEDIA"
HELD = "CS_HIBERNATE"


@dataclass
class Leg:
    call_id: str
    ext: str
    # "agent" (click-to-call, or a queue call put through), "member" (inbound), "monitor"
    # (supervisor), "queue" (a queue's call with no agent on it: ext is "", the hotline calls)
    role: str
    state: str
    created: datetime
    answered: datetime | None = None
    mode: str = ""  # listen / whisper / barge, for monitor legs
    watches: str = ""  # a monitor leg: the call_id of the leg it listens to

    @property
    def is_up(self) -> bool:
        return self.state in (TALKING, HELD)


@dataclass
class Call:
    id: str
    sip_call_id: str
    direction: str  # "outbound" (click-to-call) or "inbound"
    customer_number: str
    hotline: str
    started: datetime
    ext: str = ""  # the extension side: caller, or who answered / the dialled extension
    target: str = ""  # inbound: the dialled extension or ring group
    receive_dest: str = ""  # inbound through a ring group: its number
    customer_id: str = ""
    ring_at: datetime | None = None
    answered_at: datetime | None = None
    legs: list[Leg] = field(default_factory=list)
    monitors: list[Leg] = field(default_factory=list)
    options: dict[str, str] = field(default_factory=dict)  # click-to-call caller-id settings
    timers: dict[str, asyncio.TimerHandle] = field(default_factory=dict)
    auto_answer: bool = False  # demo traffic answers it
    # click-to-call: None while the agent's phone rings, then "answered" or the failure cause
    agent_outcome: str | None = None
    agent_done: asyncio.Event = field(default_factory=asyncio.Event)
    # A queue's call (dialer.py): asked when the customer picks up (False: nobody takes it, the
    # call is dropped) and told the CDR when it ends.
    on_answer: Callable[[Call], bool] | None = None
    on_end: Callable[[Call, Cdr], None] | None = None

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None

    def leg(self, call_id: str) -> Leg | None:
        return next((leg for leg in self.legs + self.monitors if leg.call_id == call_id), None)

    @property
    def primary(self) -> Leg | None:
        """The extension leg that carries the conversation (None while a ring group rings)."""
        if self.direction == "outbound" or len(self.legs) == 1:
            return self.legs[0] if self.legs else None
        return next((leg for leg in self.legs if leg.answered), None)

    def extensions(self) -> set[str]:
        return {leg.ext for leg in self.legs + self.monitors}


def fmt_local(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def live_entry(call: Call, leg: Leg, tenant: Tenant) -> dict[str, Any]:
    """One `/v2/call` entry, keys in the docs' order."""
    if leg.role == "monitor":
        watched = call.leg(leg.watches)
        source, direction = leg.ext, "local"
        destination = watched.ext if watched is not None else call.ext
    elif call.direction == "outbound":
        source, destination, direction = leg.ext or call.hotline, call.customer_number, "outbound"
    else:
        source, destination, direction = call.customer_number, leg.ext, "inbound"
    user = tenant.user_by_extension(leg.ext)
    return {
        "call_id": leg.call_id,
        "context": tenant.domain_name,
        "created_time": fmt_local(leg.created),
        "destination": destination,
        "direction": direction,
        "ip": user.ip if user else "",
        "source": source,
        "state": leg.state,
    }


def event_payload(call: Call, leg: Leg | None, state: str, tenant: Tenant,
                  now: datetime) -> dict[str, Any]:
    """A webhook body for ringing / answered / hangup of one leg (or the call's only leg)."""
    ext = leg.ext if leg else call.ext
    if call.direction == "outbound":
        from_number, to_number = ext or call.hotline, call.customer_number
    else:
        from_number, to_number = call.customer_number, ext or call.target
    payload: dict[str, Any] = {
        "call_id": leg.call_id if leg else call.id,
        "sip_call_id": call.sip_call_id,
        "domain": tenant.domain_name,
        "direction": call.direction,
        "from_number": from_number,
        "to_number": to_number,
        "hotline": call.hotline,
        "state": state,
    }
    if state == "hangup":
        begun = leg.created if leg else call.started
        answered = leg.answered if leg else call.answered_at
        payload["duration"] = max(0, round((now - begun).total_seconds()))
        payload["billsec"] = max(0, round((now - answered).total_seconds())) if answered else 0
        payload["recording_url"] = ""  # as the docs' example has it; known once the CDR exists
    return payload


def cdr_payload(cdr: Cdr, call: Call, tenant: Tenant, recording: str) -> dict[str, Any]:
    """The `cdr` webhook body: the whole flow's id, the CDR's status in lower case."""
    if call.direction == "outbound":
        from_number, to_number = cdr.extension or cdr.from_number, cdr.to_number
    else:
        from_number, to_number = cdr.from_number, cdr.to_number
    return {
        "call_id": cdr.id,
        "sip_call_id": cdr.sip_call_id,
        "domain": tenant.domain_name,
        "direction": cdr.direction,
        "from_number": from_number,
        "to_number": to_number,
        "hotline": call.hotline,
        "state": "cdr",
        "duration": cdr.duration,
        "billsec": cdr.billsec,
        "recording_url": recording,
        "status": cdr.status,
    }


def build_cdr(call: Call, status: str, cause: str, ended: datetime) -> Cdr:
    """The CDR written when `call` hangs up."""
    if call.direction == "outbound":
        from_number, to_number = call.hotline or call.ext, call.customer_number
        extension = call.ext
    else:
        from_number = call.customer_number
        extension = call.ext
        to_number = extension or call.target
    return Cdr(
        id=call.id, sip_call_id=call.sip_call_id, direction=call.direction, status=status,
        cause=cause, extension=extension, from_number=from_number, to_number=to_number,
        receive_dest=call.receive_dest, started=call.started, ring_at=call.ring_at,
        answered=call.answered_at if status == "answered" else None, ended=ended,
        customer_id=call.customer_id, has_recording=status == "answered")
