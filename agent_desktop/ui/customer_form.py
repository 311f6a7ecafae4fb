"""The "New customer" form: the fields of ``POST /v2/customer``, checked before anything is sent.

``CustomerForm`` asks ``core.customers.Customers`` to add the customer. What is wrong before
sending (a required field left empty, a phone number the API's pattern refuses) and what the PBX
refuses per field (its 400 messages) appear in red under their fields; any other failure (a 403
for agent accounts, the network) above the buttons. The form keeps what was typed whatever
happens, never sends again by itself, and closes when the PBX has added the customer. Open it with
``open()``, never ``exec()``. Everything shown is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.customers import FIELDS, CreateFailure, Customers
from ..core.plain_text import plain
from ..pbx.models import NewCustomer
from .status_mark import StatusMark, Tone

__all__ = ["CustomerForm"]

_ERROR_COLOUR = "#b3261e"
_MAX_LENGTH = 200  # characters a field takes


class CustomerForm(QDialog):
    """Campaign, code, phone, contract number and an optional name; Add sends them once."""

    def __init__(self, customers: Customers, campaign: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerForm")
        self.customers = customers
        self._mine = False  # the customer being sent was sent from this form
        self.campaign = QComboBox()
        self.campaign.setEditable(True)
        self.campaign.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.campaign.addItems(customers.campaigns())
        self.campaign.setCurrentText(campaign)
        self.campaign.setMinimumContentsLength(30)
        self.campaign.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.inputs: dict[str, QLineEdit] = {"campaign_id": self.campaign.lineEdit()}
        for name in FIELDS[1:]:
            self.inputs[name] = QLineEdit()
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for name, line in self.inputs.items():
            line.setObjectName(f"customerForm-{name}")
            line.setMaxLength(_MAX_LENGTH)
            line.textEdited.connect(lambda _text, n=name: self._edited(n))
            error = QLabel()
            error.setObjectName(f"customerFormError-{name}")
            error.setTextFormat(Qt.TextFormat.PlainText)
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {_ERROR_COLOUR};")
            error.hide()
            self.errors[name] = error
            self.labels[name] = QLabel()
        self.phone_hint = QLabel()
        self.phone_hint.setObjectName("customerFormPhoneHint")
        self.phone_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.phone_hint.setWordWrap(True)
        self.phone_hint.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name in FIELDS:
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(self.campaign if name == "campaign_id" else self.inputs[name])
            if name == "phone_number":
                column.addWidget(self.phone_hint)
            column.addWidget(self.errors[name])
            self.labels[name].setBuddy(self.inputs[name])
            form.addRow(self.labels[name], cell)

        self.message_box = QFrame()
        self.message_box.setObjectName("customerFormMessageBox")
        self.mark = StatusMark()
        self.message = QLabel()
        self.message.setObjectName("customerFormMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self.message_box)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.mark)
        row.addWidget(self.message, 1)
        self.message_box.hide()

        self.buttons = QDialogButtonBox()
        self.add_button = QPushButton()
        self.add_button.setObjectName("customerFormAdd")
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_box)
        layout.addWidget(self.buttons)

        customers.creatingChanged.connect(self._creating_changed)
        customers.created.connect(self._created)
        customers.createFailed.connect(self._failed)
        self.retranslate()
        self.setMinimumWidth(520)

    # --- what was typed -------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        return {name: line.text() for name, line in self.inputs.items()}

    def set_values(self, **values: str) -> None:
        for name, text in values.items():
            self.inputs[name].setText(text)

    def field_error(self, name: str) -> str:
        """The red message under a field ("" when none is shown)."""
        label = self.errors[name]
        return label.text() if not label.isHidden() else ""

    def message_text(self) -> str:
        return self.message.text() if not self.message_box.isHidden() else ""

    # --- sending --------------------------------------------------------------------------------

    def submit(self) -> None:
        """Check and send (once); what is wrong shows next to its field."""
        if self.customers.creating:
            return  # the button is disabled meanwhile; Enter must not send twice either
        self._clear_errors()
        self._mine = True
        if not self.customers.create(self.values()):
            self._mine = False

    def _creating_changed(self, creating: bool) -> None:
        self.add_button.setEnabled(not creating)
        self._retranslate_button()
        if creating and self._mine:
            self._show_message(Tone.BUSY, self.tr("Adding the customer…"))

    def _created(self, customer_id: str, body: NewCustomer) -> None:
        if self._mine:
            self._mine = False
            self.accept()

    def _failed(self, failure: CreateFailure) -> None:
        if not self._mine:
            return
        self._mine = False
        first: QLineEdit | None = None
        for name in FIELDS:
            text = failure.fields.get(name)
            if text:
                self.errors[name].setText(plain(text))
                self.errors[name].show()
                first = first or self.inputs[name]
        if failure.message:
            self._show_message(Tone.ERROR, failure.message)
        else:
            self.message_box.hide()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit()

    def _edited(self, name: str) -> None:
        self.errors[name].hide()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.message_box.hide()
        self._fit()

    def _show_message(self, tone: str, text: str) -> None:
        colours = {Tone.BUSY: ("#174ea6", "#e8f0fe", "#c6dafc"),
                   Tone.ERROR: (_ERROR_COLOUR, "#fce8e6", "#f4c7c3")}
        fg, bg, border = colours.get(tone, colours[Tone.ERROR])
        self.message_box.setStyleSheet(
            f"QFrame#customerFormMessageBox {{ background: {bg}; border: 1px solid {border};"
            f" border-radius: 5px; }} QLabel#customerFormMessage {{ color: {fg}; }}")
        self.mark.set_tone(tone)
        self.message.setText(plain(text))
        self.message_box.show()
        self._fit()

    def _fit(self) -> None:
        """Grow (or shrink) to the messages shown: wrapped labels do not resize a dialog."""
        layout = self.layout()
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.sizeHint().height()
        self.resize(self.width(), max(height, layout.minimumSize().height()))

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New customer"))
        texts = {"campaign_id": self.tr("&Campaign ID:"),
                 "customer_code": self.tr("Customer c&ode:"),
                 "phone_number": self.tr("&Phone number:"),
                 "contract_number": self.tr("Con&tract number:"),
                 "customer_name": self.tr("&Name (optional):")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.campaign.lineEdit().setPlaceholderText(self.tr("The campaign's ID on the PBX"))
        self.inputs["customer_code"].setPlaceholderText(self.tr("e.g. KH0081"))
        self.inputs["phone_number"].setPlaceholderText(self.tr("e.g. 0899 098 899"))
        self.inputs["contract_number"].setPlaceholderText(self.tr("e.g. HD123456"))
        self.phone_hint.setText(self.tr(
            "A mobile: 0 and 9 digits, e.g. 0899 098 899. The PBX refuses 84 followed by 9 "
            "digits: write 0… instead."))
        self.cancel_button.setText(self.tr("Cancel"))
        self._retranslate_button()

    def _retranslate_button(self) -> None:
        idle, busy = self.tr("Add customer"), self.tr("Adding…")
        self.add_button.setText(busy if self.customers.creating else idle)
        metrics = self.add_button.fontMetrics()  # the same width for both: nothing jumps
        self.add_button.setMinimumWidth(
            max(metrics.horizontalAdvance(idle), metrics.horizontalAdvance(busy)) + 32)
