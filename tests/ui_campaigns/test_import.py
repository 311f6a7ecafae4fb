"""Customers from a CSV file: every row checked before anything is sent, columns mapped from the
headers and changeable, the documented types, and the autodialer / autocall bodies sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from agent_desktop.core.campaign_import import check_rows, guess_mapping, parse_table
from tests.ui_campaigns.conftest import Desks, write_csv

VI_HEADER = ["Mã KH", "Họ và tên", "Số điện thoại", "Số hợp đồng", "Ngày đến hạn",
             "Số tiền quá hạn", "DPD"]


def vi_rows() -> list[list[str]]:
    return [
        VI_HEADER,
        ["KH001", "Nguyễn Thị Lan", "0899 098 899", "HD001", "13/07/2021", "3.211.100", "5"],
        ["KH002", "Trần Văn Bình", "0912.345.678 | 0987-654-321", "HD002", "2021-07-14",
         "5000000", "0"],
        ["KH001", "Lê Thị Hoa", "0977111222", "HD003", "", "", ""],  # same id as line 2
        ["KH004", "Phạm Minh Đức", "12345", "HD004", "", "", ""],  # not a mobile
        ["KH005", "Hoàng Văn Em", "0899098899", "HD005", "", "", ""],  # line 2's mobile
        ["", "Vũ Thị Giang", "0933444555", "HD006", "", "", ""],  # no id
        ["KH007", "Đặng Văn Hùng", "0944555666", "HD007", "31/02/2021", "", ""],  # no such date
        ["KH008", "Bùi Thị Ích", "0955666777", "HD008", "", "nhiều", ""],  # not a number
    ]


async def test_bad_rows_are_reported_and_nothing_is_sent(desks: Desks, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "khach-hang.csv", vi_rows())
    async with desks("supervisor") as desk:
        importer = desk.importer
        assert desk.view.import_file(path)
        texts = desk.status_texts()
        assert "Id KH001 is also on line 4." in texts[0]
        assert "0899098899 is also on line 6." in texts[0]
        assert texts[1] == "Ready"
        assert "Id KH001 is also on line 2." in texts[2]
        assert texts[3].startswith("12345: Not a mobile number")
        assert "0899098899 is also on line 2." in texts[4]
        assert texts[5] == "No id."
        assert "“31/02/2021” is not a date" in texts[6]
        assert "“nhiều” is not a whole number" in texts[7]
        assert importer.count_label.text() == "1 ready, 7 with problems"
        model = importer.model
        assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None  # red
        assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None
        assert model.index(4, 1).data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
        # Vietnamese names read intact from a UTF-8 file with a BOM and semicolons.
        assert model.index(4, 3).data() == "Hoàng Văn Em"
        assert model.headerData(2, Qt.Orientation.Horizontal) == "Mã KH → id"

        importer.set_kind("autocall")
        importer.set_values({"queue_code": "Q-BAD", "template": "IVR-1"})
        assert not importer.send_button.isEnabled()
        assert "Nothing is sent while a row has a problem" in importer.send_hint.text()
        assert not desk.view.send()
        assert "Nothing is sent while a row has a problem" in importer.message.text()
        assert await desk.queue_requests() == []
        assert desk.names() == []


async def test_only_the_ready_rows_when_asked(desks: Desks, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "khach-hang.csv", vi_rows())
    async with desks("supervisor") as desk:
        importer = desk.importer
        desk.view.import_file(path)
        importer.set_kind("autocall")
        importer.set_values({"queue_code": "Q-GOOD", "template": "IVR-1"})
        importer.skip_bad.setChecked(True)
        assert importer.skip_bad.text() == "Send only the ready rows (skip 7 with problems)"
        assert desk.view.send()
        await desk.settled()
        [request] = await desk.queue_requests()
        assert request["path"] == "/v2/autocall/queue"
        customers = request["json"]["customers"]
        assert customers == [{"id": "KH002", "mobiles": ["0912345678", "0987654321"],
                              "contract_number": "HD002", "due_date": "2021-07-14",
                              "total_ovd_amount": 5000000, "dpd": 0}]
        assert desk.status_texts()[1] == "Taken by the PBX"
        assert desk.status_texts()[0] != "Taken by the PBX"


async def test_types_as_the_docs_show(desks: Desks, tmp_path: Path) -> None:
    rows = [["id", "mobiles", "contract_number", "upcoming_due_date", "upcoming_amount",
             "due_date", "dpd", "number_of_ovd_inst", "total_ovd_amount"],
            ["TEL4VN_Test", "0982596021", "HD123456", "13/07/2021", "5.000.000", "2021-07-13",
             "5", "6", "\"3,211,100\""]]
    path = write_csv(tmp_path / "docs.csv", rows, delimiter=",", bom=False)
    async with desks("supervisor") as desk:
        importer = desk.importer
        assert importer.import_file(path)
        assert importer.mapping() == {name: i for i, name in enumerate(rows[0])}
        importer.set_kind("autocall")
        importer.set_values({"queue_code": "Autocall-Q1", "template": "IVR-1",
                             "concurrent_call": "5", "max_recall_count": "3",
                             "min_recall_duration": "3"})
        assert importer.send()
        await desk.settled()
        [request] = await desk.queue_requests()
        assert request["json"] == {  # the docs' sample body, value for value
            "queue_code": "Autocall-Q1", "template": "IVR-1", "concurrent_call": 5,
            "max_recall_count": 3, "min_recall_duration": 3,
            "customers": [{"id": "TEL4VN_Test", "mobiles": ["0982596021"],
                           "contract_number": "HD123456", "upcoming_due_date": "2021-07-13",
                           "upcoming_amount": 5000000, "due_date": "2021-07-13", "dpd": 5,
                           "number_of_ovd_inst": 6, "total_ovd_amount": 3211100}]}


async def test_mapping_is_guessed_and_changeable(desks: Desks, tmp_path: Path) -> None:
    rows = [["Customer code", "Name", "Phone", "Other phone"],
            ["A1", "Nguyễn An", "0899098899", "0912 345 678"],
            ["A2", "Trần Bảo", "0912345678", "not a phone"]]
    path = write_csv(tmp_path / "export.csv", rows, delimiter=",", bom=False)
    async with desks("supervisor") as desk:
        importer = desk.importer
        importer.import_file(path)
        assert importer.map_combos["id"].currentText() == "Customer code"
        assert importer.map_combos["mobiles"].currentText() == "Phone"
        assert importer.map_combos["contract_number"].currentText() == "(none)"
        assert importer.count_label.text() == "2 ready, 0 with problems"

        importer.set_mapping("mobiles", None)  # as a person choosing "(none)"
        assert importer.preview is not None and importer.preview.missing == ("mobiles",)
        assert importer.count_label.text() == "0 ready, 0 with problems"
        assert "Choose the file's column for: mobiles." == importer.send_hint.text()
        assert not importer.send_button.isEnabled()

        combo = importer.map_combos["mobiles"]
        combo.setCurrentIndex(combo.findText("Other phone"))
        assert importer.mapping()["mobiles"] == 3
        texts = desk.status_texts()
        assert texts[0] == "Ready"
        assert texts[1].startswith("notaphone: Not a mobile number")
        assert importer.count_label.text() == "1 ready, 1 with problems"
        assert await desk.queue_requests() == []


def test_reading_files() -> None:
    semicolon = parse_table("\ufeffMã;SĐT\r\nX1;\"0899098899, 0912345678\"\r\n\r\n".encode(),
                            "a.csv")
    assert semicolon.delimiter == ";" and semicolon.headers == ("Mã", "SĐT")
    assert semicolon.lines == (2,)
    preview = check_rows(semicolon, guess_mapping(semicolon.headers))
    assert preview.rows[0].mobiles == ("0899098899", "0912345678") and preview.ready == 1
    try:
        parse_table("Mã;SĐT\n".encode("cp1258", errors="replace") + b"\xff\xfe", "b.csv")
    except ValueError as error:
        assert "not UTF-8" in str(error)
    else:
        raise AssertionError("a file that is not UTF-8 was read")


async def test_only_rows_with_problems(desks: Desks, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "khach-hang.csv", vi_rows())
    async with desks("supervisor") as desk:
        importer = desk.importer
        importer.import_file(path)
        assert importer.proxy.rowCount() == 8
        importer.only_problems.setChecked(True)
        assert [importer.proxy.index(r, 0).data() for r in range(importer.proxy.rowCount())] \
            == ["2", "4", "5", "6", "7", "8", "9"]


async def test_models_are_sound(desks: Desks, tmp_path: Path, qtmodeltester) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "khach-hang.csv", vi_rows())
    async with desks("supervisor") as desk:
        desk.importer.import_file(path)
        qtmodeltester.check(desk.importer.model)
        qtmodeltester.check(desk.importer.proxy)
        qtmodeltester.check(desk.queues.model)
