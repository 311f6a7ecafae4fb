"""Telling the agent a call rings: the popup stack, the tray balloon, the tray's ringing state.

Listens to core's IncomingCalls. For each ringing call it shows a popup at once (the caller's
number formatted), asks core's CallerLookup for the last calls and the customer and fills them in
when they arrive, shows a tray balloon, and closes the popup when the call is answered, taken by
a colleague or ends. The popup's buttons open the CRM, copy the number, or call back.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ..config import Settings
from ..core.call_diff import agent_extension, customer_number
from ..core.caller_lookup import CallerHistory, CallerLookup
from ..core.crm import crm_url
from ..core.incoming import IncomingCalls
from ..core.phone import format_number
from ..core.plain_text import isolate
from ..pbx.models import CdrStatus, LiveCall
from .popup import HistoryLine, PopupInfo
from .popup_stack import PopupStack

log = logging.getLogger(__name__)


class CallAlerts(QObject):
    def __init__(
        self,
        incoming: IncomingCalls,
        settings: Callable[[], Settings],
        lookup: Callable[[], CallerLookup | None],
        dial: Callable[[str], None],
        tray: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.incoming = incoming
        self.settings = settings
        self.lookup = lookup
        self.dial = dial
        self.tray = tray
        self.stack = PopupStack(self)
        self._calls: dict[str, LiveCall] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        incoming.ringing.connect(self.on_ringing)
        incoming.stopped.connect(self.on_stopped)
        incoming.missedChanged.connect(self._update_tray)

    # --- core's news ------------------------------------------------------------------------

    def on_ringing(self, call: LiveCall) -> None:
        settings = self.settings()
        number = customer_number(call)
        shown = format_number(number, settings.default_region)
        self._calls[call.call_id] = call
        if settings.notify_popup:
            if self.tray is not None:
                self.stack.set_anchor(self.tray.icon.geometry())
            known = {p.info.call_id for p in self.stack.popups()}
            popup = self.stack.show_call(self._info(call))
            if call.call_id not in known:  # a new popup: wire its buttons once
                popup.openCrmRequested.connect(self.open_crm)
                popup.copyRequested.connect(lambda n: log.info("copied %s", n))
                popup.callBackRequested.connect(self.dial)
                self._tasks[call.call_id] = asyncio.ensure_future(self._fill(call))
        if settings.notify_balloon and self.tray is not None:
            self.tray.icon.showMessage(
                self.tr("Incoming call"),
                self.tr("{number} is calling {extension}").format(
                    number=isolate(shown[:40]), extension=isolate(agent_extension(call)[:40])),
                QSystemTrayIcon.MessageIcon.Information, 8000)
        if settings.notify_sound:
            QApplication.beep()
        self._update_tray()

    def on_stopped(self, call_id: str, why: str) -> None:
        log.info("call %s stopped ringing: %s", call_id, why)
        self._calls.pop(call_id, None)
        task = self._tasks.pop(call_id, None)
        if task is not None:
            task.cancel()
        self.stack.close_call(call_id)
        self._update_tray()

    def _update_tray(self) -> None:
        if self.tray is not None:
            self.tray.set_ringing(len(self.incoming.ringing_calls()))
            self.tray.set_missed(self.incoming.unseen)

    # --- the popup's content ----------------------------------------------------------------

    def _info(self, call: LiveCall, history: CallerHistory | None = None) -> PopupInfo:
        settings = self.settings()
        number = customer_number(call)
        lines: tuple[HistoryLine, ...] = ()
        state = "loading"
        customer_name = customer_code = ""
        total = 0
        if history is not None:
            state = "failed" if history.failed else "ready"
            total = history.total
            lines = tuple(HistoryLine(when=c.time_started, direction=c.direction,
                                      status=self.status_words(c.status_kind),
                                      duration=c.duration, extension=c.extension)
                          for c in history.cdrs)
            if history.customer is not None:
                customer_name = history.customer.customer_name
                customer_code = history.customer.customer_code
        return PopupInfo(
            call_id=call.call_id, number=number,
            display_number=format_number(number, settings.default_region),
            to=agent_extension(call), started=call.created_time, history=lines,
            history_state=state, history_total=total, customer_name=customer_name,
            customer_code=customer_code, crm_enabled=bool(crm_url(settings.crm_url_template,
                                                                  number)))

    async def _fill(self, call: LiveCall) -> None:
        lookup = self.lookup()
        if lookup is None:
            return
        history = await lookup.history(customer_number(call))
        if call.call_id in self._calls:
            self.stack.update_call(self._info(call, history))
        self._tasks.pop(call.call_id, None)

    def status_words(self, status: CdrStatus) -> str:
        return {
            CdrStatus.ANSWERED: self.tr("Answered"),
            CdrStatus.BUSY: self.tr("Busy"),
            CdrStatus.NO_ANSWERED: self.tr("Not answered"),
            CdrStatus.CANCEL: self.tr("Cancelled"),
            CdrStatus.NOT_AVAILABLE: self.tr("Unreachable"),
            CdrStatus.INVALID: self.tr("Failed"),
            CdrStatus.UNKNOWN: self.tr("Unknown"),
        }[status]

    def open_crm(self, call_id: str) -> None:
        call = self._calls.get(call_id)
        popup = next((p for p in self.stack.popups() if p.info.call_id == call_id), None)
        number = customer_number(call) if call else (popup.info.number if popup else "")
        extension = agent_extension(call) if call else (popup.info.to if popup else "")
        url = crm_url(self.settings().crm_url_template, number, call_id, extension)
        if url:
            log.info("opening the CRM for call %s", call_id)
            QDesktopServices.openUrl(QUrl(url))
