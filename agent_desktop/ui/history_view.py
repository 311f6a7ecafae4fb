"""The History tab: the PBX's call records, filtered, scrolled or paged, dialled, played, exported.

``HistoryView(history, region)`` shows a ``core.history.CdrHistory`` through a ``CdrTableModel``.
The filter bar (dates with calendar pop-ups, extension, phone, direction, minimum duration; Apply or
Enter runs it, Reset goes back to the last seven days) sends a new query; "Scroll" loads the next
batch as the table reaches its end, "Pages" shows "Page 2 of 4 · 35 calls" with previous / next.
The customer's number dials (double-click, Enter, or "Call …" in the row's menu: ``dialRequested``);
a row with a recording plays it (``playRequested`` with the ``Cdr``; the player is elsewhere); any
other cell, "Details…" or the find box opens ``CdrDetailDialog``. "Export CSV…" writes every page of
the current filter with progress and Cancel. Loading, empty and failed states are always said, a
failure with the PBX's reason and Retry. Nothing here talks HTTP.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.history import DIRECTIONS, CdrHistory, HistoryFilter, Mode, read_phone
from ..core.phone import InvalidNumber
from ..pbx.models import Cdr
from .call_table import menu_text
from .cdr_detail import CdrDetailDialog
from .history_model import (
    CDR_ROLE,
    NUMBER_ROLE,
    CdrColumn,
    CdrTableModel,
    customer_column,
    has_recording,
)
from .icons import icon
from .popup import plain
from .supervisor_bars import box_style

__all__ = ["HistoryFilterBar", "HistoryTable", "HistoryView"]

_Index = QModelIndex | QPersistentModelIndex
_COLUMN_WIDTHS = {CdrColumn.STARTED: 130, CdrColumn.DIRECTION: 110, CdrColumn.EXTENSION: 80,
                  CdrColumn.DURATION: 80, CdrColumn.STATUS: 150, CdrColumn.RECORDING: 40}
_DATE_FORMAT = "dd/MM/yyyy"
_MAX_DURATION = 24 * 3600


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else QDate.currentDate()


class HistoryFilterBar(QWidget):
    """The query's fields; Enter anywhere in them (or Apply) asks to run it."""

    applyRequested = Signal()
    resetRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyFilters")
        self.first_date = self._date_edit("historyFirstDate")
        self.last_date = self._date_edit("historyLastDate")
        self.extension_edit = QLineEdit()
        self.extension_edit.setObjectName("historyExtension")
        self.extension_edit.setMaxLength(20)
        self.extension_edit.setClearButtonEnabled(True)
        self.extension_edit.setMaximumWidth(180)
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("historyPhone")
        self.phone_edit.setMaxLength(64)
        self.phone_edit.setClearButtonEnabled(True)
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("historyDirection")
        for direction in DIRECTIONS:
            self.direction_combo.addItem("", direction)
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("historyMinDuration")
        self.duration_spin.setRange(0, _MAX_DURATION)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("historyApply")
        self.apply_button.setDefault(True)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("historyReset")
        self.apply_button.clicked.connect(self.applyRequested)
        self.reset_button.clicked.connect(self.resetRequested)
        self.labels = [QLabel() for _ in range(6)]
        for label in self.labels:
            label.setTextFormat(Qt.TextFormat.PlainText)
        buddies = (self.first_date, self.last_date, self.direction_combo, self.duration_spin,
                   self.extension_edit, self.phone_edit)
        for label, buddy in zip(self.labels, buddies):
            label.setBuddy(buddy)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for label, field in zip(self.labels[:4], buddies[:4]):
            top.addWidget(label)
            top.addWidget(field)
            top.addSpacing(8)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        for label, field in zip(self.labels[4:], buddies[4:]):
            bottom.addWidget(label)
            bottom.addWidget(field, 1 if field is self.phone_edit else 0)
            bottom.addSpacing(8)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.retranslate()

    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(_DATE_FORMAT)
        return edit

    def show_filter(self, history_filter: HistoryFilter) -> None:
        """Fill the fields from a filter (the phone as it was read)."""
        self.first_date.setDate(_qdate(history_filter.first_day))
        self.last_date.setDate(_qdate(history_filter.last_day))
        self.extension_edit.setText(history_filter.extension)
        self.phone_edit.setText(history_filter.phone)
        self.direction_combo.setCurrentIndex(max(0, self.direction_combo.findData(
            history_filter.direction)))
        self.duration_spin.setValue(history_filter.min_duration)

    def first_day(self) -> date:
        return self.first_date.date().toPython()

    def last_day(self) -> date:
        return self.last_date.date().toPython()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits, spin boxes and date edits pass Enter on to their parent: run the query.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.applyRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        texts = (self.tr("&From"), self.tr("t&o"), self.tr("&Direction"),
                 self.tr("At &least"), self.tr("E&xtension"), self.tr("&Phone"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.first_date.setToolTip(self.tr("The first day of calls to show"))
        self.last_date.setToolTip(self.tr("The last day of calls to show (included)"))
        names = (self.tr("Any direction"), self.tr("Inbound"), self.tr("Outbound"),
                 self.tr("Internal"))
        for row, name in enumerate(names):
            self.direction_combo.setItemText(row, name)
        self.duration_spin.setSuffix(self.tr(" s"))
        self.duration_spin.setSpecialValueText(self.tr("any length"))
        self.duration_spin.setToolTip(self.tr("Only calls at least this many seconds long"))
        self.extension_edit.setPlaceholderText(self.tr("Any extension"))
        self.phone_edit.setPlaceholderText(self.tr("Any number, e.g. 0899 888 999"))
        self.apply_button.setText(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Show the calls matching these filters (Enter)"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to every call of the last 7 days"))


class _NumberDelegate(QStyledItemDelegate):
    """Draws the customer's number as a link (plain text, underlined, the link colour)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        if index.data(NUMBER_ROLE):
            font = QFont(option.font)
            font.setUnderline(True)
            option.font = font
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Link))
            option.palette = palette


class HistoryTable(QTableView):
    """The call records; Enter on a cell does what a double-click on it does."""

    cellActivated = Signal(QModelIndex)  # double-click or Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self.cellActivated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.currentIndex().isValid()):
            self.cellActivated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


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

        self.error_box = QFrame()
        self.error_box.setObjectName("historyErrorBox")
        self.error_box.setStyleSheet(box_style("historyErrorBox", "error"))
        self.error_label = QLabel()
        self.error_label.setObjectName("historyError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("historyRetry")
        self.retry_button.clicked.connect(self.retry)
        error_row = QHBoxLayout(self.error_box)
        error_row.setContentsMargins(8, 4, 4, 4)
        error_row.addWidget(self.error_label, 1)
        error_row.addWidget(self.retry_button)
        self.error_box.hide()

        self.export_box = QFrame()
        self.export_box.setObjectName("historyExportBox")
        self.export_label = QLabel()
        self.export_label.setObjectName("historyExportText")
        self.export_label.setTextFormat(Qt.TextFormat.PlainText)
        self.export_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Preferred)
        self.export_progress = QProgressBar()
        self.export_progress.setObjectName("historyExportProgress")
        self.export_progress.setTextVisible(False)
        self.export_progress.setMaximumWidth(240)
        self.export_cancel = QPushButton()
        self.export_cancel.setObjectName("historyExportCancel")
        self.export_cancel.clicked.connect(self.history.exporter.cancel)
        self.export_close = QPushButton("×")
        self.export_close.setObjectName("historyExportClose")
        self.export_close.setFlat(True)
        self.export_close.clicked.connect(self.export_box.hide)
        export_row = QHBoxLayout(self.export_box)
        export_row.setContentsMargins(0, 0, 0, 0)
        export_row.addWidget(self.export_label, 1)
        export_row.addWidget(self.export_progress)
        export_row.addWidget(self.export_cancel)
        export_row.addWidget(self.export_close)
        self.export_box.hide()

        self.table = HistoryTable()
        self.table.setObjectName("historyTable")
        self._setup_table()
        self.state_label = QLabel()
        self.state_label.setObjectName("historyState")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.state_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addLayout(bar)
        layout.addWidget(self.error_box)
        layout.addWidget(self.export_box)
        layout.addWidget(self.stack, 1)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        delegate = _NumberDelegate(table)
        table.setItemDelegateForColumn(CdrColumn.FROM, delegate)
        table.setItemDelegateForColumn(CdrColumn.TO, delegate)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_context_menu)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(CdrColumn.FROM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CdrColumn.TO, QHeaderView.ResizeMode.Stretch)
        table.cellActivated.connect(self.activate)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

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
        self.export_progress.setRange(0, 0)
        self.export_progress.show()
        self.export_cancel.show()
        self.export_close.hide()
        self.export_label.setText(self.tr("Exporting calls…"))
        self.export_box.show()
        self._update_buttons()
        return True

    def export_text(self) -> str:
        return self.export_label.text() if self.export_box.isVisibleTo(self) else ""

    def _export_progress(self, written: int, total: int) -> None:
        locale = QLocale()
        self.export_progress.setRange(0, max(total, 1))
        self.export_progress.setValue(written)
        self.export_label.setText(self.tr("Exporting: {written} of {total} calls").format(
            written=locale.toString(written), total=locale.toString(total)))

    def _export_done(self, text: str) -> None:
        self.export_progress.hide()
        self.export_cancel.hide()
        self.export_close.show()
        self.export_label.setText(text)
        self.export_box.show()
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
        self.export_cancel.setText(self.tr("Cancel"))
        self.export_close.setToolTip(self.tr("Hide"))
        self.table.setAccessibleName(self.tr("Call history"))
        header = self.table.horizontalHeader()
        title = str(self.model.headerData(CdrColumn.RECORDING, Qt.Orientation.Horizontal))
        header.resizeSection(CdrColumn.RECORDING, max(_COLUMN_WIDTHS[CdrColumn.RECORDING],
                                                      header.fontMetrics().horizontalAdvance(
                                                          title) + 16))
        self._update_state()
