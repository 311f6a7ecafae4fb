"""Click-to-call, exactly once: from any number in the app, a link, the clipboard or the dial bar.

``Dialer.dial(text, source)`` reads the number (``core.phone``), refuses what cannot be dialed
with a clear message and sends nothing, and places the call on the PBX in the mode the settings
say (asynchronous by default; synchronous waits until the agent's phone answers, and can be
cancelled; for a customer record the POST with the customer id), with the settings' options.

Never twice: a request is never retried; a second request for a number already being placed is
merged; the same number again within a couple of seconds (a double click, a link handed over twice)
is merged too, and within ``REPEAT_WINDOW`` seconds asks for confirmation first. A network failure
says whether the call may already have been placed, and then counts as placed for these rules; so
does an answer that cannot be read (the server took the request).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..config import Settings
from ..pbx import PbxError, ProtocolError, Unavailable
from ..pbx.models import ClickToCallMode, ClickToCallOptions
from .messages import Context, describe
from .phone import DialNumber, InvalidNumber, Problem, parse_dial_number
from .session import Session

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

MERGE_WINDOW = 2.0  # the same number again this soon: a double click or a repeated hand-off
REPEAT_WINDOW = 10.0  # the same number again this soon: ask before calling again
RECENT_LIMIT = 20


@dataclass(frozen=True)
class DialRequest:
    id: int
    number: DialNumber
    source: str  # "dial bar", "live calls", "popup", "missed calls", "link", "clipboard", …
    mode: ClickToCallMode
    customer_id: str = ""
    extension: str = ""  # the agent's, whose phone rings first


class Dialer(QObject):
    invalid = Signal(str, str)  # what was typed, why it cannot be dialed (nothing was sent)
    started = Signal(object)  # DialRequest: being placed (sync: the agent's phone is ringing)
    placed = Signal(object, str)  # DialRequest, call_id
    failed = Signal(object, str)  # DialRequest, a sentence for people
    cancelled = Signal(object, str)  # DialRequest, a sentence for people (sync mode only)
    confirmationNeeded = Signal(object, float)  # DialRequest, seconds since that number was called
    merged = Signal(object)  # DialRequest dropped as a duplicate

    def __init__(self, session: Session, settings: Callable[[], Settings],
                 save_settings: Callable[[Settings], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.save_settings = save_settings
        self.clock = clock
        self._ids = itertools.count(1)
        self._task: asyncio.Task[None] | None = None
        self._current: DialRequest | None = None
        self._recent: dict[str, float] = {}  # number dialed -> when it was placed (clock)
        session.loggedOut.connect(self._recent.clear)

    @property
    def busy(self) -> DialRequest | None:
        """The request being placed, if any."""
        return self._current if self._task is not None and not self._task.done() else None

    # --- asking ---------------------------------------------------------------------------

    def prepare(self, text: str, source: str, mode: ClickToCallMode | None = None,
                customer_id: str = "") -> DialRequest | None:
        """Read and check a request without placing it; emits ``invalid`` and returns None when
        it cannot be dialed."""
        settings = self.settings()
        if mode is None:
            mode = (ClickToCallMode.CUSTOMER if customer_id
                    else ClickToCallMode(settings.dial_mode))
        caps = self.session.capabilities
        if self.session.client is not None and not caps.supports(mode) and caps.supports(
                ClickToCallMode.ASYNC):
            log.info("%s is not offered by this PBX: calling asynchronously", mode.value)
            mode, customer_id = ClickToCallMode.ASYNC, ""
        try:
            number = parse_dial_number(text, settings.default_region)
            if mode is ClickToCallMode.CUSTOMER and not number.fits_customer_pattern():
                raise InvalidNumber(Problem.NOT_A_MOBILE, text)
        except InvalidNumber as error:
            log.info("not dialing %r from %s: %s", text[:64], source, error.problem.value)
            self.invalid.emit(text, error.message())
            return None
        account = self.session.account
        return DialRequest(next(self._ids), number, source, mode, customer_id,
                           account.extension if account else "")

    def dial(self, text: str, source: str, mode: ClickToCallMode | None = None,
             customer_id: str = "", confirmed: bool = False) -> DialRequest | None:
        """Place a call to ``text`` unless it is invalid, a duplicate, or needs confirming first;
        returns the request being placed."""
        request = self.prepare(text, source, mode, customer_id)
        return None if request is None else self.place(request, confirmed)

    def place(self, request: DialRequest, confirmed: bool = False) -> DialRequest | None:
        number = request.number.dial
        if self.session.client is None or self.session.account is None:
            self.failed.emit(request, translate("dialer", "Log in first to make calls."))
            return None
        busy = self.busy
        if busy is not None:
            if busy.number.dial == number:
                log.info("merged a second request for %s from %s", number, request.source)
                self.merged.emit(request)
            else:
                self.failed.emit(request, translate(
                    "dialer", "Still placing the call to {number}; wait a moment.").format(
                        number=busy.number.display))
            return None
        last = self._recent.get(number)
        age = None if last is None else self.clock() - last
        if age is not None and age < MERGE_WINDOW:
            log.info("merged a repeated request for %s from %s", number, request.source)
            self.merged.emit(request)
            return None
        if age is not None and age < REPEAT_WINDOW and not confirmed:
            self.confirmationNeeded.emit(request, age)
            return None
        request = replace(request, extension=self.session.account.extension)
        self._current = request
        self._task = asyncio.ensure_future(self._place(request))
        self._task.add_done_callback(lambda task: self._finished(task, request))
        self.started.emit(request)  # at once, so the UI reacts at the click
        return request

    def cancel(self) -> bool:
        """Stop waiting for a synchronous call; the PBX may still ring the agent's phone."""
        if self._task is None or self._task.done():
            return False
        self._task.cancel()
        return True

    # --- placing --------------------------------------------------------------------------

    def options(self, request: DialRequest) -> ClickToCallOptions:
        s = self.settings()
        return ClickToCallOptions(
            src_cid_name=s.src_cid_name or None, src_cid_number=s.src_cid_number or None,
            dest_cid_name=s.dest_cid_name or None, dest_cid_number=s.dest_cid_number or None,
            auto_answer=True if s.auto_answer else None, hotline=s.hotline or None,
            is_encode=s.is_encode, customer_id=request.customer_id or None)

    async def _place(self, request: DialRequest) -> None:
        client = self.session.client
        assert client is not None
        number = request.number.dial
        sent = number
        if client.capabilities.international_numbers and request.number.e164:
            sent = request.number.e164  # TeleCMI: a leading 0 does not survive in its number
        log.info("placing a call to %s from extension %s (%s, from %s)", number,
                 request.extension, request.mode.value, request.source)
        try:
            result = await client.click_to_call(request.extension, sent,
                                                self.options(request), request.mode)
        except ProtocolError as error:
            # The server took the request and answered something unreadable (a proxy's page, a
            # cut-off body): the call may well be ringing. Counts as placed for the rules above.
            self._recent[number] = self.clock()
            log.warning("the answer to the call to %s could not be read: %s", number, error)
            self.failed.emit(request, translate(
                "dialer", "The PBX's answer could not be read. The call may already have been "
                          "placed: check your phone and the live calls before dialing again."))
            return
        except PbxError as error:
            if isinstance(error, Unavailable) and error.request_sent:
                self._recent[number] = self.clock()
            log.warning("the call to %s was not placed: %s", number, error)
            self.failed.emit(request, describe(error, Context.CALL, request.extension))
            return
        self._recent[number] = self.clock()
        log.info("call to %s placed: call_id %s", number, result.call_id)
        self._remember(request.number.raw if request.number.kind == "extension"
                       else request.number.display)
        self.placed.emit(request, result.call_id)

    def _finished(self, task: asyncio.Task[None], request: DialRequest) -> None:
        if self._current is request:
            self._current = None
        if task.cancelled():  # the person stopped waiting (sync mode), or the app is closing
            self._recent[request.number.dial] = self.clock()  # it may still ring: ask first
            log.info("stopped waiting for the call to %s", request.number.dial)
            self.cancelled.emit(request, translate(
                "dialer", "Stopped waiting. Your phone may still ring for this call."))

    def _remember(self, shown: str) -> None:
        settings = self.settings()
        recent = (shown, *[n for n in settings.recent_numbers if n != shown])[:RECENT_LIMIT]
        if self.save_settings is not None and recent != settings.recent_numbers:
            self.save_settings(replace(settings, recent_numbers=recent))
