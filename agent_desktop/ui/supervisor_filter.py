"""The supervisor's view of the live-call model: filters, long calls in amber, my calls marked.

``SupervisorFilter`` sits on the app's one ``LiveCallModel`` (the live-calls tab has its own
proxy on the same model). On top of the typed-text filter of ``LiveCallFilter`` it keeps the rows
of one agent's extension, one direction and one group of states. Its ``data()`` adds, without
touching the model: an amber row (BackgroundRole / ForegroundRole, bold duration) for a call
longer than the threshold, computed from the call's ``created_time``; and in the first column the
icon, tooltip and bold font of a call the supervisor is listening to, whispering to or in.

Each second the model tells views the durations moved on; the filter then finds the calls that
just became long (or stopped being long, after the threshold changed) and says so for their whole
row, so the amber never lags behind the Duration column.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.call_diff import Phase, agent_extension, phase
from ..pbx.models import CallAction, LiveCall
from .call_model import Column, LiveCallFilter, LiveCallModel
from .icons import icon

__all__ = ["LONG_BACKGROUND", "LONG_FOREGROUND", "SupervisorFilter", "call_extensions"]

LONG_BACKGROUND = QColor("#ffe2a8")  # amber
LONG_FOREGROUND = QColor("#4a3000")  # dark brown: readable on amber in light and dark themes
_MARK_ICONS = {CallAction.LISTEN: "listen", CallAction.WHISPER: "whisper",
               CallAction.BARGE: "barge"}
_LAST_COLUMN = len(Column) - 1
_Index = QModelIndex | QPersistentModelIndex


def call_extensions(call: LiveCall) -> tuple[str, ...]:
    """The extensions of a call: its agent's, and for an internal call the other side's too."""
    first = agent_extension(call).strip()
    if call.direction == "local" and call.destination.strip() not in ("", first):
        return (first, call.destination.strip()) if first else (call.destination.strip(),)
    return (first,) if first else ()


class SupervisorFilter(LiveCallFilter):
    """Filters by agent, direction and state; highlights long calls and marks monitored ones."""

    thresholdChanged = Signal(float)  # seconds from which a call is long

    def __init__(self, model: LiveCallModel, long_seconds: Callable[[], float],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._long_seconds = long_seconds
        self._threshold = max(1.0, float(long_seconds()))
        self._long: set[str] = set()  # call ids shown as long at the last refresh
        self._agent = ""
        self._direction = ""
        self._states: frozenset[Phase] = frozenset()
        self._monitoring: dict[str, CallAction] = {}
        self._mark_tips: dict[CallAction, str] = {}
        self._mark_names: dict[CallAction, str] = {}
        self._mark_text = ""
        self._long_tip = ""
        self.retranslate()
        self.setSourceModel(model)
        model.dataChanged.connect(self._source_data_changed)
        model.rowsRemoved.connect(self._forget_removed)

    @property
    def model(self) -> LiveCallModel:
        source = self.sourceModel()
        assert isinstance(source, LiveCallModel)
        return source

    # --- filters ------------------------------------------------------------------------------

    def set_agent(self, extension: str) -> None:
        """Only the calls of this extension ("": every call)."""
        extension = extension.strip()
        if extension != self._agent:
            self._change_filter(agent=extension)

    def set_direction(self, direction: str) -> None:
        """Only "inbound", "outbound" or "local" calls ("": every direction)."""
        direction = direction.strip().lower()
        if direction != self._direction:
            self._change_filter(direction=direction)

    def set_states(self, states: Collection[Phase]) -> None:
        """Only the calls in one of these phases (empty: every state)."""
        states = frozenset(states)
        if states != self._states:
            self._change_filter(states=states)

    def keeps_every_row(self) -> bool:
        return (super().keeps_every_row() and not self._agent and not self._direction
                and not self._states)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        model = self.sourceModel()
        if not isinstance(model, LiveCallModel) or source_parent.isValid():
            return True
        call = model.call_at(source_row)
        if self._agent and self._agent not in call_extensions(call):
            return False
        if self._direction and call.direction != self._direction:
            return False
        return not self._states or phase(call) in self._states

    # --- long calls -----------------------------------------------------------------------------

    @property
    def threshold(self) -> float:
        """Seconds from which a call is long, as last read."""
        return self._threshold

    def is_long(self, call: LiveCall) -> bool:
        return call.created_time is not None and self.model.seconds(call) >= self._threshold

    def refresh_long(self) -> None:
        """Re-read the threshold; repaint the rows whose call became long or stopped being."""
        threshold = max(1.0, float(self._long_seconds()))
        if threshold != self._threshold:
            self._threshold = threshold
            self.thresholdChanged.emit(threshold)
        model = self.model
        now_long = {call.call_id for call in model.calls() if self.is_long(call)}
        flipped, self._long = now_long ^ self._long, now_long
        for call_id in flipped:
            self._repaint(call_id, 0, _LAST_COLUMN, [Qt.ItemDataRole.BackgroundRole,
                                                     Qt.ItemDataRole.ForegroundRole,
                                                     Qt.ItemDataRole.FontRole,
                                                     Qt.ItemDataRole.ToolTipRole])

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                             roles: list[int] | None = None) -> None:
        if top_left.column() <= Column.DURATION <= bottom_right.column():
            self.refresh_long()

    def _forget_removed(self, *_args: Any) -> None:
        present = {call.call_id for call in self.model.calls()}
        self._long &= present

    # --- monitored calls ------------------------------------------------------------------------

    def set_monitoring(self, monitoring: Mapping[str, CallAction]) -> None:
        """Mark these calls as the ones I listen to, whisper to or am in."""
        new = dict(monitoring)
        changed = {cid for cid in set(new) | set(self._monitoring)
                   if new.get(cid) != self._monitoring.get(cid)}
        self._monitoring = new
        for call_id in changed:
            self._repaint(call_id, 0, 0, [Qt.ItemDataRole.DisplayRole,
                                          Qt.ItemDataRole.DecorationRole,
                                          Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole])

    def monitored(self, call_id: str) -> CallAction | None:
        return self._monitoring.get(call_id)

    # --- data -------------------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _OWN_ROLES or not index.isValid() or (
                role in _MARK_ROLES and (index.column() != 0 or not self._monitoring)):
            return super().data(index, role)
        source = self.mapToSource(index)
        if not source.isValid():
            return super().data(index, role)
        call = self.model.call_at(source.row())
        column = index.column()
        mark = self._monitoring.get(call.call_id) if column == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            text = super().data(index, role)
            return text if mark is None else self._mark_text.format(
                direction=text, mark=self._mark_names[mark])
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(_MARK_ICONS[mark]) if mark is not None else super().data(index, role)
        long = self.is_long(call)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LONG_BACKGROUND) if long else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(LONG_FOREGROUND) if long else None
        if role == Qt.ItemDataRole.FontRole:
            if mark is not None or (long and column == Column.DURATION):
                font = QFont()
                font.setBold(True)
                return font
            return None
        tips = []  # ToolTipRole
        if mark is not None:
            tips.append(self._mark_tips[mark])
        if long:
            tips.append(self._long_tip.format(minutes=_minutes(self._threshold)))
        base = super().data(index, role) or ""
        if not tips:
            return base
        return "<p>" + "<br>".join(html.escape(t) for t in tips) + "</p>" + base

    def retranslate(self) -> None:
        self._mark_tips = {
            CallAction.LISTEN: self.tr("Listening: you hear this call; nobody hears you"),
            CallAction.WHISPER: self.tr("Whispering: only the agent hears you"),
            CallAction.BARGE: self.tr("In the call: the agent and the customer hear you"),
        }
        self._mark_names = {
            CallAction.LISTEN: self.tr("listening"),
            CallAction.WHISPER: self.tr("whispering"),
            CallAction.BARGE: self.tr("in the call"),
        }
        self._mark_text = self.tr("{direction} · {mark}")
        self._long_tip = self.tr("Longer than {minutes} min")

    def _repaint(self, call_id: str, first: int, last: int, roles: list[int]) -> None:
        row = self.model.row_of(call_id)
        if row is None:
            return
        index = self.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.dataChanged.emit(self.index(index.row(), first), self.index(index.row(), last),
                                  roles)


_MARK_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole})
_OWN_ROLES = _MARK_ROLES | {Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                            Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole}


def _minutes(seconds: float) -> str:
    minutes = seconds / 60
    return f"{minutes:g}" if minutes == int(minutes) else f"{minutes:.1f}"
