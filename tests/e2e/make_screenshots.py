"""Screenshots for the README, made the way the end-to-end test makes them:

    python -m tests.e2e.make_screenshots OUT_DIR [--role agent|supervisor] [--language vi|en]

runs ``agent-desktop --demo --screenshot`` under Xvfb with a system tray (trayer).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.e2e.xdisplay import ROOT, virtual_display


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--role", choices=("agent", "supervisor"), default="agent")
    parser.add_argument("--language", choices=("vi", "en"), default="en")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as profile, virtual_display() as env:
        (Path(profile) / "settings.ini").write_text(f"[General]\nlanguage={args.language}\n",
                                                    encoding="utf-8")
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        result = subprocess.run(
            [sys.executable, "-m", "agent_desktop", "--demo", "--demo-role", args.role,
             "--screenshot", str(args.out.resolve()), "--config-dir", profile],
            env=env, cwd=ROOT, timeout=120)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
