"""The two settings, end to end in the running app: the settings dialog's checkboxes → the
app → the desktop integration (a recording fake here; the OS parts have their own tests)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox

from agent_desktop.cli import Options
from agent_desktop.config import Paths, SettingsStore
from agent_desktop.core.desktop_integration import IntegrationError
from agent_desktop.core.desktop_integration.linux import LinuxIntegration
from tests.helpers import until
from tests.ui.app_harness import running_app


class FakeIntegration:
    def __init__(self) -> None:
        self.calls: list[tuple[str, bool]] = []
        self.threads: set[str] = set()
        self.fail: str = ""

    def _record(self, name: str, on: bool) -> None:
        self.threads.add(threading.current_thread().name)
        self.calls.append((name, on))
        if self.fail:
            raise IntegrationError(self.fail)

    def autostart_enabled(self) -> bool:
        return False

    def set_autostart(self, on: bool) -> None:
        self._record("set_autostart", on)

    def link_handler_registered(self) -> bool:
        return False

    def set_link_handler(self, on: bool) -> None:
        self._record("set_link_handler", on)


def save(app, **boxes: bool) -> None:
    app.open_settings()
    dialog = app.settings_dialog
    for name, on in boxes.items():
        dialog.findChild(QCheckBox, name).setChecked(on)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


async def test_the_checkboxes_drive_the_integration(tmp_path: Path) -> None:
    async with running_app(Options(), tmp_path / "p") as app:
        assert isinstance(app.desktop, LinuxIntegration)
        fake = app.desktop = FakeIntegration()
        app.open_settings()
        links = app.settings_dialog.findChild(QCheckBox, "handlePhoneLinks")
        autostart = app.settings_dialog.findChild(QCheckBox, "startAtLogin")
        assert links.text() == "Use for phone links (tel:, callto:)"
        assert not links.isChecked() and not autostart.isChecked()  # nothing without consent
        app.settings_dialog.reject()

        save(app, handlePhoneLinks=True)
        await until(lambda: fake.calls)
        assert fake.calls == [("set_link_handler", True)]
        assert threading.main_thread().name not in fake.threads  # never on the event loop
        assert SettingsStore(Paths.resolve(tmp_path / "p")).load().handle_phone_links

        save(app, startAtLogin=True, handlePhoneLinks=False)
        await until(lambda: len(fake.calls) == 3)
        assert fake.calls[1:] == [("set_autostart", True), ("set_link_handler", False)]

        save(app)  # nothing changed: nothing touched
        fake.fail = "xdg-mime is not installed"
        save(app, handlePhoneLinks=True)
        message = "Could not change the app for phone links: xdg-mime is not installed"
        await until(lambda: app.window.statusBar().currentMessage() == message)
        assert fake.calls[3:] == [("set_link_handler", True)]


async def test_starting_the_app_registers_nothing(tmp_path: Path) -> None:
    async with running_app(Options(), tmp_path / "p") as app:
        await until(lambda: app.login_dialog is not None and app.login_dialog.isVisible())
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        base = Path(os.environ[variable])
        assert not (base / "autostart").exists() and not (base / "applications").exists()
        assert not (base / "mimeapps.list").exists()
