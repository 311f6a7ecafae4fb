"""Start at login: the OS's own mechanism behind one call, ``set_autostart(on)``.

Linux: an XDG autostart entry ``$XDG_CONFIG_HOME/autostart/agent-desktop.desktop``; Windows: the
``HKCU\\...\\CurrentVersion\\Run`` value; macOS: a LaunchAgent plist. The app is started hidden in the
tray when it starts with the session.
"""

from __future__ import annotations

import logging
import os
import plistlib
import shlex
import sys
from pathlib import Path

log = logging.getLogger(__name__)

ENTRY_NAME = "agent-desktop"


def launch_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "agent_desktop"]


def xdg_autostart_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / f"{ENTRY_NAME}.desktop"


def mac_launch_agent_file() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / "com.agent-desktop.plist"


def desktop_entry() -> str:
    command = " ".join(shlex.quote(part) for part in launch_command())
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=agent-desktop\n"
        "Name[vi]=agent-desktop\n"
        "Comment=Call-center companion for your PBX\n"
        "Comment[vi]=Trợ lý tổng đài cho nhân viên chăm sóc khách hàng\n"
        f"Exec={command}\n"
        "Icon=agent-desktop\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled() -> bool:
    if sys.platform.startswith("win"):
        from PySide6.QtCore import QSettings

        run = QSettings(r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run",
                        QSettings.Format.NativeFormat)
        return run.contains(ENTRY_NAME)
    if sys.platform == "darwin":
        return mac_launch_agent_file().exists()
    return xdg_autostart_file().exists()


def set_autostart(enabled: bool) -> None:
    """Register or unregister start at login; failures are logged, never raised."""
    try:
        if sys.platform.startswith("win"):
            from PySide6.QtCore import QSettings

            run = QSettings(r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run",
                            QSettings.Format.NativeFormat)
            if enabled:
                run.setValue(ENTRY_NAME, " ".join(f'"{p}"' for p in launch_command()))
            else:
                run.remove(ENTRY_NAME)
            run.sync()
        elif sys.platform == "darwin":
            path = mac_launch_agent_file()
            if enabled:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(plistlib.dumps({"Label": "com.agent-desktop",
                                                 "ProgramArguments": launch_command(),
                                                 "RunAtLoad": True}))
            else:
                path.unlink(missing_ok=True)
        else:
            path = xdg_autostart_file()
            if enabled:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(desktop_entry(), encoding="utf-8")
            else:
                path.unlink(missing_ok=True)
        log.info("start at login %s", "on" if enabled else "off")
    except OSError as error:
        log.warning("could not change start at login: %s", error)
