"""One call's record (``GET /v2/cdr/{id}``) in a dialog: every field, labelled in people's words.

``CdrDetailDialog`` fetches the record by CDR id or SIP call id through a ``lookup`` coroutine
(``CdrHistory.lookup``), so it shows the server's current version; meanwhile it says "Loading…",
and when there is no such call or the PBX fails it says so in the dialog. Ids can be selected and
copied; everything from the server is plain text. "Play recording" emits ``playRequested`` with the
``Cdr`` and "Call" emits ``dialRequested`` with the customer's number; the dialog never talks HTTP.
Open it with ``open()`` (never ``exec()`` inside a coroutine).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.messages import describe
from ..core.plain_text import plain
from ..pbx import NotFound, PbxError
from ..pbx.models import Cdr
from .call_model import _formatted, dialable, format_duration
from .history_model import direction_words, has_recording, status_words
from .icons import icon

__all__ = ["CdrDetailDialog"]

log = logging.getLogger(__name__)

_VALUE_LIMIT = 200  # characters of a server's field the dialog shows
Lookup = Callable[[str], Awaitable[Cdr]]
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | \
    Qt.TextInteractionFlag.TextSelectableByKeyboard


class CdrDetailDialog(QDialog):
    """The record of one call, fetched fresh by id or SIP call id."""

    playRequested = Signal(object)  # the Cdr
    dialRequested = Signal(str)  # the customer's raw number

    def __init__(self, lookup: Lookup, ident: str, region: str = "VN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cdrDetail")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ident = ident.strip()
        self.region = region
        self.cdr: Cdr | None = None
        self.message = ""  # what the dialog says instead of the record ("" once it is shown)
        self._lookup = lookup
        self.values: dict[str, QLabel] = {}  # field name -> its value label

        self.status_label = QLabel()
        self.status_label.setObjectName("cdrDetailMessage")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.buttons = QDialogButtonBox()
        self.play_button = QPushButton(icon("recording"), "")
        self.play_button.setObjectName("cdrDetailPlay")
        self.call_button = QPushButton(icon("dial"), "")
        self.call_button.setObjectName("cdrDetailCall")
        self.close_button = QPushButton()
        self.buttons.addButton(self.play_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.call_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.play_button.clicked.connect(self._play)
        self.call_button.clicked.connect(self._call)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._retranslate()
        self._set_message(self.tr("Loading the call {ident}…").format(ident=self._short_ident()))
        self._task: asyncio.Task[None] | None = asyncio.ensure_future(self._fetch())

    # --- fetching -----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _fetch(self) -> None:
        try:
            cdr = await self._lookup(self.ident)
        except asyncio.CancelledError:
            raise
        except NotFound:
            self._set_message(self.tr("No call was found with the id or SIP call id "
                                      "“{ident}”.").format(ident=self._short_ident()))
            return
        except Exception as error:  # PbxError, or a bug: say it here
            if isinstance(error, PbxError):
                log.info("call record %s could not be fetched: %s", self.ident[:60], error)
            else:
                log.exception("the call record could not be fetched")
            self._set_message(describe(error))
            return
        self.show_cdr(cdr)

    def _short_ident(self) -> str:
        text = plain(self.ident)
        return text if len(text) <= 60 else text[:60] + "…"

    def _set_message(self, text: str) -> None:
        self.message = text
        self.status_label.setText(text)
        self.status_label.show()
        self._update_buttons()

    # --- the record ---------------------------------------------------------------------------

    def show_cdr(self, cdr: Cdr) -> None:
        self.cdr = cdr
        self.message = ""
        self.status_label.hide()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values.clear()
        for name, label, value, selectable in self._fields(cdr):
            field = QLabel(value if len(value) <= _VALUE_LIMIT else value[:_VALUE_LIMIT] + "…")
            field.setObjectName(f"cdrDetail-{name}")
            field.setTextFormat(Qt.TextFormat.PlainText)
            if selectable:
                field.setTextInteractionFlags(_SELECTABLE)
            self.values[name] = field
            self.form.addRow(label, field)
        self.setWindowTitle(self.tr("Call of {time}").format(time=self._time(cdr.time_started)))
        self._update_buttons()

    def _fields(self, cdr: Cdr) -> list[tuple[str, str, str, bool]]:
        status = status_words().get(cdr.status_kind, cdr.status)
        billsec = "" if cdr.billsec is None else format_duration(cdr.billsec)
        fields = [
            ("status", self.tr("Outcome"), status, False),
            ("direction", self.tr("Direction"),
             direction_words().get(cdr.direction, cdr.direction), False),
            ("from_number", self.tr("From"), self._number(cdr.from_number), True),
            ("to_number", self.tr("To"), self._number(cdr.to_number), True),
            ("extension", self.tr("Extension"), plain(cdr.extension), True),
            ("receive_dest", self.tr("Ring group or queue"), plain(cdr.receive_dest), True),
            ("customer_id", self.tr("Customer code"), plain(cdr.customer_id), True),
            ("time_started", self.tr("Started at"), self._time(cdr.time_started), False),
            ("time_ringing", self.tr("Ringing from"), self._time(cdr.time_ringing), False),
            ("time_answered", self.tr("Answered at"), self._time(cdr.time_answered), False),
            ("time_ended", self.tr("Ended at"), self._time(cdr.time_ended), False),
            ("duration", self.tr("Duration"), format_duration(cdr.duration), False),
            ("billsec", self.tr("Talk time (billed)"), billsec, False),
            ("cause", self.tr("Hang-up cause"), plain(cdr.cause), True),
            ("recording_url", self.tr("Recording"), plain(cdr.recording_url), True),
            ("id", self.tr("Call id"), plain(cdr.id), True),
            ("sip_call_id", self.tr("SIP call id"), plain(cdr.sip_call_id), True),
        ]
        dash = "—"
        keep = {"status", "direction", "from_number", "to_number", "duration", "id",
                "time_started"}
        return [(name, label, value or dash, selectable)
                for name, label, value, selectable in fields if value or name in keep]

    def _number(self, raw: str) -> str:
        shown = _formatted(raw, self.region)
        return plain(shown)

    @staticmethod
    def _time(moment: datetime | None) -> str:
        return moment.strftime("%d/%m/%Y %H:%M:%S") if moment is not None else ""

    def text_of(self, name: str) -> str:
        """What the dialog shows for a field ("" when it does not show it)."""
        field = self.values.get(name)
        return field.text() if field is not None else ""

    # --- buttons ------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        cdr = self.cdr
        self.play_button.setEnabled(has_recording(cdr))
        self.call_button.setEnabled(cdr is not None and dialable(cdr.customer_number))

    def _play(self) -> None:
        if has_recording(self.cdr):
            self.playRequested.emit(self.cdr)

    def _call(self) -> None:
        if self.cdr is not None and dialable(self.cdr.customer_number):
            self.dialRequested.emit(self.cdr.customer_number)

    def done(self, result: int) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        super().closeEvent(event)

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.cdr is not None:
                self.show_cdr(self.cdr)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.cdr is None:
            self.setWindowTitle(self.tr("Call details"))
        self.play_button.setText(self.tr("Play recording"))
        self.call_button.setText(self.tr("Call"))
        self.close_button.setText(self.tr("Close"))
