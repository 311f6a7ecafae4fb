"""The live-call table model and its filter: what the live-calls view shows, without widgets.

``LiveCallModel.apply(diff)`` turns the poller's ``CallDiff`` into ``beginRemoveRows`` /
``dataChanged`` / ``beginInsertRows`` and never resets, so views keep their selection and scroll
position through every poll. Rows stay in the order the calls first appeared; new calls go to the
bottom. A one-second timer refreshes the Duration column while there are calls.
``LiveCallFilter`` narrows the rows to typed digits or words and to the agent's own calls.
"""

from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from ..core.call_diff import CallDiff, Phase, agent_extension, phase
from ..core.phone import format_number
from ..core.plain_text import isolate
from ..pbx.models import LiveCall
from .icons import icon
from .text_filter import TextFilter

__all__ = [
    "CALL_ID_ROLE", "NUMBER_ROLE", "SORT_ROLE", "Column", "LiveCallFilter", "LiveCallModel",
    "dialable", "digits_of", "format_duration",
]  # fmt: skip


class Column(IntEnum):
    DIRECTION = 0
    FROM = 1
    TO = 2
    STATE = 3
    DURATION = 4
    EXTENSION = 5


CALL_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the call_id, in every column
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw number of a From/To cell, else None
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # duration in seconds (int), else the shown text

_COLUMNS = len(Column)
_DIGITS = frozenset("0123456789")
_DIRECTION_ICONS = {"inbound": "dial", "outbound": "transfer", "local": "status"}
_TOOLTIP_FIELD_LIMIT = 200  # characters of a server string a tooltip shows
_STATE_LIMIT = 40  # characters of a state the PBX invented that its cell shows
_DURATION_ALIGNMENT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
# Roles as plain ints: data() runs for every cell a view paints, so its comparisons count.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_NO_DATA_ROLES = frozenset(role.value for role in (
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.SizeHintRole))
_LIVE = object()  # a cell value computed at each paint (the duration)
_CELL_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
               | Qt.ItemFlag.ItemNeverHasChildren)  # QAbstractTableModel's, for any valid cell
_Index = QModelIndex | QPersistentModelIndex


def digits_of(text: str) -> str:
    """The ASCII digits of ``text``, in order: ``"+84 899-098"`` gives ``"84899098"``."""
    return "".join(ch for ch in text if ch in _DIGITS)


def dialable(raw: str | None) -> bool:
    """Whether a number is worth a link: at least three digits (extensions count)."""
    if not raw:
        return False
    count = 0
    for ch in raw:
        if ch in _DIGITS:
            count += 1
            if count >= 3:
                return True
    return False


def format_duration(seconds: int) -> str:
    """``m:ss`` under an hour, ``h:mm:ss`` from an hour on."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def elapsed_seconds(created: datetime | None, now: datetime) -> int:
    """Whole seconds from ``created`` to ``now``; 0 when unknown or in the future."""
    if created is None:
        return 0
    if (created.tzinfo is None) != (now.tzinfo is None):  # compare an aware time in local time
        created, now = _naive_local(created), _naive_local(now)
    return max(0, int((now - created).total_seconds()))


def _naive_local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment


@lru_cache(maxsize=4096)
def _formatted(raw: str, region: str) -> str:
    return format_number(raw, region)


def _blocks(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted, distinct ``rows`` as contiguous ``(first, last)`` blocks, lowest first."""
    blocks: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if blocks and blocks[-1][1] == row - 1:
            blocks[-1] = (blocks[-1][0], row)
        else:
            blocks.append((row, row))
    return blocks


def _clip(text: str) -> str:
    if len(text) > _TOOLTIP_FIELD_LIMIT:
        text = text[:_TOOLTIP_FIELD_LIMIT] + "…"
    return html.escape(text)


class LiveCallModel(QAbstractTableModel):
    """The calls on the PBX, one row each, updated by ``apply(diff)``; read-only."""

    applied = Signal()  # after each apply(), once its row signals are all out

    def __init__(self, region: str = "VN", clock: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self._clock = clock
        self._calls: list[LiveCall] = []
        # Each call gets the next number when it arrives; rows keep their calls in arrival order,
        # so ``_numbers`` (the number of each row's call) stays sorted and a call's row is a
        # bisection of it: removals renumber nothing.
        self._numbers: list[int] = []
        self._number_of: dict[str, int] = {}
        self._next_number = 0
        self._applying = False
        # id(call) → (call, what each of its cells shows by role): see _cell_values
        self._cells: dict[int, tuple[LiveCall, tuple[dict[int, Any], ...]]] = {}
        self._cells_region = region
        self._timer = QTimer(self)
        self._timer.setObjectName("durationTimer")
        self._timer.setInterval(1000)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._load_texts()

    # --- the rows -----------------------------------------------------------------------------

    def apply(self, diff: CallDiff) -> None:
        """Remove, update and append rows as ``diff`` says; unknown or known-again calls are
        tolerated (a change of an unknown call adds it, an addition of a known one changes it).
        ``applied`` follows, once, for what depends on the rows as a whole (a count)."""
        self._applying = True
        try:
            self._apply(diff)
        finally:
            self._applying = False
        self.applied.emit()

    @property
    def applying(self) -> bool:
        """Whether ``apply`` is under way: the row signals of one poll are still coming."""
        return self._applying

    def _apply(self, diff: CallDiff) -> None:
        # Changes first, removals next: a view repaints a changed row at once, whereas after a
        # removal it waits to lay out again (and would repaint the changes only if they moved).
        removed = {call.call_id for call in diff.removed}
        fresh: dict[str, LiveCall] = {}
        changed_rows: list[int] = []
        for call in (*diff.changed, *diff.added):
            if call.call_id in removed:  # gone and back in one diff: a new row at the bottom
                fresh[call.call_id] = call
                continue
            row = self.row_of(call.call_id)
            if row is None:
                fresh[call.call_id] = call
            else:
                self._calls[row] = call
                changed_rows.append(row)
        for first, last in _blocks(changed_rows):
            self.dataChanged.emit(self.createIndex(first, 0),
                                  self.createIndex(last, _COLUMNS - 1))
        self._remove(diff.removed)
        if fresh:
            start = len(self._calls)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            first = self._next_number
            self._next_number += len(fresh)
            self._number_of.update(zip(fresh, range(first, self._next_number)))
            self._numbers.extend(range(first, self._next_number))
            self._calls.extend(fresh.values())
            self.endInsertRows()
        self._update_timer()

    def _remove(self, calls: Sequence[LiveCall]) -> None:
        rows = [row for call in calls if (row := self.row_of(call.call_id)) is not None]
        for first, last in reversed(_blocks(rows)):
            self.beginRemoveRows(QModelIndex(), first, last)
            for call in self._calls[first:last + 1]:
                del self._number_of[call.call_id]
            del self._calls[first:last + 1]
            del self._numbers[first:last + 1]
            self.endRemoveRows()

    def call_at(self, row: int) -> LiveCall:
        return self._calls[row]

    def row_of(self, call_id: str) -> int | None:
        number = self._number_of.get(call_id)
        return None if number is None else bisect_left(self._numbers, number)

    def calls(self) -> list[LiveCall]:
        return list(self._calls)

    def tick(self) -> None:
        """Tell views the durations moved on (DisplayRole of the Duration column only)."""
        if self._calls:
            self.dataChanged.emit(
                self.index(0, Column.DURATION),
                self.index(len(self._calls) - 1, Column.DURATION),
                [Qt.ItemDataRole.DisplayRole],
            )

    def _update_timer(self) -> None:
        if not self._calls:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    # --- words --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Re-read the translated words (after a LanguageChange) and tell views."""
        self._load_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)
        if self._calls:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._calls) - 1, _COLUMNS - 1))

    def _load_texts(self) -> None:
        self._cells.clear()
        self._headers = {
            Column.DIRECTION: self.tr("Direction"),
            Column.FROM: self.tr("From"),
            Column.TO: self.tr("To"),
            Column.STATE: self.tr("State"),
            Column.DURATION: self.tr("Duration"),
            Column.EXTENSION: self.tr("Extension"),
        }
        self._directions = {
            "inbound": self.tr("Inbound"),
            "outbound": self.tr("Outbound"),
            "local": self.tr("Internal"),
        }
        self._phases = {
            Phase.STARTING: self.tr("Starting"),
            Phase.RINGING: self.tr("Ringing"),
            Phase.DIALING: self.tr("Dialing"),
            Phase.TALKING: self.tr("Talking"),
            Phase.ON_HOLD: self.tr("On hold"),
            Phase.PARKED: self.tr("Parked"),
            Phase.IN_IVR: self.tr("In IVR"),
            Phase.TRANSFERRING: self.tr("Transferring"),
            Phase.ENDING: self.tr("Ending"),
        }
        self._unknown_state = self.tr("Unknown ({state})")
        self._tooltip = self.tr("State: {state}\nCall ID: {call_id}")

    def text(self, call: LiveCall, column: int) -> str:
        """What a cell shows, as plain text."""
        if column == Column.DIRECTION:
            return self._directions.get(call.direction, call.direction)
        if column == Column.FROM:
            return _formatted(call.source, self.region)
        if column == Column.TO:
            return _formatted(call.destination, self.region)
        if column == Column.STATE:
            known = self._phases.get(phase(call))
            if known is not None:
                return known
            return self._unknown_state.format(state=isolate(call.state, _STATE_LIMIT))
        if column == Column.DURATION:
            return format_duration(self.seconds(call))
        if column == Column.EXTENSION:
            return agent_extension(call)
        return ""

    def seconds(self, call: LiveCall) -> int:
        return elapsed_seconds(call.created_time, self._clock())

    # --- QAbstractItemModel -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._calls)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._calls) or index.column() >= _COLUMNS:
            return None
        return self._value(self._calls[index.row()], index.column(), role)

    def multiData(self, index: _Index, span: QModelRoleDataSpan) -> None:
        """Every role a delegate asks for a cell in one call (a paint asks for seven per cell)
        instead of one call from Qt into Python per role."""
        if type(self).data is not LiveCallModel.data:  # a sub-class's own data() is asked
            super().multiData(index, span)
            return
        if not index.isValid():
            for role_data in span:
                role_data.clearData()
            return
        self.cell_data(index.row(), index.column(), span)

    def cell_data(self, row: int, column: int, span: QModelRoleDataSpan) -> None:
        """``multiData`` of the cell at ``row`` and ``column`` (for a filter that knows the row
        without making an index of this model)."""
        if not 0 <= row < len(self._calls) or not 0 <= column < _COLUMNS:
            for role_data in span:
                role_data.clearData()
            return
        call = self._calls[row]
        if self.region != self._cells_region:
            self._cells.clear()
            self._cells_region = self.region
        entry = self._cells.get(id(call))
        values = entry[1][column] if entry is not None and entry[0] is call else (
            self._cell_values(call)[column])
        for role_data in span:
            value = values.get(role_data.role())
            if value is _LIVE:  # the duration, which the clock moves on
                value = self._value(call, column, role_data.role())
            role_data.setData(value)

    def _cell_values(self, call: LiveCall) -> tuple[dict[int, Any], ...]:
        """What ``_value`` gives for each column of ``call``, by role (roles not listed: None),
        remembered while the call is in the table: a repaint then costs lookups."""
        if len(self._cells) >= 2 * len(self._calls) + 256:  # calls gone since: start again
            self._cells.clear()
        roles = (_DISPLAY, _DECORATION, _ALIGNMENT, _TOOLTIP, CALL_ID_ROLE, NUMBER_ROLE)
        cells = []
        for column in range(_COLUMNS):
            values = {role: value for role in roles
                      if (value := self._value(call, column, role)) is not None}
            if column == Column.DURATION:
                values[_DISPLAY] = values[SORT_ROLE] = _LIVE
            else:
                values[SORT_ROLE] = values[_DISPLAY]
            cells.append(values)
        result = tuple(cells)
        self._cells[id(call)] = (call, result)
        return result

    def _value(self, call: LiveCall, column: int, role: int) -> Any:
        if role in _NO_DATA_ROLES:
            return None
        if role == _DISPLAY:
            return self.text(call, column)
        if role == _DECORATION:
            name = _DIRECTION_ICONS.get(call.direction) if column == Column.DIRECTION else None
            return icon(name) if name else None
        if role == _ALIGNMENT:
            return _DURATION_ALIGNMENT if column == Column.DURATION else None
        if role == _TOOLTIP:
            # Escaped and wrapped: a tooltip that looks like HTML would be rendered as HTML.
            text = self._tooltip.format(state=_clip(call.state), call_id=_clip(call.call_id))
            return "<p style='white-space:pre'>" + text.replace("\n", "<br>") + "</p>"
        if role == CALL_ID_ROLE:
            return call.call_id
        if role == NUMBER_ROLE:
            if column == Column.FROM:
                return call.source
            return call.destination if column == Column.TO else None
        if role == SORT_ROLE:
            return self.seconds(call) if column == Column.DURATION else self.text(call, column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < _COLUMNS):
            return self._headers[Column(section)]
        return None


class LiveCallFilter(TextFilter):
    """Sorts on SORT_ROLE and keeps the rows matching the typed text and the scope."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(SORT_ROLE, parent)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        # filterAcceptsRow reads the calls, not a role (one that never changes in place).
        self.setFilterRole(CALL_ID_ROLE)
        self._digits = ""
        self._mine = False
        self._extension = ""
        # A sub-class keeping rows by other rules cannot take a cell's row for the model's.
        self._keeps_all = type(self).filterAcceptsRow is LiveCallFilter.filterAcceptsRow
        self.setDynamicSortFilter(False)  # no filter, no sort yet: see _follow_changes

    def keeps_every_row(self) -> bool:
        """Whether no rule hides a row now (nothing typed, every call)."""
        return not self._needle and not self._mine

    def _follow_changes(self) -> None:
        """Re-filter and re-sort the rows whose calls change only while a filter or a sort needs
        it. Qt runs ``filterAcceptsRow`` (Python) for every row a ``dataChanged`` names, whatever
        its roles: each poll's changed calls, and every row each second as the durations tick."""
        dynamic = self.sortColumn() >= 0 or not self.keeps_every_row()
        if dynamic != self.dynamicSortFilter():
            self.setDynamicSortFilter(dynamic)

    def set_text(self, text: str) -> None:
        """Rows whose From/To/Extension hold these digits (spaces, dots, dashes and "+" ignored),
        or whose shown text holds these words, case aside; empty: every row."""
        needle = text.strip().casefold()
        bare = "".join(ch for ch in needle if ch not in " .-+()\u00a0\t")
        digits = bare if bare and all(ch in _DIGITS for ch in bare) else ""
        if (needle, digits) != (self._needle, self._digits):
            self._change_filter(needle=needle, digits=digits)

    def set_scope(self, mine: bool, extension: str) -> None:
        """``mine``: only the calls of ``extension`` (an empty extension matches none)."""
        extension = extension.strip()
        if (mine, extension) != (self._mine, self._extension):
            self._change_filter(mine=mine, extension=extension)

    def _change_filter(self, **values: Any) -> None:
        def apply() -> None:
            for name, value in values.items():
                setattr(self, "_" + name, value)

        self.change_filter(apply)
        self._follow_changes()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Column -1 is the order calls appeared in. Qt reverses it for a descending order (which a
        # cleared header sort indicator may pass) but then appends new rows at the end anyway.
        super().sort(column, Qt.SortOrder.AscendingOrder if column < 0 else order)
        self._follow_changes()

    def multiData(self, index: _Index, span: QModelRoleDataSpan) -> None:
        # QSortFilterProxyModel would ask the source one role at a time: one call into Python
        # per role and cell painted. Hand the whole span to the source's multiData instead.
        # A sub-class with its own data() (the supervisor's colours) keeps Qt's way, which asks it.
        model = self.sourceModel()
        if isinstance(model, LiveCallModel) and type(self).data is QSortFilterProxyModel.data:
            row = self.source_row(index)
            if row is None:
                for role_data in span:
                    role_data.clearData()
            else:
                model.cell_data(row, index.column(), span)
        else:
            super().multiData(index, span)

    def source_row(self, index: _Index) -> int | None:
        """The model's row of one of this filter's cells, or None.

        While every row shows in the model's order (no sort column, nothing typed, all calls),
        that is the cell's own row: no ``mapToSource``, whose ``index()`` on the model asks its
        rowCount and columnCount, two calls from C++ into Python per cell painted."""
        if not index.isValid():
            return None
        if (self._keeps_all and not self._needle and not self._mine
                and self.sortColumn() < 0):
            return index.row()
        source = self.mapToSource(index)
        return source.row() if source.isValid() else None

    def number(self, index: _Index) -> str | None:
        """NUMBER_ROLE of one of this filter's cells: the raw number of a From/To cell."""
        model = self.sourceModel()
        own_data = type(self).data is not QSortFilterProxyModel.data  # it may answer otherwise
        if not isinstance(model, LiveCallModel) or own_data:
            return index.data(NUMBER_ROLE)  # type: ignore[no-any-return]
        column = index.column()
        if column != Column.FROM and column != Column.TO:
            return None
        row = self.source_row(index)
        if row is None or row >= model.rowCount():
            return None
        call = model.call_at(row)
        return call.source if column == Column.FROM else call.destination

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Qt's would map every cell painted to the model (see source_row) to ask it the flags
        # that are the same for every cell of a LiveCallModel.
        if type(self.sourceModel()).flags is LiveCallModel.flags:
            return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, LiveCallModel) or source_parent.isValid():
            return True
        call = model.call_at(source_row)
        if self._mine and (not self._extension or self._extension not in (
                agent_extension(call), call.source, call.destination)):
            return False
        if not self._needle:
            return True
        if self._digits and self._has_digits(call, model.region):
            return True
        return any(self._needle in model.text(call, column).casefold()
                   for column in Column if column != Column.DURATION)

    def _has_digits(self, call: LiveCall, region: str) -> bool:
        # The extension is the source or the destination, so From and To cover all three columns.
        for raw in (call.source, call.destination):
            if self._digits in digits_of(raw) or self._digits in digits_of(_formatted(raw, region)):
                return True
        return False
