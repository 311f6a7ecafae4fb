"""The OMICall client: click-to-call and auto-call (docs/vendor-api/omicall-*.md).

The base URL is the customer's own OMICall API address. ``login(extension, api_key)`` fetches an
access token with ``GET {base}/api/auth?apiKey=…`` (``payload.access_token``) and remembers the
agent's extension, which OMICall's API does not know about. Requests carry
``Authorization: Bearer <token>``. The token is fetched again ahead of its lifetime (when the
server gives one) and when the server answers 401: a read is then repeated, anything else is not
(SessionExpired: the server refused before acting). OMICall has no live calls, history, customers
or event hooks: those methods raise Unsupported without sending anything.
"""

from __future__ import annotations

import logging
from typing import Any

from .base import Capabilities, Unsupported, WithoutFeatures
from .bearer import BearerSession
from .errors import AuthError, InvalidInput
from .fields import Fields
from .models import (
    AccessToken,
    ClickToCallMode,
    ClickToCallOptions,
    ClickToCallResult,
    LoginInfo,
)
from .omicall_autocall import AutoCallResult, AutoCallSession
from .omicall_errors import VENDOR, raise_for

log = logging.getLogger(__name__)

CAPABILITIES = Capabilities(click_to_call_async=True, auto_call_sessions=True)
CLICK2CALL_FIELDS = ("extension", "hotline", "phone_number")


class OmicallClient(BearerSession, WithoutFeatures):
    """A session with an OMICall tenant. Not thread-safe; use it from one event loop."""

    vendor = VENDOR
    capabilities = CAPABILITIES

    # --- session ----------------------------------------------------------------------------

    async def login(self, username: str, password: str) -> LoginInfo:
        """``username`` is the agent's extension, ``password`` the tenant's API key."""
        extension, api_key = username.strip(), password.strip()
        missing = {name: "is required" for name, value in
                   (("extension", extension), ("api_key", api_key)) if not value}
        if missing:
            raise InvalidInput("an extension and an API key are needed", fields=missing,
                               code="data_is_required", vendor=VENDOR)
        self._api_key = api_key
        try:
            await self.refresh_token()
        except BaseException:
            self._api_key = None
            raise
        self._account = LoginInfo(
            api_key=api_key, domain_uuid="", enabled=True, extension=extension, level="user",
            user_uuid="", username=extension,
        )
        return self._account

    async def resume(self, api_key: str, token: str | None = None) -> AccessToken | None:
        """Continue from a remembered API key (and token, tried as it is)."""
        self._api_key = api_key
        if token:
            self._token = _access_token(token, 0)
            self._token_deadline = None
            return None
        return await self.refresh_token()

    async def refresh_token(self) -> AccessToken:
        """``GET /api/auth?apiKey=…``: a new access token."""
        if not self._api_key:
            raise AuthError("not logged in", vendor=VENDOR)
        reply = await self.http.request("GET", "/api/auth", params={"apiKey": self._api_key})
        raise_for(reply)
        payload = Fields(reply.json(), vendor=VENDOR).obj("payload")
        lifetime = 0
        for name in ("expires_in", "expired_in"):
            if payload.has(name):
                lifetime = payload.int(name, required=False, default=0) or 0
                break
        token = _access_token(payload.str("access_token"), lifetime,
                              payload.str("token_type", required=False, default="Bearer"))
        if not token.token:
            raise AuthError("OMICall gave no access token", vendor=VENDOR)
        self.keep_token(token, lifetime)
        return token

    # --- click-to-call ----------------------------------------------------------------------

    async def click_to_call(
        self,
        ext: str,
        phone: str,
        options: ClickToCallOptions = ClickToCallOptions(),
        mode: ClickToCallMode = ClickToCallMode.ASYNC,
    ) -> ClickToCallResult:
        """``POST /api/click2call`` with extension, hotline (``options.hotline``) and
        phone_number; the result's call_id is ``payload.call_uuid``."""
        if mode is not ClickToCallMode.ASYNC:
            raise Unsupported(f"OMICall has no {mode.value} click-to-call", code="unsupported",
                              vendor=VENDOR)
        body = {"extension": ext.strip(), "hotline": (options.hotline or "").strip(),
                "phone_number": phone.strip()}
        blank = tuple(name for name in CLICK2CALL_FIELDS if not body[name])
        if blank:
            raise InvalidInput("an extension, a hotline and a phone number are needed",
                               fields={name: "is required" for name in blank},
                               code="data_is_required", vendor=VENDOR)
        reply = await self._send("POST", "/api/click2call", json_body=body)
        raise_for(reply)
        payload = Fields(reply.json(), vendor=VENDOR).obj("payload")
        return ClickToCallResult(status="ok", call_id=payload.str("call_uuid"))

    # --- auto-call --------------------------------------------------------------------------

    async def execute_by_phone(self, session: AutoCallSession, phone: str) -> AutoCallResult:
        """``POST /api/auto_call/execute_by_phone?phone_number=…``: the session calls
        ``phone``."""
        phone = phone.strip()
        if not phone:
            raise InvalidInput("a phone number is needed", fields={"phone_number": "is required"},
                               code="data_is_required", vendor=VENDOR)
        session.validate()
        body = session.body()
        body["phone_number_list"] = [phone]
        return await self._auto_call("/api/auto_call/execute_by_phone", {"phone_number": phone},
                                     body)

    async def execute_by_extension(self, session: AutoCallSession,
                                   extension: str) -> AutoCallResult:
        """``POST /api/auto_call/execute_by_extension?extension=…``: the session calls one of the
        tenant's extensions."""
        extension = extension.strip()
        if not extension:
            raise InvalidInput("an extension is needed", fields={"extension": "is required"},
                               code="data_is_required", vendor=VENDOR)
        session.validate()
        body = session.body()
        body["extensions"] = [extension]
        return await self._auto_call("/api/auto_call/execute_by_extension",
                                     {"extension": extension}, body)

    async def _auto_call(self, path: str, params: dict[str, str],
                         body: dict[str, Any]) -> AutoCallResult:
        reply = await self._send("POST", path, params=params, json_body=body)
        raise_for(reply)
        return AutoCallResult.parse(Fields(reply.json(), vendor=VENDOR).obj("payload"))


def _access_token(value: str, lifetime: int, token_type: str = "Bearer") -> AccessToken:
    return AccessToken(client_id="", domain_uuid="", expired_in=lifetime, refresh_token="",
                       token=value, token_type=token_type or "Bearer", user_id="")
