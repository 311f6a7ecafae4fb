"""The supervisor's event hooks: which addresses the PBX posts call events to, and changing them.

``HooksView`` shows ``core.event_hooks.EventHooks`` as a table (``hooks_model``: event, when the
PBX sends it, the callback URL, whether an api key is set: never the key), with Refresh and Delete
(asked first, inline, or through an injected ``confirm``), a form to add a hook (URL, optional api
key, one of the four events) and "Hook this desktop" / "Unhook this desktop" for the app's own
event receiver (``receiver_target()`` gives its URL and key, None while it is off in the
settings). Accounts that may not manage hooks see why instead. Everything from the server is plain
text; nothing here talks HTTP.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
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

from ..core.event_hooks import EVENTS, EventHooks, event_meaning
from ..core.plain_text import isolate, plain
from .hooks_model import ID_ROLE, SORT_ROLE, Column, HookRow, HookTableModel
from .list_states import read_only_rows, table_or_state
from .status_mark import Tone
from .supervisor_bars import QuestionBar, ResultLine, box_style

__all__ = ["HooksView", "ReceiverTarget"]

_ERROR_STYLE = "color: #b3261e;"

#: The local event receiver's URL and api key, or None while it is off in the settings.
ReceiverTarget = Callable[[], "tuple[str, str] | None"]


def _short(text: str, limit: int = 60) -> str:
    """The server's text inside a sentence: at most ``limit`` characters, isolated (FSI … PDI)."""
    return isolate(text if len(text) <= limit else text[:limit] + "…")

class HooksView(QWidget):
    """The tenant's event hooks, with Refresh, Delete, Add and (un)hooking this desktop."""

    def __init__(self, hooks: EventHooks, receiver_target: ReceiverTarget,
                 confirm: Callable[[str], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hooksView")
        self.hooks, self._receiver_target, self._confirm = hooks, receiver_target, confirm
        self.model = HookTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._asking: str | None = None  # the hook the delete question is about
        self._form_waiting = False  # the form's hook was sent and the round has not ended
        self._build()
        hooks.changed.connect(self._hooks_changed)
        hooks.busy.connect(self._busy_changed)
        hooks.done.connect(self._on_done)
        hooks.failed.connect(self._on_failed)
        hooks.session.loggedOut.connect(self._logged_out)
        hooks.session.loggedIn.connect(self._logged_in)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()
        self._hooks_changed()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.intro = self._label("hooksIntro", wrap=True)
        self.hook_button = self._button("hooksHookDesktop", self.hook_desktop)
        self.unhook_button = self._button("hooksUnhookDesktop", self.unhook_desktop)
        self.delete_button = self._button("hooksDelete", self.delete_selected)
        self.refresh_button = self._button("hooksRefresh", self.refresh)
        self.receiver_label = self._label("hooksReceiver")
        bar = QHBoxLayout()
        bar.addWidget(self.hook_button)
        bar.addWidget(self.unhook_button)
        bar.addWidget(self.receiver_label, 1)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.refresh_button)

        self.question = QuestionBar()
        self.question.setObjectName("hooksConfirm")
        self.question.setStyleSheet(box_style("hooksConfirm", Tone.QUESTION))
        self.question.confirm_button.setObjectName("hooksConfirmDelete")
        self.question.confirm_button.setIcon(QIcon())  # not the barge icon
        self.question.cancel_button.setObjectName("hooksCancelDelete")
        self.question.confirmed.connect(self._delete_confirmed)
        self.question.cancelled.connect(self.cancel_question)
        self.message = ResultLine("hooksMessage", "hooksMessageText")

        self.table = QTableView()
        self.table.setObjectName("hooksTable")
        self._setup_table()
        self.empty_label, self.table_stack = table_or_state(self.table, "hooksEmpty")

        self.form = self._build_form()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(self.question)
        layout.addWidget(self.message)
        layout.addWidget(self.table_stack, 1)
        layout.addWidget(self.form)
        self.content = page
        self.denied_label = self._label("hooksDenied", wrap=True)
        self.denied_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.denied_label)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    def _build_form(self) -> QGroupBox:
        box = QGroupBox()
        box.setObjectName("hooksForm")
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("hooksUrl")
        self.url_edit.setClearButtonEnabled(True)
        self.url_edit.textEdited.connect(lambda _t: self._clear_field_error(self.url_error))
        self.url_error = self._label("hooksUrlError", wrap=True, error=True)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("hooksKey")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("hooksEvent")
        self.event_combo.setEditable(True)
        self.event_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.event_combo.addItems(list(EVENTS))
        self.event_combo.editTextChanged.connect(self._event_edited)
        self.event_hint = self._label("hooksEventHint", wrap=True)
        self.event_error = self._label("hooksEventError", wrap=True, error=True)
        self.add_button = self._button("hooksAdd", self.add_hook)
        self.url_edit.returnPressed.connect(self.add_hook)
        self.key_edit.returnPressed.connect(self.add_hook)
        self.form_message = ResultLine("hooksFormMessage", "hooksFormMessageText")
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.url_label, self.key_label, self.event_label = (
            QLabel(), QLabel(), QLabel())
        self.url_label.setBuddy(self.url_edit)
        self.key_label.setBuddy(self.key_edit)
        self.event_label.setBuddy(self.event_combo)
        self.form_layout.addRow(self.url_label, self._stacked(self.url_edit, self.url_error))
        self.form_layout.addRow(self.key_label, self.key_edit)
        event_row = QHBoxLayout()
        event_row.addWidget(self.event_combo)
        event_row.addWidget(self.event_hint, 1)
        self.form_layout.addRow(self.event_label, self._stacked(event_row, self.event_error))
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_message, 1)
        buttons.addStretch()
        buttons.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(box)
        layout.addLayout(self.form_layout)
        layout.addLayout(buttons)
        return box

    @staticmethod
    def _stacked(top: QWidget | QHBoxLayout, below: QLabel) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(top, QWidget):
            column.addWidget(top)
        else:
            column.addLayout(top)
        column.addWidget(below)
        return holder

    @staticmethod
    def _label(name: str, wrap: bool = False, error: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(wrap)
        if error:
            label.setStyleSheet(_ERROR_STYLE)
            label.hide()
        return label

    @staticmethod
    def _button(name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        read_only_rows(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few short rows
        header.setSectionResizeMode(Column.EVENT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.URL, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.URL, Qt.SortOrder.AscendingOrder)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        table.addAction(self.delete_action)

    # --- what people do -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the hooks from the PBX again (skipped while a request is under way)."""
        self.hooks.refresh()

    def selected_hook(self) -> HookRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.rows()[source.row()] if source.isValid() else None

    def select_hook(self, hook_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == hook_id:
                self.table.selectRow(row)
                return True
        return False

    def delete_selected(self) -> None:
        """Delete the selected hook, once it is confirmed."""
        row = self.selected_hook()
        if row is None or self.hooks.is_busy:
            return
        question = self._delete_question(row)
        if self._confirm is not None:
            if self._confirm(question):
                self._send_delete(row.id)
            return
        self._asking = row.id
        self.question.set_texts(question, self.tr("Delete"), self.tr("Cancel"))
        self.question.ask()

    def _delete_question(self, row: HookRow) -> str:
        return self.tr("Delete the “{event}” hook to {url}? The PBX stops posting this event "
                       "there.").format(event=_short(row.event), url=_short(row.url))

    def asking(self) -> str | None:
        """The hook the inline delete question is about, while it is shown."""
        return self._asking if self.question.isVisibleTo(self) else None

    def _delete_confirmed(self) -> None:
        hook_id = self.asking()
        self.cancel_question()
        if hook_id is not None:
            self._send_delete(hook_id)

    def cancel_question(self) -> None:
        self._asking = None
        if self.question.isVisibleTo(self):
            self.question.hide()

    def _send_delete(self, hook_id: str) -> None:
        if self.hooks.delete(hook_id):
            self.message.show_message(Tone.BUSY, lambda: self.tr("Deleting the hook…"))

    def add_hook(self) -> None:
        """Check the form and send the new hook (once)."""
        if self.hooks.is_busy:
            return
        url, event = self.url_edit.text(), self.event_combo.currentText()
        problems = self.hooks.problems(url, event)
        self._show_field_error(self.url_error, problems.get("url", ""))
        self._show_field_error(self.event_error, problems.get("event", ""))
        self.form_message.clear()
        if problems:
            (self.url_edit if "url" in problems else self.event_combo).setFocus()
            return
        self._form_waiting = self.hooks.create(url, event, self.key_edit.text())
        if self._form_waiting:
            self.form_message.show_message(Tone.BUSY, lambda: self.tr("Adding the hook…"))

    def hook_desktop(self) -> None:
        """Hook the four call events to this desktop's event receiver."""
        target = self._receiver_target()
        if target is None:
            self._receiver_off()
            return
        url, key = target
        if self.hooks.hook_desktop(url, key):
            self.message.show_message(Tone.BUSY, lambda: self.tr("Hooking this desktop…"))

    def unhook_desktop(self) -> None:
        """Delete the hooks that post to this desktop's event receiver."""
        target = self._receiver_target()
        if target is None:
            self._receiver_off()
            return
        if self.hooks.unhook_desktop(target[0]):
            self.message.show_message(Tone.BUSY, lambda: self.tr("Unhooking this desktop…"))

    def _receiver_off(self) -> None:
        self.message.show_message(Tone.ERROR, lambda: self.tr(
            "Turn on the event receiver in Settings first. Nothing was sent."))

    # --- what EventHooks says -------------------------------------------------------------------

    def _hooks_changed(self) -> None:
        refusal = self.hooks.refusal()
        if refusal:
            self.denied_label.setText(refusal)
            self.pages.setCurrentWidget(self.denied_label)
        else:
            self.pages.setCurrentWidget(self.content)
        target = self._receiver_target()
        self.model.set_hooks(self.hooks.hooks(), target[0] if target else None)
        self._fit_event_column()
        if self._asking is not None and self.model.rows() and \
                all(row.id != self._asking for row in self.model.rows()):
            self.cancel_question()
        self._update_state()

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self._form_waiting = False
            if self.form_message.tone == Tone.BUSY:
                self.form_message.clear()
            if self.message.tone == Tone.BUSY:
                self.message.clear()
        self._update_buttons()
        self._retranslate_refresh()

    def _on_done(self, sentence: str) -> None:
        if self._form_waiting:
            self._form_waiting = False
            self.form_message.show_message(Tone.DONE, lambda: sentence)
        else:
            self.message.show_message(Tone.DONE, lambda: sentence)

    def _on_failed(self, sentence: str) -> None:
        if self._form_waiting:
            self._form_waiting = False
            self.form_message.show_message(Tone.ERROR, lambda: sentence)
        else:
            self.message.show_message(Tone.ERROR, lambda: sentence)

    def _logged_in(self, _account: object) -> None:
        if self.isVisible():
            self.refresh()

    def _logged_out(self) -> None:
        self.key_edit.clear()
        self.cancel_question()
        self.message.clear()
        self.form_message.clear()

    # --- state ----------------------------------------------------------------------------------

    def _update_state(self) -> None:
        if self.model.rowCount():
            self.table_stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(
                self.tr("No event hooks yet. Add one below, or hook this desktop.")
                if self.hooks.loaded else self.tr("Not read from the PBX yet."))
            self.table_stack.setCurrentWidget(self.empty_label)
        self._update_receiver()
        self._update_buttons()

    def _update_receiver(self) -> None:
        target = self._receiver_target()
        if target is None:
            text = self.tr("Event receiver: off")
        else:
            count = sum(row.this_desktop for row in self.model.rows())
            text = self.tr("Event receiver: {url} · {count} of 4 events hooked").format(
                url=plain(target[0]), count=min(count, 4))
        self.receiver_label.setText(text)
        self.receiver_label.setToolTip(text)

    def _update_buttons(self) -> None:
        idle = not self.hooks.is_busy
        for button in (self.hook_button, self.unhook_button, self.add_button):
            button.setEnabled(idle)
        self.delete_button.setEnabled(idle and self.selected_hook() is not None)
        self.delete_action.setEnabled(self.delete_button.isEnabled())
        self.refresh_button.setEnabled(idle)

    def _event_edited(self, text: str) -> None:
        self._clear_field_error(self.event_error)
        meaning = event_meaning(text)
        self.event_hint.setText(self.tr("Sent when {meaning}.").format(meaning=meaning)
                                if meaning else "")

    def _show_field_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _clear_field_error(self, label: QLabel) -> None:
        self._show_field_error(label, "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_receiver()
        if not self.hooks.loaded and not self.hooks.refusal() and not self.hooks.is_busy:
            self.hooks.refresh()

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.intro.setText(self.tr(
            "The PBX posts each call event to the callback URLs below (webhooks): to your CRM, "
            "or to this desktop's event receiver."))
        self.hook_button.setText(self.tr("Hook this desktop"))
        self.hook_button.setToolTip(self.tr("Have the PBX post ringing, answered, hangup and cdr "
                                            "to this desktop's event receiver"))
        self.unhook_button.setText(self.tr("Unhook this desktop"))
        self.unhook_button.setToolTip(self.tr("Delete the hooks that post to this desktop's event "
                                              "receiver"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected hook (Del)"))
        self._retranslate_refresh()
        self.table.setAccessibleName(self.tr("Event hooks"))
        self.form.setTitle(self.tr("Add a hook"))
        self.url_edit.setPlaceholderText("https://crm.example.com/pbx-events")
        self.key_edit.setPlaceholderText(self.tr("Optional: sent as the X-Api-Key header"))
        self.url_label.setText(self.tr("&Callback URL:"))
        self.key_label.setText(self.tr("API &key:"))
        self.event_label.setText(self.tr("&Event:"))
        self.add_button.setText(self.tr("Add hook"))
        self._event_edited(self.event_combo.currentText())
        if self._asking is not None:
            row = next((r for r in self.model.rows() if r.id == self._asking), None)
            if row is not None:
                self.question.set_texts(self._delete_question(row), self.tr("Delete"),
                                        self.tr("Cancel"))
        self.message.retranslate()
        self.form_message.retranslate()
        self._hooks_changed()

    def _fit_event_column(self) -> None:
        """Wide enough for the four events and the header, whatever the language and style."""
        texts = [*EVENTS, str(self.model.headerData(Column.EVENT, Qt.Orientation.Horizontal))]
        texts += [row.event for row in self.model.rows()][:50]
        metrics = self.table.fontMetrics()
        width = max(metrics.horizontalAdvance(text) for text in texts) + 28
        self.table.horizontalHeader().resizeSection(Column.EVENT, min(width, 240))

    def _retranslate_refresh(self) -> None:
        idle, waiting = self.tr("Refresh"), self.tr("Working…")
        self.refresh_button.setText(waiting if self.hooks.is_busy else idle)
        metrics = self.refresh_button.fontMetrics()
        self.refresh_button.setMinimumWidth(
            max(metrics.horizontalAdvance(idle), metrics.horizontalAdvance(waiting)) + 32)
        self.refresh_button.setToolTip(self.tr("Read the hooks from the PBX again"))
