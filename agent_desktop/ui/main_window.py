"""The main window: who is logged in, one tab per view, and a status bar saying how fresh the data is.

Views register themselves with ``set_page``; until a view exists its tab explains what will
appear there. Supervisor and campaign tabs are shown only to supervisor levels. A view the logged-in
vendor's API cannot feed (OMICall and TeleCMI have no live-call list, no call history, no customers)
is replaced by a page saying so. With a system tray, closing the window hides it; without one,
closing quits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.session import Connection, Session
from .icons import app_icon, icon

PAGES = ("calls", "history", "customers", "supervisor", "campaigns")
SUPERVISOR_PAGES = {"supervisor", "campaigns"}
#: The capabilities (any of them) a page's view needs from the vendor's API.
PAGE_NEEDS = {"calls": ("live_calls",), "history": ("cdrs",), "customers": ("customers",),
              "supervisor": ("call_actions",),
              "campaigns": ("autodialer", "autocall", "auto_call_sessions")}


class EmptyPage(QWidget):
    """A tab's content while its view has nothing to show: a title and one line of explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.body = QLabel()
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(2)

    def set_text(self, heading: str, body: str) -> None:
        self.heading.setText(heading)
        self.body.setText(body)


class MainWindow(QMainWindow):
    settingsRequested = Signal()
    activated = Signal()  # the window became the active one
    logoutRequested = Signal()
    quitRequested = Signal()

    def __init__(self, session: Session, has_tray: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.has_tray = has_tray
        self.setWindowIcon(app_icon())
        self.resize(980, 620)

        self.who = QLabel()
        self.who.setObjectName("who")
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        font = self.who.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.who.setFont(font)
        self.where = QLabel()
        self.where.setObjectName("where")
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        header = QHBoxLayout()
        header.addWidget(self.who)
        header.addSpacing(16)
        header.addWidget(self.where)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.pages: dict[str, QWidget] = {}
        self._empty: dict[str, EmptyPage] = {}
        self._unavailable: dict[str, EmptyPage] = {}
        for key in PAGES:
            page = EmptyPage()
            page.setObjectName(f"page-{key}")
            self._empty[key] = page
            self.pages[key] = page
            missing = EmptyPage()
            missing.setObjectName(f"unavailable-{key}")
            self._unavailable[key] = missing

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(header)
        layout.addWidget(self.tabs)
        self._layout = layout
        self.setCentralWidget(central)

        self.connection_label = QLabel()
        self.connection_label.setObjectName("connection")
        self.freshness_label = QLabel()
        self.freshness_label.setObjectName("freshness")
        self.statusBar().addWidget(self.connection_label, 1)
        self.statusBar().addPermanentWidget(self.freshness_label)

        self._build_menu()
        self._freshness_timer = QTimer(self)
        self._freshness_timer.setInterval(1000)
        self._freshness_timer.timeout.connect(self._show_freshness)
        self._freshness_timer.start()
        session.changed.connect(self.refresh)
        session.loggedIn.connect(lambda _account: self.refresh())
        session.loggedOut.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(icon("settings"), "", self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.settingsRequested)
        self.logout_action = QAction(icon("logout"), "", self)
        self.logout_action.triggered.connect(self.logoutRequested)
        self.quit_action = QAction(icon("quit"), "", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.quitRequested)
        for action in (self.settings_action, self.logout_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.tab_actions: list[QAction] = []
        for number in range(1, len(PAGES) + 1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, n=number - 1: self.show_tab_at(n))
            self.addAction(action)
            self.view_menu.addAction(action)
            self.tab_actions.append(action)

    def set_dial_bar(self, widget: QWidget) -> None:
        """The dial bar, between the header and the tabs."""
        self._layout.insertWidget(1, widget)

    def set_page(self, key: str, widget: QWidget) -> None:
        """Put a view in the tab ``key`` (one of PAGES)."""
        self.pages[key] = widget
        self._rebuild_tabs()

    def available(self, key: str) -> bool:
        """Whether the logged-in vendor's API can feed the page ``key`` (True while logged out:
        nothing is known yet)."""
        if self.session.client is None:
            return True
        caps = self.session.capabilities
        return any(getattr(caps, name, False) for name in PAGE_NEEDS[key])

    def _visible_pages(self) -> list[str]:
        admin = self.session.account is not None and self.session.account.is_admin
        caps = self.session.capabilities
        shown = []
        for key in PAGES:
            if key == "campaigns" and caps.auto_call_sessions:
                shown.append(key)  # OMICall's auto-call: every account may use it
            elif key in SUPERVISOR_PAGES and not (admin and self.available(key)):
                continue
            else:
                shown.append(key)
        return shown

    def _page_widget(self, key: str) -> QWidget:
        return self.pages[key] if self.available(key) else self._unavailable[key]

    def _rebuild_tabs(self) -> None:
        current = self.current_page()
        self.tabs.clear()
        for key in self._visible_pages():
            self.tabs.addTab(self._page_widget(key), icon(_ICON[key]), self._title(key))
        if current in self._visible_pages():
            self.show_page(current)

    def current_page(self) -> str | None:
        widget = self.tabs.currentWidget()
        return next((k for k in PAGES if widget is not None and widget in (
            self.pages[k], self._unavailable[k])), None)

    def show_page(self, key: str) -> None:
        if key in self.pages:
            index = self.tabs.indexOf(self._page_widget(key))
            if index >= 0:
                self.tabs.setCurrentIndex(index)

    def show_tab_at(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    # --- text -------------------------------------------------------------------------------

    def _title(self, key: str) -> str:
        return {
            "calls": self.tr("Live calls"),
            "history": self.tr("History"),
            "customers": self.tr("Customers"),
            "supervisor": self.tr("Supervisor"),
            "campaigns": self.tr("Campaigns"),
        }[key]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("agent-desktop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.logout_action.setText(self.tr("Log &out"))
        self.quit_action.setText(self.tr("&Quit"))
        for action, key in zip(self.tab_actions, PAGES, strict=True):
            action.setText(self._title(key))
        empty = {
            "calls": (self.tr("No calls right now"),
                      self.tr("Calls on the PBX appear here as they ring, connect and end.")),
            "history": (self.tr("Call history"),
                        self.tr("Past calls with their recordings appear here.")),
            "customers": (self.tr("Customers"),
                          self.tr("Your campaigns' customers appear here.")),
            "supervisor": (self.tr("The floor"),
                           self.tr("Every call of the team, to listen, whisper, barge or "
                                   "transfer.")),
            "campaigns": (self.tr("Dialer campaigns"),
                          self.tr("Autodialer and autocall queues appear here.")),
        }
        for key, page in self._empty.items():
            page.set_text(*empty[key])
        self._explain_unavailable()
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            key = next(k for k in PAGES if widget in (self.pages[k], self._unavailable[k]))
            self.tabs.setTabText(index, self._title(key))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.activated.emit()
        super().changeEvent(event)

    def refresh(self) -> None:
        account = self.session.account
        if account is None:
            self.who.setText(self.tr("Not logged in"))
            self.where.setText("")
        else:
            name = self.session.agent_name or account.username
            self.who.setText(name)
            level = self.tr("Supervisor") if account.is_admin else self.tr("Agent")
            phone = {True: self.tr("phone logged in"), False: self.tr("phone not logged in"),
                     None: ""}[self.session.ext_loggedin]
            parts = [self.tr("Extension {ext}").format(ext=account.extension), level]
            if phone:
                parts.append(phone)
            self.where.setText(" · ".join(parts))
        self._explain_unavailable()
        if [self.tabs.widget(i) for i in range(self.tabs.count())] != [
                self._page_widget(k) for k in self._visible_pages()]:
            self._rebuild_tabs()
        self.connection_label.setText(self._connection_text())
        self._show_freshness()

    def _explain_unavailable(self) -> None:
        """Why a view is missing: the vendor's API has nothing to feed it."""
        from ..pbx.vendors import VENDORS

        vendor = getattr(self.session.client, "vendor", "") or self.session.settings.vendor
        info = VENDORS.get(vendor)
        name = info.name if info is not None else vendor
        texts = {
            "calls": (self.tr("No live calls from {vendor}").format(vendor=name),
                      self.tr("{vendor}'s API has no list of the calls on the PBX, so there are no "
                              "live calls or call popups here. Calling works: type a number "
                              "above, your phone rings first, then the customer.").format(
                                  vendor=name)),
            "history": (self.tr("No call history from {vendor}").format(vendor=name),
                        self.tr("{vendor}'s API has no call records; see your calls in its own "
                                "portal.").format(vendor=name)),
            "customers": (self.tr("No customers from {vendor}").format(vendor=name),
                          self.tr("{vendor}'s API has no customer list.").format(vendor=name)),
            "supervisor": (self.tr("No supervisor tools for {vendor}").format(vendor=name),
                           self.tr("{vendor}'s API cannot listen to, whisper to, barge in on or "
                                   "transfer calls.").format(vendor=name)),
            "campaigns": (self.tr("No campaigns for {vendor}").format(vendor=name),
                          self.tr("{vendor}'s API has no dialer campaigns.").format(vendor=name)),
        }
        for key, page in self._unavailable.items():
            page.set_text(*texts[key])

    def _connection_text(self) -> str:
        s = self.session
        if s.connection is Connection.OFFLINE:
            return self.tr("Offline")
        if s.connection is Connection.CONNECTING:
            return self.tr("Connecting…")
        if s.connection is Connection.FAILING:
            wait = s.retry_in()
            if wait is not None:
                return self.tr("Offline — retrying in {seconds} s. {reason}").format(
                    seconds=max(1, round(wait)), reason=s.last_error)
            return self.tr("Connection problem: {reason}").format(reason=s.last_error)
        return self.tr("Connected to {server}").format(server=s.server_url)

    def _show_freshness(self) -> None:
        if self.session.connection is Connection.FAILING:
            self.connection_label.setText(self._connection_text())  # the countdown
        age = self.session.seconds_since_update()
        if age is None or not self.session.logged_in:
            self.freshness_label.setText("")
        elif age < 2:
            self.freshness_label.setText(self.tr("updated just now"))
        elif self.session.connection is Connection.FAILING and age >= 60:
            self.freshness_label.setText(self.tr("data from %n min ago", "", int(age // 60)))
        elif age < 120:
            self.freshness_label.setText(self.tr("updated %n s ago", "", int(age)))
        else:
            self.freshness_label.setText(self.tr("updated %n min ago", "", int(age // 60)))

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_tray:
            event.ignore()
            self.hide()
        else:
            event.accept()
            self.quitRequested.emit()


_ICON = {"calls": "dial", "history": "history", "customers": "customers",
         "supervisor": "supervisor", "campaigns": "campaigns"}
