"""The real program under Xvfb with a system tray: screenshots of every view, and a second launch
handing a tel: link to the running one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.e2e.xdisplay import ROOT, virtual_display

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def display() -> Iterator[dict]:
    with virtual_display() as env:
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # no Secret Service
        env["PYTHONPATH"] = str(ROOT)
        yield env


def agent_desktop(*args: str) -> list[str]:
    return [sys.executable, "-m", "agent_desktop", *args]


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_screenshots_of_every_view(display: dict, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    started = time.monotonic()
    result = subprocess.run(
        agent_desktop("--demo", "--screenshot", str(out), "--config-dir", str(tmp_path / "p"),
                      "--poll-interval", "0.2"),  # many polls during the screenshots
        env=display, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    assert time.monotonic() - started < 60
    expected = {"main-calls.png", "main-history.png", "main-customers.png", "tray-menu.png",
                "desktop.png", "login.png", "settings.png", "popup.png"}
    assert expected <= {p.name for p in out.iterdir()}
    for name in expected:
        image = QImage(str(out / name))
        assert not image.isNull() and image.width() > 100 and image.height() > 50, name
        assert distinct_colours(image) > 3, f"{name} looks blank"
    desktop = QImage(str(out / "desktop.png"))
    # The tray icon sits in trayer's grey bar (top right, 200x32): a coloured badge (amber now,
    # since the screenshot run rings the agent for the popup).
    coloured = sum(1 for y in range(0, 32) for x in range(desktop.width() - 200, desktop.width())
                   if desktop.pixelColor(x, y).hsvSaturationF() > 0.5)
    assert coloured > 20, "no tray icon in the tray"
    popup = QImage(str(out / "popup.png"))
    assert 300 < popup.width() < 500 and popup.height() > 150
    log = (tmp_path / "p" / "logs" / "agent-desktop.log").read_text(encoding="utf-8")
    assert "logged in to http://127.0.0.1:" in log and "saved" in log
    assert "unhandled error" not in log and " ERROR " not in log, log[-3000:]


def test_second_launch_hands_over_a_tel_link(display: dict, tmp_path: Path) -> None:
    profile = str(tmp_path / "p")
    log_file = tmp_path / "p" / "logs" / "agent-desktop.log"
    first = subprocess.Popen(agent_desktop("--demo", "--config-dir", profile), env=display,
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True)
    try:
        deadline = time.monotonic() + 60
        while not (log_file.exists() and "logged in to" in log_file.read_text(encoding="utf-8")):
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline, "the first instance did not log in"
            time.sleep(0.2)
        second = subprocess.run(agent_desktop("--config-dir", profile, "tel:0899098899"),
                                env=display, cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr[-2000:]
        deadline = time.monotonic() + 20
        while "dial request for 0899098899 from another launch" not in log_file.read_text(
                encoding="utf-8"):
            assert time.monotonic() < deadline, "the link did not reach the running instance"
            time.sleep(0.1)
        assert first.poll() is None  # still running: the second launch did not start its own
    finally:
        first.terminate()
        code = first.wait(timeout=30)
        if first.stderr:
            first.stderr.close()
    assert code == 0, "SIGTERM should end the app cleanly"
    assert os.path.exists(log_file)


def test_a_tel_link_dials_exactly_once(display: dict, tmp_path: Path) -> None:
    import re

    import httpx

    profile = tmp_path / "p"
    profile.mkdir()
    (profile / "settings.ini").write_text("[General]\nlink_action=dial\n", encoding="utf-8")
    log_file = profile / "logs" / "agent-desktop.log"
    first = subprocess.Popen(agent_desktop("--demo", "--config-dir", str(profile)), env=display,
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (log_file.exists() and "logged in to" in log_file.read_text(encoding="utf-8")):
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        url = re.search(r"demo PBX listening on (http://127\.0\.0\.1:\d+)",
                        log_file.read_text(encoding="utf-8")).group(1)
        for _ in range(2):  # the browser hands the same link over twice
            handoff = subprocess.run(agent_desktop("--config-dir", str(profile),
                                                   "tel:0899098899"),
                                     env=display, cwd=ROOT, capture_output=True, timeout=60)
            assert handoff.returncode == 0
        with httpx.Client(base_url=url, timeout=10) as control:
            deadline = time.monotonic() + 20
            while "is in the live calls" not in log_file.read_text(encoding="utf-8"):
                assert time.monotonic() < deadline, "the placed call never showed in live calls"
                time.sleep(0.1)
            sent = control.get("/_sim/requests", params={"path": "/v1/click2call/async"}).json()
            assert [r["query"]["phone"] for r in sent["requests"]] == ["0899098899"]
            calls = control.get("/_sim/state").json()["calls"]
            assert any("0899098899" in str(call) for call in calls)
        assert "merged a repeated request for 0899098899" in log_file.read_text(encoding="utf-8")
    finally:
        first.terminate()
        first.wait(timeout=30)
