"""The live-calls view: a sortable, filterable table of the calls on the PBX whose numbers dial.

From and To numbers are drawn as links: a click on one, "Call …" in a row's context menu, or Enter
on a selected row (the customer's number) emits ``dialRequested`` with the raw number; the dialer
takes it from there. The model (``call_model``) never resets, so the selection and the scroll
position survive every poll. Everything shown is plain text: numbers come from a server.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.call_diff import customer_number
from ..pbx.models import LiveCall
from .call_model import (
    CALL_ID_ROLE,
    NUMBER_ROLE,
    SORT_ROLE,
    Column,
    LiveCallFilter,
    LiveCallModel,
    dialable,
)
from .icons import icon

__all__ = [
    "CALL_ID_ROLE", "NUMBER_ROLE", "SORT_ROLE", "Column", "LiveCallFilter", "LiveCallModel",
    "LiveCallsView", "NumberLinkDelegate", "CallTableView",
]  # fmt: skip

_MENU_NUMBER_LIMIT = 40  # characters of a number a menu entry shows
_COLUMN_WIDTHS = {Column.DIRECTION: 110, Column.STATE: 130, Column.DURATION: 80,
                  Column.EXTENSION: 90}
_Index = QModelIndex | QPersistentModelIndex


def is_link(index: _Index) -> bool:
    """Whether a cell holds a number that dials when clicked."""
    if index.column() not in (Column.FROM, Column.TO):
        return False
    model = index.model()  # the filter's own lookup spares a cell painted a trip through Qt
    return dialable(model.number(index) if isinstance(model, LiveCallFilter)
                    else index.data(NUMBER_ROLE))


def menu_text(number: str) -> str:
    """A number for a menu entry: shortened, "&" kept literal, isolated from the text around it
    (a right-to-left mark inside cannot reorder the words of the entry)."""
    if len(number) > _MENU_NUMBER_LIMIT:
        number = number[:_MENU_NUMBER_LIMIT] + "…"
    return "\u2068" + number.replace("&", "&&") + "\u2069"


translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")


def setup_call_columns(table: QTableView, widths: dict[Column, int]) -> None:
    """A call table's columns: the given widths, From and To stretching, and unsorted (the order
    calls appeared) until a header is clicked; a third click unsorts."""
    header = table.horizontalHeader()
    for column, width in widths.items():
        header.resizeSection(column, width)
    header.setSectionResizeMode(Column.FROM, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(Column.TO, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)


def show_call_count(label: QLabel, shown: int, total: int) -> None:
    """"3 calls" or "2 of 5 calls" in ``label``, never clipped whatever the language (the
    filter box beside it gives way instead)."""
    if shown == total:
        text = (translate("LiveCallsView", "%n call", "", shown) if shown == 1
                else translate("LiveCallsView", "%n calls", "", shown))
    elif total == 1:
        text = translate("LiveCallsView", "{shown} of 1 call").format(shown=shown)
    else:
        text = translate("LiveCallsView", "{shown} of {total} calls").format(shown=shown,
                                                                            total=total)
    label.setText(text)
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance(text) + 4)


class NumberLinkDelegate(QStyledItemDelegate):
    """Draws dialable From/To numbers in the palette's link colour, underlined (as plain text)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        if is_link(index):
            font = QFont(option.font)
            font.setUnderline(True)
            option.font = font
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Link))
            option.palette = palette


class EnterTable(QTableView):
    """A table whose selected row is activated with Enter (``rowActivated``)."""

    rowActivated = Signal(QModelIndex)  # Enter on the selected row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() != QAbstractItemView.State.EditingState):
            rows = self.selectionModel().selectedRows() if self.selectionModel() else []
            if rows:
                self.rowActivated.emit(rows[0])
                event.accept()
                return
        super().keyPressEvent(event)


class CallTableView(EnterTable):
    """A table whose number links react to the mouse and whose rows react to Enter."""

    numberClicked = Signal(str)  # the raw number of a clicked link

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewport().setMouseTracking(True)
        self._pressed: QPersistentModelIndex | None = None
        self._hand = False
        self._moved_from: int | None = None  # the first row inserted or removed since a layout
        self._relayout = False  # rows moved some other way since a layout: lay it all out
        self._row_links: list[QMetaObject.Connection] = []

    # --- rows coming and going ------------------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        for link in self._row_links:
            QObject.disconnect(link)
        self._row_links = []
        self._moved_from = None
        self._relayout = False
        super().setModel(model)
        if model is not None:
            self._row_links = [
                model.rowsAboutToBeInserted.connect(self._rows_moving),
                model.rowsAboutToBeRemoved.connect(self._rows_moving),
                *(signal.connect(self._everything_moves) for signal in (
                    model.modelReset, model.layoutChanged, model.columnsInserted,
                    model.columnsRemoved, model.columnsMoved, model.rowsMoved)),
            ]

    def _rows_moving(self, parent: QModelIndex, first: int, _last: int) -> None:
        if parent.isValid():
            self._relayout = True
        elif self._moved_from is None or first < self._moved_from:
            self._moved_from = first

    def _everything_moves(self, *_args: object) -> None:
        self._relayout = True

    def doItemsLayout(self) -> None:
        """After rows came or went, Qt lays the table out again and repaints every visible row.
        The rows above the first one inserted or removed stay where they were, so only the part
        of the viewport from that row down is repainted: nothing, when it is below the last row
        shown (a poll that adds calls at the bottom and ends some further down repaints none of
        the rows in view). Anything else that moves rows (a reset, a sort) lays out as Qt does."""
        first, self._moved_from = self._moved_from, None
        relayout, self._relayout = self._relayout, False
        if first is None or relayout:
            super().doItemsLayout()
            return
        self.updateGeometries()  # QTableView::doItemsLayout, minus its viewport()->update()
        header = self.verticalHeader()
        if not header.updatesEnabled():  # Qt turns them off while rows are removed
            header.setUpdatesEnabled(True)
        rows = self.model().rowCount() if self.model() is not None else 0
        if first < rows:
            top = self.rowViewportPosition(first)
        elif rows:
            top = self.rowViewportPosition(rows - 1) + self.rowHeight(rows - 1)
        else:
            top = 0
        viewport = self.viewport()
        top = max(0, top)
        if top < viewport.height():
            viewport.update(QRect(0, top, viewport.width(), viewport.height() - top))

    # --- number links -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        plain_left = (event.button() == Qt.MouseButton.LeftButton
                      and event.modifiers() == Qt.KeyboardModifier.NoModifier)
        self._pressed = QPersistentModelIndex(index) if plain_left and is_link(index) else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        super().mouseReleaseEvent(event)
        if pressed is None or not pressed.isValid() or event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.indexAt(event.position().toPoint())
        if index.row() == pressed.row() and index.column() == pressed.column() and is_link(index):
            self.numberClicked.emit(index.data(NUMBER_ROLE))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self._set_hand(is_link(self.indexAt(event.position().toPoint())))

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hand(False)
        super().leaveEvent(event)

    def _set_hand(self, hand: bool) -> None:
        if hand != self._hand:
            self._hand = hand
            if hand:
                self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.viewport().unsetCursor()

class LiveCallsView(QWidget):
    """The live calls: a filter line, "My calls" / "All calls", a count, and the table."""

    dialRequested = Signal(str)  # a raw number

    def __init__(self, model: LiveCallModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveCalls")
        self.model = model
        self.proxy = LiveCallFilter(self)
        self.proxy.setSourceModel(model)
        self._extension = ""

        self.filter = QLineEdit()
        self.filter.setObjectName("callFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.mine_button = QPushButton()
        self.all_button = QPushButton()
        self.scope = QButtonGroup(self)
        self.scope.setExclusive(True)
        for button in (self.mine_button, self.all_button):
            button.setCheckable(True)
            self.scope.addButton(button)
        self.all_button.setChecked(True)
        self.mine_button.toggled.connect(self._apply_scope)
        self.count_label = QLabel()
        self.count_label.setObjectName("callCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.table = CallTableView()
        self.table.setObjectName("liveCallTable")
        self._setup_table()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("liveCallsEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.mine_button)
        bar.addWidget(self.all_button)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self._focus_filter)
        self.addAction(self.find_action)

        for model_ in (self.proxy, self.model):
            model_.rowsInserted.connect(self._update_state)
            model_.rowsRemoved.connect(self._update_state)
            model_.modelReset.connect(self._update_state)
        self.proxy.layoutChanged.connect(self._update_state)
        self.model.applied.connect(self._applied)
        self.table.numberClicked.connect(self.dialRequested)
        self.table.rowActivated.connect(self._dial_customer)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self._retranslate_ui()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        delegate = NumberLinkDelegate(table)
        table.setItemDelegateForColumn(Column.FROM, delegate)
        table.setItemDelegateForColumn(Column.TO, delegate)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        setup_call_columns(table, _COLUMN_WIDTHS)

    # --- scope and state ----------------------------------------------------------------------

    def set_my_extension(self, ext: str) -> None:
        self._extension = ext.strip()
        self._apply_scope()

    def _apply_scope(self) -> None:
        self.proxy.set_scope(self.mine_button.isChecked(), self._extension)
        self._update_state()

    def _applied(self) -> None:
        # Rows came or went: Qt lays the table out again on a zero timer, after the paint the
        # change asked for, and paints it all a second time. Lay it out now: one paint per poll.
        self.table.executeDelayedItemsLayout()
        self._update_state()

    def _update_state(self) -> None:
        if self.model.applying:  # one poll's removals and insertions: count once, at the end
            return
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown:
            self.stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(self.tr("No calls right now") if total == 0
                                     else self.tr("No calls match the filter"))
            self.stack.setCurrentWidget(self.empty_label)
        show_call_count(self.count_label, shown, total)

    def select_call(self, call_id: str) -> bool:
        """Select the row of the call and scroll to it; False when it is not in the table (not
        live, or hidden by the filter or the scope)."""
        row = self.model.row_of(call_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    # --- dialing ------------------------------------------------------------------------------

    def call_of(self, index: _Index) -> LiveCall | None:
        """The call of a row of the table (an index of the filter)."""
        if not index.isValid():
            return None
        return self.model.call_at(self.proxy.mapToSource(self.proxy.index(index.row(), 0)).row())

    def _dial_customer(self, index: QModelIndex) -> None:
        call = self.call_of(index)
        number = customer_number(call) if call is not None else ""
        if number.strip():
            self.dialRequested.emit(number)

    def context_menu_for(self, index: _Index) -> QMenu | None:
        """"Call …" for each dialable number of the row's call, "Copy …" for each number."""
        call = self.call_of(index)
        if call is None:
            return None
        numbers = list(dict.fromkeys(n for n in (call.source, call.destination) if n.strip()))
        if not numbers:
            return None
        menu = QMenu(self)
        menu.setObjectName("liveCallMenu")
        shown = {raw: menu_text(self.model.text(call, column))
                 for raw, column in ((call.destination, Column.TO), (call.source, Column.FROM))}
        for raw in numbers:
            if dialable(raw):
                action = menu.addAction(icon("dial"), self.tr("Call {number}").format(
                    number=shown[raw]))
                action.setData(["dial", raw])
        menu.addSeparator()
        for raw in numbers:
            action = menu.addAction(icon("copy"), self.tr("Copy {number}").format(
                number=shown[raw]))
            action.setData(["copy", raw])
        menu.triggered.connect(self._menu_triggered)
        return menu

    def _menu_triggered(self, action: QAction) -> None:
        kind, raw = action.data()
        if kind == "dial":
            self.dialRequested.emit(raw)
        else:
            QGuiApplication.clipboard().setText(raw)

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu_for(self.table.indexAt(pos))
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._retranslate_ui()
        super().changeEvent(event)

    def _retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by number or extension"))
        self.filter.setAccessibleName(self.tr("Filter calls"))
        self.mine_button.setText(self.tr("My calls"))
        self.mine_button.setToolTip(self.tr("Only the calls of your extension"))
        self.all_button.setText(self.tr("All calls"))
        self.all_button.setToolTip(self.tr("Every call on the PBX"))
        self.table.setAccessibleName(self.tr("Live calls"))
        self.find_action.setText(self.tr("Find"))
        self._update_state()
