"""Linux: the desktop entries (one template, all valid), XDG autostart, phone links through
xdg-mime (a recording runner, then the real one), and ``make install-desktop``'s script."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from agent_desktop.core.desktop_integration import IntegrationError, for_platform, launch_command
from agent_desktop.core.desktop_integration.linux import (
    DESKTOP_FILE,
    TEMPLATE,
    LinuxIntegration,
    desktop_entry,
    exec_value,
    run_command,
)
from tests.desktop.conftest import need, run

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT.joinpath(*TEMPLATE)
TEL, CALLTO, SIP = (f"x-scheme-handler/{s}" for s in ("tel", "callto", "sip"))


def entry(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def validate(path: Path) -> None:
    done = run([need("desktop-file-validate", "desktop-file-utils"), str(path)])
    assert (done.returncode, done.stdout + done.stderr) == (0, ""), path.read_text()


class FakeXdgMime:
    """Answers like xdg-mime from a dict of defaults, and records every command."""

    def __init__(self, defaults: dict[str, str] | None = None) -> None:
        self.defaults = dict(defaults or {})
        self.calls: list[list[str]] = []

    def __call__(self, args: Sequence[str]) -> str:
        args = list(args)
        self.calls.append(args)
        if args[:3] == ["xdg-mime", "query", "default"]:
            return self.defaults.get(args[3], "") + "\n"
        if args[:2] == ["xdg-mime", "default"]:
            for mime in args[3:]:
                self.defaults[mime] = args[2]
            return ""
        if args[0] == "update-desktop-database":
            return ""
        raise AssertionError(f"unexpected command {args}")

    def changes(self) -> list[list[str]]:
        return [c for c in self.calls if c[:2] != ["xdg-mime", "query"]]


# --- the desktop entries ---------------------------------------------------------------------

def test_the_static_desktop_file_is_valid_and_complete() -> None:
    validate(STATIC)
    keys = entry(STATIC.read_text(encoding="utf-8"))
    assert keys["Exec"] == "agent-desktop %u" and keys["Icon"] == "agent-desktop"
    assert keys["Categories"] == "Network;Telephony;" and keys["Terminal"] == "false"
    assert keys["MimeType"] == f"{TEL};{CALLTO};{SIP};"
    assert keys["StartupWMClass"] == "agent-desktop"  # QApplication's name (X11 WM_CLASS)
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert keys[f"{key}[vi]"], key


def test_runtime_entries_come_from_the_static_template() -> None:
    static = STATIC.read_text(encoding="utf-8")
    assert desktop_entry(["agent-desktop"]) == static  # one source: only Exec is filled in
    autostart = desktop_entry(["agent-desktop"], autostart=True)
    menu_only = desktop_entry(["agent-desktop"], links=False)
    for text in (autostart, menu_only):
        assert "MimeType=" not in text and "Exec=agent-desktop\n" in text
        rest = [line for line in text.splitlines()
                if not line.startswith(("Exec=", "X-GNOME-Autostart-enabled="))]
        assert rest == [line for line in static.splitlines()
                        if not line.startswith(("Exec=", "MimeType="))]
    assert autostart.endswith("X-GNOME-Autostart-enabled=true\n")


@pytest.mark.parametrize("command", [
    ["/opt/agent desktop/bin/python", "-m", "agent_desktop"],
    ["/home/lan/venv $HOME/bin/agent-desktop"],
    ['/srv/it\'s "here"/100%/agent\\desktop'],
])
def test_generated_entries_are_valid_for_awkward_paths(command: list[str],
                                                       tmp_path: Path) -> None:
    for name, text in (("links", desktop_entry(command)),
                       ("autostart", desktop_entry(command, autostart=True)),
                       ("menu", desktop_entry(command, links=False))):
        path = tmp_path / f"{name}.desktop"
        path.write_text(text, encoding="utf-8")
        validate(path)
    assert exec_value(['/srv/it\'s "here"/100%/agent\\desktop'], "%u") == (
        '"/srv/it\'s \\\\"here\\\\"/100%%/agent\\\\\\\\desktop" %u')
    assert exec_value(["/usr/bin/agent-desktop"]) == "/usr/bin/agent-desktop"


def test_for_platform_picks_linux_and_runs_this_python() -> None:
    integration = for_platform("linux")
    assert isinstance(integration, LinuxIntegration)
    assert integration.command == [sys.executable, "-m", "agent_desktop"] == launch_command()


# --- start at login --------------------------------------------------------------------------

def test_autostart_writes_and_removes_the_xdg_entry(isolated: Path) -> None:
    integration = LinuxIntegration(runner=FakeXdgMime())
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / DESKTOP_FILE
    assert integration.autostart_file == path and not integration.autostart_enabled()
    integration.set_autostart(True)
    assert integration.autostart_enabled()
    keys = entry(path.read_text(encoding="utf-8"))
    assert keys["Exec"] == exec_value(launch_command())
    assert keys["X-GNOME-Autostart-enabled"] == "true" and "MimeType" not in keys
    validate(path)
    integration.set_autostart(False)
    assert not path.exists() and not integration.autostart_enabled()
    integration.set_autostart(False)  # already off: nothing to do, nothing raised
    assert sorted(p.name for p in isolated.rglob("*") if p.is_file()) == []


def test_autostart_failure_is_an_integration_error(isolated: Path) -> None:
    (Path(os.environ["XDG_CONFIG_HOME"]) / "autostart").write_text("a file, not a folder")
    with pytest.raises(IntegrationError):
        LinuxIntegration().set_autostart(True)


# --- phone links, with a recording runner ------------------------------------------------------

def test_link_handler_on_then_off_puts_the_previous_handler_back(isolated: Path) -> None:
    xdg = FakeXdgMime({TEL: "org.gnome.Calls.desktop"})
    integration = LinuxIntegration(command=["/opt/ad/agent-desktop"], runner=xdg)
    data = Path(os.environ["XDG_DATA_HOME"])
    assert not integration.link_handler_registered()

    integration.set_link_handler(True)
    desktop = data / "applications" / DESKTOP_FILE
    assert entry(desktop.read_text(encoding="utf-8"))["Exec"] == "/opt/ad/agent-desktop %u"
    assert (data / "icons/hicolor/scalable/apps/agent-desktop.svg").read_bytes() == (
        ROOT / "resources/icons/app.svg").read_bytes()
    assert xdg.changes() == [
        ["xdg-mime", "default", DESKTOP_FILE, TEL, CALLTO],
        ["update-desktop-database", str(data / "applications")],
    ]
    assert xdg.defaults == {TEL: DESKTOP_FILE, CALLTO: DESKTOP_FILE}  # sip: stays the softphone's
    assert integration.link_handler_registered()
    validate(desktop)

    xdg.calls.clear()
    integration.set_link_handler(False)
    assert xdg.changes() == [
        ["xdg-mime", "default", "org.gnome.Calls.desktop", TEL],
        ["update-desktop-database", str(data / "applications")],
    ]
    text = desktop.read_text(encoding="utf-8")  # still in the menu, no longer offered for links
    assert "MimeType=" not in text and entry(text)["Exec"] == "/opt/ad/agent-desktop"
    assert not integration.link_handler_registered()
    assert not integration.state_file.exists()
    validate(desktop)


def test_link_handler_off_leaves_another_apps_choice_and_drops_ours(isolated: Path) -> None:
    xdg = FakeXdgMime()
    integration = LinuxIntegration(runner=xdg)
    integration.set_link_handler(True)
    mimeapps = Path(os.environ["XDG_CONFIG_HOME"]) / "mimeapps.list"
    mimeapps.write_text("[Default Applications]\ntext/html=firefox.desktop\n"
                        f"{TEL}=skype.desktop\n{CALLTO}={DESKTOP_FILE};other.desktop;\n"
                        "[Added Associations]\n"
                        f"{CALLTO}={DESKTOP_FILE};\n", encoding="utf-8")
    xdg.defaults[TEL] = "skype.desktop"  # the user picked another app for tel: since
    xdg.calls.clear()
    integration.set_link_handler(False)
    assert [c for c in xdg.changes() if c[0] == "xdg-mime"] == []  # nothing noted to restore
    assert mimeapps.read_text(encoding="utf-8") == (
        "[Default Applications]\ntext/html=firefox.desktop\n"
        f"{TEL}=skype.desktop\n{CALLTO}=other.desktop;\n"
        "[Added Associations]\n"
        f"{CALLTO}={DESKTOP_FILE};\n")


def test_a_missing_xdg_mime_is_reported(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(isolated))  # no programs at all
    with pytest.raises(IntegrationError, match="xdg-mime is not installed"):
        LinuxIntegration().set_link_handler(True)
    with pytest.raises(IntegrationError, match="exit status 2"):
        run_command([sys.executable, "-c", "import sys; sys.exit(2)"])


# --- phone links, for real -----------------------------------------------------------------

def test_xdg_mime_answers_agent_desktop_after_turning_it_on(isolated: Path) -> None:
    need("xdg-mime", "xdg-utils")

    def query(scheme: str) -> str:
        return run_command(["xdg-mime", "query", "default", f"x-scheme-handler/{scheme}"]).strip()

    phone = Path(os.environ["XDG_DATA_HOME"]) / "applications" / "org.example.Phone.desktop"
    phone.parent.mkdir(parents=True)
    phone.write_text("[Desktop Entry]\nType=Application\nName=Phone\nExec=sh %u\n"
                     f"MimeType={TEL};\n", encoding="utf-8")
    run_command(["xdg-mime", "default", phone.name, TEL])
    assert query("tel") == phone.name  # xdg-mime answers only with installed apps
    integration = LinuxIntegration()
    integration.set_link_handler(True)
    assert query("tel") == query("callto") == DESKTOP_FILE
    assert integration.link_handler_registered()
    integration.set_link_handler(False)
    assert query("tel") == phone.name  # given back
    assert query("callto") == ""  # nobody had it; and ours no longer declares it
    assert not integration.link_handler_registered()


# --- make install-desktop ----------------------------------------------------------------------

def test_install_desktop_script_installs_and_uninstalls(isolated: Path) -> None:
    need("xdg-mime", "xdg-utils")
    script = [sys.executable, str(ROOT / "packaging" / "install-desktop.py")]
    program = isolated / "venv bin" / "agent-desktop"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    done = run([*script, "install", "--exec", str(program)])
    assert done.returncode == 0, done.stderr
    data = Path(os.environ["XDG_DATA_HOME"])
    desktop = data / "applications" / DESKTOP_FILE
    assert entry(desktop.read_text(encoding="utf-8"))["Exec"] == f'"{program}" %u'
    validate(desktop)
    assert (data / "icons/hicolor/scalable/apps/agent-desktop.svg").is_file()
    metainfo = data / "metainfo" / "com.agentdesktop.AgentDesktop.metainfo.xml"
    assert metainfo.read_bytes() == (ROOT / "packaging/linux" / metainfo.name).read_bytes()
    tel = run(["xdg-mime", "query", "default", TEL])
    assert tel.stdout.strip() == DESKTOP_FILE

    done = run([*script, "uninstall"])
    assert done.returncode == 0, done.stderr
    assert not desktop.exists() and not metainfo.exists()
    assert not (data / "icons/hicolor/scalable/apps/agent-desktop.svg").exists()
    assert run(["xdg-mime", "query", "default", TEL]).stdout.strip() == ""


def test_install_desktop_refuses_a_missing_program(isolated: Path) -> None:
    done = run([sys.executable, str(ROOT / "packaging" / "install-desktop.py"), "install",
                "--exec", str(isolated / "nowhere" / "agent-desktop")])
    assert done.returncode == 1 and "make setup" in done.stderr
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "applications").exists()
