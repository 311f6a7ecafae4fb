"""OMICall's envelope, and its errors turned into typed errors.

Every answer is ``{"status_code": 9999 | -9999, "instance_id", "instance_version", "payload",
"key_enabled"}`` (docs/vendor-api/omicall-*.md). A failure carries
``payload = {"status": "fail", "error": "<code>", "message": "..."}``; the client reads the body
first (OMICall may answer a failure with HTTP 200 or 4xx) and falls back on the HTTP status.
Each documented ``payload.error`` becomes the PbxError subclass below with ``code`` = the vendor's
string, so ``core/messages.py`` can explain it.
"""

from __future__ import annotations

from typing import Any

from .errors import (
    AuthError,
    InvalidInput,
    PbxError,
    PermissionDenied,
    ServerError,
    UserBusy,
    UserNotRegistered,
)
from .http import Reply

VENDOR = "omicall"
OK = 9999
FAIL = -9999

# payload.error -> (class, the request field it is about, if any)
ERRORS: dict[str, tuple[type[PbxError], str | None]] = {
    # click-to-call (omicall-click-to-call.md)
    "data_is_required": (InvalidInput, None),
    "tenant_invalid": (AuthError, None),
    "user_not_registered": (UserNotRegistered, None),
    "number_call_out_invalid": (InvalidInput, "hotline"),
    "extension_invalid": (InvalidInput, "extension"),
    "user_busy": (UserBusy, None),
    "do_not_call": (InvalidInput, "phone_number"),
    "unknown": (ServerError, None),
    # auto-call (omicall-auto-call.md)
    "limit_service": (PermissionDenied, None),
    "limit_word": (InvalidInput, "variables"),
    "limit_word_session": (InvalidInput, "variables"),
    "balance_is_not_enough": (PermissionDenied, None),
}


def _status_code(body: dict[str, Any]) -> int | None:
    value = body.get("status_code")
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def make_error(code: str, message: str, *, status: int | None = None,
               blank: tuple[str, ...] = ()) -> PbxError:
    """The typed error for OMICall's ``payload.error``; ``blank``: request fields left empty
    (named in a data_is_required)."""
    cls, field = ERRORS.get(code, (ServerError, None))
    if cls is InvalidInput:
        fields = {field: message} if field else {name: "is required" for name in blank}
        return InvalidInput(message, fields=fields, code=code, status=status, vendor=VENDOR)
    return cls(message, code=code, status=status, vendor=VENDOR)


def error_from(reply: Reply, *, blank: tuple[str, ...] = ()) -> PbxError | None:
    """The error this reply stands for, or None when it is a success."""
    body = reply.json_or_none()
    status = reply.status
    if not isinstance(body, dict):
        if status < 400:
            return None  # the caller decodes and raises ProtocolError when it needs JSON
        if status == 401:
            return AuthError("the access token was refused", code="401", status=status,
                             vendor=VENDOR)
        return ServerError("the server answered with an error page", status=status,
                           vendor=VENDOR)
    code_value = _status_code(body)
    payload = body.get("payload")
    failed = code_value is not None and code_value != OK
    if not failed and status < 400:
        return None
    error = message = ""
    if isinstance(payload, dict):
        raw_error, raw_message = payload.get("error"), payload.get("message")
        error = raw_error.strip() if isinstance(raw_error, str) else ""
        message = raw_message.strip() if isinstance(raw_message, str) else ""
    if error in ERRORS:
        return make_error(error, message or error, status=status, blank=blank)
    if status == 401:
        return AuthError(message or "the access token was refused", code=error or "401",
                         status=status, vendor=VENDOR)
    return ServerError(message or error or f"status_code {code_value}",
                       code=error or "unknown", status=status, vendor=VENDOR)


def raise_for(reply: Reply, *, blank: tuple[str, ...] = ()) -> None:
    error = error_from(reply, blank=blank)
    if error is not None:
        raise error
