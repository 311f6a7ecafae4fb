"""Customers for a dialer queue from a CSV file: read, map columns to the API's fields, check.

``read_csv(path)`` reads a spreadsheet saved as CSV (UTF-8 with or without a BOM, comma, semicolon
or tab separated) — or the first sheet of an Excel workbook (.xlsx, with openpyxl) — into a header
and rows of text; other spreadsheets (.xls, .ods): ``UnreadableFile`` says to save them as CSV UTF-8. ``guess_mapping(headers)`` picks,
for each documented customer field (``FIELDS``: id, mobiles, contract_number, upcoming_due_date,
upcoming_amount, due_date, dpd, number_of_ovd_inst, total_ovd_amount), the column whose header
names it, in English or Vietnamese, with or without diacritics. ``check_rows(table, mapping)``
checks every row before anything is sent: an id, present and not used by another row; one or more
mobiles (separated by "," ";" or "|"), each matching the API's customer pattern once spaces,
dots and dashes are gone, and not given by another row; amounts and counts as whole numbers;
dates in the docs' form YYYY-MM-DD (DD/MM/YYYY is read and rewritten). The ``Preview`` it returns
says, per row, what would be sent and what is wrong, in people's words. No Qt widgets, no HTTP.
"""

from __future__ import annotations

import csv
import enum
import io
import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..pbx.models import QueueCustomer
from .customers import clean_phone, phone_problem

__all__ = ["FIELDS", "Field", "FieldKind", "ImportTable", "Preview", "RowCheck", "UnreadableFile",
           "check_rows", "guess_mapping", "parse_table", "read_csv", "split_mobiles"]

translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")
log = logging.getLogger(__name__)

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 50_000
_MOBILE_SEPARATORS = re.compile(r"[,;|]")
_GROUPED = re.compile(r"^\d{1,3}([.,\s\u00a0]\d{3})+$")


class FieldKind(enum.Enum):
    TEXT = "text"
    MOBILES = "mobiles"
    NUMBER = "number"  # a whole number (VND amounts, days, instalments)
    DATE = "date"  # YYYY-MM-DD, as the docs write it


@dataclass(frozen=True)
class Field:
    name: str
    kind: FieldKind
    required: bool = False
    synonyms: tuple[str, ...] = ()  # header names that mean this field, normalised


def _norm(text: str) -> str:
    """A header as compared: no diacritics, no case, letters and digits only."""
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


#: The customer fields of the autocall import (autodialer takes id and mobiles only), in order.
FIELDS: tuple[Field, ...] = (
    Field("id", FieldKind.TEXT, True, ("id", "customerid", "customercode", "makh",
                                       "makhachhang", "khachhangid", "idkhachhang", "code", "ma")),
    Field("mobiles", FieldKind.MOBILES, True, (
        "mobiles", "mobile", "phone", "phones", "phonenumber", "phonenumbers", "sdt", "dienthoai",
        "sodienthoai", "didong", "sodidong", "tel", "msisdn")),
    Field("contract_number", FieldKind.TEXT, False, (
        "contractnumber", "contract", "contractno", "sohopdong", "hopdong", "sohd", "mahopdong")),
    Field("upcoming_due_date", FieldKind.DATE, False, (
        "upcomingduedate", "ngaydenhansapden", "ngaydenhantieptheo", "ngaydenhantiep",
        "ngaydenhankytoi")),
    Field("upcoming_amount", FieldKind.NUMBER, False, (
        "upcomingamount", "sotiensapden", "sotienkytoi", "sotientieptheo", "sotiendenhantiep")),
    Field("due_date", FieldKind.DATE, False, ("duedate", "ngaydenhan", "hanthanhtoan")),
    Field("dpd", FieldKind.NUMBER, False, ("dpd", "songayquahan", "ngayquahan", "dayspastdue")),
    Field("number_of_ovd_inst", FieldKind.NUMBER, False, (
        "numberofovdinst", "ovdinst", "sokyquahan", "sokythanhtoanquahan")),
    Field("total_ovd_amount", FieldKind.NUMBER, False, (
        "totalovdamount", "tongtienquahan", "tongquahan", "sotienquahan")),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)
_BY_NAME = {f.name: f for f in FIELDS}


class UnreadableFile(ValueError):
    """The file cannot be read as a customer table; ``message`` says why, for people."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ImportTable:
    """A CSV file's header and rows of text (each row as long as the header), and its line
    numbers (``lines[i]`` is the file's line of ``rows[i]``, the header being line 1)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]
    delimiter: str = ","


def read_csv(path: Path | str) -> ImportTable:
    """The table in ``path``; raises UnreadableFile with a sentence for people."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if path.suffix.lower() in (".xls", ".ods"):
        raise UnreadableFile(translate(
            "campaign_import", "Spreadsheet files cannot be read here. In Excel or LibreOffice "
                               "choose Save As, “CSV UTF-8”, and open that file."))
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableFile(translate(
                "campaign_import", "The file is larger than 10 MB; split it into several "
                                   "files."))
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(translate(
            "campaign_import", "The file could not be opened ({reason}).").format(
                reason=error.strerror or type(error).__name__)) from None
    return parse_table(data, path.name)


def read_xlsx(path: Path | str) -> ImportTable:
    """The first sheet of an Excel workbook, as text: whole numbers without ".0", dates as
    YYYY-MM-DD (a mobile saved as a number has lost its leading 0: the row check says so)."""
    import datetime as dt

    from openpyxl import load_workbook

    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UnreadableFile(translate(
                "campaign_import", "The file is larger than 10 MB; split it into several "
                                   "files."))
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise UnreadableFile(translate(
            "campaign_import", "The file could not be opened ({reason}).").format(
                reason=error.strerror or type(error).__name__)) from None
    except UnreadableFile:
        raise
    except Exception as error:  # noqa: BLE001 - openpyxl on a damaged file raises anything
        raise _not_a_workbook(error) from None

    def text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value).strip()

    records: list[tuple[int, list[str]]] = []
    try:
        sheet = book.worksheets[0]
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [text(v) for v in values]
            if any(cells):
                records.append((line, cells))
            if len(records) > MAX_ROWS + 1:
                raise UnreadableFile(translate(
                    "campaign_import", "The file has more than {limit} rows; split it into "
                                       "several files.").format(limit=MAX_ROWS))
    except UnreadableFile:
        raise
    except Exception as error:  # noqa: BLE001 - read-only sheets are read (and fail) row by row
        raise _not_a_workbook(error) from None
    finally:
        book.close()
    return _table(path.name, records, ",")


def _not_a_workbook(error: Exception) -> UnreadableFile:
    """A damaged or foreign .xlsx: openpyxl, zipfile, zlib and the XML parser each raise their own
    errors (found by fuzzing: zlib.error "invalid distance too far back")."""
    log.info("campaign import: not a readable workbook (%s)", type(error).__name__)
    return UnreadableFile(translate("campaign_import", "This is not an Excel workbook (.xlsx)."))


def parse_table(data: bytes, name: str = "") -> ImportTable:
    if data.startswith(b"PK\x03\x04"):
        raise UnreadableFile(translate(
            "campaign_import", "Spreadsheet files cannot be read here. In Excel or LibreOffice "
                               "choose Save As, “CSV UTF-8”, and open that file."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile(translate(
            "campaign_import", "The file is not UTF-8 text, so Vietnamese names would be "
                               "garbled. Save it again as “CSV UTF-8”.")) from None
    if "\x00" in text:
        raise UnreadableFile(translate("campaign_import", "This is not a CSV file."))
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                records.append((reader.line_num, [cell.strip() for cell in cells]))
            if len(records) > MAX_ROWS + 1:
                raise UnreadableFile(translate(
                    "campaign_import", "The file has more than {limit} rows; split it into "
                                       "several files.").format(limit=MAX_ROWS))
    except csv.Error as error:
        raise UnreadableFile(translate(
            "campaign_import", "The file is not valid CSV near line {line} ({reason}).").format(
                line=reader.line_num, reason=str(error))) from None
    return _table(name, records, delimiter)


def _table(name: str, records: list[tuple[int, list[str]]], delimiter: str) -> ImportTable:
    """The header (the first record) and the rows, padded to one width."""
    if not records:
        raise UnreadableFile(translate("campaign_import", "The file is empty."))
    header = records[0][1]
    width = max(len(cells) for _line, cells in records)
    headers = tuple(
        (header[i] if i < len(header) and header[i] else
         translate("campaign_import", "Column {number}").format(number=i + 1))
        for i in range(width))
    rows = tuple(tuple(cells + [""] * (width - len(cells))) for _line, cells in records[1:])
    return ImportTable(name, headers, rows, tuple(line for line, _cells in records[1:]),
                       delimiter)


def _delimiter(text: str) -> str:
    """The separator of the header line: the most frequent of ; , and tab outside quotes."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    unquoted = re.sub(r'"[^"]*"', "", first)
    counts = {d: unquoted.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def guess_mapping(headers: Sequence[str]) -> dict[str, int | None]:
    """For each field, the column whose header names it (each column used once), or None."""
    normalised = [_norm(h) for h in headers]
    taken: set[int] = set()
    mapping: dict[str, int | None] = {}
    for spec in FIELDS:
        mapping[spec.name] = None
        exact = [i for i, h in enumerate(normalised) if h == _norm(spec.name) and i not in taken]
        candidates = exact or [i for synonym in spec.synonyms for i, h in enumerate(normalised)
                               if h == synonym and i not in taken]
        if candidates:
            mapping[spec.name] = candidates[0]
            taken.add(candidates[0])
    return mapping


def split_mobiles(text: str) -> list[str]:
    """The numbers in one cell ("0899 098 899; 0912.345.678"), cleaned, empty ones dropped."""
    return [clean_phone(part) for part in _MOBILE_SEPARATORS.split(text) if part.strip()]


def parse_number(text: str) -> int:
    """A whole number as people write it ("5000000", "5.000.000", "5,000,000"); ValueError."""
    compact = text.strip()
    if _GROUPED.match(compact):
        compact = re.sub(r"[.,\s\u00a0]", "", compact)
    if not compact.isascii() or not compact.isdigit():
        raise ValueError(text)
    return int(compact)


def parse_date(text: str) -> str:
    """A date as YYYY-MM-DD, from YYYY-MM-DD, YYYY/MM/DD or DD/MM/YYYY (also with - or .)."""
    compact = text.strip()
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", compact)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", compact)
        if not match:
            raise ValueError(text)
        day, month, year = (int(g) for g in match.groups())
    return date(year, month, day).isoformat()


@dataclass(frozen=True)
class RowCheck:
    """One row as it would be sent, and what is wrong with it (empty when it is ready)."""

    index: int  # position in the table's rows
    line: int  # the file's line number
    id: str
    mobiles: tuple[str, ...]
    extra: tuple[tuple[str, Any], ...]  # the other mapped fields, typed as the docs show
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def customer(self, with_extra: bool = True) -> QueueCustomer:
        return QueueCustomer(self.id, self.mobiles, self.extra if with_extra else ())


@dataclass(frozen=True)
class Preview:
    """Every row checked against a mapping; ``missing`` names required fields without a column."""

    table: ImportTable
    mapping: dict[str, int | None]
    rows: tuple[RowCheck, ...]
    missing: tuple[str, ...] = field(default=())

    @property
    def ready(self) -> int:
        """Rows that can be sent (none while a required field has no column)."""
        return 0 if self.missing else sum(1 for r in self.rows if r.ok)

    @property
    def with_problems(self) -> int:
        return sum(1 for r in self.rows if not r.ok)

    def customers(self, with_extra: bool = True) -> tuple[QueueCustomer, ...]:
        """The ready rows' customers (autodialer: ``with_extra=False``, id and mobiles only)."""
        if self.missing:
            return ()
        return tuple(r.customer(with_extra) for r in self.rows if r.ok)


def _cell(table: ImportTable, row: tuple[str, ...], column: int | None) -> str:
    return row[column].strip() if column is not None and 0 <= column < len(row) else ""


def check_rows(table: ImportTable, mapping: Mapping[str, int | None]) -> Preview:
    """Check every row of ``table`` with ``mapping`` (field -> column, None for none)."""
    mapping = {name: mapping.get(name) for name in FIELD_NAMES}
    missing = tuple(f.name for f in FIELDS if f.required and mapping[f.name] is None)
    drafts: list[tuple[str, list[str], list[tuple[str, Any]], list[str]]] = []
    for row in table.rows:
        problems: list[str] = []
        cid = _cell(table, row, mapping["id"])
        if mapping["id"] is not None and not cid:
            problems.append(translate("campaign_import", "No id."))
        mobiles_text = _cell(table, row, mapping["mobiles"])
        mobiles = split_mobiles(mobiles_text)
        if mapping["mobiles"] is not None:
            if not mobiles:
                problems.append(translate("campaign_import", "No mobile number."))
            seen: set[str] = set()
            for mobile in mobiles:
                reason = phone_problem(mobile)
                if reason:
                    problems.append(translate("campaign_import", "{mobile}: {reason}").format(
                        mobile=mobile, reason=reason))
                elif mobile in seen:
                    problems.append(translate("campaign_import",
                                              "{mobile} is listed twice.").format(mobile=mobile))
                seen.add(mobile)
        extra: list[tuple[str, Any]] = []
        for spec in FIELDS[2:]:
            text = _cell(table, row, mapping[spec.name])
            if not text:
                continue
            if spec.kind is FieldKind.NUMBER:
                try:
                    extra.append((spec.name, parse_number(text)))
                except ValueError:
                    problems.append(translate(
                        "campaign_import", "{field}: “{value}” is not a whole number.").format(
                            field=spec.name, value=text[:40]))
            elif spec.kind is FieldKind.DATE:
                try:
                    extra.append((spec.name, parse_date(text)))
                except ValueError:
                    problems.append(translate(
                        "campaign_import", "{field}: “{value}” is not a date (YYYY-MM-DD or "
                                           "DD/MM/YYYY).").format(field=spec.name,
                                                                  value=text[:40]))
            else:
                extra.append((spec.name, text))
        drafts.append((cid, list(dict.fromkeys(mobiles)), extra, problems))

    id_lines: dict[str, list[int]] = {}
    mobile_lines: dict[str, list[int]] = {}
    for position, (cid, mobiles, _extra, _problems) in enumerate(drafts):
        if cid:
            id_lines.setdefault(cid, []).append(position)
        for mobile in mobiles:
            mobile_lines.setdefault(mobile, []).append(position)
    checks: list[RowCheck] = []
    for position, (cid, mobiles, extra, problems) in enumerate(drafts):
        others = [table.lines[p] for p in id_lines.get(cid, []) if p != position]
        if cid and others:
            problems.append(translate("campaign_import", "Id {id} is also on line {lines}.")
                            .format(id=cid, lines=", ".join(map(str, others))))
        for mobile in mobiles:
            others = [table.lines[p] for p in mobile_lines[mobile] if p != position]
            if others:
                problems.append(translate("campaign_import",
                                          "{mobile} is also on line {lines}.").format(
                                              mobile=mobile, lines=", ".join(map(str, others))))
        checks.append(RowCheck(position, table.lines[position], cid, tuple(mobiles), tuple(extra),
                               tuple(problems)))
    return Preview(table, mapping, tuple(checks), missing)
