"""Who is calling: the last calls with a number (``/v2/cdr?phone=``) and the customer behind them.

CDRs carry a ``customer_id``; on TEL4VN that may be the customer's id or its code. The customer is
fetched by id, and when that is not found, looked up by code among the first customers of the
tenant (cached for the session). Failures are reported, never raised: the popup shows what it has.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..pbx import NotFound, PbxClient, PbxError
from ..pbx.models import Cdr, CdrQuery, Customer

log = logging.getLogger(__name__)

HISTORY_LINES = 5
CUSTOMER_SCAN = 500


@dataclass(frozen=True)
class CallerHistory:
    cdrs: tuple[Cdr, ...]
    total: int
    customer: Customer | None
    failed: bool = False


class CallerLookup:
    """Looks callers up on one session's client, caching customers by id and code."""

    def __init__(self, client: PbxClient) -> None:
        self.client = client
        self._customers: dict[str, Customer | None] = {}
        self._by_code: dict[str, Customer] | None = None

    async def history(self, number: str, limit: int = HISTORY_LINES) -> CallerHistory:
        try:
            page = await self.client.list_cdrs(CdrQuery(phone=number, limit=limit))
        except PbxError as error:
            log.info("caller history for %s failed: %s", number, error)
            return CallerHistory((), 0, None, failed=True)
        customer_id = next((c.customer_id for c in page.data if c.customer_id), "")
        customer = await self.customer(customer_id) if customer_id else None
        return CallerHistory(page.data, page.total, customer)

    async def customer(self, customer_id: str) -> Customer | None:
        if customer_id in self._customers:
            return self._customers[customer_id]
        found: Customer | None = None
        try:
            found = await self.client.get_customer(customer_id)
        except NotFound:
            found = (await self._codes()).get(customer_id)
        except PbxError as error:
            log.info("customer %s could not be fetched: %s", customer_id, error)
            return None
        self._customers[customer_id] = found
        return found

    async def _codes(self) -> dict[str, Customer]:
        if self._by_code is None:
            try:
                page = await self.client.list_customers(limit=CUSTOMER_SCAN)
            except PbxError as error:
                log.info("customers could not be listed: %s", error)
                return {}
            self._by_code = {c.customer_code: c for c in page.data if c.customer_code}
        return self._by_code
