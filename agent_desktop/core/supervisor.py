"""A supervisor's actions on live calls: listen, whisper, barge and transfer, each exactly once.

``SupervisorActions.act(action, call_id, ext)`` checks what it can before sending anything (logged
in, a supervisor level, an extension of digits, no other action on that call still waiting for the
PBX), then sends one ``POST /v2/call/{call_id}/{action}`` in the background and reports
``started`` at once, then ``done`` or ``failed`` with a translated sentence. Requests that act on a
call are never repeated: not on a network failure, not after a 401 (the client raises
SessionExpired instead, and the sentence says nothing was done).

It also remembers the calls the supervisor is monitoring from their own extension (after a
successful listen, whisper or barge) until the call ends: ``forget_gone`` takes the ids of the
calls on the PBX now, and is connected to the live-call poller when one is given. Qt signals at
the edge, no widgets.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..pbx import (
    NotFound,
    PbxClient,
    PbxError,
    PermissionDenied,
    Unavailable,
    UserBusy,
    UserNotRegistered,
)
from ..pbx.models import CallAction
from .live_calls import LiveCallPoller
from .messages import Context, describe
from .session import Session

__all__ = ["MONITOR_ACTIONS", "CallAction", "SupervisorActions"]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("supervisor", "literal")

#: The actions that connect the supervisor's own phone to a call.
MONITOR_ACTIONS = frozenset({CallAction.LISTEN, CallAction.WHISPER, CallAction.BARGE})
_EXTENSION_LIMIT = 20  # digits an extension may have (what a person typed is echoed, shortened)


class SupervisorActions(QObject):
    started = Signal(object, str, str)  # CallAction, call_id, target extension: request sent
    done = Signal(object, str, str)  # CallAction, call_id, target extension: the PBX did it
    failed = Signal(object, str, str)  # CallAction, call_id, a sentence for people
    monitoringChanged = Signal()

    def __init__(self, session: Session, poller: LiveCallPoller | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._tasks: dict[str, asyncio.Task[None]] = {}  # call_id -> the request in flight
        self._pending: dict[str, CallAction] = {}
        self._gone_in_flight: set[str] = set()  # calls that ended while an action was waiting
        self._monitoring: dict[str, CallAction] = {}
        self._poller = poller
        session.loggedOut.connect(self._logged_out)
        if poller is not None:
            poller.updated.connect(self._polled)

    # --- what the UI asks -------------------------------------------------------------------

    def default_target(self) -> str:
        """The supervisor's own extension: whose phone listens, whispers or barges in."""
        account = self.session.account
        return account.extension.strip() if account is not None else ""

    def refusal(self) -> str:
        """Why no action can be sent now ("" when they can): not logged in, or not a supervisor."""
        account = self.session.account
        if self.session.client is None or account is None:
            return translate("supervisor", "Log in first to act on calls. Nothing was sent.")
        if not account.is_admin:
            return translate("supervisor", "Only supervisor accounts can listen to, whisper to, "
                                           "barge into or transfer calls. Nothing was sent.")
        capabilities = getattr(self.session.client, "capabilities", None)
        if capabilities is not None and not capabilities.call_actions:
            return translate("supervisor", "This PBX does not let supervisors listen to, whisper "
                                           "to, barge into or transfer calls.")
        return ""

    def pending(self, call_id: str) -> CallAction | None:
        """The action on this call still waiting for the PBX, if any."""
        return self._pending.get(call_id)

    def monitoring(self) -> dict[str, CallAction]:
        """The calls I am monitoring from my own extension, and how."""
        return dict(self._monitoring)

    def act(self, action: CallAction | str, call_id: str, ext: str) -> bool:
        """Send ``action`` on ``call_id`` with target ``ext`` in the background; False (and
        ``failed``) when it is refused before anything is sent."""
        action = CallAction(action)
        call_id, ext = call_id.strip(), ext.strip()
        reason = self.refusal() or self._check(action, call_id, ext)
        if reason:
            log.info("not sending %s on call %s: refused here", action.value, call_id or "-")
            self.failed.emit(action, call_id, reason)
            return False
        client = self.session.client
        assert client is not None
        self._pending[call_id] = action
        self._gone_in_flight.discard(call_id)
        self._tasks[call_id] = asyncio.ensure_future(self._send(client, action, call_id, ext))
        log.info("%s on call %s with extension %s", action.value, call_id, ext)
        self.started.emit(action, call_id, ext)
        return True

    def forget_gone(self, current_call_ids: Iterable[str]) -> None:
        """Drop the monitored calls that are no longer on the PBX (a poll's call ids)."""
        current = set(current_call_ids)
        self._gone_in_flight.update(cid for cid in self._pending if cid not in current)
        gone = [cid for cid in self._monitoring if cid not in current]
        for call_id in gone:
            del self._monitoring[call_id]
        if gone:
            log.info("stopped monitoring %d ended call(s)", len(gone))
            self.monitoringChanged.emit()

    def _polled(self, _diff: object) -> None:
        if self._poller is not None:
            self.forget_gone(self._poller.snapshot.calls)

    # --- sending ------------------------------------------------------------------------------

    def _check(self, action: CallAction, call_id: str, ext: str) -> str:
        if not call_id:
            return translate("supervisor", "Choose a call first.")
        if not ext:
            if action is CallAction.TRANSFER:
                return translate("supervisor", "Enter the extension to transfer the call to.")
            return translate("supervisor", "Your account has no extension, so your phone cannot "
                                           "join calls.")
        if not ext.isascii() or not ext.isdigit() or len(ext) > _EXTENSION_LIMIT:
            shown = ext if len(ext) <= _EXTENSION_LIMIT else ext[:_EXTENSION_LIMIT] + "…"
            return translate("supervisor", "“{ext}” is not an extension: use digits only. Nothing "
                                           "was sent.").format(ext=shown)
        busy = self._pending.get(call_id)
        if busy is not None:
            return translate("supervisor", "Still waiting for the PBX to answer the last request "
                                           "on this call; try again in a moment.")
        return ""

    async def _send(self, client: PbxClient, action: CallAction, call_id: str, ext: str) -> None:
        try:
            await client.call_action(action, call_id, ext)
        except asyncio.CancelledError:  # the app is closing
            self._settle(call_id)
            raise
        except PbxError as error:
            self._settle(call_id)
            log.warning("%s on call %s failed: %s", action.value, call_id, error)
            self.failed.emit(action, call_id, self._sentence(error, action, ext))
            return
        except Exception as error:  # a bug: say so, and keep the panel usable
            self._settle(call_id)
            log.exception("%s on call %s failed unexpectedly", action.value, call_id)
            self.failed.emit(action, call_id, describe(error, Context.GENERAL, ext))
            return
        gone = self._settle(call_id)
        if client is self.session.client and action in MONITOR_ACTIONS \
                and ext == self.default_target():
            if gone:
                log.info("call %s ended while %s was being set up", call_id, action.value)
            elif self._monitoring.get(call_id) is not action:
                self._monitoring[call_id] = action
                self.monitoringChanged.emit()
        log.info("%s on call %s done", action.value, call_id)
        self.done.emit(action, call_id, ext)

    def _settle(self, call_id: str) -> bool:
        """The request on ``call_id`` is over (before its outcome is told, so that listeners see
        the call free again); whether the call ended meanwhile."""
        self._tasks.pop(call_id, None)
        self._pending.pop(call_id, None)
        gone = call_id in self._gone_in_flight
        self._gone_in_flight.discard(call_id)
        return gone

    def _sentence(self, error: PbxError, action: CallAction, ext: str) -> str:
        mine = ext == self.default_target() and action in MONITOR_ACTIONS
        if isinstance(error, NotFound):
            return translate("supervisor", "That call has already ended.")
        if isinstance(error, PermissionDenied):
            return describe(error, Context.GENERAL, ext) + " " + translate(
                "supervisor", "The PBX lets only admin accounts listen to, whisper to, barge into "
                              "or transfer calls.")
        if isinstance(error, UserNotRegistered) and mine:
            return translate("supervisor", "Your phone (extension {ext}) is not logged in. Log in "
                                           "your softphone or IP phone, then try again.").format(
                                               ext=ext)
        if isinstance(error, UserBusy) and mine:
            return translate("supervisor", "Your phone (extension {ext}) is already in a call. "
                                           "Hang up first, then try again.").format(ext=ext)
        if isinstance(error, Unavailable) and error.request_sent:
            return translate("supervisor", "The server stopped answering, so the PBX may have "
                                           "done it anyway. Check the live calls before trying "
                                           "again.")
        return describe(error, Context.GENERAL, ext)

    def _logged_out(self) -> None:
        self._gone_in_flight.update(self._pending)
        if self._monitoring:
            self._monitoring.clear()
            self.monitoringChanged.emit()
