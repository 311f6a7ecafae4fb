"""The OMICall auto-call view: build a session, list who it calls, send it and see each result.

``AutoCallView(auto_call)`` (objectName ``autoCallView``) has three parts side by side:

- the session: its steps in order (a recording's id, a text to read aloud with ``{placeholders}``
  filled from each target's values or read as written, a key-press menu's id: add, remove, move
  up and down, edit the selected one), a live "212 / 300 characters" counter (red over 300:
  the filled text of the longest target, as ``validate()`` counts it), the name, voice (in words),
  speed −3…3, caller number and the pacing (spin boxes starting at the docs' defaults);
- the targets: phone numbers one a line (``0899 098 899; code=HHKKK``) or an extension; lines
  that cannot be called are listed with their reason and never sent;
- Send (disabled, with the reason beside it, while anything is wrong), Cancel (between targets),
  a progress bar and a table of results per target: the autocall id and call ids, or the error
  in people's words.

``set_targets(text)``, ``set_target_kind(kind)``, ``set_steps(steps)``, ``set_options(options)``
and ``send()`` let tests and the app drive it. Nothing here talks HTTP.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.auto_call import (
    DEFAULTS,
    LIMIT,
    VOICES,
    AutoCall,
    Options,
    Preparation,
    ResultState,
    RunSummary,
    Step,
    TargetKind,
    TargetResult,
    placeholders,
    prepare,
    read_targets,
    voice_label,
)
from ..core.plain_text import plain
from ..pbx.omicall_autocall import SPEED_MAX, SPEED_MIN, DialplanType
from .supervisor_bars import ResultLine
from .status_mark import Tone

__all__ = ["AutoCallView"]

_RED = "#b3261e"
_ROW_COLOURS = {ResultState.SENT: "#e6f4ea", ResultState.FAILED: "#fce8e6",
                ResultState.SKIPPED: "#fef7e0", ResultState.NOT_SENT: "#f1f3f4"}
_PREVIEW = 60  # characters of a text shown in the step list


class AutoCallView(QWidget):
    """OMICall auto-call: the session builder, the targets and the results."""

    def __init__(self, auto_call: AutoCall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoCallView")
        self.auto_call = auto_call
        self.steps: list[Step] = []
        self.preparation = Preparation()
        self._loading = False
        self._build()
        auto_call.runningChanged.connect(lambda _running: self._refresh())
        auto_call.started.connect(self._started)
        auto_call.progress.connect(self._progress)
        auto_call.targetDone.connect(self._add_result)
        auto_call.finished.connect(self._finished)
        auto_call.refused.connect(
            lambda reason: self.message.show_message(Tone.ERROR, lambda: reason))
        auto_call.session.loggedIn.connect(lambda _info: self._refresh())
        auto_call.session.loggedOut.connect(self._refresh)
        self.retranslate()
        self._refresh()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.notice = QLabel()
        self.notice.setObjectName("autoCallNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel#autoCallNotice { background: #fef7e0; color: #7a4f01;"
                                  " border: 1px solid #f6dd9a; border-radius: 5px;"
                                  " padding: 4px 8px; }")

        # steps
        self.steps_box = QGroupBox()
        self.step_list = QListWidget()
        self.step_list.setObjectName("autoCallSteps")
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.step_list.setMinimumHeight(80)
        self.step_list.currentRowChanged.connect(self._select_step)
        self.add_recording = QPushButton()
        self.add_recording.setObjectName("autoCallAddRecording")
        self.add_text = QPushButton()
        self.add_text.setObjectName("autoCallAddText")
        self.add_menu = QPushButton()
        self.add_menu.setObjectName("autoCallAddMenu")
        self.remove_step = QPushButton()
        self.remove_step.setObjectName("autoCallRemoveStep")
        self.move_up = QPushButton()
        self.move_up.setObjectName("autoCallMoveUp")
        self.move_down = QPushButton()
        self.move_down.setObjectName("autoCallMoveDown")
        self.add_recording.clicked.connect(lambda: self.add_step(Step(DialplanType.RECORDING)))
        self.add_text.clicked.connect(lambda: self.add_step(Step(DialplanType.TEXT)))
        self.add_menu.clicked.connect(lambda: self.add_step(Step(DialplanType.IVR_MENU)))
        self.remove_step.clicked.connect(self._remove_step)
        self.move_up.clicked.connect(lambda: self._move_step(-1))
        self.move_down.clicked.connect(lambda: self._move_step(1))
        adds = QHBoxLayout()
        for button in (self.add_recording, self.add_text, self.add_menu):
            adds.addWidget(button)
        adds.addStretch(1)
        moves = QHBoxLayout()
        for button in (self.move_up, self.move_down, self.remove_step):
            moves.addWidget(button)
        moves.addStretch(1)

        self.step_kind = QComboBox()
        self.step_kind.setObjectName("autoCallStepKind")
        for kind in (DialplanType.RECORDING, DialplanType.TEXT, DialplanType.IVR_MENU):
            self.step_kind.addItem("", kind.value)
        self.step_kind.currentIndexChanged.connect(self._edit_step)
        self.step_id = QLineEdit()
        self.step_id.setObjectName("autoCallStepId")
        self.step_id.textChanged.connect(self._edit_step)
        self.step_text = QPlainTextEdit()
        self.step_text.setObjectName("autoCallStepText")
        self.step_text.setTabChangesFocus(True)
        self.step_text.setMinimumHeight(60)
        self.step_text.textChanged.connect(self._edit_step)
        self.step_fill = QCheckBox()
        self.step_fill.setObjectName("autoCallStepFill")
        self.step_fill.setChecked(True)
        self.step_fill.toggled.connect(self._edit_step)
        id_page = QWidget()
        id_layout = QVBoxLayout(id_page)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.addWidget(self.step_id)
        id_layout.addStretch(1)
        text_page = QWidget()
        text_layout = QVBoxLayout(text_page)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.step_text, 1)
        text_layout.addWidget(self.step_fill)
        self.step_pages = QStackedWidget()
        self.step_pages.addWidget(id_page)
        self.step_pages.addWidget(text_page)
        self.step_editor = QWidget()
        self.step_editor.setObjectName("autoCallStepEditor")
        editor = QVBoxLayout(self.step_editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(self.step_kind)
        editor.addWidget(self.step_pages, 1)

        self.placeholder_hint = QLabel()
        self.placeholder_hint.setObjectName("autoCallPlaceholders")
        self.placeholder_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder_hint.setWordWrap(True)
        self.placeholder_hint.setStyleSheet("color: #5f6368;")
        self.counter = QLabel()
        self.counter.setObjectName("autoCallCounter")
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        steps_layout = QVBoxLayout(self.steps_box)
        steps_layout.addLayout(adds)
        steps_layout.addWidget(self.step_list, 1)
        steps_layout.addLayout(moves)
        steps_layout.addWidget(self.step_editor, 1)
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.placeholder_hint, 1)
        counter_row.addWidget(self.counter, 0,
                              Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        steps_layout.addLayout(counter_row)

        # voice and pacing
        self.options_box = QGroupBox()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("autoCallName")
        self.voice = QComboBox()
        self.voice.setObjectName("autoCallVoice")
        for voice in VOICES:
            self.voice.addItem("", voice)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setObjectName("autoCallSpeed")
        self.speed.setRange(SPEED_MIN, SPEED_MAX)
        self.speed.setValue(DEFAULTS["speed"])
        self.speed.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed.setTickInterval(1)
        self.speed.setPageStep(1)
        self.speed_value = QLabel()
        self.speed_value.setObjectName("autoCallSpeedValue")
        self.speed_value.setMinimumWidth(70)
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed, 1)
        speed_row.addWidget(self.speed_value)
        self.cid = QLineEdit()
        self.cid.setObjectName("autoCallCid")
        self.spins: dict[str, QSpinBox] = {}
        self.default_labels: dict[str, QLabel] = {}
        self.options_form = QFormLayout(self.options_box)
        self.option_labels = {name: QLabel() for name in
                              ("name", "voice", "speed", "cid", "num_retry", "num_per_call",
                               "distance_per_call", "distance_retry")}
        self.options_form.addRow(self.option_labels["name"], self.name_edit)
        self.options_form.addRow(self.option_labels["voice"], self.voice)
        self.options_form.addRow(self.option_labels["speed"], speed_row)
        self.options_form.addRow(self.option_labels["cid"], self.cid)
        for name, minimum, maximum in (("num_retry", 0, 10), ("num_per_call", 1, 500),
                                       ("distance_per_call", 0, 3600),
                                       ("distance_retry", 0, 86400)):
            spin = QSpinBox()
            spin.setObjectName("autoCall" + "".join(p.title() for p in name.split("_")))
            spin.setRange(minimum, maximum)
            spin.setValue(DEFAULTS[name])
            spin.valueChanged.connect(self._changed)
            default = QLabel()
            default.setStyleSheet("color: #5f6368;")
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(default, 1)
            self.spins[name], self.default_labels[name] = spin, default
            self.options_form.addRow(self.option_labels[name], row)
        self.name_edit.textChanged.connect(self._changed)
        self.voice.currentIndexChanged.connect(self._changed)
        self.speed.valueChanged.connect(self._changed)
        self.cid.textChanged.connect(self._changed)

        # targets
        self.targets_box = QGroupBox()
        self.by_phone = QRadioButton()
        self.by_phone.setObjectName("autoCallByPhone")
        self.by_phone.setChecked(True)
        self.by_extension = QRadioButton()
        self.by_extension.setObjectName("autoCallByExtension")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.by_phone)
        self.kind_group.addButton(self.by_extension)
        self.by_phone.toggled.connect(self._kind_changed)
        kinds = QHBoxLayout()
        kinds.addWidget(self.by_phone)
        kinds.addWidget(self.by_extension)
        kinds.addStretch(1)
        self.phones = QPlainTextEdit()
        self.phones.setObjectName("autoCallPhones")
        self.phones.setTabChangesFocus(True)
        self.phones.textChanged.connect(self._changed)
        self.extension = QLineEdit()
        self.extension.setObjectName("autoCallExtension")
        self.extension.textChanged.connect(self._changed)
        self.targets_hint = QLabel()
        self.targets_hint.setObjectName("autoCallTargetsHint")
        self.targets_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.targets_hint.setWordWrap(True)
        self.targets_hint.setStyleSheet("color: #5f6368;")
        self.targets_summary = QLabel()
        self.targets_summary.setObjectName("autoCallTargetsSummary")
        self.targets_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.target_problems = QLabel()
        self.target_problems.setObjectName("autoCallTargetProblems")
        self.target_problems.setTextFormat(Qt.TextFormat.PlainText)
        self.target_problems.setWordWrap(True)
        self.target_problems.setStyleSheet(f"color: {_RED};")
        targets_layout = QVBoxLayout(self.targets_box)
        targets_layout.addLayout(kinds)
        targets_layout.addWidget(self.targets_hint)
        targets_layout.addWidget(self.phones, 1)
        targets_layout.addWidget(self.extension)
        targets_layout.addWidget(self.targets_summary)
        targets_layout.addWidget(self.target_problems)

        # sending and results
        self.send_button = QPushButton()
        self.send_button.setObjectName("autoCallSend")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("autoCallCancel")
        self.cancel_button.clicked.connect(self.auto_call.cancel)
        self.reason = QLabel()
        self.reason.setObjectName("autoCallReason")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {_RED};")
        self.progress = QProgressBar()
        self.progress.setObjectName("autoCallProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.message = ResultLine("autoCallMessage", "autoCallMessageText")
        self.results = QTableWidget(0, 4)
        self.results.setObjectName("autoCallResults")
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.verticalHeader().hide()
        self.results.setWordWrap(True)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_button)
        send_row.addWidget(self.cancel_button)
        send_row.addWidget(self.reason, 1)
        send_row.addWidget(self.progress)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.steps_box, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.options_box)
        right_layout.addWidget(self.targets_box, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setObjectName("autoCallSplitter")
        top.addWidget(left)
        top.addWidget(right)
        top.setChildrenCollapsible(False)
        bottom = QWidget()
        bottom_layout = QGridLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(send_row, 0, 0)
        bottom_layout.addWidget(self.message, 1, 0)
        bottom_layout.addWidget(self.results, 2, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

    # --- what tests and the app call ----------------------------------------------------------

    def set_targets(self, text: str) -> None:
        """The phone numbers (one a line) or, when calling an extension, the extension."""
        if self.target_kind() is TargetKind.PHONE:
            self.phones.setPlainText(text)
        else:
            self.extension.setText(text)

    def set_target_kind(self, kind: TargetKind | str) -> None:
        (self.by_phone if TargetKind(kind) is TargetKind.PHONE else self.by_extension).setChecked(
            True)

    def target_kind(self) -> TargetKind:
        return TargetKind.PHONE if self.by_phone.isChecked() else TargetKind.EXTENSION

    def set_steps(self, steps: Sequence[Step]) -> None:
        self.steps = list(steps)
        self._show_steps(0 if self.steps else -1)

    def add_step(self, step: Step) -> None:
        self.steps.append(step)
        self._show_steps(len(self.steps) - 1)
        (self.step_text if step.kind is DialplanType.TEXT else self.step_id).setFocus()

    def set_options(self, options: Options) -> None:
        self.name_edit.setText(options.name)
        self.voice.setCurrentIndex(max(0, self.voice.findData(options.voice)))
        self.speed.setValue(options.speed)
        self.cid.setText(options.cid)
        for name, spin in self.spins.items():
            spin.setValue(getattr(options, name))

    def options(self) -> Options:
        return Options(name=self.name_edit.text().strip(), voice=self.voice.currentData(),
                       speed=self.speed.value(), cid=self.cid.text().strip(),
                       **{name: spin.value() for name, spin in self.spins.items()})

    def send(self) -> bool:
        """Send the session to every ready target (as the Send button does)."""
        self._changed()
        self.message.clear()
        return self.auto_call.run(self.preparation)

    # --- steps ----------------------------------------------------------------------------------

    def _step_summary(self, index: int, step: Step) -> str:
        value = plain(step.value)
        if step.kind is DialplanType.TEXT:
            shown = value if len(value) <= _PREVIEW else value[:_PREVIEW] + "…"
            kind = (self.tr("Text to speech") if step.fill
                    else self.tr("Text to speech (as written)"))
            return self.tr("{n}. {kind}: “{text}”").format(n=index + 1, kind=kind, text=shown)
        kind = (self.tr("Recording") if step.kind is DialplanType.RECORDING
                else self.tr("Key-press menu"))
        return self.tr("{n}. {kind}: {id}").format(n=index + 1, kind=kind,
                                                   id=value or self.tr("(no id yet)"))

    def _show_steps(self, current: int) -> None:
        self._loading = True
        try:
            self.step_list.clear()
            for i, step in enumerate(self.steps):
                self.step_list.addItem(self._step_summary(i, step))
            self.step_list.setCurrentRow(current)
        finally:
            self._loading = False
        self._select_step(self.step_list.currentRow())

    def _select_step(self, row: int) -> None:
        if self._loading:
            return
        step = self.steps[row] if 0 <= row < len(self.steps) else None
        self._loading = True
        try:
            self.step_editor.setEnabled(step is not None)
            if step is not None:
                self.step_kind.setCurrentIndex(self.step_kind.findData(step.kind.value))
                is_text = step.kind is DialplanType.TEXT
                self.step_pages.setCurrentIndex(1 if is_text else 0)
                if is_text:
                    self.step_text.setPlainText(step.value)
                    self.step_fill.setChecked(step.fill)
                else:
                    self.step_id.setText(step.value)
                self._id_placeholder(step.kind)
            else:
                self.step_id.clear()
                self.step_text.clear()
        finally:
            self._loading = False
        self._changed()

    def _id_placeholder(self, kind: DialplanType) -> None:
        self.step_id.setPlaceholderText(
            self.tr("The recording's id, such as 5ed0c6dffb7b390007e5211")
            if kind is DialplanType.RECORDING
            else self.tr("The key-press menu's id (PBX › key-press menus)"))

    def _edit_step(self) -> None:
        row = self.step_list.currentRow()
        if self._loading or not 0 <= row < len(self.steps):
            return
        old = self.steps[row]
        kind = DialplanType(self.step_kind.currentData())
        if kind is not old.kind:
            # a recording's id stays an id; a text is not an id (and the other way round)
            same = (kind is DialplanType.TEXT) == (old.kind is DialplanType.TEXT)
            step = Step(kind, old.value if same else "", old.fill)
            self.steps[row] = step
            self._show_steps(row)
            return
        if kind is DialplanType.TEXT:
            step = Step(kind, self.step_text.toPlainText(), self.step_fill.isChecked())
        else:
            step = Step(kind, self.step_id.text(), old.fill)
        self.steps[row] = step
        item = self.step_list.item(row)
        if item is not None:
            item.setText(self._step_summary(row, step))
        self._changed()

    def _remove_step(self) -> None:
        row = self.step_list.currentRow()
        if 0 <= row < len(self.steps):
            del self.steps[row]
            self._show_steps(min(row, len(self.steps) - 1))

    def _move_step(self, by: int) -> None:
        row = self.step_list.currentRow()
        to = row + by
        if 0 <= row < len(self.steps) and 0 <= to < len(self.steps):
            self.steps[row], self.steps[to] = self.steps[to], self.steps[row]
            self._show_steps(to)

    # --- checking as people type ----------------------------------------------------------

    def _kind_changed(self) -> None:
        phone = self.target_kind() is TargetKind.PHONE
        self.phones.setVisible(phone)
        self.extension.setVisible(not phone)
        self._retranslate_targets()
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        text = (self.phones.toPlainText() if self.target_kind() is TargetKind.PHONE
                else self.extension.text())
        targets = read_targets(text, self.target_kind())
        self.preparation = prepare(self.steps, self.options(), targets)
        self._refresh()

    def _refresh(self) -> None:
        p = self.preparation
        refusal = self.auto_call.refusal()
        self.notice.setText(refusal)
        self.notice.setVisible(bool(refusal))
        self.counter.setText(self.tr("{count} / {limit} characters").format(
            count=p.characters, limit=LIMIT))
        self.counter.setStyleSheet(f"color: {_RED}; font-weight: bold;" if p.over_limit
                                   else "color: #3c4043;")
        self.counter.setToolTip(self.tr("Text to speech: at most {limit} characters per session "
                                        "(the longest target's filled texts), 3,000 a "
                                        "day.").format(limit=LIMIT))
        names = placeholders(self.steps)
        self.placeholder_hint.setText(
            self.tr("Placeholders: {names}. Give each target its values after the number, such "
                    "as “; {first}=…”.").format(names=", ".join("{" + n + "}" for n in names),
                                                first=names[0]) if names else "")
        self.placeholder_hint.setVisible(bool(names))
        self.speed_value.setText(self._speed_text(self.speed.value()))
        ready = len(p.ready)
        self.targets_summary.setText(
            self.tr("%n ready to call", "", ready) + (
                " · " + self.tr("%n line(s) skipped", "", len(p.skipped)) if p.skipped else ""))
        self.target_problems.setText("\n".join(
            self.tr("Line {line} ({text}): {problem}").format(
                line=t.line, text=plain(t.raw)[:40], problem=t.problem) for t in p.skipped))
        self.target_problems.setVisible(bool(p.skipped))
        running = self.auto_call.running
        reason = refusal or (p.problems[0] if p.problems else "")
        if running:
            reason = self.tr("Sending…")
        self.reason.setText(reason)
        self.reason.setStyleSheet(f"color: {_RED};" if not running else "color: #174ea6;")
        self.send_button.setEnabled(not running and not refusal and p.ok)
        self.send_button.setToolTip(reason)
        self.cancel_button.setEnabled(running)
        row = self.step_list.currentRow()
        has = 0 <= row < len(self.steps)
        self.remove_step.setEnabled(has)
        self.move_up.setEnabled(has and row > 0)
        self.move_down.setEnabled(has and row < len(self.steps) - 1)

    def _speed_text(self, speed: int) -> str:
        if speed == 0:
            return self.tr("0 (normal)")
        if speed < 0:
            return self.tr("{speed} (slower)").format(speed=speed)
        return self.tr("+{speed} (faster)").format(speed=speed)

    # --- results ----------------------------------------------------------------------------

    def _started(self, total: int) -> None:
        self.results.setRowCount(0)
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self.progress.show()
        self.message.show_message(Tone.BUSY, lambda: self.tr("Sending the auto-call to %n "
                                                             "target(s)…", "", total))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} of {total}").format(done=done, total=total))

    def _add_result(self, result: TargetResult) -> None:
        row = self.results.rowCount()  # in line order, whenever the result came
        while row > 0 and int(self.results.item(row - 1, 0).text()) > result.target.line:
            row -= 1
        self.results.insertRow(row)
        state_text = {
            ResultState.SENT: self.tr("Calling"),
            ResultState.FAILED: self.tr("Refused"),
            ResultState.SKIPPED: self.tr("Skipped"),
            ResultState.NOT_SENT: self.tr("Not sent"),
        }[result.state]
        if result.state is ResultState.SENT:
            detail = self.tr("Auto-call id: {id}").format(id=result.autocall_id)
            if result.autocall_uuids:
                detail += " · " + self.tr("calls: {ids}").format(
                    ids=", ".join(result.autocall_uuids))
            if result.name:
                detail += " · " + self.tr("name: {name}").format(name=result.name)
        else:
            detail = result.message
        cells = (str(result.target.line), result.target.label, state_text, plain(detail))
        colour = QColor(_ROW_COLOURS[result.state])
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setBackground(colour)
            item.setToolTip(text)
            if column == 2 and result.state in (ResultState.FAILED, ResultState.SKIPPED):
                item.setForeground(QColor(_RED))
            self.results.setItem(row, column, item)
        self.results.resizeRowToContents(row)

    def _finished(self, summary: RunSummary) -> None:
        self.progress.hide()
        tone = Tone.DONE if summary.sent and not summary.failed else (
            Tone.ERROR if summary.failed else Tone.INFO)
        self.message.show_message(tone, lambda: self._summary_text(summary))
        self._refresh()

    def _summary_text(self, summary: RunSummary) -> str:
        parts = [self.tr("%n sent", "", summary.sent)]
        if summary.failed:
            parts.append(self.tr("%n refused", "", summary.failed))
        if summary.skipped:
            parts.append(self.tr("%n skipped", "", summary.skipped))
        if summary.not_sent:
            parts.append(self.tr("%n not sent", "", summary.not_sent))
        text = ", ".join(parts) + "."
        if summary.cancelled:
            text = self.tr("Cancelled.") + " " + text
        return text

    # --- language -----------------------------------------------------------------------------

    def _retranslate_targets(self) -> None:
        phone = self.target_kind() is TargetKind.PHONE
        self.targets_hint.setText(
            self.tr("One phone number a line; values for the placeholders after it, separated "
                    "by “;”: 0899 098 899; code=HHKKK") if phone else
            self.tr("The extension to ring, such as 101; values for the placeholders after it: "
                    "101; code=HHKKK"))

    def retranslate(self) -> None:
        self.steps_box.setTitle(self.tr("Session steps, played in order"))
        self.add_recording.setText(self.tr("+ Recording"))
        self.add_text.setText(self.tr("+ Text to speech"))
        self.add_menu.setText(self.tr("+ Key-press menu"))
        self.remove_step.setText(self.tr("Remove"))
        self.move_up.setText(self.tr("Move up"))
        self.move_down.setText(self.tr("Move down"))
        for i, text in enumerate((self.tr("Recording"), self.tr("Text to speech"),
                                  self.tr("Key-press menu"))):
            self.step_kind.setItemText(i, text)
        self.step_text.setPlaceholderText(self.tr("Text to read, such as: Your order {code} of "
                                                  "{amount} dong has been shipped."))
        self.step_fill.setText(self.tr("Fill placeholders such as {code} from each target's "
                                       "values"))
        self.options_box.setTitle(self.tr("Voice and pacing"))
        labels = {"name": self.tr("Name:"), "voice": self.tr("Voice:"),
                  "speed": self.tr("Speed:"), "cid": self.tr("Caller number:"),
                  "num_retry": self.tr("Retries when not answered:"),
                  "num_per_call": self.tr("Calls at a time:"),
                  "distance_per_call": self.tr("Between calls:"),
                  "distance_retry": self.tr("Between retries:")}
        for name, label in self.option_labels.items():
            label.setText(labels[name])
        self.name_edit.setPlaceholderText(self.tr("Such as: New product announcement"))
        self.cid.setPlaceholderText(self.tr("Empty: OMICall chooses (on-net first)"))
        for i, voice in enumerate(VOICES):
            self.voice.setItemText(i, voice_label(voice))
        for name in ("distance_per_call", "distance_retry"):
            self.spins[name].setSuffix(self.tr(" s"))
        for name, label in self.default_labels.items():
            label.setText(self.tr("default {value} s").format(value=DEFAULTS[name])
                          if name.startswith("distance") else
                          self.tr("default {value}").format(value=DEFAULTS[name]))
        self.targets_box.setTitle(self.tr("Who to call"))
        self.by_phone.setText(self.tr("Phone numbers"))
        self.by_extension.setText(self.tr("An extension"))
        self.phones.setPlaceholderText("0899 098 899; code=HHKKK; amount=90000\n0912 345 678")
        self.extension.setPlaceholderText("101")
        self._retranslate_targets()
        self.send_button.setText(self.tr("Send auto-call"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.results.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Target"),
                                                self.tr("Result"), self.tr("Details")])
        self.message.retranslate()
        self._show_steps(self.step_list.currentRow())
        self._kind_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "results"):
            self.retranslate()
        super().changeEvent(event)
