"""The Customers tab: the campaigns' customers a page at a time, one in detail, a call, a new one.

``CustomersView`` shows ``core.customers.Customers``: a campaign chooser (all campaigns, the ones
seen, or a typed id), a search box that narrows the page shown, the table, and the pager
("21–40 of 80", Previous, Next). Enter or a double-click opens the customer in the detail pane
(read again with ``GET /v2/customer/{id}``, every field selectable); a double-click on the phone
number, the Call buttons or the row's menu emit ``dialRequested(phone, customer_id)``, which the
app hands to its dialer. "New customer…" opens ``CustomerForm``. Loading, empty and failed states
are shown where the list is, with Retry. Nothing here talks HTTP; everything shown is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..core.customers import CustomerPage, Customers, status_text
from ..core.phone import format_number
from ..core.plain_text import plain
from ..pbx.models import Customer
from .call_table import EnterTable, menu_text
from .customer_form import CustomerForm
from .customers_model import CUSTOMER_ID_ROLE, Column, CustomersFilter, CustomersModel, format_time
from .icons import icon
from .list_states import RetryLine, read_only_rows, table_or_state

__all__ = ["CustomerDetail", "CustomersView"]

_WIDTHS = {Column.NAME: 190, Column.CODE: 75, Column.PHONE: 110, Column.CONTRACT: 90,
           Column.CAMPAIGN: 105, Column.STATUS: 120, Column.CREATED: 125, Column.UPDATED: 125}
_Index = QModelIndex | QPersistentModelIndex


class _MiddleElide(QStyledItemDelegate):
    """Long identifiers keep their start and end: "3f1c2a…9e0b"."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class CustomerDetail(QFrame):
    """One customer as the PBX has it now, every field selectable, with Call and Close."""

    callRequested = Signal(str, str)  # phone, customer_id
    closeRequested = Signal()
    retryRequested = Signal(str)  # customer_id

    _FIELDS = ("customer_name", "customer_code", "phone_number", "contract_number", "campaign_id",
               "status", "created_at", "updated_at", "customer_id")

    def __init__(self, region: str = "VN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDetail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.region = region
        self.customer: Customer | None = None
        self.customer_id = ""
        self.title = QLabel()
        self.title.setObjectName("customerDetailTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        # A name of 10,000 characters without a space must not widen the panel.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.state = QLabel()
        self.state.setObjectName("customerDetailState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("customerDetailRetry")
        self.retry_button.clicked.connect(lambda: self.retryRequested.emit(self.customer_id))
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # narrow: names above
        form.setVerticalSpacing(2)
        for name in self._FIELDS:
            value = QLabel()
            value.setObjectName(f"customerDetail-{name}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            value.setWordWrap(True)
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label = QLabel()
            label.setStyleSheet("color: palette(placeholder-text);")
            self.names[name], self.values[name] = label, value
            form.addRow(label, value)
        self.call_button = QPushButton(icon("dial"), "")
        self.call_button.setObjectName("customerDetailCall")
        self.call_button.clicked.connect(self._call)
        self.close_button = QPushButton()
        self.close_button.setObjectName("customerDetailClose")
        self.close_button.clicked.connect(self.closeRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        # An id (36 characters without a space) fits on one line.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 36) + 40)
        self.retranslate()
        self.show_loading("")

    def value(self, name: str) -> str:
        return self.values[name].text()

    def show_loading(self, customer_id: str, known: Customer | None = None) -> None:
        """Loading ``customer_id``; what the list already knows is shown meanwhile."""
        self.customer_id = customer_id
        self._fill(known)
        self.state.setStyleSheet("")
        self.state.setText(self.tr("Loading…"))
        self.state.show()
        self.retry_button.hide()

    def show_customer(self, customer: Customer) -> None:
        self.customer_id = customer.customer_id
        self._fill(customer)
        self.state.hide()
        self.retry_button.hide()

    def show_error(self, message: str) -> None:
        self.state.setStyleSheet("color: #b3261e;")
        self.state.setText(plain(message))
        self.state.show()
        self.retry_button.show()

    def _fill(self, customer: Customer | None) -> None:
        self.customer = customer
        texts = dict.fromkeys(self._FIELDS, "")
        if customer is not None:
            texts.update(
                customer_name=customer.customer_name, customer_code=customer.customer_code,
                phone_number=format_number(customer.phone_number, self.region),
                contract_number=customer.contract_number, campaign_id=customer.campaign_id,
                status=status_text(customer), created_at=format_time(customer.created_at),
                updated_at=format_time(customer.updated_at) or self.tr("Never"),
                customer_id=customer.customer_id)
        for name, text in texts.items():
            self.values[name].setText(plain(text))
        name = customer.customer_name if customer is not None else ""
        code = customer.customer_code if customer is not None else ""
        self.title.setText(plain(name or code) or self.tr("Customer"))
        self.call_button.setEnabled(customer is not None and bool(customer.phone_number.strip()))

    def _call(self) -> None:
        if self.customer is not None and self.customer.phone_number.strip():
            self.callRequested.emit(self.customer.phone_number, self.customer.customer_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for name, text in (("customer_name", self.tr("Name:")), ("customer_code", self.tr("Code:")),
                           ("phone_number", self.tr("Phone:")),
                           ("contract_number", self.tr("Contract:")),
                           ("campaign_id", self.tr("Campaign:")), ("status", self.tr("Status:")),
                           ("created_at", self.tr("Created:")), ("updated_at", self.tr("Updated:")),
                           ("customer_id", self.tr("Customer ID:"))):
            self.names[name].setText(text)
        self.call_button.setText(self.tr("Call"))
        self.call_button.setToolTip(self.tr("Call this customer: your phone rings first"))
        self.close_button.setText(self.tr("Close"))
        self.retry_button.setText(self.tr("Retry"))
        if self.customer is not None:
            self._fill(self.customer)


class CustomersView(QWidget):
    """The customers of a campaign (or all), a page at a time, with details, calls and a form."""

    dialRequested = Signal(str, str)  # the customer's raw phone number, customer_id

    def __init__(self, customers: Customers, region: str = "VN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersView")
        self.customers = customers
        self.model = CustomersModel(region, self)
        self.proxy = CustomersFilter(self)
        self.proxy.setSourceModel(self.model)
        self.form: CustomerForm | None = None
        self._build()
        customers.loadingChanged.connect(self._update_state)
        customers.loaded.connect(self._loaded)
        customers.failed.connect(self._failed)
        customers.detailLoaded.connect(self._detail_loaded)
        customers.detailFailed.connect(self._detail_failed)
        customers.created.connect(self._created)
        customers.cleared.connect(self._cleared)
        customers.session.loggedIn.connect(self._logged_in)
        self.retranslate()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.campaign = QComboBox()
        self.campaign.setObjectName("customersCampaign")
        self.campaign.setEditable(True)
        self.campaign.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.campaign.addItem("", "")
        self.campaign.setMinimumContentsLength(22)
        self.campaign.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaign.activated.connect(lambda _i: self._campaign_chosen())
        self.campaign.lineEdit().returnPressed.connect(self._campaign_chosen)
        self.search = QLineEdit()
        self.search.setObjectName("customersSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("customersRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.new_button = QPushButton(icon("customers"), "")
        self.new_button.setObjectName("customersNew")
        self.new_button.clicked.connect(self.open_form)
        top = QHBoxLayout()
        top.addWidget(self.campaign)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.new_button)

        self.error_box = RetryLine("customersError", "customersErrorText", "customersRetry")
        self.error_label, self.retry_button = self.error_box.label, self.error_box.retry_button
        self.retry_button.clicked.connect(self.customers.reload)

        self.table = EnterTable()
        self.table.setObjectName("customersTable")
        self._setup_table()
        self.empty_label, self.stack = table_or_state(self.table, "customersEmpty")
        self.detail = CustomerDetail(self.model.region)
        self.detail.callRequested.connect(self.dialRequested)
        self.detail.closeRequested.connect(self.close_detail)
        self.detail.retryRequested.connect(self.open_detail)
        self.detail.hide()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.call_button = QPushButton(icon("dial"), "")
        self.call_button.setObjectName("customersCall")
        self.call_button.clicked.connect(self.call_selected)
        self.range_label = QLabel()
        self.range_label.setObjectName("customersRange")
        self.range_label.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("customersPrevious")
        self.previous_button.clicked.connect(self.customers.previous_page)
        self.next_button = QPushButton()
        self.next_button.setObjectName("customersNext")
        self.next_button.clicked.connect(self.customers.next_page)
        bottom = QHBoxLayout()
        bottom.addWidget(self.call_button)
        bottom.addStretch(1)
        bottom.addWidget(self.range_label)
        bottom.addSpacing(8)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error_box)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(Column.CAMPAIGN, _MiddleElide(table))
        read_only_rows(table)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_context_menu)
        table.doubleClicked.connect(self._double_clicked)
        table.rowActivated.connect(lambda index: self.open_detail(self._id_at(index)))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the PBX's order until asked
        table.setSortingEnabled(True)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # --- what the view asks -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the current page again."""
        self.customers.reload()

    def set_region(self, region: str) -> None:
        self.model.set_region(region)
        self.detail.region = region
        if self.detail.customer is not None:
            self.detail.show_customer(self.detail.customer)

    def selected_customer(self) -> Customer | None:
        rows = self.table.selectionModel().selectedRows()
        return self._customer_at(rows[0]) if rows else None

    def select_customer(self, customer_id: str) -> bool:
        """Select the customer's row (False when it is not on the page or hidden by the search)."""
        row = self.model.row_of(customer_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def call_selected(self) -> None:
        customer = self.selected_customer()
        if customer is not None:
            self.call(customer)

    def call(self, customer: Customer) -> None:
        if customer.phone_number.strip():
            self.dialRequested.emit(customer.phone_number, customer.customer_id)

    def open_detail(self, customer_id: str) -> None:
        """Show the customer in the detail pane, read again from the PBX."""
        if not customer_id:
            return
        row = self.model.row_of(customer_id)
        self.detail.show_loading(customer_id,
                                 self.model.customer_at(row) if row is not None else None)
        self.detail.show()
        self.customers.fetch(customer_id)

    def close_detail(self) -> None:
        self.detail.hide()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_form(self) -> CustomerForm:
        """The "New customer" form, window-modal (``open()``), prefilled with the campaign shown."""
        if self.form is not None:
            self.form.raise_()
            self.form.activateWindow()
            return self.form
        form = CustomerForm(self.customers, self.customers.query.campaign_id, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.finished.connect(lambda _result: self._form_closed(form))
        self.form = form
        form.open()
        return form

    def _form_closed(self, form: CustomerForm) -> None:
        if self.form is form:
            self.form = None

    # --- the table --------------------------------------------------------------------------------

    def _customer_at(self, index: _Index) -> Customer | None:
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(self.proxy.index(index.row(), 0))
        return self.model.customer_at(source.row()) if source.isValid() else None

    def _id_at(self, index: _Index) -> str:
        return index.data(CUSTOMER_ID_ROLE) or "" if index.isValid() else ""

    def _double_clicked(self, index: QModelIndex) -> None:
        customer = self._customer_at(index)
        if customer is None:
            return
        if index.column() == Column.PHONE:
            self.call(customer)
        else:
            self.open_detail(customer.customer_id)

    def context_menu_for(self, index: _Index) -> QMenu | None:
        """The row's menu: Call, Details, Copy number."""
        customer = self._customer_at(index)
        if customer is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("customersMenu")
        if customer.phone_number.strip():
            shown = menu_text(plain(format_number(customer.phone_number, self.model.region)))
            call = menu.addAction(icon("dial"), self.tr("Call {number}").format(number=shown))
            call.setObjectName("customersMenuCall")
            call.triggered.connect(lambda: self.call(customer))
        details = menu.addAction(self.tr("Details"))
        details.setObjectName("customersMenuDetails")
        details.triggered.connect(lambda: self.open_detail(customer.customer_id))
        if customer.phone_number.strip():
            menu.addSeparator()
            copy = menu.addAction(icon("copy"), self.tr("Copy number"))
            copy.triggered.connect(
                lambda: QGuiApplication.clipboard().setText(customer.phone_number))
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        menu = self.context_menu_for(index)
        if menu is not None:
            self.table.selectRow(index.row())
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- what Customers says ----------------------------------------------------------------------

    def _loaded(self, result: CustomerPage) -> None:
        keep = result.select or (self.selected_customer().customer_id
                                 if self.selected_customer() is not None else "")
        self.model.set_customers(result.customers)
        self._fill_campaigns()
        self.error_box.hide()
        if keep and self.select_customer(keep) and result.select:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_state()

    def _failed(self, message: str) -> None:
        self.error_label.setText(plain(message))
        self.error_box.show()
        self._update_state()

    def _detail_loaded(self, customer: Customer) -> None:
        if customer.customer_id == self.detail.customer_id:
            self.detail.show_customer(customer)

    def _detail_failed(self, customer_id: str, message: str) -> None:
        if customer_id == self.detail.customer_id:
            self.detail.show_error(message)

    def _created(self, customer_id: str, _body: object) -> None:
        self.search.clear()  # the new customer must not be hidden by the search
        self.open_detail(customer_id)

    def _logged_in(self, _account: object) -> None:
        if self.isVisible() and not self.customers.loading:
            self.customers.reload()

    def _cleared(self) -> None:
        self.model.set_customers(())
        self.search.clear()
        self.detail.hide()
        self.error_box.hide()
        if self.form is not None:
            self.form.reject()
        self._fill_campaigns()
        self._update_state()

    # --- campaign and search ----------------------------------------------------------------------

    def _campaign_chosen(self) -> None:
        self.campaign.lineEdit().setModified(False)
        text = self.campaign.currentText().strip()
        if text == self.campaign.itemText(0):
            text = ""
        if text != self.customers.query.campaign_id or self.customers.current is None:
            self.customers.load(campaign_id=text)

    def choose_campaign(self, campaign_id: str) -> None:
        """Show one campaign ("" for all), as if it had been typed."""
        self.campaign.setCurrentText(campaign_id or self.campaign.itemText(0))
        self._campaign_chosen()

    def _fill_campaigns(self) -> None:
        """The campaigns seen so far, and the query's campaign in the box."""
        current = self.customers.query.campaign_id
        line = self.campaign.lineEdit()
        typing = line.hasFocus() and line.isModified()  # not overwritten while being typed
        typed = line.text()
        self.campaign.blockSignals(True)
        while self.campaign.count() > 1:
            self.campaign.removeItem(1)
        for campaign in self.customers.campaigns():
            self.campaign.addItem(campaign, campaign)
        at = self.campaign.findData(current) if current else 0
        if at >= 0:
            self.campaign.setCurrentIndex(at)
        self.campaign.setEditText(typed if typing else current or self.campaign.itemText(0))
        self.campaign.blockSignals(False)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_state()

    # --- state ------------------------------------------------------------------------------------

    def _update_state(self, *_args: object) -> None:
        loading = self.customers.loading
        current = self.customers.current
        if self.proxy.rowCount():
            self.stack.setCurrentWidget(self.table)
        else:
            if loading:
                text = self.tr("Loading customers…")
            elif current is None:
                text = self.tr("The customers could not be loaded.") if self.customers.error \
                    else self.tr("No customers loaded yet.")
            elif self.model.rowCount():
                text = self.tr("No customers on this page match the search.")
            elif current.page.total and current.query.offset >= current.page.total:
                text = self.tr("No customers on this page. Go back with Previous.")
            elif current.query.campaign_id:
                text = self.tr("This campaign has no customers.")
            else:
                text = self.tr("No customers yet.")
            self.empty_label.setText(text)
            self.stack.setCurrentWidget(self.empty_label)
        self.range_label.setText(self._range_text())
        self._update_buttons()

    def _range_text(self) -> str:
        current = self.customers.current
        if self.customers.loading and current is None:
            return self.tr("Loading…")
        if current is None:
            return ""
        count, total = len(current.customers), current.page.total
        if not count:
            return self.tr("0 of {total}").format(total=total)
        first = current.page.offset + 1
        return self.tr("{first}–{last} of {total}").format(
            first=first, last=first + count - 1, total=max(total, first + count - 1))

    def _update_buttons(self) -> None:
        current = self.customers.current
        self.previous_button.setEnabled(current is not None and current.query.offset > 0)
        self.next_button.setEnabled(current is not None and current.page.offset
                                    + self.customers.query.limit < current.page.total)
        customer = self.selected_customer()
        self.call_button.setEnabled(customer is not None and bool(customer.phone_number.strip()))
        self.refresh_button.setEnabled(not self.customers.loading)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.customers.current is None and not self.customers.loading \
                and self.customers.session.client is not None:
            self.customers.reload()

    # --- language ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.campaign.setItemText(0, self.tr("All campaigns"))
        if not self.customers.query.campaign_id:
            self.campaign.setEditText(self.campaign.itemText(0))
        self.campaign.setToolTip(self.tr("Choose a campaign, or type its ID and press Enter"))
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.search.setPlaceholderText(self.tr("Search this page by name, code, phone or contract"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.new_button.setText(self.tr("New customer…"))
        self.new_button.setToolTip(self.tr("Add a customer to a campaign"))
        self.retry_button.setText(self.tr("Retry"))
        self.call_button.setText(self.tr("Call"))
        self.call_button.setToolTip(self.tr("Call the selected customer: your phone rings first"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.table.setAccessibleName(self.tr("Customers"))
        self._update_state()
