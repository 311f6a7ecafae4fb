"""Passwords, API keys and tokens: kept in the OS keyring behind a small async interface.

``SecretStore`` runs every keyring call in an executor, never on the event loop (a Secret Service
or KWallet call may block on D-Bus or an unlock prompt). Without a usable keyring (a headless
machine raises ``NoKeyringError``), or when a keyring call fails, a secret is kept in memory for
this run only and nothing is raised: the app still logs in, it just cannot remember the password.
Secret values never appear in a log line or an exception text written here, and every value stored
is registered with ``log.redact_value`` so other modules cannot leak it either.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import logging
from collections.abc import Callable
from enum import Enum
from typing import TypeVar
from urllib.parse import urlsplit

import keyring
import keyring.errors
from keyring.backends import fail, null

from ..log import MASK, redact, redact_value

log = logging.getLogger(__name__)

T = TypeVar("T")

_PROBE_ACCOUNT = "agent-desktop-probe"
_DEFAULT_PORTS = {"http": "80", "https": "443"}


class SecretKind(str, Enum):
    PASSWORD = "password"
    API_KEY = "api_key"
    TOKEN = "token"
    EVENT_KEY = "event_key"  # the webhook receiver's api key (account RECEIVER_ACCOUNT)


#: The keyring account of this desktop's webhook receiver (not tied to a PBX login).
RECEIVER_ACCOUNT = "event-receiver"


def account_key(server_url: str, username: str) -> str:
    """The keyring account of a login, e.g. ``agent101@http://127.0.0.1:8080``.

    The URL is normalised so that one server spelled two ways is one account: scheme and host are
    lower-cased, a default port, user info, query, fragment and trailing slashes are dropped.
    """
    url = server_url.strip()
    parts = urlsplit(url if "://" in url else f"//{url}")
    scheme = parts.scheme.lower()
    netloc = parts.netloc.rpartition("@")[2].lower()
    if netloc.startswith("["):  # an IPv6 literal, [::1]:8080
        end = netloc.find("]") + 1 or len(netloc)
        host, port = netloc[:end], netloc[end:].removeprefix(":")
    else:
        host, _, port = netloc.partition(":")
    if port and _DEFAULT_PORTS.get(scheme) == port:
        port = ""
    base = (f"{scheme}://" if scheme else "") + host + (f":{port}" if port else "")
    return f"{username.strip()}@{base}{parts.path.rstrip('/')}"


def _entry(account: str, kind: SecretKind) -> str:
    return f"{account}#{kind.value}"


def _describe(exc: BaseException, secret: str | None = None) -> str:
    """An exception's type and message, safe to log: no secret, bounded length."""
    text = str(exc)
    if secret:
        text = text.replace(secret, MASK)
    text = redact(text)
    if len(text) > 200:
        text = text[:200] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class SecretStore:
    """Secrets of the logged-in accounts: in the OS keyring when there is one, else in memory."""

    SERVICE = "agent-desktop"

    def __init__(self, executor: concurrent.futures.Executor | None = None) -> None:
        self._executor = executor  # None: the running loop's default executor
        self._memory: dict[tuple[str, SecretKind], str] = {}
        self._available = False
        self._probed = False
        self._told_unavailable = False

    @property
    def available(self) -> bool:
        """Whether the last probe found a working OS keyring (False before probing)."""
        return self._available

    async def _run(self, func: Callable[..., T], *args: object) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(func, *args))

    @classmethod
    def _probe_blocking(cls) -> tuple[bool, str]:
        """Whether the keyring works, and its backend's name (or why it does not work)."""
        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        if isinstance(backend, (fail.Keyring, null.Keyring)):
            return False, f"backend {name}"
        backend.get_password(cls.SERVICE, _PROBE_ACCOUNT)
        return True, name

    async def probe(self) -> bool:
        """Check that an OS keyring answers; the result is kept in ``available``."""
        try:
            works, detail = await self._run(self._probe_blocking)
        except Exception as exc:  # NoKeyringError, InitError, a D-Bus error, a locked wallet...
            works, detail = False, _describe(exc)
        self._probed = True
        self._available = works
        if works:
            log.debug("keyring: using %s", detail)
        elif not self._told_unavailable:
            self._told_unavailable = True
            log.info("keyring: no usable OS keyring (%s); secrets are kept in memory for this "
                     "run only", detail)
        return works

    async def _keyring_ready(self) -> bool:
        if not self._probed:
            await self.probe()
        return self._available

    async def get(self, account: str, kind: SecretKind) -> str | None:
        """The stored secret, or None when there is none (or the keyring fails)."""
        remembered = self._memory.get((account, kind))
        if remembered is not None:
            return remembered
        if not await self._keyring_ready():
            return None
        try:
            value = await self._run(keyring.get_password, self.SERVICE, _entry(account, kind))
        except Exception as exc:
            log.warning("keyring: could not read the %s of %s (%s)", kind.value, account,
                        _describe(exc))
            return None
        if value is not None:
            redact_value(value)
        return value

    async def set(self, account: str, kind: SecretKind, value: str) -> bool:
        """Store a secret; False when it could only be kept in memory for this run."""
        redact_value(value)
        if await self._keyring_ready():
            try:
                await self._run(keyring.set_password, self.SERVICE, _entry(account, kind), value)
            except Exception as exc:
                log.warning("keyring: could not store the %s of %s (%s); kept in memory for "
                            "this run", kind.value, account, _describe(exc, value))
            else:
                self._memory.pop((account, kind), None)
                return True
        self._memory[(account, kind)] = value
        return False

    async def delete(self, account: str, kind: SecretKind) -> None:
        """Forget a secret; a missing entry is fine."""
        self._memory.pop((account, kind), None)
        if not await self._keyring_ready():
            return
        try:
            await self._run(keyring.delete_password, self.SERVICE, _entry(account, kind))
        except keyring.errors.PasswordDeleteError:
            log.debug("keyring: no %s stored for %s", kind.value, account)
        except Exception as exc:
            log.warning("keyring: could not delete the %s of %s (%s)", kind.value, account,
                        _describe(exc))

    async def clear(self, account: str) -> None:
        """Forget every kind of secret of an account."""
        for kind in SecretKind:
            await self.delete(account, kind)
