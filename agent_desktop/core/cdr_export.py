"""The call history as a CSV file: every CDR of a query, across all its pages.

``export_cdrs(client, query, path)`` walks ``client.iter_cdrs`` in large batches and writes UTF-8
with a byte-order mark (so Excel reads Vietnamese names right), one row per call, the columns named
as the API's default mapping, plus ``billsec`` and ``status_text`` (the status in English words).
It writes into a hidden temporary file beside ``path`` and renames it at the end, so a cancel or a
failure leaves no half-written file; it returns how many calls it wrote. ``CdrExport`` runs it in the
background for the UI, with ``progress`` ("1,200 of 3,400 calls"), ``finished``, ``failed`` and
``cancel()``. Qt signals at the edge, no widgets.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..pbx import PbxClient, PbxError
from ..pbx.models import Cdr, CdrQuery, CdrStatus
from .messages import describe
from .session import Session

__all__ = ["COLUMNS", "EXPORT_BATCH", "CdrExport", "export_cdrs", "row_of"]

log = logging.getLogger(__name__)

EXPORT_BATCH = 1000  # the API's largest limit
COLUMNS = ("id", "sip_call_id", "time_started", "time_answered", "time_ended", "direction",
           "from_number", "to_number", "extension", "receive_dest", "duration", "billsec",
           "status", "status_text", "cause", "customer_id", "recording_url")
STATUS_TEXT = {  # English on purpose: a file is read by other programs and other people
    CdrStatus.ANSWERED: "Answered", CdrStatus.BUSY: "Busy", CdrStatus.NO_ANSWERED: "Not answered",
    CdrStatus.CANCEL: "Cancelled", CdrStatus.NOT_AVAILABLE: "Unreachable",
    CdrStatus.INVALID: "Failed",
}
_TIME = "%Y-%m-%d %H:%M:%S"

Progress = Callable[[int, int], None]  # written, total


def _time(moment: datetime | None) -> str:
    return moment.strftime(_TIME) if moment is not None else ""


def _cell(text: str) -> str:
    """A server's text never runs as a spreadsheet formula (a number like +84… stays as is)."""
    if text[:1] in ("=", "@", "\t", "\r") or (
            text[:1] in ("+", "-") and not text[1:].replace(" ", "").isdigit()):
        return "'" + text
    return text


def row_of(cdr: Cdr) -> list[str]:
    """One CSV row, in ``COLUMNS`` order."""
    values = {
        "id": cdr.id, "sip_call_id": cdr.sip_call_id, "time_started": _time(cdr.time_started),
        "time_answered": _time(cdr.time_answered), "time_ended": _time(cdr.time_ended),
        "direction": cdr.direction, "from_number": cdr.from_number, "to_number": cdr.to_number,
        "extension": cdr.extension, "receive_dest": cdr.receive_dest,
        "duration": str(cdr.duration), "billsec": "" if cdr.billsec is None else str(cdr.billsec),
        "status": cdr.status, "status_text": STATUS_TEXT.get(cdr.status_kind, cdr.status),
        "cause": cdr.cause, "customer_id": cdr.customer_id, "recording_url": cdr.recording_url,
    }
    return [_cell(values[name]) for name in COLUMNS]


async def export_cdrs(client: PbxClient, query: CdrQuery, path: Path | str,
                      progress: Progress | None = None, batch: int = EXPORT_BATCH,
                      total: int | None = None) -> int:
    """Write every CDR matching ``query`` to ``path``; the number written. ``total`` (when the
    caller knows it) saves the first request that counts them. Raises PbxError or OSError, and
    leaves no file behind then, nor when cancelled."""
    target = Path(path)
    query = replace(query, limit=None, offset=None, page=None)
    if total is None:
        first = await client.list_cdrs(replace(query, limit=1))
        total = first.total
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                     dir=target.parent)
    written = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            if progress is not None:
                progress(0, total)
            async for cdr in client.iter_cdrs(query, batch=batch):
                writer.writerow(row_of(cdr))
                written += 1
                if written % batch == 0 and progress is not None:
                    progress(written, max(total, written))
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    if progress is not None:
        progress(written, written)
    return written


class CdrExport(QObject):
    """One export at a time in the background, on the session's client."""

    progress = Signal(int, int)  # written, total
    finished = Signal(int, str)  # calls written, the file
    failed = Signal(str)  # a sentence for people
    cancelled = Signal()

    def __init__(self, session: Session, parent: QObject | None = None,
                 batch: int = EXPORT_BATCH) -> None:
        super().__init__(parent)
        self.session = session
        self.batch = batch
        self.path = ""
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self, query: CdrQuery, path: Path | str, total: int | None = None) -> bool:
        """Export ``query`` to ``path``; False when one is running or nobody is logged in."""
        client = self.session.client
        if self.running or client is None:
            return False
        self.path = str(path)
        task = asyncio.ensure_future(self._run(client, query, Path(path), total))
        task.add_done_callback(self._settled)
        self._task = task
        return True

    def _settled(self, task: asyncio.Task[None]) -> None:
        # Also when cancelled before it ever ran (no file was started then either).
        if task.cancelled():
            if self._task is task:
                self._task = None
            log.info("CSV export cancelled")
            self.cancelled.emit()

    def cancel(self) -> None:
        if self.running:
            assert self._task is not None
            self._task.cancel()

    async def _run(self, client: PbxClient, query: CdrQuery, path: Path, total: int | None) -> None:
        try:
            count = await export_cdrs(client, query, path, self.progress.emit, self.batch, total)
        except PbxError as error:
            log.info("CSV export failed: %s", error)
            self._task = None
            self.failed.emit(describe(error))
            return
        except OSError as error:
            log.warning("CSV export could not write %s: %s", path, error.strerror)
            self._task = None
            self.failed.emit(self.tr("The file could not be written: {reason}").format(
                reason=error.strerror or type(error).__name__))
            return
        except Exception as error:
            log.exception("CSV export failed unexpectedly")
            self._task = None
            self.failed.emit(describe(error))
            return
        log.info("exported %d calls to CSV", count)
        self._task = None  # done: a listener may start the next one
        self.finished.emit(count, str(path))
