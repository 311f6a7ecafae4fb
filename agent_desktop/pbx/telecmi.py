"""The TeleCMI client: click-to-call only (docs/vendor-api/telecmi-click-to-call.md).

TeleCMI has no log-in endpoint: every request carries the agent's ``user_id`` (``101_1111112``:
extension and account number) and the app ``secret``. ``login`` only checks that both are there
and keeps them; a wrong pair shows at the first click-to-call (HTTP 404). ``click_to_call`` is
``POST {base}/v2/webrtc/click2call`` with ``to`` as a JSON number; it rings the agent's softphone
(``webrtc``, the default) or their mobile (``followme``, which needs ``webrtc`` false). There
are no live calls, no history, nothing else: those methods raise Unsupported without sending.
A click-to-call is never repeated.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from .base import Capabilities, Unsupported, WithoutFeatures
from .errors import AuthError, InvalidInput, PbxError, ServerError
from .fields import Fields
from .http import JsonHttp, Reply
from .models import (
    AccessToken,
    ClickToCallMode,
    ClickToCallOptions,
    ClickToCallResult,
    LoginInfo,
)

VENDOR = "telecmi"
DEFAULT_URL = "https://rest.telecmi.com"
CAPABILITIES = Capabilities(click_to_call_async=True, international_numbers=True)
MAX_DIGITS = 15  # E.164


def phone_number(phone: str) -> int:
    """``to`` as TeleCMI wants it: the digits as a JSON number (``+``, spaces, dashes dropped;
    a leading 0 cannot survive in a number, so write the country code instead)."""
    digits = re.sub(r"[\s\-().]", "", phone.strip())
    if digits.startswith("+"):
        digits = digits[1:]
    if not digits.isdigit() or not digits.isascii() or len(digits) > MAX_DIGITS \
            or int(digits) == 0:
        raise InvalidInput("the number to call must be digits only",
                           fields={"to": "must be a phone number (digits, up to 15)"},
                           vendor=VENDOR)
    return int(digits)


class TelecmiClient(WithoutFeatures):
    """A TeleCMI agent's credentials and the click-to-call that uses them."""

    vendor = VENDOR
    capabilities = CAPABILITIES

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        *,
        verify: bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> None:
        kwargs: dict[str, Any] = {"vendor": VENDOR, "verify": verify, "transport": transport}
        if timeout is not None:
            kwargs["timeout"] = timeout
        self.http = JsonHttp(base_url or DEFAULT_URL, **kwargs)
        self._account: LoginInfo | None = None
        self._user_id: str | None = None
        self._secret: str | None = None

    # --- session ----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self.http.base_url

    @property
    def account(self) -> LoginInfo | None:
        return self._account

    @property
    def token(self) -> AccessToken | None:
        return None  # TeleCMI has no tokens: the secret goes with every request

    @property
    def api_key(self) -> str | None:
        return self._secret

    async def login(self, username: str, password: str) -> LoginInfo:
        """``username`` is the TeleCMI user id, ``password`` the app secret; nothing is sent."""
        user_id, secret = username.strip(), password.strip()
        missing = {name: "is required" for name, value in
                   (("user_id", user_id), ("secret", secret)) if not value}
        if missing:
            raise InvalidInput("a user id and an app secret are needed", fields=missing,
                               code="400", vendor=VENDOR)
        self._user_id, self._secret = user_id, secret
        self._account = LoginInfo(api_key=secret, domain_uuid="", enabled=True,
                                  extension=user_id, level="user", user_uuid="",
                                  username=user_id)
        return self._account

    async def resume(self, api_key: str, token: str | None = None) -> AccessToken | None:
        """Take a remembered secret for the user id logged in with."""
        if not self._user_id:
            raise AuthError("log in with the user id first", vendor=VENDOR)
        self._secret = api_key.strip()
        return None

    async def refresh_token(self) -> AccessToken:
        raise Unsupported("TeleCMI has no access tokens", code="unsupported", vendor=VENDOR)

    async def aclose(self) -> None:
        await self.http.aclose()

    # --- click-to-call ----------------------------------------------------------------------

    async def click_to_call(
        self,
        ext: str,
        phone: str,
        options: ClickToCallOptions = ClickToCallOptions(),
        mode: ClickToCallMode = ClickToCallMode.ASYNC,
    ) -> ClickToCallResult:
        """``POST /v2/webrtc/click2call``; the result's status is TeleCMI's ``msg`` and its
        call_id the ``request_id``. ``ext`` is ignored: the user id names the agent."""
        if mode is not ClickToCallMode.ASYNC:
            raise Unsupported(f"TeleCMI has no {mode.value} click-to-call", code="unsupported",
                              vendor=VENDOR)
        if not self._user_id or not self._secret:
            raise AuthError("not logged in", vendor=VENDOR)
        if options.followme and options.webrtc:
            raise InvalidInput("follow-me calls the mobile, so the softphone (webrtc) must be off",
                               fields={"webrtc": "must be false when followme is true"},
                               vendor=VENDOR)
        body: dict[str, Any] = {"user_id": self._user_id, "secret": self._secret,
                                "to": phone_number(phone)}
        if options.extra_params is not None:
            if not isinstance(options.extra_params, dict):
                raise InvalidInput("extra_params must be a JSON object",
                                   fields={"extra_params": "must be a JSON object"}, vendor=VENDOR)
            body["extra_params"] = options.extra_params
        body["webrtc"] = bool(options.webrtc)
        body["followme"] = bool(options.followme)
        reply = await self.http.request("POST", "/v2/webrtc/click2call", json_body=body)
        _raise_for(reply)
        f = Fields(reply.json(), vendor=VENDOR)
        return ClickToCallResult(status=f.str("msg", required=False) or "Call initiated",
                                 call_id=f.str("request_id"))


def _raise_for(reply: Reply) -> None:
    """TeleCMI's statuses: 200 OK, 404 wrong user id or secret, 400 one of them missing (read
    from the body's ``code`` first, then the HTTP status)."""
    body = reply.json_or_none()
    code: int | None = None
    message = ""
    if isinstance(body, dict):
        raw = body.get("code")
        if isinstance(raw, int) and not isinstance(raw, bool):
            code = raw
        elif isinstance(raw, str) and raw.strip().isascii() and raw.strip().isdigit():
            code = int(raw.strip())
        for key in ("msg", "message", "error"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                message = value.strip()
                break
    if reply.status >= 400 and (code is None or code < 400):
        code = reply.status
    if code is None or code < 400:
        return
    error: PbxError
    if code == 404:
        error = AuthError(message or "invalid user id or secret", code="404", status=reply.status,
                          vendor=VENDOR)
    elif code == 401 or code == 403:
        error = AuthError(message or "the user id or secret was refused", code=str(code),
                          status=reply.status, vendor=VENDOR)
    elif 400 <= code < 500:
        text = message or "user id or secret param missing"
        fields = {"to": text} if "to" in text.lower().split() else {}
        error = InvalidInput(text, fields=fields, code=str(code), status=reply.status,
                             vendor=VENDOR)
    else:
        error = ServerError(message or f"HTTP {code}", code=str(code), status=reply.status,
                            vendor=VENDOR)
    raise error
