"""The supervisor's own dialer queues: a list with their state, and start / stop / delete / block.

``CampaignQueues`` lists ``core.campaigns.Campaigns.queues()`` (the queues this person created,
remembered across restarts) with kind, code, state, created time and counts, and acts on the
selected one through the core. Delete is enabled only for a stopped queue; the line under the
buttons says why it is not when a running queue is selected. An autocall queue also takes a
do-not-call list: ids typed (separated by commas, semicolons, spaces or new lines) or read from the
first column of a CSV file. What was started, done or refused shows in a ``ResultLine`` (the
supervisor panel's coloured plain-text line). Nothing here talks HTTP.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.campaign_import import UnreadableFile, read_csv
from ..core.campaigns import Campaigns, QueueKind, QueueRecord, QueueState
from ..core.plain_text import plain
from .list_states import read_only_rows
from .status_mark import Tone
from .supervisor_bars import ResultLine

__all__ = ["CampaignQueues", "QueuesModel", "split_ids"]

_Index = QModelIndex | QPersistentModelIndex
_ID_SEPARATORS = re.compile(r"[\s,;|]+")
_STATE_COLOURS = {QueueState.RUNNING.value: QColor("#0d652d"),
                  QueueState.STOPPED.value: QColor("#7a4f01"),
                  QueueState.DELETED.value: QColor("#80868b")}


def split_ids(text: str) -> list[str]:
    """Customer ids as typed or pasted: separated by commas, semicolons, bars, spaces, lines."""
    return [part for part in _ID_SEPARATORS.split(text) if part]


class QueuesModel(QAbstractTableModel):
    """The remembered queues as rows: kind, code, state, created, customers, taken, refused,
    blocked."""

    COLUMNS = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: list[QueueRecord] = []

    def set_records(self, records: list[QueueRecord]) -> None:
        # A handful of rows changed by a person's action, not a poll: a reset is fine here.
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kind"), self.tr("Queue code"), self.tr("State"), self.tr("Created"),
                self.tr("Customers"), self.tr("Taken"), self.tr("Refused"),
                self.tr("Blocked"))[section]

    def kind_text(self, kind: str) -> str:
        return {QueueKind.AUTODIALER.value: self.tr("Autodialer"),
                QueueKind.AUTOCALL.value: self.tr("Autocall")}.get(kind, plain(kind))

    def state_text(self, state: str) -> str:
        return {QueueState.RUNNING.value: self.tr("Running"),
                QueueState.STOPPED.value: self.tr("Stopped"),
                QueueState.DELETED.value: self.tr("Deleted")}.get(state, plain(state))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.kind_text(record.kind), plain(record.queue_code),
                    self.state_text(record.state), record.created.replace("T", " "),
                    str(record.customers), str(record.success), str(record.fail),
                    str(record.dnc))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return _STATE_COLOURS.get(record.state)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            settings = ", ".join(f"{k}: {v}" for k, v in record.settings.items()
                                 if v not in (None, ""))
            return plain(settings)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CampaignQueues(QWidget):
    """My queues with their state, and the controls for the selected one."""

    def __init__(self, campaigns: Campaigns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignQueues")
        self.campaigns = campaigns
        self._build()
        campaigns.queuesChanged.connect(self.refresh)
        campaigns.actionStarted.connect(self._on_started)
        campaigns.actionDone.connect(self._on_done)
        campaigns.actionFailed.connect(self._on_failed)
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("campaignQueuesTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model = QueuesModel(self)
        self.table = QTableView()
        self.table.setObjectName("campaignQueuesTable")
        self.table.setModel(self.model)
        read_only_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.start_button = QPushButton()
        self.start_button.setObjectName("campaignStart")
        self.start_button.clicked.connect(lambda: self.act("start"))
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("campaignStop")
        self.stop_button.clicked.connect(lambda: self.act("stop"))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("campaignDelete")
        self.delete_button.clicked.connect(lambda: self.act("delete"))
        self.forget_button = QPushButton()
        self.forget_button.setObjectName("campaignForget")
        self.forget_button.clicked.connect(self.forget_selected)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.stop_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)
        self.hint = QLabel()
        self.hint.setObjectName("campaignQueueHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        self.dnc_label = QLabel()
        self.dnc_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dnc_edit = QLineEdit()
        self.dnc_edit.setObjectName("campaignDncIds")
        self.dnc_edit.setClearButtonEnabled(True)
        self.dnc_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.dnc_file_button = QPushButton()
        self.dnc_file_button.setObjectName("campaignDncFile")
        self.dnc_file_button.clicked.connect(self._choose_dnc_file)
        self.dnc_button = QPushButton()
        self.dnc_button.setObjectName("campaignDncSend")
        self.dnc_button.clicked.connect(self.block)
        self.dnc_row = QWidget()
        dnc = QHBoxLayout(self.dnc_row)
        dnc.setContentsMargins(0, 0, 0, 0)
        dnc.addWidget(self.dnc_label)
        dnc.addWidget(self.dnc_edit, 1)
        dnc.addWidget(self.dnc_file_button)
        dnc.addWidget(self.dnc_button)
        self.message = ResultLine("campaignQueuesMessage", "campaignQueuesMessageText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.dnc_row)
        layout.addWidget(self.message)

    # --- the list and the selection -----------------------------------------------------------

    def refresh(self) -> None:
        """Show the remembered queues again, keeping the selected one selected."""
        selected = self.selected()
        self.model.set_records(self.campaigns.queues())
        if selected is not None:
            self.select(selected.kind, selected.queue_code)
        self._update_buttons()

    def selected(self) -> QueueRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.model.records):
            return None
        return self.model.records[rows[0].row()]

    def select(self, kind: str, queue_code: str) -> bool:
        for row, record in enumerate(self.model.records):
            if record.key == (kind, queue_code):
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        record = self.selected()
        busy = record is not None and self.campaigns.busy(record.kind, record.queue_code)
        alive = record is not None and record.state != QueueState.DELETED.value and not busy
        self.start_button.setEnabled(alive and record.state == QueueState.STOPPED.value)
        self.stop_button.setEnabled(alive and record.state == QueueState.RUNNING.value)
        self.delete_button.setEnabled(alive and record.state == QueueState.STOPPED.value)
        self.forget_button.setEnabled(record is not None and not busy)
        autocall = record is not None and record.kind == QueueKind.AUTOCALL.value
        self.dnc_row.setVisible(autocall)
        self.dnc_button.setEnabled(alive and autocall and bool(split_ids(self.dnc_edit.text())))
        self.dnc_file_button.setEnabled(alive and autocall)
        reason = ""
        if record is None:
            reason = self.tr("Select a queue to start, stop or delete it.") \
                if self.model.records else self.tr("The queues you send appear here.")
        elif busy:
            reason = self.tr("Waiting for the PBX…")
        elif record.state == QueueState.RUNNING.value:
            reason = self.campaigns.delete_refusal(record.kind, record.queue_code)
        elif record.state == QueueState.DELETED.value:
            reason = self.tr("This queue was deleted on the PBX; “Remove from list” forgets "
                             "it here.")
        self.hint.setText(reason)
        self.hint.setVisible(bool(reason))
        self.delete_button.setToolTip(reason if record is not None
                                      and record.state == QueueState.RUNNING.value else "")

    # --- actions --------------------------------------------------------------------------------

    def act(self, action: str) -> bool:
        record = self.selected()
        if record is None:
            return False
        return self.campaigns.act(record.kind, record.queue_code, action)

    def block(self) -> bool:
        """Send the typed do-not-call ids to the selected autocall queue."""
        record = self.selected()
        if record is None or record.kind != QueueKind.AUTOCALL.value:
            return False
        return self.campaigns.block(record.queue_code, split_ids(self.dnc_edit.text()))

    def load_dnc_file(self, path: Path | str) -> bool:
        """Read customer ids from the first column of a CSV file (a header "id" is skipped)
        into the do-not-call field."""
        try:
            table = read_csv(path)
        except UnreadableFile as error:
            reason = error.message
            self.message.show_message(Tone.ERROR, lambda: reason)
            return False
        ids = [row[0] for row in table.rows if row and row[0]]
        if table.headers and table.headers[0].strip().lower() not in ("id", "customer_id", "ma",
                                                                       "mã", "mã kh"):
            ids.insert(0, table.headers[0].strip())
        self.dnc_edit.setText(", ".join(ids))
        count = len(ids)
        self.message.show_message(Tone.INFO, lambda: self.tr(
            "{count} id(s) read from {file}; press “Block” to send them.").format(
                count=count, file=table.name))
        return True

    def forget_selected(self) -> bool:
        record = self.selected()
        return record is not None and self.campaigns.forget(record.kind, record.queue_code)

    def _choose_dnc_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Customers not to call"))
        dialog.setNameFilter(self.tr("Customer lists (*.csv *.txt *.xlsx)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.load_dnc_file)
        dialog.open()

    # --- what the core says -----------------------------------------------------------------------

    def _action_text(self, action: str) -> str:
        return {"start": self.tr("Start"), "stop": self.tr("Stop"), "delete": self.tr("Delete"),
                "dnc": self.tr("Block")}.get(action, action)

    def _on_started(self, kind: str, code: str, action: str) -> None:
        texts = {"start": lambda: self.tr("Starting queue {code}…"),
                 "stop": lambda: self.tr("Stopping queue {code}…"),
                 "delete": lambda: self.tr("Deleting queue {code}…"),
                 "dnc": lambda: self.tr("Sending the do-not-call list to {code}…")}
        self.message.show_message(Tone.BUSY, lambda: texts[action]().format(code=plain(code)))
        self._update_buttons()

    def _on_done(self, kind: str, code: str, action: str) -> None:
        texts = {"start": lambda: self.tr("Queue {code} is running."),
                 "stop": lambda: self.tr("Queue {code} is stopped."),
                 "delete": lambda: self.tr("Queue {code} is deleted."),
                 "dnc": lambda: self.tr("The PBX will skip the blocked customers in {code} "
                                        "(those not dialed yet).")}
        if action == "dnc":
            self.dnc_edit.clear()
        self.message.show_message(Tone.DONE, lambda: texts[action]().format(code=plain(code)))
        self._update_buttons()

    def _on_failed(self, kind: str, code: str, action: str, sentence: str) -> None:
        self.message.show_message(Tone.ERROR, lambda: self.tr("{action} {code}: {reason}").format(
            action=self._action_text(action), code=plain(code) or "-", reason=sentence))
        self._update_buttons()

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("My queues"))
        self.start_button.setText(self.tr("Start"))
        self.stop_button.setText(self.tr("Stop"))
        self.delete_button.setText(self.tr("Delete"))
        self.forget_button.setText(self.tr("Remove from list"))
        self.forget_button.setToolTip(self.tr("Forget this queue here; nothing is sent to the "
                                              "PBX."))
        self.dnc_label.setText(self.tr("Do not call:"))
        self.dnc_edit.setPlaceholderText(self.tr("Customer ids, separated by commas"))
        self.dnc_file_button.setText(self.tr("From file…"))
        self.dnc_button.setText(self.tr("Block"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, QueuesModel.COLUMNS - 1)
        self.message.retranslate()
        self._update_buttons()
