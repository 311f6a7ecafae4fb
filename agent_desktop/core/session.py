"""The logged-in session: who I am on which PBX, whether my phone is registered, how fresh the data is.

``Session`` owns the vendor client (TEL4VN, OMICall or TeleCMI, as the settings' ``vendor`` says)
for as long as someone is logged in. It logs in (and, with
"remember me", keeps the password, api_key and token in the OS keyring only), logs in again at
start from a remembered profile, logs out (closing the client and clearing the keyring), and
watches the account's extension through ``/v2/user/{id}/status`` for the tray's online state
(vendors whose API has no such status leave it unknown). ``capabilities`` says what the logged-in
vendor can do; the views offer only that.
Other parts of core report each request's success or failure here, so the window can say
"updated 3 s ago" or "offline". Qt signals at the edge, no widgets.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from ..config import Settings, SettingsStore
from ..log import redact_value
from ..pbx import Capabilities, PbxClient, PbxError
from ..pbx.http import check_address
from ..pbx.models import LoginInfo
from ..pbx.vendors import make_client
from .messages import describe
from .secrets import SecretKind, SecretStore, account_key

log = logging.getLogger(__name__)

STATUS_INTERVAL = 15.0


class Connection(enum.Enum):
    OFFLINE = "offline"  # not logged in
    CONNECTING = "connecting"
    ONLINE = "online"  # the server answers
    FAILING = "failing"  # logged in, the last request failed


def normalise_url(text: str) -> str:
    """What people type into the server box, as a base URL: https:// unless they said otherwise."""
    url = text.strip().rstrip("/")
    if url and "://" not in url:
        url = "https://" + url
    return url


ClientFactory = Callable[[str, str], PbxClient]  # vendor, base URL


class Session(QObject):
    changed = Signal()  # connection, extension status or freshness changed
    loggedIn = Signal(object)  # LoginInfo
    loggedOut = Signal()

    def __init__(
        self,
        store: SettingsStore,
        settings: Settings,
        secrets: SecretStore,
        client_factory: ClientFactory = make_client,
        status_interval: float = STATUS_INTERVAL,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.secrets = secrets
        self._client_factory = client_factory
        self.client: PbxClient | None = None
        self.account: LoginInfo | None = None
        self.server_url = ""
        self.connection = Connection.OFFLINE
        self.ext_loggedin: bool | None = None
        self.agent_name = ""
        self.last_update: float | None = None
        self.last_error = ""
        self.allow_plain_http = False  # --allow-plain-http: this run only (see plain_http_allowed)
        self.retry_at: float | None = None  # monotonic time of the next try after a failure
        self._status_task: asyncio.Task[None] | None = None
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(int(status_interval * 1000))
        self._status_timer.timeout.connect(self._poll_status)

    # --- logging in and out ---------------------------------------------------------------

    @property
    def logged_in(self) -> bool:
        return self.account is not None

    @property
    def plain_http_allowed(self) -> bool:
        """Whether http:// to a PBX that is not this computer is allowed: the setting, or
        ``allow_plain_http`` (--allow-plain-http, this run only)."""
        return self.allow_plain_http or self.settings.allow_plain_http

    @property
    def capabilities(self) -> Capabilities:
        """What the logged-in vendor can do (nothing while logged out)."""
        return self.client.capabilities if self.client is not None else Capabilities()

    async def login(
        self, server_url: str, username: str, password: str, remember: bool = False,
        vendor: str | None = None,
    ) -> LoginInfo:
        """Log in (to ``vendor``, else the settings' vendor); raises PbxError (describe it with
        Context.LOGIN) and leaves nothing behind. Plain http:// to a host that is not this
        computer raises PlainHttpRefused before anything is sent, unless plain_http_allowed."""
        url = normalise_url(server_url)
        vendor = vendor or self.settings.vendor
        check_address(url, allow_plain_http=self.plain_http_allowed, vendor=vendor)
        if self.logged_in:
            await self.logout(forget=False)
        redact_value(password)  # before it is sent: a refusal may echo it back
        self._set_connection(Connection.CONNECTING)
        client: PbxClient | None = None
        try:
            client = self._client_factory(vendor, url)
            account = await client.login(username.strip(), password)
        except BaseException:
            if client is not None:
                await client.aclose()
            self._set_connection(Connection.OFFLINE)
            raise
        self.client, self.server_url = client, url
        self._register_secrets(password)
        self.settings = replace(self.settings, vendor=vendor, server_url=url,
                                username=username.strip(),
                                remember=remember and self.secrets.available)
        self.store.save(self.settings)
        await self._keep_secrets(password if remember else None)
        if self.client is not client:  # logged out while the keyring was written
            log.info("logged out before the log-in finished")
            return account
        self.account = account  # logged in once the keyring holds what "remember me" needs
        log.info("logged in to %s as %s (extension %s, level %s)", url, account.username,
                 account.extension, account.level)
        self.note_success()
        self.loggedIn.emit(account)
        self._status_timer.start()
        self._poll_status()
        return account

    async def login_remembered(self) -> bool:
        """Log in from the remembered profile without asking; False when there is none."""
        s = self.settings
        if not (s.remember and s.server_url and s.username):
            return False
        password = await self.secrets.get(account_key(s.server_url, s.username),
                                          SecretKind.PASSWORD)
        if not password:
            return False
        await self.login(s.server_url, s.username, password, remember=True)
        return True

    async def logout(self, forget: bool = True) -> None:
        """Close the session; with ``forget`` the keyring entries and "remember me" go too."""
        self._status_timer.stop()
        if self._status_task is not None:
            self._status_task.cancel()
            self._status_task = None
        client, self.client = self.client, None
        was = self.account
        self.account = None
        self.ext_loggedin = None
        self.agent_name = ""
        self._set_connection(Connection.OFFLINE)
        if was is not None:
            log.info("logged out")
            self.loggedOut.emit()  # first: pollers and boards stop their requests
        if client is not None:
            await asyncio.sleep(0)  # the cancelled requests unwind before their pool closes
            await client.aclose()
        if forget and self.settings.username:
            await self.secrets.clear(account_key(self.settings.server_url, self.settings.username))
            self.settings = replace(self.settings, remember=False)
            self.store.save(self.settings)

    def _register_secrets(self, password: str) -> None:
        for value in (password, getattr(self.client, "api_key", None),
                      getattr(getattr(self.client, "token", None), "token", None)):
            if value:
                redact_value(value)

    async def _keep_secrets(self, password: str | None) -> None:
        key = account_key(self.server_url, self.settings.username)
        if password is None:
            await self.secrets.clear(key)
            return
        await self.secrets.set(key, SecretKind.PASSWORD, password)
        api_key = getattr(self.client, "api_key", None)
        token = getattr(getattr(self.client, "token", None), "token", None)
        if api_key:
            await self.secrets.set(key, SecretKind.API_KEY, api_key)
        if token:
            await self.secrets.set(key, SecretKind.TOKEN, token)

    # --- health -----------------------------------------------------------------------------

    def note_success(self) -> None:
        """A request to the PBX just succeeded."""
        self.last_update = time.monotonic()
        self.last_error = ""
        self.retry_at = None
        self._set_connection(Connection.ONLINE, force=True)

    def note_failure(self, error: BaseException, retry_in: float | None = None) -> None:
        """A background request failed; the session stays, the window says why and when it
        tries again."""
        self.last_error = describe(error)
        if retry_in is not None:
            self.retry_at = time.monotonic() + retry_in
        self._set_connection(Connection.FAILING, force=True)

    def retry_in(self) -> float | None:
        """Seconds until the next try, while failing."""
        if self.retry_at is None or self.connection is not Connection.FAILING:
            return None
        return max(0.0, self.retry_at - time.monotonic())

    def seconds_since_update(self) -> float | None:
        return None if self.last_update is None else time.monotonic() - self.last_update

    def _set_connection(self, state: Connection, force: bool = False) -> None:
        if state is not self.connection or force:
            self.connection = state
            self.changed.emit()

    # --- my extension's status --------------------------------------------------------------

    def _poll_status(self) -> None:
        if self.client is None or not self.client.capabilities.user_status:
            return
        if self._status_task and not self._status_task.done():
            return  # never overlap: a slow answer skips ticks
        self._status_task = asyncio.ensure_future(self.refresh_status())

    async def refresh_status(self) -> None:
        client, account = self.client, self.account
        if client is None or account is None or not client.capabilities.user_status:
            return
        try:
            status = await client.user_status(account.username)
        except PbxError as error:
            log.info("user status failed: %s", error)
            if client is self.client:
                self.note_failure(error)
            return
        if client is not self.client:
            return  # logged out meanwhile
        if status.ext_loggedin != self.ext_loggedin:
            log.info("extension %s %s", status.extension,
                     "registered" if status.ext_loggedin else "not registered")
        self.ext_loggedin = status.ext_loggedin
        self.agent_name = status.agent_name
        self.note_success()
