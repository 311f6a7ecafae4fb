"""Desktop integration: "start when I log in" and "use for phone links" (tel:, callto:), per OS.

The app talks to one small interface, :class:`DesktopIntegration`; :func:`for_platform` returns
the implementation for this computer:

- Linux (:mod:`.linux`): an XDG autostart entry, and the user's ``agent-desktop.desktop``
  registered with ``xdg-mime`` as the default for ``x-scheme-handler/tel`` and ``/callto``.
- Windows (:mod:`.windows`): the ``Run`` value, and URL protocol keys under
  ``HKCU\\Software\\Classes`` plus the Capabilities that list the app in "Default apps".
- macOS (:mod:`.macos`): a LaunchAgent, and LaunchServices' default handler for the schemes
  the bundle's Info.plist declares (:data:`.macos.INFO_PLIST`).

Everything that touches the system goes through something a test can replace: a command runner
(Linux), a QSettings factory (Windows), a LaunchServices object (macOS), and the folders. Calls
may block (subprocesses, the registry), so the app runs them in an executor. Failures raise
:class:`IntegrationError`, whose text says what could not be done. Nothing here imports Qt at
module level: ``packaging/install-desktop.py`` uses the Linux part without a QApplication.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

#: Reverse-DNS id: AppStream component id and macOS bundle identifier.
APP_ID = "com.agentdesktop.AgentDesktop"
#: The name of the program, its icon, its desktop file (``<ENTRY_NAME>.desktop``).
ENTRY_NAME = "agent-desktop"
#: The link schemes the app makes itself the default for. sip: is only *offered* (the Linux
#: desktop file lists it) because a softphone usually owns it.
LINK_SCHEMES = ("tel", "callto")


class IntegrationError(Exception):
    """The system refused a change; the text says what and why (no secrets in it)."""


class DesktopIntegration(Protocol):
    """Start at login and the link handler, as the OS keeps them."""

    def autostart_enabled(self) -> bool: ...

    def set_autostart(self, on: bool) -> None: ...

    def link_handler_registered(self) -> bool: ...

    def set_link_handler(self, on: bool) -> None: ...


def launch_command() -> list[str]:
    """How the OS starts this program: the frozen executable, or this Python with ``-m``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "agent_desktop"]


def source_file(*parts: str) -> Path:
    """A file of the checkout (``resources/…``, ``packaging/…``), or of the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and Path(bundle, *parts).exists():
        return Path(bundle, *parts)
    return Path(__file__).resolve().parents[3].joinpath(*parts)


def recall(state_file: Path) -> dict[str, str]:
    """The handlers that were the default before us, by scheme (empty when none were noted)."""
    try:
        data = json.loads(state_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str) and v}


def remember(state_file: Path, previous: dict[str, str]) -> None:
    """Note the handlers we replace; a handler noted earlier is kept (we may be it by now)."""
    merged = {**previous, **recall(state_file)}
    if not merged:
        return
    state_file.parent.mkdir(parents=True, exist_ok=True)
    state_file.write_text(json.dumps(merged, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def for_platform(platform: str = sys.platform) -> DesktopIntegration:
    """The implementation for ``platform`` (a ``sys.platform`` value)."""
    if platform.startswith("win"):
        from .windows import WindowsIntegration

        return WindowsIntegration()
    if platform == "darwin":
        from .macos import MacIntegration

        return MacIntegration()
    from .linux import LinuxIntegration

    return LinuxIntegration()
