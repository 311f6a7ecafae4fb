"""What every Qt test suite shares; a suite's conftest imports these names to use them.

- ``pytest_asyncio_loop_factories``: async tests run on qasync's Qt event loop, so QTimers fire
  and the app's coroutines run as they do for users (pytest-asyncio's hook).
- ``isolated``: each test gets its own HOME and XDG folders and an empty in-memory keyring.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from tests import helpers
from tests.memory_keyring import MemoryKeyring


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict:
    return {"qasync": lambda: qasync.QEventLoop(QApplication.instance() or QApplication([]))}


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Own HOME and XDG dirs, and the in-memory keyring, emptied."""
    yield helpers.isolate_home(tmp_path, monkeypatch)
    MemoryKeyring.reset()
