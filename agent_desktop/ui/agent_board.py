"""The supervisor's agent board: one row per agent with their phone, current call and the day's
counts, sortable and filterable, with a Refresh button and an empty state.

The model (``agent_board_model``) never resets, so the selection and the scroll position survive
every refresh. Everything shown is plain text: names and numbers come from a server.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .agent_board_model import (
    KEY_ROLE,
    SECONDARY_ROLE,
    SORT_ROLE,
    AgentBoardFilter,
    AgentBoardModel,
    Column,
)

__all__ = ["KEY_ROLE", "SECONDARY_ROLE", "SORT_ROLE", "AgentBoardFilter", "AgentBoardModel",
           "AgentBoardView", "AgentCellDelegate", "Column"]

_WIDTHS = {Column.EXTENSION: 90, Column.PHONE: 140, Column.DURATION: 80, Column.CALLS: 95,
           Column.ANSWERED: 90, Column.MISSED: 80}  # Agent and Current call share the rest
_Index = QModelIndex | QPersistentModelIndex


class AgentCellDelegate(QStyledItemDelegate):
    """The Agent cell: the name, then the username in the muted placeholder colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        secondary = index.data(SECONDARY_ROLE) or ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        rect = rect.adjusted(4, 0, -4, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active \
            else QPalette.ColorGroup.Inactive
        main = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                 else QPalette.ColorRole.Text)
        muted = QColor(main) if selected else opt.palette.color(
            group, QPalette.ColorRole.PlaceholderText)
        if selected:
            muted.setAlphaF(0.75)
        metrics = opt.fontMetrics
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.save()
        painter.setFont(opt.font)
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(main)
        painter.drawText(rect, flags, shown)
        used = metrics.horizontalAdvance(shown) + metrics.horizontalAdvance("  ")
        if secondary and used < rect.width():
            rest = QRect(rect.left() + used, rect.top(), rect.width() - used, rect.height())
            painter.setPen(muted)
            painter.drawText(rest, flags, metrics.elidedText(
                secondary, Qt.TextElideMode.ElideRight, rest.width()))
        painter.restore()


class AgentBoardView(QWidget):
    """The board: a filter box, a summary, Refresh, and the table (or why it is empty)."""

    refreshRequested = Signal()

    def __init__(self, model: AgentBoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentBoard")
        self.model = model
        self.proxy = AgentBoardFilter(self)
        self.proxy.setSourceModel(model)

        self.filter = QLineEdit()
        self.filter.setObjectName("agentFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.summary = QLabel()
        self.summary.setObjectName("agentSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("agentRefresh")
        self.refresh_button.clicked.connect(self._refresh_clicked)
        self._waiting = False  # Refresh was clicked and that round has not finished

        self.table = QTableView()
        self.table.setObjectName("agentTable")
        self._setup_table()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("agentBoardEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addSpacing(12)
        bar.addWidget(self.summary)
        bar.addSpacing(12)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.layoutChanged):
            signal.connect(self._update_state)
        model.dataChanged.connect(self._data_changed)
        if model.board is not None:
            self.refreshRequested.connect(model.board.refresh_now)
            model.board.busyChanged.connect(self._busy_changed)
        self._retranslate_ui()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(Column.AGENT, AgentCellDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.AGENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.CALL, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.EXTENSION, Qt.SortOrder.AscendingOrder)

    # --- state ----------------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_state()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        if not top.column() == bottom.column() == Column.DURATION:
            self._update_summary()  # not a Duration tick

    def _refresh_clicked(self) -> None:
        self._waiting = self.model.board is not None
        self._retranslate_button()
        self.refreshRequested.emit()

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._waiting:
            self._waiting = False
            self._retranslate_button()

    def _update_state(self) -> None:
        if self.proxy.rowCount():
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(
                self.tr("No agents yet.\nAdd your team's usernames in Settings; until then "
                        "agents appear here as they take calls.") if self.model.rowCount() == 0
                else self.tr("No agents match the filter"))
            self.stack.setCurrentWidget(self.empty_label)
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.model.rows()
        text = self.tr("Agents: {total} · Logged in: {logged_in} · On a call: {on_call}").format(
            total=len(rows), logged_in=sum(r.phone_logged_in is True for r in rows),
            on_call=sum(r.on_call for r in rows))
        self.summary.setText(text)
        self.summary.setMinimumWidth(self.summary.fontMetrics().horizontalAdvance(text) + 4)

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._retranslate_ui()
        super().changeEvent(event)

    def _retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by name, username, extension or number"))
        self.filter.setAccessibleName(self.tr("Filter agents"))
        self.table.setAccessibleName(self.tr("Agents"))
        self._retranslate_button()
        self._update_state()

    def _retranslate_button(self) -> None:
        idle, waiting = self.tr("Refresh"), self.tr("Refreshing…")
        self.refresh_button.setText(waiting if self._waiting else idle)
        metrics = self.refresh_button.fontMetrics()  # the same width for both: nothing jumps
        self.refresh_button.setMinimumWidth(
            max(metrics.horizontalAdvance(idle), metrics.horizontalAdvance(waiting)) + 32)
        self.refresh_button.setToolTip(self.tr("Ask the PBX for every agent's phone status and "
                                               "today's calls now"))
