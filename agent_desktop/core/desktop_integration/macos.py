"""macOS: a LaunchAgent for start at login, and LaunchServices' default handler for tel:/callto:.

- start at login: ``~/Library/LaunchAgents/com.agentdesktop.AgentDesktop.plist`` (RunAtLoad);
- use for phone links: the bundle declares the schemes in its Info.plist (:data:`INFO_PLIST`,
  also written out as ``packaging/macos/Info.plist.fragment`` for the PyInstaller spec); at run
  time ``LSSetDefaultHandlerForURLScheme(scheme, bundle id)`` makes the app the default. The
  handlers it replaced are noted and put back when it is turned off (macOS has no "no
  default": without a noted handler ours stays until another app takes the scheme).

LaunchServices is reached through a small object (:class:`CoreServices`, ctypes on the
CoreServices framework; no helper tools needed) that tests replace. LaunchServices answers bundle
ids in lower case, so they are compared case-insensitively. Links arrive as Apple events, which
Qt turns into ``QFileOpenEvent`` (see :mod:`.link_events`).
"""

from __future__ import annotations

import ctypes
import logging
import plistlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from . import APP_ID, LINK_SCHEMES, IntegrationError, launch_command, recall, remember

log = logging.getLogger(__name__)

#: Info.plist keys the app bundle needs (the PyInstaller spec's ``BUNDLE(info_plist=...)``).
INFO_PLIST: dict[str, Any] = {
    "CFBundleIdentifier": APP_ID,
    "CFBundleURLTypes": [{
        "CFBundleURLName": f"{APP_ID}.phone-link",
        "CFBundleTypeRole": "Viewer",
        "CFBundleURLSchemes": list(LINK_SCHEMES),
    }],
}


class LaunchServices(Protocol):
    def default_handler(self, scheme: str) -> str | None: ...

    def set_default_handler(self, scheme: str, bundle_id: str) -> None: ...


class CoreServices:
    """LaunchServices through ctypes (macOS only)."""

    _UTF8 = 0x08000100  # kCFStringEncodingUTF8

    def __init__(self) -> None:
        frameworks = "/System/Library/Frameworks/"
        self._cf = ctypes.cdll.LoadLibrary(frameworks + "CoreFoundation.framework/CoreFoundation")
        self._ls = ctypes.cdll.LoadLibrary(frameworks + "CoreServices.framework/CoreServices")
        cf, ls = self._cf, self._ls
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                                 ctypes.c_uint32]
        cf.CFStringGetCString.restype = ctypes.c_bool
        cf.CFStringGetCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_long,
                                          ctypes.c_uint32]
        cf.CFRelease.argtypes = [ctypes.c_void_p]
        ls.LSCopyDefaultHandlerForURLScheme.restype = ctypes.c_void_p
        ls.LSCopyDefaultHandlerForURLScheme.argtypes = [ctypes.c_void_p]
        ls.LSSetDefaultHandlerForURLScheme.restype = ctypes.c_int32
        ls.LSSetDefaultHandlerForURLScheme.argtypes = [ctypes.c_void_p, ctypes.c_void_p]

    def _string(self, text: str) -> int:
        return self._cf.CFStringCreateWithCString(None, text.encode(), self._UTF8)

    def default_handler(self, scheme: str) -> str | None:
        name = self._string(scheme)
        try:
            handler = self._ls.LSCopyDefaultHandlerForURLScheme(name)
        finally:
            self._cf.CFRelease(name)
        if not handler:
            return None
        try:
            buffer = ctypes.create_string_buffer(512)
            ok = self._cf.CFStringGetCString(handler, buffer, len(buffer), self._UTF8)
            return buffer.value.decode() if ok else None
        finally:
            self._cf.CFRelease(handler)

    def set_default_handler(self, scheme: str, bundle_id: str) -> None:
        name, bundle = self._string(scheme), self._string(bundle_id)
        try:
            status = self._ls.LSSetDefaultHandlerForURLScheme(name, bundle)
        finally:
            self._cf.CFRelease(name)
            self._cf.CFRelease(bundle)
        if status:
            raise IntegrationError(f"LaunchServices refused {scheme}: (OSStatus {status})")


class MacIntegration:
    def __init__(self, command: Sequence[str] | None = None,
                 launch_services: LaunchServices | None = None, home: Path | None = None,
                 bundle_id: str = APP_ID) -> None:
        self.command = list(command or launch_command())
        self._launch_services = launch_services
        self._home = home
        self.bundle_id = bundle_id

    @property
    def launch_services(self) -> LaunchServices:
        if self._launch_services is None:
            try:
                self._launch_services = CoreServices()
            except OSError as error:
                raise IntegrationError(f"LaunchServices is not available: {error}") from error
        return self._launch_services

    @property
    def home(self) -> Path:
        return self._home or Path.home()

    @property
    def launch_agent_file(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    @property
    def state_file(self) -> Path:
        return (self.home / "Library" / "Application Support" / "agent-desktop"
                / "replaced-link-handlers.json")

    def launch_agent(self) -> dict[str, Any]:
        return {"Label": APP_ID, "ProgramArguments": self.command, "RunAtLoad": True,
                "ProcessType": "Interactive"}

    # --- start at login ----------------------------------------------------------------------

    def autostart_enabled(self) -> bool:
        return self.launch_agent_file.exists()

    def set_autostart(self, on: bool) -> None:
        path = self.launch_agent_file
        try:
            if on:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(plistlib.dumps(self.launch_agent()))
            else:
                path.unlink(missing_ok=True)
        except OSError as error:
            raise IntegrationError(str(error)) from error
        log.info("start at login %s", "on" if on else "off")

    # --- phone links -------------------------------------------------------------------------

    def _ours(self, handler: str | None) -> bool:
        return (handler or "").casefold() == self.bundle_id.casefold()

    def link_handler_registered(self) -> bool:
        services = self.launch_services
        return all(self._ours(services.default_handler(s)) for s in LINK_SCHEMES)

    def set_link_handler(self, on: bool) -> None:
        services = self.launch_services
        try:
            if on:
                previous = {}
                for scheme in LINK_SCHEMES:
                    current = services.default_handler(scheme)
                    if current and not self._ours(current):
                        previous[scheme] = current
                remember(self.state_file, previous)
                for scheme in LINK_SCHEMES:
                    services.set_default_handler(scheme, self.bundle_id)
            else:
                previous = recall(self.state_file)
                for scheme in LINK_SCHEMES:
                    if scheme in previous and self._ours(services.default_handler(scheme)):
                        services.set_default_handler(scheme, previous[scheme])
                self.state_file.unlink(missing_ok=True)
        except OSError as error:
            raise IntegrationError(str(error)) from error
        log.info("phone links %s", "on" if on else "off")
