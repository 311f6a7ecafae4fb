"""The transfer dialog: pick an agent (with their phone's status) or type an extension; confirm.

Opened with ``open()``, never ``exec()``: the panel listens to ``finished`` and reads
``extension()``. The list shows the agents the app knows (extension, name, whether their phone is
logged in); picking one fills the extension field, which takes digits only. Pressing Transfer is the
confirmation. Names come from a server, so everything is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRegularExpression, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.plain_text import plain
from .icons import icon

__all__ = ["Agent", "TransferDialog", "status_dot"]

Agent = tuple[str, str, bool | None]  # extension, name, phone logged in (None: unknown)
EXTENSION_PATTERN = r"[0-9]{1,20}"
_DOT_COLOURS = {True: "#1e8e3e", False: "#9aa0a6", None: "#fbbc04"}
_EXTENSION_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_LIMIT = 60


def status_dot(logged_in: bool | None, size: int = 12) -> QIcon:
    """A round dot: green (phone logged in), grey (not logged in), amber (unknown)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(_DOT_COLOURS[logged_in]))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class TransferDialog(QDialog):
    """Where to transfer one call to. ``extension()`` is the chosen target once accepted."""

    def __init__(self, call_text: str, agents: Sequence[Agent], current: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setWindowIcon(icon("transfer"))
        self._call_text = call_text
        self._current = current  # the extension the call is with now
        self._status: dict[str, bool | None] = {}

        self.heading = QLabel()
        self.heading.setObjectName("transferHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.agent_list = QListWidget()
        self.agent_list.setObjectName("transferAgents")
        self.agent_list.setIconSize(QSize(12, 12))
        self.agent_list.setUniformItemSizes(True)
        for extension, name, logged_in in sorted(agents, key=lambda a: (len(a[0]), a[0])):
            extension = plain(extension)
            if not extension:
                continue
            item = QListWidgetItem(status_dot(logged_in), "")
            item.setData(_EXTENSION_ROLE, extension)
            item.setData(Qt.ItemDataRole.UserRole, plain(name)[:_NAME_LIMIT])
            self._status[extension] = logged_in
            self.agent_list.addItem(item)
        self.agent_list.currentItemChanged.connect(self._picked)
        self.agent_list.itemDoubleClicked.connect(lambda _item: self._accept_if_valid())

        self.field_label = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName("transferExtension")
        self.field.setValidator(QRegularExpressionValidator(
            QRegularExpression(EXTENSION_PATTERN), self.field))
        self.field.setClearButtonEnabled(True)
        self.field_label.setBuddy(self.field)
        self.field.textChanged.connect(self._update)
        self.note = QLabel()
        self.note.setObjectName("transferNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5a00;")

        self.buttons = QDialogButtonBox()
        self.transfer_button = QPushButton(icon("transfer"), "")
        self.transfer_button.setObjectName("transferConfirm")
        self.transfer_button.setDefault(True)
        self.buttons.addButton(self.transfer_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.agent_list, 1)
        layout.addWidget(self.field_label)
        layout.addWidget(self.field)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(380, 420)
        self.retranslate()
        self.field.setFocus()

    # --- reading ----------------------------------------------------------------------------------

    def extension(self) -> str:
        """The extension typed or picked ("" unless it is all digits)."""
        text = self.field.text().strip()
        return text if QRegularExpression(f"^{EXTENSION_PATTERN}$").match(text).hasMatch() else ""

    def pick(self, extension: str) -> bool:
        """Select the agent with this extension in the list; False when not listed."""
        for row in range(self.agent_list.count()):
            item = self.agent_list.item(row)
            if item.data(_EXTENSION_ROLE) == extension:
                self.agent_list.setCurrentItem(item)
                return True
        return False

    # --- reacting ---------------------------------------------------------------------------------

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.field.setText(item.data(_EXTENSION_ROLE))

    def _update(self) -> None:
        extension = self.extension()
        self.transfer_button.setEnabled(bool(extension))
        if extension and extension == self._current:
            self.note.setText(self.tr("The call is already with extension {ext}.").format(
                ext=extension))
        elif extension and self._status.get(extension) is False:
            self.note.setText(self.tr("The phone of extension {ext} is not logged in: the PBX "
                                      "will refuse the transfer.").format(ext=extension))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def _accept_if_valid(self) -> None:
        if self.extension():
            self.accept()

    # --- language ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Transfer call"))
        self.heading.setText(self.tr("Transfer {call} to:").format(call=self._call_text))
        self.agent_list.setAccessibleName(self.tr("Agents"))
        states = {True: self.tr("phone logged in"), False: self.tr("phone not logged in"),
                  None: self.tr("phone status unknown")}
        for row in range(self.agent_list.count()):
            item = self.agent_list.item(row)
            extension = item.data(_EXTENSION_ROLE)
            name = item.data(Qt.ItemDataRole.UserRole)
            state = states[self._status.get(extension)]
            item.setText(self.tr("{ext}  {name} — {state}").format(ext=extension, name=name,
                                                                  state=state) if name
                         else self.tr("{ext} — {state}").format(ext=extension, state=state))
        self.field_label.setText(self.tr("&Extension (digits only):"))
        self.field.setPlaceholderText(self.tr("e.g. 105"))
        self.transfer_button.setText(self.tr("Transfer"))
        self._update()
