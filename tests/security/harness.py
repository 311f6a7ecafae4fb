"""Run the real app in this test's loop, as ``app.run()`` starts it: its own profile, logging at
the options' level (--debug included), Qt's messages routed to the log."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler

from agent_desktop.app import AgentDesktop
from agent_desktop.cli import Options
from agent_desktop.config import Paths
from agent_desktop.core.single_instance import SingleInstance, server_name
from agent_desktop.log import install_qt_message_handler, setup_logging
from tests.helpers import until

WAIT = 20.0  # seconds to wait for the app and the simulator on a busy machine


@asynccontextmanager
async def running_app(options: Options, profile: Path) -> AsyncIterator[AgentDesktop]:
    """The app as ``run()`` starts it (logging at the options' level, Qt's messages routed to
    the log), in this test's loop."""
    options.config_dir = profile
    paths = Paths.resolve(profile)
    paths.ensure()
    setup_logging(paths, debug=options.debug)
    previous = install_qt_message_handler()
    instance = SingleInstance(server_name(paths.config))
    assert instance.listen()
    app = AgentDesktop(options, paths, instance)
    task = asyncio.ensure_future(app.run())
    try:
        await until(lambda: app.window is not None or task.done(), WAIT)
        yield app
    finally:
        app.quit()
        await asyncio.wait_for(task, 15)
        qInstallMessageHandler(previous)
