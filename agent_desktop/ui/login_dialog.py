"""The login dialog: server, username, password, "remember me", and a clear message when it fails.

It only collects input and shows results: ``submitted`` carries what was typed, the app runs the
login and calls ``show_error`` or closes the dialog. Shown with ``open()``, never ``exec()``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..config import Settings
from .icons import app_icon


class LoginDialog(QDialog):
    submitted = Signal(str, str, str, bool)  # server URL, username, password, remember me

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
        self.form = QFormLayout()
        self.form.addRow(self.server_label, self.server)
        self.form.addRow(self.username_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        (self.password if settings.username else self.server if not settings.server_url
         else self.username).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in — agent-desktop"))
        self.title.setText(self.tr("Log in to your PBX"))
        self.server_label.setText(self.tr("Server"))
        self.username_label.setText(self.tr("Username"))
        self.password_label.setText(self.tr("Password"))
        self.server.setPlaceholderText(self.tr("https://pbx.example.com"))
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
            self.show_error(self.tr("Please fill in the server, your username and your password."))
            missing[0].setFocus()
            return
        self.set_busy(True)
        self.submitted.emit(self.server.text().strip(), self.username.text().strip(),
                            self.password.text(), self.remember.isChecked())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.server, self.username, self.password, self.remember, self.buttons):
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
