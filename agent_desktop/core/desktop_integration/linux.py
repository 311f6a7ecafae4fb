"""Linux: XDG autostart, and tel:/callto: links through the user's desktop file and ``xdg-mime``.

Every desktop entry this writes is rendered from one template,
``packaging/linux/agent-desktop.desktop`` (the file packagers install as is): only ``Exec``
changes, the autostart entry drops ``MimeType`` and gains ``X-GNOME-Autostart-enabled``, and
the menu entry drops ``MimeType`` while links are not ours.

- start at login: ``$XDG_CONFIG_HOME/autostart/agent-desktop.desktop``;
- use for phone links: ``$XDG_DATA_HOME/applications/agent-desktop.desktop`` (Exec ends in
  ``%u``) and the icon in ``$XDG_DATA_HOME/icons/hicolor/scalable/apps``, then
  ``xdg-mime default agent-desktop.desktop x-scheme-handler/tel x-scheme-handler/callto`` and
  ``update-desktop-database``. The handlers that were the default before are noted and put back
  when it is turned off — only for the schemes we are still the default for.
- :meth:`LinuxIntegration.install` / :meth:`~LinuxIntegration.uninstall` (``make
  install-desktop``) add the AppStream metainfo and remove everything again.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from . import (
    ENTRY_NAME,
    LINK_SCHEMES,
    IntegrationError,
    launch_command,
    recall,
    remember,
    source_file,
)

log = logging.getLogger(__name__)

DESKTOP_FILE = f"{ENTRY_NAME}.desktop"
TEMPLATE = ("packaging", "linux", DESKTOP_FILE)
METAINFO = ("packaging", "linux", "com.agentdesktop.AgentDesktop.metainfo.xml")
ICON = ("resources", "icons", "app.svg")
DEFAULT_APPS = "[Default Applications]"

#: Runs a command and returns its standard output; raises IntegrationError when it fails.
Runner = Callable[[Sequence[str]], str]

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def run_command(args: Sequence[str]) -> str:
    try:
        done = subprocess.run(list(args), capture_output=True, text=True, timeout=30, check=False)
    except FileNotFoundError as error:
        raise IntegrationError(f"{args[0]} is not installed") from error
    except (OSError, subprocess.TimeoutExpired) as error:
        raise IntegrationError(f"{args[0]}: {error}") from error
    if done.returncode:
        detail = (done.stderr or done.stdout).strip()[:300]
        raise IntegrationError(f"{args[0]} failed (exit status {done.returncode}): {detail}")
    return done.stdout


def mime_type(scheme: str) -> str:
    return f"x-scheme-handler/{scheme}"


def exec_value(command: Sequence[str], field_code: str = "") -> str:
    """The ``Exec=`` value that runs ``command`` (Desktop Entry spec: quoting, then escapes)."""
    parts = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if not arg or _RESERVED & set(arg):
            arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
        parts.append(arg)
    if field_code:
        parts.append(field_code)
    return " ".join(parts).replace("\\", "\\\\")


def desktop_entry(command: Sequence[str], *, links: bool = True, autostart: bool = False,
                  template: Path | None = None) -> str:
    """The template with ``Exec`` running ``command``; for autostart or a plain menu entry
    without ``MimeType``."""
    text = (template or source_file(*TEMPLATE)).read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        key = line.split("=", 1)[0]
        if key == "Exec":
            handles = links and not autostart
            line = "Exec=" + exec_value(command, "%u" if handles else "")
        elif key == "MimeType" and (autostart or not links):
            continue
        lines.append(line)
    if autostart:
        lines.append("X-GNOME-Autostart-enabled=true")
    return "\n".join(lines) + "\n"


def _xdg_dir(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "")
    return Path(value) if os.path.isabs(value) else Path.home() / fallback


class LinuxIntegration:
    """The XDG way. Folders default to ``$XDG_CONFIG_HOME`` / ``$XDG_DATA_HOME`` at each call."""

    def __init__(self, command: Sequence[str] | None = None, runner: Runner = run_command,
                 config_home: Path | None = None, data_home: Path | None = None) -> None:
        self.command = list(command or launch_command())
        self.runner = runner
        self._config_home = config_home
        self._data_home = data_home

    # --- where things go ---------------------------------------------------------------------

    @property
    def config_home(self) -> Path:
        return self._config_home or _xdg_dir("XDG_CONFIG_HOME", ".config")

    @property
    def data_home(self) -> Path:
        return self._data_home or _xdg_dir("XDG_DATA_HOME", ".local/share")

    @property
    def autostart_file(self) -> Path:
        return self.config_home / "autostart" / DESKTOP_FILE

    @property
    def desktop_file(self) -> Path:
        return self.data_home / "applications" / DESKTOP_FILE

    @property
    def icon_file(self) -> Path:
        return self.data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{ENTRY_NAME}.svg"

    @property
    def metainfo_file(self) -> Path:
        return self.data_home / "metainfo" / METAINFO[-1]

    @property
    def mimeapps_file(self) -> Path:
        return self.config_home / "mimeapps.list"

    @property
    def state_file(self) -> Path:
        """The handlers we replaced (to put them back)."""
        return self.data_home / ENTRY_NAME / "replaced-link-handlers.json"

    # --- start at login ----------------------------------------------------------------------

    def autostart_enabled(self) -> bool:
        return self.autostart_file.exists()

    def set_autostart(self, on: bool) -> None:
        try:
            if on:
                _write(self.autostart_file, desktop_entry(self.command, autostart=True))
            else:
                self.autostart_file.unlink(missing_ok=True)
        except OSError as error:
            raise IntegrationError(str(error)) from error
        log.info("start at login %s", "on" if on else "off")

    # --- phone links -------------------------------------------------------------------------

    def default_handler(self, scheme: str) -> str | None:
        """What ``xdg-mime`` says opens ``scheme:`` links (None when nothing or it fails)."""
        try:
            answer = self.runner(["xdg-mime", "query", "default", mime_type(scheme)]).strip()
        except IntegrationError as error:
            log.debug("xdg-mime query: %s", error)
            return None
        return answer or None

    def link_handler_registered(self) -> bool:
        try:
            declared = "\nMimeType=" in self.desktop_file.read_text(encoding="utf-8")
        except OSError:
            return False
        return declared and all(self.default_handler(s) == DESKTOP_FILE for s in LINK_SCHEMES)

    def set_link_handler(self, on: bool) -> None:
        try:
            if on:
                self._register()
            else:
                self._unregister()
        except OSError as error:
            raise IntegrationError(str(error)) from error
        log.info("phone links %s", "on" if on else "off")

    def _register(self) -> None:
        _write(self.desktop_file, desktop_entry(self.command))
        self.icon_file.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source_file(*ICON), self.icon_file)
        previous = {}
        for scheme in LINK_SCHEMES:
            current = self.default_handler(scheme)
            if current and current != DESKTOP_FILE:
                previous[scheme] = current
        remember(self.state_file, previous)
        self.runner(["xdg-mime", "default", DESKTOP_FILE, *map(mime_type, LINK_SCHEMES)])
        self._update_database()

    def _unregister(self) -> None:
        previous = recall(self.state_file)
        for scheme in LINK_SCHEMES:
            if self.default_handler(scheme) != DESKTOP_FILE:
                continue  # someone else is the default by now: leave their choice alone
            if scheme in previous:
                self.runner(["xdg-mime", "default", previous[scheme], mime_type(scheme)])
            else:
                drop_default(self.mimeapps_file, mime_type(scheme), DESKTOP_FILE)
        self.state_file.unlink(missing_ok=True)
        if self.desktop_file.exists():  # stays in the menu, no longer offered for links
            _write(self.desktop_file, desktop_entry(self.command, links=False))
            self._update_database()

    def _update_database(self) -> None:
        try:
            self.runner(["update-desktop-database", str(self.desktop_file.parent)])
        except IntegrationError as error:  # optional: desktops rescan by themselves too
            log.info("update-desktop-database: %s", error)

    # --- make install-desktop ----------------------------------------------------------------

    def install(self) -> None:
        """Menu entry, icon, metainfo, and the default for phone links."""
        self.set_link_handler(True)
        try:
            self.metainfo_file.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source_file(*METAINFO), self.metainfo_file)
        except OSError as error:
            raise IntegrationError(str(error)) from error

    def uninstall(self) -> None:
        """Everything :meth:`install` and the settings wrote, and our defaults."""
        self.set_link_handler(False)
        self.set_autostart(False)
        for path in (self.desktop_file, self.icon_file, self.metainfo_file):
            path.unlink(missing_ok=True)
        self._update_database()


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def drop_default(mimeapps: Path, mime: str, desktop_file: str) -> None:
    """Take ``desktop_file`` out of ``mime``'s entry in ``[Default Applications]``."""
    try:
        lines = mimeapps.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return
    out, section = [], ""
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
        elif section == DEFAULT_APPS and stripped.startswith(mime + "="):
            rest = [d for d in stripped.split("=", 1)[1].split(";") if d and d != desktop_file]
            if not rest:
                continue
            line = f"{mime}={';'.join(rest)};"
        out.append(line)
    _write(mimeapps, "\n".join(out) + "\n")
