"""The log of vendor requests (everything but `/_sim/`) that `GET /_sim/requests` shows: method,
path, query, JSON body, final status (None when a fault dropped the connection), which fault
hit it, and a connection id (`host:port` of the client's socket) so tests can count kept-alive
connections.
"""

from __future__ import annotations

import itertools
import json
import time
from collections import deque
from datetime import datetime
from typing import Any

from aiohttp import web

from agent_desktop.sim.context import CTX
from agent_desktop.sim.envelopes import Handler
from agent_desktop.sim.faults import DroppedConnection


class RequestLog:
    def __init__(self, size: int = 5000) -> None:
        self.entries: deque[dict[str, Any]] = deque(maxlen=size)
        self._ids = itertools.count(1)
        self._open: dict[int, dict[str, Any]] = {}  # entries of requests being handled

    def mark_fault(self, request: web.Request, fault: str) -> None:
        entry = self._open.get(id(request))
        if entry is not None:
            entry["fault"] = fault

    def add(self, entry: dict[str, Any]) -> None:
        entry["id"] = next(self._ids)
        self.entries.append(entry)

    def select(self, path: str = "", method: str = "") -> list[dict[str, Any]]:
        return [e for e in self.entries
                if (not path or e["path"] == path) and (not method or e["method"] == method)]

    def clear(self) -> None:
        self.entries.clear()


def connection_id(request: web.Request) -> str:
    peer = request.transport.get_extra_info("peername") if request.transport else None
    if isinstance(peer, (tuple, list)) and len(peer) >= 2:
        return f"{peer[0]}:{peer[1]}"
    return str(peer or "")


def _json_body(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None


@web.middleware
async def request_log_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.path.startswith("/_sim/"):
        return await handler(request)
    log = request.app[CTX].requests
    entry: dict[str, Any] = {
        "time": datetime.now().isoformat(timespec="milliseconds"),
        "method": request.method, "path": request.path, "query": dict(request.query),
        "json": None, "status": None, "fault": None, "connection": connection_id(request),
    }
    started = time.monotonic()
    log._open[id(request)] = entry
    try:
        if request.can_read_body:
            entry["json"] = _json_body(await request.read())
        response = await handler(request)
        entry["status"] = response.status
        return response
    except DroppedConnection:
        raise
    except web.HTTPException as exc:
        entry["status"] = exc.status
        raise
    finally:
        entry["ms"] = round((time.monotonic() - started) * 1000, 1)
        log._open.pop(id(request), None)
        log.add(entry)
