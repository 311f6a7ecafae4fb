"""Customers from a CSV file into a dialer queue: preview, column mapping and the queue's settings.

``CampaignImport`` reads a file (``import_file(path)``, or "Open CSV…"), guesses which column
holds each documented field and shows one combo box per field to change it, and checks every row
at once (``core.campaign_import``): rows with a problem are red with the reason, and a count says
"38 ready, 2 with problems". The settings form sends the ready rows as an autodialer queue
(campaign_id, queue_code, precall_ratio, max_recall_count, queue_agents) or an autocall queue
(template, concurrent_call, max_recall_count, min_recall_duration). Nothing is sent while a row
has a problem, unless "Send only the ready rows" is ticked; after the PBX answered, each row says
whether it was taken or refused, and the same preview is never sent twice by itself. Nothing here
talks HTTP.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.campaign_import import (
    FIELD_NAMES,
    ImportTable,
    Preview,
    UnreadableFile,
    check_rows,
    guess_mapping,
    read_csv,
)
from ..core.campaigns import REQUIRED as _REQUIRED
from ..core.campaigns import SETTINGS, Campaigns, QueueKind, SendOutcome
from ..core.plain_text import plain
from .supervisor_bars import ResultLine
from .list_states import read_only_rows
from .status_mark import Tone

__all__ = ["CampaignImport", "PreviewModel"]

_Index = QModelIndex | QPersistentModelIndex
_BAD_BACKGROUND = QColor("#fce8e6")
_BAD_TEXT = QColor("#b3261e")
_TAKEN_BACKGROUND = QColor("#e6f4ea")
_CELL_LIMIT = 200
TAKEN, REFUSED = "taken", "refused"


class PreviewModel(QAbstractTableModel):
    """The checked rows: line, status (ready / the problems / taken / refused), then the file's
    columns as read. A row with a problem or refused by the PBX is red."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview: Preview | None = None
        self.results: dict[str, str] = {}  # customer id -> TAKEN / REFUSED, after a send

    def set_preview(self, preview: Preview | None) -> None:
        self.beginResetModel()  # a new file or mapping is a new question, not a poll
        self.preview = preview
        self.results = {}
        self.endResetModel()

    def set_results(self, taken: tuple[str, ...], refused: tuple[str, ...]) -> None:
        self.results.update({cid: TAKEN for cid in taken})
        self.results.update({cid: REFUSED for cid in refused})
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.preview is None else len(self.preview.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() or self.preview is None:
            return 0
        return 2 + len(self.preview.table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or self.preview is None:
            return None
        if section == 0:
            return self.tr("Line")
        if section == 1:
            return self.tr("Check")
        column = section - 2
        header = plain(self.preview.table.headers[column])
        fields = [name for name, chosen in self.preview.mapping.items() if chosen == column]
        return self.tr("{column} → {field}").format(column=header, field=fields[0]) \
            if fields else header

    def status(self, row: int) -> str:
        """The row's status as the table says it."""
        assert self.preview is not None
        check = self.preview.rows[row]
        result = self.results.get(check.id) if check.ok else None
        if result == TAKEN:
            return self.tr("Taken by the PBX")
        if result == REFUSED:
            return self.tr("Refused by the PBX")
        if check.problems:
            return " ".join(check.problems)
        return self.tr("Ready") if not self.preview.missing else ""

    def bad(self, row: int) -> bool:
        assert self.preview is not None
        check = self.preview.rows[row]
        return not check.ok or (self.results.get(check.id) == REFUSED)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.preview is None or not index.isValid() \
                or not 0 <= index.row() < len(self.preview.rows):
            return None
        row, column = index.row(), index.column()
        check = self.preview.rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(check.line)
            if column == 1:
                return plain(self.status(row))
            cell = self.preview.table.rows[check.index][column - 2]
            return plain(cell[:_CELL_LIMIT])
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.bad(row):
                return _BAD_BACKGROUND
            if self.results.get(check.id) == TAKEN:
                return _TAKEN_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and self.bad(row):
            return _BAD_TEXT
        return None


class ProblemsFilter(QSortFilterProxyModel):
    """The preview, or only its rows with a problem (or refused by the PBX)."""

    def __init__(self, model: PreviewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.preview_model = model
        self.only_problems = False

    def set_only_problems(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self.only_problems = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_problems = on
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        return not self.only_problems or self.preview_model.bad(source_row)


class CampaignImport(QWidget):
    """Open a CSV file, map its columns, check every row, and send the ready ones as a queue."""

    def __init__(self, campaigns: Campaigns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignImport")
        self.campaigns = campaigns
        self.table_data: ImportTable | None = None
        self.preview: Preview | None = None
        self._sent = False  # this preview went to the PBX: never again by itself
        self._build()
        campaigns.sendingChanged.connect(lambda _sending: self._update_send())
        campaigns.sent.connect(self._on_sent)
        campaigns.sendFailed.connect(self._on_send_failed)
        self.retranslate()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.open_button = QPushButton()
        self.open_button.setObjectName("campaignOpen")
        self.open_button.clicked.connect(self._choose_file)
        self.file_label = QLabel()
        self.file_label.setObjectName("campaignFile")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel()
        self.count_label.setObjectName("campaignCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.only_problems = QCheckBox()
        self.only_problems.setObjectName("campaignOnlyProblems")
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.only_problems)
        top.addSpacing(12)
        top.addWidget(self.count_label)

        self.mapping_box = QGroupBox()
        self.mapping_box.setObjectName("campaignMapping")
        grid = QGridLayout(self.mapping_box)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        self.map_labels: dict[str, QLabel] = {}
        self.map_combos: dict[str, QComboBox] = {}
        for position, name in enumerate(FIELD_NAMES):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox()
            combo.setObjectName(f"campaignMap-{name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            label.setBuddy(combo)
            row, column = divmod(position, 3)
            grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, column * 2 + 1)
            self.map_labels[name], self.map_combos[name] = label, combo
        self.mapping_box.setEnabled(False)

        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("campaignPreview")
        self.proxy = ProblemsFilter(self.model, self)
        self.table.setModel(self.proxy)
        read_only_rows(self.table)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.only_problems.toggled.connect(self.proxy.set_only_problems)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.settings_box = QGroupBox()
        self.settings_box.setObjectName("campaignSettings")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("campaignKind")
        self.kind_combo.addItem("", QueueKind.AUTODIALER.value)
        self.kind_combo.addItem("", QueueKind.AUTOCALL.value)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind_combo)
        self.kind_help = QLabel()
        self.kind_help.setObjectName("campaignKindHelp")
        self.kind_help.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_help.setWordWrap(True)
        self.kind_help.setStyleSheet("color: #5f6368;")
        self.forms = QStackedWidget()
        self.fields: dict[QueueKind, dict[str, QLineEdit]] = {}
        self.field_labels: dict[QueueKind, dict[str, QLabel]] = {}
        self.field_errors: dict[QueueKind, dict[str, QLabel]] = {}
        defaults = {"precall_ratio": "100", "max_recall_count": "2", "concurrent_call": "5",
                    "min_recall_duration": "3"}
        for kind in QueueKind:
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            self.fields[kind], self.field_labels[kind], self.field_errors[kind] = {}, {}, {}
            for name in SETTINGS[kind]:
                edit = QLineEdit(defaults.get(name, ""))
                edit.setObjectName(f"campaignField-{kind.value}-{name}")
                edit.textChanged.connect(lambda _t, k=kind, n=name: self._field_edited(k, n))
                error = QLabel()
                error.setObjectName(f"campaignFieldError-{kind.value}-{name}")
                error.setTextFormat(Qt.TextFormat.PlainText)
                error.setStyleSheet("color: #b3261e;")
                error.setWordWrap(True)
                error.hide()
                holder = QWidget()
                column = QVBoxLayout(holder)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(1)
                column.addWidget(edit)
                column.addWidget(error)
                label = QLabel()
                label.setBuddy(edit)
                form.addRow(label, holder)
                self.fields[kind][name] = edit
                self.field_labels[kind][name] = label
                self.field_errors[kind][name] = error
            self.forms.addWidget(page)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.skip_bad = QCheckBox()
        self.skip_bad.setObjectName("campaignSkipBad")
        self.skip_bad.toggled.connect(lambda _on: self._update_send())
        self.send_button = QPushButton()
        self.send_button.setObjectName("campaignSend")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.send_hint = QLabel()
        self.send_hint.setObjectName("campaignSendHint")
        self.send_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.send_hint.setWordWrap(True)
        self.send_hint.setStyleSheet("color: #5f6368;")
        settings_layout = QVBoxLayout(self.settings_box)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_label)
        kind_row.addWidget(self.kind_combo, 1)
        settings_layout.addLayout(kind_row)
        settings_layout.addWidget(self.kind_help)
        settings_layout.addWidget(self.forms)
        settings_layout.addStretch(1)
        settings_layout.addWidget(self.skip_bad)
        settings_layout.addWidget(self.send_hint)
        settings_layout.addWidget(self.send_button)
        self.settings_box.setMinimumWidth(300)
        self.settings_box.setMaximumWidth(380)

        self.message = ResultLine("campaignImportMessage", "campaignImportMessageText")
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.settings_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    # --- the file and the mapping ----------------------------------------------------------------

    def import_file(self, path: Path | str) -> bool:
        """Read ``path``, guess the mapping and check every row; False (and a message) when the
        file cannot be read."""
        try:
            table = read_csv(path)
        except UnreadableFile as error:
            reason = error.message
            self.message.show_message(Tone.ERROR, lambda: reason)
            return False
        self.table_data = table
        self._fill_mapping(table, guess_mapping(table.headers))
        self.mapping_box.setEnabled(True)
        self.message.clear()
        self.recheck()
        return True

    def _fill_mapping(self, table: ImportTable, mapping: dict[str, int | None]) -> None:
        for name, combo in self.map_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for column, header in enumerate(table.headers):
                combo.addItem(plain(header), column)
            chosen = mapping.get(name)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.blockSignals(False)

    def mapping(self) -> dict[str, int | None]:
        """Field -> the file's column index chosen for it (None: not in the file)."""
        return {name: combo.currentData() for name, combo in self.map_combos.items()}

    def set_mapping(self, name: str, column: int | None) -> None:
        """Choose the file's column for a field (as a person would in its combo box)."""
        combo = self.map_combos[name]
        combo.setCurrentIndex(0 if column is None else column + 1)

    def _mapping_changed(self) -> None:
        if self.table_data is not None:
            self.recheck()

    def recheck(self) -> None:
        """Check every row again with the current mapping; the PBX's marks are dropped."""
        if self.table_data is None:
            return
        self.preview = check_rows(self.table_data, self.mapping())
        self._sent = False
        self.model.set_preview(self.preview)
        self.table.resizeColumnsToContents()
        status_width = min(self.table.columnWidth(1), 360)
        self.table.setColumnWidth(1, status_width)
        self._update_count()
        self._update_send()

    def _update_count(self) -> None:
        preview = self.preview
        if preview is None:
            self.count_label.setText("")
            return
        self.count_label.setText(self.tr("{ready} ready, {bad} with problems").format(
            ready=preview.ready, bad=preview.with_problems))
        self.count_label.setStyleSheet("color: #b3261e;" if preview.with_problems
                                       or preview.missing else "color: #0d652d;")
        self.file_label.setText(self.tr("{file}: {rows} row(s)").format(
            file=plain(preview.table.name), rows=len(preview.rows)))

    # --- the settings and sending ----------------------------------------------------------------

    def kind(self) -> QueueKind:
        return QueueKind(self.kind_combo.currentData())

    def set_kind(self, kind: QueueKind | str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(QueueKind(kind).value))

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.fields[self.kind()].items()}

    def set_values(self, values: dict[str, str]) -> None:
        for name, text in values.items():
            self.fields[self.kind()][name].setText(text)

    def _kind_changed(self, _index: int) -> None:
        self.forms.setCurrentIndex(list(QueueKind).index(self.kind()))
        self._retranslate_kind_help()
        self._update_send()

    def _field_edited(self, kind: QueueKind, name: str) -> None:
        self.field_errors[kind][name].hide()
        if self._sent:
            self._sent = False  # a new queue or new settings: a person's new decision
        self._update_send()

    def send_refusal(self) -> str:
        """Why Send is not possible now ("" when it is)."""
        preview = self.preview
        if preview is None:
            return self.tr("Open a CSV file of customers first.")
        if preview.missing:
            return self.tr("Choose the file's column for: {fields}.").format(
                fields=", ".join(preview.missing))
        if preview.ready == 0:
            return self.tr("No row is ready to send.")
        if preview.with_problems and not self.skip_bad.isChecked():
            return self.tr("Nothing is sent while a row has a problem: fix the file and open it "
                           "again, or tick “Send only the ready rows”.")
        if self.campaigns.sending:
            return self.tr("Sending…")
        if self._sent:
            return self.tr("These rows were sent. Open another file or change the queue to "
                           "send again.")
        return self.campaigns.refusal()

    def _update_send(self) -> None:
        reason = self.send_refusal()
        self.send_button.setEnabled(not reason)
        self.send_hint.setText(reason)
        self.send_hint.setVisible(bool(reason))
        preview = self.preview
        bad = preview.with_problems if preview is not None else 0
        self.skip_bad.setVisible(bad > 0)
        self.skip_bad.setText(self.tr("Send only the ready rows (skip {count} with "
                                      "problems)").format(count=bad))

    def send(self) -> bool:
        """Send the ready rows with the form's settings, once; False when refused here."""
        reason = self.send_refusal()
        if reason:
            self.message.show_message(Tone.ERROR, lambda: reason)
            return False
        assert self.preview is not None
        kind = self.kind()
        for error in self.field_errors[kind].values():
            error.hide()
        customers = self.preview.customers(with_extra=kind is QueueKind.AUTOCALL)
        if not self.campaigns.send(kind, self.values(), customers):
            return False
        count, code = len(customers), self.values().get("queue_code", "").strip()
        self.message.show_message(Tone.BUSY, lambda: self.tr(
            "Sending {count} customer(s) to queue {code}…").format(count=count, code=plain(code)))
        self._update_send()
        return True

    def _on_sent(self, outcome: SendOutcome) -> None:
        self._sent = True
        self.model.set_results(outcome.success, outcome.fail)
        tone = Tone.QUESTION if outcome.fail else Tone.DONE
        self.message.show_message(tone, lambda: outcome.message)
        self._update_send()

    def _on_send_failed(self, outcome: SendOutcome) -> None:
        errors = self.field_errors[outcome.kind]
        for name, problem in outcome.problems.items():
            if name in errors:
                errors[name].setText(problem)
                errors[name].show()
        if outcome.fail:
            self.model.set_results((), outcome.fail)
        if outcome.sent:
            self._sent = True  # the PBX answered (or may have acted): not again by itself
        self.message.show_message(Tone.ERROR, lambda: outcome.message)
        self._update_send()

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Customers to dial"))
        dialog.setNameFilter(self.tr("Customer lists (*.csv *.txt *.xlsx)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.import_file)
        dialog.open()

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def field_text(self, name: str) -> str:
        return {
            "id": self.tr("Customer id"), "mobiles": self.tr("Mobiles"),
            "contract_number": self.tr("Contract number"),
            "upcoming_due_date": self.tr("Upcoming due date"),
            "upcoming_amount": self.tr("Upcoming amount"), "due_date": self.tr("Due date"),
            "dpd": self.tr("Days past due"),
            "number_of_ovd_inst": self.tr("Overdue instalments"),
            "total_ovd_amount": self.tr("Total overdue amount"),
            "campaign_id": self.tr("Campaign id"), "queue_code": self.tr("Queue code"),
            "precall_ratio": self.tr("Pre-call ratio (%)"),
            "max_recall_count": self.tr("Recalls if unsuccessful"),
            "queue_agents": self.tr("Agents (extensions)"), "template": self.tr("Template"),
            "concurrent_call": self.tr("Concurrent calls"),
            "min_recall_duration": self.tr("Recall if shorter than (s)"),
        }.get(name, name)

    def _retranslate_kind_help(self) -> None:
        if self.kind() is QueueKind.AUTODIALER:
            self.kind_help.setText(self.tr("The PBX dials the customers and hands answered calls "
                                           "to the queue's agents. Only id and mobiles are "
                                           "sent."))
        else:
            self.kind_help.setText(self.tr("The PBX calls the customers and plays the template "
                                           "(IVR script) with the mapped fields."))

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open CSV…"))
        self.only_problems.setText(self.tr("Only rows with problems"))
        self.mapping_box.setTitle(self.tr("Columns"))
        for name, label in self.map_labels.items():
            required = name in ("id", "mobiles")
            text = self.field_text(name)
            label.setText(self.tr("{field} *").format(field=text) if required else text)
            label.setToolTip(name)
            combo = self.map_combos[name]
            combo.setToolTip(self.tr("The file's column for “{field}” ({name})").format(
                field=text, name=name))
            if combo.count():
                combo.setItemText(0, self.tr("(none)"))
        self.settings_box.setTitle(self.tr("Queue"))
        self.kind_label.setText(self.tr("Send as"))
        self.kind_combo.setItemText(0, self.tr("Autodialer (agents)"))
        self.kind_combo.setItemText(1, self.tr("Autocall (template)"))
        for kind in QueueKind:
            for name, label in self.field_labels[kind].items():
                text = self.field_text(name)
                label.setText(self.tr("{field} *").format(field=text)
                              if name in _REQUIRED[kind] else text)
                label.setToolTip(name)
        self.fields[QueueKind.AUTODIALER]["queue_agents"].setPlaceholderText("101,102")
        self.send_button.setText(self.tr("Send queue"))
        if self.table_data is None:
            self.file_label.setText(self.tr("No file open. The file needs a header row; "
                                            "UTF-8 CSV, comma or semicolon."))
        else:
            self._update_count()
        self._retranslate_kind_help()
        if self.model.columnCount():
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              self.model.columnCount() - 1)
        self.message.retranslate()
        self._update_send()
