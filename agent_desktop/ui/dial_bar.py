"""The dial bar: type or pick a number, press Enter, and read on one line what happened.

:class:`DialBar` sits on a :class:`~agent_desktop.core.dialer.Dialer`. It asks the dialer to call
and only listens to its signals, so it shows what the dialer does for every request (a number
clicked in the live calls or a popup too): the refusal of an invalid number (nothing was sent),
"Calling …" while the call is placed, a Cancel button while a synchronous call waits for the
agent's phone, "Call placed", the failure, and the question before calling the same number again.

While a call is being placed the Call button is disabled, so a double click cannot send twice
(the dialer merges duplicates anyway). Nothing here blocks: a synchronous call waits in ``core``.
Texts from the user or a server are shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..config import Settings
from ..core.dialer import DialRequest, Dialer
from ..core.phone import DEFAULT_REGION, number_in_text
from ..core.plain_text import plain
from ..pbx.models import ClickToCallMode
from .icons import icon
from .status_mark import StatusMark, Tone, tone_style

__all__ = ["DialBar"]

SOURCE = "dial bar"
_FOREIGN_TEXT_LIMIT = 40  # characters of a refused number from elsewhere that are echoed


_CALL_STYLE = """
QPushButton#dialCall { color: #ffffff; background: #137333; border: 1px solid #0d652d;
                       border-radius: 5px; padding: 4px 14px; font-weight: bold; }
QPushButton#dialCall:hover { background: #0d652d; }
QPushButton#dialCall:pressed { background: #0b5226; }
QPushButton#dialCall:disabled { color: #e8eaed; background: #9fc5a8; border-color: #9fc5a8; }
"""


class DialBar(QWidget):
    """The number field, the mode menu, the Call button and the message line."""

    dialRequested = Signal(str, object)  # text, ClickToCallMode: emitted just before dialing

    def __init__(self, dialer: Dialer, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialBar")
        self.dialer = dialer
        self._region = DEFAULT_REGION
        self._default_mode = ClickToCallMode.ASYNC
        self._current: DialRequest | None = None  # the request being placed
        self._question: DialRequest | None = None  # waiting for "Call again"
        self._asking = False  # inside our own dialer.dial(): its refusals are about the field
        self._tone = Tone.NONE
        self._render: Callable[[], str] = lambda: ""  # rebuilt on a language change
        self._build()
        dialer.invalid.connect(self._on_invalid)
        dialer.started.connect(self._on_started)
        dialer.placed.connect(self._on_placed)
        dialer.failed.connect(self._on_failed)
        dialer.cancelled.connect(self._on_cancelled)
        dialer.confirmationNeeded.connect(self._on_confirmation)
        dialer.merged.connect(self._on_merged)
        if settings is not None:
            self.apply_settings(settings)
        self.retranslate()
        if dialer.busy is not None:
            self._on_started(dialer.busy)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.input = QComboBox()
        self.input.setObjectName("dialInput")
        self.input.setEditable(True)
        self.input.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.input.setCompleter(None)  # an inline completion would dial a number not typed
        self.input.setMaxVisibleItems(12)
        self.input.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.input.setMinimumContentsLength(16)
        self.input.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        line = self.input.lineEdit()
        line.setClearButtonEnabled(True)
        # Keys reach the combo box (the focus widget), which hands most on to its line edit.
        self.input.installEventFilter(self)
        line.installEventFilter(self)
        line.textEdited.connect(self._on_edited)
        self.input.activated.connect(lambda _index: self._on_edited())

        self.mode_menu = QMenu(self)
        self.mode_menu.setObjectName("dialModeMenu")
        self.mode_group = QActionGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_actions: dict[ClickToCallMode, QAction] = {}
        for mode in (ClickToCallMode.ASYNC, ClickToCallMode.SYNC):
            action = self.mode_menu.addAction("")
            action.setCheckable(True)
            action.setData(mode.value)
            self.mode_group.addAction(action)
            self.mode_actions[mode] = action
        self.mode_actions[ClickToCallMode.ASYNC].setChecked(True)
        self.mode_group.triggered.connect(lambda _action: self._retranslate_mode())
        self.mode_button = QPushButton()
        self.mode_button.setObjectName("dialMode")
        self.mode_button.setMenu(self.mode_menu)
        self.mode_button.setAutoDefault(False)

        self.call_button = QPushButton(icon("dial"), "")
        self.call_button.setObjectName("dialCall")
        self.call_button.setStyleSheet(_CALL_STYLE)
        self.call_button.setAutoDefault(False)
        self.call_button.clicked.connect(self.dial)

        self.message_box = QFrame()
        self.message_box.setObjectName("dialMessageBox")
        policy = self.message_box.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the views below do not jump with each message
        self.message_box.setSizePolicy(policy)
        self.mark = StatusMark()
        self.mark.hide()
        self.message = QLabel()
        self.message.setObjectName("dialMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.again_button = QPushButton(icon("dial"), "")
        self.again_button.setObjectName("dialAgain")
        self.again_button.clicked.connect(self._call_again)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("dialDismiss")
        self.dismiss_button.clicked.connect(self._dismiss_question)
        self.cancel_button = QPushButton(icon("hangup"), "")
        self.cancel_button.setObjectName("dialCancel")
        self.cancel_button.clicked.connect(self._cancel)
        for button in (self.again_button, self.dismiss_button, self.cancel_button):
            button.setAutoDefault(False)
            button.hide()
        message_row = QHBoxLayout(self.message_box)
        message_row.setContentsMargins(8, 3, 4, 3)
        message_row.setSpacing(8)
        message_row.addWidget(self.mark)
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.again_button)
        message_row.addWidget(self.dismiss_button)
        message_row.addWidget(self.cancel_button)
        self.message_box.setMinimumHeight(self.cancel_button.sizeHint().height() + 8)
        self.message_box.hide()
        self._set_tone(Tone.NONE)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.input, 1)
        row.addWidget(self.mode_button)
        row.addWidget(self.call_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.message_box)

        self.focus_action = QAction(self)
        self.focus_action.setShortcut(QKeySequence("Ctrl+L"))
        self.focus_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.focus_action.triggered.connect(lambda: self.focus_input())
        self.addAction(self.focus_action)

    # --- what the app calls ---------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """The recent numbers, the region numbers are read in, and the default mode; a mode the
        agent chose for their calls is kept until the default itself changes."""
        self._region = settings.default_region or DEFAULT_REGION
        default = ClickToCallMode(settings.dial_mode)
        if default is not self._default_mode:
            self._default_mode = default
            self.set_mode(default)
        self.set_recent(settings.recent_numbers)

    def set_recent(self, numbers: tuple[str, ...] | list[str]) -> None:
        """The drop-down's numbers, newest first; what is typed in the field stays."""
        line = self.input.lineEdit()
        text, cursor = line.text(), line.cursorPosition()
        self.input.blockSignals(True)
        self.input.clear()
        for number in dict.fromkeys(plain(n) for n in numbers):
            if number:
                self.input.addItem(icon("history"), number)
        self.input.setCurrentIndex(-1)
        self.input.blockSignals(False)
        line.setText(text)
        line.setCursorPosition(cursor)

    def recent(self) -> list[str]:
        return [self.input.itemText(i) for i in range(self.input.count())]

    def mode(self) -> ClickToCallMode:
        checked = self.mode_group.checkedAction()
        return ClickToCallMode(checked.data()) if checked is not None else self._default_mode

    def set_modes(self, modes: set[ClickToCallMode]) -> None:
        """Offer only the modes the logged-in vendor's API has (the menu goes when one is left)."""
        for mode, action in self.mode_actions.items():
            action.setVisible(mode in modes)
        if self.mode() not in modes and ClickToCallMode.ASYNC in modes:
            self.set_mode(ClickToCallMode.ASYNC)
        self.mode_button.setVisible(len(modes & set(self.mode_actions)) > 1)

    def set_mode(self, mode: ClickToCallMode) -> None:
        action = self.mode_actions.get(mode)
        if action is not None:
            action.setChecked(True)
            self._retranslate_mode()

    def text(self) -> str:
        return self.input.currentText()

    def message_text(self) -> str:
        """What the message line says ("" when it is empty)."""
        return self.message.text() if self.message_box.isVisibleTo(self) else ""

    def tone(self) -> str:
        return self._tone

    def focus_input(self, text: str = "") -> None:
        """Put ``text`` (when given) in the field, select it all and give the field the focus."""
        line = self.input.lineEdit()
        if text:
            line.setText(plain(text))
            self._on_edited()
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        line.selectAll()

    def dial(self) -> None:
        """Call what the field holds, in the chosen mode, unless a call is being placed."""
        if self._current is not None or self.dialer.busy is not None:
            return
        text = self.text().strip()
        if any(ch.isalpha() for ch in text):  # a pasted sentence: call the number inside it
            found = number_in_text(text, self._region)
            if found:
                text = found
                self.input.lineEdit().setText(text)
        mode = self.mode()
        self._question = None
        self.dialRequested.emit(text, mode)
        self._asking = True
        try:
            request = self.dialer.dial(text, SOURCE, mode)
        finally:
            self._asking = False
        if request is not None:
            self._begin(request)

    # --- the dialer's signals -------------------------------------------------------------

    def _on_invalid(self, text: str, message: str) -> None:
        if self._asking:
            self._show(Tone.ERROR, lambda: message)
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        shown = plain(text)[:_FOREIGN_TEXT_LIMIT]
        self._show(Tone.ERROR, lambda: self.tr("{number}: {message}").format(
            number=shown, message=message))

    def _on_started(self, request: DialRequest) -> None:
        if self._current is None or self._current.id == request.id:
            self._begin(request)

    def _on_placed(self, request: DialRequest, call_id: str) -> None:
        number = request.number.display
        mine = self._end(request)
        self._show(Tone.DONE, lambda: self.tr("Call placed to {number}").format(number=number))
        if mine and request.source == SOURCE:
            self._remember(request)

    def _on_failed(self, request: DialRequest, message: str) -> None:
        self._end(request)
        self._show(Tone.ERROR, lambda: message)

    def _on_cancelled(self, request: DialRequest, message: str) -> None:
        self._end(request)
        self._show(Tone.ERROR, lambda: message)

    def _on_confirmation(self, request: DialRequest, seconds: float) -> None:
        if self._current is not None:
            return
        self._question = request
        number, ago = request.number.display, max(1, round(seconds))
        self._show(Tone.QUESTION, lambda: self.tr(
            "You called {number} {seconds} s ago. Call again?").format(number=number,
                                                                       seconds=ago))

    def _on_merged(self, request: DialRequest) -> None:
        if self._current is not None:
            return  # the call being placed already says what is happening
        number = request.number.display
        self._show(Tone.INFO, lambda: self.tr(
            "{number} was called a moment ago; not calling it twice.").format(number=number))

    # --- states ---------------------------------------------------------------------------

    def _begin(self, request: DialRequest) -> None:
        self._current = request
        self._question = None
        self.call_button.setEnabled(False)
        number, extension = request.number.display, request.extension
        if request.mode is ClickToCallMode.SYNC:
            def render() -> str:
                if extension:
                    return self.tr("Ringing your phone ({extension})… pick it up to call "
                                   "{number}").format(extension=extension, number=number)
                return self.tr("Ringing your phone… pick it up to call {number}").format(
                    number=number)
        else:
            def render() -> str:
                if extension:
                    return self.tr("Calling {number} — your phone ({extension}) rings "
                                   "first…").format(number=number, extension=extension)
                return self.tr("Calling {number} — your phone rings first…").format(
                    number=number)
        self._show(Tone.BUSY, render)

    def _end(self, request: DialRequest) -> bool:
        """The request is over; True when it was the one being placed."""
        if self._current is None or self._current.id != request.id:
            return False
        self._current = None
        self.call_button.setEnabled(True)
        return True

    def _remember(self, request: DialRequest) -> None:
        shown = request.number.raw if request.number.kind == "extension" \
            else request.number.display
        self.set_recent([shown, *self.recent()])
        if self.text().strip() == request.number.raw.strip():
            self.input.lineEdit().clear()

    def _show(self, tone: str, render: Callable[[], str]) -> None:
        self._render = render
        self._set_tone(tone)
        self._refresh_message()

    def _clear(self) -> None:
        if self._current is None:
            self._question = None
            self._show(Tone.NONE, lambda: "")

    def _set_tone(self, tone: str) -> None:
        self._tone = tone
        self.message_box.setStyleSheet(tone_style(tone))
        self.mark.set_tone(tone)
        # A synchronous call can be stopped for as long as it waits, whatever else is said.
        sync_wait = self._current is not None and self._current.mode is ClickToCallMode.SYNC
        self.cancel_button.setVisible(sync_wait)
        self.cancel_button.setEnabled(sync_wait)
        asking = tone == Tone.QUESTION and self._question is not None
        self.again_button.setVisible(asking)
        self.dismiss_button.setVisible(asking)

    def _refresh_message(self) -> None:
        text = self._render()
        self.message.setText(text)
        self.message_box.setVisible(bool(text))
        self.message_box.setAccessibleDescription(text)

    # --- the agent's actions --------------------------------------------------------------

    def _on_edited(self, _text: str = "") -> None:
        if self._current is None and self._tone != Tone.NONE:
            self._clear()

    def _call_again(self) -> None:
        request, self._question = self._question, None
        if request is None or self._current is not None:
            return
        self._set_tone(self._tone)  # hide the question's buttons before anything is emitted
        self._asking = True
        try:
            placed = self.dialer.place(request, confirmed=True)
        finally:
            self._asking = False
        if placed is not None:
            self._begin(placed)

    def _dismiss_question(self) -> None:
        self._clear()
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)  # one click is enough; the dialer answers
        self.dialer.cancel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.input, self.input.lineEdit()) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.dial()
                return True
            if event.key() == Qt.Key.Key_Escape and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
                self.input.lineEdit().clear()
                self._clear()
                return True
        return super().eventFilter(watched, event)

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        line = self.input.lineEdit()
        line.setPlaceholderText(self.tr("Number to call"))
        self.input.setAccessibleName(self.tr("Number to call"))
        self.input.setToolTip(self.tr("Type or paste a number, then press Enter. "
                                      "Esc clears. Ctrl+L comes back here."))
        self.call_button.setText(self.tr("Call"))
        self.call_button.setToolTip(self.tr("Call this number (Enter)"))
        self.mode_actions[ClickToCallMode.ASYNC].setText(self.tr("Call (my phone rings first)"))
        self.mode_actions[ClickToCallMode.SYNC].setText(self.tr("Call and wait for my phone"))
        self.again_button.setText(self.tr("Call again"))
        self.dismiss_button.setText(self.tr("Cancel"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop waiting for your phone"))
        self.focus_action.setText(self.tr("Dial…"))
        self._retranslate_mode()
        self._refresh_message()
        metrics = self.mode_button.fontMetrics()  # as wide for either mode: the field stays put
        widest = max(metrics.horizontalAdvance(t) for t in (self._mode_text(m) for m in
                                                            self.mode_actions))
        self.mode_button.setMinimumWidth(widest + 40)

    def _mode_text(self, mode: ClickToCallMode) -> str:
        if mode is ClickToCallMode.SYNC:
            return self.tr("Wait for me")
        return self.tr("Ring me first")

    def _retranslate_mode(self) -> None:
        self.mode_button.setText(self._mode_text(self.mode()))
        checked = self.mode_group.checkedAction()
        self.mode_button.setToolTip(self.tr("How the next call is placed: {mode}").format(
            mode=checked.text() if checked is not None else ""))
        self.mode_button.setAccessibleName(self.tr("Call mode"))
