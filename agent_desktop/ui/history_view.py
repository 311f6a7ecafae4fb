"""The History tab: the PBX's call records, filtered, scrolled or paged, dialled, played, exported.

``HistoryView(history, region)`` shows a ``core.history.CdrHistory`` through a ``CdrTableModel``.
The filter bar (dates with calendar pop-ups, extension, phone, direction, minimum duration; Apply or
Enter runs it, Reset goes back to the last seven days) sends a new query; "Scroll" loads the next
batch as the table reaches its end, "Pages" shows "Page 2 of 4 · 35 calls" with previous / next.
The customer's number dials (double-click, Enter, or "Call …" in the row's menu: ``dialRequested``);
a row with a recording plays it (``playRequested`` with the ``Cdr``; the player is elsewhere); any
other cell, "Details…" or the find box opens ``CdrDetailDialog``. "Export CSV…" writes every page of
the current filter with progress and Cancel. Loading, empty and failed states are always said, a
failure with the PBX's reason and Retry. Nothing here talks HTTP. The filter bar is
``history_filters``, the table ``history_table``, the export's line ``history_export``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.history import CdrHistory, HistoryFilter, Mode, read_phone
from ..core.phone import InvalidNumber
from ..core.plain_text import plain
from ..pbx.models import Cdr
from .call_table import menu_text
from .cdr_detail import CdrDetailDialog
from .history_export import ExportBar
from .history_filters import HistoryFilterBar
from .history_model import (
    CDR_ROLE,
    NUMBER_ROLE,
    CdrColumn,
    CdrTableModel,
    customer_column,
    has_recording,
)
from .history_table import HistoryTable
from .icons import icon
from .list_states import RetryLine, table_or_state

__all__ = ["HistoryView"]

_Index = QModelIndex | QPersistentModelIndex


class HistoryView(QWidget):
    """The call history: filters, the table (scroll or pages), details, recordings, CSV."""

    dialRequested = Signal(str)  # the customer's raw number
    playRequested = Signal(object)  # the Cdr whose recording to play

    def __init__(self, history: CdrHistory, region: str = "VN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.history = history
        self.region = region
        self.model = CdrTableModel(history, region, self)
        self.detail: CdrDetailDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._build()
        self.filters.show_filter(history.filter)
        exporter = history.exporter
        exporter.progress.connect(self._export_progress)
        exporter.finished.connect(self._export_finished)
        exporter.failed.connect(self._export_failed)
        exporter.cancelled.connect(self._export_cancelled)
        history.loadingChanged.connect(lambda _loading: self._update_state())
        history.pagingChanged.connect(self._update_state)
        history.failed.connect(self._show_error)
        history.rowsReset.connect(lambda _rows: self._update_state())
        history.session.loggedIn.connect(self._logged_in)
        history.session.loggedOut.connect(self._logged_out)
        self.retranslate()

    def set_region(self, region: str) -> None:
        """The default region changed in the settings: numbers are read and shown for it."""
        self.region = region
        self.model.set_region(region)

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.filters = HistoryFilterBar()
        self.filters.applyRequested.connect(self.apply_filters)
        self.filters.resetRequested.connect(self.reset_filters)

        self.scroll_button = QPushButton()
        self.scroll_button.setObjectName("historyScrollMode")
        self.pages_button = QPushButton()
        self.pages_button.setObjectName("historyPagesMode")
        self.mode_group = QButtonGroup(self)
        for button in (self.scroll_button, self.pages_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)
        (self.pages_button if self.history.mode is Mode.PAGES else self.scroll_button
         ).setChecked(True)
        self.pages_button.toggled.connect(self._mode_toggled)
        self.previous_button = QPushButton("‹")
        self.previous_button.setObjectName("historyPrevious")
        self.previous_button.clicked.connect(self.history.previous_page)
        self.next_button = QPushButton("›")
        self.next_button.setObjectName("historyNext")
        self.next_button.clicked.connect(self.history.next_page)
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("historyFind")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMaxLength(200)
        self.find_edit.setMinimumWidth(240)
        self.find_edit.returnPressed.connect(self._find)
        self.find_button = QPushButton()
        self.find_button.setObjectName("historyFindButton")
        self.find_button.clicked.connect(self._find)
        self.play_button = QPushButton(icon("recording"), "")
        self.play_button.setObjectName("historyPlay")
        self.play_button.clicked.connect(self.play_selected)
        self.export_button = QPushButton()
        self.export_button.setObjectName("historyExport")
        self.export_button.clicked.connect(self.export_csv)
        bar = QHBoxLayout()
        bar.addWidget(self.scroll_button)
        bar.addWidget(self.pages_button)
        bar.addSpacing(8)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.count_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.play_button)
        bar.addWidget(self.export_button)
        bar.addSpacing(8)
        bar.addWidget(self.find_edit)
        bar.addWidget(self.find_button)

        self.error_box = RetryLine("historyErrorBox", "historyError", "historyRetry")
        self.error_label, self.retry_button = self.error_box.label, self.error_box.retry_button
        self.retry_button.clicked.connect(self.retry)
        self.export_box = ExportBar()
        self.export_box.cancel_button.clicked.connect(self.history.exporter.cancel)

        self.table = HistoryTable(self.model)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.table.cellActivated.connect(self.activate)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.state_label, self.stack = table_or_state(self.table, "historyState")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addLayout(bar)
        layout.addWidget(self.error_box)
        layout.addWidget(self.export_box)
        layout.addWidget(self.stack, 1)

    # --- loading ------------------------------------------------------------------------------

    def start(self) -> None:
        """Load the calls unless they are loaded (the tab was shown, or someone logged in)."""
        if self.history.session.client is not None:
            self.history.start()

    def refresh(self) -> None:
        """Run the current filters again."""
        self.history.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start()

    def _logged_in(self, _account: object) -> None:
        if self.isVisible():
            self.start()

    def _logged_out(self) -> None:
        if self.detail is not None:
            self.detail.reject()
        if self.file_dialog is not None:
            self.file_dialog.reject()
        self.filters.show_filter(self.history.filter)
        self.find_edit.clear()
        self.export_box.hide()
        self._show_error("")

    def apply_filters(self) -> bool:
        """Run the query the filter bar describes; False (and why, in the error line) when it
        cannot be read."""
        first, last = self.filters.first_day(), self.filters.last_day()
        if first > last:
            self._show_filter_problem(self.tr("The first day is after the last day."))
            return False
        try:
            phone = read_phone(self.filters.phone_edit.text(), self.region)
        except InvalidNumber as problem:
            self._show_filter_problem(problem.message())
            self.filters.phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        extension = self.filters.extension_edit.text().strip()
        self.error_box.hide()  # a problem with the last filter, or the last query's failure
        self.history.set_filter(HistoryFilter(
            first_day=first, last_day=last, extension=extension, phone=phone,
            direction=self.filters.direction_combo.currentData() or "",
            min_duration=self.filters.duration_spin.value()))
        return True

    def reset_filters(self) -> None:
        """Back to every call of the last seven days."""
        self.filters.show_filter(self.history.default_filter())
        self.apply_filters()

    def set_mode(self, mode: Mode | str) -> None:
        (self.pages_button if Mode(mode) is Mode.PAGES else self.scroll_button).setChecked(True)

    def _mode_toggled(self, pages: bool) -> None:
        self.history.set_mode(Mode.PAGES if pages else Mode.SCROLL)

    def retry(self) -> None:
        self.history.retry()

    # --- state --------------------------------------------------------------------------------

    def _show_filter_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.retry_button.hide()
        self.error_box.show()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.retry_button.show()
        self.error_box.setVisible(bool(text))
        self._update_state()

    def error_text(self) -> str:
        """What the error line says ("" when it is hidden)."""
        return self.error_label.text() if self.error_box.isVisibleTo(self) else ""

    def state_text(self) -> str:
        """What stands instead of the table ("" while the table shows)."""
        return self.state_label.text() if self.stack.currentWidget() is self.state_label else ""

    def _update_state(self) -> None:
        history = self.history
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.table)
        else:
            if history.session.client is None:
                text = self.tr("Log in to see the call history.")
            elif history.loading:
                text = self.tr("Loading calls…")
            elif history.error:
                text = self.tr("The calls could not be loaded.")
            elif history.loaded:
                text = self.tr("No calls match these filters")
            else:
                text = ""
            self.state_label.setText(text)
            self.stack.setCurrentWidget(self.state_label)
        self._update_paging()
        self._update_buttons()

    def _update_paging(self) -> None:
        history = self.history
        pages = history.mode is Mode.PAGES
        self.previous_button.setVisible(pages)
        self.next_button.setVisible(pages)
        self.previous_button.setEnabled(pages and history.page > 1 and not history.loading)
        self.next_button.setEnabled(pages and history.loaded and not history.loading
                                    and history.page < history.page_count)
        if not history.loaded and not history.loading:
            text = ""
        elif pages:
            text = (self.tr("Page {page} of {pages} · {calls}").format(
                        page=history.page, pages=history.page_count,
                        calls=self._calls(history.total))
                    if history.loaded and not history.loading
                    else self.tr("Page {page} · loading…").format(page=history.page))
        elif not history.loaded:
            text = self.tr("Loading…")
        elif self.model.rowCount() >= history.total:
            text = self._calls(history.total)
        else:
            text = self.tr("{shown} of {total} calls").format(
                shown=QLocale().toString(self.model.rowCount()),
                total=QLocale().toString(history.total))
            if history.loading:
                text = self.tr("{count} · loading more…").format(count=text)
        self.count_label.setText(text)

    def _calls(self, count: int) -> str:
        """"1 call", "1,200 calls" (the locale's digit grouping)."""
        if count == 1:
            return self.tr("1 call")
        return self.tr("{count} calls").format(count=QLocale().toString(count))

    def _update_buttons(self) -> None:
        self.play_button.setEnabled(has_recording(self.selected_cdr()))
        exporting = self.history.exporter.running
        self.export_button.setEnabled(not exporting and self.history.session.client is not None)
        self.find_button.setEnabled(self.history.session.client is not None)

    # --- rows ---------------------------------------------------------------------------------

    def selected_cdr(self) -> Cdr | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.cdr_at(rows[0].row()) if rows else None

    def activate(self, index: _Index) -> None:
        """Double-click or Enter: the customer's number dials, the recording mark plays, any
        other cell opens the details."""
        if not index.isValid():
            return
        cdr = index.data(CDR_ROLE)
        number = index.data(NUMBER_ROLE)
        if number:
            self.dialRequested.emit(number)
        elif index.column() == CdrColumn.RECORDING and has_recording(cdr):
            self.playRequested.emit(cdr)
        elif cdr is not None:
            self.show_details(cdr.id)

    def play_selected(self) -> None:
        cdr = self.selected_cdr()
        if has_recording(cdr):
            self.playRequested.emit(cdr)

    def context_menu_for(self, index: _Index) -> QMenu | None:
        """The row's menu: call the customer, play the recording, details, copy."""
        cdr = index.data(CDR_ROLE) if index.isValid() else None
        if cdr is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("historyMenu")
        customer = self.model.index(index.row(), int(customer_column(cdr)))
        number = customer.data(NUMBER_ROLE)
        if number:
            action = menu.addAction(icon("dial"), self.tr("Call {number}").format(
                number=menu_text(plain(customer.data()))))
            action.setData(["dial", number])
        if has_recording(cdr):
            menu.addAction(icon("recording"), self.tr("Play recording")).setData(["play", ""])
        menu.addAction(self.tr("Details…")).setData(["details", ""])
        menu.addSeparator()
        if cdr.customer_number.strip():
            menu.addAction(icon("copy"), self.tr("Copy {number}").format(
                number=menu_text(plain(customer.data())))).setData(["copy", cdr.customer_number])
        menu.addAction(icon("copy"), self.tr("Copy call id")).setData(["copy", cdr.id])
        menu.triggered.connect(lambda action: self._menu_triggered(action, cdr))
        return menu

    def _menu_triggered(self, action: QAction, cdr: Cdr) -> None:
        kind, value = action.data()
        if kind == "dial":
            self.dialRequested.emit(value)
        elif kind == "play":
            self.playRequested.emit(cdr)
        elif kind == "details":
            self.show_details(cdr.id)
        elif kind == "copy":
            QGuiApplication.clipboard().setText(value)

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        menu = self.context_menu_for(index)
        if menu is not None:
            self.table.selectRow(index.row())
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- details ------------------------------------------------------------------------------

    def show_details(self, ident: str) -> CdrDetailDialog | None:
        """Open the record of a call by its id or SIP call id, fetched from the PBX now."""
        ident = ident.strip()
        if not ident or self.history.session.client is None:
            return None
        if self.detail is not None:
            self.detail.reject()
        dialog = CdrDetailDialog(self.history.lookup, ident, self.region, self)
        dialog.playRequested.connect(self.playRequested)
        dialog.dialRequested.connect(self.dialRequested)
        dialog.finished.connect(lambda _result: self._detail_closed(dialog))
        self.detail = dialog
        dialog.open()
        return dialog

    def _detail_closed(self, dialog: CdrDetailDialog) -> None:
        if self.detail is dialog:
            self.detail = None

    def _find(self) -> None:
        self.show_details(self.find_edit.text())

    # --- CSV export ---------------------------------------------------------------------------

    def export_csv(self) -> None:
        """Ask where to save (a non-blocking file dialog), then export every page."""
        if self.file_dialog is not None:
            self.file_dialog.raise_()
            return
        name = "calls-{}.csv".format(date.today().isoformat())
        dialog = QFileDialog(self, self.tr("Export calls as CSV"), str(Path.home() / name),
                             self.tr("CSV files (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(self.export_to)
        dialog.finished.connect(lambda _result: setattr(self, "file_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: str | Path) -> bool:
        """Export every call of the current filter to ``path`` in the background."""
        history = self.history
        total = history.total if history.loaded else None
        if not history.exporter.start(history.export_query(), path, total):
            return False
        self.export_box.started(self.tr("Exporting calls…"))
        self._update_buttons()
        return True

    def export_text(self) -> str:
        return self.export_box.label.text() if self.export_box.isVisibleTo(self) else ""

    def _export_progress(self, written: int, total: int) -> None:
        locale = QLocale()
        self.export_box.progressed(written, total, self.tr(
            "Exporting: {written} of {total} calls").format(
            written=locale.toString(written), total=locale.toString(total)))

    def _export_done(self, text: str) -> None:
        self.export_box.ended(text)
        self._update_buttons()

    def _export_finished(self, count: int, path: str) -> None:
        self._export_done(self.tr("Saved {calls} to {file}.").format(
            calls=self._calls(count), file=plain(Path(path).name)))

    def _export_failed(self, message: str) -> None:
        self._export_done(self.tr("The export failed: {reason} No file was written.").format(
            reason=message))

    def _export_cancelled(self) -> None:
        self._export_done(self.tr("Export cancelled; no file was written."))

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self.filters.retranslate()
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.scroll_button.setText(self.tr("Scroll"))
        self.scroll_button.setToolTip(self.tr("Load more calls as you scroll down"))
        self.pages_button.setText(self.tr("Pages"))
        self.pages_button.setToolTip(self.tr("Show the calls a page at a time"))
        self.previous_button.setToolTip(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.find_edit.setPlaceholderText(self.tr("Find by id or SIP call id"))
        self.find_button.setText(self.tr("Find"))
        self.play_button.setText(self.tr("Play recording"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Save every call matching the filters as a CSV "
                                              "file"))
        self.retry_button.setText(self.tr("Retry"))
        self.export_box.cancel_button.setText(self.tr("Cancel"))
        self.export_box.close_button.setToolTip(self.tr("Hide"))
        self.table.setAccessibleName(self.tr("Call history"))
        self.table.fit_recording_column()
        self._update_state()
