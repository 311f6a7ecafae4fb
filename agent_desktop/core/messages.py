"""One path from a failure to a sentence a person can act on, in their language.

``describe(error)`` turns a PbxError (or any exception) into a translated sentence; the context
says what was being done (logging in, dialing, acting on a call) because the same vendor error
means different things there. Secrets never appear: errors carry none, unknown exceptions are
described by their type, not their text, and what a server wrote is passed through ``log.redact``.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")

from ..log import redact
from .plain_text import isolate
from ..pbx.http import CERTIFICATE_UNTRUSTED, PlainHttpRefused
from ..pbx import (
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
    Unsupported,
    UserBusy,
    UserNotRegistered,
)


class Context(enum.Enum):
    GENERAL = "general"
    LOGIN = "login"
    CALL = "call"  # placing a call: says whether it may already have been placed


def _vendor_sentence(error: PbxError, context: Context, ext: str) -> str | None:
    """Sentences for vendor codes (OMICall, TeleCMI) that say more than their error class."""
    key = (error.vendor, error.code)
    if key == ("omicall", "tenant_invalid"):
        if context is Context.LOGIN:
            return translate("messages", "OMICall does not know this API key, or the account is "
                                         "disabled.")
        return translate("messages", "OMICall no longer accepts this account (tenant not found "
                                     "or disabled). Please log in again.")
    if key == ("omicall", "do_not_call"):
        return translate("messages", "This number is on the do-not-call list, so it cannot be "
                                     "called.")
    if key == ("omicall", "number_call_out_invalid"):
        return translate("messages", "The hotline to call out on is missing or not valid. Choose "
                                     "one of your account's hotlines.")
    if key == ("omicall", "extension_invalid"):
        return translate("messages", "Extension {ext} does not exist on the PBX or is "
                                     "disabled.").format(ext=ext)
    if key == ("omicall", "user_busy"):
        return translate("messages", "The line is busy: the number called or extension {ext} is "
                                     "already in a call.").format(ext=ext)
    if key == ("omicall", "limit_service"):
        return translate("messages", "Your OMICall plan does not include automatic calls.")
    if key == ("omicall", "limit_word"):
        return translate("messages", "Too much text to read aloud: at most 300 characters per "
                                     "session and 3,000 a day.")
    if key == ("omicall", "limit_word_session"):
        return translate("messages", "Too much text to read aloud: at most 300 characters per "
                                     "session.")
    if key == ("omicall", "balance_is_not_enough"):
        return translate("messages", "The OMICall account's balance is too low for these calls.")
    if key == ("telecmi", "404"):
        return translate("messages", "TeleCMI refused the user id or app secret. Please log in "
                                     "again with the right ones.")
    return None


_SERVER_TEXT_LIMIT = 300  # characters of what a server wrote that a sentence quotes


def _server(text: str) -> str:
    """What a server wrote, quoted in our sentence: one line, at most _SERVER_TEXT_LIMIT
    characters, isolated so that right-to-left marks in it cannot reorder our words."""
    return isolate(text, _SERVER_TEXT_LIMIT)


def describe(error: BaseException, context: Context = Context.GENERAL, ext: str = "") -> str:
    """A translated sentence for ``error``, with anything that looks like a secret masked (a
    server may echo a request's api_key or password in the message it sends back)."""
    return redact(_sentence(error, context, ext))


def _sentence(error: BaseException, context: Context, ext: str) -> str:
    ext = ext or "?"
    if isinstance(error, SessionExpired):
        return translate("messages", "Your session had expired; it has been renewed and nothing was "
                                     "done. Please try again.")
    if isinstance(error, PbxError) and error.vendor in ("omicall", "telecmi"):
        sentence = _vendor_sentence(error, context, ext)
        if sentence is not None:
            return sentence
    if isinstance(error, AuthError):
        if context is Context.LOGIN:
            return translate("messages", "Wrong username or password.")
        return translate("messages", "The PBX no longer accepts this session. Please log in again.")
    if isinstance(error, PermissionDenied):
        return translate("messages", "Your account is not allowed to do this.")
    if isinstance(error, UserNotRegistered):
        return translate("messages", "The phone for extension {ext} is not logged in (softphone or IP "
                                     "phone).").format(ext=ext)
    if isinstance(error, CallFailed):
        if error.code == "NO_ANSWER":
            return translate("messages", "Your phone (extension {ext}) did not answer, so the call was "
                                         "not placed.").format(ext=ext)
        if error.code == "CALL_REJECTED":
            return translate("messages", "The call was rejected on extension {ext}.").format(ext=ext)
        return translate("messages", "The call could not be connected.")
    if isinstance(error, UserBusy):
        return translate("messages", "Extension {ext} is busy.").format(ext=ext)
    if isinstance(error, PlainHttpRefused):
        return translate("messages", "This address starts with http://, so the password would "
                                     "cross the network unencrypted. Use the server's https:// "
                                     "address. If the PBX has no https, turn on \"Allow plain "
                                     "http://\" in the settings (or start with "
                                     "--allow-plain-http) at your own risk.")
    if isinstance(error, TlsError) and error.code == CERTIFICATE_UNTRUSTED:
        return translate("messages", "The server's certificate is not trusted (self-signed, "
                                     "expired or made for another name), so nothing was sent. "
                                     "If your PBX uses its own certificate authority, start "
                                     "agent-desktop with SSL_CERT_FILE set to that CA's file.")
    if isinstance(error, TlsError):
        return translate("messages", "A secure connection to the server could not be made. Check the "
                                     "address (https://) and the server's certificate.")
    if isinstance(error, Unavailable):
        if context is Context.CALL and error.request_sent:
            return translate("messages", "The server stopped answering. The call may already have been "
                                         "placed: check your phone and the live calls before dialing "
                                         "again.")
        if error.request_sent:
            return translate("messages", "The server stopped answering. Check your network and try "
                                         "again.")
        return translate("messages", "The server cannot be reached. Check the address and your "
                                     "network.")
    if isinstance(error, ProtocolError) or (context is Context.LOGIN
                                            and isinstance(error, NotFound)):
        return translate("messages", "This address does not answer like a PBX. Check the server "
                                     "address.")
    if isinstance(error, NotFound):
        return translate("messages", "It no longer exists (the call may have ended).")
    if isinstance(error, InvalidInput):
        detail = "; ".join(f"{name}: {text}" for name, text in error.fields.items())
        return translate("messages", "The PBX refused the input: {detail}").format(
            detail=_server(detail or error.message))
    if isinstance(error, Unsupported):
        return translate("messages", "This PBX does not offer that feature.")
    if isinstance(error, ServerError):
        return translate("messages", "The PBX had a problem ({detail}). Try again in a "
                                     "moment.").format(detail=_server(error.message))
    if isinstance(error, PbxError):
        return translate("messages", "The PBX refused: {detail}").format(
            detail=_server(error.message))
    return translate("messages", "Something went wrong ({kind}). Details are in the log "
                                 "file.").format(kind=type(error).__name__)
