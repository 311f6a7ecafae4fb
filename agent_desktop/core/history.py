"""The call history (``GET /v2/cdr``): the filter, the rows loaded so far, paging, one request.

``CdrHistory`` owns what the History tab shows. ``set_filter(HistoryFilter)`` starts a new query;
in *scroll* mode (the API's default) rows arrive a batch at a time, ``fetch_more()`` asking for the
next one at the server's cursor; in *pages* mode ``go_to_page(n)`` replaces the rows with page
``n`` (the API's ``page`` + ``limit``). One request at a time: a new query, page or mode cancels
the one in flight and a late answer of an old query is dropped, so rows never mix. It says what
happens with ``rowsReset`` / ``rowsAdded`` (the table model keeps its own copy of the rows),
``loadingChanged``, ``failed`` (a sentence for people; ``retry()`` repeats the request that failed,
a GET) and ``pagingChanged``. It clears itself on logout. ``lookup`` fetches one CDR by id or SIP
call id for the detail dialog. Qt signals at the edge, no widgets.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, Signal

from ..pbx import PbxClient, PbxError
from ..pbx.models import Cdr, CdrQuery
from .cdr_export import CdrExport
from .messages import describe
from .phone import DEFAULT_REGION, parse_dial_number
from .session import Session

__all__ = ["DEFAULT_DAYS", "DIRECTIONS", "CdrHistory", "HistoryFilter", "Mode", "read_phone"]

log = logging.getLogger(__name__)

DEFAULT_DAYS = 7
DIRECTIONS = ("", "inbound", "outbound", "local")  # "" is any direction
PAGE_SIZE = 50


class Mode(str, enum.Enum):
    SCROLL = "scroll"  # batches at the server's cursor as the table scrolls
    PAGES = "pages"  # page + limit, previous / next


def read_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """The number as the PBX filters on it: ``+84 899 888 999`` and ``0899888999`` alike give
    ``0899888999``; an extension stays as it is. Raises ``phone.InvalidNumber`` (its
    ``message()`` says why); "" for an empty box."""
    if not text.strip():
        return ""
    return parse_dial_number(text, region).dial


@dataclass(frozen=True)
class HistoryFilter:
    """What the person asked for. ``first_day`` and ``last_day`` are both included."""

    first_day: date | None = None
    last_day: date | None = None
    extension: str = ""
    phone: str = ""  # as read by read_phone
    direction: str = ""  # "" (any), inbound, outbound, local
    min_duration: int = 0  # seconds; 0 is no minimum

    @classmethod
    def last_days(cls, today: date, days: int = DEFAULT_DAYS) -> HistoryFilter:
        """The default: the last ``days`` days up to now, today included."""
        return cls(first_day=today - timedelta(days=days - 1), last_day=today)

    def query(self) -> CdrQuery:
        """The filter as the API's parameters (``end_date`` exclusive: the day after)."""
        return CdrQuery(
            start_date=datetime.combine(self.first_day, time()) if self.first_day else None,
            end_date=(datetime.combine(self.last_day + timedelta(days=1), time())
                      if self.last_day else None),
            duration=self.min_duration if self.min_duration > 0 else None,
            extension=self.extension.strip() or None,
            phone=self.phone.strip() or None,
            direction=self.direction or None,
        )


class CdrHistory(QObject):
    """The rows of the History tab and the one request that loads them."""

    rowsReset = Signal(object)  # tuple[Cdr, ...]: every row now (empty for a new query)
    rowsAdded = Signal(object)  # tuple[Cdr, ...]: appended at the end (scroll mode)
    loadingChanged = Signal(bool)
    failed = Signal(str)  # a sentence for people; "" when the error is gone
    pagingChanged = Signal()  # total, page, page_count or has_more changed

    def __init__(self, session: Session, page_size: int = PAGE_SIZE,
                 today: Callable[[], date] = date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.page_size = max(1, page_size)
        self._today = today
        self.filter = HistoryFilter.last_days(today())
        self.mode = Mode.SCROLL
        self.rows: list[Cdr] = []
        self.total = 0
        self.page = 1  # pages mode: the page shown (or being loaded)
        self.has_more = False  # scroll mode: the server has rows after these
        self.loaded = False  # the current query has had an answer
        self.error = ""
        self.requests = 0  # requests sent, for tests and logs
        self._cursor = 0  # scroll mode: the offset of the next batch
        self._task: asyncio.Task[None] | None = None
        self._failed_request: Callable[[], None] | None = None
        self._generation = 0
        self.exporter = CdrExport(session, self)
        session.loggedOut.connect(self.clear)

    # --- state ------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(self.total / self.page_size))

    def can_fetch_more(self) -> bool:
        """Scroll mode: another batch can be asked for now (none in flight, no error)."""
        return (self.mode is Mode.SCROLL and self.loaded and self.has_more and not self.loading
                and not self.error and self.session.client is not None)

    def export_query(self) -> CdrQuery:
        """The current filter without paging, for the CSV export of every page."""
        return self.filter.query()

    def default_filter(self) -> HistoryFilter:
        return HistoryFilter.last_days(self._today())

    # --- what the view asks -----------------------------------------------------------------

    def start(self) -> None:
        """Load the current query unless it is loaded or loading (the tab was shown)."""
        if not self.loaded and not self.loading and not self.error:
            self.refresh()

    def refresh(self) -> None:
        """Run the current query again from its start (first batch, or page 1)."""
        self._begin(self.filter, self.mode)

    def set_filter(self, history_filter: HistoryFilter) -> None:
        """A new query: the rows go, the first batch or page 1 comes."""
        self._begin(history_filter, self.mode)

    def set_mode(self, mode: Mode | str) -> None:
        mode = Mode(mode)
        if mode is not self.mode:
            self._begin(self.filter, mode)

    def fetch_more(self) -> bool:
        """Scroll mode: ask for the next batch; False when there is none to ask for now."""
        if not self.can_fetch_more():
            return False
        self._load_batch(self._generation, self._cursor)
        return True

    def go_to_page(self, page: int) -> bool:
        """Pages mode: load page ``page`` (1-based); the current rows stay until it arrives."""
        if self.mode is not Mode.PAGES or self.session.client is None:
            return False
        page = max(1, min(page, self.page_count)) if self.loaded else max(1, page)
        self._cancel()
        self._generation += 1
        self._load_page(self._generation, page)
        return True

    def next_page(self) -> bool:
        return self.page < self.page_count and self.go_to_page(self.page + 1)

    def previous_page(self) -> bool:
        return self.page > 1 and self.go_to_page(self.page - 1)

    def retry(self) -> bool:
        """Send the request that failed once more (a GET, safe to repeat)."""
        again, self._failed_request = self._failed_request, None
        if again is None or self.loading or self.session.client is None:
            return False
        self._set_error("")
        again()
        return True

    def clear(self) -> None:
        """Forget everything (logged out): no rows, nothing in flight, the default filter."""
        self.exporter.cancel()
        self._start_over(self.default_filter(), self.mode)
        self.loadingChanged.emit(False)

    async def lookup(self, ident: str) -> Cdr:
        """One CDR by its id or SIP call id, as the server has it now; raises PbxError
        (NotFound when there is none)."""
        client = self.session.client
        if client is None:
            raise PbxError("not logged in")
        self.requests += 1
        return await client.get_cdr(ident.strip())

    # --- loading ----------------------------------------------------------------------------

    def _start_over(self, history_filter: HistoryFilter, mode: Mode) -> None:
        """Nothing in flight, no rows, no error: page 1 of ``history_filter``, not yet loaded."""
        self._cancel()
        self._generation += 1
        self.filter, self.mode = history_filter, mode
        self.rows, self.total, self.page, self.has_more, self._cursor = [], 0, 1, False, 0
        self.loaded = False
        self._failed_request = None
        self._set_error("")
        self.rowsReset.emit(())
        self.pagingChanged.emit()

    def _begin(self, history_filter: HistoryFilter, mode: Mode) -> None:
        self._start_over(history_filter, mode)
        if self.session.client is None:
            self.loadingChanged.emit(False)
            return
        if mode is Mode.PAGES:
            self._load_page(self._generation, 1)
        else:
            self._load_batch(self._generation, 0)

    def _load_batch(self, generation: int, offset: int) -> None:
        query = replace(self.filter.query(), limit=self.page_size, offset=offset)
        self._send(generation, query, lambda: self._load_batch(generation, offset))

    def _load_page(self, generation: int, page: int) -> None:
        self.page = page
        self.pagingChanged.emit()
        query = replace(self.filter.query(), limit=self.page_size, page=page)
        self._send(generation, query, lambda: self._load_page(generation, page))

    def _send(self, generation: int, query: CdrQuery, again: Callable[[], None]) -> None:
        client = self.session.client
        assert client is not None
        self.requests += 1
        self._task = asyncio.ensure_future(self._fetch(client, generation, query, again))
        self.loadingChanged.emit(True)

    async def _fetch(self, client: PbxClient, generation: int, query: CdrQuery,
                     again: Callable[[], None]) -> None:
        try:
            page = await client.list_cdrs(query)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # PbxError, or a bug: say so and keep the tab usable
            if generation != self._generation:
                return
            self._task = None
            if isinstance(error, PbxError):
                log.info("call history failed: %s", error)
                self.session.note_failure(error)
            else:
                log.exception("call history failed unexpectedly")
            self._failed_request = again
            self._set_error(describe(error))
            self.loadingChanged.emit(False)
            return
        if generation != self._generation or client is not self.session.client:
            return  # an old query's late answer
        self._task = None
        self.session.note_success()
        self.total = page.total
        self.loaded = True
        if query.paginated:
            self.rows = list(page.data)
            self.rowsReset.emit(tuple(self.rows))
        else:
            self._cursor = page.next_offset
            self.has_more = page.has_more and page.next_offset > (query.offset or 0)
            self.rows.extend(page.data)
            if page.data:
                self.rowsAdded.emit(page.data)
        self.pagingChanged.emit()
        self.loadingChanged.emit(False)

    def _cancel(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()

    def _set_error(self, text: str) -> None:
        if text != self.error:
            self.error = text
            self.failed.emit(text)
