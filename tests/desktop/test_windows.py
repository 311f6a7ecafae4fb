"""Windows: the exact registry keys for start at login and phone links, written through an
IniFormat QSettings in the test's folder (the implementation's registry factory)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from agent_desktop.core.desktop_integration import for_platform
from agent_desktop.core.desktop_integration.windows import ROOT, WindowsIntegration

EXE = r"C:\Program Files\agent-desktop\agent-desktop.exe"
OPEN = f'"{EXE}" "%1"'
ICON = f'"{EXE}",0'
CAPS = "Clients/Internet Call/agent-desktop/Capabilities"

LINK_KEYS = {
    **{key: value for scheme in ("tel", "callto") for key, value in {
        f"Classes/{scheme}/Default": f"URL:{scheme}",
        f"Classes/{scheme}/URL Protocol": "",
        f"Classes/{scheme}/DefaultIcon/Default": ICON,
        f"Classes/{scheme}/shell/open/command/Default": OPEN,
    }.items()},
    "Classes/AgentDesktop.PhoneLink/Default": "agent-desktop phone link",
    "Classes/AgentDesktop.PhoneLink/URL Protocol": "",
    "Classes/AgentDesktop.PhoneLink/DefaultIcon/Default": ICON,
    "Classes/AgentDesktop.PhoneLink/shell/open/command/Default": OPEN,
    f"{CAPS}/ApplicationName": "agent-desktop",
    f"{CAPS}/ApplicationDescription": "Calls tel: and callto: links through your cloud PBX",
    f"{CAPS}/ApplicationIcon": ICON,
    f"{CAPS}/URLAssociations/tel": "AgentDesktop.PhoneLink",
    f"{CAPS}/URLAssociations/callto": "AgentDesktop.PhoneLink",
    "RegisteredApplications/agent-desktop":
        r"Software\Clients\Internet Call\agent-desktop\Capabilities",
}


class Registry:
    """HKCU\\Software as an ini file; remembers which paths were opened."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.opened: list[str] = []

    def __call__(self, path: str) -> QSettings:
        self.opened.append(path)
        return QSettings(str(self.file), QSettings.Format.IniFormat)

    def values(self) -> dict[str, Any]:
        settings = QSettings(str(self.file), QSettings.Format.IniFormat)
        return {key: settings.value(key) for key in settings.allKeys()}


@pytest.fixture
def registry(tmp_path: Path) -> Registry:
    return Registry(tmp_path / "hkcu-software.ini")


def test_for_platform_picks_windows() -> None:
    assert isinstance(for_platform("win32"), WindowsIntegration)


def test_autostart_is_the_run_value(registry: Registry) -> None:
    integration = WindowsIntegration(command=[EXE], registry=registry)
    assert not integration.autostart_enabled()
    integration.set_autostart(True)
    assert registry.values() == {
        "Microsoft/Windows/CurrentVersion/Run/agent-desktop": f'"{EXE}"'}
    assert integration.autostart_enabled()
    integration.set_autostart(False)
    assert registry.values() == {} and not integration.autostart_enabled()
    assert set(registry.opened) == {ROOT} == {r"HKEY_CURRENT_USER\Software"}


def test_python_is_started_with_its_module(registry: Registry) -> None:
    python = r"C:\Users\lan\agent-desktop\.venv\Scripts\python.exe"
    integration = WindowsIntegration(command=[python, "-m", "agent_desktop"], registry=registry)
    integration.set_autostart(True)
    integration.set_link_handler(True)
    values = registry.values()
    assert values["Microsoft/Windows/CurrentVersion/Run/agent-desktop"] == (
        f'"{python}" "-m" "agent_desktop"')
    assert values["Classes/tel/shell/open/command/Default"] == (
        f'"{python}" "-m" "agent_desktop" "%1"')


def test_link_handler_writes_then_removes_exactly_its_keys(registry: Registry) -> None:
    integration = WindowsIntegration(command=[EXE], registry=registry)
    assert not integration.link_handler_registered()
    integration.set_link_handler(True)
    assert registry.values() == LINK_KEYS
    assert integration.link_handler_registered()
    integration.set_link_handler(False)
    assert registry.values() == {}
    assert not integration.link_handler_registered()


def test_link_handler_off_keeps_a_scheme_another_app_took(registry: Registry) -> None:
    integration = WindowsIntegration(command=[EXE], registry=registry)
    integration.set_link_handler(True)
    other = registry("")
    other.setValue("Classes/tel/shell/open/command/Default", r'"C:\Skype\skype.exe" "%1"')
    other.sync()
    assert not integration.link_handler_registered()
    integration.set_autostart(True)
    integration.set_link_handler(False)
    assert registry.values() == {
        "Classes/tel/Default": "URL:tel",
        "Classes/tel/URL Protocol": "",
        "Classes/tel/DefaultIcon/Default": ICON,
        "Classes/tel/shell/open/command/Default": r'"C:\Skype\skype.exe" "%1"',
        "Microsoft/Windows/CurrentVersion/Run/agent-desktop": f'"{EXE}"',
    }
