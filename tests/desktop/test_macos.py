"""macOS: the LaunchAgent plist, LaunchServices calls (a recording fake), the Info.plist keys,
and links that arrive as QFileOpenEvent."""

from __future__ import annotations

import plistlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent

from agent_desktop.core.desktop_integration import APP_ID, for_platform
from agent_desktop.core.desktop_integration.link_events import LinkEvents
from agent_desktop.core.desktop_integration.macos import INFO_PLIST, MacIntegration

ROOT = Path(__file__).resolve().parents[2]
APP = "/Applications/agent-desktop.app/Contents/MacOS/agent-desktop"


class FakeLaunchServices:
    """Default handlers by scheme, answered in lower case as LaunchServices does."""

    def __init__(self, defaults: dict[str, str] | None = None) -> None:
        self.defaults = dict(defaults or {})
        self.calls: list[tuple[str, str]] = []

    def default_handler(self, scheme: str) -> str | None:
        handler = self.defaults.get(scheme)
        return handler.lower() if handler else None

    def set_default_handler(self, scheme: str, bundle_id: str) -> None:
        self.calls.append((scheme, bundle_id))
        self.defaults[scheme] = bundle_id


def test_for_platform_picks_macos() -> None:
    assert isinstance(for_platform("darwin"), MacIntegration)


def test_autostart_is_a_launch_agent(tmp_path: Path) -> None:
    integration = MacIntegration(command=[APP], launch_services=FakeLaunchServices(),
                                 home=tmp_path)
    plist = tmp_path / "Library" / "LaunchAgents" / "com.agentdesktop.AgentDesktop.plist"
    assert not integration.autostart_enabled()
    integration.set_autostart(True)
    assert plistlib.loads(plist.read_bytes()) == {
        "Label": "com.agentdesktop.AgentDesktop", "ProgramArguments": [APP],
        "RunAtLoad": True, "ProcessType": "Interactive"}
    assert integration.autostart_enabled()
    integration.set_autostart(False)
    assert not plist.exists() and not integration.autostart_enabled()


def test_link_handler_sets_and_gives_back_the_defaults(tmp_path: Path) -> None:
    services = FakeLaunchServices({"tel": "com.apple.FaceTime"})
    integration = MacIntegration(command=[APP], launch_services=services, home=tmp_path)
    assert not integration.link_handler_registered()
    integration.set_link_handler(True)
    assert services.calls == [("tel", APP_ID), ("callto", APP_ID)]
    assert integration.link_handler_registered()  # answered in lower case: still ours

    services.calls.clear()
    integration.set_link_handler(False)
    assert services.calls == [("tel", "com.apple.facetime")]  # nobody had callto: before
    assert not integration.link_handler_registered()
    assert not integration.state_file.exists()


def test_link_handler_off_leaves_another_apps_choice(tmp_path: Path) -> None:
    services = FakeLaunchServices({"tel": "com.apple.FaceTime"})
    integration = MacIntegration(command=[APP], launch_services=services, home=tmp_path)
    integration.set_link_handler(True)
    services.defaults["tel"] = "com.skype.skype"
    services.calls.clear()
    integration.set_link_handler(False)
    assert services.calls == []


def test_info_plist_declares_the_link_schemes() -> None:
    fragment = plistlib.loads((ROOT / "packaging/macos/Info.plist.fragment").read_bytes())
    assert fragment == INFO_PLIST  # the file is the constant, written out
    assert INFO_PLIST["CFBundleIdentifier"] == APP_ID
    (url_type,) = INFO_PLIST["CFBundleURLTypes"]
    assert url_type["CFBundleURLSchemes"] == ["tel", "callto"]


def test_file_open_events_become_numbers(qapp) -> None:
    events = LinkEvents()
    numbers: list[str] = []
    events.numberRequested.connect(numbers.append)
    qapp.installEventFilter(events)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl("tel:+84-899-098-899")))
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl("callto:0899098899")))
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl("file:///tmp/report.pdf")))
    finally:
        qapp.removeEventFilter(events)
    assert numbers == ["+84-899-098-899", "0899098899"]
