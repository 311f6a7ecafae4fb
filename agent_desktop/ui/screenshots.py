"""``--screenshot DIR``: once data has loaded, a PNG of each view, the tray menu and the dialogs.

Used for the README and by the end-to-end test, which looks at the files. With a system tray (for
example trayer on Xvfb) the whole screen is saved too, tray icon included.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from ..core.session import Session

log = logging.getLogger(__name__)


async def settle(rounds: int = 3) -> None:
    """Let Qt lay out and paint: a few turns of the event loop. (Never processEvents() inside a
    coroutine: on qasync that runs another task's step inside this one.)"""
    for _ in range(rounds):
        await asyncio.sleep(0.05)


async def wait_for_data(session: Session, timeout: float = 20.0) -> None:
    """Until logged in and the first status answer is in (or the time is up)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        if session.logged_in and (session.ext_loggedin is not None
                                  or not session.capabilities.user_status):
            return
        await asyncio.sleep(0.1)
    log.warning("screenshots taken before all data arrived")


async def ring_for_a_sample_popup(app: Any, timeout: float = 15.0) -> QWidget | None:
    """In demo mode, a customer with a history calls me; the popup once it is filled in."""
    if app.demo is None or app.session.account is None or app.alerts is None:
        return None
    if not app.session.capabilities.live_calls:
        return None  # OMICall, TeleCMI: no live calls, so no popups
    if app.session.account.is_admin:
        app.demo.busy_floor()
    app.demo.ring(app.session.account.extension, app.demo.known_caller())
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        ready = [p for p in app.alerts.stack.popups() if p.info.history_state != "loading"]
        if ready:
            await settle()
            return ready[0]
        await asyncio.sleep(0.1)
    log.warning("no call popup appeared for the screenshot")
    return None


def save(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


async def _until(predicate: Any, timeout: float = 10.0) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.1)
    return False


async def _sample_campaign(app: Any) -> None:
    """Demo supervisor: a CSV of the demo's customers (and one bad row) imported and sent as an
    autocall queue, so the campaigns tab shows a preview and a running queue."""
    import tempfile

    view = getattr(app, "campaigns_view", None)
    account = app.session.account
    if (app.demo is None or view is None or account is None or not account.is_admin
            or not app.session.capabilities.autocall):
        return
    customers = app.demo.simulator.tenant.customers[:6]
    lines = ["Mã KH;Số điện thoại;Số hợp đồng;Số tiền quá hạn"]
    lines += [f"{c.customer_code};{c.phone_number};{c.contract_number};{1_250_000 * (i + 1)}"
              for i, c in enumerate(customers)]
    lines.append("KH9999;0123 45;HD9999;500000")  # a number that cannot be right
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chien-dich-thang-11.csv"
        path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
        view.import_file(path)
    view.importer.set_kind("autocall")
    view.importer.set_values({"queue_code": "THU-NO-T11", "template": "IVR-NHAC-NO",
                              "concurrent_call": "2", "max_recall_count": "1"})
    view.importer.skip_bad.setChecked(True)
    if view.send():
        await _until(lambda: bool(app.campaigns.queues()))
        await asyncio.sleep(2.0)  # a few calls under way
    else:
        log.warning("the sample campaign was not sent")


async def _recording_and_forms(app: Any, out: Path) -> list[Path]:
    """The player on a recorded call of the history, and the new-customer form."""
    saved: list[Path] = []
    caps = app.session.capabilities
    history = getattr(app, "history_view", None)
    if history is not None and caps.cdrs and await _until(
            lambda: history.model.rowCount() > 0):
        recorded = next((c for c in history.model.cdrs() if c.recording_url), None)
        if recorded is not None:
            app.play_recording(recorded)
            player = app.player_window
            if await _until(lambda: player.player.position > 500):
                player.player.pause()
                await settle()
                saved.append(save(player, out / "player.png"))
            else:
                log.warning("the recording did not play for the screenshot")
            player.close()
    customers = getattr(app, "customers_view", None)
    if customers is not None and app.session.logged_in and caps.customers:
        form = customers.open_form()
        await settle()
        saved.append(save(form, out / "customer-form.png"))
        form.reject()
    return saved


async def take_screenshots(app: Any, out: Path) -> list[Path]:
    from .login_dialog import LoginDialog
    from .settings_dialog import SettingsDialog

    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    window = app.window
    window.show()
    await settle()
    popup = await ring_for_a_sample_popup(app)
    await _sample_campaign(app)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        await settle()
        key = window.current_page()
        inner = window.tabs.currentWidget()
        if isinstance(inner, QTabWidget):  # a page with views of its own (supervisor)
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                await settle()
                name = inner.widget(sub).objectName() or str(sub)
                saved.append(save(window, out / f"main-{key}-{name}.png"))
            inner.setCurrentIndex(0)
        else:
            saved.append(save(window, out / f"main-{key}.png"))
    window.tabs.setCurrentIndex(0)
    saved += await _recording_and_forms(app, out)

    if popup is not None:
        saved.append(save(popup, out / "popup.png"))
    if app.tray is not None:
        menu = app.tray.menu
        app.tray.rebuild_menu()
        menu.popup(QPoint(40, 40))
        await settle()
        saved.append(save(menu, out / "tray-menu.png"))
        menu.hide()
        await settle()
        screen = QGuiApplication.primaryScreen()
        if screen is not None and screen.grabWindow(0).save(str(out / "desktop.png")):
            saved.append(out / "desktop.png")

    login = LoginDialog(app.settings, app.secrets.available, window)
    login.show()
    await settle()
    saved.append(save(login, out / "login.png"))
    login.close()
    settings = SettingsDialog(app.settings, window)
    settings.show()
    await settle()
    saved.append(save(settings, out / "settings.png"))
    settings.close()
    return saved
