"""The supervisor's actions and call panel: against the simulator with the app's real parts, and
the filter and long-call highlight on calls made to order with a clock the test moves."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from agent_desktop.config import Paths, Settings, SettingsStore
from agent_desktop.core.call_diff import CallDiff, Phase
from agent_desktop.core.secrets import SecretStore
from agent_desktop.core.session import Session
from agent_desktop.core.supervisor import SupervisorActions
from agent_desktop.pbx.models import CallAction, LiveCall
from agent_desktop.ui.call_model import CALL_ID_ROLE, Column, LiveCallModel
from agent_desktop.ui.supervisor_filter import LONG_BACKGROUND, SupervisorFilter
from agent_desktop.ui.screenshots import settle
from agent_desktop.ui.supervisor_panel import SupervisorPanel
from tests.ui_supervisor.conftest import Floors, wait

MONITORS = [CallAction.LISTEN, CallAction.WHISPER, CallAction.BARGE]
DECORATION = Qt.ItemDataRole.DecorationRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
T0 = datetime(2024, 5, 6, 9, 30, 0)


def shown_ids(proxy: SupervisorFilter) -> list[str]:
    return [proxy.index(row, 0).data(CALL_ID_ROLE) for row in range(proxy.rowCount())]


def proxy_index(panel: SupervisorPanel, call_id: str, column: int = 0) -> QModelIndex:
    row = shown_ids(panel.proxy).index(call_id)
    return panel.proxy.index(row, column)


async def show_active(panel: SupervisorPanel) -> None:
    panel.show()
    panel.activateWindow()
    await wait(panel.isActiveWindow)


# --- each action: one request, and the call changes on the PBX -----------------------------------


@pytest.mark.parametrize("action", MONITORS)
async def test_monitoring_sends_one_request_and_joins_the_call(floors: Floors,
                                                               action: CallAction) -> None:
    async with floors("supervisor") as floor:
        call_id = await floor.talking_call("101")
        assert floor.panel.select_call(call_id)
        floor.panel.action_for[action].trigger()
        if action is CallAction.BARGE:  # barging in asks first
            assert floor.panel.asking() == call_id and floor.names() == []
            floor.panel.question.confirm_button.click()
        await wait(lambda: "done" in floor.names())
        assert floor.names() == ["started", "monitoringChanged", "done"]
        assert floor.last("done")[1:] == (action, call_id, "100")
        sent = await floor.action_requests()
        assert [(r["path"], r["json"], r["status"]) for r in sent] == [
            (f"/v2/call/{call_id}/{action.value}", {"ext": "100"}, 200)]
        legs = [c for c in await floor.live() if c["source"] == "100"]
        assert len(legs) == 1
        assert (legs[0]["destination"], legs[0]["direction"]) == ("101", "local")
        assert floor.sim.engine.calls[call_id].monitors[0].mode == action.value
        assert floor.actions.monitoring() == {call_id: action}
        assert floor.panel.tone() == "done" and "extension 100" in floor.panel.message_text()


async def test_transfer_asks_for_the_target_and_moves_the_call(floors: Floors,
                                                               qtbot: QtBot) -> None:
    async with floors("supervisor") as floor:
        call_id = await floor.talking_call("101")
        floor.panel.select_call(call_id)
        floor.panel.action_for[CallAction.TRANSFER].trigger()
        dialog = floor.panel.transfer_dialog
        assert dialog is not None and dialog.isVisible() and dialog.windowModality() != \
            Qt.WindowModality.NonModal  # open(): window-modal, without a nested event loop
        assert not dialog.transfer_button.isEnabled() and await floor.action_requests() == []
        listed = [dialog.agent_list.item(i).text() for i in range(dialog.agent_list.count())]
        assert "105  Hoàng Thị Thu Hà — phone logged in" in listed
        assert "109  Đỗ Thị Ngọc Ánh — phone not logged in" in listed
        assert dialog.pick("109") and dialog.note.isVisibleTo(dialog)  # warned, not forbidden
        dialog.field.setText("1o5")  # pasted by a program: refused all the same
        assert dialog.extension() == "" and not dialog.transfer_button.isEnabled()
        dialog.field.clear()
        qtbot.keyClicks(dialog.field, "1o5")  # typed: the validator keeps the digits only
        assert dialog.field.text() == "15" and dialog.transfer_button.isEnabled()
        assert dialog.pick("105") and dialog.extension() == "105"
        assert not dialog.note.isVisibleTo(dialog)
        dialog.transfer_button.click()
        await wait(lambda: "done" in floor.names())
        assert floor.panel.transfer_dialog is None
        sent = await floor.action_requests()
        assert [(r["path"], r["json"]) for r in sent] == [(f"/v2/call/{call_id}/transfer",
                                                           {"ext": "105"})]
        entry = next(c for c in await floor.live() if c["call_id"] == call_id)
        assert entry["destination"] == "105"
        await wait(lambda: floor.model.call_at(floor.model.row_of(call_id)).destination == "105")
        assert floor.actions.monitoring() == {}  # a transfer does not connect my phone
        assert floor.panel.message_text() == (
            "Transferred the call of 101 (\u2068Nguyễn Thị Lan\u2069) with "
            "0899\u00a0098\u00a0899 to "
            "extension 105.")


async def test_a_cancelled_transfer_sends_nothing(floors: Floors) -> None:
    async with floors("supervisor") as floor:
        call_id = await floor.talking_call("101")
        floor.panel.select_call(call_id)
        floor.panel.action_for[CallAction.TRANSFER].trigger()
        floor.panel.transfer_dialog.reject()
        assert floor.panel.transfer_dialog is None
        floor.panel.action_for[CallAction.BARGE].trigger()
        floor.panel.question.cancel_button.click()
        assert floor.panel.asking() is None
        assert await floor.action_requests() == [] and floor.events == []


# --- who may act ---------------------------------------------------------------------------------


async def test_an_agent_account_sends_nothing_and_is_told_why(floors: Floors) -> None:
    async with floors("agent101") as agent_floor:
        call_id = await agent_floor.talking_call("102")
        assert not agent_floor.actions.act(CallAction.LISTEN, call_id, "101")
        assert agent_floor.names() == ["failed"]
        message = agent_floor.last("failed")[3]
        assert message.startswith("Only supervisor accounts can listen to") and "Nothing was sent" \
            in message
        agent_floor.panel.select_call(call_id)
        agent_floor.panel.action_for[CallAction.WHISPER].trigger()
        assert agent_floor.panel.tone() == "error" and agent_floor.panel.message_text() == message
        assert await agent_floor.action_requests() == []


async def test_a_403_is_explained_and_never_repeated(floors: Floors) -> None:
    async with floors("agent101") as agent_floor:
        agent_floor.pretend_admin()  # the local check passes; the PBX refuses a user-level token
        call_id = await agent_floor.talking_call("102")
        agent_floor.panel.select_call(call_id)
        agent_floor.panel.action_for[CallAction.LISTEN].trigger()
        await wait(lambda: "failed" in agent_floor.names())
        assert agent_floor.names() == ["started", "failed"]
        assert agent_floor.panel.message_text() == (
            "Your account is not allowed to do this. The PBX lets only admin accounts listen to, "
            "whisper to, barge into or transfer calls.")
        assert agent_floor.panel.tone() == "error"
        sent = await agent_floor.action_requests()
        assert [(r["path"], r["status"]) for r in sent] == [(f"/v2/call/{call_id}/listen", 403)]
        assert agent_floor.actions.monitoring() == {}
        assert agent_floor.actions.pending(call_id) is None
        assert agent_floor.panel.action_for[CallAction.LISTEN].isEnabled()  # usable again


async def test_an_expired_session_is_not_repeated(floors: Floors) -> None:
    async with floors("supervisor") as floor:
        call_id = await floor.talking_call("101")
        await floor.control.post("/_sim/tokens/expire")
        floor.actions.act(CallAction.LISTEN, call_id, "100")
        await wait(lambda: "failed" in floor.names())
        assert "nothing was done" in floor.last("failed")[3]
        assert len(await floor.action_requests()) == 1
        assert floor.sim.engine.calls[call_id].monitors == []


# --- what the PBX refuses ------------------------------------------------------------------------


async def test_a_logged_out_target_and_an_ended_call_are_explained(floors: Floors) -> None:
    async with floors("supervisor") as floor:
        call_id = await floor.talking_call("101")
        floor.actions.act(CallAction.TRANSFER, call_id, "109")
        await wait(lambda: "failed" in floor.names())
        assert floor.last("failed")[1:] == (
            CallAction.TRANSFER, call_id,
            "The phone for extension 109 is not logged in (softphone or IP phone).")
        await floor.control.post("/_sim/extensions/100/logout")
        floor.events.clear()
        floor.actions.act(CallAction.LISTEN, call_id, "100")
        await wait(lambda: "failed" in floor.names())
        assert floor.last("failed")[3].startswith("Your phone (extension 100) is not logged in.")
        await floor.control.post("/_sim/extensions/100/login")
        await floor.hang_up(call_id)
        floor.events.clear()
        floor.actions.act(CallAction.BARGE, call_id, "100")  # before the next poll drops the row
        await wait(lambda: "failed" in floor.names())
        assert floor.last("failed")[3] == "That call has already ended."
        assert floor.panel.message_text() == "That call has already ended."
        sent = await floor.action_requests()
        assert [(r["path"].rsplit("/", 1)[1], r["json"]["ext"], r["status"]) for r in sent] == [
            ("transfer", "109", 400), ("listen", "100", 400), ("barge", "100", 404)]


async def test_a_second_action_on_a_call_waits_for_the_first(floors: Floors) -> None:
    async with floors("supervisor") as floor:
        call_id = await floor.talking_call("101")
        await floor.control.post("/_sim/faults", json={"latency": [0.4, 0.4]})
        floor.panel.select_call(call_id)
        assert floor.actions.act(CallAction.LISTEN, call_id, "100")
        assert floor.actions.pending(call_id) is CallAction.LISTEN
        assert not any(a.isEnabled() for a in floor.panel.action_for.values())
        assert not floor.actions.act(CallAction.WHISPER, call_id, "100")
        assert floor.last("failed")[3].startswith("Still waiting for the PBX")
        assert not floor.actions.act(CallAction.TRANSFER, call_id, "10 5")  # checked here first
        assert "digits only" in floor.last("failed")[3]
        await wait(lambda: "done" in floor.names())
        await floor.control.delete("/_sim/faults")
        assert floor.names() == ["started", "failed", "failed", "monitoringChanged", "done"]
        assert len(await floor.action_requests()) == 1
        assert all(a.isEnabled() for a in floor.panel.action_for.values())


# --- the marks of the calls I monitor ------------------------------------------------------------


async def test_monitoring_marks_appear_and_go_with_the_call(floors: Floors) -> None:
    async with floors("supervisor") as floor:
        first = await floor.talking_call("101")
        second = await floor.talking_call("102", caller="0912345678")
        floor.actions.act(CallAction.WHISPER, first, "100")
        await wait(lambda: floor.actions.monitoring() == {first: CallAction.WHISPER})
        mark = proxy_index(floor.panel, first)
        assert mark.data(DECORATION) is not None and not mark.data(DECORATION).isNull()
        assert "Whispering: only the agent hears you" in mark.data(Qt.ItemDataRole.ToolTipRole)
        assert mark.data(Qt.ItemDataRole.FontRole).bold()
        assert mark.data(Qt.ItemDataRole.DisplayRole) == "Inbound · whispering"
        other = proxy_index(floor.panel, second)
        assert other.data(DECORATION) is None or other.data(DECORATION).cacheKey() != \
            mark.data(DECORATION).cacheKey()
        assert "Whispering" not in other.data(Qt.ItemDataRole.ToolTipRole)
        assert other.data(Qt.ItemDataRole.DisplayRole) == "Inbound"
        changes = floor.names().count("monitoringChanged")
        await floor.hang_up(first)
        await wait(lambda: floor.actions.monitoring() == {})
        assert floor.names().count("monitoringChanged") == changes + 1
        await wait(lambda: first not in shown_ids(floor.panel.proxy))
        assert second in shown_ids(floor.panel.proxy)
        assert floor.panel.proxy.monitored(first) is None


async def test_a_call_that_ends_while_listening_is_being_set_up_is_not_marked(
        floors: Floors) -> None:
    async with floors("supervisor") as floor:
        call_id = await floor.talking_call("101")
        floor.actions.act(CallAction.LISTEN, call_id, "100")
        floor.actions.forget_gone([])  # a poll without the call arrives before the answer
        await wait(lambda: "done" in floor.names())
        assert floor.actions.monitoring() == {}


async def test_logging_out_forgets_the_marks(floors: Floors) -> None:
    async with floors("supervisor") as floor:
        call_id = await floor.talking_call("101")
        floor.actions.act(CallAction.LISTEN, call_id, "100")
        await wait(lambda: floor.actions.monitoring())
        floor.poller.stop()
        await floor.session.logout()
        assert floor.actions.monitoring() == {} and floor.actions.default_target() == ""
        assert not floor.actions.act(CallAction.LISTEN, call_id, "100")
        assert floor.last("failed")[3].startswith("Log in first")


# --- the keys -------------------------------------------------------------------------------------


async def test_keys_act_on_the_selected_row_when_the_table_has_the_focus(
        floors: Floors, qtbot: QtBot) -> None:
    async with floors("supervisor") as floor:
        call_id = await floor.talking_call("101")
        await show_active(floor.panel)
        table = floor.panel.table
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_L)  # nothing selected: nothing happens
        assert floor.events == []
        floor.panel.select_call(call_id)

        async def supervisor_leg() -> str:
            legs = await wait(lambda: [c for c in floor.sim.engine.calls[call_id].monitors])
            return legs[0].call_id

        for key, action in ((Qt.Key.Key_L, CallAction.LISTEN), (Qt.Key.Key_W, CallAction.WHISPER)):
            floor.events.clear()
            qtbot.keyClick(table, key)
            await wait(lambda: "done" in floor.names())
            assert floor.last("done")[1] is action
            await floor.hang_up(await supervisor_leg())  # my phone hangs up: the next may start
        floor.events.clear()
        qtbot.keyClick(table, Qt.Key.Key_B)
        assert floor.panel.asking() == call_id and floor.events == []
        qtbot.keyClick(floor.panel.question.confirm_button, Qt.Key.Key_Escape)
        assert floor.panel.asking() is None and floor.events == []
        qtbot.keyClick(table, Qt.Key.Key_B)
        qtbot.keyClick(floor.panel.question.confirm_button, Qt.Key.Key_Space)  # the focused button
        await wait(lambda: "done" in floor.names())
        assert floor.last("done")[1] is CallAction.BARGE
        await floor.hang_up(await supervisor_leg())
        floor.events.clear()
        qtbot.keyClick(table, Qt.Key.Key_T)
        dialog = floor.panel.transfer_dialog
        assert dialog is not None and floor.events == []
        qtbot.keyClicks(dialog.field, "106")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        await wait(lambda: "done" in floor.names())
        assert floor.last("done")[1:] == (CallAction.TRANSFER, call_id, "106")
        sent = [r["path"].rsplit("/", 1)[1] for r in await floor.action_requests()]
        assert sent == ["listen", "whisper", "barge", "transfer"]
        floor.panel.filters.search.setFocus()
        qtbot.keyClick(floor.panel.filters.search, Qt.Key.Key_L)  # typing elsewhere is typing
        assert floor.panel.filters.search.text() == "l" and floor.last("done")[1] is \
            CallAction.TRANSFER


# --- filters and the long-call highlight, on calls made to order ---------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def make_call(call_id: str, *, source: str = "0899098899", destination: str = "101",
              direction: str = "inbound", state: str = "CS_EXCHANGE_MEDIA",
              minutes_ago: float = 1) -> LiveCall:
    return LiveCall(call_id=call_id, context="demo", created_time=T0 - timedelta(
        minutes=minutes_ago), destination=destination, direction=direction, ip="10.0.0.1",
        source=source, state=state)


FLOOR_CALLS = (
    make_call("in-101", minutes_ago=7),
    make_call("in-102", destination="102", state="CS_ROUTING", minutes_ago=0.2),
    make_call("out-103", source="103", destination="0912345678", direction="outbound",
              state="CS_EXECUTE", minutes_ago=0.5),
    make_call("hold-104", destination="104", state="CS_HIBERNATE", minutes_ago=3),
    make_call("local-105", source="105", destination="101", direction="local", minutes_ago=2),
)


@pytest.fixture
def offline_panel(qtbot: QtBot, tmp_path: Path) -> tuple[SupervisorPanel, Clock, list[Settings]]:
    """A panel on calls applied to the model by hand; a session that is not logged in."""
    paths = Paths.resolve(tmp_path)
    paths.ensure()
    session = Session(SettingsStore(paths), Settings(), SecretStore())
    clock = Clock()
    model = LiveCallModel(clock=clock)
    settings = [Settings(long_call_minutes=5)]
    agents = [("101", "Nguyễn Thị Lan", True), ("102", "Trần Văn Hùng", True),
              ("109", "Đỗ Thị Ngọc Ánh", False)]
    panel = SupervisorPanel(model, SupervisorActions(session), lambda: settings[0],
                            lambda: agents)
    qtbot.addWidget(panel)
    model.apply(CallDiff(added=FLOOR_CALLS))
    return panel, clock, settings


def test_filters_by_agent_direction_and_state(offline_panel, qtbot: QtBot) -> None:
    panel, _clock, _settings = offline_panel
    ModelTester(qtbot).check(panel.proxy, force_py=True)
    filters = panel.filters
    assert filters.agents_listed() == ["101", "102", "103", "104", "105"]
    assert filters.agent_combo.itemText(1) == "101 · \u2068Nguyễn Thị Lan\u2069"  # isolated
    assert filters.count_label.text() == "5 calls"
    assert filters.choose_agent("101")
    assert shown_ids(panel.proxy) == ["in-101", "local-105"]  # an internal call counts for both
    filters.direction_combo.setCurrentIndex(filters.direction_combo.findData("local"))
    assert shown_ids(panel.proxy) == ["local-105"]
    filters.agent_combo.setCurrentIndex(0)
    filters.direction_combo.setCurrentIndex(0)
    for text, expected in (("Ringing", ["in-102"]), ("Dialing", ["out-103"]),
                           ("On hold", ["hold-104"]), ("Talking", ["in-101", "local-105"])):
        filters.state_combo.setCurrentIndex(filters.state_combo.findText(text))
        assert shown_ids(panel.proxy) == expected, text
    filters.state_combo.setCurrentIndex(0)
    filters.search.setText("0912 345")
    assert shown_ids(panel.proxy) == ["out-103"]
    assert filters.count_label.text() == "1 of 5 calls"
    filters.search.setText("")
    panel.model.apply(CallDiff(added=(make_call("in-110", destination="110"),)))
    assert "110" in filters.agents_listed()  # learnt from the calls as they come
    panel.model.apply(CallDiff(removed=(FLOOR_CALLS[0],)))
    assert "101" in filters.agents_listed()  # and kept when they end
    panel.proxy.set_states({Phase.UNKNOWN})
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "No calls match the filters"


def test_long_calls_are_amber_from_the_threshold_on(offline_panel, qtbot: QtBot) -> None:
    panel, clock, settings = offline_panel
    proxy = panel.proxy

    def amber() -> list[str]:
        return [cid for cid in shown_ids(proxy)
                if proxy_index(panel, cid, Column.FROM).data(BACKGROUND) is not None]

    assert amber() == ["in-101"]
    long = proxy_index(panel, "in-101", Column.DURATION)
    assert long.data(BACKGROUND).color() == LONG_BACKGROUND
    assert long.data(Qt.ItemDataRole.FontRole).bold()
    assert "Longer than 5 min" in long.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.legend.text() == "Longer than 5 min"
    changed: list[tuple[int, int, int, list]] = []
    proxy.dataChanged.connect(lambda tl, br, roles: changed.append(
        (tl.row(), tl.column(), br.column(), list(roles))))
    clock.now += timedelta(minutes=2, seconds=30)  # hold-104: 3 → 5.5 min
    panel.model.tick()
    assert amber() == ["in-101", "hold-104"]
    row = shown_ids(proxy).index("hold-104")
    assert any(r == row and first == 0 and last == len(Column) - 1 and BACKGROUND in roles
               for r, first, last, roles in changed)  # the whole row, not only its duration
    settings[0] = Settings(long_call_minutes=10)
    panel.model.tick()
    assert amber() == [] and panel.legend.text() == "Longer than 10 min"


def test_the_actions_need_a_selected_call(offline_panel) -> None:
    panel, _clock, _settings = offline_panel
    assert not any(a.isEnabled() for a in panel.action_for.values())
    assert panel.select_call("in-102")
    assert all(a.isEnabled() for a in panel.action_for.values())
    assert [a.text() for a in panel.context_menu().actions()] == [
        "Listen", "Whisper", "Barge in", "Transfer"]
    assert [a.shortcut().toString() for a in panel.context_menu().actions()] == [
        "L", "W", "B", "T"]
    panel.model.apply(CallDiff(removed=(FLOOR_CALLS[1],)))  # the selected call ends
    assert panel.selected_call() is None  # and the selection does not jump to another call
    assert not panel.table.selectionModel().currentIndex().isValid()
    QApplication.processEvents()  # the buttons follow once the proxy has settled
    assert not any(a.isEnabled() for a in panel.action_for.values())
    assert panel.select_call("hold-104")
    panel.filters.state_combo.setCurrentIndex(panel.filters.state_combo.findText("Talking"))
    assert panel.selected_call() is None  # filtered out: the same
    panel.filters.state_combo.setCurrentIndex(0)
    panel.select_call("in-101")
    panel.action_for[CallAction.LISTEN].trigger()  # not logged in: said, nothing sent
    assert panel.tone() == "error" and panel.message_text().startswith("Log in first")


# --- how it looks -------------------------------------------------------------------------------


async def test_screenshot(floors: Floors, tmp_path: Path) -> None:
    """One long call, one monitored call, a filter set; saved where AGENT_DESKTOP_SCREENSHOTS
    says (docs/screenshots for the README), else only checked."""
    async with floors("supervisor") as floor:
        monitored = await floor.talking_call("101")
        other = await floor.talking_call("102", caller="0912345678")
        await floor.control.post("/_sim/calls/inbound", json={"to": "103", "from": "0987654321"})
        long_ago = datetime.now() - timedelta(minutes=7, seconds=42)
        floor.model.apply(CallDiff(added=(LiveCall(
            call_id="long-call", context="demo", created_time=long_ago, destination="104",
            direction="inbound", ip="10.0.0.4", source="0903123456", state="CS_EXCHANGE_MEDIA"),)))
        floor.model.apply(CallDiff(added=(LiveCall(
            call_id="out-call", context="demo", created_time=datetime.now() - timedelta(seconds=95),
            destination="0938765432", direction="outbound", ip="10.0.0.5", source="105",
            state="CS_EXCHANGE_MEDIA"),)))
        floor.panel.select_call(monitored)
        floor.panel.action_for[CallAction.LISTEN].trigger()
        await wait(lambda: floor.actions.monitoring())
        await wait(lambda: any(c.source == "100" for c in floor.model.calls()))
        filters = floor.panel.filters
        filters.state_combo.setCurrentIndex(filters.state_combo.findText("Talking"))
        filters.direction_combo.setCurrentIndex(filters.direction_combo.findData("inbound"))
        floor.panel.select_call(other)
        frame = QWidget()  # the margins a tab gives it
        QVBoxLayout(frame).addWidget(floor.panel)
        frame.resize(920, 380)
        frame.show()
        await wait(lambda: floor.panel.isVisible())
        floor.panel.table.setFocus()
        await settle()  # let Qt lay the panel out and paint it
        image = frame.grab().toImage()
        rect = floor.panel.table.visualRect(proxy_index(floor.panel, "long-call", Column.FROM))
        point = floor.panel.table.viewport().mapTo(frame, rect.center())
        floor.panel.setParent(None)  # qtbot's to close, not the frame's
        frame.hide()  # not close(): closing the last window would quit the loop under the test
        frame.deleteLater()
        out = Path(os.environ.get("AGENT_DESKTOP_SCREENSHOTS") or tmp_path)
        out.mkdir(parents=True, exist_ok=True)
        assert image.save(str(out / "supervisor-panel.png"))
        assert shown_ids(floor.panel.proxy) == [monitored, other, "long-call"]
        colour = QImage.pixelColor(image, point.x() - 60, point.y())
        assert colour == QColor(LONG_BACKGROUND)


# --- language -----------------------------------------------------------------------------------

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="vi">
<context><name>SupervisorPanel</name>
<message><source>Listen</source><translation>Nghe</translation></message>
<message><source>Listening to {call} on extension {ext}. Nobody hears you.</source>
<translation>Đang nghe {call} trên máy nhánh {ext}. Không ai nghe thấy bạn.</translation>
</message>
<message><source>the call of {agent} with {customer}</source>
<translation>cuộc gọi của {agent} với {customer}</translation></message>
</context>
<context><name>FilterBar</name>
<message><source>All agents</source><translation>Tất cả nhân viên</translation></message>
</context>
<context><name>SupervisorFilter</name>
<message><source>listening</source><translation>đang nghe</translation></message>
<message><source>Longer than {minutes} min</source>
<translation>Dài hơn {minutes} phút</translation></message>
</context>
<context><name>LiveCallModel</name>
<message><source>Inbound</source><translation>Gọi vào</translation></message>
</context>
</TS>
"""


async def test_a_language_change_retranslates_the_panel(floors: Floors, tmp_path: Path) -> None:
    async with floors("supervisor") as floor:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        if not lrelease.exists():
            pytest.skip("pyside6-lrelease is not installed")
        (tmp_path / "t.ts").write_text(TS, encoding="utf-8")
        subprocess.run([str(lrelease), "-silent", str(tmp_path / "t.ts"), "-qm",
                        str(tmp_path / "t.qm")], check=True)
        call_id = await floor.talking_call("101")
        floor.actions.act(CallAction.LISTEN, call_id, "100")
        await wait(lambda: "done" in floor.names())
        translator = QTranslator()
        assert translator.load(str(tmp_path / "t.qm"))
        app = QCoreApplication.instance()
        app.installTranslator(translator)
        try:
            await wait(lambda: floor.panel.action_for[CallAction.LISTEN].text() == "Nghe")
            floor.model.retranslate()  # the app's live-calls view does this for the shared model
            assert floor.panel.message_text() == (
                "Đang nghe cuộc gọi của 101 (Nguyễn Thị Lan) với 0899\u00a0098\u00a0899 trên máy "
                "nhánh 100. Không ai nghe thấy bạn.")
            assert floor.panel.filters.agent_combo.itemText(0) == "Tất cả nhân viên"
            assert proxy_index(floor.panel, call_id).data() == "Gọi vào · đang nghe"
            assert floor.panel.proxy.index(0, Column.FROM).data(Qt.ItemDataRole.ToolTipRole)
        finally:
            app.removeTranslator(translator)
        await wait(lambda: floor.panel.action_for[CallAction.LISTEN].text() == "Listen")
        assert floor.panel.message_text().startswith("Listening to the call of 101")
