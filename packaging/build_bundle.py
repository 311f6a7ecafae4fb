"""Builds the one-folder bundle of agent-desktop with PyInstaller (``make bundle``).

    python packaging/build_bundle.py [--dist DIR] [--work DIR] [--clean]

runs PyInstaller on packaging/agent-desktop.spec, by default into ``build/bundle/agent-desktop``
(PyInstaller's intermediate files go to ``build/pyinstaller``), then prints the bundle's size and
file count. Run it with the project's Python (``.venv/bin/python``): the bundle is made of what is
installed there. tests/packaging builds it the same way and starts the result.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "agent-desktop.spec"
NAME = "agent-desktop"


def bundle_size(folder: Path) -> tuple[int, int]:
    """The bytes and the number of files in ``folder`` (symbolic links count as links, not as
    the files they point to)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or path.is_file():
            total += path.lstat().st_size
            files += 1
    return total, files


def describe_size(folder: Path) -> str:
    """``123.4 MB, 262 files``."""
    total, files = bundle_size(folder)
    return f"{total / 1e6:.1f} MB, {files} files"


def build(dist: Path, work: Path, clean: bool = False) -> Path:
    """Runs PyInstaller; the bundle's folder. Raises ``RuntimeError`` when the build fails."""
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        raise RuntimeError("PyInstaller needs objdump: install binutils "
                           "(packaging/setup-dev.sh does, as root)")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"PyInstaller failed (exit status {result.returncode})")
    folder = dist / NAME
    if not folder.is_dir():
        raise RuntimeError(f"PyInstaller made no {folder}")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "build" / "bundle",
                        help="where the bundle goes (default: build/bundle)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's intermediate files (default: build/pyinstaller)")
    parser.add_argument("--clean", action="store_true",
                        help="empty PyInstaller's caches first (a slower, from-scratch build)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        folder = build(args.dist.resolve(), args.work.resolve(), args.clean)
    except RuntimeError as exc:
        print(f"build_bundle: {exc}", file=sys.stderr)
        return 1
    program = folder / (NAME + (".exe" if os.name == "nt" else ""))
    shown = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
    print(f"bundle: {shown} ({describe_size(folder)}), built in {time.monotonic() - started:.0f} s")
    print(f"try it: {program} --demo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
