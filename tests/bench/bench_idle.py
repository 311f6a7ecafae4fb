"""The app at rest: logged in, 20 calls talking, 1 s polling, the live calls on screen.

The real app runs in this process (``tests.ui.app_harness.running_app``, the same ``AgentDesktop``
the ``agent-desktop`` command runs) against a simulator in another process (this module with
``--serve-sim``: the demo tenant plus extensions 201–215, so twenty calls can talk at once), so the
simulator's CPU is not counted. Over 60 s (quick: 5 s) after a warm-up it measures:

- the CPU time this process used (``resource.getrusage``), as a share of one core: ≤ 1 %;
- its resident memory (VmRSS from /proc/self/status) at the end: ≤ 120 MB;
- what the ticking durations repaint: every ``dataChanged`` the call model emits must cover the
  Duration column only, and every paint of the table's viewport must lie inside the Duration
  column's rectangle (the polls change nothing, so only the one-second tick repaints).
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCH = "idle"
CALLS = 20
CPU_TARGET = 1.0  # % of one core
RSS_TARGET = 120.0  # MB
EXTRA_EXTENSIONS = [str(n) for n in range(201, 216)]
PASSWORD = "demo123"


# --- the simulator, in its own process ---------------------------------------------------------

async def serve_sim() -> None:
    from agent_desktop.sim import SimConfig, Simulator
    from agent_desktop.sim.tenant import User

    sim = Simulator(SimConfig(seed=1, traffic=False, talk_time=(7200.0, 7200.0),
                              agent_answer_delay=None, ring_timeout=600.0, cdr_count=60))
    template = sim.tenant.user_by_username("agent101")
    assert template is not None
    for ext in EXTRA_EXTENSIONS:
        sim.tenant.users.append(User(
            username=f"agent{ext}", password=template.password, user_uuid=f"bench-{ext}",
            api_key=f"bench-key-{ext}", level="user", extension=ext, agent_name=f"Agent {ext}",
            ip=f"10.0.2.{ext[-2:]}", ext_loggedin=True))
    await sim.start(host="127.0.0.1", port=0)
    print(f"SIM-URL {sim.url}", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)  # until the bench closes our stdin
    await sim.stop()


def start_sim() -> tuple[subprocess.Popen[str], str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "tests.bench.bench_idle", "--serve-sim"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("SIM-URL "):
        proc.kill()
        raise RuntimeError(f"the simulator did not start: {line!r}")
    return proc, line.split()[1]


async def talking_calls(url: str, count: int) -> None:
    import httpx

    extensions = ["101", "102", "103", "104", "105", "106", "107"] + EXTRA_EXTENSIONS
    async with httpx.AsyncClient(base_url=url, timeout=10) as http:
        for i, ext in enumerate(extensions[:count]):
            reply = await http.post("/_sim/calls/inbound",
                                    json={"to": ext, "from": f"09{i:08d}"})
            reply.raise_for_status()
            answer = await http.post(f"/_sim/calls/{reply.json()['call_id']}/answer", json={})
            answer.raise_for_status()


# --- the app, in this process ------------------------------------------------------------------

def isolate(home: Path) -> None:
    """Own HOME and XDG folders, and an in-memory keyring (nothing of the user's is touched)."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = home / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(path)
    os.environ["HOME"] = str(home)
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.memory_keyring.MemoryKeyring"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def measure(url: str, seconds: float, profile: Path) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QObject, QRect

    from agent_desktop.cli import parse
    from agent_desktop.ui.call_model import Column
    from tests.ui.app_harness import running_app

    async def until(predicate, timeout: float) -> None:  # tests.helpers imports pytest: not here
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("condition not met in time")
            await asyncio.sleep(0.05)

    class PaintLog(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.rects: list[QRect] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.rects.append(event.region().boundingRect())  # type: ignore[attr-defined]
            return False

    sys.stdin = io.StringIO(PASSWORD + "\n")
    options = parse(["--server", url, "--username", "agent101", "--password-stdin",
                     "--poll-interval", "1"])
    async with running_app(options, profile) as app:
        await until(lambda: app.session.logged_in and app.poller.polls >= 1, timeout=20)
        await until(lambda: app.call_model.rowCount() == CALLS, timeout=20)
        app.window.show()
        app.window.show_page("calls")
        app.window.resize(1100, 700)
        table = app.calls_view.table
        await until(lambda: table.isVisible() and table.viewport().height() > 100, timeout=10)
        await asyncio.sleep(2.5)  # warm-up: first paints, fonts, caches, a few polls

        ranges: list[tuple[int, int, int, int]] = []
        app.call_model.dataChanged.connect(
            lambda top, bottom, roles=(): ranges.append(
                (top.row(), top.column(), bottom.row(), bottom.column())))
        paints = PaintLog()
        table.viewport().installEventFilter(paints)
        polls = app.poller.polls
        wall0, cpu0 = time.monotonic(), cpu_seconds()
        await asyncio.sleep(seconds)
        wall, cpu = time.monotonic() - wall0, cpu_seconds() - cpu0
        table.viewport().removeEventFilter(paints)
        polls = app.poller.polls - polls
        rss = rss_mb()

        # The column's cells as the view sees them, with the grid line on their right edge.
        x = table.columnViewportPosition(Column.DURATION)
        grid = 1 if table.showGrid() else 0
        duration = QRect(x, 0, table.columnWidth(Column.DURATION) + grid,
                         table.viewport().height())
        print("paint rects", sorted({(r.x(), r.y(), r.width(), r.height())
                                     for r in paints.rects})[:5], "column", duration, flush=True)
        outside = [r for r in paints.rects if not duration.contains(r)]
        other_columns = [r for r in ranges
                         if r[1] != Column.DURATION or r[3] != Column.DURATION]
        rows = app.call_model.rowCount()
    return {"cpu": cpu / wall * 100, "rss": rss, "wall": wall, "polls": polls,
            "ticks": len(ranges), "ranges_outside": len(other_columns),
            "paints": len(paints.rects), "paints_outside": len(outside),
            "paint_width": max((r.width() for r in paints.rects), default=0),
            "column_width": duration.width(), "rows": rows}


def run(seconds: float) -> dict[str, float]:
    import qasync
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory(prefix="bench-idle-") as tmp:
        isolate(Path(tmp) / "home")
        sim, url = start_sim()
        try:
            qt = QApplication.instance() or QApplication([])
            loop = qasync.QEventLoop(qt)
            asyncio.set_event_loop(loop)
            loop.run_until_complete(talking_calls(url, CALLS))
            return loop.run_until_complete(measure(url, seconds, Path(tmp) / "profile"))
        finally:
            assert sim.stdin is not None
            sim.stdin.close()
            try:
                sim.wait(10)
            except subprocess.TimeoutExpired:
                sim.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_idle")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--serve-sim", action="store_true", help=argparse.SUPPRESS)
    ns = parser.parse_args(argv)
    if ns.serve_sim:
        asyncio.run(serve_sim())
        return 0
    from tests.bench.figures import Figure, emit

    seconds = 5.0 if ns.quick else 60.0
    r = run(seconds)
    print(r, flush=True)
    window = f"{r['wall']:.0f} s, {r['rows']:.0f} calls, {r['polls']:.0f} polls"
    emit([
        Figure(BENCH, "CPU while idle (share of one core)", round(r["cpu"], 3), "%",
               f"≤ {CPU_TARGET:g} %", r["cpu"] <= CPU_TARGET, window),
        Figure(BENCH, "RSS at the end", round(r["rss"], 1), "MB", f"≤ {RSS_TARGET:g} MB",
               r["rss"] <= RSS_TARGET, window),
        Figure(BENCH, "dataChanged per second", round(r["ticks"] / r["wall"], 2), "/s",
               note=window),
        Figure(BENCH, "dataChanged outside the Duration column", r["ranges_outside"], "",
               "= 0", r["ranges_outside"] == 0 and r["ticks"] > 0,
               f"{r['ticks']:.0f} emitted in {window}"),
        Figure(BENCH, "viewport paints per second", round(r["paints"] / r["wall"], 2), "/s",
               note=window),
        Figure(BENCH, "viewport paints outside the Duration column", r["paints_outside"], "",
               "= 0", r["paints_outside"] == 0 and r["paints"] > 0,
               f"{r['paints']:.0f} paints, widest {r['paint_width']:.0f} px; "
               f"the column is {r['column_width']:.0f} px"),
    ])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
