"""The event hooks as a table: event, when the PBX sends it, the callback URL, whether a key is set.

``HookTableModel`` shows ``EventHook`` rows as ``HookRow`` (never the api key itself, only whether
there is one, and whether the hook posts to this desktop's event receiver). ``set_hooks`` changes
rows in place, so the selection survives a reload; ``SORT_ROLE`` orders rows by event, URL or key
for a ``QSortFilterProxyModel``; ``ID_ROLE`` gives the hook's id in every column. An unknown event
(one the PBX never sends) is shown in red with why.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ..core.event_hooks import EVENTS, event_meaning, event_warning, same_url
from ..core.plain_text import plain
from ..pbx.models import EventHook

__all__ = ["Column", "HookRow", "HookTableModel", "ID_ROLE", "SORT_ROLE"]

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the hook's event_domain_uuid, in every column
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_NEVER_SENT = QColor("#b3261e")
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    EVENT = 0
    WHEN = 1
    URL = 2
    KEY = 3


@dataclass(frozen=True)
class HookRow:
    """One hook as the table shows it: no api key, only whether there is one."""

    id: str
    event: str
    url: str
    has_key: bool
    this_desktop: bool = False

    @classmethod
    def of(cls, hook: EventHook, desktop_url: str | None) -> HookRow:
        return cls(hook.event_domain_uuid, plain(hook.event_name), plain(hook.callback_url),
                   bool(hook.callback_apikey), bool(desktop_url)
                   and same_url(hook.callback_url, desktop_url or ""))


class HookTableModel(QAbstractTableModel):
    """The hooks, one row each; ``set_hooks`` changes rows in place (no reset), so the selection
    survives a reload."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HookRow] = []

    def rows(self) -> list[HookRow]:
        return list(self._rows)

    def set_hooks(self, hooks: list[EventHook], desktop_url: str | None = None) -> None:
        new = [HookRow.of(hook, desktop_url) for hook in hooks]
        ids = {row.id for row in new}
        for at in reversed(range(len(self._rows))):
            if self._rows[at].id not in ids:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self._rows[at]
                self.endRemoveRows()
        where = {row.id: at for at, row in enumerate(self._rows)}
        for row in new:
            at = where.get(row.id)
            if at is None:
                end = len(self._rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self._rows.append(row)
                self.endInsertRows()
            elif self._rows[at] != row:
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(Column) - 1))

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    # --- QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(Column):
            return None
        return (self.tr("Event"), self.tr("Sent when"), self.tr("Callback URL"),
                self.tr("API key"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        known = row.event.lower() in EVENTS
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, known)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column, known)
        if role == SORT_ROLE:
            order = EVENTS.index(row.event.lower()) if known else len(EVENTS)
            if column == Column.URL:
                return f"{row.url.lower()}\n{order}\n{row.event}"
            if column in (Column.EVENT, Column.WHEN):
                return f"{order}\n{row.event}\n{row.url.lower()}"
            return f"{int(row.has_key)}\n{row.url.lower()}\n{order}"
        if role == Qt.ItemDataRole.ForegroundRole and not known \
                and column in (Column.EVENT, Column.WHEN):
            return _NEVER_SENT
        if role == Qt.ItemDataRole.FontRole and column == Column.URL and row.this_desktop:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: HookRow, column: Column, known: bool) -> str:
        if column == Column.EVENT:
            return row.event
        if column == Column.WHEN:
            return event_meaning(row.event) if known else self.tr("never (unknown event)")
        if column == Column.URL:
            return self.tr("{url} (this desktop)").format(url=row.url) if row.this_desktop \
                else row.url
        return self.tr("set") if row.has_key else self.tr("none")

    def _tip(self, row: HookRow, column: Column, known: bool) -> str:
        if column in (Column.EVENT, Column.WHEN):
            if not known:
                return event_warning()
            return self.tr("The PBX posts to the callback URL when {meaning}.").format(
                meaning=event_meaning(row.event))
        if column == Column.URL:  # the server's URL: escaped, or Qt would render its markup
            url = html.escape(row.url[:300])
            text = self.tr("{url}\nThis desktop's event receiver").format(url=url) \
                if row.this_desktop else url
            return "<p style='white-space:pre-wrap'>" + text + "</p>"
        return (self.tr("The PBX sends an API key with each event (header X-Api-Key)")
                if row.has_key else self.tr("The PBX sends no API key with these events"))
