"""What the PBX answers, as frozen dataclasses named the way the vendor docs name the fields.

Each model has a ``parse`` classmethod that reads it from decoded JSON through ``Fields``: unknown
extra fields are tolerated, a missing or ill-typed required field raises ProtocolError naming it.
Secrets (api_key, token, callback_apikey) are left out of ``repr`` so they never reach a log.
Requests with several fields (click-to-call options, queues, new customers) are dataclasses too.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

from .fields import Fields

T = TypeVar("T")


# --- authentication ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginInfo:
    """``data`` of ``POST /v1/auth``: the account."""

    api_key: str = field(repr=False)
    domain_uuid: str
    enabled: bool
    extension: str
    level: str
    user_uuid: str
    username: str

    @classmethod
    def parse(cls, f: Fields) -> LoginInfo:
        return cls(
            api_key=f.str("api_key"),
            domain_uuid=f.str("domain_uuid", required=False),
            enabled=f.bool("enabled", required=False, default=True),
            extension=f.str("extension"),
            level=f.str("level", required=False),
            user_uuid=f.str("user_uuid"),
            username=f.str("username"),
        )

    @property
    def is_admin(self) -> bool:
        return self.level.lower() in SUPERVISOR_LEVELS


SUPERVISOR_LEVELS = frozenset({"admin", "superadmin", "supervisor", "manager"})


@dataclass(frozen=True)
class AccessToken:
    """``data`` of ``POST /v2/auth/token``."""

    client_id: str
    domain_uuid: str
    expired_in: int
    refresh_token: str = field(repr=False)
    token: str = field(repr=False)
    token_type: str
    user_id: str

    @classmethod
    def parse(cls, f: Fields) -> AccessToken:
        return cls(
            client_id=f.str("client_id", required=False),
            domain_uuid=f.str("domain_uuid", required=False),
            expired_in=f.int("expired_in", required=False, default=0) or 0,
            refresh_token=f.str("refresh_token", required=False),
            token=f.str("token"),
            token_type=f.str("token_type", required=False, default="Bearer") or "Bearer",
            user_id=f.str("user_id", required=False),
        )


# --- events (webhooks) ------------------------------------------------------------------------


class HookEvent(str, enum.Enum):
    """The SIP call events the PBX can hook; anything else it silently never sends."""

    RINGING = "ringing"
    ANSWERED = "answered"
    HANGUP = "hangup"
    CDR = "cdr"


@dataclass(frozen=True)
class EventHook:
    """One entry of ``GET /v1/event``."""

    event_domain_uuid: str
    domain_uuid: str
    domain_name: str
    event_name: str
    callback_url: str
    callback_apikey: str = field(repr=False)

    @classmethod
    def parse(cls, f: Fields) -> EventHook:
        return cls(
            event_domain_uuid=f.str("event_domain_uuid"),
            domain_uuid=f.str("domain_uuid", required=False),
            domain_name=f.str("domain_name", required=False),
            event_name=f.str("event_name"),
            callback_url=f.str("callback_url"),
            callback_apikey=f.str("callback_apikey", required=False),
        )


@dataclass(frozen=True)
class EventData:
    """What the PBX POSTs to a callback URL ("Event Hook Data")."""

    call_id: str
    sip_call_id: str
    domain: str
    direction: str
    from_number: str
    to_number: str
    hotline: str
    state: str
    duration: int | None
    billsec: int | None
    recording_url: str
    status: str

    @classmethod
    def parse(cls, f: Fields) -> EventData:
        return cls(
            call_id=f.str("call_id"),
            sip_call_id=f.str("sip_call_id", required=False),
            domain=f.str("domain", required=False),
            direction=f.str("direction", required=False).lower(),
            from_number=f.str("from_number", required=False),
            to_number=f.str("to_number", required=False),
            hotline=f.str("hotline", required=False),
            state=f.str("state").lower(),
            duration=f.int("duration", required=False),
            billsec=f.int("billsec", required=False),
            recording_url=f.str("recording_url", required=False),
            status=f.str("status", required=False).lower(),
        )


# --- CDRs -------------------------------------------------------------------------------------

# The default mapping's example sends direction as a number; see docs/api-conventions.md.
CDR_DIRECTION_CODES = {1: "inbound", 2: "local", 3: "outbound"}


class CdrStatus(str, enum.Enum):
    ANSWERED = "answered"
    BUSY = "busy"
    NO_ANSWERED = "no-answered"
    CANCEL = "cancel"
    NOT_AVAILABLE = "not-available"
    INVALID = "invalid"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, text: str) -> CdrStatus:
        key = text.strip().lower().replace("_", "-")
        aliases = {"no-answer": "no-answered", "noanswer": "no-answered", "cancelled": "cancel"}
        try:
            return cls(aliases.get(key, key))
        except ValueError:
            return cls.UNKNOWN


def _direction(value: str | int) -> str:
    if isinstance(value, int):
        return CDR_DIRECTION_CODES.get(value, str(value))
    return value.lower()


@dataclass(frozen=True)
class Cdr:
    """One call detail record, from either mapping, with the default mapping's names."""

    id: str
    sip_call_id: str
    cause: str
    duration: int
    direction: str
    recording_url: str
    extension: str
    from_number: str
    to_number: str
    receive_dest: str
    time_started: datetime | None
    time_answered: datetime | None
    time_ended: datetime | None
    status: str
    customer_id: str
    billsec: int | None = None
    time_ringing: datetime | None = None
    mapping: str = "default"

    @property
    def status_kind(self) -> CdrStatus:
        return CdrStatus.of(self.status)

    @classmethod
    def parse(cls, f: Fields) -> Cdr:
        return cls.parse_flex(f) if f.has("cdrId") else cls.parse_default(f)

    @classmethod
    def parse_default(cls, f: Fields) -> Cdr:
        return cls(
            id=f.str("id"),
            sip_call_id=f.str("sip_call_id", required=False),
            cause=f.str("cause", required=False),
            duration=f.int("duration", required=False, default=0) or 0,
            direction=_direction(f.str_or_int("direction", required=False)),
            recording_url=f.str("recording_url", required=False),
            extension=f.str("extension", required=False),
            from_number=f.str("from_number", required=False),
            to_number=f.str("to_number", required=False),
            receive_dest=f.str("receive_dest", required=False),
            time_started=f.datetime("time_started"),
            time_answered=f.datetime("time_answered"),
            time_ended=f.datetime("time_ended"),
            status=f.str("status", required=False).lower(),
            customer_id=f.str("customer_id", required=False),
            billsec=f.int("billsec", required=False),
            mapping="default",
        )

    @classmethod
    def parse_flex(cls, f: Fields) -> Cdr:
        direction = _direction(f.str_or_int("direction", required=False))
        extension = f.str("extensionId", required=False)
        other = f.str("to", required=False)
        inbound = direction == "inbound"
        return cls(
            id=f.str("cdrId"),
            sip_call_id=f.str("sip_call_id", required=False),
            cause="",
            duration=f.int("duration", required=False, default=0) or 0,
            direction=direction,
            recording_url=f.str("recordFile", required=False),
            extension=extension,
            from_number=other if inbound else extension,
            to_number=extension if inbound else other,
            receive_dest="",
            time_started=f.datetime("dialAt"),
            time_answered=f.datetime("answeredAt"),
            time_ended=f.datetime("hangupAt"),
            status=f.str("status", required=False).lower(),
            customer_id=f.str("customerId", required=False),
            billsec=f.int("billsec", required=False),
            time_ringing=f.datetime("ringAt"),
            mapping="flex",
        )

    @property
    def customer_number(self) -> str:
        """The number on the far side of the extension."""
        return self.from_number if self.direction == "inbound" else self.to_number


@dataclass(frozen=True)
class Page(Generic[T]):
    """One batch of a listing: ``data`` with the server's ``limit``, ``offset`` and ``total``.

    In the CDR list's scroll mode ``offset`` is the cursor of the next batch.
    """

    data: tuple[T, ...]
    limit: int
    offset: int
    total: int
    is_cursor: bool = False

    @property
    def next_offset(self) -> int:
        return self.offset if self.is_cursor else self.offset + len(self.data)

    @property
    def has_more(self) -> bool:
        return bool(self.data) and self.next_offset < self.total


@dataclass(frozen=True)
class CdrQuery:
    """Filters and paging of ``GET /v2/cdr``. ``page`` with ``limit`` selects pagination."""

    start_date: datetime | str | None = None
    end_date: datetime | str | None = None
    duration: int | None = None
    extension: str | None = None
    phone: str | None = None
    direction: str | None = None
    limit: int | None = None
    offset: int | None = None
    page: int | None = None

    @property
    def paginated(self) -> bool:
        return self.page is not None and self.limit is not None

    def params(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name in ("start_date", "end_date"):
            value = getattr(self, name)
            if isinstance(value, datetime):
                out[name] = value.strftime("%Y-%m-%d %H:%M:%S")
            elif value:
                out[name] = str(value)
        for name in ("duration", "extension", "phone", "direction", "limit", "offset", "page"):
            value = getattr(self, name)
            if value is not None and value != "":
                out[name] = str(value)
        return out


# --- live calls -------------------------------------------------------------------------------


class ChannelState(str, enum.Enum):
    """FreeSWITCH channel states (``switch_channel_state_t``), plus UNKNOWN for anything else."""

    CS_NEW = "CS_NEW"
    CS_INIT = "CS_INIT"
    CS_ROUTING = "CS_ROUTING"
    CS_SOFT_EXECUTE = "CS_SOFT_EXECUTE"
    CS_EXECUTE = "CS_EXECUTE"
    CS_EXCHANGE_MEDIA = "CS_EXCHANGE_MEDIA"
    CS_PARK = "CS_PARK"
    CS_CONSUME_MEDIA = "CS_CONSUME_MEDIA"
    CS_HIBERNATE = "CS_HIBERNATE"
    CS_RESET = "CS_RESET"
    CS_HANGUP = "CS_HANGUP"
    CS_REPORTING = "CS_REPORTING"
    CS_DESTROY = "CS_DESTROY"
    CS_NONE = "CS_NONE"
    UNKNOWN = "UNKNOWN"

    @classmethod
    def of(cls, text: str) -> ChannelState:
        try:
            return cls(text.strip().upper())
        except ValueError:
            return cls.UNKNOWN


_LIVE_CALL_TEXTS = ("call_id", "context", "destination", "direction", "ip", "source", "state")


@dataclass(frozen=True)
class LiveCall:
    """One entry of ``GET /v2/call``. ``state`` keeps the server's text, unknown values too."""

    call_id: str
    context: str
    created_time: datetime | None
    destination: str
    direction: str
    ip: str
    source: str
    state: str

    @property
    def channel_state(self) -> ChannelState:
        return ChannelState.of(self.state)

    @classmethod
    def parse_list(cls, f: Fields, name: str) -> tuple[LiveCall, ...]:
        """The calls of the list ``name`` of ``f`` (absent or null: none), as ``parse`` reads
        each. A list polled every second is read from the answer's bytes instead, remembering
        the calls it listed: see ``tel4vn.call_list``."""
        return tuple(map(cls.parse, f.objects(name, required=False)))

    @classmethod
    def parse(cls, f: Fields) -> LiveCall:
        try:  # every field a string, as the docs write them: what f.str gives, in one go
            call_id, context, destination, direction, ip, source, state = map(
                str.strip, map(f.raw.get, _LIVE_CALL_TEXTS))
        except TypeError:  # one missing, null or of another type: field by field, to say which
            pass
        else:
            return cls(call_id, context, f.datetime("created_time"), destination,
                       direction.lower(), ip, source, state)
        return cls(
            call_id=f.str("call_id"),
            context=f.str("context", required=False),
            created_time=f.datetime("created_time"),
            destination=f.str("destination", required=False),
            direction=f.str("direction", required=False).lower(),
            ip=f.str("ip", required=False),
            source=f.str("source", required=False),
            state=f.str("state"),
        )


@dataclass(frozen=True)
class CallList:
    data: tuple[LiveCall, ...]
    total: int


@dataclass(frozen=True)
class ClickToCallResult:
    """A placed call: ``call_id`` is the id it will have in ``GET /v2/call``."""

    status: str
    call_id: str

    @classmethod
    def parse(cls, f: Fields) -> ClickToCallResult:
        return cls(status=f.str("status"), call_id=f.str("call_id"))


@dataclass(frozen=True)
class CallActionResult:
    """The answer to transfer / listen / whisper / barge."""

    status: str
    call_id: str
    ext: str

    @classmethod
    def parse(cls, f: Fields) -> CallActionResult:
        return cls(
            status=f.str("status"),
            call_id=f.str("call_id", required=False),
            ext=f.str("ext", required=False),
        )


class ClickToCallMode(str, enum.Enum):
    ASYNC = "async"  # GET /v1/click2call/async: returns the call_id at once
    SYNC = "sync"  # GET /v1/click2call: returns when the extension answers or rejects
    CUSTOMER = "customer"  # POST /v2/click2call with the customer's id


@dataclass(frozen=True)
class ClickToCallOptions:
    """The optional URL parameters of the click-to-call GETs (TEL4VN), the ``hotline`` of
    OMICall's, and TeleCMI's ``webrtc`` / ``followme`` / ``extra_params``."""

    src_cid_name: str | None = None
    src_cid_number: str | None = None
    dest_cid_name: str | None = None
    dest_cid_number: str | None = None
    auto_answer: bool | None = None
    hotline: str | None = None
    is_encode: bool = False
    customer_id: str | None = None
    # TeleCMI: ring the agent's softphone (webrtc) or their mobile (followme, needs webrtc off),
    # and a JSON object sent back with the call's events
    webrtc: bool = True
    followme: bool = False
    extra_params: dict[str, Any] | None = None


class CallAction(str, enum.Enum):
    TRANSFER = "transfer"
    LISTEN = "listen"
    WHISPER = "whisper"
    BARGE = "barge"


# --- users and customers ----------------------------------------------------------------------


@dataclass(frozen=True)
class UserStatus:
    """``data`` of ``GET /v2/user/{id}/status``."""

    agent_name: str
    ext_loggedin: bool
    extension: str
    user_uuid: str
    username: str

    @classmethod
    def parse(cls, f: Fields) -> UserStatus:
        return cls(
            agent_name=f.str("agent_name", required=False),
            ext_loggedin=f.bool("ext_loggedin"),
            extension=f.str("extension"),
            user_uuid=f.str("user_uuid", required=False),
            username=f.str("username", required=False),
        )


class CustomerStatus(str, enum.Enum):
    NEW = "new"
    QUEUE = "queue"
    ANSWERED = "answered"
    BUSY = "busy"
    NO_ANSWERED = "no-answered"
    CANCEL = "cancel"
    FAIL = "fail"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, text: str) -> CustomerStatus:
        try:
            return cls(text.strip().lower().replace("_", "-"))
        except ValueError:
            return cls.UNKNOWN


@dataclass(frozen=True)
class Customer:
    """One customer of ``GET /v2/customer``."""

    campaign_id: str
    contract_number: str
    created_at: datetime | None
    customer_code: str
    customer_id: str
    customer_name: str
    phone_number: str
    status: str
    updated_at: datetime | None

    @property
    def status_kind(self) -> CustomerStatus:
        return CustomerStatus.of(self.status)

    @classmethod
    def parse(cls, f: Fields) -> Customer:
        return cls(
            campaign_id=f.str("campaign_id", required=False),
            contract_number=f.str("contract_number", required=False),
            created_at=f.datetime("created_at"),
            customer_code=f.str("customer_code", required=False),
            customer_id=f.str("customer_id"),
            customer_name=f.str("customer_name", required=False),
            phone_number=f.str("phone_number", required=False),
            status=f.str("status", required=False).lower(),
            updated_at=f.datetime("updated_at"),
        )


@dataclass(frozen=True)
class NewCustomer:
    """The body of ``POST /v2/customer``; every field but customer_name is required."""

    campaign_id: str
    customer_code: str
    phone_number: str
    contract_number: str
    customer_name: str = ""

    def body(self) -> dict[str, str]:
        return {
            "campaign_id": self.campaign_id,
            "customer_name": self.customer_name,
            "customer_code": self.customer_code,
            "phone_number": self.phone_number,
            "contract_number": self.contract_number,
        }


# --- dialer queues ----------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueCustomer:
    """A customer in an autodialer or autocall queue; ``extra`` carries the autocall fields
    (contract_number, upcoming_due_date, upcoming_amount, due_date, dpd, number_of_ovd_inst,
    total_ovd_amount) with the types the docs show."""

    id: str
    mobiles: tuple[str, ...]
    extra: tuple[tuple[str, Any], ...] = ()

    def body(self) -> dict[str, Any]:
        return {"id": self.id, "mobiles": list(self.mobiles), **dict(self.extra)}


@dataclass(frozen=True)
class AutodialerQueue:
    """The body of ``POST /v2/autodialer/queue`` (numbers are strings there, as documented)."""

    campaign_id: str
    queue_code: str
    precall_ratio: int
    max_recall_count: int
    queue_agents: str
    customers: tuple[QueueCustomer, ...]

    def body(self) -> dict[str, Any]:
        return {
            "campaign_id": self.campaign_id,
            "queue_code": self.queue_code,
            "precall_ratio": str(self.precall_ratio),
            "max_recall_count": str(self.max_recall_count),
            "queue_agents": self.queue_agents,
            "customers": [c.body() for c in self.customers],
        }


@dataclass(frozen=True)
class AutocallQueue:
    """The body of ``POST /v2/autocall/queue``."""

    queue_code: str
    template: str
    customers: tuple[QueueCustomer, ...]
    concurrent_call: int | None = None
    max_recall_count: int | None = None
    min_recall_duration: int | None = None

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"queue_code": self.queue_code, "template": self.template}
        for name in ("concurrent_call", "max_recall_count", "min_recall_duration"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        out["customers"] = [c.body() for c in self.customers]
        return out


@dataclass(frozen=True)
class ImportResult:
    """``data`` of the autocall import: the customer ids taken and refused."""

    success: tuple[str, ...]
    fail: tuple[str, ...]

    @classmethod
    def parse(cls, f: Fields) -> ImportResult:
        return cls(
            success=f.strings("success", required=False), fail=f.strings("fail", required=False)
        )
