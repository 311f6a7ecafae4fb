"""A supervisor's dialer queues: send customers as an autodialer or autocall queue, start, stop,
delete, block customers (do-not-call), and remember the queues this person created.

``Campaigns.send(kind, values, customers)`` checks the queue's settings here first
(``check_settings``: the documented required fields, counts as whole numbers) and sends nothing
when something is wrong; otherwise one ``POST /v2/autodialer/queue`` or ``/v2/autocall/queue``,
never repeated (not on a network failure, not after a 401). ``sent`` carries the server's
success and fail lists per customer (autocall answers them; an autodialer takes all or none).
``act(kind, code, action)`` starts, stops or deletes a queue (delete is refused here while the
queue is running, as the docs say a queue is deleted after it was stopped); ``block(code, ids)``
sends a do-not-call list to an autocall queue. Each queue created is remembered in a JSON file
(``store_path``, in the app's data folder: kind, code, state, created time, counts, settings —
no secrets), per account and server, so it is listed again after a restart. Every failure is a
translated sentence (``describe``); a 403 says the PBX lets only admin accounts do this. Qt
signals at the edge, no widgets.
"""

from __future__ import annotations

import asyncio
import enum
import json
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..pbx import InvalidInput, NotFound, PbxClient, PbxError, PermissionDenied, Unavailable
from ..pbx.models import AutocallQueue, AutodialerQueue, ImportResult, QueueCustomer
from .messages import describe
from .session import Session

__all__ = ["ACTIONS", "Campaigns", "QueueKind", "QueueRecord", "QueueState", "SendOutcome",
           "check_settings"]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")

ACTIONS = ("start", "stop", "delete")
STORE_VERSION = 1
_CODE_LIMIT = 100


class QueueKind(str, enum.Enum):
    AUTODIALER = "autodialer"  # the PBX rings customers and hands answered calls to agents
    AUTOCALL = "autocall"  # the PBX plays a scripted template (IVR) to customers


class QueueState(str, enum.Enum):
    RUNNING = "running"
    STOPPED = "stopped"
    DELETED = "deleted"


#: The settings each kind takes, in the order a form shows them, and which are required.
SETTINGS: dict[QueueKind, tuple[str, ...]] = {
    QueueKind.AUTODIALER: ("campaign_id", "queue_code", "precall_ratio", "max_recall_count",
                           "queue_agents"),
    QueueKind.AUTOCALL: ("queue_code", "template", "concurrent_call", "max_recall_count",
                         "min_recall_duration"),
}
REQUIRED: dict[QueueKind, frozenset[str]] = {
    QueueKind.AUTODIALER: frozenset({"campaign_id", "queue_code", "precall_ratio",
                                     "max_recall_count"}),
    QueueKind.AUTOCALL: frozenset({"queue_code", "template"}),
}
_COUNTS = {"precall_ratio": 1, "max_recall_count": 0, "concurrent_call": 1,
           "min_recall_duration": 0}  # the smallest value that makes sense


@dataclass
class QueueRecord:
    """A queue this person created, as remembered: counts are the customers sent, taken and
    refused, and the ids blocked since."""

    kind: str
    queue_code: str
    state: str = QueueState.RUNNING.value
    created: str = ""  # local time, ISO 8601 to the second
    customers: int = 0
    success: int = 0
    fail: int = 0
    dnc: int = 0
    settings: dict[str, Any] = field(default_factory=dict)
    owner: str = ""  # username@server: whose list it is (not a secret)

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.queue_code

    @classmethod
    def load(cls, item: Mapping[str, Any]) -> QueueRecord | None:
        try:
            record = cls(kind=str(item["kind"]), queue_code=str(item["queue_code"]),
                         state=str(item.get("state", QueueState.RUNNING.value)),
                         created=str(item.get("created", "")),
                         customers=int(item.get("customers", 0)),
                         success=int(item.get("success", 0)), fail=int(item.get("fail", 0)),
                         dnc=int(item.get("dnc", 0)),
                         settings=dict(item.get("settings") or {}),
                         owner=str(item.get("owner", "")))
        except (KeyError, TypeError, ValueError):
            return None
        if record.kind not in {k.value for k in QueueKind} or not record.queue_code:
            return None
        return record


@dataclass(frozen=True)
class SendOutcome:
    """What became of a send: ``success`` / ``fail`` are customer ids (the server's lists for
    autocall; every id sent for an autodialer that took them); ``message`` is for people;
    ``problems`` are the settings refused here, by field; ``sent`` tells whether a request went
    out at all."""

    kind: QueueKind
    queue_code: str
    ok: bool
    message: str
    success: tuple[str, ...] = ()
    fail: tuple[str, ...] = ()
    problems: dict[str, str] = field(default_factory=dict)
    sent: bool = False


def _count(text: str, name: str) -> tuple[int | None, str]:
    text = text.strip()
    if not text:
        return None, ""
    if not text.isascii() or not text.isdigit():
        return None, translate("campaigns", "Write a whole number.")
    value = int(text)
    if value < _COUNTS[name]:
        return None, translate("campaigns", "At least {minimum}.").format(minimum=_COUNTS[name])
    return value, ""


def check_settings(kind: QueueKind, values: Mapping[str, str]
                   ) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """The settings to send for what was typed, or None and the problems per field."""
    kind = QueueKind(kind)
    cleaned: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for name in SETTINGS[kind]:
        text = str(values.get(name) or "").strip()
        if not text:
            if name in REQUIRED[kind]:
                problems[name] = translate("campaigns", "Required.")
            continue
        if name in _COUNTS:
            value, problem = _count(text, name)
            if problem:
                problems[name] = problem
            else:
                cleaned[name] = value
        elif name == "queue_agents":
            agents = [a.strip() for a in text.replace(";", ",").split(",") if a.strip()]
            if not all(a.isascii() and a.isdigit() for a in agents):
                problems[name] = translate("campaigns", "Extensions separated by commas, such "
                                                        "as 101,102.")
            else:
                cleaned[name] = ",".join(agents)
        else:
            if len(text) > _CODE_LIMIT or (name == "queue_code"
                                           and any(ch.isspace() for ch in text)):
                problems[name] = translate("campaigns", "No spaces, at most {limit} "
                                                        "characters.").format(limit=_CODE_LIMIT)
            else:
                cleaned[name] = text
    return (None, problems) if problems else (cleaned, {})


class Campaigns(QObject):
    """The dialer queues of one supervisor: sending, acting, and the remembered list."""

    sendingChanged = Signal(bool)  # a queue is being sent
    sent = Signal(object)  # SendOutcome: the PBX created (or added to) the queue
    sendFailed = Signal(object)  # SendOutcome: refused here or by the PBX
    queuesChanged = Signal()  # the remembered list or a state in it changed
    actionStarted = Signal(str, str, str)  # kind, queue_code, action ("start" … or "dnc")
    actionDone = Signal(str, str, str)  # kind, queue_code, action
    actionFailed = Signal(str, str, str, str)  # kind, queue_code, action, a sentence for people

    def __init__(self, session: Session, store_path: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store_path = Path(store_path)
        self._records: list[QueueRecord] = self._read_store()
        self._send_task: asyncio.Task[None] | None = None
        self._action_tasks: dict[tuple[str, str], asyncio.Task[None]] = {}
        session.loggedIn.connect(lambda _info: self.queuesChanged.emit())
        session.loggedOut.connect(self.queuesChanged.emit)

    # --- state --------------------------------------------------------------------------------

    @property
    def sending(self) -> bool:
        return self._send_task is not None and not self._send_task.done()

    def owner(self) -> str:
        account = self.session.account
        if account is None:
            return ""
        return f"{account.username}@{self.session.server_url}"

    def queues(self) -> list[QueueRecord]:
        """The queues the logged-in person created on this server, newest first."""
        owner = self.owner()
        mine = [replace(r) for r in self._records if owner and r.owner == owner]
        return sorted(mine, key=lambda r: r.created, reverse=True)

    def record(self, kind: str, queue_code: str) -> QueueRecord | None:
        owner = self.owner()
        return next((r for r in self._records if r.key == (kind, queue_code)
                     and r.owner == owner), None)

    def busy(self, kind: str, queue_code: str) -> bool:
        """An action on this queue is waiting for the PBX."""
        task = self._action_tasks.get((kind, queue_code))
        return task is not None and not task.done()

    def refusal(self) -> str:
        """Why nothing can be sent now ("" when it can): not logged in, not a supervisor."""
        client, account = self.session.client, self.session.account
        if client is None or account is None:
            return translate("campaigns", "Log in first. Nothing was sent.")
        if not account.is_admin:
            return translate("campaigns", "Only supervisor (admin) accounts can create and "
                                          "control dialer queues. Nothing was sent.")
        capabilities = getattr(client, "capabilities", None)
        if capabilities is not None and not (capabilities.autodialer or capabilities.autocall):
            return translate("campaigns", "This PBX does not offer dialer queues.")
        return ""

    def delete_refusal(self, kind: str, queue_code: str) -> str:
        """Why this queue cannot be deleted now ("" when it can)."""
        record = self.record(kind, queue_code)
        if record is not None and record.state == QueueState.RUNNING.value:
            return translate("campaigns", "The PBX deletes only a stopped queue: stop it first, "
                                          "then delete it.")
        if record is not None and record.state == QueueState.DELETED.value:
            return translate("campaigns", "This queue is already deleted.")
        return ""

    # --- sending a queue ----------------------------------------------------------------------

    def send(self, kind: QueueKind | str, values: Mapping[str, str],
             customers: Sequence[QueueCustomer]) -> bool:
        """Check and send the queue once; False (and ``sendFailed``, nothing sent) when something
        is wrong here or a send is still waiting for the PBX."""
        kind = QueueKind(kind)
        code = str(values.get("queue_code") or "").strip()
        reason = self.refusal()
        if not reason and self.sending:
            reason = translate("campaigns", "Still sending the last queue; wait for the PBX's "
                                            "answer.")
        if not reason and not customers:
            reason = translate("campaigns", "There are no customers ready to send.")
        if reason:
            self.sendFailed.emit(SendOutcome(kind, code, False, reason))
            return False
        settings, problems = check_settings(kind, values)
        if settings is None:
            log.info("%s queue not sent: %s", kind.value, ", ".join(sorted(problems)))
            self.sendFailed.emit(SendOutcome(kind, code, False, translate(
                "campaigns", "Check the marked settings. Nothing was sent."), problems=problems))
            return False
        client = self.session.client
        assert client is not None
        self._send_task = asyncio.ensure_future(
            self._send(client, kind, settings, tuple(customers)))
        self._send_task.add_done_callback(lambda _task: self.sendingChanged.emit(False))
        self.sendingChanged.emit(True)
        return True

    async def _send(self, client: PbxClient, kind: QueueKind, settings: dict[str, Any],
                    customers: tuple[QueueCustomer, ...]) -> None:
        code = settings["queue_code"]
        ids = tuple(c.id for c in customers)
        log.info("sending %s queue %s with %d customer(s)", kind.value, code, len(customers))
        try:
            if kind is QueueKind.AUTODIALER:
                await client.create_autodialer_queue(AutodialerQueue(
                    campaign_id=settings["campaign_id"], queue_code=code,
                    precall_ratio=settings["precall_ratio"],
                    max_recall_count=settings["max_recall_count"],
                    queue_agents=settings.get("queue_agents", ""),
                    customers=tuple(QueueCustomer(c.id, c.mobiles) for c in customers)))
                result = ImportResult(success=ids, fail=())
            else:
                result = await client.create_autocall_queue(AutocallQueue(
                    queue_code=code, template=settings["template"], customers=customers,
                    concurrent_call=settings.get("concurrent_call"),
                    max_recall_count=settings.get("max_recall_count"),
                    min_recall_duration=settings.get("min_recall_duration")))
        except asyncio.CancelledError:
            raise
        except PbxError as error:
            if client is not self.session.client:
                return
            log.warning("%s queue %s was not created: %s", kind.value, code, error)
            fail = ()
            if kind is QueueKind.AUTOCALL and isinstance(error, InvalidInput) and error.fields:
                fail = tuple(error.fields)  # "import fail": every customer refused
            self.sendFailed.emit(SendOutcome(kind, code, False, self._send_sentence(
                error, kind, settings), fail=fail, sent=True))
            return
        except Exception as error:  # a bug: say so, keep the view usable
            log.exception("sending %s queue %s failed unexpectedly", kind.value, code)
            self.sendFailed.emit(SendOutcome(kind, code, False, describe(error), sent=True))
            return
        if client is not self.session.client:
            return
        log.info("%s queue %s: %d taken, %d refused", kind.value, code, len(result.success),
                 len(result.fail))
        self._remember_sent(kind, settings, len(customers), result)
        if result.fail:
            message = translate("campaigns", "Queue {code} created: the PBX took {success} "
                                             "customer(s) and refused {fail}; they are marked "
                                             "in the list.").format(
                                                 code=code, success=len(result.success),
                                                 fail=len(result.fail))
        else:
            message = translate("campaigns", "Queue {code} created with {count} customer(s); "
                                             "the PBX is dialing it.").format(
                                                 code=code, count=len(result.success))
        self.sent.emit(SendOutcome(kind, code, True, message, result.success, result.fail,
                                   sent=True))

    def _send_sentence(self, error: PbxError, kind: QueueKind, settings: dict[str, Any]) -> str:
        if isinstance(error, PermissionDenied):
            return self._forbidden(error)
        if isinstance(error, Unavailable) and error.request_sent:
            return translate("campaigns", "The server stopped answering, so the queue may have "
                                          "been created anyway. Check it on the PBX before "
                                          "sending again; nothing is resent automatically.")
        text = error.message.strip().lower()
        if text == "campaign is invalid":
            return translate("campaigns", "The PBX does not know campaign “{campaign}”. Check "
                                          "the campaign id.").format(
                                              campaign=settings.get("campaign_id", ""))
        if text == "import fail":
            return translate("campaigns", "The PBX refused every customer, so no queue was "
                                          "created. The refused rows are marked.")
        return describe(error)

    def _forbidden(self, error: PbxError) -> str:
        return describe(error) + " " + translate(
            "campaigns", "The PBX lets only admin (supervisor) accounts create and control "
                         "dialer queues; nothing was changed.")

    def _remember_sent(self, kind: QueueKind, settings: dict[str, Any], sent: int,
                       result: ImportResult) -> None:
        code = settings["queue_code"]
        record = self.record(kind.value, code)
        kept = {k: v for k, v in settings.items() if k != "queue_code"}
        if record is None or record.state == QueueState.DELETED.value:
            if record is not None:
                self._records.remove(record)
            record = QueueRecord(kind.value, code, created=_now(), owner=self.owner())
            self._records.append(record)
        record.customers += sent
        record.success += len(result.success)
        record.fail += len(result.fail)
        record.settings.update(kept)
        self._save()

    # --- acting on a queue --------------------------------------------------------------------

    def act(self, kind: QueueKind | str, queue_code: str, action: str) -> bool:
        """Start, stop or delete a queue once; False (and ``actionFailed``) when refused here."""
        kind = QueueKind(kind)
        if action not in ACTIONS:
            raise ValueError(action)
        reason = self._action_refusal(kind, queue_code)
        if not reason and action == "delete":
            reason = self.delete_refusal(kind.value, queue_code)
        if reason:
            self.actionFailed.emit(kind.value, queue_code, action, reason)
            return False
        client = self.session.client
        assert client is not None
        self._start_action(kind, queue_code, action, self._act(client, kind, queue_code, action))
        return True

    def block(self, queue_code: str, customer_ids: Sequence[str]) -> bool:
        """Send a do-not-call list (customer ids) to an autocall queue once."""
        kind = QueueKind.AUTOCALL
        ids = list(dict.fromkeys(i.strip() for i in customer_ids if i.strip()))
        reason = self._action_refusal(kind, queue_code)
        if not reason and not ids:
            reason = translate("campaigns", "Give the ids of the customers not to call.")
        record = self.record(kind.value, queue_code)
        if not reason and record is not None and record.state == QueueState.DELETED.value:
            reason = translate("campaigns", "This queue is already deleted.")
        if reason:
            self.actionFailed.emit(kind.value, queue_code, "dnc", reason)
            return False
        client = self.session.client
        assert client is not None
        self._start_action(kind, queue_code, "dnc", self._block(client, queue_code, ids))
        return True

    def forget(self, kind: str, queue_code: str) -> bool:
        """Drop a queue from the remembered list (nothing is sent)."""
        record = self.record(kind, queue_code)
        if record is None:
            return False
        self._records.remove(record)
        self._save()
        return True

    def _action_refusal(self, kind: QueueKind, queue_code: str) -> str:
        reason = self.refusal()
        if reason:
            return reason
        if not queue_code.strip():
            return translate("campaigns", "Choose a queue first.")
        if self.busy(kind.value, queue_code):
            return translate("campaigns", "Still waiting for the PBX to answer the last request "
                                          "on this queue.")
        return ""

    def _start_action(self, kind: QueueKind, code: str, action: str, coroutine: Any) -> None:
        key = (kind.value, code)
        self._action_tasks[key] = asyncio.ensure_future(coroutine)
        log.info("%s on %s queue %s", action, kind.value, code)
        self.actionStarted.emit(kind.value, code, action)

    async def _act(self, client: PbxClient, kind: QueueKind, code: str, action: str) -> None:
        try:
            if kind is QueueKind.AUTODIALER:
                await client.autodialer_queue_action(action, code)
            else:
                await client.autocall_queue_action(action, code)
        except asyncio.CancelledError:
            self._action_tasks.pop((kind.value, code), None)
            raise
        except PbxError as error:
            self._action_tasks.pop((kind.value, code), None)
            self._action_failed(kind, code, action, error)
            return
        self._action_tasks.pop((kind.value, code), None)
        state = {"start": QueueState.RUNNING, "stop": QueueState.STOPPED,
                 "delete": QueueState.DELETED}[action]
        self._set_state(kind, code, state)
        self.actionDone.emit(kind.value, code, action)

    async def _block(self, client: PbxClient, code: str, ids: list[str]) -> None:
        kind = QueueKind.AUTOCALL
        try:
            await client.autocall_dnc(code, ids)
        except asyncio.CancelledError:
            self._action_tasks.pop((kind.value, code), None)
            raise
        except PbxError as error:
            self._action_tasks.pop((kind.value, code), None)
            self._action_failed(kind, code, "dnc", error)
            return
        self._action_tasks.pop((kind.value, code), None)
        record = self.record(kind.value, code)
        if record is not None:
            record.dnc += len(ids)
            self._save()
        log.info("%d customer(s) blocked in autocall queue %s", len(ids), code)
        self.actionDone.emit(kind.value, code, "dnc")

    def _action_failed(self, kind: QueueKind, code: str, action: str, error: PbxError) -> None:
        log.warning("%s on %s queue %s failed: %s", action, kind.value, code, error)
        if isinstance(error, PermissionDenied):
            sentence = self._forbidden(error)
        elif isinstance(error, NotFound):
            sentence = translate("campaigns", "The PBX no longer has queue {code}; it was "
                                              "deleted.").format(code=code)
            self._set_state(kind, code, QueueState.DELETED)
        elif error.message.strip().lower() == "queue is running":
            sentence = translate("campaigns", "The PBX deletes only a stopped queue: stop it "
                                              "first, then delete it.")
            self._set_state(kind, code, QueueState.RUNNING)
        elif isinstance(error, Unavailable) and error.request_sent:
            sentence = translate("campaigns", "The server stopped answering, so the PBX may have "
                                              "done it anyway. Nothing is resent "
                                              "automatically.")
        else:
            sentence = describe(error)
        self.actionFailed.emit(kind.value, code, action, sentence)

    def _set_state(self, kind: QueueKind, code: str, state: QueueState) -> None:
        record = self.record(kind.value, code)
        if record is not None and record.state != state.value:
            record.state = state.value
            self._save()

    # --- the remembered list ------------------------------------------------------------------

    def _read_store(self) -> list[QueueRecord]:
        try:
            data = json.loads(self.store_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            log.info("the remembered queues could not be read (%s); starting afresh",
                     type(error).__name__)
            return []
        items = data.get("queues") if isinstance(data, dict) else None
        records = [QueueRecord.load(item) for item in items or [] if isinstance(item, dict)]
        return [r for r in records if r is not None]

    def _save(self) -> None:
        data = {"version": STORE_VERSION, "queues": [asdict(r) for r in self._records]}
        try:
            self.store_path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.store_path.with_suffix(".tmp")
            temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1),
                                 encoding="utf-8")
            os.replace(temporary, self.store_path)
        except OSError as error:
            log.warning("the remembered queues could not be saved: %s", type(error).__name__)
        self.queuesChanged.emit()


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")
