"""The login dialog: the PBX's vendor, server, username, password, "remember me", and a clear
message when it fails. The fields are named as each vendor names them (OMICall: extension and API
key; TeleCMI: user id and app secret). While plain http:// is allowed (settings or
--allow-plain-http) a warning line stays visible.

It only collects input and shows results: ``submitted`` carries what was typed, the app runs the
login and calls ``show_error`` or closes the dialog. Shown with ``open()``, never ``exec()``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..config import Settings
from ..pbx.vendors import VENDORS
from .icons import app_icon


class LoginDialog(QDialog):
    submitted = Signal(str, str, str, str, bool)  # vendor, server URL, username, password, remember

    def __init__(self, settings: Settings, remember_available: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)
        self._remember_available = remember_available

        self.title = QLabel()
        self.title.setObjectName("loginTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

        self.vendor = QComboBox()
        self.vendor.setObjectName("vendor")
        for key, info in VENDORS.items():
            self.vendor.addItem(info.name, key)
        self.vendor.setCurrentIndex(max(0, self.vendor.findData(settings.vendor)))
        self.vendor.currentIndexChanged.connect(self._vendor_changed)
        self.server = QLineEdit(settings.server_url)
        self.server.setObjectName("server")
        self.username = QLineEdit(settings.username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.remember.setObjectName("remember")
        self.remember.setChecked(settings.remember and remember_available)
        self.remember.setEnabled(remember_available)

        # With the opt-in to plain http:// on, a warning that stays for as long as the dialog.
        self.plain_http_warning = QLabel()
        self.plain_http_warning.setObjectName("plainHttpWarning")
        self.plain_http_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.plain_http_warning.setWordWrap(True)
        self.plain_http_warning.setStyleSheet("color: #8a5a00;")
        self.plain_http_warning.setVisible(settings.allow_plain_http)

        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        self.server_label, self.username_label, self.password_label = QLabel(), QLabel(), QLabel()
        self.vendor_label = QLabel()
        self.hint = QLabel()
        self.hint.setObjectName("loginHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.form.addRow(self.vendor_label, self.vendor)
        self.form.addRow(self.server_label, self.server)
        self.form.addRow(self.username_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.remember)
        self.form.addRow(self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.plain_http_warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        (self.password if settings.username else self.server if not settings.server_url
         else self.username).setFocus()

    @property
    def vendor_key(self) -> str:
        return self.vendor.currentData() or "tel4vn"

    def _vendor_changed(self) -> None:
        info = VENDORS[self.vendor_key]
        if info.default_url and not self.server.text().strip():
            self.server.setText(info.default_url)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in — agent-desktop"))
        self.title.setText(self.tr("Log in to your PBX"))
        self.vendor_label.setText(self.tr("PBX"))
        self.server_label.setText(self.tr("Server"))
        vendor = self.vendor_key
        if vendor == "omicall":
            self.username_label.setText(self.tr("Extension"))
            self.password_label.setText(self.tr("API key"))
            self.server.setPlaceholderText("https://api.omicall.com")
            self.hint.setText(self.tr(
                "The API key is in OMICall's web portal. OMICall's API places calls only: live "
                "calls, history and the supervisor's views are not available."))
        elif vendor == "telecmi":
            self.username_label.setText(self.tr("User id"))
            self.password_label.setText(self.tr("App secret"))
            self.server.setPlaceholderText("https://rest.telecmi.com")
            self.hint.setText(self.tr(
                "Your user id (such as 101_1111112) and the app's secret are in TeleCMI's admin "
                "portal. TeleCMI's API places calls only: live calls, history and the "
                "supervisor's views are not available."))
        else:
            self.username_label.setText(self.tr("Username"))
            self.password_label.setText(self.tr("Password"))
            self.server.setPlaceholderText(self.tr("https://pbx.example.com"))
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        self.plain_http_warning.setText(self.tr(
            "Plain http:// is allowed for servers outside this computer: on such an address your "
            "password and calls cross the network unencrypted. Turn it off in the settings."))
        self.remember.setText(self.tr("Remember me on this computer"))
        self.remember.setToolTip("" if self._remember_available else self.tr(
            "No system keyring is available, so the password cannot be remembered safely."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _submit(self) -> None:
        missing = [w for w in (self.server, self.username, self.password) if not w.text().strip()]
        if missing:
            self.show_error(self.tr("Please fill in every field: {fields}.").format(
                fields=", ".join(label.text() for label in (
                    self.server_label, self.username_label, self.password_label))))
            missing[0].setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(self.vendor_key, self.server.text().strip(),
                            self.username.text().strip(), self.password.text(),
                            self.remember.isChecked())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.vendor, self.server, self.username, self.password, self.remember,
                       self.buttons):
            widget.setEnabled(not busy and (widget is not self.remember
                                            or self._remember_available))
        if busy:
            self.error.setStyleSheet("color: palette(text);")
            self.error.setText(self.tr("Logging in…"))
            self.error.show()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setText(text)
        self.error.show()
        self.password.setFocus()
        self.password.selectAll()
