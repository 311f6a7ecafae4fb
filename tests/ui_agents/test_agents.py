"""The supervisor's agent board against the simulator: a real Session and LiveCallPoller, the
board's gentle status rounds, live calls, today's counts, discovery, failures; then the table model
under Qt's model tester and the view."""

from __future__ import annotations

import asyncio
import os
import random
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.modeltest import ModelTester

from agent_desktop.core.agents import AgentBoard, AgentRow, calls_by_extension, count_today
from agent_desktop.config import Settings
from agent_desktop.core.call_diff import Phase, phase
from agent_desktop.core.demo import DemoPbx
from agent_desktop.pbx.models import LiveCall
from agent_desktop.sim import Simulator
from agent_desktop.sim.tenant import Cdr as SimCdr
from agent_desktop.ui.agent_board import (
    KEY_ROLE,
    SORT_ROLE,
    AgentBoardModel,
    AgentBoardView,
    Column,
)
from tests.helpers import ClientlessSession, PollerDouble, until
from tests.ui_agents.conftest import TEAM, Config, supervisor_floor


def row(board: AgentBoard, ext: str) -> AgentRow | None:
    return board.by_extension(ext)


def cell(board: AgentBoard, ext: str, name: str, missing: object = None) -> object:
    """A field of an agent's row, or ``missing`` while the row is not there yet (for waits)."""
    found = board.by_extension(ext)
    return missing if found is None else getattr(found, name)


def midnight() -> datetime:
    return datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)


def expected_counts(sim: Simulator) -> dict[str, tuple[int, int, int]]:
    start, end = midnight(), midnight() + timedelta(days=1)
    counts: dict[str, list[int]] = {}
    for cdr in sim.tenant.cdrs:
        if cdr.extension and start <= cdr.started < end:
            c = counts.setdefault(cdr.extension, [0, 0, 0])
            c[0] += 1
            c[1] += cdr.status == "answered"
            c[2] += cdr.direction == "inbound" and cdr.status != "answered"
    return {ext: (a, b, c) for ext, (a, b, c) in counts.items()}


def add_today_cdrs(sim: Simulator) -> None:
    """A few CDRs of today whatever the hour (the seeded ones keep office hours), one of
    yesterday, and one nobody answered in a ring group (no extension)."""
    now = datetime.now().replace(microsecond=0)
    base = max(midnight() + timedelta(seconds=1), now - timedelta(minutes=40))
    kinds = [("inbound", "answered"), ("inbound", "no-answered"), ("outbound", "answered"),
             ("outbound", "no-answered"), ("inbound", "cancel"), ("local", "busy")]
    for i in range(14):
        direction, status = kinds[i % len(kinds)]
        started = base + timedelta(seconds=i)
        sim.tenant.add_cdr(SimCdr(
            id=f"today-{i}", sip_call_id=f"sip-today-{i}", direction=direction, status=status,
            cause="NORMAL_CLEARING", extension=str(101 + i % 5), from_number="0899098899",
            to_number=str(101 + i % 5), receive_dest="", started=started, ring_at=started,
            answered=started if status == "answered" else None,
            ended=started + timedelta(seconds=30)))
    yesterday = midnight() - timedelta(minutes=10)
    sim.tenant.add_cdr(SimCdr(
        id="yesterday", sip_call_id="sip-yesterday", direction="inbound", status="answered",
        cause="NORMAL_CLEARING", extension="101", from_number="0899098899", to_number="101",
        receive_dest="", started=yesterday, ring_at=yesterday, answered=yesterday,
        ended=yesterday + timedelta(seconds=20)))
    sim.tenant.add_cdr(SimCdr(
        id="group-missed", sip_call_id="sip-group", direction="inbound", status="no-answered",
        cause="NO_ANSWER", extension="", from_number="0899098899", to_number="600",
        receive_dest="600", started=base, ring_at=base, answered=None,
        ended=base + timedelta(seconds=25)))


# --- phone status ---------------------------------------------------------------------------------


async def test_one_request_per_agent_per_round_never_more_than_parallel(
        sim: Simulator, tmp_path: Path, control: httpx.AsyncClient) -> None:
    async with supervisor_floor(sim, tmp_path, Config(TEAM), status_interval=0.01,
                                parallel=3) as board:
        client = board.session.client
        original = client.user_status
        in_flight = peak = 0
        asked: list[str] = []

        async def counting(user_id: str):
            nonlocal in_flight, peak
            if user_id not in TEAM:  # the session's own status poll
                return await original(user_id)
            asked.append(user_id)
            in_flight += 1
            peak = max(peak, in_flight)
            try:
                return await original(user_id)
            finally:
                in_flight -= 1

        client.user_status = counting  # type: ignore[method-assign]
        await control.post("/_sim/faults", json={"latency": [0.05, 0.05]})
        board.start()
        while board.status_rounds < 3:  # asking again and again never starts a second round
            board.refresh_now()
            await asyncio.sleep(0.02)
        board.stop()
        await control.delete("/_sim/faults")
        assert peak == 3  # parallel, never more: two rounds at once would double it
        rounds = [asked[i:i + len(TEAM)] for i in range(0, len(asked), len(TEAM))]
        assert all(sorted(r) == sorted(TEAM) for r in rounds[:board.status_rounds])
        assert len(asked) - board.status_rounds * len(TEAM) < len(TEAM)  # the cancelled one, if any
        logged = (await control.get("/_sim/requests",
                                    params={"path": "/v2/user/agent105/status"})).json()
        assert logged["total"] >= board.status_rounds


async def test_logged_in_flags_follow_the_simulator(
        sim: Simulator, tmp_path: Path, control: httpx.AsyncClient) -> None:
    async with supervisor_floor(sim, tmp_path, Config(TEAM)) as board:
        changes: list[AgentRow] = []
        board.agentChanged.connect(changes.append)
        board.start()
        assert [r.username for r in board.agents()] == list(TEAM)  # rows at once, status to come
        await until(lambda: all(r.phone_logged_in is not None for r in board.agents()))
        users = {u.extension: u for u in sim.tenant.users if u.level == "user"}
        assert {r.extension: r.phone_logged_in for r in board.agents()} == {
            ext: u.ext_loggedin for ext, u in users.items()}
        assert {r.extension for r in board.agents() if not r.phone_logged_in} == {"108", "109", "110"}
        assert all(r.name == users[r.extension].agent_name and not r.status_error
                   for r in board.agents())
        assert board.transfer_targets()[:2] == [("101", "Nguyễn Thị Lan", True),
                                                ("102", "Trần Văn Hùng", True)]
        assert board.transfer_targets()[-1] == ("110", "Ngô Thanh Tùng", False)

        rounds = board.status_rounds
        changes.clear()
        assert (await control.post("/_sim/extensions/108/login")).status_code == 200
        await until(lambda: cell(board, "108", "phone_logged_in") is True)
        assert board.status_rounds <= rounds + 2  # on the next round
        assert [c.extension for c in changes if c.phone_logged_in is not None] == ["108"]


async def test_failures_leave_the_status_unknown_with_the_reason(
        sim: Simulator, tmp_path: Path, control: httpx.AsyncClient) -> None:
    async with supervisor_floor(sim, tmp_path, Config(("agent101", "nobody", "agent102"))) as board:
        board.start()
        await until(lambda: board.status_rounds >= 1)
        nobody = board.agent("user:nobody")
        assert nobody is not None and nobody.phone_logged_in is None and nobody.extension == ""
        assert nobody.status_error == 'The PBX has no user named "nobody".'
        assert board.agent("user:agent101").phone_logged_in is True
        assert [t[0] for t in board.transfer_targets()] == ["101", "102"]

        await control.post("/_sim/faults", json={"error_rate": 1.0})
        await until(lambda: board.agent("user:agent102").phone_logged_in is None)
        assert "The PBX had a problem" in board.agent("user:agent102").status_error
        await control.delete("/_sim/faults")
        await until(lambda: board.agent("user:agent102").phone_logged_in is True)
        assert board.agent("user:agent102").status_error == ""
        assert board.running


# --- calls ----------------------------------------------------------------------------------------


async def test_a_live_call_is_the_agents_current_call_until_it_ends(
        sim: Simulator, tmp_path: Path, control: httpx.AsyncClient) -> None:
    async with supervisor_floor(sim, tmp_path, Config(TEAM), cdr_interval=60.0) as board:
        board.cdr_after_call = board.cdr_min_gap = 0.05
        board.start()
        await until(lambda: board.cdr_reads >= 1 and cell(board, "102", "extension"))
        before = row(board, "102").calls_today
        call = (await control.post("/_sim/calls/inbound",
                                   json={"to": "102", "from": "0899098899"})).json()
        await until(lambda: cell(board, "102", "current_phase") is Phase.RINGING)
        assert row(board, "102").current_number == "0899098899"
        await control.post(f"/_sim/calls/{call['call_id']}/answer", json={})
        await until(lambda: cell(board, "102", "current_phase") is Phase.TALKING)
        talking = row(board, "102")
        assert talking.current_call_id == call["legs"][0] and talking.call_started is not None
        assert abs((datetime.now() - talking.call_started).total_seconds()) < 5
        assert row(board, "103").current_call_id == ""

        await control.post(f"/_sim/calls/{call['call_id']}/hangup", json={})
        await until(lambda: cell(board, "102", "on_call", True) is False)
        done = row(board, "102")
        assert done.current_number == "" and done.current_phase is None and done.call_started is None
        # The counts are read again shortly after the call ends, not a cdr_interval later.
        await until(lambda: cell(board, "102", "calls_today") == before + 1)
        assert row(board, "102").answered_today >= 1


async def test_rows_follow_agents_whose_extensions_the_pbx_swaps(
        sim: Simulator, tmp_path: Path, control: httpx.AsyncClient) -> None:
    # The board finds a row by its extension (an index kept as rows change): after the PBX gives
    # agent102 extension 103 and agent103 extension 102, a call to 103 is agent102's.
    async with supervisor_floor(sim, tmp_path, Config(TEAM)) as board:
        board.start()
        await until(lambda: cell(board, "102", "extension") and cell(board, "103", "extension"))
        first = (await control.post("/_sim/calls/inbound",
                                    json={"to": "102", "from": "0899098899"})).json()
        await until(lambda: cell(board, "102", "current_phase") is Phase.RINGING)
        assert board.agent("user:agent102").current_call_id == first["legs"][0]
        await control.post(f"/_sim/calls/{first['call_id']}/hangup", json={})
        await until(lambda: cell(board, "102", "on_call", True) is False)

        a, b = sim.tenant.user_by_username("agent102"), sim.tenant.user_by_username("agent103")
        a.extension, b.extension = b.extension, a.extension
        board.refresh_now()
        await until(lambda: board.agent("user:agent102").extension == "103"
                    and board.agent("user:agent103").extension == "102")
        assert row(board, "103").key == "user:agent102"
        call = (await control.post("/_sim/calls/inbound",
                                   json={"to": "103", "from": "0912345678"})).json()
        await until(lambda: board.agent("user:agent102").current_phase is Phase.RINGING)
        moved, other = board.agent("user:agent102"), board.agent("user:agent103")
        assert moved.current_call_id == call["legs"][0] and moved.current_number == "0912345678"
        assert other.current_call_id == "" and other.current_phase is None
        assert [t[0] for t in board.transfer_targets()].count("103") == 1
        await control.post(f"/_sim/calls/{call['call_id']}/hangup", json={})
        await until(lambda: board.agent("user:agent102").current_phase is None)


async def test_calls_today_match_the_simulator_cdrs(
        sim: Simulator, tmp_path: Path, control: httpx.AsyncClient) -> None:
    add_today_cdrs(sim)
    await control.delete("/_sim/requests")
    async with supervisor_floor(sim, tmp_path, Config(TEAM)) as board:
        board.cdr_batch = 4  # several pages
        board.start()
        await until(lambda: board.cdr_reads >= 1)
        expected = expected_counts(sim)
        assert expected  # the test has something to count
        for agent in board.agents():
            assert (agent.calls_today, agent.answered_today, agent.missed_today) == expected.get(
                agent.extension, (0, 0, 0)), agent.extension
        pages = (await control.get("/_sim/requests", params={"path": "/v2/cdr"})).json()["requests"]
        assert len(pages) >= 2 and all(p["query"]["start_date"].endswith("00:00:00") for p in pages)
        assert sum(a.calls_today for a in board.agents()) == sum(v[0] for v in expected.values())


async def test_the_team_is_discovered_when_none_is_configured(
        sim: Simulator, tmp_path: Path, control: httpx.AsyncClient) -> None:
    add_today_cdrs(sim)  # 101-105 had calls today
    sim.tenant.cdrs[:] = [c for c in sim.tenant.cdrs
                          if c.extension != "107" or c.started < midnight()]
    config = Config(())
    async with supervisor_floor(sim, tmp_path, config) as board:
        board.start()
        assert [r.key for r in board.agents()] == ["user:supervisor"]  # me, at once
        await until(lambda: board.cdr_reads >= 1 and board.status_rounds >= 1)
        me = board.agent("user:supervisor")
        assert me.extension == "100" and me.name == "Trần Minh Quân" and me.phone_logged_in is True
        assert {r.extension for r in board.agents()} == {"100"} | set(expected_counts(sim))

        await control.post("/_sim/calls/inbound", json={"to": "107", "from": "0912345678"})
        await until(lambda: row(board, "107") is not None)
        found = row(board, "107")
        assert found.key == "ext:107" and found.username == "" and found.phone_logged_in is None
        assert found.status_error.startswith("Username not known")
        assert found.current_phase is Phase.RINGING

        removed: list[str] = []
        board.agentRemoved.connect(removed.append)
        before = [r.key for r in board.agents()]
        config.settings = replace(config.settings, team=("agent107", "agent101"))
        board.refresh_now()
        assert sorted(removed) == sorted(before)
        assert [r.key for r in board.agents()] == ["user:agent107", "user:agent101"]
        await until(lambda: board.agent("user:agent107").current_phase is Phase.RINGING)
        assert board.agent("user:agent107").phone_logged_in is True


def test_calls_and_counts_helpers() -> None:
    talk = LiveCall("a", "", datetime(2024, 1, 1, 9), "101", "inbound", "", "0899", "CS_EXCHANGE_MEDIA")
    ring = LiveCall("b", "", datetime(2024, 1, 1, 8), "101", "inbound", "", "0900", "CS_ROUTING")
    listen = LiveCall("c", "", datetime(2024, 1, 1, 7), "101", "local", "", "100",
                      "CS_EXCHANGE_MEDIA")
    best = calls_by_extension([ring, listen, talk])
    assert best["101"] is talk and best["100"] is listen and best["0900"] is ring
    assert count_today([], datetime(2024, 1, 1)) == {}


async def test_rows_follow_each_poll_and_a_missed_poll_is_made_good() -> None:
    # The board keeps each extension's call from the poller's diffs: after every poll each row
    # shows what a count over all the calls says, and a diff that never came is noticed.
    poller, rng = PollerDouble(), random.Random(7)
    settings = Settings()
    board = AgentBoard(ClientlessSession(), poller, lambda: settings)  # type: ignore[arg-type]
    board.start()
    listed: list[LiveCall] = []
    for step in range(40):
        listed = [c for c in listed if rng.random() < 0.8 or c.call_id == "gone-astray"]
        listed = [replace(c, state=rng.choice(("CS_ROUTING", "CS_EXCHANGE_MEDIA")))
                  if rng.random() < 0.3 else c for c in listed]
        listed += [LiveCall(f"c{step}-{n}", "", datetime(2024, 1, 1, 9, rng.randint(0, 5)),
                            str(rng.randint(101, 106)), rng.choice(("inbound", "local")), "",
                            rng.choice(("0899098899", "107")), "CS_ROUTING")
                   for n in range(rng.randint(1, 3))]
        if step == 20:  # a call for 108 comes in the poll whose update goes missing
            listed.append(LiveCall("gone-astray", "", datetime(2024, 1, 1, 8), "108", "inbound",
                                   "", "0899098899", "CS_EXCHANGE_MEDIA"))
        diff = poller.snapshot.apply(listed)
        if step != 20:
            poller.updated.emit(diff)
            expected = calls_by_extension(listed)
            for agent in board.agents():
                call = expected.get(agent.extension)
                assert agent.current_call_id == (call.call_id if call else ""), step
                assert agent.current_phase == (phase(call) if call else None), step
        if step > 20 and any(c.call_id == "gone-astray" for c in listed):
            assert board.by_extension("108").current_call_id == "gone-astray", step
    assert len(board.agents()) >= 6
    board.stop()


# --- the model and the view -----------------------------------------------------------------------


def modeltest_failures(qtlog: Any) -> list[str]:
    return [rec.message for rec in qtlog.records
            if rec.context is not None and rec.context.category == "qt.modeltest"]


def random_row(rng: random.Random, key: str, now: datetime) -> AgentRow:
    ext = key.split(":")[1]
    on_call = rng.random() < 0.5
    return AgentRow(
        key=key, extension=ext, username=f"agent{ext}" if rng.random() < 0.8 else "",
        name=rng.choice(["", "Nguyễn Thị Lan", "<b>Lê</b> Mai"]),
        phone_logged_in=rng.choice([True, False, None]), status_error=rng.choice(["", "why"]),
        current_call_id=f"call-{ext}" if on_call else "",
        current_number=rng.choice(["0899098899", "102"]) if on_call else "",
        current_phase=rng.choice(list(Phase)) if on_call else None,
        call_started=now - timedelta(seconds=rng.randrange(600)) if on_call else None,
        calls_today=rng.randrange(9), answered_today=rng.randrange(5),
        missed_today=rng.randrange(3))


@pytest.mark.parametrize("seed", range(6))
def test_the_model_follows_row_changes_without_a_reset(
        qapp: QApplication, qtmodeltester: ModelTester, pytestconfig: pytest.Config, qtlog: Any,
        seed: int) -> None:
    rng = random.Random(seed)
    now = datetime(2024, 5, 6, 9, 30)
    model = AgentBoardModel(clock=lambda: now)
    view = AgentBoardView(model)
    proxy = view.proxy
    proxy.sort(rng.choice(list(Column)), rng.choice(list(Qt.SortOrder)))
    view.filter.setText(rng.choice(["", "lan", "10", "0899"]))
    qtmodeltester.check(model)
    proxy_tester = ModelTester(pytestconfig)
    proxy_tester.check(proxy)
    events: list[str] = []
    for name in ("modelReset", "modelAboutToBeReset", "layoutChanged"):
        getattr(model, name).connect(lambda *_, name=name: events.append(name))
    expected: dict[str, AgentRow] = {}
    try:
        for _ in range(60):
            key = f"ext:{rng.randrange(100, 115)}"
            action = rng.random()
            if action < 0.55:
                fresh = random_row(rng, key, now)
                (model.change if key in expected else model.add)(fresh)
                expected[key] = fresh
            elif action < 0.8:
                model.remove(key)
                expected.pop(key, None)
            else:
                model.tick()
            assert model.rows() == list(expected.values())
            shown = {proxy.index(r, 0).data(KEY_ROLE) for r in range(proxy.rowCount())}
            assert shown == {k for k in expected if proxy.filterAcceptsRow(
                model.row_of(k), QModelIndex())}
        assert events == []
        assert modeltest_failures(qtlog) == []
    finally:
        proxy_tester._cleanup()
        view.deleteLater()


def test_ticks_touch_only_the_duration_of_agents_on_a_call(qapp: QApplication) -> None:
    now = datetime(2024, 5, 6, 9, 30)
    model = AgentBoardModel(clock=lambda: now)
    rows = [random_row(random.Random(i), f"ext:{100 + i}", now) for i in range(8)]
    for r in rows:
        model.add(r)
    changed: list[tuple[int, int, int, int, list[int]]] = []
    model.dataChanged.connect(lambda a, b, roles: changed.append(
        (a.row(), a.column(), b.row(), b.column(), list(roles))))
    model.tick()
    on_call = [i for i, r in enumerate(rows) if r.on_call]
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole]
    assert on_call and changed == [(i, Column.DURATION, i, Column.DURATION, roles)
                                   for i in on_call]
    first = max(on_call, key=lambda i: model.seconds(rows[i]))
    seconds = int((now - rows[first].call_started).total_seconds())
    assert model.index(first, Column.DURATION).data(SORT_ROLE) == seconds
    assert ":" in model.index(first, Column.DURATION).data()
    assert " · " in model.index(first, Column.CALL).data()  # "0899 098 899 · Talking"
    duration = model.index(first, Column.DURATION)
    assert duration.data(Qt.ItemDataRole.ForegroundRole) is None
    model.set_long_call_minutes(seconds / 60)
    assert seconds > 0
    assert duration.data(Qt.ItemDataRole.ForegroundRole) is not None  # long: in red


def test_the_view_shows_plain_text_an_empty_state_and_asks_to_refresh(
        qapp: QApplication) -> None:
    model = AgentBoardModel()
    view = AgentBoardView(model)
    assert view.stack.currentWidget() is view.empty_label
    assert view.empty_label.text().startswith("No agents yet")
    asked: list[bool] = []
    view.refreshRequested.connect(lambda: asked.append(True))
    view.refresh_button.click()
    assert asked == [True] and view.refresh_button.text() == "Refresh"  # no board: nothing to wait
    model.add(AgentRow(key="user:x", extension="101", username="agent101", name="<b>Lan</b>",
                       phone_logged_in=None, status_error="<i>boom</i>"))
    assert view.stack.currentWidget() is view.table
    assert model.index(0, Column.AGENT).data() == "<b>Lan</b>"
    tip = model.index(0, Column.PHONE).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;i&gt;boom" in tip and "<i>" not in tip
    assert view.summary.text() == "Agents: 1 · Logged in: 0 · On a call: 0"
    view.filter.setText("nobody")
    assert view.empty_label.text() == "No agents match the filter"
    view.filter.setText("lan")
    assert view.proxy.rowCount() == 1
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert model.headerData(Column.MISSED, Qt.Orientation.Horizontal) == "Missed"
    view.deleteLater()


async def test_the_board_feeds_the_view(
        sim: Simulator, tmp_path: Path, control: httpx.AsyncClient, qtmodeltester: ModelTester,
        qtlog: Any) -> None:
    add_today_cdrs(sim)
    async with supervisor_floor(sim, tmp_path, Config(TEAM)) as board:
        model = AgentBoardModel(board)
        qtmodeltester.check(model)
        resets: list[bool] = []
        model.modelReset.connect(lambda: resets.append(True))
        view = AgentBoardView(model)
        view.resize(1100, 420)
        view.show()
        board.start()
        await until(lambda: all(r.phone_logged_in is not None for r in model.rows()))
        await until(lambda: board.cdr_reads >= 1)
        call = (await control.post("/_sim/calls/inbound", json={"to": "104"})).json()
        await control.post(f"/_sim/calls/{call['call_id']}/answer", json={})
        await until(lambda: "Talking" in model.index(model.row_of("user:agent104"),
                                                     Column.CALL).data())
        asked = board.status_rounds
        view.refresh_button.click()
        assert view.refresh_button.text() == "Refreshing…"
        await until(lambda: board.status_rounds > asked and view.refresh_button.text() == "Refresh")
        await control.post(f"/_sim/calls/{call['call_id']}/hangup", json={})
        await until(lambda: model.index(model.row_of("user:agent104"), Column.CALL).data() == "")
        assert view.summary.text().startswith("Agents: 10 · Logged in: 7")
        board.stop()
        assert model.rowCount() == 0 and view.stack.currentWidget() is view.empty_label
        assert resets == [] and modeltest_failures(qtlog) == []
        view.hide()  # not close(): the last window closed would quit the loop
        view.deleteLater()


def add_demo_day(sim: Simulator, count: int = 60) -> None:
    """A morning's calls for the screenshot (the seeded history keeps office hours)."""
    rng = random.Random(7)
    now = datetime.now().replace(microsecond=0)
    start = max(midnight() + timedelta(seconds=1), now - timedelta(hours=3))
    span = max(1, int((now - start).total_seconds()) - 60)
    for i in range(count):
        direction = rng.choice(["inbound", "inbound", "outbound"])
        status = rng.choices(["answered", "no-answered", "busy", "cancel"], [75, 12, 6, 7])[0]
        started = start + timedelta(seconds=rng.randrange(span))
        ext = rng.choice(["101", "102", "102", "103", "104", "104", "105", "106", "107"])
        sim.tenant.add_cdr(SimCdr(
            id=f"demo-{i}", sip_call_id=f"sip-demo-{i}", direction=direction, status=status,
            cause="NORMAL_CLEARING", extension=ext, from_number="0899098899", to_number=ext,
            receive_dest="", started=started, ring_at=started,
            answered=started if status == "answered" else None,
            ended=started + timedelta(seconds=rng.randrange(20, 400))))


async def test_screenshot_of_the_supervisor_board(tmp_path: Path) -> None:
    """The board on the demo tenant with a busy floor. AGENT_BOARD_SCREENSHOT=path saves it."""
    demo = DemoPbx(traffic=False)
    await demo.start("supervisor")
    add_demo_day(demo.simulator)
    try:
        async with supervisor_floor(demo.simulator, tmp_path, Config(TEAM), poll=0.2) as board:
            frame = QWidget()
            frame.setWindowTitle("Agents")
            view = AgentBoardView(AgentBoardModel(board, long_call_minutes=5), frame)
            QVBoxLayout(frame).addWidget(view)
            demo.busy_floor()
            engine = demo.simulator.engine
            engine.answer(engine.inbound("103", "02873001234", "19001919").id)
            board.start()
            await until(lambda: board.cdr_reads >= 1 and all(
                r.phone_logged_in is not None for r in board.agents()), timeout=10)
            await until(lambda: sum(r.on_call for r in board.agents()) >= 4)
            frame.resize(1180, 420)
            frame.show()
            await until(lambda: min(view.model.seconds(r) for r in board.agents()
                                    if r.on_call) >= 3, timeout=10)  # running durations
            view.table.selectRow(2)
            image = frame.grab()
            target = os.environ.get("AGENT_BOARD_SCREENSHOT") or str(tmp_path / "agent-board.png")
            assert image.save(target) and image.width() >= 1100
            frame.hide()  # not close(): the last window closed would quit the loop
            frame.deleteLater()
    finally:
        await demo.stop()
