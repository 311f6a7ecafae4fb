"""The supervisor's call panel: every call of the tenant, and listen / whisper / barge / transfer.

``SupervisorPanel`` shows the app's ``LiveCallModel`` through its own ``SupervisorFilter`` (agent,
direction and state filters, long calls in amber, the calls I monitor marked) and asks
``core.supervisor.SupervisorActions`` to act on the selected call: from the toolbar, the row's
context menu, or the keys L, W, B and T while the table has the focus. Listen, whisper and barge use
my own extension; barging in asks first on an inline bar, and a transfer opens a dialog (with
``open()``) to pick the target. One line under the toolbar says what was started, done or refused,
in plain text. Nothing here talks HTTP.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..config import Settings
from ..core.call_diff import agent_extension, customer_number
from ..core.plain_text import plain
from ..core.supervisor import SupervisorActions
from ..pbx.models import CallAction, LiveCall
from .call_model import Column, LiveCallModel
from .call_table import setup_call_columns
from .icons import icon
from .status_mark import Tone
from .supervisor_bars import FilterBar, QuestionBar, ResultLine
from .supervisor_filter import LONG_BACKGROUND, SupervisorFilter
from .supervisor_transfer import Agent, TransferDialog

__all__ = ["ACTIONS", "SupervisorPanel"]

ACTIONS = (CallAction.LISTEN, CallAction.WHISPER, CallAction.BARGE, CallAction.TRANSFER)
_KEYS = {CallAction.LISTEN: "L", CallAction.WHISPER: "W", CallAction.BARGE: "B",
         CallAction.TRANSFER: "T"}
_SEEN_LIMIT = 200  # calls kept to name them in messages after they end
_COLUMN_WIDTHS = {Column.DIRECTION: 160, Column.STATE: 120, Column.DURATION: 80,
                  Column.EXTENSION: 90}


class SupervisorPanel(QWidget):
    """The floor's calls with filters, and the supervisor's four actions on the selected one."""

    def __init__(self, model: LiveCallModel, actions: SupervisorActions,
                 settings: Callable[[], Settings], agents: Callable[[], list[Agent]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorPanel")
        self.model, self.actions = model, actions
        self._settings, self._agents = settings, agents
        self.proxy = SupervisorFilter(model, lambda: self._settings().long_call_minutes * 60, self)
        self._seen: dict[str, LiveCall] = {}  # the calls acted on, as last seen (for messages)
        self._asking: str | None = None  # the call the barge question is about
        self.transfer_dialog: TransferDialog | None = None
        self._build()
        self.proxy.set_monitoring(actions.monitoring())
        actions.monitoringChanged.connect(self._monitoring_changed)
        actions.started.connect(self._on_started)
        actions.done.connect(self._on_done)
        actions.failed.connect(self._on_failed)
        for source in (self.proxy, model):
            source.rowsInserted.connect(self._update_state)
            source.rowsRemoved.connect(self._update_state)
            source.modelReset.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)
        self.proxy.thresholdChanged.connect(lambda _seconds: self._retranslate_legend())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        # Before the table sees the proxy, so that this runs before the view moves the selection.
        self.proxy.rowsAboutToBeRemoved.connect(self._rows_leaving)
        self.filters = FilterBar(self.proxy, self._agents)
        self.table = QTableView()
        self.table.setObjectName("supervisorTable")
        self._setup_table()
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("supervisorToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.action_for: dict[CallAction, QAction] = {}
        for action in ACTIONS:
            qaction = QAction(icon(action.value), "", self)
            qaction.setObjectName(f"supervisor-{action.value}")
            qaction.setShortcut(QKeySequence(_KEYS[action]))
            qaction.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the table's focus
            qaction.setEnabled(False)
            qaction.triggered.connect(lambda _checked=False, a=action: self.trigger(a))
            self.table.addAction(qaction)
            self.toolbar.addAction(qaction)
            self.action_for[action] = qaction
        self.legend = QLabel()
        self.legend.setObjectName("supervisorLegend")
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        swatch = QPixmap(14, 14)
        swatch.fill(LONG_BACKGROUND)
        self.swatch = QLabel()
        self.swatch.setPixmap(swatch)
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.toolbar, 1)
        actions_row.addWidget(self.swatch)
        actions_row.addWidget(self.legend)
        self.question = QuestionBar()
        self.question.confirmed.connect(self.confirm_barge)
        self.question.cancelled.connect(self.cancel_question)
        self.result = ResultLine()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("supervisorEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addLayout(actions_row)
        layout.addWidget(self.question)
        layout.addWidget(self.result)
        layout.addWidget(self.stack, 1)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_context_menu)
        table.verticalHeader().hide()
        setup_call_columns(table, _COLUMN_WIDTHS)

    # --- the selected call ----------------------------------------------------------------------

    def selected_call(self) -> LiveCall | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.call_at(source.row()) if source.isValid() else None

    def select_call(self, call_id: str) -> bool:
        """Select the call's row (False when it is not shown) and give the table the focus."""
        row = self.model.row_of(call_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def trigger(self, action: CallAction) -> None:
        """What the toolbar, the menu and the keys do: listen and whisper at once, barge after
        the question, transfer after the dialog."""
        call = self.selected_call()
        if call is None or not self.action_for[action].isEnabled():
            return
        self._remember(call.call_id)
        if action is CallAction.BARGE:
            self._asking = call.call_id
            self._retranslate_question()
            self.question.ask()
        elif action is CallAction.TRANSFER:
            self._open_transfer(call)
        else:
            self.cancel_question()
            self.actions.act(action, call.call_id, self.actions.default_target())

    # --- barge: the inline question -------------------------------------------------------------

    def asking(self) -> str | None:
        """The call the barge question is about, while it is shown."""
        return self._asking if self.question.isVisibleTo(self) else None

    def confirm_barge(self) -> None:
        call_id = self.asking()
        self.cancel_question()
        if call_id is None:
            return
        if self.model.row_of(call_id) is None:
            self.result.show_message(Tone.ERROR, lambda: self.tr("That call has already ended."))
            return
        self.actions.act(CallAction.BARGE, call_id, self.actions.default_target())

    def cancel_question(self) -> None:
        self._asking = None
        if self.question.isVisibleTo(self):
            self.question.hide()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- transfer: the dialog ---------------------------------------------------------------------

    def _open_transfer(self, call: LiveCall) -> None:
        self.cancel_question()
        if self.transfer_dialog is not None:
            self.transfer_dialog.reject()
        dialog = TransferDialog(self.call_text(call), self._agents(),
                                agent_extension(call), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        call_id = call.call_id
        dialog.finished.connect(lambda result: self._transfer_chosen(dialog, call_id, result))
        self.transfer_dialog = dialog
        dialog.open()

    def _transfer_chosen(self, dialog: TransferDialog, call_id: str, result: int) -> None:
        if self.transfer_dialog is dialog:
            self.transfer_dialog = None
        if result != QDialog.DialogCode.Accepted:
            return
        if self.model.row_of(call_id) is None:
            self.result.show_message(Tone.ERROR, lambda: self.tr("That call has already ended."))
            return
        self.actions.act(CallAction.TRANSFER, call_id, dialog.extension())

    # --- what SupervisorActions says --------------------------------------------------------------

    def _on_started(self, action: CallAction, call_id: str, ext: str) -> None:
        self._remember(call_id)
        texts = {
            CallAction.LISTEN: lambda: self.tr("Listen to {call}: your phone ({ext}) rings…"),
            CallAction.WHISPER: lambda: self.tr("Whisper to {call}: your phone ({ext}) rings…"),
            CallAction.BARGE: lambda: self.tr("Barge into {call}: your phone ({ext}) rings…"),
            CallAction.TRANSFER: lambda: self.tr("Transferring {call} to extension {ext}…"),
        }
        self.result.show_message(Tone.BUSY, lambda: texts[action]().format(
            call=self._label(call_id), ext=ext))
        self._update_actions()

    def _on_done(self, action: CallAction, call_id: str, ext: str) -> None:
        self._remember(call_id)
        texts = {
            CallAction.LISTEN: lambda: self.tr("Listening to {call} on extension {ext}. Nobody "
                                               "hears you."),
            CallAction.WHISPER: lambda: self.tr("Whispering to {call} from extension {ext}. Only "
                                                "the agent hears you."),
            CallAction.BARGE: lambda: self.tr("You are in {call} on extension {ext}. The agent "
                                              "and the customer hear you."),
            CallAction.TRANSFER: lambda: self.tr("Transferred {call} to extension {ext}."),
        }
        self.result.show_message(Tone.DONE, lambda: texts[action]().format(
            call=self._label(call_id), ext=ext))
        self._update_actions()

    def _on_failed(self, action: CallAction, call_id: str, message: str) -> None:
        self.result.show_message(Tone.ERROR, lambda: message)
        self._update_actions()

    def _monitoring_changed(self) -> None:
        self.proxy.set_monitoring(self.actions.monitoring())

    def message_text(self) -> str:
        """What the result line says ("" before the first action)."""
        return self.result.text()

    def tone(self) -> str:
        return self.result.tone

    # --- naming calls -----------------------------------------------------------------------------

    def _remember(self, call_id: str) -> None:
        row = self.model.row_of(call_id)
        if row is not None:
            self._seen.pop(call_id, None)
            self._seen[call_id] = self.model.call_at(row)
        while len(self._seen) > _SEEN_LIMIT:  # the oldest first
            del self._seen[next(iter(self._seen))]

    def _label(self, call_id: str) -> str:
        """The call in words, in the current language, from how it was last seen."""
        call = self._seen.get(call_id)
        return self.call_text(call) if call is not None else self.tr("the call")

    def call_text(self, call: LiveCall) -> str:
        """How messages name a call: "the call of 101 (Lan) with 0899 098 899"."""
        agent = self.filters.agent_text
        if call.direction == "local":
            return self.tr("the call between {first} and {second}").format(
                first=agent(call.source), second=agent(call.destination))
        column = Column.FROM if call.direction == "inbound" else Column.TO
        customer = plain(self.model.text(call, column)) if customer_number(call) else "?"
        customer = customer.replace(" ", "\u00a0")  # a number is not broken across lines
        return self.tr("the call of {agent} with {customer}").format(
            agent=agent(agent_extension(call)), customer=customer)

    # --- state ------------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        call = self.selected_call()
        if self._asking is not None and (call is None or call.call_id != self._asking):
            self.cancel_question()
        self._update_actions()

    def _rows_leaving(self, parent: QModelIndex, first: int, last: int) -> None:
        """The selected call ends or is filtered out: select nothing, rather than let the view
        move the selection to the next row (a key pressed then would act on another call)."""
        selection = self.table.selectionModel()
        if selection is None or parent.isValid():
            return
        if any(first <= index.row() <= last for index in selection.selectedRows()):
            selection.clear()
        elif first <= selection.currentIndex().row() <= last:
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _update_actions(self) -> None:
        call = self.selected_call()
        free = call is not None and self.actions.pending(call.call_id) is None
        for qaction in self.action_for.values():
            qaction.setEnabled(free)

    def _update_state(self) -> None:
        if self.proxy.rowCount():
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(self.tr("No calls on the PBX right now")
                                     if self.model.rowCount() == 0
                                     else self.tr("No calls match the filters"))
            self.stack.setCurrentWidget(self.empty_label)
        # The selected row may have gone: once the proxy has settled, check the buttons.
        QTimer.singleShot(0, self, self._update_actions)

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """The row's menu: the four actions of the toolbar."""
        menu = QMenu(self)
        menu.setObjectName("supervisorMenu")
        for action in ACTIONS:
            menu.addAction(self.action_for[action])
        return menu

    def apply_settings(self) -> None:
        """Re-read the long-call threshold now (it is re-read every second anyway)."""
        self.proxy.refresh_long()
        self._retranslate_legend()

    # --- language ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.proxy.retranslate()
        names = {CallAction.LISTEN: (self.tr("Listen"), self.tr(
                     "Listen to the selected call: nobody hears you")),
                 CallAction.WHISPER: (self.tr("Whisper"), self.tr(
                     "Talk to the agent of the selected call only")),
                 CallAction.BARGE: (self.tr("Barge in"), self.tr(
                     "Join the selected call: the agent and the customer hear you")),
                 CallAction.TRANSFER: (self.tr("Transfer"), self.tr(
                     "Transfer the selected call to another extension"))}
        for action, (text, tip) in names.items():
            qaction = self.action_for[action]
            qaction.setText(text)
            qaction.setToolTip(self.tr("{tip} ({key})").format(tip=tip, key=_KEYS[action]))
        self.toolbar.setWindowTitle(self.tr("Call actions"))
        self.table.setAccessibleName(self.tr("Calls on the PBX"))
        self._retranslate_legend()
        self._retranslate_question()
        self._update_state()
        self.result.retranslate()

    def _retranslate_question(self) -> None:
        call = self._label(self._asking) if self._asking else ""
        self.question.set_texts(
            self.tr("Barge into {call}? The agent and the customer will both hear you.").format(
                call=call), self.tr("Barge in"), self.tr("Cancel"))

    def _retranslate_legend(self) -> None:
        minutes = self.proxy.threshold / 60
        shown = f"{minutes:g}" if minutes == int(minutes) else f"{minutes:.1f}"
        self.legend.setText(self.tr("Longer than {minutes} min").format(minutes=shown))
