"""The tray icon: its look tells the state (offline, connecting, online, ringing, missed calls),
its menu is the way in when the window is hidden. The menu is rebuilt each time it opens, so it
always shows the current status."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..core.plain_text import isolate
from ..core.session import Connection, Session
from .icons import TrayState, icon, tray_icon


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def _extension(ext: str) -> str:
    """The extension the server gave, for a sentence: digits as they are, anything else shortened
    and isolated (FSI … PDI) so that it cannot reorder the words around it."""
    return ext if ext.isascii() and ext.isalnum() else isolate(ext[:40])

class TrayController(QObject):
    showWindowRequested = Signal()
    dialRequested = Signal()
    dialClipboardRequested = Signal()
    statusRefreshRequested = Signal()
    settingsRequested = Signal()
    logoutRequested = Signal()
    loginRequested = Signal()
    quitRequested = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ringing = 0
        self.missed = 0
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        session.changed.connect(self.refresh)
        session.loggedIn.connect(lambda _account: self.refresh())
        session.loggedOut.connect(self.refresh)
        self.rebuild_menu()
        self.refresh()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_ringing(self, count: int) -> None:
        self.ringing = count
        self.refresh()

    def set_missed(self, count: int) -> None:
        self.missed = count
        self.refresh()

    def state(self) -> TrayState:
        s = self.session
        if not s.logged_in or s.connection in (Connection.OFFLINE, Connection.FAILING):
            return TrayState.OFFLINE
        if self.ringing:
            return TrayState.RINGING
        if s.connection is Connection.CONNECTING or s.ext_loggedin is None:
            return TrayState.CONNECTING
        return TrayState.ONLINE if s.ext_loggedin else TrayState.OFFLINE

    def status_text(self) -> str:
        s = self.session
        if not s.logged_in or s.account is None:
            return self.tr("Not logged in")
        ext = _extension(s.account.extension)
        if s.connection is Connection.FAILING:
            wait = s.retry_in()
            if wait is not None:
                return self.tr("Extension {ext}: offline — retrying in {seconds} s").format(
                    ext=ext, seconds=max(1, round(wait)))
            return self.tr("Extension {ext}: offline — {reason}").format(
                ext=ext, reason=isolate(s.last_error[:200]))
        if s.ext_loggedin is None:
            return self.tr("Extension {ext}: checking…").format(ext=ext)
        if s.ext_loggedin:
            return self.tr("Extension {ext}: phone logged in").format(ext=ext)
        return self.tr("Extension {ext}: phone not logged in").format(ext=ext)

    def refresh(self) -> None:
        self.icon.setIcon(tray_icon(self.state(), self.missed))
        lines = [self.tr("agent-desktop"), self.status_text()]
        if self.missed:
            lines.append(self.tr("%n missed call(s)", "", self.missed))
        tip = "\n".join(lines)
        if GuiQt.mightBeRichText(tip):  # Qt would render the server's markup: escape it
            tip = "<p style='white-space:pre'>" + html.escape(tip) + "</p>"
        self.icon.setToolTip(tip)

    def rebuild_menu(self) -> None:
        menu = self.menu
        menu.clear()
        logged_in = self.session.logged_in

        def add(name: str, text: str, signal: Signal, enabled: bool = True) -> QAction:
            action = menu.addAction(icon(name), text)
            action.setObjectName(f"tray-{name}")
            action.setEnabled(enabled)
            action.triggered.connect(signal)
            return action

        add("show", self.tr("Show window"), self.showWindowRequested)
        menu.addSeparator()
        add("dial", self.tr("Dial…"), self.dialRequested, logged_in)
        add("dial-clipboard", self.tr("Dial clipboard"), self.dialClipboardRequested, logged_in)
        menu.addSeparator()
        status = menu.addMenu(icon("status"), self.tr("My status"))
        status.setObjectName("tray-status")
        info = status.addAction(self.status_text())
        info.setEnabled(False)
        refresh = status.addAction(self.tr("Check again"))
        refresh.setEnabled(logged_in)
        refresh.triggered.connect(self.statusRefreshRequested)
        add("settings", self.tr("Settings…"), self.settingsRequested)
        if logged_in:
            add("logout", self.tr("Log out"), self.logoutRequested)
        else:
            add("status", self.tr("Log in…"), self.loginRequested)
        menu.addSeparator()
        add("quit", self.tr("Quit"), self.quitRequested)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.showWindowRequested.emit()
