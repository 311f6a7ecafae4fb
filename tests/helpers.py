"""Helpers shared by the test suites: a fast simulator configuration, a non-blocking wait, and
doubles of the live-call poller and of a session without a client."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from pathlib import Path

import pytest

from PySide6.QtCore import QObject, Signal

from agent_desktop.core.call_diff import CallSnapshot
from agent_desktop.pbx.models import LiveCall
from agent_desktop.sim import SimConfig


def fast_config(**overrides: Any) -> SimConfig:
    """Tiny delays; every customer answers; calls talk long enough to be acted on."""
    settings: dict[str, Any] = dict(
        seed=1, token_ttl=3600, agent_answer_delay=0.02, customer_answer_delay=0.02,
        customer_answer_probability=1.0, talk_time=(30.0, 30.0), ring_timeout=5.0,
        traffic=False, traffic_interval=(0.02, 0.05), traffic_answer_delay=(0.01, 0.03),
        webhook_retry_delay=0.05, webhook_timeout=2.0)
    settings.update(overrides)
    return SimConfig(**settings)


async def until(predicate: Callable[[], Any], timeout: float = 5.0,
                interval: float = 0.02) -> Any:
    """Poll ``predicate`` (sync or async) on the running loop until it returns something truthy,
    and return that. Never blocks the loop, so Qt timers and servers keep running meanwhile."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = predicate()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(interval)


def isolate_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Own HOME and XDG folders under ``tmp_path``, and an empty in-memory keyring."""
    import keyring

    from tests.memory_keyring import MemoryKeyring

    home = tmp_path / "home"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = home / name.lower()
        path.mkdir(parents=True)
        monkeypatch.setenv(name, str(path))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.memory_keyring.MemoryKeyring")
    keyring.set_keyring(MemoryKeyring())
    MemoryKeyring.reset()
    return home


class PollerDouble(QObject):
    """What the wallboard and the agent board see of a ``LiveCallPoller``: its snapshot and
    its ``updated`` signal, with each ``push`` a poll listing ``calls``."""

    updated = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.snapshot = CallSnapshot()

    def push(self, *calls: LiveCall) -> None:
        self.updated.emit(self.snapshot.apply(calls))


class ClientlessSession(QObject):
    """A ``Session`` logged in to nothing: no client, so no status rounds nor CDR reads."""

    loggedOut = Signal()
    account = None
    client = None
