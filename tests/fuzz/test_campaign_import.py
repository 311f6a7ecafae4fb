"""The campaign import reader with any file: a table of rows checked, or UnreadableFile — no crash.

CSV bytes (random, near-valid spreadsheets with odd quoting, separators, encodings and hostile
cells) go through ``parse_table``, ``guess_mapping`` and ``check_rows``; .xlsx files (random bytes,
and real workbooks with bytes flipped or cut short) through ``read_csv`` as the import dialog calls
it. Every problem must come back as ``UnreadableFile`` with a sentence, or as a row's problems.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from agent_desktop.core.campaign_import import (
    FIELD_NAMES,
    ImportTable,
    Preview,
    UnreadableFile,
    check_rows,
    guess_mapping,
    parse_table,
    read_csv,
)
from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import HOSTILE_TEXT, Short

HEADERS = ["Mã KH", "Số điện thoại", "Số hợp đồng", "Ngày đến hạn", "DPD", "Tổng tiền quá hạn",
           "id", "mobiles", "", "due_date"]
cells = st.one_of(st.text(max_size=20), st.sampled_from(HOSTILE_TEXT + (
    "0899098899", "0899 098 899; 0912.345.678", "84899098899", "5.000.000", "31/02/2024",
    "2024-13-01", "9" * 5000, '"', '""', "a\nb", "\r", "=1+1", "-0", "²³", "١٢٣")))


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    separator = draw(st.sampled_from([",", ";", "\t", "|"]))
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6))
    rows = draw(st.lists(st.lists(cells, max_size=8), max_size=8))
    quote = draw(st.booleans())

    def line(values: list[str]) -> str:
        return separator.join(f'"{v}"' if quote else v for v in values)

    text = "\n".join([line(header)] + [line(row) for row in rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258", "latin-1"]))
    return text.encode(encoding, errors="replace")


@FUZZ
@given(data=st.one_of(csv_files(), st.binary(max_size=300)).map(Short))
@example(data=b"")
@example(data=b"\xef\xbb\xbf")
@example(data=b'id,mobiles\n"unterminated')
@example(data=b"id,mobiles\n" + b"x" * 200_000 + b",0899098899")
@example(data=b"PK\x03\x04rest")
@example(data="id;mobiles\nKH1;0899098899\nKH1;0899098899".encode())
def test_a_csv_file_gives_checked_rows_or_a_reason(data: bytes) -> None:
    try:
        table = parse_table(data, "fuzz.csv")
    except UnreadableFile as error:
        assert isinstance(error.message, str) and error.message
        return
    check_table(table)


def check_table(table: ImportTable) -> None:
    assert isinstance(table, ImportTable)
    assert all(len(row) == len(table.headers) for row in table.rows)
    mapping = guess_mapping(table.headers)
    assert set(mapping) == set(FIELD_NAMES)
    preview = check_rows(table, mapping)
    assert isinstance(preview, Preview)
    assert len(preview.rows) == len(table.rows)
    for row in preview.rows:
        assert all(isinstance(p, str) and p for p in row.problems)
    preview.customers()
    # any mapping a person may pick in the dialog, columns out of range included
    columns = list(range(-1, len(table.headers) + 2)) + [None]
    for shift in range(3):
        check_rows(table, {name: columns[(i + shift) % len(columns)]
                           for i, name in enumerate(FIELD_NAMES)})


def workbook() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Mã KH", "Số điện thoại", "Ngày đến hạn", "DPD"])
    sheet.append(["KH0001", 899098899, "2024-05-01", 3])
    sheet.append(["<b>KH0002</b>", "0899 098 899", 45000.0, "x" * 300])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


VALID_XLSX = workbook()


@st.composite
def xlsx_files(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return draw(st.binary(max_size=400))
    data = bytearray(VALID_XLSX)
    how = draw(st.sampled_from(["cut", "flip", "both"]))
    if how in ("cut", "both"):
        data = data[: draw(st.integers(min_value=0, max_value=len(data)))]
    if how in ("flip", "both") and data:
        for _ in range(draw(st.integers(min_value=1, max_value=8))):
            index = draw(st.integers(min_value=0, max_value=len(data) - 1))
            data[index] = draw(st.integers(min_value=0, max_value=255))
    return bytes(data)


@FUZZ
@given(data=xlsx_files().map(Short))
@example(data=VALID_XLSX)
@example(data=b"PK\x03\x04")
def test_an_xlsx_file_gives_checked_rows_or_a_reason(tmp_path_factory: pytest.TempPathFactory,
                                                     data: bytes) -> None:
    path: Path = tmp_path_factory.mktemp("xlsx") / "customers.xlsx"
    path.write_bytes(data)
    try:
        table = read_csv(path)
    except UnreadableFile as error:
        assert isinstance(error.message, str) and error.message
        return
    check_table(table)


def damaged_sheet() -> bytes:
    """The workbook with a byte of its sheet's deflate stream flipped."""
    data = bytearray(VALID_XLSX)
    name = b"xl/worksheets/sheet1.xml"
    data[data.find(name) + len(name) + 20] ^= 0xFF
    return bytes(data)


def test_a_damaged_sheet_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    """Found by fuzzing: openpyxl reads a read-only sheet row by row, so a damaged one raised
    zlib.error from ``iter_rows`` (not from ``load_workbook``), out of the import dialog."""
    import zlib

    from openpyxl import load_workbook

    with pytest.raises(zlib.error):  # what openpyxl itself does with it
        book = load_workbook(io.BytesIO(damaged_sheet()), read_only=True, data_only=True)
        try:
            list(book.worksheets[0].iter_rows(values_only=True))
        finally:
            book.close()
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(damaged_sheet())
    with pytest.raises(UnreadableFile, match="not an Excel workbook"):
        read_csv(path)
