"""Fixtures for the platform tests: offscreen Qt, a private home per test, an in-memory keyring.

Every test gets its own XDG folders and HOME under ``tmp_path`` and the ``MemoryKeyring`` backend.
A test fails when it leaves a WARNING (or worse) log record it did not expect: a test that
expects one asserts it and then calls ``caplog.clear()``.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import keyring.core  # noqa: E402
import pytest  # noqa: E402

from agent_desktop import log as app_log  # noqa: E402
from tests.memory_keyring import MemoryKeyring  # noqa: E402

MEMORY_BACKEND = "tests.memory_keyring.MemoryKeyring"
FAILING_BACKEND = "tests.memory_keyring.FailingKeyring"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """HOME and the XDG folders in a temp dir; no runtime dir unless a test makes one."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    yield home


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[MemoryKeyring]]:
    """Select ``MemoryKeyring`` through the environment, as the app would see it."""
    previous = keyring.get_keyring()
    use_keyring_backend(monkeypatch, MEMORY_BACKEND)
    MemoryKeyring.reset()
    yield MemoryKeyring
    MemoryKeyring.reset()
    keyring.set_keyring(previous)


def use_keyring_backend(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", name)
    keyring.core.init_backend()


@pytest.fixture(autouse=True)
def clean_logging() -> Iterator[None]:
    """No handler, level or registered secret leaks from one test into the next."""
    root = logging.getLogger()
    level = root.level
    noisy = {name: logging.getLogger(name).level for name in app_log.NOISY_LOGGERS}
    yield
    app_log.reset_logging()
    app_log.forget_redacted_values()
    root.setLevel(level)
    for name, value in noisy.items():
        logging.getLogger(name).setLevel(value)


@pytest.fixture(autouse=True)
def fail_on_unexpected_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    yield
    unexpected = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    if unexpected:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in unexpected)
        pytest.fail(f"unexpected log warnings:\n{lines}", pytrace=False)


@pytest.fixture
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR with a short path (a Unix socket path has ~100 bytes at most)."""
    path = Path(tempfile.mkdtemp(prefix="ad-run-", dir="/tmp"))
    path.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(path))
    yield path
    shutil.rmtree(path, ignore_errors=True)
