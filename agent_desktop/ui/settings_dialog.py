"""The settings dialog over the typed Settings: polling, language, start-up, notifications, CRM link.

It edits a copy and emits ``saved`` with the new Settings; the app stores and applies them.
Nothing secret is ever shown or edited here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..config import Settings
from ..i18n import LANGUAGE_NAMES
from .icons import app_icon

CRM_FIELDS = ("{phone}", "{call_id}", "{extension}")


class SettingsDialog(QDialog):
    saved = Signal(object)  # Settings

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

        self.general = QGroupBox()
        self.poll_label, self.language_label = QLabel(), QLabel()
        general = QFormLayout(self.general)
        general.addRow(self.poll_label, self.poll_interval)
        general.addRow(self.language_label, self.language)
        general.addRow(self.start_at_login)
        general.addRow(self.start_hidden)
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.general, self.notifications, self.crm_group, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings — agent-desktop"))
        self.general.setTitle(self.tr("General"))
        self.poll_label.setText(self.tr("Refresh live calls every"))
        self.language_label.setText(self.tr("Language"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.poll_interval.setSuffix(self.tr(" s"))
        self.language.setItemText(0, self.tr("System language"))
        self.start_at_login.setText(self.tr("Start when I log in to the computer"))
        self.start_hidden.setText(self.tr("Start hidden in the tray"))
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
        self.crm.setPlaceholderText("https://crm.example.com/search?phone={phone}")
        self.crm_hint.setText(self.tr(
            "The web address to open for a call. {phone}, {call_id} and {extension} are "
            "replaced by the call's values."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _save(self) -> None:
        template = self.crm.text().strip()
        if template and not template.lower().startswith(("http://", "https://")):
            self.error.setText(self.tr("The CRM address must start with http:// or https://."))
            self.error.show()
            self.crm.setFocus()
            return
        groups = [g.strip() for g in self.ring_groups.text().replace(";", ",").split(",")]
        if any(g and not g.isdigit() for g in groups):
            self.error.setText(self.tr("Ring groups are numbers, separated by commas."))
            self.error.show()
            self.ring_groups.setFocus()
            return
        settings = replace(
            self._settings,
            ring_groups=tuple(g for g in groups if g),
            poll_interval=self.poll_interval.value(),
            language=self.language.currentData(),
            start_at_login=self.start_at_login.isChecked(),
            start_hidden=self.start_hidden.isChecked(),
            notify_balloon=self.notify_balloon.isChecked(),
            notify_popup=self.notify_popup.isChecked(),
            notify_sound=self.notify_sound.isChecked(),
            crm_url_template=template,
        )
        self.saved.emit(settings)
        self.accept()
