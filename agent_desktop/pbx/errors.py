"""Typed errors of the PBX layer.

Every failure a vendor client can meet ends up as one of these. Each carries the vendor's own code
and message (``code``, ``message``), the HTTP status when there was one, and for InvalidInput the
server's per-field messages. ``str(error)`` is a plain sentence for logs; the core turns the class
and code into a translated message for people. Nothing secret is ever put in an error.
"""

from __future__ import annotations

from collections.abc import Mapping


class PbxError(Exception):
    """Base of every error raised by a vendor client."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status: int | None = None,
        vendor: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status
        self.vendor = vendor

    def __str__(self) -> str:
        parts = [self.message]
        if self.code and self.code not in self.message:
            parts.append(f"[{self.code}]")
        if self.status is not None:
            parts.append(f"(HTTP {self.status})")
        return " ".join(parts)


class AuthError(PbxError):
    """Wrong credentials, an unknown api_key, or a token the server no longer accepts."""


class SessionExpired(AuthError):
    """The token expired during a request that must not be repeated.

    The client has already fetched a new token; the action was *not* carried out (the server refused
    it before acting), so the person may simply try again.
    """


class PermissionDenied(PbxError):
    """The account's level does not allow this (HTTP 403)."""


class NotFound(PbxError):
    """The call, CDR, customer, user, event or queue does not exist (any more)."""


class UserNotRegistered(PbxError):
    """The extension's softphone or IP phone is not logged in (USER_NOT_REGISTERED)."""


class UserBusy(PbxError):
    """The extension is already in a call (USER_BUSY)."""


class CallFailed(PbxError):
    """The synchronous click-to-call did not connect: the agent's phone rang out (NO_ANSWER) or
    rejected the call (CALL_REJECTED)."""


class InvalidInput(PbxError):
    """The server refused the input (HTTP 400), with its messages per field when it gave them."""

    def __init__(
        self,
        message: str,
        *,
        fields: Mapping[str, str] | None = None,
        code: str | None = None,
        status: int | None = None,
        vendor: str | None = None,
    ) -> None:
        super().__init__(message, code=code, status=status, vendor=vendor)
        self.fields: dict[str, str] = dict(fields or {})

    def __str__(self) -> str:
        base = super().__str__()
        if not self.fields:
            return base
        detail = "; ".join(f"{name}: {text}" for name, text in self.fields.items())
        return f"{base} — {detail}"


class ServerError(PbxError):
    """The server failed (HTTP 5xx) or answered with an error we cannot place."""


class Unavailable(PbxError):
    """The server could not be reached or did not answer in time.

    ``request_sent`` tells whether the request may have reached the server before the failure: a
    refused connection or a DNS failure means it did not; a read time-out or a dropped connection
    means it may have, so a call may already have been placed.
    """

    def __init__(
        self,
        message: str,
        *,
        request_sent: bool,
        code: str | None = None,
        vendor: str | None = None,
    ) -> None:
        super().__init__(message, code=code, vendor=vendor)
        self.request_sent = request_sent


class TlsError(Unavailable):
    """The TLS handshake failed: an untrusted or mismatched certificate, or not a TLS server."""


class ProtocolError(PbxError):
    """The server's answer is not what the API documents: not JSON, or the wrong shape.

    ``field`` names the missing or ill-typed field when there is one.
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        status: int | None = None,
        vendor: str | None = None,
    ) -> None:
        super().__init__(message, status=status, vendor=vendor)
        self.field = field
