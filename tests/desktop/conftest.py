"""Desktop integration tests: offscreen Qt, each test with its own HOME and XDG folders.

The OS parts run for real where they can (files, ``xdg-mime``, ``desktop-file-validate``,
``appstreamcli``) and through the implementations' seams where they cannot (the Windows registry
is an IniFormat QSettings in the test's folder, LaunchServices a recording fake). ``xdg-mime``
runs in its generic mode: the desktop session variables are removed.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import subprocess  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.qt_fixtures import isolated, pytest_asyncio_loop_factories  # noqa: E402, F401

SESSION_VARIABLES = ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                     "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID", "XDG_MENU_PREFIX",
                     "XDG_DATA_DIRS", "XDG_CONFIG_DIRS")


@pytest.fixture(autouse=True)
def generic_desktop(monkeypatch: pytest.MonkeyPatch, isolated: Path) -> Path:  # noqa: F811
    """No desktop session: xdg-mime reads and writes $XDG_CONFIG_HOME/mimeapps.list."""
    for name in SESSION_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_DIRS", str(isolated / "system-data"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(isolated / "system-config"))
    return isolated


def need(program: str, package: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.skip(f"{program} is not installed (Debian package {package}; make setup adds it)")
    return path


def run(args: Sequence[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=60, check=False,
                          **kwargs)
