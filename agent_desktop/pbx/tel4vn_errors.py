"""TEL4VN's error envelopes, turned into typed errors.

The call-center API answers errors in several shapes (see docs/vendor-api and
docs/api-conventions.md):

- ``{"status": "fail", "error": "USER_NOT_REGISTERED", "message": "..."}`` (click-to-call, calls)
- ``{"code": 404, "content": "user is not existed", "error": "Not Found"}`` (auth, users, customers)
- ``{"code": 400, "content": [{"phone_number": "Does not match pattern ..."}], "error": "Bad Request"}``
- ``{"message": "queue not found"}`` (autodialer), ``{"code": 404, "content": "queue not found"}``

The body is read first; the HTTP status decides only when the body says nothing.
"""

from __future__ import annotations

from typing import Any

from .errors import (
    AuthError,
    CallFailed,
    InvalidInput,
    NotFound,
    PbxError,
    PermissionDenied,
    ServerError,
    UserBusy,
    UserNotRegistered,
)
from .http import Reply

VENDOR = "tel4vn"

_BY_VENDOR_CODE: dict[str, type[PbxError]] = {
    "USER_NOT_REGISTERED": UserNotRegistered,
    "USER_BUSY": UserBusy,
    "CALL_NOT_FOUND": NotFound,
    "NO_ANSWER": CallFailed,
    "CALL_REJECTED": CallFailed,
    "NOT_FOUND": NotFound,
    "INVALID_PARAMS": InvalidInput,
    "UNAUTHORIZED": AuthError,
    "FORBIDDEN": PermissionDenied,
}


def _numeric(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())  # not "²": str.isdigit() is true for it, int() refuses it
    return None


def _field_messages(content: Any) -> dict[str, str]:
    """``content`` of a 400: a list of {field: message} or one such object."""
    items = content if isinstance(content, list) else [content]
    out: dict[str, str] = {}
    for item in items:
        if isinstance(item, dict):
            for name, text in item.items():
                out[str(name)] = text if isinstance(text, str) else str(text)
    return out


def _class_for(vendor_code: str | None, numeric: int | None, text: str) -> type[PbxError]:
    if vendor_code and vendor_code.upper() in _BY_VENDOR_CODE:
        return _BY_VENDOR_CODE[vendor_code.upper()]
    if numeric == 401:
        return AuthError
    if numeric == 403:
        return PermissionDenied
    if numeric == 404 or "not found" in text.lower() or "not existed" in text.lower():
        return NotFound
    if numeric is not None and 400 <= numeric < 500:
        return InvalidInput
    return ServerError


def error_from(reply: Reply, *, success_message: str | None = None) -> PbxError | None:
    """The error this reply stands for, or None when it is a success.

    ``success_message``: for endpoints whose only success signal is ``{"message": "successfully"}``
    (autodialer), any other message is an error even with HTTP 200.
    """
    return error_in(reply.json_or_none(), reply.status, success_message=success_message)


def error_in(body: Any, status: int, *, success_message: str | None = None) -> PbxError | None:
    """``error_from`` of an answer already decoded: ``body`` (None when it was not JSON) and its
    HTTP ``status``."""
    if not isinstance(body, dict):
        if status < 400:
            return None  # the caller decodes and raises ProtocolError when it needs JSON
        return _class_for(None, status, "")(
            "the server answered with an error page", status=status, vendor=VENDOR
        )

    vendor_code: str | None = None
    message = ""
    fields: dict[str, str] = {}
    numeric: int | None = None

    if str(body.get("status", "")).lower() in ("fail", "failed", "error"):
        error = body.get("error")
        vendor_code = error if isinstance(error, str) and error else "FAIL"
        raw_message = body.get("message")
        message = raw_message if isinstance(raw_message, str) and raw_message else vendor_code
    else:
        body_code = _numeric(body.get("code"))
        if body_code is not None and body_code >= 400:
            numeric = body_code
        elif status >= 400:
            numeric = status
        raw_message = body.get("message")
        if success_message is not None and isinstance(raw_message, str):
            if raw_message.strip().lower() != success_message:
                message = raw_message
                numeric = numeric or (status if status >= 400 else 400)
        if numeric is None:
            return None
        content = body.get("content")
        if isinstance(content, str) and content:
            message = content
        elif isinstance(content, (list, dict)):
            fields = _field_messages(content)
        if not message:
            for key in ("message", "error"):
                value = body.get(key)
                if isinstance(value, str) and value:
                    message = value
                    break
        message = message or f"HTTP {numeric}"

    cls = _class_for(vendor_code, numeric if numeric is not None else status, message)
    if cls is InvalidInput:
        return InvalidInput(message, fields=fields, code=vendor_code, status=status, vendor=VENDOR)
    return cls(message, code=vendor_code, status=status, vendor=VENDOR)


def raise_for(reply: Reply, *, success_message: str | None = None) -> None:
    error = error_from(reply, success_message=success_message)
    if error is not None:
        raise error
