"""The live-call table: the model under random polls, the filter, and the view's links and menus."""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from agent_desktop.core.call_diff import CallDiff, CallSnapshot
from agent_desktop.core.phone import format_number
from agent_desktop.pbx.models import ChannelState, LiveCall
from agent_desktop.ui.call_table import (
    CALL_ID_ROLE,
    NUMBER_ROLE,
    SORT_ROLE,
    Column,
    LiveCallFilter,
    LiveCallModel,
    LiveCallsView,
)
from tests.ui_calls.conftest import T0, Clock, make_call

DISPLAY = Qt.ItemDataRole.DisplayRole
STATES = [s.value for s in ChannelState] + ["cs_routing", "SOMETHING_NEW"]

# --- helpers ------------------------------------------------------------------------------------


class Recorder:
    """Every structural signal of a model, in order."""

    NAMES = ("modelAboutToBeReset", "modelReset", "layoutAboutToBeChanged", "layoutChanged",
             "rowsAboutToBeRemoved", "rowsAboutToBeInserted", "rowsMoved", "dataChanged",
             "columnsInserted", "columnsRemoved")

    def __init__(self, model: QObject) -> None:
        self.events: list[tuple] = []
        for name in self.NAMES:
            getattr(model, name).connect(lambda *args, name=name: self.events.append(
                (name, *self._plain(args))))

    @staticmethod
    def _plain(args: tuple) -> tuple:
        out = []
        for arg in args:
            if isinstance(arg, QModelIndex):
                out.append((arg.row(), arg.column()) if arg.isValid() else None)
            elif isinstance(arg, list):
                out.append(list(arg))
            else:
                out.append(arg)
        return tuple(out)

    def names(self) -> set[str]:
        return {event[0] for event in self.events}

    def of(self, name: str) -> list[tuple]:
        return [event[1:] for event in self.events if event[0] == name]


def modeltest_failures(qtlog: Any) -> list[str]:
    return [rec.message for rec in qtlog.records
            if rec.context is not None and rec.context.category == "qt.modeltest"]


def ids_of(model: LiveCallModel) -> list[str]:
    return [call.call_id for call in model.calls()]


def proxy_ids(proxy: LiveCallFilter) -> list[str]:
    return [proxy.index(row, 0).data(CALL_ID_ROLE) for row in range(proxy.rowCount())]


def shown(view: LiveCallsView) -> list[str]:
    return proxy_ids(view.proxy)


def proxy_row(view: LiveCallsView, call_id: str) -> int:
    return shown(view).index(call_id)


def selected_ids(view: LiveCallsView) -> list[str]:
    return [index.data(CALL_ID_ROLE) for index in view.table.selectionModel().selectedRows()]


def column_texts(model: LiveCallModel, column: Column) -> list[str]:
    return [model.index(row, column).data(DISPLAY) for row in range(model.rowCount())]


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text().replace("\u2068", "").replace("\u2069", "")
            for a in menu.actions() if not a.isSeparator()]


@pytest.fixture
def view(qtbot: QtBot, clock: Clock) -> Iterator[LiveCallsView]:
    widget = LiveCallsView(LiveCallModel(clock=clock))
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def fill(view: LiveCallsView, *calls: LiveCall) -> None:
    view.model.apply(CallDiff(added=calls))


# --- the model under random polls ---------------------------------------------------------------

NUMBERS = st.sampled_from(["0899098899", "+84912345678", "101", "102", "19001234", "", "<b>x</b>",
                           "\u202e0123456789", "a&b"])
LIVE_CALLS = st.builds(
    LiveCall,
    call_id=st.sampled_from([f"call-{i}" for i in range(36)]),
    context=st.just("default"),
    created_time=st.none() | st.datetimes(min_value=T0 - timedelta(hours=2),
                                          max_value=T0 + timedelta(minutes=1)),
    destination=NUMBERS,
    direction=st.sampled_from(["inbound", "outbound", "local", "transfer", ""]),
    ip=st.just(""),
    source=NUMBERS,
    state=st.sampled_from(STATES),
)
POLLS = st.lists(st.lists(LIVE_CALLS, max_size=30), min_size=1, max_size=20)


# The fixtures hold nothing between examples: each example builds its own model and proxy.
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(polls=POLLS, sort_column=st.sampled_from([-1, *Column]),
       order=st.sampled_from(list(Qt.SortOrder)),
       text=st.sampled_from(["", "0899", "1 0 1", "talk"]), mine=st.booleans())
def test_model_follows_random_polls(
    qtmodeltester: ModelTester, pytestconfig: pytest.Config, qtlog: Any,
    polls: list[list[LiveCall]], sort_column: int, order: Qt.SortOrder, text: str, mine: bool,
) -> None:
    failures_before = len(modeltest_failures(qtlog))
    model = LiveCallModel(clock=Clock())
    proxy = LiveCallFilter()
    proxy.setSourceModel(model)
    proxy.sort(sort_column, order)
    proxy.set_text(text)
    proxy.set_scope(mine, "101")
    qtmodeltester.check(model)  # Qt's tester watches every change from here on
    proxy_tester = ModelTester(pytestconfig)
    proxy_tester.check(proxy)
    recorder = Recorder(model)
    snapshot = CallSnapshot()
    expected: list[str] = []
    try:
        for poll in polls:
            before = len(recorder.events)
            model.apply(snapshot.apply(poll))
            events = recorder.events[before:]
            present = snapshot.calls
            kept = [cid for cid in expected if cid in present]
            expected = kept + [cid for cid in present if cid not in set(kept)]
            # rows: the calls in the order they first appeared, each in its latest version
            assert ids_of(model) == expected
            assert model.calls() == [present[cid] for cid in expected]
            assert all(model.row_of(cid) == row for row, cid in enumerate(expected))
            assert sum(1 for e in events if e[0] == "rowsAboutToBeInserted") <= 1
            removals = [e[2] for e in events if e[0] == "rowsAboutToBeRemoved"]
            assert removals == sorted(removals, reverse=True)  # highest blocks first
            assert sorted(proxy_ids(proxy)) == sorted(
                cid for cid in expected if proxy.filterAcceptsRow(model.row_of(cid), QModelIndex()))
            if sort_column == Column.DURATION:  # kept sorted through inserts and changes
                seconds = [proxy.index(row, Column.DURATION).data(SORT_ROLE)
                           for row in range(proxy.rowCount())]
                descending = order == Qt.SortOrder.DescendingOrder
                assert seconds == sorted(seconds, reverse=descending)
        model.tick()
        assert not recorder.names() & {"modelAboutToBeReset", "modelReset",
                                       "layoutAboutToBeChanged", "layoutChanged", "rowsMoved"}
        proxy.set_text("")
        proxy.set_scope(False, "")
        assert sorted(proxy_ids(proxy)) == sorted(expected)
        if sort_column == -1:  # unsorted: the order of the source, whatever the order says
            assert proxy_ids(proxy) == expected
        qtmodeltester.check(model)
        qtmodeltester.check(proxy)
        assert modeltest_failures(qtlog)[failures_before:] == []
    finally:
        proxy_tester._cleanup()


def test_apply_signals_blocks_of_rows(clock: Clock) -> None:
    model = LiveCallModel(clock=clock)
    model.apply(CallDiff(added=tuple(make_call(f"c{i}") for i in range(10))))
    recorder = Recorder(model)
    calls = model.calls()
    talking_to_hold = tuple(replace(calls[i], state="CS_HIBERNATE") for i in (1, 2, 3, 7))
    model.apply(CallDiff(changed=talking_to_hold))
    assert recorder.of("dataChanged") == [((1, 0), (3, 5), []), ((7, 0), (7, 5), [])]
    assert column_texts(model, Column.STATE)[1:4] == ["On hold"] * 3

    recorder.events.clear()
    gone = tuple(calls[i] for i in (0, 1, 4, 6, 7))
    model.apply(CallDiff(removed=gone, added=(make_call("x"), make_call("y"))))
    assert recorder.of("rowsAboutToBeRemoved") == [(None, 6, 7), (None, 4, 4), (None, 0, 1)]
    assert recorder.of("rowsAboutToBeInserted") == [(None, 5, 6)]
    assert ids_of(model) == ["c2", "c3", "c5", "c8", "c9", "x", "y"]
    assert [model.row_of(cid) for cid in ids_of(model)] == list(range(7))
    assert model.row_of("c0") is None


def test_apply_tolerates_diffs_from_another_snapshot(clock: Clock) -> None:
    model = LiveCallModel(clock=clock)
    model.apply(CallDiff(changed=(make_call("a"),)))  # a change of an unknown call adds it
    model.apply(CallDiff(added=(make_call("a", state="CS_HANGUP"), make_call("b"), make_call("b"))))
    model.apply(CallDiff(removed=(make_call("nobody"),)))
    assert ids_of(model) == ["a", "b"]
    assert model.index(0, Column.STATE).data() == "Ending"


# --- durations ----------------------------------------------------------------------------------


def test_tick_changes_only_the_duration_column(clock: Clock) -> None:
    model = LiveCallModel(clock=clock)
    recorder = Recorder(model)
    model.tick()
    assert recorder.events == []  # nothing to tell when empty
    model.apply(CallDiff(added=(
        make_call("a", created_time=T0 - timedelta(seconds=65)),
        make_call("b", created_time=T0 - timedelta(hours=1, seconds=5)),
        make_call("c", created_time=None),
        make_call("d", created_time=T0 + timedelta(seconds=30)),  # the PBX's clock is ahead
    )))
    assert column_texts(model, Column.DURATION) == ["1:05", "1:00:05", "0:00", "0:00"]
    assert model.index(1, Column.DURATION).data(SORT_ROLE) == 3605
    recorder.events.clear()
    clock.advance(40)
    model.tick()
    duration = int(Column.DURATION)
    assert recorder.events == [("dataChanged", (0, duration), (3, duration), [DISPLAY])]
    assert column_texts(model, Column.DURATION) == ["1:45", "1:00:45", "0:00", "0:10"]


def test_the_filter_reads_changed_calls_only_while_it_filters_or_sorts(
        view: LiveCallsView, monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt runs filterAcceptsRow (Python) for every row a dataChanged names: with nothing typed
    and no sort, neither a poll's changes nor the durations' tick may cost that."""
    asked: list[int] = []
    accepts = LiveCallFilter.filterAcceptsRow

    def counting(self: LiveCallFilter, row: int, parent: QModelIndex) -> bool:
        asked.append(row)
        return accepts(self, row, parent)

    monkeypatch.setattr(LiveCallFilter, "filterAcceptsRow", counting)
    calls = [make_call(f"c{n}", source=f"09{n:08d}") for n in range(30)]
    fill(view, *calls)
    asked.clear()
    view.model.tick()
    view.model.apply(CallDiff(changed=(replace(calls[3], state="CS_HIBERNATE"),)))
    assert asked == []

    view.filter.setText("talk")  # the State column says "Talking" but for c3, now on hold
    assert len(shown(view)) == 29
    asked.clear()
    view.model.apply(CallDiff(changed=(replace(calls[4], state="CS_HIBERNATE"),)))
    assert asked == [4] and "c4" not in shown(view)  # a filter follows the calls as they change
    view.filter.clear()
    assert len(shown(view)) == 30

    view.table.sortByColumn(Column.STATE, Qt.SortOrder.AscendingOrder)
    view.model.apply(CallDiff(changed=(replace(calls[10], state="CS_ROUTING"),)))
    states = [view.proxy.index(row, Column.STATE).data() for row in range(30)]
    assert states == sorted(states, key=str.casefold)  # a sort does too
    view.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    asked.clear()
    view.model.tick()
    view.model.apply(CallDiff(changed=(replace(calls[5], state="CS_HIBERNATE"),)))
    assert asked == [] and shown(view) == [call.call_id for call in calls]


def test_timer_ticks_while_there_are_calls(qtbot: QtBot) -> None:
    model = LiveCallModel()
    timer = model.findChild(QTimer)
    assert not timer.isActive()
    model.apply(CallDiff(added=(make_call("a", created_time=datetime.now()),)))
    assert timer.isActive()
    with qtbot.waitSignal(model.dataChanged, timeout=3000) as blocker:
        pass
    assert blocker.args[0].column() == blocker.args[1].column() == Column.DURATION
    model.apply(CallDiff(removed=tuple(model.calls())))
    assert not timer.isActive()


def test_aware_created_times_are_compared_in_local_time() -> None:
    now = datetime.now()
    created = (now - timedelta(seconds=75)).astimezone()  # the same moment, with a zone
    model = LiveCallModel(clock=lambda: now)
    model.apply(CallDiff(added=(make_call("a", created_time=created),)))
    assert model.index(0, Column.DURATION).data() == "1:15"


# --- what cells say -----------------------------------------------------------------------------


def test_cells_in_peoples_words(clock: Clock) -> None:
    model = LiveCallModel(clock=clock)
    model.apply(CallDiff(added=(
        make_call("in", source="0899098899", destination="101", direction="inbound",
                  state="CS_ROUTING"),
        make_call("out", source="102", destination="+84912345678", direction="outbound",
                  state="CS_EXECUTE"),
        make_call("local", source="101", destination="103", direction="local", state="CS_PARK"),
        make_call("odd", direction="inbound", state="CS_WEIRD"),
    )))
    row = {cid: [model.index(r, c).data() for c in Column] for r, cid in enumerate(ids_of(model))}
    assert row["in"] == ["Inbound", "0899 098 899", "101", "Ringing", "0:00", "101"]
    assert row["out"] == ["Outbound", "102", "0912 345 678", "Dialing", "0:00", "102"]
    assert row["local"][0::3] == ["Internal", "Parked"]
    assert row["odd"][Column.STATE] == "Unknown (\u2068CS_WEIRD\u2069)"
    assert model.index(0, Column.FROM).data(NUMBER_ROLE) == "0899098899"
    assert model.index(1, Column.TO).data(NUMBER_ROLE) == "+84912345678"
    assert model.index(0, Column.STATE).data(NUMBER_ROLE) is None
    assert not model.index(0, Column.DIRECTION).data(Qt.ItemDataRole.DecorationRole).isNull()
    tip = model.index(0, Column.TO).data(Qt.ItemDataRole.ToolTipRole)
    assert "CS_ROUTING" in tip and "in" in tip
    assert model.headerData(Column.FROM, Qt.Orientation.Horizontal) == "From"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


# --- filter and scope ---------------------------------------------------------------------------


def test_filter_by_digits_text_and_scope(view: LiveCallsView) -> None:
    fill(view,
         make_call("a", source="0899098899", destination="101", direction="inbound"),
         make_call("b", source="102", destination="+84912345678", direction="outbound",
                   state="CS_EXECUTE"),
         make_call("c", source="101", destination="103", direction="local", state="CS_PARK"))
    assert view.count_label.text() == "3 calls"
    assert view.stack.currentWidget() is view.table

    for text, expected in [("0899 098", ["a"]), ("0899-098.899", ["a"]), ("+84 912", ["b"]),
                           ("0912 345 678", ["b"]), ("10", ["a", "b", "c"]), ("103", ["c"]),
                           ("PARKED", ["c"]), ("outbound", ["b"]), ("", ["a", "b", "c"])]:
        view.filter.setText(text)
        assert shown(view) == expected, text

    view.filter.setText("0899")
    assert view.count_label.text() == "1 of 3 calls"
    view.filter.setText("zzz")
    assert view.stack.currentWidget() is view.empty_label
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "No calls match the filter"
    view.filter.clear()

    assert view.all_button.isChecked() and not view.mine_button.isChecked()
    view.set_my_extension("101")
    view.mine_button.click()
    assert not view.all_button.isChecked()
    assert shown(view) == ["a", "c"]
    assert view.count_label.text() == "2 of 3 calls"
    view.set_my_extension("102")
    assert shown(view) == ["b"]
    view.set_my_extension("")
    assert shown(view) == []
    view.all_button.click()
    assert shown(view) == ["a", "b", "c"]


def test_empty_state_and_count_follow_polls(view: LiveCallsView) -> None:
    assert view.stack.currentWidget() is view.empty_label
    assert view.empty_label.text() == "No calls right now"
    fill(view, make_call("a"))
    assert view.count_label.text() == "1 call"
    assert view.table.isVisible() and not view.empty_label.isVisible()
    view.model.apply(CallDiff(removed=tuple(view.model.calls())))
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "No calls right now"
    assert view.count_label.text() == "0 calls"


def test_ctrl_f_focuses_the_filter(qtbot: QtBot, view: LiveCallsView) -> None:
    fill(view, make_call("a"))
    view.activateWindow()
    qtbot.waitActive(view)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.filter.hasFocus)
    assert view.filter.placeholderText() == "Filter by number or extension"


# --- selection and scrolling through polls ------------------------------------------------------


@pytest.mark.parametrize("sort_column", [None, Column.STATE])
def test_selection_and_scroll_survive_polls(view: LiveCallsView,
                                            sort_column: Column | None) -> None:
    rng = random.Random(20240506)
    snapshot = CallSnapshot()
    numbered = iter(range(10_000))

    def new_call() -> LiveCall:
        n = next(numbered)
        return make_call(f"c{n}", source=f"09{n:08d}", state=rng.choice(STATES))

    view.model.apply(snapshot.apply([new_call() for _ in range(40)]))
    if sort_column is not None:
        view.table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    target = "c20"
    view.table.selectRow(proxy_row(view, target))
    scrollbar = view.table.verticalScrollBar()
    assert scrollbar.maximum() > 15
    scrollbar.setValue(10)
    recorder = Recorder(view.model)
    still = 0
    for step in range(50):
        current = dict(snapshot.calls)
        for cid in rng.sample(sorted(current), k=6):
            current[cid] = replace(current[cid], state=rng.choice(STATES))
        target_row = view.model.row_of(target)
        others = [cid for cid in current if cid != target]
        if step % 2:  # anywhere, above the selection too
            gone = rng.sample(others, k=rng.randint(0, 3))
        else:  # only below it in the model
            below = [cid for cid in others if view.model.row_of(cid) > target_row]
            gone = below[:rng.randint(0, 3)]
        for cid in gone:
            del current[cid]
        for _ in range(40 - len(current) + rng.randint(0, 2)):
            call = new_call()
            current[call.call_id] = call
        row_before, scroll_before = proxy_row(view, target), scrollbar.value()
        view.model.apply(snapshot.apply(current.values()))
        assert selected_ids(view) == [target]
        assert view.table.currentIndex().data(CALL_ID_ROLE) == target
        if proxy_row(view, target) == row_before:
            still += 1
            assert scrollbar.value() == scroll_before, step
    assert still >= 10
    assert not recorder.names() & {"modelReset", "layoutChanged", "layoutAboutToBeChanged"}


def test_header_clicks_sort_then_unsort(qtbot: QtBot, view: LiveCallsView) -> None:
    fill(view, make_call("a", state="CS_ROUTING"), make_call("b", state="CS_EXCHANGE_MEDIA"),
         make_call("c", state="CS_EXECUTE"))
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == -1 and shown(view) == ["a", "b", "c"]

    def click_state_header() -> None:
        x = header.sectionViewportPosition(Column.STATE) + header.sectionSize(Column.STATE) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))

    orders = []
    for _ in range(3):
        click_state_header()
        orders.append(shown(view))
    assert orders[:2] == [["c", "a", "b"], ["b", "a", "c"]]  # Dialing, Ringing, Talking and back
    assert orders[2] == ["a", "b", "c"]  # the third click: the order calls appeared in
    fill(view, make_call("d", state="CS_ROUTING"))
    assert shown(view) == ["a", "b", "c", "d"]


# --- numbers that dial --------------------------------------------------------------------------


def test_click_on_a_number_dials_it(qtbot: QtBot, view: LiveCallsView) -> None:
    fill(view, make_call("a", source="0899098899", destination="101"),
         make_call("b", source="<b>x</b>", destination="12"))
    table = view.table

    def click(row: int, column: Column) -> None:
        rect = table.visualRect(view.proxy.index(row, column))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    with qtbot.waitSignal(view.dialRequested, timeout=1000) as blocker:
        click(0, Column.FROM)
    assert blocker.args == ["0899098899"]
    with qtbot.waitSignal(view.dialRequested, timeout=1000) as blocker:
        click(0, Column.TO)
    assert blocker.args == ["101"]
    for row, column in [(0, Column.STATE), (0, Column.EXTENSION), (1, Column.FROM), (1, Column.TO)]:
        with qtbot.assertNotEmitted(view.dialRequested):
            click(row, column)
    assert selected_ids(view) == ["b"]  # a click still selects

    rect = table.visualRect(view.proxy.index(0, Column.FROM))
    qtbot.mouseMove(table.viewport(), rect.center())
    qtbot.waitUntil(lambda: table.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor)
    qtbot.mouseMove(table.viewport(), table.visualRect(view.proxy.index(0, Column.STATE)).center())
    qtbot.waitUntil(lambda: table.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor)


def test_links_are_drawn_underlined_in_the_link_colour(view: LiveCallsView) -> None:
    fill(view, make_call("a", source="0899098899", destination="<b>x</b>"))
    delegate = view.table.itemDelegateForColumn(Column.FROM)
    link, plain = QStyleOptionViewItem(), QStyleOptionViewItem()
    link.palette = plain.palette = view.table.palette()
    delegate.initStyleOption(link, view.proxy.index(0, Column.FROM))
    delegate.initStyleOption(plain, view.proxy.index(0, Column.TO))
    assert link.font.underline() and not plain.font.underline()
    assert link.palette.color(link.palette.ColorRole.Text) == view.table.palette().link().color()
    assert plain.text == "<b>x</b>"  # drawn as these eight characters, never as HTML


def test_enter_dials_the_customer(qtbot: QtBot, view: LiveCallsView) -> None:
    fill(view, make_call("in", source="0899098899", destination="101", direction="inbound"),
         make_call("out", source="102", destination="0912345678", direction="outbound"))
    with qtbot.assertNotEmitted(view.dialRequested):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)  # nothing selected
    for row, number in [(0, "0899098899"), (1, "0912345678")]:
        view.table.selectRow(row)
        with qtbot.waitSignal(view.dialRequested, timeout=1000) as blocker:
            qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert blocker.args == [number]
    with qtbot.waitSignal(view.dialRequested, timeout=1000):
        qtbot.keyClick(view.table, Qt.Key.Key_Enter)


def test_context_menu_calls_and_copies(qtbot: QtBot, view: LiveCallsView) -> None:
    fill(view, make_call("a", source="0899098899", destination="101"))
    menu = view.context_menu_for(view.proxy.index(0, Column.STATE))
    assert menu_texts(menu) == ["Call 0899 098 899", "Call 101",
                                "Copy 0899 098 899", "Copy 101"]
    actions = [a for a in menu.actions() if not a.isSeparator()]
    with qtbot.waitSignal(view.dialRequested, timeout=1000) as blocker:
        actions[1].trigger()
    assert blocker.args == ["101"]
    actions[2].trigger()
    assert QGuiApplication.clipboard().text() == "0899098899"
    assert view.context_menu_for(QModelIndex()) is None

    rect = view.table.visualRect(view.proxy.index(0, Column.DURATION))
    view.table.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    popup = QApplication.activePopupWidget()
    assert menu_texts(popup)[0] == "Call 0899 098 899"
    popup.close()


# --- hostile strings ----------------------------------------------------------------------------


def test_hostile_strings_stay_plain_text(qtbot: QtBot, view: LiveCallsView) -> None:
    long_number = "9" * 10_000
    rtl = "\u202e0899098899\u202c"
    fill(view,
         make_call("html", source="<b>x</b>", destination="<img src=x onerror=alert(1)>",
                   state="<i>CS_X</i>"),
         make_call("long", source=long_number, destination="1&2&3", direction="outbound"),
         make_call("rtl", source=rtl, destination="\u200f101", direction="<script>"),
         make_call("x" * 10_000, source="", destination="", state="\n\n"))
    model = view.model
    for row, call in enumerate(model.calls()):
        assert model.index(row, Column.FROM).data() == format_number(call.source)
        assert model.index(row, Column.TO).data() == format_number(call.destination)
    assert model.index(0, Column.FROM).data() == "<b>x</b>"
    assert model.index(1, Column.FROM).data() == long_number
    assert model.index(0, Column.STATE).data() == "Unknown (\u2068<i>CS_X</i>\u2069)"  # isolated
    assert model.index(2, Column.DIRECTION).data() == "<script>"
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<i>" not in tip and "&lt;i&gt;CS_X&lt;/i&gt;" in tip
    assert len(model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole)) < 1000

    view.table.resizeColumnsToContents()
    assert not view.grab().isNull()  # paints every cell through the delegates

    menu = view.context_menu_for(view.proxy.index(1, 0))
    texts = menu_texts(menu)
    assert texts[0] == "Call " + "9" * 40 + "…"
    assert "Call 1&&2&&3" in texts  # "&" shown as itself, not as a shortcut marker
    rtl_menu = view.context_menu_for(view.proxy.index(2, 0))
    assert all(a.text().count("\u2068") == 1 for a in rtl_menu.actions() if not a.isSeparator())
    with qtbot.waitSignal(view.dialRequested, timeout=1000) as blocker:
        rtl_menu.actions()[0].trigger()
    assert blocker.args == [rtl]
    assert view.context_menu_for(view.proxy.index(3, 0)) is None  # no numbers at all
    view.filter.setText("<b>")
    assert shown(view) == ["html"]


# --- language -----------------------------------------------------------------------------------

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="vi">
<context><name>LiveCallModel</name>
<message><source>Direction</source><translation>Hướng</translation></message>
<message><source>Talking</source><translation>Đang nói</translation></message>
</context>
<context><name>LiveCallsView</name>
<message><source>All calls</source><translation>Tất cả</translation></message>
</context>
</TS>
"""


def test_language_change_retranslates(qtbot: QtBot, view: LiveCallsView, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "t.ts").write_text(TS, encoding="utf-8")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "t.ts"), "-qm",
                    str(tmp_path / "t.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    fill(view, make_call("a"))
    model = view.model
    app = QCoreApplication.instance()
    with qtbot.waitSignal(model.headerDataChanged, timeout=2000):
        app.installTranslator(translator)
    try:
        assert model.headerData(Column.DIRECTION, Qt.Orientation.Horizontal) == "Hướng"
        assert model.index(0, Column.STATE).data() == "Đang nói"
        assert view.all_button.text() == "Tất cả"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: view.all_button.text() == "All calls")
    assert model.headerData(Column.DIRECTION, Qt.Orientation.Horizontal) == "Direction"
