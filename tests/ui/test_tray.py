"""The tray: its icon follows the session's state, its menu is rebuilt on opening and acts."""

from __future__ import annotations

from pathlib import Path

from agent_desktop.config import Paths, Settings, SettingsStore
from agent_desktop.core.secrets import SecretStore
from agent_desktop.core.session import Session
from agent_desktop.sim import Simulator
from agent_desktop.ui.icons import TrayState
from agent_desktop.ui.tray import TrayController
from tests.helpers import until


def texts(tray: TrayController) -> list[str]:
    return [a.text() for a in tray.menu.actions() if not a.isSeparator()]


async def test_tray_follows_the_session_and_its_menu_acts(sim: Simulator, tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    tray = TrayController(session)
    assert tray.state() is TrayState.OFFLINE
    tray.menu.aboutToShow.emit()
    assert texts(tray) == ["Show window", "Dial…", "Dial clipboard", "My status", "Settings…",
                           "Log in…", "Quit"]
    assert not tray.menu.actions()[2].isEnabled()  # Dial… needs a session

    await session.login(sim.url, "agent101", "demo123")
    await until(lambda: session.ext_loggedin is not None)
    assert tray.state() is TrayState.ONLINE
    assert "Extension 101: phone logged in" in tray.icon.toolTip()
    tray.menu.aboutToShow.emit()  # rebuilt with the new state
    assert "Log out" in texts(tray) and "Log in…" not in texts(tray)
    status_menu = next(a.menu() for a in tray.menu.actions() if a.text() == "My status")
    assert status_menu.actions()[0].text() == "Extension 101: phone logged in"

    fired: list[str] = []
    for signal, name in ((tray.showWindowRequested, "show"), (tray.dialRequested, "dial"),
                         (tray.dialClipboardRequested, "clipboard"),
                         (tray.settingsRequested, "settings"), (tray.logoutRequested, "logout"),
                         (tray.quitRequested, "quit")):
        signal.connect(lambda *_, n=name: fired.append(n))
    for action in tray.menu.actions():
        if not action.isSeparator() and action.menu() is None:
            action.trigger()
    assert fired == ["show", "dial", "clipboard", "settings", "logout", "quit"]

    tray.set_ringing(1)
    assert tray.state() is TrayState.RINGING
    tray.set_ringing(0)
    tray.set_missed(3)
    assert "3 missed call(s)" in tray.icon.toolTip()

    await session.logout()
    assert tray.state() is TrayState.OFFLINE
    assert "Not logged in" in tray.icon.toolTip()
    tray.icon.hide()


async def test_tray_shows_offline_for_an_unregistered_phone(sim: Simulator, tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    tray = TrayController(session)
    await session.login(sim.url, "agent108", "demo123")
    await until(lambda: session.ext_loggedin is not None)
    assert tray.state() is TrayState.OFFLINE
    assert "Extension 108: phone not logged in" in tray.icon.toolTip()
    await session.logout()
