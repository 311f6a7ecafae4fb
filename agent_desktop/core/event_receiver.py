"""The local webhook receiver: the PBX's ringing / answered / hangup / cdr events, POSTed to us.

Off by default (settings). When on, a small aiohttp server on the app's own event loop listens on
``host:port`` (127.0.0.1 unless the person chooses otherwise) for ``POST /agent-desktop/events``.
Each request must carry the receiver's api key in ``X-Api-Key`` (what the PBX sends as the hook's
``callback_apikey``), compared in constant time; anything else is refused with 401 and counted. A
body is a JSON object as "Event Hook Data" in the vendor docs, at most ``MAX_BODY`` bytes; it is
parsed into ``EventData`` and emitted as ``received``. The live-call poller merges the events with
its polls (``core.call_events``); the poller stays the safety net for events that never come.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import time
from collections import deque

from PySide6.QtCore import QObject, Signal

from ..pbx.errors import ProtocolError
from ..pbx.fields import Fields
from ..pbx.models import EventData, HookEvent

log = logging.getLogger(__name__)

PATH = "/agent-desktop/events"
MAX_BODY = 64 * 1024
KEY_HEADER = "X-Api-Key"
EVENTS = frozenset(e.value for e in HookEvent)


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip()).is_loopback
    except ValueError:
        return False


def local_url(host: str, port: int) -> str:
    """The URL of a receiver bound to ``host:port`` (a wildcard address is reached on loopback)."""
    shown = host.strip() or "127.0.0.1"
    if shown in ("0.0.0.0", "::"):
        shown = "127.0.0.1"
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}{PATH}"


class EventReceiver(QObject):
    received = Signal(object)  # EventData
    refused = Signal(str)  # why a request was refused ("wrong api key", "not an event")
    stateChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner: object | None = None
        self._key = b""
        self.host = ""
        self.port = 0
        self.error = ""  # why the last start failed
        self.count = 0
        self.refusals = 0
        self.last_event_at: float | None = None
        self._refusal_log: deque[float] = deque(maxlen=20)

    @property
    def listening(self) -> bool:
        return self._runner is not None

    @property
    def url(self) -> str:
        return local_url(self.host, self.port) if self.listening else ""

    async def start(self, host: str, port: int, api_key: str) -> bool:
        """Listen on ``host:port`` (port 0: any free port); False, with ``error`` set, when the
        address cannot be used. A running receiver is restarted with the new values."""
        from aiohttp import web

        await self.stop()
        if not api_key:
            self.error = "no api key"
            self.stateChanged.emit()
            return False
        self._key = api_key.encode()
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(PATH, self._handle)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, host.strip() or "127.0.0.1", port, reuse_address=True)
        try:
            await site.start()
        except OSError as error:
            await runner.cleanup()
            self.error = error.strerror or type(error).__name__
            log.warning("event receiver: cannot listen on %s:%s (%s)", host, port, self.error)
            self.stateChanged.emit()
            return False
        sockets = getattr(site, "_server").sockets or ()
        self.port = sockets[0].getsockname()[1] if sockets else port
        self.host = host.strip() or "127.0.0.1"
        self._runner = runner
        self.error = ""
        log.info("event receiver listening on %s", self.url)
        self.stateChanged.emit()
        return True

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()  # type: ignore[attr-defined]
            log.info("event receiver stopped")
            self.stateChanged.emit()

    # --- one request ------------------------------------------------------------------------

    async def _handle(self, request: object) -> object:
        from aiohttp import web

        assert isinstance(request, web.Request)
        given = request.headers.get(KEY_HEADER, "").encode()
        if not hmac.compare_digest(given, self._key):
            return self._refuse(request, 401, "wrong api key" if given else "no api key")
        if request.content_length is not None and request.content_length > MAX_BODY:
            return self._refuse(request, 413, "too large")
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return self._refuse(request, 413, "too large")
        try:
            # JSON is UTF-8 (RFC 8259): the bytes, not request.json(), which trusts the declared
            # charset ("charset=nope" raised LookupError: a 500).
            body = json.loads(raw)
        except (ValueError, RecursionError):  # also UnicodeDecodeError; "[[[[…" very deep
            return self._refuse(request, 400, "not JSON")
        try:
            data = EventData.parse(Fields(body, vendor="webhook"))
        except ProtocolError as error:
            return self._refuse(request, 400, f"not an event ({error.field or error})")
        if data.state not in EVENTS:
            return self._refuse(request, 400, "unknown state")
        if not data.call_id.strip():
            return self._refuse(request, 400, "no call_id")
        self.count += 1
        self.last_event_at = time.monotonic()
        log.debug("event %s for call %s", data.state, data.call_id)
        self.received.emit(data)
        return web.json_response({"received": True})

    def _refuse(self, request: object, status: int, reason: str) -> object:
        from aiohttp import web

        self.refusals += 1
        now = time.monotonic()
        self._refusal_log.append(now)
        recent = sum(1 for t in self._refusal_log if now - t < 60)
        if recent <= 5:  # a flood gets five lines a minute, not one per request
            peer = getattr(request, "remote", "?")
            log.warning("event receiver: refused a request from %s: %s", peer, reason)
        self.refused.emit(reason)
        return web.json_response({"error": reason}, status=status)
