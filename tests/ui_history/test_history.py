"""The History tab against the simulator: filters reach the server and the table shows exactly its
matching rows; scroll and pages; both mappings; details; recordings; CSV export; errors; dialing."""

from __future__ import annotations

import asyncio
import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from agent_desktop.core.history import Mode
from agent_desktop.sim.tenant import Cdr, normalize_phone
from agent_desktop.ui.history_model import CDR_ROLE, NUMBER_ROLE, CdrColumn
from tests.ui_history.conftest import CUSTOMERS, KNOWN, Desks, wait

FMT = "%Y-%m-%d %H:%M:%S"


def day_start(day: date) -> str:
    return datetime.combine(day, datetime.min.time()).strftime(FMT)


def cell(desk, row: int, column: CdrColumn) -> QModelIndex:
    return desk.view.model.index(row, column)


def row_of(desk, cdr_id: str) -> int:
    return desk.shown_ids().index(cdr_id)


def double_click(qtbot: QtBot, desk, index: QModelIndex) -> None:
    """As a person does: a click, then the second click of a double-click (QTest's double-click
    alone is no double-click to a view)."""
    table = desk.view.table
    table.scrollTo(index)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


# --- filters: the right parameter, exactly the matching rows --------------------------------------


async def test_the_tab_loads_the_last_seven_days_when_shown(desks: Desks) -> None:
    async with desks() as desk:
        assert desk.history.requests == 0  # nothing before the tab is shown
        await desk.show()
        assert desk.shown_ids() == desk.expected()
        assert len(desk.shown_ids()) == KNOWN  # the three calls of ten days ago are left out
        [sent] = await desk.requests()
        today = date.today()
        assert sent["query"] == {"start_date": day_start(today - timedelta(days=6)),
                                 "end_date": day_start(today + timedelta(days=1)),
                                 "limit": "50", "offset": "0"}
        assert desk.view.count_label.text() == "45 calls"


FILTERS = {
    "extension": (lambda bar: bar.extension_edit.setText(" 102 "), {"extension": "102"},
                  lambda c: c.extension == "102"),
    "phone": (lambda bar: bar.phone_edit.setText("+84 899 888 999"), {"phone": "0899888999"},
              lambda c: "0899888999" in (normalize_phone(c.from_number),
                                         normalize_phone(c.to_number))),
    "direction": (lambda bar: bar.direction_combo.setCurrentIndex(
        bar.direction_combo.findData("outbound")), {"direction": "outbound"},
        lambda c: c.direction == "outbound"),
    "duration": (lambda bar: bar.duration_spin.setValue(120), {"duration": "120"},
                 lambda c: c.duration >= 120),
}


@pytest.mark.parametrize("name", sorted(FILTERS))
async def test_each_filter_reaches_the_server_and_shows_exactly_its_rows(desks: Desks,
                                                                         name: str) -> None:
    fill, params, keep = FILTERS[name]
    async with desks() as desk:
        await desk.show()
        await desk.forget_requests()
        fill(desk.view.filters)
        assert desk.view.apply_filters()
        await desk.settled()
        [sent] = await desk.requests()
        for key, value in params.items():
            assert sent["query"][key] == value
        expected = desk.expected(keep)
        assert 0 < len(expected) < KNOWN
        assert desk.shown_ids() == expected


async def test_the_date_range_includes_the_last_day(desks: Desks, qtbot: QtBot) -> None:
    async with desks() as desk:
        await desk.show()
        await desk.forget_requests()
        ten_days_ago = date.today() - timedelta(days=10)
        bar = desk.view.filters
        assert bar.first_date.calendarPopup() and bar.last_date.calendarPopup()
        bar.first_date.setDate(QDate(ten_days_ago.year, ten_days_ago.month, ten_days_ago.day))
        bar.last_date.setDate(QDate(ten_days_ago.year, ten_days_ago.month, ten_days_ago.day))
        qtbot.keyClick(bar.last_date, Qt.Key.Key_Return)  # Enter in a field runs the query
        await desk.settled()
        [sent] = await desk.requests()
        assert sent["query"]["start_date"] == day_start(ten_days_ago)
        assert sent["query"]["end_date"] == day_start(ten_days_ago + timedelta(days=1))
        assert desk.shown_ids() == ["old-0", "old-1", "old-2"]


async def test_a_number_that_cannot_be_read_sends_nothing(desks: Desks) -> None:
    async with desks() as desk:
        await desk.show()
        await desk.forget_requests()
        desk.view.filters.phone_edit.setText("12ab")
        assert not desk.view.apply_filters()
        assert desk.view.error_text() == "This is not a phone number."
        assert not desk.view.retry_button.isVisibleTo(desk.view)
        assert await desk.requests() == []
        desk.view.filters.phone_edit.setText("0912 345 678")
        assert desk.view.apply_filters()
        assert desk.view.error_text() == ""
        await desk.settled()
        assert (await desk.requests())[0]["query"]["phone"] == "0912345678"


async def test_reset_goes_back_to_every_call_of_the_last_seven_days(desks: Desks) -> None:
    async with desks() as desk:
        await desk.show()
        desk.view.filters.extension_edit.setText("103")
        desk.view.apply_filters()
        await desk.settled()
        assert set(desk.shown_ids()) < set(desk.expected())
        desk.view.filters.reset_button.click()
        await desk.settled()
        assert desk.view.filters.extension_edit.text() == ""
        assert desk.shown_ids() == desk.expected()


async def test_no_match_says_so(desks: Desks) -> None:
    async with desks() as desk:
        await desk.show()
        desk.view.filters.extension_edit.setText("999")
        desk.view.apply_filters()
        await desk.settled()
        assert desk.shown_ids() == []
        assert desk.view.state_text() == "No calls match these filters"


# --- scroll and pages ---------------------------------------------------------------------------


async def test_scroll_mode_loads_every_batch_as_the_table_scrolls(desks: Desks,
                                                                  qtbot: QtBot) -> None:
    async with desks(page_size=7) as desk:
        await desk.control.post("/_sim/faults", json={"latency": [0.05, 0.05]})
        ModelTester(qtbot).check(desk.view.model, force_py=True)
        desk.view.resize(1100, 300)  # a few rows at a time
        await desk.show()
        while desk.view.model.rowCount() < KNOWN:
            before = desk.view.model.rowCount()
            desk.view.table.scrollToBottom()
            for _ in range(5):  # however often the view asks, one request at a time
                desk.view.model.fetchMore(QModelIndex())
            await wait(lambda: desk.view.model.rowCount() > before)
        await desk.settled()
        assert not desk.view.model.canFetchMore(QModelIndex())
        assert desk.shown_ids() == desk.expected()
        assert desk.most_in_flight == 1
        offsets = [int(r["query"]["offset"]) for r in await desk.requests()]
        assert offsets == list(range(0, KNOWN, 7))  # each batch once, at the server's cursor
        assert desk.view.count_label.text() == "45 calls"


async def test_a_new_filter_drops_the_answer_still_on_its_way(desks: Desks) -> None:
    async with desks() as desk:
        await desk.control.post("/_sim/faults", json={"latency": [0.3, 0.3]})
        desk.view.show()
        await wait(lambda: desk.history.loading)
        assert desk.view.state_text() == "Loading calls…"
        desk.view.filters.extension_edit.setText("101")
        desk.view.apply_filters()
        await desk.settled()
        await asyncio.sleep(0.4)  # the first answer would have arrived by now
        assert desk.shown_ids() == desk.expected(lambda c: c.extension == "101")
        assert desk.most_in_flight == 1


async def test_pages_mode_goes_forward_and_back(desks: Desks) -> None:
    async with desks(page_size=10) as desk:
        await desk.show()
        await desk.forget_requests()
        desk.view.pages_button.click()
        assert desk.history.mode is Mode.PAGES
        await desk.settled()
        expected = desk.expected()
        assert desk.shown_ids() == expected[:10]
        assert desk.view.count_label.text() == "Page 1 of 5 · 45 calls"
        assert not desk.view.previous_button.isEnabled()
        desk.view.next_button.click()
        await desk.settled()
        assert desk.shown_ids() == expected[10:20]
        assert desk.view.count_label.text() == "Page 2 of 5 · 45 calls"
        for _ in range(3):
            desk.view.next_button.click()
            await desk.settled()
        assert desk.shown_ids() == expected[40:]
        assert not desk.view.next_button.isEnabled()
        desk.view.previous_button.click()
        await desk.settled()
        assert desk.shown_ids() == expected[30:40]
        pages = [(r["query"]["page"], r["query"]["limit"]) for r in await desk.requests()]
        assert pages == [("1", "10"), ("2", "10"), ("3", "10"), ("4", "10"), ("5", "10"),
                         ("4", "10")]
        assert all("offset" not in r["query"] for r in await desk.requests())
        desk.view.scroll_button.click()  # back to scrolling: from the first batch
        await desk.settled()
        assert desk.shown_ids()[:10] == expected[:10]


async def test_flex_mapping_shows_the_same_calls(desks: Desks) -> None:
    columns = (CdrColumn.STARTED, CdrColumn.DIRECTION, CdrColumn.EXTENSION, CdrColumn.DURATION,
               CdrColumn.STATUS, CdrColumn.RECORDING)

    def table(desk) -> list[tuple]:
        model = desk.view.model
        rows = []
        for row in range(model.rowCount()):
            cdr = model.index(row, 0).data(CDR_ROLE)
            texts = tuple(model.index(row, c).data() for c in columns)
            recording = model.index(row, CdrColumn.RECORDING).data(
                Qt.ItemDataRole.DecorationRole) is not None
            numbers = [model.index(row, c).data(NUMBER_ROLE)
                       for c in (CdrColumn.FROM, CdrColumn.TO)]
            rows.append((cdr.id, texts, recording, numbers))
        return rows

    async with desks() as desk:
        await desk.show()
        default = table(desk)
        assert {cdr.mapping for cdr in desk.view.model.cdrs()} == {"default"}
        await desk.control.post("/_sim/config", json={"cdr_mapping": "flex"})
        desk.view.refresh()
        await desk.settled()
        assert {cdr.mapping for cdr in desk.view.model.cdrs()} == {"flex"}
        assert table(desk) == default
        assert len(default) == KNOWN


async def test_status_in_words_and_an_unknown_one_as_the_server_wrote_it(desks: Desks) -> None:
    async with desks() as desk:
        started = datetime.now().replace(microsecond=0) - timedelta(minutes=1)
        desk.sim.tenant.add_cdr(Cdr(
            id="odd", sip_call_id="odd-sip", direction="inbound", status="voicemail",
            cause="", extension="101", from_number=CUSTOMERS[0], to_number="101",
            receive_dest="", started=started, ring_at=None, answered=None,
            ended=started + timedelta(seconds=4)))
        await desk.show()
        words = {}
        for row in range(desk.view.model.rowCount()):
            cdr = cell(desk, row, CdrColumn.STATUS).data(CDR_ROLE)
            words[cdr.status] = cell(desk, row, CdrColumn.STATUS).data()
        assert words == {"answered": "Answered", "busy": "Busy", "no-answered": "Not answered",
                         "cancel": "Cancelled", "not-available": "Unreachable",
                         "invalid": "Failed", "voicemail": "voicemail"}
        row = row_of(desk, "cdr-000")  # answered, inbound, 5 s, with a recording
        assert cell(desk, row, CdrColumn.DIRECTION).data() == "Inbound"
        assert cell(desk, row, CdrColumn.DURATION).data() == "0:05"
        assert cell(desk, row, CdrColumn.FROM).data() == "0899 888 999"
        assert cell(desk, row, CdrColumn.RECORDING).data(
            Qt.ItemDataRole.DecorationRole) is not None
        assert cell(desk, row_of(desk, "cdr-001"), CdrColumn.RECORDING).data(
            Qt.ItemDataRole.DecorationRole) is None


# --- details ----------------------------------------------------------------------------------


async def test_details_by_id_show_the_servers_current_record(desks: Desks,
                                                             qtbot: QtBot) -> None:
    async with desks() as desk:
        await desk.show()
        desk.sim.tenant.cdr("cdr-006").cause = "NORMAL_UNSPECIFIED"  # changed since the list
        row = row_of(desk, "cdr-006")
        double_click(qtbot, desk, cell(desk, row, CdrColumn.DURATION))
        dialog = desk.view.detail
        assert dialog is not None and dialog.isVisible()
        await wait(lambda: dialog.cdr is not None)
        assert dialog.text_of("id") == "cdr-006"
        assert dialog.text_of("sip_call_id") == "sip-006@pbx"
        assert dialog.text_of("status") == "Answered"
        assert dialog.text_of("direction") == "Inbound"
        assert dialog.text_of("cause") == "NORMAL_UNSPECIFIED"
        assert dialog.text_of("duration") == "0:47"
        assert dialog.text_of("recording_url").endswith("/recordings/cdr-006.wav")
        assert dialog.values["id"].textInteractionFlags() & \
            Qt.TextInteractionFlag.TextSelectableByMouse
        assert [r["path"] for r in await desk.requests("/v2/cdr/cdr-006")] == ["/v2/cdr/cdr-006"]
        dialog.play_button.click()
        dialog.call_button.click()
        assert [c.id for c in desk.played] == ["cdr-006"]
        assert desk.dialed == [CUSTOMERS[0]]
        dialog.reject()


async def test_find_by_sip_call_id_and_not_found(desks: Desks, qtbot: QtBot) -> None:
    async with desks() as desk:
        await desk.show()
        desk.view.find_edit.setText(" sip-001@pbx ")
        qtbot.keyClick(desk.view.find_edit, Qt.Key.Key_Return)
        dialog = desk.view.detail
        await wait(lambda: dialog.cdr is not None)
        assert dialog.text_of("id") == "cdr-001"
        assert dialog.text_of("status") == "Busy"
        assert not dialog.play_button.isEnabled()  # no recording
        assert len(await desk.requests("/v2/cdr/sip-001@pbx")) == 1
        desk.view.find_edit.setText("no-such-call")
        desk.view.find_button.click()
        missing = desk.view.detail
        assert missing is not dialog
        await wait(lambda: not missing.loading)
        assert missing.cdr is None
        assert missing.message == ("No call was found with the id or SIP call id "
                                   "“no-such-call”.")
        assert not missing.play_button.isEnabled() and not missing.call_button.isEnabled()
        missing.reject()


# --- dialing and playing -------------------------------------------------------------------------


async def test_the_customers_number_dials(desks: Desks, qtbot: QtBot) -> None:
    async with desks() as desk:
        await desk.show()
        table = desk.view.table
        inbound, outbound = row_of(desk, "cdr-003"), row_of(desk, "cdr-004")
        assert cell(desk, inbound, CdrColumn.TO).data(NUMBER_ROLE) is None  # the extension
        double_click(qtbot, desk, cell(desk, inbound, CdrColumn.FROM))
        assert desk.dialed == [CUSTOMERS[0]]
        assert desk.view.detail is None
        table.setFocus()
        table.setCurrentIndex(cell(desk, outbound, CdrColumn.TO))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        assert desk.dialed == [CUSTOMERS[0], CUSTOMERS[1]]
        menu = desk.view.context_menu_for(cell(desk, outbound, CdrColumn.STARTED))
        call = next(a for a in menu.actions() if a.text().startswith("Call "))
        assert call.text() == "Call \u20680912 345 678\u2069"
        call.trigger()
        assert desk.dialed == [CUSTOMERS[0], CUSTOMERS[1], CUSTOMERS[1]]
        menu.deleteLater()


async def test_a_recording_plays_from_the_row(desks: Desks, qtbot: QtBot) -> None:
    async with desks() as desk:
        await desk.show()
        answered, busy = row_of(desk, "cdr-000"), row_of(desk, "cdr-001")
        menu = desk.view.context_menu_for(cell(desk, busy, CdrColumn.STATUS))
        assert "Play recording" not in [a.text() for a in menu.actions()]
        menu.deleteLater()
        desk.view.table.selectRow(busy)
        assert not desk.view.play_button.isEnabled()
        menu = desk.view.context_menu_for(cell(desk, answered, CdrColumn.STATUS))
        next(a for a in menu.actions() if a.text() == "Play recording").trigger()
        menu.deleteLater()
        desk.view.table.selectRow(answered)
        desk.view.play_button.click()
        double_click(qtbot, desk, cell(desk, answered, CdrColumn.RECORDING))
        assert [c.id for c in desk.played] == ["cdr-000"] * 3
        assert desk.played[0].recording_url.endswith("/recordings/cdr-000.wav")


# --- export -------------------------------------------------------------------------------------


async def test_export_writes_every_page_of_the_filter(desks: Desks, tmp_path: Path) -> None:
    async with desks(page_size=10) as desk:
        await desk.show()
        desk.view.pages_button.click()
        await desk.settled()
        await desk.forget_requests()
        desk.history.exporter.batch = 20
        progress: list[tuple[int, int]] = []
        desk.history.exporter.progress.connect(lambda done, total: progress.append((done, total)))
        target = tmp_path / "out" / "calls.csv"
        target.parent.mkdir()
        assert desk.view.export_to(target)
        assert not desk.view.export_button.isEnabled()
        await wait(lambda: not desk.history.exporter.running)
        assert desk.view.export_text() == "Saved 45 calls to calls.csv."
        assert desk.view.export_button.isEnabled()
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [r["id"] for r in rows] == desk.expected()
        first = rows[0]
        cdr = desk.sim.tenant.cdr(first["id"])
        assert first["status"] == cdr.status and first["direction"] == cdr.direction
        assert first["from_number"] == cdr.from_number and first["to_number"] == cdr.to_number
        assert first["time_started"] == cdr.started.strftime(FMT)
        assert first["duration"] == str(cdr.duration)
        words = {r["status"]: r["status_text"] for r in rows}
        assert words["no-answered"] == "Not answered" and words["answered"] == "Answered"
        assert progress == [(0, 45), (20, 45), (40, 45), (45, 45)]
        assert [(r["query"]["limit"], r["query"]["offset"]) for r in await desk.requests()] == [
            ("20", "0"), ("20", "20"), ("20", "40")]
        assert list(target.parent.iterdir()) == [target]


async def test_cancelling_an_export_leaves_no_file(desks: Desks, tmp_path: Path) -> None:
    async with desks() as desk:
        await desk.show()
        await desk.control.post("/_sim/faults", json={"latency": [0.3, 0.3]})
        desk.history.exporter.batch = 10
        folder = tmp_path / "out"
        folder.mkdir()
        assert desk.view.export_to(folder / "calls.csv")
        await wait(lambda: "of 45 calls" in desk.view.export_text())
        assert desk.view.export_text() == "Exporting: 0 of 45 calls"
        [partial] = list(folder.iterdir())  # written beside the target, under another name
        assert partial.name.startswith(".calls.csv.") and partial.suffix == ".part"
        desk.view.export_box.cancel_button.click()
        await wait(lambda: not desk.history.exporter.running)
        assert desk.view.export_text() == "Export cancelled; no file was written."
        assert list(folder.iterdir()) == []


async def test_a_failed_export_leaves_no_file(desks: Desks, tmp_path: Path) -> None:
    async with desks() as desk:
        await desk.show()
        desk.history.exporter.batch = 10
        folder = tmp_path / "out"
        folder.mkdir()
        await desk.control.post("/_sim/faults", json={"error_rate": 1.0, "seed": 3})
        assert desk.view.export_to(folder / "calls.csv")
        await wait(lambda: not desk.history.exporter.running)
        assert desk.view.export_text().startswith("The export failed: ")
        assert list(folder.iterdir()) == []


# --- errors and logging out ---------------------------------------------------------------------


async def test_a_server_error_is_shown_and_retry_loads(desks: Desks) -> None:
    async with desks() as desk:
        await desk.control.post("/_sim/faults", json={"error_rate": 1.0, "seed": 2})
        desk.view.show()
        await desk.settled()
        assert desk.history.error
        assert desk.view.error_text() == desk.history.error
        assert desk.view.retry_button.isVisibleTo(desk.view)
        assert desk.view.state_text() == "The calls could not be loaded."
        await desk.control.delete("/_sim/faults")
        await desk.forget_requests()
        desk.view.retry_button.click()
        await desk.settled()
        assert desk.view.error_text() == ""
        assert desk.shown_ids() == desk.expected()
        assert len(await desk.requests()) == 1


async def test_logging_out_clears_the_tab(desks: Desks) -> None:
    async with desks() as desk:
        await desk.show()
        desk.view.filters.extension_edit.setText("101")
        desk.view.apply_filters()
        await desk.settled()
        await desk.session.logout()
        assert desk.view.model.rowCount() == 0
        assert desk.view.state_text() == "Log in to see the call history."
        assert desk.view.filters.extension_edit.text() == ""
        assert desk.view.count_label.text() == ""
