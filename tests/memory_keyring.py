"""Keyring backends for tests: ``PYTHON_KEYRING_BACKEND=tests.memory_keyring.<Class>`` picks one.

``MemoryKeyring`` keeps secrets in a class-level dict that tests can inspect (and records the
thread of every call, so tests can check keyring calls stay off the event loop's thread);
``FailingKeyring`` raises ``NoKeyringError`` like keyring's own fail backend on a headless machine.
"""

from __future__ import annotations

import threading
from typing import ClassVar

from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """An in-process keyring: ``MemoryKeyring.entries[(service, username)] == password``."""

    entries: ClassVar[dict[tuple[str, str], str]] = {}
    call_threads: ClassVar[list[int]] = []

    priority = 1

    @classmethod
    def reset(cls) -> None:
        cls.entries.clear()
        cls.call_threads.clear()

    def _record(self) -> None:
        type(self).call_threads.append(threading.get_ident())

    def get_password(self, service: str, username: str) -> str | None:
        self._record()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._record()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._record()
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such password") from None


class FailingKeyring(KeyringBackend):
    """A keyring that is never there: every call raises ``NoKeyringError``."""

    priority = -2  # below keyring's null backend: never picked unless asked for by name

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no keyring in this test")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no keyring in this test")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("no keyring in this test")
