"""'Remember me' against a real Secret Service: gnome-keyring on a private D-Bus session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.e2e.xdisplay import ROOT

pytestmark = pytest.mark.slow


def test_remember_me_on_gnome_keyring(tmp_path) -> None:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is missing: run the set-up (packaging/setup-dev.sh)"
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_RUNTIME_DIR=str(tmp_path / "run"), PYTHONPATH=str(ROOT))
    (tmp_path / "run").mkdir(mode=0o700)
    script = ("echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
              f"exec {sys.executable} -m tests.e2e.secret_service_flow")
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "remember-me flow on the Secret Service: ok" in result.stdout
