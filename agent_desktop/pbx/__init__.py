"""The PBX layer: vendor clients that speak each vendor's REST API. No Qt here.

``Tel4vnClient``, ``OmicallClient`` and ``TelecmiClient`` implement the ``PbxClient`` protocol
(``vendors.VENDORS`` says what each can do, ``vendors.make_client`` makes one); responses come
back as the frozen dataclasses of ``models`` and failures as the ``PbxError`` subclasses of
``errors``.
"""

from .base import AutoCallSessions, Capabilities, PbxClient, Unsupported
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
from .omicall import OmicallClient
from .omicall_autocall import AutoCallBuilder, AutoCallResult, AutoCallSession
from .tel4vn import Tel4vnClient
from .telecmi import TelecmiClient
from .vendors import VENDORS, VendorInfo, make_client

__all__ = [
    "AutoCallBuilder", "AutoCallResult", "AutoCallSession", "AutoCallSessions", "OmicallClient",
    "TelecmiClient", "VENDORS", "VendorInfo", "make_client",
    "AuthError", "CallFailed", "Capabilities", "InvalidInput", "NotFound", "PbxClient", "PbxError",
    "PermissionDenied", "ProtocolError", "ServerError", "SessionExpired", "Tel4vnClient",
    "TlsError", "Unavailable", "Unsupported", "UserBusy", "UserNotRegistered",
]
