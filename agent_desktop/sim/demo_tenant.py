"""Seeds the demo tenant described in docs/api-conventions.md ("Demo tenant").

Everything comes from one `random.Random(seed)`, so two simulators with the same seed hold the
same users, keys, customers and CDR ids; only the CDR timestamps follow the clock (the history is
always "the last 7 days").
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone

from agent_desktop.sim.tenant import (
    ZERO_TIME,
    Campaign,
    Cdr,
    Customer,
    RingGroup,
    Tenant,
    User,
)

DOMAIN = "demo.agent-desktop.local"
PASSWORD = "demo123"
SUPERVISOR = ("supervisor", "100", "Trần Minh Quân")
AGENTS = [
    ("101", "Nguyễn Thị Lan"), ("102", "Trần Văn Hùng"), ("103", "Lê Thị Mai"),
    ("104", "Phạm Quốc Bảo"), ("105", "Hoàng Thị Thu Hà"), ("106", "Vũ Đức Anh"),
    ("107", "Đặng Thị Hồng"), ("108", "Bùi Văn Nam"), ("109", "Đỗ Thị Ngọc Ánh"),
    ("110", "Ngô Thanh Tùng"),
]
LOGGED_OUT = {"108", "109", "110"}
RING_GROUPS = [("600", "Chăm sóc khách hàng", ["101", "102", "103", "104"]),
               ("601", "Kinh doanh", ["105", "106", "107"])]
HOTLINES = ["19001919", "02873001234"]
CAMPAIGNS = ["Nhắc phí tháng này", "Chăm sóc khách hàng thân thiết"]
CUSTOMERS_PER_CAMPAIGN = 40

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
           "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Kim"]
_MIDDLE_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công"]
_GIVEN_F = ["Lan", "Hương", "Mai", "Trang", "Linh", "Ngọc", "Thảo", "Hà", "Yến", "Nhung", "Vy"]
_GIVEN_M = ["Hùng", "Dũng", "Nam", "Tuấn", "Phong", "Khoa", "Long", "Sơn", "Quang", "Hiếu"]
_MOBILE_PREFIXES = ["090", "091", "093", "094", "096", "097", "098", "086", "088", "089", "032",
                    "033", "035", "037", "038", "070", "076", "077", "079", "081", "083", "085"]

# Status weights per direction, and the FreeSWITCH hangup cause each status gets.
_STATUS_WEIGHTS = {
    "inbound": {"answered": 70, "no-answered": 18, "cancel": 7, "busy": 5},
    "outbound": {"answered": 55, "no-answered": 15, "busy": 12, "cancel": 6, "not-available": 7,
                 "invalid": 5},
    "local": {"answered": 70, "no-answered": 20, "busy": 10},
}
CAUSES = {"answered": "NORMAL_CLEARING", "busy": "USER_BUSY", "no-answered": "NO_ANSWER",
          "cancel": "ORIGINATOR_CANCEL", "not-available": "SUBSCRIBER_ABSENT",
          "invalid": "CALL_REJECTED"}


def rng_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def random_mobile(rng: random.Random) -> str:
    return rng.choice(_MOBILE_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(7))


def vietnamese_name(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE_F)} {rng.choice(_GIVEN_F)}"
    return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE_M)} {rng.choice(_GIVEN_M)}"


def build_demo_tenant(seed: int = 1, cdr_count: int = 300, cdr_days: int = 7,
                      now: datetime | None = None) -> Tenant:
    """The demo tenant, reproducible from `seed`; CDRs end before `now` (default: the clock)."""
    rng = random.Random(seed)
    now = now or datetime.now().replace(microsecond=0)
    tenant = Tenant(domain_name=DOMAIN, domain_uuid=rng_uuid(rng), hotlines=list(HOTLINES))
    _seed_users(tenant, rng)
    tenant.ring_groups = [RingGroup(number, name, list(members))
                          for number, name, members in RING_GROUPS]
    _seed_customers(tenant, rng, now)
    _seed_cdrs(tenant, rng, now, cdr_count, cdr_days)
    return tenant


def _seed_users(tenant: Tenant, rng: random.Random) -> None:
    accounts = [(SUPERVISOR[0], SUPERVISOR[1], SUPERVISOR[2], "admin")]
    accounts += [(f"agent{ext}", ext, name, "user") for ext, name in AGENTS]
    for username, ext, name, level in accounts:
        tenant.users.append(User(
            username=username, password=PASSWORD, user_uuid=rng_uuid(rng), api_key=rng_uuid(rng),
            level=level, extension=ext, agent_name=name, ip=f"10.10.0.{int(ext) - 90}",
            ext_loggedin=ext not in LOGGED_OUT))


def _seed_customers(tenant: Tenant, rng: random.Random, now: datetime) -> None:
    utc_now = datetime.now(timezone.utc)
    statuses = ["new"] * 12 + ["queue"] * 2 + ["answered"] * 4 + ["busy", "no-answered",
                                                                   "cancel", "fail", "unknown"]
    code = 0
    for name in CAMPAIGNS:
        campaign = Campaign(rng_uuid(rng), name)
        tenant.campaigns.append(campaign)
        for _ in range(CUSTOMERS_PER_CAMPAIGN):
            code += 1
            created = utc_now - timedelta(days=rng.uniform(8, 30))
            created = created.replace(microsecond=rng.randrange(1_000_000))
            status = rng.choice(statuses)
            updated = ZERO_TIME
            if status != "new":
                updated = _rfc3339(created + timedelta(days=rng.uniform(0.1, 7)))
            tenant.customers.append(Customer(
                customer_id=rng_uuid(rng), campaign_id=campaign.campaign_id,
                customer_code=f"KH{code:04d}", customer_name=vietnamese_name(rng),
                phone_number=random_mobile(rng), contract_number=f"HD{rng.randrange(10**6):06d}",
                status=status, created_at=_rfc3339(created), updated_at=updated))


def _rfc3339(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _seed_cdrs(tenant: Tenant, rng: random.Random, now: datetime, count: int,
               days: int) -> None:
    agents = [u.extension for u in tenant.users if u.level == "user"]
    for i in range(count):
        if i < 6:  # every status at least once
            direction, status = "outbound", list(CAUSES)[i]
        else:
            direction = rng.choices(["inbound", "outbound", "local"], [50, 40, 10])[0]
            weights = _STATUS_WEIGHTS[direction]
            status = rng.choices(list(weights), list(weights.values()))[0]
        started = _working_time(rng, now, days)
        tenant.cdrs.append(_seed_cdr(tenant, rng, agents, direction, status, started))
    tenant.cdrs.sort(key=lambda c: c.started)


def _working_time(rng: random.Random, now: datetime, days: int) -> datetime:
    """A moment between 08:00 and 18:00 on one of the last `days` days, at least an hour ago."""
    while True:
        day = now.replace(hour=0, minute=0, second=0) - timedelta(days=rng.randrange(days))
        moment = day + timedelta(seconds=rng.randrange(8 * 3600, 18 * 3600))
        if moment < now - timedelta(hours=1):
            return moment


def _seed_cdr(tenant: Tenant, rng: random.Random, agents: list[str], direction: str,
              status: str, started: datetime) -> Cdr:
    customer = rng.choice(tenant.customers) if rng.random() < 0.7 else None
    phone = customer.phone_number if customer else random_mobile(rng)
    customer_id = customer.customer_code if customer else ""
    ext = rng.choice(agents)
    receive_dest = ""
    if direction == "outbound":
        from_number, to_number = rng.choice(tenant.hotlines), phone
        ring_at: datetime | None = started + timedelta(seconds=rng.randint(1, 5))  # agent answered
    elif direction == "inbound":
        from_number, to_number = phone, ext
        ring_at = started + timedelta(seconds=rng.randint(0, 3))  # after the IVR
        if rng.random() < 0.6:
            group = rng.choice(tenant.ring_groups)
            receive_dest = group.number
            ext = rng.choice(group.members)
            to_number = ext
            if status == "no-answered":  # nobody picked up: no extension
                ext, to_number = "", group.number
    else:
        from_number, to_number = ext, rng.choice([a for a in agents if a != ext])
        ring_at = started
        customer_id = ""
    if direction == "outbound" and status == "invalid":  # the agent never picked up
        ring_at = None
    answered = None
    ring = {"answered": (2, 20), "no-answered": (20, 30), "busy": (2, 8), "cancel": (2, 15),
            "not-available": (1, 4), "invalid": (10, 25)}[status]
    end = (ring_at or started) + timedelta(seconds=rng.randint(*ring))
    if status == "answered":
        answered = end
        talk = int(min(1200, max(8, rng.lognormvariate(4.4, 0.8))))
        end = answered + timedelta(seconds=talk)
    cause = CAUSES[status]
    if status == "invalid" and rng.random() < 0.5:
        cause = "NO_USER_RESPONSE"
    return Cdr(id=rng_uuid(rng), sip_call_id=rng_uuid(rng), direction=direction, status=status,
               cause=cause, extension=ext, from_number=from_number, to_number=to_number,
               receive_dest=receive_dest, started=started, ring_at=ring_at, answered=answered,
               ended=end, customer_id=customer_id, has_recording=status == "answered")


def seed_today(tenant: Tenant, count: int, seed: int = 1, now: datetime | None = None) -> int:
    """Add ``count`` calls made today so far — between 08:00 (or six hours ago, when earlier)
    and a few minutes ago — so a demo's wallboard and agent board have a day to show at any
    hour. Returns how many were added."""
    rng = random.Random(seed * 104729 + 7)
    now = now or datetime.now().replace(microsecond=0)
    start = min(now.replace(hour=8, minute=0, second=0), now - timedelta(hours=6))
    end = now - timedelta(minutes=3)
    if end <= start:
        return 0
    agents = [u.extension for u in tenant.users if u.level == "user"]
    span = int((end - start).total_seconds())
    for _ in range(count):
        direction = rng.choices(["inbound", "outbound", "local"], [50, 40, 10])[0]
        weights = _STATUS_WEIGHTS[direction]
        status = rng.choices(list(weights), list(weights.values()))[0]
        started = start + timedelta(seconds=rng.randrange(span))
        tenant.add_cdr(_seed_cdr(tenant, rng, agents, direction, status, started))
    return count
