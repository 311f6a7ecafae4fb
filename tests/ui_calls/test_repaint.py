"""What a poll repaints: only the part of the live-calls table it changed, and never too little.

Qt repaints every visible row whenever rows are inserted or removed; ``CallTableView`` repaints
from the first row that moved down, and nothing when every change is below the rows in view. The
pixel test compares what is on the screen (the offscreen backing store) with a fresh rendering
of the same table after every poll: a row left stale would show.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication, QImage, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from agent_desktop.core.call_diff import CallDiff, CallSnapshot
from agent_desktop.pbx.models import LiveCall
from agent_desktop.ui.call_table import Column, LiveCallModel, LiveCallsView
from tests.ui_calls.conftest import Clock, make_call

STATES = ["CS_ROUTING", "CS_EXECUTE", "CS_EXCHANGE_MEDIA", "CS_HIBERNATE"]


class Painted(QObject):
    """The region each paint event of a widget covered, since the last ``clear``."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.region = QRegion()
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
            self.region = self.region.united(event.region())
        return False

    def clear(self) -> None:
        self.region = QRegion()
        self.paints = 0


@pytest.fixture
def table_view(qtbot: QtBot, clock: Clock) -> Iterator[LiveCallsView]:
    view = LiveCallsView(LiveCallModel(clock=clock))
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.show()
    qtbot.waitExposed(view)
    view.model.apply(CallDiff(added=tuple(make_call(f"c{n}", source=f"09{n:08d}")
                                          for n in range(200))))
    QApplication.processEvents()
    yield view


def rows_in_view(view: LiveCallsView) -> range:
    table = view.table
    top = table.rowAt(0)
    bottom = table.rowAt(table.viewport().height() - 1)
    return range(top, (bottom if bottom >= 0 else view.proxy.rowCount() - 1) + 1)


def settle(painted: Painted) -> None:
    """Clear the record, then let Qt run everything a change posted: a delayed layout (a zero
    timer), the update requests it makes, their paints."""
    painted.clear()
    for _ in range(3):
        QApplication.processEvents()


def test_calls_added_and_ended_below_the_rows_in_view_repaint_nothing(
        table_view: LiveCallsView) -> None:
    painted = Painted(table_view.table.viewport())
    shown = rows_in_view(table_view)
    assert 5 < len(shown) < 100
    settle(painted)
    calls = table_view.model.calls()
    below = calls[shown.stop + 20:shown.stop + 25]
    table_view.model.apply(CallDiff(added=(make_call("new-1"), make_call("new-2")),
                                    removed=tuple(below)))
    settle(painted)
    assert painted.region.isEmpty()
    assert table_view.model.rowCount() == 197
    assert table_view.table.verticalScrollBar().maximum() > 0


def test_a_call_ended_in_view_repaints_from_its_row_down(table_view: LiveCallsView) -> None:
    painted = Painted(table_view.table.viewport())
    settle(painted)
    table = table_view.table
    gone = table_view.model.calls()[5]
    table_view.model.apply(CallDiff(removed=(gone,)))
    settle(painted)
    top = table.rowViewportPosition(5)
    viewport = table.viewport().rect()
    assert painted.region.boundingRect() == QRect(0, top, viewport.width(), viewport.height() - top)
    assert table.rowAt(top + 1) == 5 and table_view.model.calls()[5].call_id == "c6"


def test_a_changed_call_in_view_repaints_its_row_only(table_view: LiveCallsView) -> None:
    painted = Painted(table_view.table.viewport())
    settle(painted)
    table = table_view.table
    call = table_view.model.calls()[3]
    table_view.model.apply(CallDiff(changed=(replace(call, state="CS_HIBERNATE"),)))
    settle(painted)
    row = QRect(0, table.rowViewportPosition(3), table.viewport().width(), table.rowHeight(3))
    assert row.adjusted(0, -1, 0, 1).contains(painted.region.boundingRect())  # and a grid line
    assert painted.region.boundingRect().contains(row)


def test_a_reset_or_a_sort_still_repaints_everything(table_view: LiveCallsView) -> None:
    painted = Painted(table_view.table.viewport())
    settle(painted)
    table_view.table.sortByColumn(Column.FROM, table_view.proxy.sortOrder())
    settle(painted)
    assert painted.region.boundingRect() == table_view.table.viewport().rect()


def on_screen(view: LiveCallsView) -> QImage:
    """What the window shows now: its backing store, not a fresh paint."""
    screen = QGuiApplication.primaryScreen()
    return screen.grabWindow(view.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)


def freshly_painted(view: LiveCallsView) -> QImage:
    view.repaint()  # every pixel drawn again from the model as it is now
    QApplication.processEvents()
    return on_screen(view)


@pytest.mark.parametrize("scroll", [0, 60])
def test_what_is_on_screen_matches_the_model_after_every_poll(table_view: LiveCallsView,
                                                              scroll: int) -> None:
    rng = random.Random(scroll)
    table_view.table.verticalScrollBar().setValue(scroll)
    table_view.table.selectRow(scroll + 4)
    QApplication.processEvents()
    snapshot = CallSnapshot()
    current: dict[str, LiveCall] = {c.call_id: c for c in table_view.model.calls()}
    snapshot.apply(current.values())
    numbered = iter(range(1000, 10_000))
    for _step in range(25):
        for cid in rng.sample(sorted(current), k=6):
            current[cid] = replace(current[cid], state=rng.choice(STATES))
        for cid in rng.sample(sorted(current), k=rng.randint(0, 4)):
            del current[cid]
        for _ in range(rng.randint(0, 4)):
            n = next(numbered)
            current[f"c{n}"] = make_call(f"c{n}", source=f"09{n:08d}")
        table_view.model.apply(snapshot.apply(current.values()))
        QApplication.processEvents()
        shown = on_screen(table_view)
        assert shown == freshly_painted(table_view), _step
