"""The soak and the sleep / network tests: offscreen, on a qasync loop, each test with its own
HOME and in-memory keyring, the real app against the real simulator."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401
