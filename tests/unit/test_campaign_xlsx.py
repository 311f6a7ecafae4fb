"""Customer lists from Excel workbooks (.xlsx): read as text, then checked like CSV rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from agent_desktop.core.campaign_import import (
    UnreadableFile,
    check_rows,
    guess_mapping,
    read_csv,
)


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_an_xlsx_sheet_is_read_as_text_and_checked(tmp_path: Path) -> None:
    path = workbook(tmp_path / "khach-hang.xlsx", [
        ["Mã KH", "Số điện thoại", "Ngày đến hạn", "Số tiền quá hạn"],
        ["KH01", "0899098801", dt.date(2026, 12, 5), 1250000],
        ["KH02", 899098802, dt.datetime(2026, 12, 6, 0, 0), 2500000.0],  # saved as a number
        [None, None, None, None],  # blank rows are skipped
        ["KH03", "0899 098 803", "05/12/2026", "3.000.000"],
    ])
    table = read_csv(path)
    assert table.headers == ("Mã KH", "Số điện thoại", "Ngày đến hạn", "Số tiền quá hạn")
    assert table.rows[0] == ("KH01", "0899098801", "2026-12-05", "1250000")
    assert table.rows[1] == ("KH02", "899098802", "2026-12-06", "2500000")
    assert table.lines == (2, 3, 5)
    mapping = guess_mapping(table.headers)
    assert mapping["id"] == 0 and mapping["mobiles"] == 1 and mapping["due_date"] == 2
    preview = check_rows(table, mapping)
    assert (preview.ready, preview.with_problems) == (2, 1)
    bad = [row for row in preview.rows if row.problems]
    assert len(bad) == 1 and "899098802" in " ".join(bad[0].problems)


@pytest.mark.parametrize("name, data", [("old.xls", b"\xd0\xcf\x11\xe0"),
                                        ("broken.xlsx", b"PK\x03\x04 not a workbook")])
def test_other_spreadsheets_are_explained(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableFile) as error:
        read_csv(path)
    assert "CSV UTF-8" in error.value.message or "Excel workbook" in error.value.message
