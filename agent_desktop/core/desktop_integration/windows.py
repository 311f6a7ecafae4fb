"""Windows: the ``Run`` value, URL protocol keys for tel:/callto:, and "Default apps" registration.

All under ``HKEY_CURRENT_USER\\Software`` (no administrator rights needed), written with a
QSettings in NativeFormat — or, in tests, whatever the ``registry`` factory returns (an
IniFormat file). A key's default value is the name ``Default`` (QSettings' convention).

- start at login: ``Microsoft\\Windows\\CurrentVersion\\Run``, value ``agent-desktop`` =
  ``"<exe>"``;
- use for phone links, for ``tel`` and ``callto``: ``Classes\\<scheme>`` (default value
  ``URL:<scheme>``, an empty ``URL Protocol``, ``DefaultIcon``, ``shell\\open\\command`` =
  ``"<exe>" "%1"``); the ProgID ``Classes\\AgentDesktop.PhoneLink`` with the same command;
  ``Clients\\Internet Call\\agent-desktop\\Capabilities`` (name, description,
  ``URLAssociations``) and ``RegisteredApplications\\agent-desktop`` pointing at it, so that
  Settings → Default apps lists the app. Turning it off removes a scheme's key only while its
  command is still ours (another app may have taken it since), and our registration.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from . import ENTRY_NAME, LINK_SCHEMES, IntegrationError, launch_command

log = logging.getLogger(__name__)

ROOT = r"HKEY_CURRENT_USER\Software"
RUN_KEY = "Microsoft/Windows/CurrentVersion/Run"
PROG_ID = "AgentDesktop.PhoneLink"
CLIENT_KEY = f"Clients/Internet Call/{ENTRY_NAME}"
CAPABILITIES = f"{CLIENT_KEY}/Capabilities"
REGISTERED_APPS = "RegisteredApplications"
DESCRIPTION = "Calls tel: and callto: links through your cloud PBX"

#: Opens a QSettings on a registry path (``ROOT``); tests return an IniFormat QSettings.
Registry = Callable[[str], Any]


def native_registry(path: str) -> Any:
    from PySide6.QtCore import QSettings

    return QSettings(path, QSettings.Format.NativeFormat)


def quoted(command: Sequence[str]) -> str:
    return " ".join(f'"{part}"' for part in command)


class WindowsIntegration:
    def __init__(self, command: Sequence[str] | None = None,
                 registry: Registry = native_registry) -> None:
        self.command = list(command or launch_command())
        self.registry = registry

    @property
    def open_command(self) -> str:
        return quoted(self.command) + ' "%1"'

    @property
    def icon(self) -> str:
        return f'"{self.command[0]}",0'

    def _settings(self) -> Any:
        return self.registry(ROOT)

    def _commit(self, settings: Any) -> None:
        settings.sync()
        if settings.status() != settings.Status.NoError:
            raise IntegrationError(f"the registry refused the change ({settings.status().name})")

    # --- start at login ----------------------------------------------------------------------

    def autostart_enabled(self) -> bool:
        return self._settings().contains(f"{RUN_KEY}/{ENTRY_NAME}")

    def set_autostart(self, on: bool) -> None:
        settings = self._settings()
        if on:
            settings.setValue(f"{RUN_KEY}/{ENTRY_NAME}", quoted(self.command))
        else:
            settings.remove(f"{RUN_KEY}/{ENTRY_NAME}")
        self._commit(settings)
        log.info("start at login %s", "on" if on else "off")

    # --- phone links -------------------------------------------------------------------------

    def link_handler_registered(self) -> bool:
        settings = self._settings()
        ours = all(settings.value(f"Classes/{s}/shell/open/command/Default") == self.open_command
                   for s in LINK_SCHEMES)
        return ours and settings.contains(f"{REGISTERED_APPS}/{ENTRY_NAME}")

    def set_link_handler(self, on: bool) -> None:
        settings = self._settings()
        if on:
            for scheme in LINK_SCHEMES:
                self._url_class(settings, f"Classes/{scheme}", f"URL:{scheme}")
            self._url_class(settings, f"Classes/{PROG_ID}", "agent-desktop phone link")
            settings.setValue(f"{CAPABILITIES}/ApplicationName", ENTRY_NAME)
            settings.setValue(f"{CAPABILITIES}/ApplicationDescription", DESCRIPTION)
            settings.setValue(f"{CAPABILITIES}/ApplicationIcon", self.icon)
            for scheme in LINK_SCHEMES:
                settings.setValue(f"{CAPABILITIES}/URLAssociations/{scheme}", PROG_ID)
            settings.setValue(f"{REGISTERED_APPS}/{ENTRY_NAME}",
                              "Software\\" + CAPABILITIES.replace("/", "\\"))
        else:
            for scheme in LINK_SCHEMES:
                key = f"Classes/{scheme}"
                if settings.value(f"{key}/shell/open/command/Default") == self.open_command:
                    settings.remove(key)
            settings.remove(f"Classes/{PROG_ID}")
            settings.remove(CLIENT_KEY)
            settings.remove(f"{REGISTERED_APPS}/{ENTRY_NAME}")
        self._commit(settings)
        log.info("phone links %s", "on" if on else "off")

    def _url_class(self, settings: Any, key: str, description: str) -> None:
        settings.setValue(f"{key}/Default", description)
        settings.setValue(f"{key}/URL Protocol", "")
        settings.setValue(f"{key}/DefaultIcon/Default", self.icon)
        settings.setValue(f"{key}/shell/open/command/Default", self.open_command)
