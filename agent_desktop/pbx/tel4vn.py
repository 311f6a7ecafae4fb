"""The TEL4VN call-center API client: every endpoint of docs/vendor-api/tel4vn-*.md.

One instance is one logged-in session (``bearer.BearerSession``: one connection pool). It logs in
with ``/v1/auth`` then ``/v2/auth/token``, attaches the bearer token, renews it ahead of
``expired_in`` and, when the server answers 401 anyway, fetches a new token from the api_key once:
a read is then repeated, anything else is not (it raises SessionExpired — the server refused before
acting, so the person may simply try again). No request that places a call or acts on one is ever
sent twice, whatever its method: the click-to-call GETs are never repeated either.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import replace
from collections.abc import AsyncIterator, Sequence
from typing import Any

import httpx

from .base import Capabilities
from .bearer import BearerSession
from .errors import AuthError, InvalidInput, ProtocolError
from .fields import Fields
from .http import Reply
from .models import (
    AccessToken,
    AutocallQueue,
    AutodialerQueue,
    CallAction,
    CallActionResult,
    CallList,
    Cdr,
    CdrQuery,
    ClickToCallMode,
    ClickToCallOptions,
    ClickToCallResult,
    Customer,
    EventHook,
    HookEvent,
    ImportResult,
    LiveCall,
    LoginInfo,
    NewCustomer,
    Page,
    UserStatus,
)
from .polled_list import ListMemory, remembered, split_listing
from .tel4vn_errors import VENDOR, error_in, raise_for

log = logging.getLogger(__name__)

# The synchronous click-to-call answers only when the agent picks up or rejects.
SYNC_CLICK2CALL_TIMEOUT = httpx.Timeout(connect=5.0, read=120.0, write=10.0, pool=5.0)
QUEUE_ACTIONS = ("start", "stop", "delete")
EVENT_WARNING = (
    "The PBX only hooks ringing, answered, hangup and cdr; it would silently never send "
    "any other event. Write to the PBX's support for other events."
)


MAX_COUNT = 2**31 - 1  # what a Qt int holds; no listing is that long


def _count(f: Fields, name: str, default: int) -> int:
    """A listing's ``total`` / ``limit`` / ``offset``: a whole number from 0 to MAX_COUNT."""
    value = f.int(name, required=False, default=default) or 0
    if not 0 <= value <= MAX_COUNT:
        raise f.error(name, f"is out of range: {str(value)[:20]}")
    return value


def call_list(reply: Reply, memory: ListMemory) -> CallList:
    """The calls of a ``GET /v2/call`` answer, or its error. ``memory`` (one per client) keeps
    the entries of the last answer: an entry listed again byte for byte is the same LiveCall,
    neither decoded nor parsed (see ``polled_list``). An answer that cannot be read that way is
    decoded whole and every entry parsed, as any other answer."""
    split = split_listing(reply.body, "data")  # None for an empty body too: said below
    if split is None:
        memory.clear()
        raise_for(reply)
        f = Fields(reply.json(), vendor=VENDOR)
        calls = LiveCall.parse_list(f, "data")
    else:
        top, entries = split
        error = error_in(top, reply.status)
        if error is not None:
            raise error
        f = Fields(top, vendor=VENDOR)
        calls = () if entries is None else remembered(entries, LiveCall.parse, memory,
                                                      base="data", vendor=VENDOR)
    return CallList(data=calls, total=_count(f, "total", len(calls)))


class Tel4vnClient(BearerSession):
    """A session with a TEL4VN PBX. Not thread-safe; use it from one event loop."""

    vendor = VENDOR
    capabilities = Capabilities(
        live_calls=True, call_actions=True, cdrs=True, customers=True, event_hooks=True,
        user_status=True, click_to_call_async=True, click_to_call_sync=True,
        click_to_call_customer=True, autodialer=True, autocall=True,
    )  # everything but OMICall's auto-call sessions

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._live_calls = ListMemory()  # GET /v2/call as last seen: see call_list

    # --- session ----------------------------------------------------------------------------

    async def login(self, username: str, password: str) -> LoginInfo:
        """``POST /v1/auth`` then ``POST /v2/auth/token``."""
        reply = await self.http.request(
            "POST", "/v1/auth", json_body={"username": username, "password": password}
        )
        if reply.status == 401:
            raise AuthError("wrong username or password", code="401", status=401, vendor=VENDOR)
        raise_for(reply)
        account = LoginInfo.parse(Fields(reply.json(), vendor=VENDOR).obj("data"))
        self._account = account
        self._api_key = account.api_key
        await self.refresh_token()
        return account

    async def resume(self, api_key: str, token: str | None = None) -> AccessToken | None:
        """Continue a session from a remembered api_key (and token, tried as it is)."""
        self._api_key = api_key
        if token:
            self._token = AccessToken(
                client_id="", domain_uuid="", expired_in=0, refresh_token="", token=token,
                token_type="Bearer", user_id="",
            )
            self._token_deadline = None
            return None
        return await self.refresh_token()

    async def refresh_token(self) -> AccessToken:
        """``POST /v2/auth/token`` with the api_key."""
        if not self._api_key:
            raise AuthError("not logged in", vendor=VENDOR)
        reply = await self.http.request(
            "POST", "/v2/auth/token", json_body={"api_key": self._api_key}
        )
        if reply.status == 401:
            raise AuthError("the api_key was refused", code="401", status=401, vendor=VENDOR)
        raise_for(reply)
        token = AccessToken.parse(Fields(reply.json(), vendor=VENDOR).obj("data"))
        self.keep_token(token, token.expired_in)
        return token

    async def _json(self, method: str, path: str, **kwargs: Any) -> Fields:
        reply = await self._send(method, path, **kwargs)
        raise_for(reply)
        return Fields(reply.json(), vendor=VENDOR)

    # --- live calls and actions -----------------------------------------------------------

    async def list_calls(self) -> CallList:
        """``GET /v2/call``: the calls on the PBX right now."""
        return call_list(await self._send("GET", "/v2/call", lane="poll"), self._live_calls)

    async def click_to_call(
        self,
        ext: str,
        phone: str,
        options: ClickToCallOptions = ClickToCallOptions(),
        mode: ClickToCallMode = ClickToCallMode.ASYNC,
    ) -> ClickToCallResult:
        """``GET /v1/click2call/async`` (default) or ``GET /v1/click2call`` (waits for the agent)."""
        if mode is ClickToCallMode.CUSTOMER:
            if not options.customer_id:
                raise InvalidInput("a customer id is needed", fields={"id": "is required"},
                                   vendor=VENDOR)
            return await self.click_to_call_customer(options.customer_id, phone, ext)
        if not ext or not phone:
            raise InvalidInput("an extension and a phone number are needed",
                               fields={k: "is required" for k, v in (("ext", ext), ("phone", phone))
                                       if not v}, vendor=VENDOR)
        params: dict[str, str] = {"ext": ext, "phone": phone}
        if options.is_encode:
            params["phone"] = base64.b64encode(phone.encode()).decode("ascii")
            params["is_encode"] = "true"
        for name in ("src_cid_name", "src_cid_number", "dest_cid_name", "dest_cid_number",
                     "hotline", "customer_id"):
            value = getattr(options, name)
            if value:
                params[name] = value
        if options.auto_answer is not None:
            params["auto_answer"] = "true" if options.auto_answer else "false"
        sync = mode is ClickToCallMode.SYNC
        f = await self._json(
            "GET", "/v1/click2call" if sync else "/v1/click2call/async", params=params,
            timeout=SYNC_CLICK2CALL_TIMEOUT if sync else None, acts=True,
        )
        return ClickToCallResult.parse(f)

    async def click_to_call_customer(
        self, customer_id: str, mobile: str, agent: str
    ) -> ClickToCallResult:
        """``POST /v2/click2call`` for a customer record."""
        f = await self._json(
            "POST", "/v2/click2call", json_body={"id": customer_id, "mobile": mobile, "agent": agent}
        )
        return ClickToCallResult.parse(f)

    async def call_action(self, action: CallAction, call_id: str, ext: str) -> CallActionResult:
        """``POST /v2/call/{call_id}/transfer|listen|whisper|barge`` with the target ``ext``."""
        action = CallAction(action)
        f = await self._json("POST", f"/v2/call/{call_id}/{action.value}", json_body={"ext": ext})
        return CallActionResult.parse(f)

    # --- CDRs -------------------------------------------------------------------------------

    async def list_cdrs(self, query: CdrQuery = CdrQuery()) -> Page[Cdr]:
        """``GET /v2/cdr``: pagination when the query has page and limit, scroll otherwise."""
        f = await self._json("GET", "/v2/cdr", params=query.params())
        cdrs = tuple(Cdr.parse(item) for item in f.objects("data", required=False))
        return Page(
            data=cdrs,
            limit=_count(f, "limit", len(cdrs)),
            offset=_count(f, "offset", 0),
            total=_count(f, "total", len(cdrs)),
            is_cursor=not query.paginated,
        )

    async def iter_cdrs(self, query: CdrQuery = CdrQuery(), batch: int = 200) -> AsyncIterator[Cdr]:
        """Every CDR matching ``query``, scrolling ``batch`` at a time."""
        offset = query.offset or 0
        while True:
            page = await self.list_cdrs(replace(query, limit=batch, offset=offset, page=None))
            for cdr in page.data:
                yield cdr
            if not page.has_more:
                return
            if page.next_offset <= offset:
                raise ProtocolError("the CDR scroll does not advance", field="offset",
                                    vendor=VENDOR)
            offset = page.next_offset

    async def get_cdr(self, cdr_id: str) -> Cdr:
        """``GET /v2/cdr/{id}``: by CDR id or sip_call_id."""
        return Cdr.parse(await self._json("GET", f"/v2/cdr/{cdr_id}"))

    # --- users and customers ----------------------------------------------------------------

    async def user_status(self, user_id: str) -> UserStatus:
        """``GET /v2/user/{user_id}/status``: user_id is a username or a user_uuid."""
        return UserStatus.parse((await self._json("GET", f"/v2/user/{user_id}/status")).obj("data"))

    async def list_customers(
        self, campaign_id: str | None = None, limit: int | None = None, offset: int | None = None
    ) -> Page[Customer]:
        """``GET /v2/customer``."""
        params = {k: str(v) for k, v in
                  (("campaign_id", campaign_id), ("limit", limit), ("offset", offset))
                  if v is not None and v != ""}
        f = await self._json("GET", "/v2/customer", params=params)
        items = tuple(Customer.parse(item) for item in f.objects("data", required=False))
        return Page(
            data=items,
            limit=_count(f, "limit", len(items)),
            offset=_count(f, "offset", 0),
            total=_count(f, "total", len(items)),
        )

    async def get_customer(self, customer_id: str) -> Customer:
        """``GET /v2/customer/{customer_id}``."""
        return Customer.parse((await self._json("GET", f"/v2/customer/{customer_id}")).obj("data"))

    async def create_customer(self, customer: NewCustomer) -> str:
        """``POST /v2/customer``; returns the new customer's id."""
        return (await self._json("POST", "/v2/customer", json_body=customer.body())).str("id")

    # --- event hooks ------------------------------------------------------------------------

    async def list_events(self) -> list[EventHook]:
        """``GET /v1/event``."""
        f = await self._json("GET", "/v1/event")
        return [EventHook.parse(item) for item in f.objects("data", required=False)]

    async def create_event(
        self, callback_url: str, event: str, callback_apikey: str | None = None
    ) -> bool:
        """``POST /v1/event``; only the four documented events are sent."""
        if event not in {e.value for e in HookEvent}:
            raise InvalidInput(EVENT_WARNING, fields={"event": EVENT_WARNING}, vendor=VENDOR)
        body: dict[str, str] = {"callback_url": callback_url, "event": event}
        if callback_apikey:
            body["callback_apikey"] = callback_apikey
        f = await self._json("POST", "/v1/event", json_body=body)
        return f.bool("created")

    async def delete_event(self, event_id: str) -> bool:
        """``DELETE /v1/event/{id}``."""
        return (await self._json("DELETE", f"/v1/event/{event_id}")).bool("deleted")

    # --- dialer queues ----------------------------------------------------------------------

    async def _message(self, path: str, body: dict[str, Any]) -> str:
        reply = await self._send("POST", path, json_body=body)
        raise_for(reply, success_message="successfully")
        return Fields(reply.json(), vendor=VENDOR).str("message", required=False) or "successfully"

    async def create_autodialer_queue(self, queue: AutodialerQueue) -> str:
        """``POST /v2/autodialer/queue``."""
        return await self._message("/v2/autodialer/queue", queue.body())

    async def autodialer_queue_action(self, action: str, queue_code: str) -> str:
        """``POST /v2/autodialer/queue/start|stop|delete``."""
        if action not in QUEUE_ACTIONS:
            raise ValueError(action)
        return await self._message(f"/v2/autodialer/queue/{action}", {"queue_code": queue_code})

    async def create_autocall_queue(self, queue: AutocallQueue) -> ImportResult:
        """``POST /v2/autocall/queue``; the customers the server took and refused."""
        reply = await self._send("POST", "/v2/autocall/queue", json_body=queue.body())
        body = reply.json_or_none()
        if isinstance(body, dict) and isinstance(body.get("data"), dict):
            result = ImportResult.parse(Fields(body, vendor=VENDOR).obj("data"))
            if reply.status >= 400 or str(body.get("code", "200")) not in ("200", "201"):
                content = body.get("content")
                raise InvalidInput(
                    content if isinstance(content, str) and content else "import fail",
                    fields={cid: "refused" for cid in result.fail},
                    status=reply.status, vendor=VENDOR,
                )
            return result
        raise_for(reply)
        raise ProtocolError("field 'data' is missing", field="data", vendor=VENDOR)

    async def autocall_dnc(self, queue_code: str, customer_ids: Sequence[str]) -> str:
        """``POST /v2/autocall/queue/dnc``: customers not to be called from this queue."""
        f = await self._json(
            "POST", "/v2/autocall/queue/dnc",
            json_body={"queue_code": queue_code, "customers": [{"id": c} for c in customer_ids]},
        )
        return f.str("content", required=False)

    async def autocall_queue_action(self, action: str, queue_code: str) -> str:
        """``POST /v2/autocall/queue/start|stop|delete``."""
        if action not in QUEUE_ACTIONS:
            raise ValueError(action)
        f = await self._json("POST", f"/v2/autocall/queue/{action}",
                             json_body={"queue_code": queue_code})
        return f.str("content", required=False)
