"""The simulated tenant's data: users and extensions, ring groups, hotlines, campaigns, customers,
event hooks and CDRs, with the look-ups the server and the call engine need.

Only plain data lives here; `demo_tenant.py` fills it, `engine.py` changes who is in a call and
appends CDRs, `cdr_query.py` renders CDRs in the vendor's mappings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

# Vendor strings for CDR directions; the default mapping sends the integer.
DIRECTION_CODES = {"inbound": 1, "local": 2, "outbound": 3}
CDR_STATUSES = ("answered", "busy", "no-answered", "cancel", "not-available", "invalid")
CUSTOMER_STATUSES = ("new", "queue", "answered", "busy", "no-answered", "cancel", "fail",
                     "unknown")
ZERO_TIME = "0001-01-01T00:00:00Z"


@dataclass
class User:
    username: str
    password: str
    user_uuid: str
    api_key: str
    level: str  # "admin" or "user"
    extension: str
    agent_name: str
    ip: str  # where the softphone registers from; the `ip` of live calls
    ext_loggedin: bool = False
    enabled: bool = True

    @property
    def is_admin(self) -> bool:
        return self.level == "admin"


@dataclass
class RingGroup:
    number: str
    name: str
    members: list[str]


@dataclass
class Campaign:
    campaign_id: str
    name: str


@dataclass
class Customer:
    customer_id: str
    campaign_id: str
    customer_code: str
    customer_name: str
    phone_number: str
    contract_number: str
    status: str  # lower case, as the docs' table
    created_at: str  # RFC 3339, UTC, microseconds
    updated_at: str = ZERO_TIME


@dataclass
class EventHook:
    event_domain_uuid: str
    event_name: str
    callback_url: str
    callback_apikey: str


@dataclass
class Cdr:
    """One call detail record, holding what both mappings need."""

    id: str
    sip_call_id: str
    direction: str  # inbound / outbound / local
    status: str  # lower case, one of CDR_STATUSES
    cause: str
    extension: str
    from_number: str
    to_number: str
    receive_dest: str
    started: datetime
    ring_at: datetime | None
    answered: datetime | None
    ended: datetime
    customer_id: str = ""
    has_recording: bool = False

    @property
    def duration(self) -> int:
        return max(0, round((self.ended - self.started).total_seconds()))

    @property
    def billsec(self) -> int:
        if self.answered is None:
            return 0
        return max(0, round((self.ended - self.answered).total_seconds()))

    @property
    def customer_number(self) -> str:
        """The outside party: who called in, or who was called."""
        return self.from_number if self.direction == "inbound" else self.to_number


@dataclass
class Tenant:
    domain_name: str
    domain_uuid: str
    users: list[User] = field(default_factory=list)
    ring_groups: list[RingGroup] = field(default_factory=list)
    hotlines: list[str] = field(default_factory=list)
    campaigns: list[Campaign] = field(default_factory=list)
    customers: list[Customer] = field(default_factory=list)
    hooks: list[EventHook] = field(default_factory=list)
    cdrs: list[Cdr] = field(default_factory=list)

    # --- users and extensions --------------------------------------------------------------
    def user_by_username(self, username: str) -> User | None:
        return next((u for u in self.users if u.username == username), None)

    def user_by_api_key(self, api_key: str) -> User | None:
        return next((u for u in self.users if u.api_key == api_key), None)

    def user_by_id(self, user_id: str) -> User | None:
        """`user_id` is a username or a user_uuid, as the user-status endpoint allows."""
        return next((u for u in self.users if user_id in (u.username, u.user_uuid)), None)

    def user_by_extension(self, extension: str) -> User | None:
        return next((u for u in self.users if u.extension == extension), None)

    def ring_group(self, number: str) -> RingGroup | None:
        return next((g for g in self.ring_groups if g.number == number), None)

    @property
    def default_hotline(self) -> str:
        return self.hotlines[0] if self.hotlines else ""

    # --- customers -------------------------------------------------------------------------
    def campaign(self, campaign_id: str) -> Campaign | None:
        return next((c for c in self.campaigns if c.campaign_id == campaign_id), None)

    def customer(self, customer_id: str) -> Customer | None:
        return next((c for c in self.customers if c.customer_id == customer_id), None)

    def customer_by_phone(self, phone: str) -> Customer | None:
        wanted = normalize_phone(phone)
        return next((c for c in self.customers if normalize_phone(c.phone_number) == wanted),
                    None)

    # --- CDRs ------------------------------------------------------------------------------
    def cdr(self, ident: str) -> Cdr | None:
        """A CDR by its id or its sip_call_id, as `GET /v2/cdr/{id}` allows."""
        ident = ident.strip()
        return next((c for c in self.cdrs if ident in (c.id, c.sip_call_id)), None)

    def add_cdr(self, cdr: Cdr) -> None:
        self.cdrs.append(cdr)


_PHONE_PREFIX = re.compile(r"^(?:\+?84)")


def normalize_phone(phone: str) -> str:
    """`0899888999`, `84899888999` and `+84899888999` all become `0899888999`."""
    digits = phone.strip().replace(" ", "").replace("-", "").replace(".", "")
    if digits.startswith("+84") or (digits.startswith("84") and len(digits) >= 11):
        return "0" + _PHONE_PREFIX.sub("", digits, count=1)
    return digits
