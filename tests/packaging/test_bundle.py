"""The PyInstaller bundle: built once per session with packaging/build_bundle.py (as `make bundle`
does), then looked into and started offscreen with ``--demo --screenshot``.

The bundle runs with a bare environment (no virtual environment on the PATH, no PYTHONPATH, a
fresh HOME and XDG folders, the current folder outside the repository), so it can only use what is
inside it, and on a private D-Bus session with gnome-keyring, so its keyring really talks to a
Secret Service. Its size is printed (``-s``) and written to build/bundle-size.txt.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build_bundle.py"
SIZE_FILE = ROOT / "build" / "bundle-size.txt"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# A fresh build takes 1-2 minutes on two busy cores; the first test pays for it.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200),
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="builds and starts the Linux bundle")]

# What --screenshot saves offscreen for the demo agent on TEL4VN (no tray offscreen, so no
# tray-menu.png or desktop.png). player.png needs the FFmpeg media plugin and what it links.
SCREENSHOTS = {"main-calls.png", "main-history.png", "main-customers.png", "popup.png",
               "player.png", "customer-form.png", "login.png", "settings.png"}


@dataclass
class Bundle:
    folder: Path  # .../agent-desktop, the folder to ship
    program: Path  # .../agent-desktop/agent-desktop
    internal: Path  # .../agent-desktop/_internal: Python, libraries, plugins, data
    output: str  # what the build script printed
    seconds: float  # how long the build took


@dataclass
class Run:
    result: subprocess.CompletedProcess[str]
    shots: Path
    log: str
    seconds: float


def folder_size(folder: Path) -> tuple[int, int]:
    total = files = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            total += os.lstat(os.path.join(dirpath, name)).st_size
            files += 1
    return total, files


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for y in range(0, image.height(), step)
                for x in range(0, image.width(), step)})


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    assert shutil.which("objdump"), "binutils is missing: run the set-up (packaging/setup-dev.sh)"
    base = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--dist", str(base / "dist"),
         "--work", str(base / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=1100)
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-5000:]
    folder = base / "dist" / "agent-desktop"
    return Bundle(folder, folder / "agent-desktop", folder / "_internal", result.stdout, seconds)


@pytest.fixture(scope="module")
def run(bundle: Bundle, tmp_path_factory: pytest.TempPathFactory) -> Run:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is missing: run the set-up (packaging/setup-dev.sh)"
    base = tmp_path_factory.mktemp("run")
    home, runtime, profile = base / "home", base / "runtime", base / "profile"
    shots = base / "shots"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    profile.mkdir()
    # In Vietnamese, so the bundled translation is loaded (a missing one is a logged warning).
    (profile / "settings.ini").write_text("[General]\nlanguage=vi\n", encoding="utf-8")
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
    }
    unlock = ('echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null; '
              'exec "$0" "$@"')
    command = ["dbus-run-session", "--", "sh", "-c", unlock, str(bundle.program), "--demo",
               "--screenshot", str(shots), "--config-dir", str(profile), "--debug"]
    started = time.monotonic()
    result = subprocess.run(command, env=env, cwd=base, capture_output=True, text=True,
                            timeout=180)
    seconds = time.monotonic() - started
    log_file = profile / "logs" / "agent-desktop.log"
    log = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    return Run(result, shots, log, seconds)


def test_the_size_is_reported(bundle: Bundle) -> None:
    total, files = folder_size(bundle.folder)
    report = (f"agent-desktop bundle (PyInstaller one-folder, {sys.platform}, Python "
              f"{sys.version_info.major}.{sys.version_info.minor}): {total / 1e6:.1f} MB, "
              f"{files} files, built in {bundle.seconds:.0f} s")
    print(f"\n{report}")
    SIZE_FILE.parent.mkdir(exist_ok=True)
    SIZE_FILE.write_text(report + "\n", encoding="utf-8")
    # The build script says the same.
    printed = re.search(r"agent-desktop \((\d+\.\d) MB, (\d+) files\)", bundle.output)
    assert printed, bundle.output
    assert float(printed.group(1)) == pytest.approx(total / 1e6, abs=0.1)
    assert int(printed.group(2)) == files
    # Qt, FFmpeg and Python are most of it; a bundle of several hundred MB has swept in
    # something it should not (QtWebEngine alone is ~280 MB).
    assert 80e6 < total < 320e6, report


def test_the_bundle_holds_what_the_app_needs(bundle: Bundle) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    assert bundle.program.is_file() and os.access(bundle.program, os.X_OK)
    modules = set(CArchiveReader(str(bundle.program)).open_embedded_archive("PYZ.pyz").toc)
    for backend in ("SecretService", "kwallet", "Windows", "macOS", "chainer", "fail", "null"):
        assert f"keyring.backends.{backend}" in modules, backend
    assert {"secretstorage", "jeepney", "agent_desktop.sim.server", "aiohttp.web",
            "agent_desktop.ui.recording_player"} <= modules
    # keyring finds its backends through the entry points in its metadata.
    assert list(bundle.internal.glob("keyring-*.dist-info/entry_points.txt"))
    plugins = bundle.internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
                   "multimedia/libffmpegmediaplugin.so"):
        assert (plugins / plugin).is_file(), plugin
    for module in ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSvg", "QtMultimedia"):
        assert (bundle.internal / "PySide6" / f"{module}.abi3.so").is_file(), module
    icons = {p.name for p in (bundle.internal / "resources" / "icons").glob("*.svg")}
    assert icons == {p.name for p in (ROOT / "resources" / "icons").glob("*.svg")}
    # "start at login" and "use for phone links" write their .desktop files from this template
    linux = {p.name for p in (bundle.internal / "packaging" / "linux").iterdir()}
    assert {"agent-desktop.desktop", "com.agentdesktop.AgentDesktop.metainfo.xml"} <= linux
    assert (bundle.internal / "resources" / "translations" / "agent_desktop_vi.qm").is_file()


def test_what_the_app_never_uses_is_left_out(bundle: Bundle) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(bundle.program)).open_embedded_archive("PYZ.pyz").toc)
    tops = {name.split(".")[0] for name in modules}
    assert not tops & {"tkinter", "gi", "pytest", "_pytest", "pytestqt", "hypothesis",
                       "PyInstaller"}
    files = [p.relative_to(bundle.internal).as_posix() for p in bundle.internal.rglob("*")]
    unwanted = re.compile(
        r"(QtWebEngine|Qt6WebEngine|Qt3D|Qt6Pdf|QtPdf|QtCharts|Qt6Charts|QtBluetooth|QtDesigner|"
        r"QtSql|Qt6Sql|QtTest|Qt6Test|QtQuick\.|QtQml\.|_tkinter|libtk|libtcl|tcl8|(^|/)gi/|_gi\.|"
        r"libgtk|libgdk|libgirepository|libqgtk3|libqeglfs|libqvnc|libqlinuxfb|libqpdf)")
    assert not [name for name in files if unwanted.search(name)]


def test_every_library_in_the_bundle_resolves(bundle: Bundle) -> None:
    """Leaving a library out must not break one that stays: ``ldd`` finds each one's imports in
    the bundle or on the system (the FFmpeg media plugin, for one, links QtQuick and QtQml)."""
    search = f"{bundle.internal}:{bundle.internal / 'PySide6' / 'Qt' / 'lib'}"
    missing = []
    for path in sorted(bundle.internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=60,
                             env={"LD_LIBRARY_PATH": search, "PATH": "/usr/bin:/bin"}).stdout
        missing += [f"{path.name}: {line.strip()}" for line in out.splitlines()
                    if "not found" in line]
    assert not missing


def test_the_bundle_starts_offscreen_and_takes_screenshots(run: Run) -> None:
    result = run.result
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:] + run.log[-4000:]
    print(f"\nthe bundle ran --demo --screenshot in {run.seconds:.0f} s")
    names = {p.name for p in run.shots.iterdir()}
    assert SCREENSHOTS <= names, sorted(names)
    for name in SCREENSHOTS:
        data = (run.shots / name).read_bytes()
        assert data.startswith(PNG_SIGNATURE) and len(data) > 2000, name
        image = QImage(str(run.shots / name))
        assert not image.isNull() and image.width() > 100 and image.height() > 50, name
        assert distinct_colours(image) > 3, f"{name} looks blank"


def test_the_bundle_runs_cleanly(run: Run) -> None:
    log = run.log
    assert "logged in to http://127.0.0.1:" in log, log[-3000:]
    assert re.search(r"saved \d+ screenshots", log)
    # The SVG icons were found and drawn through the bundled plugins.
    assert "no icon named" not in log and "not a valid SVG" not in log
    # The Vietnamese translation came from inside the bundle.
    assert "no translation file" not in log
    # Recordings play: QtMultimedia found its FFmpeg back-end.
    assert "No QtMultimedia backends found" not in log
    # The keyring used the Secret Service through the bundled backend, secretstorage and jeepney.
    assert "keyring: using keyring.backends.SecretService.Keyring" in log, log[-3000:]
    assert "unhandled error" not in log and " ERROR " not in log, log[-4000:]
