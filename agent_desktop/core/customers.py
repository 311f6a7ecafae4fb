"""The campaigns' customers on the PBX (``/v2/customer``): pages, one in detail, a new one.

``Customers`` keeps the query (campaign, page size, offset) and loads pages in the background:
``load()`` / ``next_page()`` / ``previous_page()`` / ``reload()`` each cancel the read still in
flight, so the newest question wins and requests never pile up. ``fetch(customer_id)`` reads one
customer for the detail pane. ``create(fields)`` checks the new customer here first (the required
fields, the phone against the API's pattern) and sends nothing when something is wrong; otherwise it
sends one ``POST /v2/customer``, never repeated, and on success finds the new customer's page and
says which row to select. Everything it says is a translated sentence (``describe``); the server's
per-field messages of a 400 are passed on by field. It forgets everything on logout. Qt signals at
the edge, no widgets.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Coroutine, Mapping
from typing import Any
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..pbx import InvalidInput, PbxClient, PbxError, PermissionDenied, Unavailable
from ..pbx.models import Customer, CustomerStatus, NewCustomer, Page
from .messages import describe
from .phone import CUSTOMER_PATTERN
from .session import Session

__all__ = ["CreateFailure", "CustomerPage", "CustomerQuery", "Customers", "FIELDS", "REQUIRED",
           "check_new_customer", "clean_phone", "status_text"]

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")

PAGE_SIZE = 20
#: The fields of ``POST /v2/customer`` in the order the form shows them.
FIELDS = ("campaign_id", "customer_code", "phone_number", "contract_number", "customer_name")
REQUIRED = ("campaign_id", "customer_code", "phone_number", "contract_number")
_SPACES = re.compile(r"[\s.\-\u00a0]")


@dataclass(frozen=True)
class CustomerQuery:
    """What the list shows: one campaign (or all, ""), ``limit`` rows from ``offset``."""

    campaign_id: str = ""
    limit: int = PAGE_SIZE
    offset: int = 0


@dataclass(frozen=True)
class CustomerPage:
    """A page as loaded, for the query that asked for it; ``select`` is the customer the list
    should select (the one just added), "" for none."""

    query: CustomerQuery
    page: Page[Customer]
    select: str = ""

    @property
    def customers(self) -> tuple[Customer, ...]:
        return self.page.data


@dataclass(frozen=True)
class CreateFailure:
    """Why a new customer was not added: a sentence for the form and the messages per field
    (``campaign_id`` …) to show under their fields. ``sent`` tells whether a request went out."""

    message: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    sent: bool = False


def status_text(customer: Customer) -> str:
    """A customer's status in people's words; a status the docs do not list, as the PBX wrote it."""
    kind = customer.status_kind
    if kind is CustomerStatus.UNKNOWN:
        raw = customer.status.strip()
        return translate("customers", "Unknown") if raw.lower() in ("", "unknown") else raw
    return {
        CustomerStatus.NEW: translate("customers", "New"),
        CustomerStatus.QUEUE: translate("customers", "In queue"),
        CustomerStatus.ANSWERED: translate("customers", "Answered"),
        CustomerStatus.BUSY: translate("customers", "Busy"),
        CustomerStatus.NO_ANSWERED: translate("customers", "Not answered"),
        CustomerStatus.CANCEL: translate("customers", "Cancelled"),
        CustomerStatus.FAIL: translate("customers", "Failed"),
    }[kind]


def clean_phone(text: str) -> str:
    """A phone number as typed, without the spaces, dots and dashes people write in it."""
    return _SPACES.sub("", text.strip())


def phone_problem(phone: str) -> str:
    """Why ``phone`` (already cleaned) does not fit the API's customer pattern; "" when it does."""
    if phone.isascii() and phone.isdigit() and CUSTOMER_PATTERN.match(phone):
        return ""
    digits = phone.removeprefix("+")
    if digits.isascii() and digits.isdigit() and digits.startswith("84") and len(digits) == 11 \
            and CUSTOMER_PATTERN.match("0" + digits[2:]):
        return translate("customers", "The PBX refuses 84 followed by 9 digits. Write it as "
                                      "{national}.").format(national="0" + digits[2:])
    return translate("customers", "Not a mobile number the PBX accepts: write 0 and 9 digits "
                                  "starting with 03, 05, 07, 08 or 09, such as 0899098899.")


def check_new_customer(values: Mapping[str, str]) -> tuple[NewCustomer | None, dict[str, str]]:
    """The body to send for what was typed, or the problems per field (translated) and None."""
    cleaned = {name: (values.get(name) or "").strip() for name in FIELDS}
    cleaned["phone_number"] = clean_phone(cleaned["phone_number"])
    problems: dict[str, str] = {}
    for name in REQUIRED:
        if not cleaned[name]:
            problems[name] = translate("customers", "Required.")
    if cleaned["phone_number"] and (problem := phone_problem(cleaned["phone_number"])):
        problems["phone_number"] = problem
    if problems:
        return None, problems
    return NewCustomer(campaign_id=cleaned["campaign_id"], customer_code=cleaned["customer_code"],
                       phone_number=cleaned["phone_number"],
                       contract_number=cleaned["contract_number"],
                       customer_name=cleaned["customer_name"]), {}


class Customers(QObject):
    """The customer list's state and requests for one session."""

    loadingChanged = Signal(bool)  # a page is being read
    loaded = Signal(object)  # CustomerPage
    failed = Signal(str)  # the page could not be read: a sentence for people
    detailLoaded = Signal(object)  # Customer
    detailFailed = Signal(str, str)  # customer_id, a sentence for people
    creatingChanged = Signal(bool)  # a new customer is being sent
    created = Signal(str, object)  # the new customer's id, the NewCustomer sent
    createFailed = Signal(object)  # CreateFailure
    cleared = Signal()  # logged out: nothing is known any more

    def __init__(self, session: Session, page_size: int = PAGE_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.query = CustomerQuery(limit=page_size)
        self.current: CustomerPage | None = None  # the last page loaded
        self.error = ""  # why the last load failed ("" after a success)
        self._campaigns: list[str] = []  # campaign ids seen, in the order seen
        self._load_task: asyncio.Task[None] | None = None
        self._detail_task: asyncio.Task[None] | None = None
        self._create_task: asyncio.Task[None] | None = None
        session.loggedOut.connect(self.clear)

    # --- state --------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._load_task is not None and not self._load_task.done()

    @property
    def creating(self) -> bool:
        return self._create_task is not None and not self._create_task.done()

    def campaigns(self) -> list[str]:
        """The campaign ids seen in loaded customers (and typed), sorted."""
        return sorted(self._campaigns)

    def _learn(self, customers: tuple[Customer, ...] | list[str]) -> None:
        for item in customers:
            campaign = item.campaign_id if isinstance(item, Customer) else item
            if campaign and campaign not in self._campaigns:
                self._campaigns.append(campaign)

    # --- the list -----------------------------------------------------------------------------

    def load(self, campaign_id: str | None = None, offset: int | None = None,
             limit: int | None = None) -> bool:
        """Read the page of this query (the current one where an argument is None) in the
        background; False when nobody is logged in."""
        query = self.query
        if campaign_id is not None and campaign_id.strip() != query.campaign_id:
            query = replace(query, campaign_id=campaign_id.strip(), offset=0)
        if limit is not None and limit > 0:
            query = replace(query, limit=limit)
        if offset is not None:
            query = replace(query, offset=max(0, offset))
        self.query = query
        return self._start(self._read(query))

    def reload(self) -> bool:
        return self.load()

    def next_page(self) -> bool:
        page = self.current.page if self.current is not None else None
        if page is None or page.offset + self.query.limit >= page.total:
            return False
        return self.load(offset=page.offset + self.query.limit)

    def previous_page(self) -> bool:
        if self.query.offset <= 0:
            return False
        return self.load(offset=max(0, self.query.offset - self.query.limit))

    def refusal(self) -> str:
        """Why customers cannot be read now ("" when they can)."""
        client = self.session.client
        if client is None:
            return translate("customers", "Log in first to see the customers.")
        capabilities = getattr(client, "capabilities", None)
        if capabilities is not None and not capabilities.customers:
            return translate("customers", "This PBX does not offer a customer list.")
        return ""

    def _start(self, coroutine: Coroutine[Any, Any, None]) -> bool:
        reason = self.refusal()
        if reason:
            coroutine.close()
            self.error = reason
            self.failed.emit(reason)
            return False
        if self._load_task is not None and not self._load_task.done():
            self._load_task.cancel()  # a read: the newest question wins
        was_loading = self.loading
        self._load_task = asyncio.ensure_future(coroutine)
        self._load_task.add_done_callback(self._load_done)
        if not was_loading:
            self.loadingChanged.emit(True)
        return True

    def _load_done(self, task: asyncio.Task[None]) -> None:
        if task is self._load_task:
            self._load_task = None
            self.loadingChanged.emit(False)

    async def _read(self, query: CustomerQuery, select: str = "") -> None:
        client = self.session.client
        assert client is not None
        try:
            page = await self._list(client, query)
        except PbxError as error:
            self._load_failed(client, error)
            return
        self._show(client, CustomerPage(query, page, select))

    async def _list(self, client: PbxClient, query: CustomerQuery) -> Page[Customer]:
        return await client.list_customers(query.campaign_id or None, query.limit, query.offset)

    def _load_failed(self, client: PbxClient, error: PbxError) -> None:
        if client is not self.session.client:
            return  # logged out meanwhile
        log.warning("customers could not be read: %s", error)
        self.error = describe(error)
        if isinstance(error, Unavailable):
            self.session.note_failure(error)  # the status bar says the server is out of reach
        self.failed.emit(self.error)

    def _show(self, client: PbxClient, result: CustomerPage) -> None:
        if client is not self.session.client:
            return
        self.query = result.query
        self.current = result
        self.error = ""
        self._learn(result.customers)
        self.session.note_success()
        self.loaded.emit(result)

    # --- one customer -------------------------------------------------------------------------

    def fetch(self, customer_id: str) -> bool:
        """Read one customer in the background (``detailLoaded`` / ``detailFailed``)."""
        client = self.session.client
        customer_id = customer_id.strip()
        reason = self.refusal()
        if client is None or reason or not customer_id:
            self.detailFailed.emit(customer_id, reason or translate(
                "customers", "Choose a customer first."))
            return False
        if self._detail_task is not None and not self._detail_task.done():
            self._detail_task.cancel()
        self._detail_task = asyncio.ensure_future(self._fetch(client, customer_id))
        return True

    async def _fetch(self, client: PbxClient, customer_id: str) -> None:
        try:
            customer = await client.get_customer(customer_id)
        except PbxError as error:
            if client is self.session.client:
                log.warning("customer %s could not be read: %s", customer_id, error)
                self.detailFailed.emit(customer_id, describe(error))
            return
        if client is self.session.client:
            self._learn((customer,))
            self.detailLoaded.emit(customer)

    # --- a new customer -----------------------------------------------------------------------

    def create(self, values: Mapping[str, str]) -> bool:
        """Check and send a new customer once; False (and ``createFailed``, nothing sent) when
        something is wrong here, or while the last one is still being sent."""
        client = self.session.client
        if client is None:
            self.createFailed.emit(CreateFailure(translate(
                "customers", "Log in first to add customers. Nothing was sent.")))
            return False
        if self.creating:
            self.createFailed.emit(CreateFailure(translate(
                "customers", "Still sending the last customer; wait for the PBX's answer.")))
            return False
        body, problems = check_new_customer(values)
        if body is None:
            log.info("new customer not sent: %s", ", ".join(sorted(problems)))
            self.createFailed.emit(CreateFailure(translate(
                "customers", "Check the marked fields. Nothing was sent."), problems))
            return False
        self._create_task = asyncio.ensure_future(self._create(client, body))
        self._create_task.add_done_callback(lambda _task: self.creatingChanged.emit(False))
        self.creatingChanged.emit(True)
        return True

    async def _create(self, client: PbxClient, body: NewCustomer) -> None:
        log.info("adding customer %s to campaign %s", body.customer_code, body.campaign_id)
        try:
            new_id = await client.create_customer(body)
        except PbxError as error:
            if client is self.session.client:
                log.warning("the new customer was not added: %s", error)
                self.createFailed.emit(self._create_failure(error))
            return
        if client is not self.session.client:
            return
        log.info("customer %s added: %s", body.customer_code, new_id)
        self._learn([body.campaign_id])
        self.created.emit(new_id, body)
        self._show_new(new_id, body.campaign_id)

    def _create_failure(self, error: PbxError) -> CreateFailure:
        if isinstance(error, InvalidInput) and error.fields:
            known = {k: v for k, v in error.fields.items() if k in FIELDS}
            other = {k: v for k, v in error.fields.items() if k not in FIELDS}
            message = translate("customers", "The PBX refused the customer; see the marked "
                                             "fields.") if known else ""
            if other:
                message = " ".join(filter(None, (message, translate(
                    "customers", "The PBX refused: {detail}").format(detail="; ".join(
                        f"{k}: {v}" for k, v in other.items())))))
            return CreateFailure(message, known, sent=True)
        if isinstance(error, PermissionDenied):
            return CreateFailure(describe(error) + " " + translate(
                "customers", "The PBX lets only admin accounts add customers."), sent=True)
        if isinstance(error, Unavailable) and error.request_sent:
            return CreateFailure(translate(
                "customers", "The server stopped answering, so the customer may have been added "
                             "anyway. Check the list before sending it again."), sent=True)
        return CreateFailure(describe(error), sent=True)

    def _show_new(self, customer_id: str, campaign_id: str) -> None:
        """Load the page that holds the new customer, so that the list can select it."""
        query = self.query
        if query.campaign_id and query.campaign_id != campaign_id:
            query = replace(query, campaign_id=campaign_id)
        self.query = query
        self._start(self._find(query, customer_id))

    async def _find(self, query: CustomerQuery, customer_id: str) -> None:
        """Servers list customers in the order they were added (the docs' example): the new one
        is on the last page; the first page is tried too (newest first). At most three reads."""
        client = self.session.client
        assert client is not None
        known = self.current.page.total if self.current is not None \
            and self.current.query.campaign_id == query.campaign_id else 0
        guess = replace(query, offset=(known // query.limit) * query.limit)
        tried: set[int] = set()
        page: Page[Customer] | None = None
        try:
            for attempt in range(3):
                if attempt == 1 and page is not None:
                    guess = replace(query, offset=max(0, page.total - 1) // query.limit
                                    * query.limit)
                elif attempt == 2:
                    guess = replace(query, offset=0)
                if guess.offset in tried:
                    continue
                tried.add(guess.offset)
                page = await self._list(client, guess)
                if any(c.customer_id == customer_id for c in page.data):
                    self._show(client, CustomerPage(guess, page, customer_id))
                    return
        except PbxError as error:
            self._load_failed(client, error)
            return
        if page is not None:
            log.info("the new customer %s is not on the pages tried", customer_id)
            self._show(client, CustomerPage(guess, page))

    # --- logging out --------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every page, customer and campaign seen (logout)."""
        for task in (self._load_task, self._detail_task, self._create_task):
            if task is not None and not task.done():
                task.cancel()
        self._detail_task = self._create_task = None
        self.query = CustomerQuery(limit=self.query.limit)
        self.current = None
        self.error = ""
        self._campaigns.clear()
        self.cleared.emit()
