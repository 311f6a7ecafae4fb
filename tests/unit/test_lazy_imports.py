"""Start-up cost: heavy modules are imported only when first needed (issue 10), and the startup
report (AGENT_DESKTOP_STARTUP_REPORT, used by tests/bench/bench_startup.py) writes what it says.

The QtMultimedia check lives in tests/ui_player (the recording player is what loads it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The app's start path, in a fresh interpreter: the module, then the window with every page, the
# tray and the login dialog (nothing to log in with), as a normal run builds them; then what
# sys.modules holds. Then the parts that do need them, to show the check can see them load.
START = """
import asyncio, sys
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication

import agent_desktop.app as app_module
from agent_desktop.cli import Options
from agent_desktop.config import Paths
from agent_desktop.core.single_instance import SingleInstance, server_name

HEAVY = ("agent_desktop.sim", "aiohttp.web", "PySide6.QtCharts")

def loaded():
    return sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in HEAVY))

assert not loaded(), "imported with agent_desktop.app: %s" % loaded()
qapp = QApplication([])
paths = Paths.resolve(Path(sys.argv[1]))
paths.ensure()
instance = SingleInstance(server_name(paths.config))
loop = qasync.QEventLoop(qapp)
asyncio.set_event_loop(loop)

async def start():
    app = app_module.AgentDesktop(Options(config_dir=Path(sys.argv[1])), paths, instance)
    task = asyncio.ensure_future(app.run())
    while app.login_dialog is None and not task.done():
        await asyncio.sleep(0.01)
    assert app.window is not None and app.history_view is not None and app.customers_view is not None
    assert not task.done(), task.exception()
    after_start = loaded()
    app.quit()
    await asyncio.wait_for(task, 15)
    return after_start

with loop:
    after_start = loop.run_until_complete(start())
assert not after_start, "imported by the start path: %s" % after_start

from agent_desktop.core.event_receiver import EventReceiver
async def receive():
    receiver = EventReceiver()
    await receiver.start("127.0.0.1", 0, "k" * 24)
    await receiver.stop()
asyncio.run(receive())
assert "aiohttp.web" in sys.modules, "the receiver started without aiohttp.web?"
import agent_desktop.core.demo
assert "agent_desktop.sim" in sys.modules
print("LAZY-OK")
"""


def test_a_normal_start_imports_neither_the_simulator_nor_aiohttp_web_nor_qtcharts(
        tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "PYTHON_KEYRING_BACKEND": "tests.memory_keyring.MemoryKeyring",
           "HOME": str(tmp_path / "home")}
    env.pop("AGENT_DESKTOP_STARTUP_REPORT", None)
    done = subprocess.run([sys.executable, "-c", START, str(tmp_path / "profile")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "LAZY-OK" in done.stdout


def test_the_startup_report_is_written_only_when_asked(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from agent_desktop.app import STARTUP_REPORT, report_startup

    report = tmp_path / "report.txt"
    monkeypatch.delenv(STARTUP_REPORT, raising=False)
    report_startup("tray")
    assert not report.exists()
    monkeypatch.setenv(STARTUP_REPORT, str(report))
    report_startup("tray")
    report_startup("first-poll", modules=True)
    lines = report.read_text(encoding="utf-8").splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["tray", "first-poll", "modules"]
    tray, first_poll = float(lines[0].split()[1]), float(lines[1].split()[1])
    assert 0 <= first_poll - tray < 60
    assert "agent_desktop.app" in lines[2].split()[1:]
