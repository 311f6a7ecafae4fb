"""Authentication: `/v1/auth` (username and password → account and api_key), `/v2/auth/token`
(api_key → bearer token that expires after `token_ttl` seconds), and the bearer check every
other vendor route goes through, with the `admin` level rule.
"""

from __future__ import annotations

import base64
import json
import math
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web

from agent_desktop.sim.context import CTX
from agent_desktop.sim.envelopes import bad_request, forbidden, json_object, reply, unauthorized
from agent_desktop.sim.tenant import User

UserHandler = Callable[[web.Request, User], Awaitable[web.StreamResponse]]


@dataclass
class Token:
    value: str
    user: User
    expires_at: float  # time.monotonic()


class TokenStore:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._tokens: dict[str, Token] = {}
        self._clock = clock

    def issue(self, user: User, ttl: float) -> Token:
        now = time.time()
        claims = {"sub": user.user_uuid, "iat": int(now), "exp": int(now + ttl),
                  "jti": secrets.token_hex(8)}
        value = ".".join(_b64(part) for part in (
            json.dumps({"alg": "HS256", "typ": "JWT"}).encode(), json.dumps(claims).encode(),
            secrets.token_bytes(32)))
        token = Token(value, user, self._clock() + ttl)
        self._tokens[value] = token
        return token

    def check(self, value: str) -> User:
        """The token's user, or the 401 envelope the conventions give."""
        token = self._tokens.get(value)
        if token is None:
            raise unauthorized("token is invalid")
        if self._clock() >= token.expires_at:
            raise unauthorized("token is expired")
        return token.user

    def expire_all(self) -> int:
        now = self._clock()
        for token in self._tokens.values():
            token.expires_at = min(token.expires_at, now)
        return len(self._tokens)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def bearer_user(request: web.Request) -> User:
    header = request.headers.get("Authorization", "").strip()
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise unauthorized("missing token")
    return request.app[CTX].tokens.check(value.strip())


def protect(handler: UserHandler, admin: bool = False) -> Callable[[web.Request],
                                                                   Awaitable[web.StreamResponse]]:
    """Wrap `handler(request, user)`: bearer token required; level admin when `admin`."""

    async def guarded(request: web.Request) -> web.StreamResponse:
        user = bearer_user(request)
        if admin and not user.is_admin:
            raise forbidden()
        return await handler(request, user)

    guarded.__name__ = handler.__name__
    guarded.__doc__ = handler.__doc__
    return guarded


async def login(request: web.Request) -> web.Response:
    """POST /v1/auth"""
    ctx = request.app[CTX]
    body = await json_object(request, bad_request)
    username, password = body.get("username"), body.get("password")
    user = ctx.tenant.user_by_username(username) if isinstance(username, str) else None
    if user is None or not isinstance(password, str) or \
            not secrets.compare_digest(password.encode(), user.password.encode()):
        raise unauthorized("invalid username or password")
    return reply({"code": 200, "content": "successfully", "data": {
        "api_key": user.api_key,
        "domain_uuid": ctx.tenant.domain_uuid,
        "enabled": "true" if user.enabled else "false",
        "extension": user.extension,
        "level": user.level,
        "user_uuid": user.user_uuid,
        "username": user.username,
    }})


async def get_token(request: web.Request) -> web.Response:
    """POST /v2/auth/token"""
    ctx = request.app[CTX]
    body = await json_object(request, bad_request)
    api_key = body.get("api_key")
    user = ctx.tenant.user_by_api_key(api_key.strip()) if isinstance(api_key, str) else None
    if user is None:
        raise unauthorized("api_key is invalid")
    ttl = ctx.config.token_ttl
    token = ctx.tokens.issue(user, ttl)
    return reply({"code": 200, "content": "successfully", "data": {
        "client_id": user.user_uuid,
        "domain_uuid": ctx.tenant.domain_uuid,
        "expired_in": math.ceil(ttl),
        "refresh_token": "",
        "token": token.value,
        "token_type": "Bearer",
        "user_id": user.user_uuid,
    }})


def register(app: web.Application) -> None:
    app.router.add_post("/v1/auth", login)
    app.router.add_post("/v2/auth/token", get_token)
