"""Run the real app in-process for a test: its own profile dir, its own single-instance name."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from agent_desktop.app import AgentDesktop
from agent_desktop.cli import Options
from agent_desktop.config import Paths
from agent_desktop.core.single_instance import SingleInstance, server_name
from agent_desktop.log import reset_logging, setup_logging


@asynccontextmanager
async def running_app(options: Options, profile: Path) -> AsyncIterator[AgentDesktop]:
    options.config_dir = profile
    paths = Paths.resolve(profile)
    paths.ensure()
    setup_logging(paths)
    instance = SingleInstance(server_name(paths.config))
    assert instance.listen()
    app = AgentDesktop(options, paths, instance)
    task = asyncio.ensure_future(app.run())
    try:
        while app.window is None and not task.done():
            await asyncio.sleep(0.01)
        yield app
    finally:
        try:
            app.quit()
            await asyncio.wait_for(task, 15)
        finally:
            reset_logging()  # the log file is the test's; stderr would print the next tests' logs
