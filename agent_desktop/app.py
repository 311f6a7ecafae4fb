"""The desktop app: start-up order, one instance per user, the tray and the window, logging in.

Start-up (see ../DESIGN.md): QApplication → paths and logging → hand the arguments to a running
instance or become the one → qasync event loop → settings, language → window and tray (the
keyring probe and --password-stdin read in threads meanwhile) → log in (demo, command line,
remembered profile, or the dialog) → run until quit. Exceptions that reach the top are logged and
shown; nothing here blocks the loop (the keyring runs in a thread, no dialog is exec()'d).
AGENT_DESKTOP_STARTUP_REPORT (below) lets tests/bench/bench_startup.py time a cold start.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .cli import Options, parse
from .config import APP_NAME, ORG_NAME, Paths, Settings, SettingsStore
from .core.caller_lookup import CallerLookup
from .core.desktop_integration import IntegrationError, for_platform
from .core.dialer import Dialer, DialRequest
from .core.event_receiver import EventReceiver
from .core.incoming import IncomingCalls
from .core.live_calls import LiveCallPoller
from .core.messages import Context, describe
from .core.secrets import RECEIVER_ACCOUNT, SecretKind, SecretStore, account_key
from .core.session import Session
from .core.single_instance import SingleInstance, server_name
from .i18n import Translations
from .log import install_qt_message_handler, setup_logging
from .pbx import PbxError

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED = 0, 1

# Cold-start measurements (tests/bench/bench_startup.py): with AGENT_DESKTOP_STARTUP_REPORT=PATH
# the app appends "tray <time.time()>" once the tray icon is shown, "first-poll <time.time()>"
# once the first GET /v2/call is in the live calls and painted, then "modules <names…>" (what
# sys.modules held by then). Nothing else is written, nothing changes without the variable.
STARTUP_REPORT = "AGENT_DESKTOP_STARTUP_REPORT"


def report_startup(event: str, modules: bool = False) -> None:
    path = os.environ.get(STARTUP_REPORT)
    if not path:
        return
    lines = f"{event} {time.time():.6f}\n"
    if modules:
        lines += "modules " + " ".join(sorted(sys.modules)) + "\n"
    with open(path, "a", encoding="utf-8") as out:
        out.write(lines)


class _AfterNextPaint(QObject):
    """Calls ``done`` once, right after ``widget`` has painted itself."""

    def __init__(self, widget: Any, done: Any) -> None:
        super().__init__(widget)
        self._done = done
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # runs after this paint
        return False


class AgentDesktop(QObject):
    """The running app. ``run()`` returns the exit status."""

    def __init__(self, options: Options, paths: Paths, instance: SingleInstance) -> None:
        super().__init__()
        self.options = options
        self.paths = paths
        self.instance = instance
        self.store = SettingsStore(paths)
        self.translations = Translations()
        self.secrets = SecretStore()
        self.session = Session(self.store, self.store.load(), self.secrets, parent=self)
        self.session.allow_plain_http = options.allow_plain_http
        if self.session.plain_http_allowed:
            log.warning("plain http:// to a PBX outside this computer is allowed: passwords and "
                        "tokens may cross the network unencrypted")
        self.poller = LiveCallPoller(self.session, interval=self.poll_interval, parent=self)
        self.incoming = IncomingCalls(self.session, ring_groups=lambda: self.settings.ring_groups,
                                      parent=self)
        self.lookup: CallerLookup | None = None
        self.poller.updated.connect(
            lambda diff: self.incoming.on_diff(diff, self.poller.snapshot.calls))
        self.poller.gapEnded.connect(self.incoming.catch_up)
        # The PBX's webhooks, when the receiver is on: live calls and popups at once.
        self.receiver = EventReceiver(self)
        self.receiver.received.connect(self.poller.apply_event)
        self.receiver.received.connect(self.incoming.on_event)
        self.receiver.stateChanged.connect(self._show_receiver_state)
        self._receiver_key = ""
        self.session.loggedIn.connect(self._logged_in)
        self.session.loggedOut.connect(self._logged_out)
        self.dialer = Dialer(self.session, self._dial_settings, self._store_settings, parent=self)
        self.dialer.placed.connect(self._call_placed)
        self.dialer.confirmationNeeded.connect(
            lambda request, age: log.info("asking before calling %s again (%.0f s after)",
                                          request.number.dial, age))
        self._placed_call = ""
        # Start at login and phone links, as the OS keeps them; changed only from the settings.
        self.desktop = for_platform()
        self._desktop_lock = asyncio.Lock()
        if sys.platform == "darwin":  # links come as Apple events there, not as arguments
            from .core.desktop_integration.link_events import LinkEvents

            self.link_events = LinkEvents(self)
            self.link_events.numberRequested.connect(
                lambda number: self.handle_dial(number, "another launch"))
            QApplication.instance().installEventFilter(self.link_events)
        self._stdin_line: asyncio.Future[str] | None = None
        self.calls_view: Any = None
        self.supervisor: Any = None
        self.agent_board: Any = None
        self.wallboard: Any = None
        self.alerts: Any = None
        self.dial_bar: Any = None
        self.campaigns_view: Any = None
        self.campaigns_page: Any = None
        self.player_window: Any = None
        self.recordings: Any = None
        self.toasts: Any = None
        self.window: Any = None
        self.tray: Any = None
        self.login_dialog: Any = None
        self.settings_dialog: Any = None
        self.demo: Any = None
        self.exit_code = EXIT_OK
        self.errors_shown = 0
        self._quit: asyncio.Future[int] = asyncio.get_event_loop().create_future()
        self._tasks: set[asyncio.Task[Any]] = set()

    # --- running ----------------------------------------------------------------------------

    def spawn(self, coro: Any) -> asyncio.Task[Any]:
        """Start a background task and keep a reference until it ends; errors reach excepthook."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def done(t: asyncio.Task[Any]) -> None:
            self._tasks.discard(t)
            if not t.cancelled() and t.exception() is not None:
                exc = t.exception()
                assert exc is not None
                self.excepthook(type(exc), exc, exc.__traceback__)

        task.add_done_callback(done)
        return task

    @property
    def settings(self) -> Settings:
        return self.session.settings

    def _logged_in(self, account: Any) -> None:
        assert self.session.client is not None
        self.lookup = CallerLookup(self.session.client)
        if self.calls_view is not None:
            self.calls_view.set_my_extension(account.extension)
        caps = self.session.capabilities
        if self.dial_bar is not None:
            from .pbx.models import ClickToCallMode

            self.dial_bar.set_modes({m for m in ClickToCallMode if caps.supports(m)})
        if caps.live_calls:  # OMICall and TeleCMI list no calls: nothing to poll
            self.poller.start()
        else:
            log.info("%s has no live-call list: calls are placed, not followed",
                     getattr(self.session.client, "vendor", "this PBX"))
        # The supervisor's and the campaigns' pages are built for the accounts that see them, the
        # first time one logs in (an agent's start does not pay for them).
        if account.is_admin and caps.call_actions and self.supervisor is None:
            self._build_supervisor_page()
        if (caps.auto_call_sessions or account.is_admin and (caps.autodialer or caps.autocall)) \
                and self.campaigns_view is None:
            self._build_campaigns_page()
        if self.campaigns_page is not None:
            self.campaigns_page.setCurrentWidget(
                self.auto_call_view if caps.auto_call_sessions else self.campaigns_view)
        if account.is_admin and self.agent_board is not None and caps.live_calls:
            # The floor's views poll only for supervisors.
            self.agent_board.start()
            self.wallboard.start()

    def _logged_out(self) -> None:
        self.poller.stop()
        self.lookup = None
        if self.agent_board is not None:
            self.agent_board.stop()
            self.wallboard.stop()

    @property
    def poll_interval(self) -> float:
        """--poll-interval for this run, else the setting."""
        return self.options.poll_interval or self.settings.poll_interval

    def quit(self, code: int = EXIT_OK) -> None:
        if not self._quit.done():
            self._quit.set_result(code)

    async def run(self) -> int:
        from .ui.main_window import MainWindow
        from .ui.tray import TrayController, tray_available

        self.translations.use(self.settings.language)
        # Waits that need no window run while it is built: the keyring (D-Bus, maybe an unlock)
        # and the password on standard input, each in a thread.
        probe = asyncio.ensure_future(self.secrets.probe())
        if self.options.password_stdin and self.options.server:
            self._stdin_line = asyncio.get_running_loop().run_in_executor(
                None, sys.stdin.readline)
        await asyncio.sleep(0)  # the probe's first step: its thread starts
        has_tray = tray_available()
        QApplication.setQuitOnLastWindowClosed(False)
        self.window = MainWindow(self.session, has_tray)
        self.window.settingsRequested.connect(self.open_settings)
        self.window.logoutRequested.connect(lambda: self.spawn(self.logout()))
        self.window.quitRequested.connect(self.quit)
        if self.settings.window_geometry:
            self.window.restoreGeometry(self.settings.window_geometry)
        self._build_calls_page()
        if os.environ.get(STARTUP_REPORT):
            self.poller.updated.connect(self._report_first_poll)  # after the model's apply
        self._build_history_page()
        self._build_customers_page()
        self._build_dialing()
        if has_tray:
            self.tray = TrayController(self.session, self)
            self.tray.showWindowRequested.connect(self.show_window)
            self.tray.dialRequested.connect(self.open_dial_bar)
            self.tray.dialClipboardRequested.connect(self.dial_clipboard)
            self.tray.statusRefreshRequested.connect(
                lambda: self.spawn(self.session.refresh_status()))
            self.tray.settingsRequested.connect(self.open_settings)
            self.tray.logoutRequested.connect(lambda: self.spawn(self.logout()))
            self.tray.loginRequested.connect(self.open_login)
            self.tray.quitRequested.connect(self.quit)
            self.tray.show()
            report_startup("tray")
            self.tray.icon.messageClicked.connect(self.show_window)
        else:
            log.info("no system tray: the window is the way in, closing it quits")
        from .ui.alerts import CallAlerts

        self.alerts = CallAlerts(self.incoming, lambda: self.settings, lambda: self.lookup,
                                 lambda number: self.handle_dial(number, "popup"), self.tray,
                                 self)
        self.window.activated.connect(self._window_activated)
        self.instance.messageReceived.connect(self.handle_message)

        if not (self.settings.start_hidden and has_tray) or self.options.screenshot:
            self.show_window()
        if not await probe:
            log.info("no OS keyring: secrets stay in memory for this run, 'remember me' is off")
        await self.apply_receiver()
        await self.first_login()
        for number in self.options.dial:
            self.handle_dial(number, "command line")
        if self.options.screenshot:
            self.spawn(self.take_screenshots(self.options.screenshot))
        code = await self._quit
        await self.shutdown()
        return code if self.exit_code == EXIT_OK else self.exit_code

    def _build_calls_page(self) -> None:
        from PySide6.QtWidgets import QSplitter

        from .ui.call_table import LiveCallModel, LiveCallsView
        from .ui.missed_calls import MissedCallsPanel

        self.call_model = LiveCallModel(region=self.settings.default_region, parent=self)
        self.poller.updated.connect(self.call_model.apply)
        self.poller.updated.connect(self._show_placed_call)  # after apply: slots run in order
        self.calls_view = LiveCallsView(self.call_model)
        self.calls_view.dialRequested.connect(lambda n: self.handle_dial(n, "live calls"))
        self.missed_panel = MissedCallsPanel(self.incoming, self.settings.default_region)
        self.missed_panel.dialRequested.connect(lambda n: self.handle_dial(n, "missed calls"))
        page = QSplitter(Qt.Orientation.Vertical)
        page.setObjectName("callsPage")
        page.addWidget(self.calls_view)
        page.addWidget(self.missed_panel)
        page.setStretchFactor(0, 4)
        page.setStretchFactor(1, 1)
        page.setSizes([420, 140])
        self.window.set_page("calls", page)

    def _report_first_poll(self, _diff: object) -> None:
        """The startup report's "first-poll": the first /v2/call applied, then painted."""
        self.poller.updated.disconnect(self._report_first_poll)
        view = self.calls_view
        shown = view.stack.currentWidget()
        target = view.table.viewport() if shown is view.table else shown
        if target.isVisible():
            _AfterNextPaint(target, lambda: report_startup("first-poll", modules=True))
            target.update()  # an empty list changes nothing on screen: paint all the same
        else:  # the window starts hidden: nothing to paint
            report_startup("first-poll", modules=True)

    def _build_history_page(self) -> None:
        from .core.history import CdrHistory
        from .ui.history_view import HistoryView

        self.history = CdrHistory(self.session, parent=self)
        self.history_view = HistoryView(self.history, self.settings.default_region)
        self.history_view.dialRequested.connect(lambda n: self.handle_dial(n, "history"))
        self.history_view.playRequested.connect(self.play_recording)
        self.window.set_page("history", self.history_view)

    def play_recording(self, cdr: Any) -> None:
        """Play a call's recording in the player window (QtMultimedia is loaded the first time)."""
        if self.player_window is None:
            from .core.recordings import Recordings
            from .ui.recording_player import PlayerWindow

            self.recordings = Recordings(parent=self)
            self.player_window = PlayerWindow(self.recordings, self.window)
            self.session.loggedOut.connect(self.player_window.close)
            self.session.loggedOut.connect(self.recordings.clear)
        self.player_window.show_recording(cdr)

    def _build_customers_page(self) -> None:
        from .core.customers import Customers
        from .ui.customers_view import CustomersView

        self.customers = Customers(self.session, parent=self)
        self.customers_view = CustomersView(self.customers, self.settings.default_region)
        self.customers_view.dialRequested.connect(self._dial_customer)
        self.window.set_page("customers", self.customers_view)

    def _dial_customer(self, phone: str, customer_id: str) -> None:
        """A customer record: ``POST /v2/click2call`` with its id (the dial bar shows the rest)."""
        log.info("dial request for customer %s from customers", customer_id)
        self.dialer.dial(phone, "customers", customer_id=customer_id)

    def _build_campaigns_page(self) -> None:
        from .core.campaigns import Campaigns
        from .ui.campaigns_view import CampaignsView

        from PySide6.QtWidgets import QStackedWidget

        from .core.auto_call import AutoCall
        from .ui.auto_call_view import AutoCallView

        self.campaigns = Campaigns(self.session, self.paths.data / "campaigns.json", parent=self)
        self.campaigns_view = CampaignsView(self.campaigns)
        self.auto_call = AutoCall(self.session, parent=self)
        self.auto_call_view = AutoCallView(self.auto_call)
        # TEL4VN's queues, or OMICall's auto-call sessions: whichever the vendor has.
        page = QStackedWidget()
        page.setObjectName("campaignsPage")
        page.addWidget(self.campaigns_view)
        page.addWidget(self.auto_call_view)
        self.campaigns_page = page
        self.window.set_page("campaigns", page)

    def _build_supervisor_page(self) -> None:
        """The supervisor's tab: the floor's calls and actions, the agent board, the wallboard.
        Built the first time a supervisor logs in; shown and started only for supervisor levels."""
        from PySide6.QtWidgets import QTabWidget

        from .core.agents import AgentBoard
        from .core.supervisor import SupervisorActions
        from .core.wallboard import Wallboard
        from .ui.agent_board import AgentBoardModel, AgentBoardView
        from .ui.icons import icon
        from .ui.supervisor_panel import SupervisorPanel
        from .ui.wallboard import WallboardView

        self.supervisor = SupervisorActions(self.session, self.poller, parent=self)
        self.agent_board = AgentBoard(self.session, self.poller, self._board_settings,
                                      parent=self)
        self.wallboard = Wallboard(self.session, self.poller, parent=self)
        panel = SupervisorPanel(self.call_model, self.supervisor, lambda: self.settings,
                                self.agent_board.transfer_targets)
        panel.setObjectName("calls")
        self.agent_board_model = AgentBoardModel(
            self.agent_board, self.settings.default_region,
            long_call_minutes=self.settings.long_call_minutes, parent=self)
        board = AgentBoardView(self.agent_board_model)
        board.setObjectName("agents")
        wall = WallboardView(self.wallboard)
        wall.setObjectName("wallboard")
        wall.set_long_call_minutes(self.settings.long_call_minutes)
        self.wallboard_view = wall
        self.supervisor_page = QTabWidget()
        self.supervisor_page.setObjectName("supervisorPage")
        self.supervisor_page.setDocumentMode(True)
        from .core.event_hooks import EventHooks
        from .ui.hooks_view import HooksView

        self.event_hooks = EventHooks(self.session, parent=self)
        self.hooks_view = HooksView(self.event_hooks, self.receiver_target)
        for widget, name in ((panel, "supervisor"), (board, "customers"), (wall, "history"),
                             (self.hooks_view, "settings")):
            self.supervisor_page.addTab(widget, icon(name), "")
        self._retitle_supervisor_page()
        self.window.set_page("supervisor", self.supervisor_page)

    def _dial_settings(self) -> Settings:
        """The settings, with the demo PBX's hotline when none is set (OMICall needs one; never
        saved)."""
        if self.demo is not None and not self.settings.hotline:
            from .core.demo import DEMO_HOTLINE

            return replace(self.settings, hotline=DEMO_HOTLINE)
        return self.settings

    def _board_settings(self) -> Settings:
        """The settings, with the demo tenant's agents as the team in demo mode (never saved)."""
        if self.demo is not None and not self.settings.team:
            from .core.demo import DEMO_TEAM

            return replace(self.settings, team=DEMO_TEAM)
        return self.settings

    def _retitle_supervisor_page(self) -> None:
        for index, text in enumerate((self.tr("Calls"), self.tr("Agents"), self.tr("Wallboard"),
                                      self.tr("Event hooks"))):
            self.supervisor_page.setTabText(index, text)

    def _build_dialing(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        from .ui.dial_bar import DialBar
        from .ui.dial_toast import DialToasts

        self.dial_bar = DialBar(self.dialer, self.settings)
        self.window.set_dial_bar(self.dial_bar)
        self.toasts = DialToasts(parent=self)
        self.toasts.accepted.connect(self._link_confirmed)
        self.session.loggedOut.connect(self.toasts.close_all)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+D"), self.window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(self.dial_clipboard)

    def _store_settings(self, settings: Settings) -> None:
        """Keep what core changed — the recent numbers — without re-applying everything (and
        without what ``_dial_settings`` lends the dialer for this run)."""
        settings = replace(self.settings, recent_numbers=settings.recent_numbers)
        self.session.settings = settings
        self.store.save(settings)
        if self.dial_bar is not None:
            self.dial_bar.apply_settings(settings)

    def _call_placed(self, request: DialRequest, call_id: str) -> None:
        self._placed_call = call_id
        self._show_placed_call()

    def _show_placed_call(self, _diff: object = None) -> None:
        """Once a call we placed shows in /v2/call, point at it in the live calls."""
        call_id = self._placed_call
        if call_id and self.call_model.row_of(call_id) is not None:
            self._placed_call = ""
            log.info("call %s is in the live calls", call_id)
            self.calls_view.select_call(call_id)

    def _link_confirmed(self, request: DialRequest) -> None:
        self.show_window()
        self.dialer.place(request)

    def open_dial_bar(self) -> None:
        self.show_window()
        self.window.show_page("calls")
        self.dial_bar.focus_input()

    def _window_activated(self) -> None:
        """Looking at the missed calls clears the tray's badge."""
        if self.window.current_page() == "calls" and self.incoming.unseen:
            self.incoming.mark_seen()

    async def shutdown(self) -> None:
        self.poller.stop()
        if self.window is not None:
            geometry = bytes(self.window.saveGeometry().data())
            self.session.settings = replace(self.settings, window_geometry=geometry)
            self.store.save(self.session.settings)
        if self.toasts is not None:
            self.toasts.close_all()
        for task in list(self._tasks):
            task.cancel()
        await self.receiver.stop()
        if self.recordings is not None:
            self.recordings.cancel_all()
        await self.session.logout(forget=False)
        if self.demo is not None:
            await self.demo.stop()
        if self.tray is not None:
            self.tray.hide()
        self.instance.close()
        for dialog in (self.login_dialog, self.settings_dialog, self.player_window):
            if dialog is not None:
                dialog.close()
        if self.window is not None:
            self.window.hide()

    # --- logging in -------------------------------------------------------------------------

    async def first_login(self) -> None:
        o = self.options
        try:
            if o.demo:
                from .core.demo import DemoPbx

                self.demo = DemoPbx()
                login = await self.demo.start(o.demo_role, o.vendor or "tel4vn")
                await self.session.login(login.url, login.username, login.password,
                                         vendor=login.vendor)
                if self.session.capabilities.event_hooks:
                    await self._hook_demo()
                return
            if o.server and o.username:
                password = await self._command_line_password(o.server, o.username)
                if password is None:
                    self.fail(self.tr("No password: pass --password-stdin, or log in once with "
                                      "'remember me'."))
                    return
                await self.session.login(o.server, o.username, password, vendor=o.vendor)
                return
            if await self.session.login_remembered():
                return
        except PbxError as error:
            message = describe(error, Context.LOGIN)
            log.warning("log in failed: %s", error)
            if o.demo or o.server or o.screenshot:
                self.fail(message)
                return
            self.open_login(message)
            return
        if o.screenshot:
            self.fail(self.tr("Nothing to log in with: --screenshot needs --demo or --server."))
            return
        self.open_login()

    async def _command_line_password(self, server: str, username: str) -> str | None:
        if self.options.password_stdin:
            if self._stdin_line is None:
                self._stdin_line = asyncio.get_running_loop().run_in_executor(
                    None, sys.stdin.readline)
            line = await self._stdin_line
            return line.rstrip("\r\n") or None
        from .core.session import normalise_url

        return await self.secrets.get(account_key(normalise_url(server), username),
                                      SecretKind.PASSWORD)

    def fail(self, message: str) -> None:
        """A start-up the user cannot fix from here (scripts, screenshots): say why and quit."""
        log.error("%s", message)
        print(message, file=sys.stderr)
        self.exit_code = EXIT_FAILED
        self.quit(EXIT_FAILED)

    def open_login(self, error: str = "") -> None:
        from .ui.login_dialog import LoginDialog

        if self.login_dialog is not None and self.login_dialog.isVisible():
            self.login_dialog.raise_()
            self.login_dialog.activateWindow()
            return
        dialog = LoginDialog(replace(self.session.settings,
                                     allow_plain_http=self.session.plain_http_allowed),
                             self.secrets.available, self.window)
        dialog.submitted.connect(
            lambda vendor, url, user, password, remember: self.spawn(
                self._login_from_dialog(dialog, vendor, url, user, password, remember)))
        dialog.rejected.connect(self._login_cancelled)
        self.login_dialog = dialog
        if error:
            dialog.show_error(error)
        dialog.open()

    async def _login_from_dialog(self, dialog: Any, vendor: str, url: str, user: str,
                                 password: str, remember: bool) -> None:
        try:
            await self.session.login(url, user, password, remember, vendor=vendor)
        except PbxError as error:
            log.warning("log in failed: %s", error)
            dialog.show_error(describe(error, Context.LOGIN))
            return
        dialog.accept()

    def _login_cancelled(self) -> None:
        if not self.session.logged_in and self.tray is None:
            self.quit()

    async def logout(self) -> None:
        await self.session.logout(forget=True)
        self.open_login()

    # --- other windows ----------------------------------------------------------------------

    def show_window(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def open_settings(self) -> None:
        from .ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            return
        dialog = SettingsDialog(self.session.settings, self.window)
        dialog.saved.connect(self.apply_settings)
        dialog.copyReceiverKeyRequested.connect(lambda: self.spawn(self._copy_receiver_key()))
        dialog.newReceiverKeyRequested.connect(lambda: self.spawn(self._renew_receiver_key()))
        self.settings_dialog = dialog
        self._show_receiver_state()
        dialog.open()

    def apply_settings(self, settings: Settings) -> None:
        before = self.session.settings
        self.session.settings = settings
        self.store.save(settings)
        if settings.language != before.language:
            self.translations.use(settings.language)
            if self.supervisor is not None:
                self._retitle_supervisor_page()
        if self.dial_bar is not None:
            self.dial_bar.apply_settings(settings)
        self.customers_view.set_region(settings.default_region)
        self.history_view.set_region(settings.default_region)
        if self.agent_board is not None:
            self.agent_board_model.set_region(settings.default_region)
            self.agent_board_model.set_long_call_minutes(settings.long_call_minutes)
            self.wallboard_view.set_long_call_minutes(settings.long_call_minutes)
            if settings.team != before.team and self.agent_board.running:
                self.agent_board.refresh_now()
        self.poller.set_interval(self.poll_interval)
        receiver = ("event_receiver", "event_receiver_host", "event_receiver_port")
        if any(getattr(settings, n) != getattr(before, n) for n in receiver):
            self.spawn(self.apply_receiver())
        desktop = [(name, getattr(settings, name)) for name in ("start_at_login",
                                                                 "handle_phone_links")
                   if getattr(settings, name) != getattr(before, name)]
        if desktop:
            self.spawn(self.apply_desktop_integration(desktop))
        log.info("settings saved")

    async def apply_desktop_integration(self, changes: list[tuple[str, bool]]) -> None:
        """Start at login and phone links as the settings say; in a thread (it may block)."""
        loop = asyncio.get_running_loop()
        async with self._desktop_lock:
            for name, on in changes:
                if name == "start_at_login":
                    action = self.desktop.set_autostart
                    failed = self.tr("Could not change starting at login: {error}")
                else:
                    action = self.desktop.set_link_handler
                    failed = self.tr("Could not change the app for phone links: {error}")
                try:
                    await loop.run_in_executor(None, action, on)
                except IntegrationError as error:
                    log.warning("%s %s: %s", name, "on" if on else "off", error)
                    self.window.statusBar().showMessage(failed.format(error=error), 15000)

    # --- the webhook receiver ----------------------------------------------------------------

    async def apply_receiver(self) -> None:
        """Start, restart or stop the event receiver as the settings say."""
        s = self.settings
        if not s.event_receiver:
            await self.receiver.stop()
            return
        key = await self.receiver_key()
        await self.receiver.start(s.event_receiver_host, s.event_receiver_port, key)

    async def receiver_key(self, renew: bool = False) -> str:
        """The receiver's api key, from the keyring; made (and kept there) the first time."""
        if renew or not self._receiver_key:
            import secrets

            key = None if renew else await self.secrets.get(RECEIVER_ACCOUNT, SecretKind.EVENT_KEY)
            if not key:
                key = secrets.token_urlsafe(24)
                await self.secrets.set(RECEIVER_ACCOUNT, SecretKind.EVENT_KEY, key)
            self._receiver_key = key
        return self._receiver_key

    def receiver_target(self) -> tuple[str, str] | None:
        """Where the PBX should post events, and the key to send; None while not listening."""
        if not self.receiver.listening or not self._receiver_key:
            return None
        return self.settings.event_receiver_url or self.receiver.url, self._receiver_key

    async def _hook_demo(self) -> None:
        """Demo mode shows the events at work: the receiver on (a free port and a key for this
        run only, unless the settings turned it on already) and hooked to the demo PBX."""
        if not self.receiver.listening:
            import secrets

            self._receiver_key = secrets.token_urlsafe(24)
            await self.receiver.start("127.0.0.1", 0, self._receiver_key)
        target = self.receiver_target()
        if target is not None:
            self.demo.hook(*target)

    async def _copy_receiver_key(self) -> None:
        QGuiApplication.clipboard().setText(await self.receiver_key())
        if self.settings_dialog is not None:
            self.settings_dialog.set_receiver_status(self.tr(
                "The api key is in the clipboard. Paste it where the PBX's hook is set up."))

    async def _renew_receiver_key(self) -> None:
        await self.receiver_key(renew=True)
        if self.receiver.listening:
            await self.apply_receiver()
        if self.settings_dialog is not None:
            self.settings_dialog.set_receiver_status(self.tr(
                "A new api key is in use. Hook this desktop again (Supervisor → Event hooks)."))

    def _show_receiver_state(self) -> None:
        if self.settings_dialog is None:
            return
        r = self.receiver
        if r.listening:
            text = self.tr("Listening on {url} · {count} events received, {refused} refused"
                           ).format(url=r.url, count=r.count, refused=r.refusals)
        elif r.error and self.settings.event_receiver:
            text = self.tr("Not listening: {reason}. Choose another port or address."
                           ).format(reason=r.error)
        else:
            text = self.tr("Off: live calls refresh every {seconds} s.").format(
                seconds=f"{self.poll_interval:g}")
        self.settings_dialog.set_receiver_status(text)

    # --- arguments from a second launch, links, the clipboard -------------------------------

    def handle_message(self, args: list[str]) -> None:
        try:
            options = parse([a for a in args if isinstance(a, str)])
        except SystemExit:
            log.warning("ignored a hand-off with arguments that do not parse")
            return
        if not options.dial:
            self.show_window()
        for number in options.dial:
            self.handle_dial(number, "another launch")

    def dial_clipboard(self) -> None:
        """Ctrl+Shift+D and the tray: call the number in the clipboard (or the selection)."""
        from .core.phone import number_in_text

        clipboard = QGuiApplication.clipboard()
        region = self.settings.default_region
        found = (number_in_text(text, region) for text in
                 (clipboard.text(), clipboard.text(clipboard.Mode.Selection)) if text)
        number = next((n for n in found if n), None)
        self.show_window()
        if number is None:
            self.window.statusBar().showMessage(
                self.tr("There is no phone number in the clipboard."), 8000)
            return
        self.handle_dial(number, "clipboard")

    def handle_dial(self, number: str, source: str) -> None:
        """Call ``number`` asked for from ``source``: links from other apps (the command line,
        another launch) go through the confirmation toast when the settings say so."""
        log.info("dial request for %s from %s", number, source)
        if source in ("command line", "another launch"):
            if self.settings.link_action == "confirm":
                request = self.dialer.prepare(number, "link")
                if request is not None:
                    anchor = self.tray.icon.geometry() if self.tray is not None else None
                    self.toasts.ask(request, anchor)
                else:
                    self.show_window()  # the dial bar says why it cannot be dialed
                return
            self.show_window()
            self.dialer.dial(number, "link")
            return
        self.dialer.dial(number, source)

    # --- screenshots ------------------------------------------------------------------------

    async def take_screenshots(self, out: Path) -> None:
        from .ui.screenshots import take_screenshots, wait_for_data

        try:
            await wait_for_data(self.session)
            saved = await take_screenshots(self, out)
            log.info("saved %d screenshots into %s", len(saved), out)
        except Exception:
            log.exception("the screenshots failed")
            self.exit_code = EXIT_FAILED
        self.quit()

    # --- errors that reach the top ----------------------------------------------------------

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            self.quit()
            return
        log.error("unhandled error", exc_info=(kind, error, tb))
        self.errors_shown += 1
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("agent-desktop"),
                          describe(error), parent=self.window)
        box.setInformativeText(self.tr("The details are in the log file: {path}").format(
            path=self.paths.logs / "agent-desktop.log"))
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _asyncio_exception_handler(app: AgentDesktop):
    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            app.excepthook(type(error), error, error.__traceback__)
        else:
            log.error("event loop: %s", context.get("message"))
    return handler


def run(options: Options) -> int:
    """Start the app; returns the exit status."""
    import qasync

    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationDisplayName("agent-desktop")
    QApplication.setDesktopFileName("agent-desktop")
    paths = Paths.resolve(options.config_dir)
    paths.ensure()
    setup_logging(paths, debug=options.debug)
    install_qt_message_handler()
    for link in options.ignored:
        log.warning("ignored an argument that is no tel:, callto: or sip: link: %.60s", link)

    instance = SingleInstance(server_name(paths.config))
    if instance.send(options.forwarded()):
        log.info("handed the arguments to the running instance")
        return EXIT_OK
    if not instance.listen():
        log.warning("could not listen for other launches; a second one will start its own")

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = AgentDesktop(options, paths, instance)
    sys.excepthook = app.excepthook
    loop.set_exception_handler(_asyncio_exception_handler(app))
    # Python runs signal handlers only between bytecodes: wake up now and then to notice them.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    waker = QTimer()
    waker.start(300)
    waker.timeout.connect(lambda: None)
    with loop:
        code = loop.run_until_complete(app.run())
    waker.stop()
    sys.excepthook = sys.__excepthook__
    return code
