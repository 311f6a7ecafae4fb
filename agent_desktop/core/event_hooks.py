"""The tenant's event hooks (``/v1/event``): list them, add one, delete one, and hook or unhook
this desktop's event receiver. Qt signals at the edge, no widgets.

``EventHooks(session)`` keeps the last list the PBX gave (``hooks()``) and runs one request
round at a time in the background: ``refresh()``, ``create(url, event, key)``, ``delete(id)``,
``hook_desktop(url, key)`` (the four events for that URL, skipping those already hooked to it)
and ``unhook_desktop(url)`` (every hook to that URL). Each round that changes something reads the
list again afterwards, so the table shows what the PBX really has. It reports ``busy(bool)``
around a round, ``changed()`` when the list (or whether it may be read) changed, ``done(str)``
with what was done and ``failed(str)`` with why not, as translated sentences.

What can be checked here is checked before anything is sent: logged in, an admin account (only
admins may use ``/v1/event``), a callback URL that is http(s) with a host, and one of the four
events the PBX really sends (the docs: any other event is accepted but never sent; write to the
PBX's support for others). A create or delete is sent once and never repeated: not after a
network failure, not after a 401. Callback api keys are secrets: they are never logged, and the
log masks them should they appear anywhere.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..log import redact_value
from ..pbx import InvalidInput, NotFound, PbxClient, PbxError, PermissionDenied, \
    Unavailable
from ..pbx.models import EventHook, HookEvent
from .messages import describe
from .session import Session

__all__ = ["EVENTS", "EventHooks", "event_meaning", "event_problem", "same_url", "url_problem"]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("event_hooks", "literal")

#: The events the PBX sends, in the order of a call.
EVENTS: tuple[str, ...] = (HookEvent.RINGING.value, HookEvent.ANSWERED.value,
                           HookEvent.HANGUP.value, HookEvent.CDR.value)
_URL_LIMIT = 2000  # characters; longer is a paste gone wrong


def event_meaning(event: str) -> str:
    """When the PBX sends ``event``, in people's words ("" for an event it never sends)."""
    meanings = {
        HookEvent.RINGING.value: lambda: translate("event_hooks", "a call starts ringing"),
        HookEvent.ANSWERED.value: lambda: translate("event_hooks", "someone picks up"),
        HookEvent.HANGUP.value: lambda: translate("event_hooks", "a call ends"),
        HookEvent.CDR.value: lambda: translate("event_hooks", "the call record is ready"),
    }
    meaning = meanings.get(event.strip().lower())
    return meaning() if meaning is not None else ""


def event_warning() -> str:
    """The docs' warning about any other event, translated."""
    return translate("event_hooks", "The PBX only sends ringing, answered, hangup and cdr; it "
                                    "would accept any other event but never send it. Write to "
                                    "the PBX's support for other events.")


def known_event(text: str) -> str | None:
    """``text`` as one of the four events (case and spaces aside), or None."""
    event = text.strip().lower()
    return event if event in EVENTS else None


def event_problem(text: str) -> str:
    """Why ``text`` cannot be hooked ("" when it can)."""
    if not text.strip():
        return translate("event_hooks", "Choose the event to hook.")
    return "" if known_event(text) else event_warning()


def url_problem(text: str) -> str:
    """Why ``text`` is not a callback URL the PBX can post to ("" when it is)."""
    url = text.strip()
    if not url:
        return translate("event_hooks", "Enter the address the PBX should post the events to.")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname \
            or any(c.isspace() for c in url) or len(url) > _URL_LIMIT:
        return translate("event_hooks", "Enter a web address starting with http:// or https:// "
                                        "and a server name, such as "
                                        "https://crm.example.com/pbx-events.")
    return ""


def same_url(first: str, second: str) -> bool:
    """Whether two callback URLs are the same address (spaces, a final slash and the case of the
    scheme and host aside)."""
    def key(url: str) -> tuple[str, str, str]:
        parts = urlsplit(url.strip())
        rest = url.strip()[len(parts.scheme) + 3 + len(parts.netloc):] if parts.netloc else url
        return parts.scheme.lower(), parts.netloc.lower(), rest.rstrip("/")
    try:
        return key(first) == key(second)
    except ValueError:
        return first.strip() == second.strip()


def _host(url: str) -> str:
    """What the log may say about a callback URL: its host (a path may carry a token)."""
    try:
        return urlsplit(url.strip()).hostname or "?"
    except ValueError:
        return "?"


class EventHooks(QObject):
    """The tenant's event hooks, and the requests that change them, one round at a time."""

    changed = Signal()  # the list, or whether this account may read it, changed
    failed = Signal(str)  # a sentence for people: what failed and why
    done = Signal(str)  # a sentence for people: what was done
    busy = Signal(bool)  # a round of requests started (True) or ended (False)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._hooks: list[EventHook] = []
        self._loaded = False
        self._denied = ""  # why the PBX refused this account, after a 403
        self._task: asyncio.Task[None] | None = None
        session.loggedOut.connect(self._forget)
        session.loggedIn.connect(self._logged_in)

    # --- what the UI reads --------------------------------------------------------------------

    def hooks(self) -> list[EventHook]:
        """The hooks as the PBX last listed them."""
        return list(self._hooks)

    @property
    def loaded(self) -> bool:
        """Whether the list was read since logging in."""
        return self._loaded

    @property
    def is_busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def refusal(self) -> str:
        """Why hooks cannot be managed with this session ("" when they can, as far as is known):
        not logged in, not an admin account, a PBX without hooks, or the PBX said no."""
        return self._local_refusal() or self._denied

    def _local_refusal(self) -> str:
        account = self.session.account
        if self.session.client is None or account is None:
            return translate("event_hooks", "Log in first to manage event hooks.")
        if not account.is_admin:
            return translate("event_hooks", "Only admin (supervisor) accounts can see and change "
                                            "the PBX's event hooks. Ask your administrator to set "
                                            "them up.")
        capabilities = getattr(self.session.client, "capabilities", None)
        if capabilities is not None and not capabilities.event_hooks:
            return translate("event_hooks", "This PBX does not offer event hooks.")
        return ""

    def problems(self, url: str, event: str) -> dict[str, str]:
        """What is wrong with a new hook, by field ("url", "event"); empty when it can be sent."""
        found = {"url": url_problem(url), "event": event_problem(event)}
        return {name: text for name, text in found.items() if text}

    def hooked_to(self, url: str) -> list[EventHook]:
        """The listed hooks that post to ``url``."""
        return [hook for hook in self._hooks if same_url(hook.callback_url, url)]

    # --- what the UI asks -----------------------------------------------------------------------

    def refresh(self) -> bool:
        """Read the list again; False when it cannot be read now (``failed`` says why, except
        while another round runs: that round reads the list at its end anyway)."""
        if self.is_busy:
            return False
        return self._start(None, "refresh", retry_denied=True)

    def create(self, url: str, event: str, key: str | None = None) -> bool:
        """Add one hook, then read the list again; False (and ``failed``) when refused here."""
        problems = self.problems(url, event)
        if problems:
            log.info("not creating a hook: %s", ", ".join(sorted(problems)))
            self.failed.emit(" ".join(problems.values()))
            return False
        url, event, key = url.strip(), known_event(event) or "", (key or "").strip() or None
        return self._start(lambda client: self._create(client, url, event, key), "create")

    def delete(self, hook_id: str) -> bool:
        """Delete one hook by its ``event_domain_uuid``, then read the list again."""
        hook_id = hook_id.strip()
        if not hook_id:
            self.failed.emit(translate("event_hooks", "Choose a hook first."))
            return False
        return self._start(lambda client: self._delete(client, hook_id), "delete")

    def hook_desktop(self, url: str, key: str | None = None) -> bool:
        """Hook the four events to this desktop's receiver at ``url``, skipping the events
        already hooked to it with ``key`` and replacing those hooked with another key; then read
        the list again."""
        problem = url_problem(url)
        if problem:
            self.failed.emit(problem)
            return False
        url, key = url.strip(), (key or "").strip() or None
        return self._start(lambda client: self._hook_desktop(client, url, key), "hook desktop")

    def unhook_desktop(self, url: str) -> bool:
        """Delete every hook posting to this desktop's receiver at ``url``."""
        if not url.strip():
            self.failed.emit(url_problem(url))
            return False
        return self._start(lambda client: self._unhook_desktop(client, url.strip()),
                           "unhook desktop")

    # --- the rounds -----------------------------------------------------------------------------

    def _start(self, work: Callable[[PbxClient], Awaitable[object]] | None, name: str,
               retry_denied: bool = False) -> bool:
        if self.is_busy:
            self.failed.emit(translate("event_hooks", "Still waiting for the PBX to answer the "
                                                      "last request; try again in a moment."))
            return False
        reason = self._local_refusal() if retry_denied else self.refusal()
        if reason:
            log.info("event hooks: %s refused here", name)
            self.failed.emit(reason)
            self.changed.emit()  # the view explains instead of showing a table
            return False
        client = self.session.client
        assert client is not None
        self._task = asyncio.ensure_future(self._round(client, work, name))
        self.busy.emit(True)
        return True

    async def _round(self, client: PbxClient,
                     work: Callable[[PbxClient], Awaitable[object]] | None, name: str) -> None:
        try:
            if work is not None:
                await work(client)
            if client is self.session.client and (work is None or not self._denied):
                await self._reload(client)
        except asyncio.CancelledError:  # logged out, or the app is closing
            raise
        except Exception as error:  # a bug: say so, and keep the view usable
            log.exception("event hooks: %s failed unexpectedly", name)
            self.failed.emit(describe(error))
        finally:
            if asyncio.current_task() is self._task:
                self._task = None
            self.busy.emit(False)

    async def _reload(self, client: PbxClient) -> None:
        try:
            hooks = await client.list_events()
        except PbxError as error:
            if client is self.session.client:
                log.info("listing event hooks failed: %s", error)
                self._report(error, acted=False)
            return
        if client is not self.session.client:
            return
        for hook in hooks:
            redact_value(hook.callback_apikey)
        self._hooks, self._loaded, self._denied = hooks, True, ""
        log.info("%d event hook(s)", len(hooks))
        self.changed.emit()

    async def _create(self, client: PbxClient, url: str, event: str, key: str | None) -> bool:
        if key:
            redact_value(key)
        log.info("creating a %s hook to %s", event, _host(url))
        try:
            created = await client.create_event(url, event, key)
        except PbxError as error:
            log.warning("creating a %s hook failed: %s", event, error)
            self._report(error, translate("event_hooks", "The hook for “{event}” was not "
                                                          "added.").format(event=event))
            return False
        if not created:
            log.warning("the PBX did not create the %s hook", event)
            self.failed.emit(translate("event_hooks", "The PBX answered that it did not add the "
                                                      "hook for “{event}”.").format(event=event))
            return False
        self.done.emit(translate("event_hooks", "Added the hook for “{event}”: the PBX posts to "
                                                "{url} when {meaning}.").format(
                                                    event=event, url=url,
                                                    meaning=event_meaning(event)))
        return True

    async def _delete(self, client: PbxClient, hook_id: str) -> bool:
        hook = next((h for h in self._hooks if h.event_domain_uuid == hook_id), None)
        event = hook.event_name if hook is not None else "?"
        log.info("deleting event hook %s (%s)", hook_id, event)
        try:
            deleted = await client.delete_event(hook_id)
        except NotFound:
            self.done.emit(translate("event_hooks", "That hook was already deleted."))
            return True
        except PbxError as error:
            log.warning("deleting event hook %s failed: %s", hook_id, error)
            self._report(error, translate("event_hooks", "The hook for “{event}” was not "
                                                          "deleted.").format(event=event))
            return False
        if not deleted:
            self.failed.emit(translate("event_hooks", "The PBX answered that it did not delete "
                                                      "the hook for “{event}”.").format(
                                                          event=event))
            return False
        self.done.emit(translate("event_hooks", "Deleted the hook for “{event}”.").format(
            event=event))
        return True

    async def _hook_desktop(self, client: PbxClient, url: str, key: str | None) -> None:
        try:
            current = await client.list_events()  # what the PBX has now, not what was shown
        except PbxError as error:
            log.info("listing event hooks failed: %s", error)
            self._report(error, translate("event_hooks", "Nothing was hooked."), acted=False)
            return
        ours = [hook for hook in current if same_url(hook.callback_url, url)]
        # Hooks to this desktop with another key (before "New api key") would be refused here.
        stale = [hook for hook in ours if key and hook.callback_apikey != key]
        for hook in stale:
            log.info("replacing the %s hook of this desktop: its api key is an old one",
                     hook.event_name)
            try:
                await client.delete_event(hook.event_domain_uuid)
            except PbxError as error:
                log.warning("deleting an old hook of this desktop failed: %s", error)
                self._report(error, translate("event_hooks", "An old hook of this desktop could "
                                                             "not be replaced; nothing was added."))
                return
        have = {hook.event_name.strip().lower() for hook in ours if hook not in stale}
        missing = [event for event in EVENTS if event not in have]
        if not missing:
            self.done.emit(translate("event_hooks", "This desktop already gets all four events; "
                                                    "nothing was added."))
            return
        if key:
            redact_value(key)
        added: list[str] = []
        for event in missing:
            log.info("hooking %s to this desktop (%s)", event, _host(url))
            try:
                created = await client.create_event(url, event, key)
            except PbxError as error:  # stop here: the next ones would most likely fail too
                log.warning("hooking %s to this desktop failed: %s", event, error)
                self._report(error, self._partly_hooked(added, event))
                return
            if not created:
                self.failed.emit(self._partly_hooked(added, event))
                return
            added.append(event)
        self.done.emit(translate("event_hooks", "This desktop now gets every call event. Added: "
                                                "{events}.").format(events=", ".join(added)))

    @staticmethod
    def _partly_hooked(added: list[str], event: str) -> str:
        if not added:
            return translate("event_hooks", "Hooking “{event}” failed, so nothing was "
                                            "hooked.").format(event=event)
        return translate("event_hooks", "Added {events}, then hooking “{event}” failed; the rest "
                                        "was not sent.").format(events=", ".join(added),
                                                                 event=event)

    async def _unhook_desktop(self, client: PbxClient, url: str) -> None:
        try:
            current = await client.list_events()
        except PbxError as error:
            log.info("listing event hooks failed: %s", error)
            self._report(error, translate("event_hooks", "Nothing was deleted."), acted=False)
            return
        mine = [hook for hook in current if same_url(hook.callback_url, url)]
        if not mine:
            self.done.emit(translate("event_hooks", "No hook posts to this desktop; nothing was "
                                                    "deleted."))
            return
        deleted = 0
        for hook in mine:
            log.info("unhooking %s (%s) from this desktop", hook.event_domain_uuid,
                     hook.event_name)
            try:
                await client.delete_event(hook.event_domain_uuid)
            except NotFound:
                pass  # someone else deleted it meanwhile: that is what was wanted
            except PbxError as error:
                log.warning("unhooking %s failed: %s", hook.event_domain_uuid, error)
                self._report(error, translate(
                    "event_hooks", "Deleted {done} of {total} hooks of this desktop, then one "
                                   "failed; the rest was not sent.").format(
                                       done=deleted, total=len(mine)))
                return
            deleted += 1
        self.done.emit(translate("event_hooks", "Unhooked this desktop: deleted %n hook(s).", "",
                                 deleted))

    def _report(self, error: PbxError, what: str = "", acted: bool = True) -> None:
        """Tell ``failed`` what happened (``what`` first); a 403 also marks the account as not
        allowed. ``acted``: the request would have changed something."""
        if isinstance(error, PermissionDenied):
            self._denied = translate("event_hooks", "The PBX refused: only admin accounts can "
                                                    "see and change event hooks.")
            self._hooks, self._loaded = [], False
            self.changed.emit()
        sentence = describe(error)
        if isinstance(error, Unavailable) and error.request_sent and acted:
            sentence = translate("event_hooks", "The server stopped answering, so the PBX may "
                                                "have done it anyway; the list shows what it has "
                                                "now.")
        elif isinstance(error, InvalidInput) and error.message and not error.fields:
            sentence = translate("event_hooks", "The PBX refused the input: {detail}").format(
                detail=error.message)
        self.failed.emit(" ".join(part for part in (what, sentence) if part))

    # --- session --------------------------------------------------------------------------------

    def _logged_in(self, _account: object) -> None:
        self._forget()

    def _forget(self) -> None:
        """Another account, or none: nothing of the last one's hooks stays."""
        if self._task is not None:
            self._task.cancel()  # a create or delete already sent is not taken back
            self._task = None
        self._hooks, self._loaded, self._denied = [], False, ""
        self.changed.emit()
