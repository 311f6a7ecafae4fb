"""A virtual X display with a system tray, for end-to-end tests and screenshots.

``virtual_display()`` starts Xvfb on a free display number and trayer on it (so Qt finds a system
tray, balloons work and the tray icon can be captured), and stops both at the end.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def tray_ready(env: dict[str, str]) -> bool:
    probe = ("from PySide6.QtWidgets import QApplication, QSystemTrayIcon;"
             "app = QApplication([]); print(QSystemTrayIcon.isSystemTrayAvailable())")
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                         timeout=30)
    return out.stdout.strip() == "True"


@contextmanager
def virtual_display(width: int = 1280, height: int = 800, tray: bool = True) -> Iterator[dict]:
    """Yields an environment (DISPLAY set, xcb platform) for child processes."""
    for tool in ("Xvfb", "trayer") if tray else ("Xvfb",):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} is missing: run the set-up (packaging/setup-dev.sh)")
    # Xvfb picks a free display itself and writes its number to the pipe: no race between two
    # test runs choosing the same one.
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                             f"{width}x{height}x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    procs = [xvfb]
    try:
        ready, _, _ = select.select([read_end], [], [], 20)
        text = os.read(read_end, 64).decode().strip() if ready else ""
        if not text.isdigit():
            raise RuntimeError("Xvfb did not start")
        number = int(text)
        env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # the XEmbed tray, not a desktop's D-Bus one
        if tray:
            procs.append(subprocess.Popen(
                ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel",
                 "--width", "200", "--height", "32", "--transparent", "false", "--tint",
                 "0x2b2b2b"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            deadline = time.monotonic() + 30
            while not tray_ready(env):
                if time.monotonic() > deadline:
                    raise RuntimeError("no system tray appeared on the virtual display")
                time.sleep(0.2)
        yield env
    finally:
        os.close(read_end)
        for proc in reversed(procs):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
