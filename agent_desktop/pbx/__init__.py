"""The PBX layer: vendor clients that speak each vendor's REST API. No Qt here.

``Tel4vnClient`` implements the ``PbxClient`` protocol with every capability; responses come back as
the frozen dataclasses of ``models`` and failures as the ``PbxError`` subclasses of ``errors``.
"""

from .base import Capabilities, PbxClient, Unsupported
from .errors import (
    AuthError,
    CallFailed,
    InvalidInput,
    NotFound,
    PbxError,
    PermissionDenied,
    ProtocolError,
    ServerError,
    SessionExpired,
    TlsError,
    Unavailable,
    UserBusy,
    UserNotRegistered,
)
from .tel4vn import Tel4vnClient

__all__ = [
    "AuthError", "CallFailed", "Capabilities", "InvalidInput", "NotFound", "PbxClient", "PbxError",
    "PermissionDenied", "ProtocolError", "ServerError", "SessionExpired", "Tel4vnClient",
    "TlsError", "Unavailable", "Unsupported", "UserBusy", "UserNotRegistered",
]
