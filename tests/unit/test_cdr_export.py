"""The CSV export on a client made to order: a failure half-way leaves no file, cells that a
spreadsheet would run as formulas are made harmless, numbers stay numbers."""

from __future__ import annotations

import asyncio
import csv
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest

from agent_desktop.core.cdr_export import COLUMNS, export_cdrs, row_of
from agent_desktop.pbx import ServerError
from agent_desktop.pbx.models import Cdr, CdrQuery, Page

T0 = datetime(2024, 5, 6, 9, 30, 0)


def cdr(i: int, **changes: object) -> Cdr:
    values: dict[str, object] = dict(
        id=f"c{i}", sip_call_id=f"s{i}", cause="NORMAL_CLEARING", duration=30 + i,
        direction="inbound", recording_url="", extension="101", from_number="0899888999",
        to_number="101", receive_dest="600", time_started=T0, time_answered=None,
        time_ended=T0, status="no-answered", customer_id="KH0001")
    values.update(changes)
    return Cdr(**values)  # type: ignore[arg-type]


class Client:
    """``list_cdrs`` counts; ``iter_cdrs`` yields ``rows`` and then fails when told to."""

    def __init__(self, rows: list[Cdr], fail_after: int | None = None) -> None:
        self.rows, self.fail_after = rows, fail_after
        self.batches: list[int] = []

    async def list_cdrs(self, query: CdrQuery) -> Page[Cdr]:
        return Page(data=tuple(self.rows[:1]), limit=1, offset=1, total=len(self.rows),
                    is_cursor=True)

    async def iter_cdrs(self, query: CdrQuery, batch: int = 200) -> AsyncIterator[Cdr]:
        self.batches.append(batch)
        for n, row in enumerate(self.rows):
            if n == self.fail_after:
                raise ServerError("internal server error", status=500)
            await asyncio.sleep(0)
            yield row


async def test_a_failure_half_way_leaves_no_file(tmp_path: Path) -> None:
    client = Client([cdr(i) for i in range(10)], fail_after=6)
    with pytest.raises(ServerError):
        await export_cdrs(client, CdrQuery(), tmp_path / "calls.csv", batch=3)
    assert list(tmp_path.iterdir()) == []


async def test_every_row_with_the_english_status_and_progress(tmp_path: Path) -> None:
    client = Client([cdr(i) for i in range(7)])
    seen: list[tuple[int, int]] = []
    count = await export_cdrs(client, CdrQuery(extension="101"), tmp_path / "calls.csv",
                              lambda done, total: seen.append((done, total)), batch=3)
    assert count == 7 and client.batches == [3]
    assert seen == [(0, 7), (3, 7), (6, 7), (7, 7)]
    with (tmp_path / "calls.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == COLUMNS
    assert [r[0] for r in rows[1:]] == [f"c{i}" for i in range(7)]
    record = dict(zip(COLUMNS, rows[1]))
    assert record["status"] == "no-answered" and record["status_text"] == "Not answered"
    assert record["time_started"] == "2024-05-06 09:30:00" and record["time_answered"] == ""


def test_formulas_are_made_harmless_and_numbers_kept() -> None:
    row = dict(zip(COLUMNS, row_of(cdr(1, from_number="+84 899 888 999", customer_id="=1+2",
                                       cause="-HYPERLINK(x)", status="weird",
                                       to_number="@SUM(A1)"))))
    assert row["from_number"] == "+84 899 888 999"
    assert row["customer_id"] == "'=1+2"
    assert row["cause"] == "'-HYPERLINK(x)"
    assert row["to_number"] == "'@SUM(A1)"
    assert row["status_text"] == "weird"  # an unknown status as the server wrote it
