"""``python -m tests.soak [--seconds 600] [--seed 11] [--out soak-results.json] [--verbose]``: the chaos soak
(tests/soak/driver.py) as one bounded command. Runs offscreen, in a throw-away HOME with an
in-memory keyring; prints the figures as a table, writes them to a JSON file, and exits 1 when a
target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _isolate(home: Path) -> None:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = home / name.lower()
        path.mkdir(parents=True)
        os.environ[name] = str(path)
    os.environ["HOME"] = str(home)
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.memory_keyring.MemoryKeyring"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak")
    parser.add_argument("--seconds", type=float, default=600.0,
                        help="seconds of traffic with faults on (default 600)")
    parser.add_argument("--seed", type=int, default=11, help="the seed of faults and traffic")
    parser.add_argument("--out", type=Path, default=REPO / "soak-results.json")
    parser.add_argument("--verbose", action="store_true", help="the app's log on stderr too")
    ns = parser.parse_args(argv)
    if not 10 <= ns.seconds <= 3600:
        parser.error("--seconds must be between 10 and 3600")

    with tempfile.TemporaryDirectory(prefix="agent-desktop-soak-") as tmp:
        _isolate(Path(tmp) / "home")
        import keyring
        import qasync
        from PySide6.QtWidgets import QApplication

        from tests.bench.figures import emit
        from tests.memory_keyring import MemoryKeyring
        from tests.soak.driver import Plan, run_soak, write

        keyring.set_keyring(MemoryKeyring())
        qapp = QApplication.instance() or QApplication([sys.argv[0]])
        loop = qasync.QEventLoop(qapp)
        asyncio.set_event_loop(loop)
        plan = Plan.for_seconds(ns.seconds, ns.seed)
        started = time.monotonic()
        with loop:
            result = loop.run_until_complete(run_soak(
                plan, Path(tmp) / "profile", lambda text: print(text, flush=True),
                quiet=not ns.verbose))
        print(f"\nchaos soak, seed {plan.seed}, {time.monotonic() - started:.0f} s in all\n")
        print(result.table())
        write(result, ns.out)
        print(f"\nwritten to {ns.out}")
        emit(result.figures)
        return 0 if result.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
