"""The bearer-token session the TEL4VN and OMICall clients share.

One ``JsonHttp`` pool; an access token attached to every request and renewed ahead of its
lifetime (``keep_token``), or when the server answers 401 anyway: a read is then repeated once,
anything else is not (it raises SessionExpired — the server refused before acting, so the person
may simply try again). How a token is obtained is each vendor's ``refresh_token``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx

from .errors import AuthError, SessionExpired
from .http import JsonHttp, Reply
from .models import AccessToken, LoginInfo

#: Renew at least this often (seconds), whatever lifetime the server gives a token.
MAX_TOKEN_LIFETIME = 7 * 24 * 3600


class BearerSession:
    """Not thread-safe; use it from one event loop. Sub-classes set ``vendor`` and implement
    ``refresh_token``."""

    vendor: str

    def __init__(
        self,
        base_url: str,
        *,
        verify: bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        kwargs: dict[str, Any] = {"vendor": self.vendor, "verify": verify,
                                  "transport": transport}
        if timeout is not None:
            kwargs["timeout"] = timeout
        self.http = JsonHttp(base_url, **kwargs)
        self._clock = clock
        self._account: LoginInfo | None = None
        self._api_key: str | None = None
        self._token: AccessToken | None = None
        self._token_deadline: float | None = None
        self._refresh_lock = asyncio.Lock()

    @property
    def base_url(self) -> str:
        return self.http.base_url

    @property
    def account(self) -> LoginInfo | None:
        return self._account

    @property
    def token(self) -> AccessToken | None:
        return self._token

    @property
    def api_key(self) -> str | None:
        return self._api_key

    async def refresh_token(self) -> AccessToken:
        raise NotImplementedError

    async def aclose(self) -> None:
        await self.http.aclose()

    def keep_token(self, token: AccessToken, lifetime: int) -> None:
        """Use ``token`` from now on, renewing it a little before ``lifetime`` seconds pass
        (0: it does not say; renewed only when refused)."""
        self._token = token
        lifetime = min(lifetime, MAX_TOKEN_LIFETIME)  # a server's 10**400 must not overflow
        if lifetime > 0:
            self._token_deadline = self._clock() + lifetime - min(60.0, lifetime / 10)
        else:
            self._token_deadline = None

    async def _renew(self, stale: AccessToken | None) -> None:
        """Fetch a new token unless another request already did since ``stale`` was used."""
        async with self._refresh_lock:
            if self._token is stale or self._token is None:
                await self.refresh_token()

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json_body: Any = None,
        timeout: httpx.Timeout | None = None,
        acts: bool | None = None,
        lane: str | None = None,
    ) -> Reply:
        """An authenticated request, with the renewal rules of this module's docstring.

        ``acts``: the request places a call or changes something, so it is never repeated. By
        default every method but GET acts; GETs that place calls say so themselves. ``lane``:
        see ``JsonHttp``.
        """
        if acts is None:
            acts = method != "GET"
        if self._token is None:
            await self._renew(None)
        elif self._token_deadline is not None and self._clock() >= self._token_deadline:
            await self._renew(self._token)
        used = self._token
        assert used is not None
        reply = await self._authorized(used, method, path, params, json_body, timeout, lane)
        if reply.status != 401:
            return reply
        await self._renew(used)
        if acts:
            raise SessionExpired(
                "the session had expired and has been renewed; nothing was done — try again",
                code="401", status=401, vendor=self.vendor,
            )
        assert self._token is not None
        reply = await self._authorized(self._token, method, path, params, json_body, timeout,
                                       lane)
        if reply.status != 401:
            return reply
        raise AuthError("the server no longer accepts this session", code="401", status=401,
                        vendor=self.vendor)

    async def _authorized(
        self, token: AccessToken, method: str, path: str, params: dict[str, str] | None,
        json_body: Any, timeout: httpx.Timeout | None, lane: str | None = None,
    ) -> Reply:
        return await self.http.request(
            method, path, params=params, json_body=json_body, timeout=timeout, lane=lane,
            headers={"Authorization": f"{token.token_type or 'Bearer'} {token.token}"},
        )
