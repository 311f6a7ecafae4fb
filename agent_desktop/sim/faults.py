"""Fault injection on the vendor paths (never `/_sim/`, never recordings): added latency, 5xx
answers, connections dropped without a response, 200 answers with a body that is not JSON, and
every bearer token expiring every `token_expiry_every` seconds.

Configured through `POST /_sim/faults` with a seed, so a failing run can be replayed. One roll
per request decides: reset (first `reset_rate`), else 5xx (`error_rate`), else garbage
(`garbage_rate`). Resets and 5xx answer before the request is handled (no call is placed);
garbage replaces the body after it was handled (the call was placed). Token expiry does not
roll: it is checked as vendor requests arrive, so a client sees its token refused with 401 from
the first request after each period, exactly as if the tokens had run out on a timer.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from agent_desktop.sim.context import CTX
from agent_desktop.sim.envelopes import Handler, envelope, reply

_NGINX_502 = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
              "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
              "</body>\r\n</html>\r\n")
_GARBAGE = [
    ('{"data": [{"call_id": "01b7d166-b564-42ec', "application/json"),
    ("<html><body><h1>It works!</h1></body></html>", "text/html"),
    ("OK", "text/plain"),
    ("", "application/json"),
]


class DroppedConnection(web.HTTPInternalServerError):
    """Raised after the transport was aborted: aiohttp has nothing left to write to."""


@dataclass
class FaultSettings:
    latency: tuple[float, float] = (0.0, 0.0)
    error_rate: float = 0.0
    reset_rate: float = 0.0
    garbage_rate: float = 0.0
    seed: int = 0
    token_expiry_every: float = 0.0  # seconds; 0: tokens live their token_ttl

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> FaultSettings:
        unknown = set(body) - {"latency", "error_rate", "reset_rate", "garbage_rate", "seed",
                               "token_expiry_every"}
        if unknown:
            raise ValueError(f"unknown fault setting: {', '.join(sorted(unknown))}")
        latency = body.get("latency", [0, 0])
        if not (isinstance(latency, list) and len(latency) == 2
                and all(_number(v) and v >= 0 for v in latency) and latency[0] <= latency[1]):
            raise ValueError("latency must be [low, high] seconds")
        rates = {}
        for name in ("error_rate", "reset_rate", "garbage_rate"):
            value = body.get(name, 0)
            if not _number(value) or not 0 <= value <= 1:
                raise ValueError(f"{name} must be between 0 and 1")
            rates[name] = float(value)
        if sum(rates.values()) > 1:
            raise ValueError("the rates add up to more than 1")
        seed = body.get("seed", 0)
        if not isinstance(seed, int) or isinstance(seed, bool):
            raise ValueError("seed must be an integer")
        every = body.get("token_expiry_every", 0)
        if not _number(every) or every < 0:
            raise ValueError("token_expiry_every must be 0 (off) or a number of seconds")
        return cls(latency=(float(latency[0]), float(latency[1])), seed=seed,
                   token_expiry_every=float(every), **rates)

    def as_dict(self) -> dict[str, Any]:
        shown: dict[str, Any] = {
            "latency": list(self.latency), "error_rate": self.error_rate,
            "reset_rate": self.reset_rate, "garbage_rate": self.garbage_rate, "seed": self.seed}
        if self.token_expiry_every:  # only when on: older scripts compare the whole object
            shown["token_expiry_every"] = self.token_expiry_every
        return shown


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Faults:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings: FaultSettings | None = None
        self.token_expiries = 0  # how many times `token_expiry_every` expired the tokens
        self._rng = random.Random(0)
        self._clock = clock
        self._next_expiry: float | None = None

    def configure(self, settings: FaultSettings) -> None:
        self.settings = settings
        self._rng = random.Random(settings.seed)
        every = settings.token_expiry_every
        self._next_expiry = self._clock() + every if every > 0 else None

    def clear(self) -> None:
        self.settings = None
        self._next_expiry = None

    def tokens_due(self) -> bool:
        """True once per `token_expiry_every` period that has passed (then the tokens expire)."""
        if self._next_expiry is None or self.settings is None:
            return False
        now = self._clock()
        if now < self._next_expiry:
            return False
        every = self.settings.token_expiry_every
        periods = int((now - self._next_expiry) // every) + 1
        self._next_expiry += periods * every
        self.token_expiries += 1
        return True

    @staticmethod
    def applies(path: str) -> bool:
        return not path.startswith(("/_sim/", "/recordings/"))

    def latency(self) -> float:
        assert self.settings is not None
        low, high = self.settings.latency
        return self._rng.uniform(low, high) if high > 0 else 0.0

    def roll(self) -> str:
        """"reset", "error", "garbage" or "" (none) for one request."""
        s = self.settings
        if s is None:
            return ""
        r = self._rng.random()
        for kind, rate in (("reset", s.reset_rate), ("error", s.error_rate),
                           ("garbage", s.garbage_rate)):
            if r < rate:
                return kind
            r -= rate
        return ""

    def choice(self, options: list[Any]) -> Any:
        return self._rng.choice(options)


def error_response(faults: Faults) -> web.Response:
    status = faults.choice([500, 502, 503])
    if status == 502:
        return web.Response(status=502, text=_NGINX_502, content_type="text/html")
    if status == 503:
        return reply(envelope(503, "service unavailable", "Service Unavailable"), 503)
    return reply(envelope(500, "internal server error", "Internal Server Error"), 500)


def garbage_response(faults: Faults) -> web.Response:
    text, content_type = faults.choice(_GARBAGE)
    return web.Response(status=200, text=text, content_type=content_type)


@web.middleware
async def fault_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    faults = request.app[CTX].faults
    if faults.settings is None or not faults.applies(request.path):
        return await handler(request)
    if faults.tokens_due():
        request.app[CTX].tokens.expire_all()
    delay = faults.latency()
    if delay > 0:
        await asyncio.sleep(delay)
    kind = faults.roll()
    if kind:
        request.app[CTX].requests.mark_fault(request, kind)
    if kind == "reset":
        if request.transport is not None:
            request.transport.abort()
        raise DroppedConnection()
    if kind == "error":
        return error_response(faults)
    response = await handler(request)
    if kind == "garbage":
        return garbage_response(faults)
    return response
