"""The customer list's table model and its search filter: what the Customers view shows.

``CustomersModel`` holds one page of ``core.customers.Customers`` (a new page replaces the rows:
a page is a new question, not a poll) and shows each customer as plain text: the name, code, phone
number formatted for people, contract number, campaign, the status in people's words and the
created / updated times. ``CustomersFilter`` sorts the page and narrows it to a typed name, code,
contract or phone number (spaces and dots in numbers do not matter).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ..core.customers import status_text
from ..core.phone import format_number
from ..core.plain_text import plain
from ..pbx.models import Customer, CustomerStatus
from .call_model import digits_of
from .text_filter import TextFilter

__all__ = ["CUSTOMER_ID_ROLE", "PHONE_ROLE", "SORT_ROLE", "Column", "CustomersFilter",
           "CustomersModel", "format_time"]

CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the customer's id, in every column
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PHONE_ROLE = Qt.ItemDataRole.UserRole + 3  # the raw phone number, in every column


class Column(IntEnum):
    NAME = 0
    CODE = 1
    PHONE = 2
    CONTRACT = 3
    CAMPAIGN = 4
    STATUS = 5
    CREATED = 6
    UPDATED = 7


_COLUMNS = len(Column)
_STATUS_COLOURS = {CustomerStatus.ANSWERED: QColor("#0d652d"), CustomerStatus.FAIL:
                   QColor("#b3261e"), CustomerStatus.QUEUE: QColor("#174ea6")}
_TOOLTIP_LIMIT = 300
_Index = QModelIndex | QPersistentModelIndex


def format_time(when: datetime | None) -> str:
    """A date and time as the rest of the app writes them, day first ("" when unknown, e.g.
    never updated)."""
    return when.strftime("%d/%m/%Y %H:%M") if when is not None else ""


class CustomersModel(QAbstractTableModel):
    """The customers of one page, in the order the PBX sent them; read-only."""

    def __init__(self, region: str = "VN", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self._rows: list[Customer] = []
        self._load_texts()

    # --- the rows -------------------------------------------------------------------------------

    def set_customers(self, customers: Iterable[Customer]) -> None:
        self.beginResetModel()
        self._rows = list(customers)
        self.endResetModel()

    def customer_at(self, row: int) -> Customer:
        return self._rows[row]

    def customers(self) -> list[Customer]:
        return list(self._rows)

    def row_of(self, customer_id: str) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.customer_id == customer_id), None)

    def set_region(self, region: str) -> None:
        if region != self.region:
            self.region = region
            self._all_changed()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, _COLUMNS - 1))

    # --- words ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._load_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMNS - 1)
        self._all_changed()

    def _load_texts(self) -> None:
        self._headers = [self.tr("Name"), self.tr("Code"), self.tr("Phone"),
                         self.tr("Contract"), self.tr("Campaign"), self.tr("Status"),
                         self.tr("Created"), self.tr("Updated")]

    def text(self, customer: Customer, column: int) -> str:
        """What a cell shows, as plain text."""
        if column == Column.NAME:
            return plain(customer.customer_name)
        if column == Column.CODE:
            return plain(customer.customer_code)
        if column == Column.PHONE:
            return plain(format_number(customer.phone_number, self.region))
        if column == Column.CONTRACT:
            return plain(customer.contract_number)
        if column == Column.CAMPAIGN:
            return plain(customer.campaign_id)
        if column == Column.STATUS:
            return plain(status_text(customer))
        if column == Column.CREATED:
            return format_time(customer.created_at)
        if column == Column.UPDATED:
            return format_time(customer.updated_at)
        return ""

    def _sort_key(self, customer: Customer, column: int) -> Any:
        if column == Column.PHONE:
            return digits_of(customer.phone_number)
        if column in (Column.CREATED, Column.UPDATED):
            when = customer.created_at if column == Column.CREATED else customer.updated_at
            return when.isoformat() if when is not None else ""
        return self.text(customer, column).casefold()

    # --- QAbstractItemModel ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= _COLUMNS:
            return None
        customer, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(customer, column)
        if role == CUSTOMER_ID_ROLE:
            return customer.customer_id
        if role == PHONE_ROLE:
            return customer.phone_number
        if role == SORT_ROLE:
            return self._sort_key(customer, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            return _STATUS_COLOURS.get(customer.status_kind)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.CAMPAIGN, Column.NAME,
                                                              Column.CONTRACT):
            text = self.text(customer, column)
            # Qt shows a tooltip that looks like HTML as HTML: server text is escaped.
            return "<p style='white-space:pre-wrap'>" + html.escape(
                text[:_TOOLTIP_LIMIT]) + "</p>" if text else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class CustomersFilter(TextFilter):
    """Sorts on SORT_ROLE; keeps the customers whose name, code, contract or phone number holds
    the typed text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(SORT_ROLE, parent)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not self._needle or not isinstance(model, CustomersModel) or source_parent.isValid():
            return True
        customer = model.customer_at(source_row)
        words = (customer.customer_name, customer.customer_code, customer.contract_number,
                 customer.phone_number)
        if any(self._needle in w.casefold() for w in words):
            return True
        compact = "".join(self._needle.split()).replace(".", "").replace("-", "")
        digits = digits_of(compact)
        if not digits or digits != compact.lstrip("+"):
            return False
        phone = digits_of(customer.phone_number)
        # 0899… typed for a number the PBX wrote 84899…, and the other way round
        return digits in phone or _national(digits) in _national(phone)


def _national(digits: str) -> str:
    return "0" + digits[2:] if digits.startswith("84") else digits
