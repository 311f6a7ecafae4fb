"""The strips around the supervisor's call table: filter bar, barge question, result line.

``FilterBar`` drives a ``SupervisorFilter``: a search field and three combo boxes (agent,
direction, state) plus a count; the agent box learns the extensions from the calls it sees and
names them from the app's agent list. ``QuestionBar`` is the inline, non-modal "Barge in?" with
its two buttons (Escape cancels). ``ResultLine`` says what an action started, did or why it failed,
as coloured plain text, and re-renders itself after a language change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ..core.call_diff import Phase
from ..core.plain_text import isolate, plain
from .call_table import show_call_count
from .icons import icon
from .status_mark import StatusMark, Tone
from .supervisor_filter import SupervisorFilter, call_extensions
from .supervisor_transfer import Agent

__all__ = ["DIRECTIONS", "STATES", "FilterBar", "QuestionBar", "ResultLine"]

DIRECTIONS = ("", "inbound", "outbound", "local")
STATES: tuple[frozenset[Phase], ...] = (
    frozenset(), frozenset({Phase.STARTING, Phase.RINGING}), frozenset({Phase.DIALING}),
    frozenset({Phase.TALKING}), frozenset({Phase.ON_HOLD, Phase.PARKED}),
    frozenset({Phase.IN_IVR}), frozenset({Phase.TRANSFERRING}), frozenset({Phase.ENDING}))
_TONES = {  # text, background, border
    Tone.BUSY: ("#174ea6", "#e8f0fe", "#c6dafc"), Tone.DONE: ("#0d652d", "#e6f4ea", "#b7dfc2"),
    Tone.ERROR: ("#b3261e", "#fce8e6", "#f4c7c3"), Tone.QUESTION: ("#7a4f01", "#fef7e0", "#f6dd9a"),
}


def box_style(name: str, tone: str) -> str:
    text, background, border = _TONES.get(tone, _TONES[Tone.QUESTION])
    return (f"QFrame#{name} {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 5px; }} QFrame#{name} QLabel {{ color: {text}; }}")


def _ext_key(ext: str) -> tuple[int, str]:
    return len(ext), ext


_NAME_LIMIT = 40  # characters of an agent's name in a sentence or a list entry


def _shown_name(name: str) -> str:
    """An agent's name (the server's text) inside a sentence: at most ``_NAME_LIMIT`` characters
    and isolated (FSI … PDI), so that neither its length nor its direction spills over."""
    name = plain(name)
    return isolate(name if len(name) <= _NAME_LIMIT else name[:_NAME_LIMIT] + "…")

class FilterBar(QWidget):
    """Search, agent, direction and state filters for a ``SupervisorFilter``, and a count."""

    def __init__(self, proxy: SupervisorFilter, agents: Callable[[], list[Agent]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy, self._agents = proxy, agents
        self.names: dict[str, str] = {}  # extension -> agent name, as the app last said
        self.search = QLineEdit()
        self.search.setObjectName("supervisorSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(proxy.set_text)
        self.agent_combo = QComboBox()
        self.agent_combo.setObjectName("supervisorAgent")
        self.agent_combo.addItem("", "")
        self.agent_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.agent_combo.currentIndexChanged.connect(
            lambda _i: proxy.set_agent(self.agent_combo.currentData() or ""))
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("supervisorDirection")
        for direction in DIRECTIONS:
            self.direction_combo.addItem("", direction)
        self.direction_combo.currentIndexChanged.connect(
            lambda i: proxy.set_direction(DIRECTIONS[max(0, i)]))
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("supervisorState")
        for _states in STATES:
            self.state_combo.addItem("")
        self.state_combo.currentIndexChanged.connect(
            lambda i: proxy.set_states(STATES[max(0, i)]))
        self.count_label = QLabel()
        self.count_label.setObjectName("supervisorCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        for combo in (self.agent_combo, self.direction_combo, self.state_combo):
            row.addWidget(combo)
        row.addSpacing(8)
        row.addWidget(self.count_label)
        model = proxy.model
        model.rowsInserted.connect(self._learn_rows)
        model.dataChanged.connect(self._learn_changed)
        for source in (proxy, model):
            source.rowsInserted.connect(self.update_count)
            source.rowsRemoved.connect(self.update_count)
            source.modelReset.connect(self.update_count)
        proxy.layoutChanged.connect(self.update_count)
        if model.rowCount():
            self._learn_rows(QModelIndex(), 0, model.rowCount() - 1)
        self.retranslate()

    def agents_listed(self) -> list[str]:
        """The extensions the agent box offers, in order."""
        return [self.agent_combo.itemData(i) for i in range(1, self.agent_combo.count())]

    def choose_agent(self, ext: str) -> bool:
        index = self.agent_combo.findData(ext)
        if index < 0:
            return False
        self.agent_combo.setCurrentIndex(index)
        return True

    def agent_text(self, extension: str) -> str:
        """An extension as messages name it: "101 (Nguyễn Thị Lan)" when the name is known."""
        extension = plain(extension) or "?"
        name = self.names.get(extension)
        return self.tr("{ext} ({name})").format(ext=extension, name=_shown_name(name)) \
            if name else extension

    def _learn_rows(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        model = self.proxy.model
        new = {plain(ext) for row in range(first, last + 1)
               for ext in call_extensions(model.call_at(row))} - set(self.agents_listed())
        new.discard("")
        if not new:
            return
        self.names.update({plain(ext): plain(name) for ext, name, _ in self._agents() if name})
        for ext in sorted(new, key=_ext_key):
            row = 1
            while row < self.agent_combo.count() and \
                    _ext_key(self.agent_combo.itemData(row)) < _ext_key(ext):
                row += 1
            self.agent_combo.insertItem(row, self._entry(ext), ext)

    def _learn_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                       roles: list[int] | None = None) -> None:
        if not roles:  # a call changed; the durations' tick names its role
            self._learn_rows(QModelIndex(), top_left.row(), bottom_right.row())

    def _entry(self, ext: str) -> str:
        name = self.names.get(ext)
        return self.tr("{ext} · {name}").format(ext=ext, name=_shown_name(name)) if name else ext

    def update_count(self) -> None:
        total, shown = self.proxy.model.rowCount(), self.proxy.rowCount()
        show_call_count(self.count_label, shown, total)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter by number or extension"))
        self.search.setAccessibleName(self.tr("Filter calls"))
        self.agent_combo.setItemText(0, self.tr("All agents"))
        for row in range(1, self.agent_combo.count()):
            self.agent_combo.setItemText(row, self._entry(self.agent_combo.itemData(row)))
        self.agent_combo.setToolTip(self.tr("Only the calls of one agent"))
        self.agent_combo.setAccessibleName(self.tr("Agent"))
        self.direction_combo.setAccessibleName(self.tr("Direction"))
        self.state_combo.setAccessibleName(self.tr("State"))
        for row, text in enumerate((self.tr("All directions"), self.tr("Inbound"),
                                    self.tr("Outbound"), self.tr("Internal"))):
            self.direction_combo.setItemText(row, text)
        for row, text in enumerate((self.tr("All states"), self.tr("Ringing"), self.tr("Dialing"),
                                    self.tr("Talking"), self.tr("On hold"), self.tr("In IVR"),
                                    self.tr("Transferring"), self.tr("Ending"))):
            self.state_combo.setItemText(row, text)
        self.update_count()


class QuestionBar(QFrame):
    """An inline question with a confirm and a cancel button; Escape cancels. Never modal."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorConfirm")
        self.setStyleSheet(box_style("supervisorConfirm", Tone.QUESTION))
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.confirm_button = QPushButton(icon("barge"), "")
        self.confirm_button.setObjectName("supervisorConfirmBarge")
        self.confirm_button.clicked.connect(self.confirmed)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("supervisorCancel")
        self.cancel_button.clicked.connect(self.cancelled)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 4, 3)
        row.addWidget(self.text, 1)
        row.addWidget(self.confirm_button)
        row.addWidget(self.cancel_button)
        self.escape_action = QAction(self)
        self.escape_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.escape_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape_action.triggered.connect(self.cancelled)
        self.addAction(self.escape_action)
        self.hide()

    def ask(self) -> None:
        """Show the question with the focus on the confirm button (Enter confirms)."""
        self.show()
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_texts(self, question: str, confirm: str, cancel: str) -> None:
        self.text.setText(question)
        self.confirm_button.setText(confirm)
        self.cancel_button.setText(cancel)


class ResultLine(QFrame):
    """One coloured line of plain text with a status mark; hidden until the first message. The
    supervisor panel's by default; other views give their own object names."""

    def __init__(self, name: str = "supervisorResult", text_name: str = "supervisorMessage",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.mark = StatusMark()
        self.label = QLabel()
        self.label.setObjectName(text_name)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.mark)
        row.addWidget(self.label, 1)
        self.tone = Tone.NONE
        self._render: Callable[[], str] = lambda: ""
        self.hide()

    def show_message(self, tone: str, render: Callable[[], str]) -> None:
        """Show ``render()`` (called again after a language change) in the colours of ``tone``."""
        self.tone, self._render = tone, render
        self.label.setText(plain(render(), keep_isolates=True))
        self.mark.set_tone(tone)
        self.setStyleSheet(box_style(self.objectName(), tone))
        self.show()

    def clear(self) -> None:
        self.tone = Tone.NONE
        self.mark.set_tone(Tone.NONE)
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.tone != Tone.NONE else ""

    def retranslate(self) -> None:
        if self.tone != Tone.NONE:
            self.label.setText(plain(self._render()))
