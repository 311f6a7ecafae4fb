"""The settings dialog over the typed Settings: polling, language, start-up, notifications, the CRM
link, how calls are placed (mode, hotline, caller IDs, links from other apps), and the webhook
receiver for the PBX's call events.

It edits a copy and emits ``saved`` with the new Settings; the app stores and applies them.
Nothing secret is ever shown or edited here: the receiver's api key is only copied to the
clipboard or replaced, on request, by the app. Three tabs, each scrollable, keep it within a
768-pixel-high screen. Numbers typed here are checked before anything is saved.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..config import Settings
from ..core.plain_text import plain
from ..i18n import LANGUAGE_NAMES
from .icons import app_icon

CRM_FIELDS = ("{phone}", "{call_id}", "{extension}")
CALLER_ID_NAME_LIMIT = 64
_NUMBER = re.compile(r"\+?[0-9]{3,15}")
_NUMBER_SEPARATORS = re.compile(r"[\s.\-()]")


def settings_number(text: str) -> str | None:
    """A number typed in the settings, without spaces, dots, dashes or brackets ("" for none);
    None when it is not 3 to 15 digits with an optional leading +."""
    compact = _NUMBER_SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    if not compact:
        return ""
    return compact if _NUMBER.fullmatch(compact) else None


class _Page(QScrollArea):
    """A tab page: its widgets one under the other, as tall as they need (Qt keeps a new window
    within two thirds of the screen) and scrolling when the window is lower than that."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        page = QWidget()
        layout = QVBoxLayout(page)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)

    def sizeHint(self) -> QSize:
        inner = self.widget().sizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), inner.height())

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), 120)


class SettingsDialog(QDialog):
    saved = Signal(object)  # Settings
    copyReceiverKeyRequested = Signal()
    newReceiverKeyRequested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(480)
        self._settings = settings

        self.poll_interval = QDoubleSpinBox()
        self.poll_interval.setObjectName("pollInterval")
        self.poll_interval.setRange(0.5, 60.0)
        self.poll_interval.setSingleStep(0.5)
        self.poll_interval.setDecimals(1)
        self.poll_interval.setValue(settings.poll_interval)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in ("system", "vi", "en"):
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.start_at_login = QCheckBox()
        self.start_at_login.setObjectName("startAtLogin")
        self.start_at_login.setChecked(settings.start_at_login)
        self.start_hidden = QCheckBox()
        self.start_hidden.setObjectName("startHidden")
        self.start_hidden.setChecked(settings.start_hidden)
        self.handle_phone_links = QCheckBox()
        self.handle_phone_links.setObjectName("handlePhoneLinks")
        self.handle_phone_links.setChecked(settings.handle_phone_links)
        self.notify_balloon = QCheckBox()
        self.notify_balloon.setChecked(settings.notify_balloon)
        self.notify_popup = QCheckBox()
        self.notify_popup.setChecked(settings.notify_popup)
        self.notify_sound = QCheckBox()
        self.notify_sound.setChecked(settings.notify_sound)
        self.ring_groups = QLineEdit(", ".join(settings.ring_groups))
        self.ring_groups.setObjectName("ringGroups")
        self.ring_groups_label = QLabel()
        self.crm = QLineEdit(settings.crm_url_template)
        self.crm.setObjectName("crmTemplate")
        self.crm_hint = QLabel()
        self.crm_hint.setWordWrap(True)
        self.crm_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self._build_calling(settings)
        self._build_events(settings)
        self._build_security(settings)

        self.general = QGroupBox()
        self.poll_label, self.language_label = QLabel(), QLabel()
        general = QFormLayout(self.general)
        general.addRow(self.poll_label, self.poll_interval)
        general.addRow(self.language_label, self.language)
        general.addRow(self.start_at_login)
        general.addRow(self.start_hidden)
        general.addRow(self.handle_phone_links)
        self.notifications = QGroupBox()
        notes = QVBoxLayout(self.notifications)
        for box in (self.notify_balloon, self.notify_popup, self.notify_sound):
            notes.addWidget(box)
        groups = QFormLayout()
        groups.addRow(self.ring_groups_label, self.ring_groups)
        notes.addLayout(groups)
        self.crm_group = QGroupBox()
        crm = QVBoxLayout(self.crm_group)
        crm.addWidget(self.crm)
        crm.addWidget(self.crm_hint)
        # For supervisors: the long-call threshold and the agent board's team.
        self.supervising = QGroupBox()
        self.long_calls = QDoubleSpinBox()
        self.long_calls.setObjectName("longCallMinutes")
        self.long_calls.setRange(0.5, 240.0)
        self.long_calls.setDecimals(1)
        self.long_calls.setValue(settings.long_call_minutes)
        self.team = QLineEdit(", ".join(settings.team))
        self.team.setObjectName("team")
        self.long_calls_label, self.team_label = QLabel(), QLabel()
        supervising = QFormLayout(self.supervising)
        supervising.addRow(self.long_calls_label, self.long_calls)
        supervising.addRow(self.team_label, self.team)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.general_page = _Page(self.general, self.notifications, self.crm_group,
                                  self.supervising, self.security)
        self.calling_page = _Page(self.calling, self.caller_id)
        self.tabs.addTab(self.general_page, "")
        self.tabs.addTab(self.calling_page, "")
        self.events_page = _Page(self.events)
        self.tabs.addTab(self.events_page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _build_calling(self, settings: Settings) -> None:
        self.dial_mode = QComboBox()
        self.dial_mode.setObjectName("dialModeSetting")
        for mode in ("async", "sync"):
            self.dial_mode.addItem("", mode)
        self.dial_mode.setCurrentIndex(max(0, self.dial_mode.findData(settings.dial_mode)))
        self.hotline = QComboBox()
        self.hotline.setObjectName("hotline")
        self.hotline.setEditable(True)
        self.hotline.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.hotline.setCompleter(None)
        hotlines = dict.fromkeys(h for h in (*settings.known_hotlines, settings.hotline) if h)
        for number in hotlines:
            self.hotline.addItem(plain(number))
        self.hotline.setCurrentText(plain(settings.hotline))
        self.link_action = QComboBox()
        self.link_action.setObjectName("linkAction")
        for action in ("dial", "confirm"):
            self.link_action.addItem("", action)
        self.link_action.setCurrentIndex(max(0, self.link_action.findData(settings.link_action)))
        for combo in (self.dial_mode, self.link_action):  # their texts come with the language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.auto_answer = QCheckBox()
        self.auto_answer.setObjectName("autoAnswer")
        self.auto_answer.setChecked(settings.auto_answer)
        self.is_encode = QCheckBox()
        self.is_encode.setObjectName("isEncode")
        self.is_encode.setChecked(settings.is_encode)

        def line(name: str, value: str, limit: int) -> QLineEdit:
            edit = QLineEdit(plain(value))
            edit.setObjectName(name)
            edit.setMaxLength(limit)
            return edit

        self.src_cid_name = line("srcCidName", settings.src_cid_name, CALLER_ID_NAME_LIMIT)
        self.src_cid_number = line("srcCidNumber", settings.src_cid_number, 24)
        self.dest_cid_name = line("destCidName", settings.dest_cid_name, CALLER_ID_NAME_LIMIT)
        self.dest_cid_number = line("destCidNumber", settings.dest_cid_number, 24)

        self.dial_mode_label, self.hotline_label, self.link_action_label = (
            QLabel(), QLabel(), QLabel())
        self.calling = QGroupBox()
        self.calling.setObjectName("callingGroup")
        form = QFormLayout(self.calling)
        form.addRow(self.dial_mode_label, self.dial_mode)
        form.addRow(self.hotline_label, self.hotline)
        form.addRow(self.link_action_label, self.link_action)
        form.addRow(self.auto_answer)
        self.caller_id = QGroupBox()
        self.caller_id.setObjectName("callerIdGroup")
        self.src_cid_name_label, self.src_cid_number_label = QLabel(), QLabel()
        self.dest_cid_name_label, self.dest_cid_number_label = QLabel(), QLabel()
        ids = QFormLayout(self.caller_id)
        ids.addRow(self.src_cid_name_label, self.src_cid_name)
        ids.addRow(self.src_cid_number_label, self.src_cid_number)
        ids.addRow(self.dest_cid_name_label, self.dest_cid_name)
        ids.addRow(self.dest_cid_number_label, self.dest_cid_number)
        ids.addRow(self.is_encode)
        for label in (self.dial_mode_label, self.hotline_label, self.link_action_label,
                      self.src_cid_name_label, self.src_cid_number_label,
                      self.dest_cid_name_label, self.dest_cid_number_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.dial_mode_label.setBuddy(self.dial_mode)
        self.hotline_label.setBuddy(self.hotline)
        self.link_action_label.setBuddy(self.link_action)
        self.src_cid_name_label.setBuddy(self.src_cid_name)
        self.src_cid_number_label.setBuddy(self.src_cid_number)
        self.dest_cid_name_label.setBuddy(self.dest_cid_name)
        self.dest_cid_number_label.setBuddy(self.dest_cid_number)

    def _build_events(self, settings: Settings) -> None:
        self.receiver_on = QCheckBox()
        self.receiver_on.setObjectName("eventReceiver")
        self.receiver_on.setChecked(settings.event_receiver)
        self.receiver_host = QLineEdit(settings.event_receiver_host)
        self.receiver_host.setObjectName("eventReceiverHost")
        self.receiver_host.setMaxLength(64)
        self.receiver_port = QSpinBox()
        self.receiver_port.setObjectName("eventReceiverPort")
        self.receiver_port.setRange(1024, 65535)
        self.receiver_port.setValue(settings.event_receiver_port)
        self.receiver_url = QLineEdit(settings.event_receiver_url)
        self.receiver_url.setObjectName("eventReceiverUrl")
        self.copy_key = QPushButton()
        self.copy_key.setObjectName("copyReceiverKey")
        self.copy_key.clicked.connect(self.copyReceiverKeyRequested)
        self.new_key = QPushButton()
        self.new_key.setObjectName("newReceiverKey")
        self.new_key.clicked.connect(self.newReceiverKeyRequested)
        keys = QHBoxLayout()
        keys.addWidget(self.copy_key)
        keys.addWidget(self.new_key)
        keys.addStretch(1)
        self.receiver_help = QLabel()
        self.receiver_help.setWordWrap(True)
        self.receiver_warning = QLabel()
        self.receiver_warning.setObjectName("eventReceiverWarning")
        self.receiver_warning.setWordWrap(True)
        self.receiver_warning.setStyleSheet("color: #8a5a00;")
        self.receiver_status = QLabel()
        self.receiver_status.setObjectName("eventReceiverStatus")
        self.receiver_status.setWordWrap(True)
        for label in (self.receiver_help, self.receiver_warning, self.receiver_status):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.receiver_host_label, self.receiver_port_label = QLabel(), QLabel()
        self.receiver_url_label, self.receiver_key_label = QLabel(), QLabel()
        self.events = QGroupBox()
        self.events.setObjectName("eventsGroup")
        form = QFormLayout(self.events)
        form.addRow(self.receiver_help)
        form.addRow(self.receiver_on)
        form.addRow(self.receiver_host_label, self.receiver_host)
        form.addRow(self.receiver_port_label, self.receiver_port)
        form.addRow(self.receiver_url_label, self.receiver_url)
        form.addRow(self.receiver_key_label, keys)
        form.addRow(self.receiver_warning)
        form.addRow(self.receiver_status)
        self.receiver_host.textChanged.connect(self._show_receiver_warning)
        self._show_receiver_warning()

    def set_receiver_status(self, text: str) -> None:
        """What the running receiver is doing (listening where, or why it cannot)."""
        self.receiver_status.setText(text)

    def _show_receiver_warning(self) -> None:
        from ..core.event_receiver import is_loopback

        host = self.receiver_host.text().strip()
        self.receiver_warning.setVisible(bool(host) and not is_loopback(host))

    def _build_security(self, settings: Settings) -> None:
        """The opt-in to plain http:// for a PBX outside this computer, and its warning."""
        self.allow_plain_http = QCheckBox()
        self.allow_plain_http.setObjectName("allowPlainHttp")
        self.allow_plain_http.setChecked(settings.allow_plain_http)
        self.plain_http_warning = QLabel()
        self.plain_http_warning.setObjectName("plainHttpWarning")
        self.plain_http_warning.setWordWrap(True)
        self.plain_http_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.plain_http_warning.setStyleSheet("color: #8a5a00;")
        self.security = QGroupBox()
        box = QVBoxLayout(self.security)
        box.addWidget(self.allow_plain_http)
        box.addWidget(self.plain_http_warning)
        self.allow_plain_http.toggled.connect(self.plain_http_warning.setVisible)
        self.plain_http_warning.setVisible(settings.allow_plain_http)

    def _retranslate_security(self) -> None:
        self.security.setTitle(self.tr("Connection security"))
        self.allow_plain_http.setText(self.tr(
            "Allow plain http:// to a PBX outside this computer (unsafe)"))
        self.allow_plain_http.setToolTip(self.tr(
            "Only for a PBX that has no https://. Servers on this computer (127.0.0.1, "
            "localhost) never need it."))
        self.plain_http_warning.setText(self.tr(
            "On an http:// address your password, the session's token and your calls cross the "
            "network unencrypted: anyone on the way can read them and act as you."))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings — agent-desktop"))
        self._retranslate_security()
        self.general.setTitle(self.tr("General"))
        self.poll_label.setText(self.tr("Refresh live calls every"))
        self.language_label.setText(self.tr("Language"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.poll_interval.setSuffix(self.tr(" s"))
        self.language.setItemText(0, self.tr("System language"))
        self.start_at_login.setText(self.tr("Start when I log in to the computer"))
        self.start_hidden.setText(self.tr("Start hidden in the tray"))
        self.handle_phone_links.setText(self.tr("Use for phone links (tel:, callto:)"))
        self.handle_phone_links.setToolTip(self.tr(
            "Clicking a phone number link in the browser or another app calls it from here."))
        self.notifications.setTitle(self.tr("When a call rings for me"))
        self.notify_balloon.setText(self.tr("Show a tray notification"))
        self.notify_popup.setText(self.tr("Show the call popup"))
        self.notify_sound.setText(self.tr("Play a sound"))
        self.ring_groups_label.setText(self.tr("Also for my ring groups"))
        self.ring_groups.setPlaceholderText(self.tr("e.g. 600, 601"))
        self.ring_groups.setToolTip(self.tr(
            "Calls to these ring groups or queues ring for you too, when the PBX shows them "
            "under the group's number."))
        self.crm_group.setTitle(self.tr("Open in CRM"))
        self.supervising.setTitle(self.tr("For supervisors"))
        self.long_calls_label.setText(self.tr("Highlight calls longer than"))
        self.long_calls.setSuffix(self.tr(" min"))
        self.team_label.setText(self.tr("Agents on the board"))
        self.team.setPlaceholderText(self.tr("usernames, e.g. agent101, agent102"))
        self.crm.setPlaceholderText("https://crm.example.com/search?phone={phone}")
        self.crm_hint.setText(self.tr(
            "The web address to open for a call. {phone}, {call_id} and {extension} are "
            "replaced by the call's values."))
        self._retranslate_calling()

    def _retranslate_calling(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.general_page), self.tr("General"))
        self.tabs.setTabText(self.tabs.indexOf(self.calling_page), self.tr("Calling"))
        self.calling.setTitle(self.tr("Calling"))
        self.tabs.setTabText(self.tabs.indexOf(self.events_page), self.tr("Events"))
        self.events.setTitle(self.tr("Call events from the PBX (webhook)"))
        self.receiver_help.setText(self.tr(
            "With the receiver on, the PBX tells this app at once when a call rings, is answered "
            "or ends, so popups do not wait for the next refresh. The PBX must be able to reach "
            "the address below; a supervisor hooks it under Supervisor → Event hooks."))
        self.receiver_on.setText(self.tr("Receive call events on this computer"))
        self.receiver_host_label.setText(self.tr("Listen on address"))
        self.receiver_host.setPlaceholderText("127.0.0.1")
        self.receiver_port_label.setText(self.tr("Port"))
        self.receiver_url_label.setText(self.tr("Address the PBX calls"))
        self.receiver_url.setPlaceholderText(self.tr("This computer's address (optional)"))
        self.receiver_url.setToolTip(self.tr(
            "Only when the PBX reaches this computer through a tunnel or a reverse proxy."))
        self.receiver_key_label.setText(self.tr("Api key"))
        self.copy_key.setText(self.tr("Copy api key"))
        self.new_key.setText(self.tr("New api key"))
        self.new_key.setToolTip(self.tr("Hooks registered with the old key stop working."))
        self.receiver_warning.setText(self.tr(
            "Other computers can reach this address. Only requests carrying the api key are "
            "accepted."))
        self.dial_mode_label.setText(self.tr("When I call"))
        self.dial_mode.setItemText(0, self.tr("Asynchronous — my phone rings, the app does not "
                                              "wait"))
        self.dial_mode.setItemText(1, self.tr("Synchronous — wait until I pick up"))
        self.hotline_label.setText(self.tr("Hotline"))
        self.hotline.lineEdit().setPlaceholderText(self.tr("The PBX's default"))
        self.hotline.setToolTip(self.tr("The number your calls are made from. Leave it empty "
                                        "to use the PBX's default."))
        self.link_action_label.setText(self.tr("Links from other apps (tel:, callto:, sip:)"))
        self.link_action.setItemText(0, self.tr("Call at once"))
        self.link_action.setItemText(1, self.tr("Ask me first"))
        self.auto_answer.setText(self.tr("Pick up my phone automatically"))
        self.auto_answer.setToolTip(self.tr("When the app calls, your phone answers by itself "
                                            "(if it supports it)."))
        self.caller_id.setTitle(self.tr("Caller ID (optional)"))
        self.src_cid_name_label.setText(self.tr("Name shown on my phone"))
        self.src_cid_name.setPlaceholderText("Click2Call")
        self.src_cid_number_label.setText(self.tr("Number shown on my phone"))
        self.src_cid_number.setPlaceholderText(self.tr("My extension"))
        self.dest_cid_name_label.setText(self.tr("Caller name sent to the customer"))
        self.dest_cid_number_label.setText(self.tr("Caller number sent to the customer"))
        for edit in (self.dest_cid_name, self.dest_cid_number):
            edit.setPlaceholderText(self.tr("As the PBX sets it"))
        self.is_encode.setText(self.tr("Encode numbers (Base64)"))
        self.is_encode.setToolTip(self.tr("Only when your PBX administrator asks for it."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _refuse(self, message: str, widget: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        page = next((p for p in (self.calling_page, self.events_page) if p.isAncestorOf(widget)),
                    self.general_page)
        self.tabs.setCurrentWidget(page)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def _numbers(self) -> dict[str, str] | None:
        """The checked numbers of the Calling tab by setting name; None after refusing one."""
        numbers: dict[str, str] = {}
        for name, edit, label in (
                ("hotline", self.hotline.lineEdit(), self.hotline_label),
                ("src_cid_number", self.src_cid_number, self.src_cid_number_label),
                ("dest_cid_number", self.dest_cid_number, self.dest_cid_number_label)):
            number = settings_number(edit.text())
            if number is None:
                self._refuse(self.tr("“{field}” must be a phone number: 3 to 15 digits, "
                                     "optionally starting with +.").format(field=label.text()),
                             edit)
                return None
            numbers[name] = number
        return numbers

    def _receiver(self) -> dict[str, object] | None:
        """The receiver's settings, checked; None after refusing one."""
        import ipaddress

        host = self.receiver_host.text().strip() or "127.0.0.1"
        if host.lower() != "localhost":
            try:
                host = str(ipaddress.ip_address(host))
            except ValueError:
                self._refuse(self.tr("The receiver's address must be an IP address such as "
                                     "127.0.0.1 or 0.0.0.0."), self.receiver_host)
                return None
        url = self.receiver_url.text().strip()
        if url and not url.lower().startswith(("http://", "https://")):
            self._refuse(self.tr("The address the PBX calls must start with http:// or "
                                 "https://."), self.receiver_url)
            return None
        return {"event_receiver": self.receiver_on.isChecked(), "event_receiver_host": host,
                "event_receiver_port": self.receiver_port.value(), "event_receiver_url": url}

    def _save(self) -> None:
        template = self.crm.text().strip()
        if template and not template.lower().startswith(("http://", "https://")):
            self._refuse(self.tr("The CRM address must start with http:// or https://."),
                         self.crm)
            return
        groups = [g.strip() for g in self.ring_groups.text().replace(";", ",").split(",")]
        if any(g and not g.isdigit() for g in groups):
            self._refuse(self.tr("Ring groups are numbers, separated by commas."),
                         self.ring_groups)
            return
        team = [t.strip() for t in self.team.text().replace(";", ",").split(",") if t.strip()]
        if any(" " in t or len(t) > 64 for t in team):
            self._refuse(self.tr("Agents are usernames without spaces, separated by commas."),
                         self.team)
            return
        numbers = self._numbers()
        if numbers is None:
            return
        receiver = self._receiver()
        if receiver is None:
            return
        hotline = numbers["hotline"]
        known = self._settings.known_hotlines
        if hotline and hotline not in known:
            known = (hotline, *known)
        settings = replace(
            self._settings,
            ring_groups=tuple(g for g in groups if g),
            long_call_minutes=self.long_calls.value(),
            team=tuple(dict.fromkeys(team)),
            poll_interval=self.poll_interval.value(),
            language=self.language.currentData(),
            start_at_login=self.start_at_login.isChecked(),
            start_hidden=self.start_hidden.isChecked(),
            allow_plain_http=self.allow_plain_http.isChecked(),
            handle_phone_links=self.handle_phone_links.isChecked(),
            notify_balloon=self.notify_balloon.isChecked(),
            notify_popup=self.notify_popup.isChecked(),
            notify_sound=self.notify_sound.isChecked(),
            crm_url_template=template,
            dial_mode=self.dial_mode.currentData(),
            hotline=hotline,
            known_hotlines=known,
            src_cid_name=plain(self.src_cid_name.text()),
            src_cid_number=numbers["src_cid_number"],
            dest_cid_name=plain(self.dest_cid_name.text()),
            dest_cid_number=numbers["dest_cid_number"],
            auto_answer=self.auto_answer.isChecked(),
            is_encode=self.is_encode.isChecked(),
            link_action=self.link_action.currentData(),
            **receiver,
        )
        self.saved.emit(settings)
        self.accept()
