"""Fuzzing and hostile-input tests: offscreen Qt, async tests on qasync, bounded hypothesis runs.

The ``fuzz`` hypothesis profile keeps each property at a few hundred examples with no deadline
(the machine is shared and busy); ``HYPOTHESIS_PROFILE=fuzz-long`` runs ten times as many.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio  # noqa: E402
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401

_SUPPRESS = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
             HealthCheck.function_scoped_fixture]
settings.register_profile("fuzz", max_examples=200, deadline=None, suppress_health_check=_SUPPRESS,
                          database=None, print_blob=True)
settings.register_profile("fuzz-long", max_examples=2000, deadline=None,
                          suppress_health_check=_SUPPRESS, database=None, print_blob=True)
FUZZ = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "fuzz")
                            if os.environ.get("HYPOTHESIS_PROFILE", "").startswith("fuzz")
                            else "fuzz")


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """A plain asyncio loop the synchronous hypothesis tests drive with run_until_complete."""
    loop = asyncio.new_event_loop()
    yield loop
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
