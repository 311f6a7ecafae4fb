"""`GET /v2/cdr`: filters, the two paging modes (pagination and scroll) and the two mappings
(default and flex), as the docs and docs/api-conventions.md ("CDR list") describe them.

Pure functions over `Cdr` objects; the route handlers in `routes_data.py` call them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agent_desktop.sim.tenant import DIRECTION_CODES, Cdr, normalize_phone

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
DEFAULT_LIMIT = 10
MAX_LIMIT = 1000


class QueryError(ValueError):
    """A query parameter that cannot be understood; `param` names it."""

    def __init__(self, param: str) -> None:
        super().__init__(f"{param} is invalid")
        self.param = param


def fmt_time(moment: datetime | None) -> str:
    return moment.strftime(TIME_FORMAT) if moment else ""


def recording_url(cdr: Cdr, base_url: str) -> str:
    return f"{base_url}/recordings/{cdr.id}.wav" if cdr.has_recording else ""


def render_default(cdr: Cdr, base_url: str) -> dict[str, Any]:
    return {
        "id": cdr.id,
        "sip_call_id": cdr.sip_call_id,
        "cause": cdr.cause,
        "duration": cdr.duration,
        "direction": DIRECTION_CODES[cdr.direction],
        "recording_url": recording_url(cdr, base_url),
        "extension": cdr.extension,
        "from_number": cdr.from_number,
        "to_number": cdr.to_number,
        "receive_dest": cdr.receive_dest,
        "time_started": fmt_time(cdr.started),
        "time_answered": fmt_time(cdr.answered),
        "time_ended": fmt_time(cdr.ended),
        "status": cdr.status.upper(),
        "customer_id": cdr.customer_id,
    }


def render_flex(cdr: Cdr, base_url: str) -> dict[str, Any]:
    return {
        "cdrId": cdr.id,
        "sip_call_id": cdr.sip_call_id,
        "recordFile": recording_url(cdr, base_url),
        "extensionId": cdr.extension,
        "to": cdr.customer_number,
        "hangupAt": fmt_time(cdr.ended),
        "answeredAt": fmt_time(cdr.answered),
        "ringAt": fmt_time(cdr.ring_at),
        "dialAt": fmt_time(cdr.started),
        "status": cdr.status,
        "duration": cdr.duration,
        "direction": cdr.direction,
        "billsec": cdr.billsec,
        "customerId": cdr.customer_id,
    }


def render(cdr: Cdr, mapping: str, base_url: str) -> dict[str, Any]:
    return render_flex(cdr, base_url) if mapping == "flex" else render_default(cdr, base_url)


def pick_mapping(query: Mapping[str, str], tenant_mapping: str) -> str:
    mapping = query.get("mapping", "") or tenant_mapping
    if mapping not in ("default", "flex"):
        raise QueryError("mapping")
    return mapping


@dataclass
class CdrPage:
    rows: list[Cdr]
    limit: int
    offset: int  # what the response's `offset` says
    total: int


def query_cdrs(cdrs: Iterable[Cdr], query: Mapping[str, str]) -> CdrPage:
    """Filter, sort (newest first) and page `cdrs` by the request's query string."""
    matches = sorted((c for c in cdrs if _matches(c, _filters(query))),
                     key=lambda c: (c.started, c.id), reverse=True)
    limit = _int_param(query, "limit", DEFAULT_LIMIT, minimum=1)
    limit = min(limit, MAX_LIMIT)
    offset = _int_param(query, "offset", 0, minimum=0)
    if "page" in query and "limit" in query:
        page = _int_param(query, "page", 1, minimum=1)
        start = offset if query.get("offset", "") != "" else (page - 1) * limit
        rows = matches[start:start + limit]
        return CdrPage(rows, limit, start, len(matches))
    rows = matches[offset:offset + limit]
    return CdrPage(rows, limit, offset + len(rows), len(matches))


@dataclass
class _Filters:
    start: datetime | None
    end: datetime | None
    duration: int | None
    extension: str
    phone: str
    direction: str


def _filters(query: Mapping[str, str]) -> _Filters:
    direction = query.get("direction", "").strip().lower()
    by_code = {str(code): name for name, code in DIRECTION_CODES.items()}
    direction = by_code.get(direction, direction)
    if direction and direction not in DIRECTION_CODES:
        raise QueryError("direction")
    duration = _int_param(query, "duration", -1, minimum=0)
    phone = query.get("phone", "").strip()
    return _Filters(
        start=_date_param(query, "start_date"),
        end=_date_param(query, "end_date"),
        duration=None if duration < 0 else duration,
        extension=query.get("extension", "").strip(),
        phone=normalize_phone(phone) if phone else "",
        direction=direction,
    )


def _matches(cdr: Cdr, f: _Filters) -> bool:
    if f.start and cdr.started < f.start:
        return False
    if f.end and cdr.started >= f.end:
        return False
    if f.duration is not None and cdr.duration < f.duration:
        return False
    if f.extension and cdr.extension != f.extension:
        return False
    if f.direction and cdr.direction != f.direction:
        return False
    if f.phone and f.phone not in (normalize_phone(cdr.from_number),
                                   normalize_phone(cdr.to_number)):
        return False
    return True


def _int_param(query: Mapping[str, str], name: str, default: int, minimum: int) -> int:
    text = query.get(name, "").strip()
    if not text:
        return default
    try:
        value = int(text)
    except ValueError:
        raise QueryError(name) from None
    if value < minimum:
        raise QueryError(name)
    return value


def _date_param(query: Mapping[str, str], name: str) -> datetime | None:
    text = query.get(name, "").strip()
    if not text:
        return None
    for fmt in (TIME_FORMAT, "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise QueryError(name)
