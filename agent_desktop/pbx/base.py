"""The vendor-neutral face of a PBX client: a Protocol the core codes against, and Capabilities.

The core never uses a vendor's paths; it asks ``client.capabilities`` what the logged-in vendor can
do and calls the Protocol's methods. A vendor that lacks a capability raises ``Unsupported`` from
the matching methods (the UI hides those features beforehand, and says why).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, fields
from typing import Any, Protocol, runtime_checkable

from .errors import PbxError
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
    ImportResult,
    LoginInfo,
    NewCustomer,
    Page,
    UserStatus,
)


class Unsupported(PbxError):
    """The logged-in vendor's API has no such feature."""


@dataclass(frozen=True)
class Capabilities:
    """What a vendor's API offers. Each flag gates a feature of the app."""

    live_calls: bool = False
    call_actions: bool = False  # transfer, listen, whisper, barge
    cdrs: bool = False
    customers: bool = False
    event_hooks: bool = False
    user_status: bool = False
    click_to_call_async: bool = False
    click_to_call_sync: bool = False
    click_to_call_customer: bool = False
    autodialer: bool = False
    autocall: bool = False  # TEL4VN autocall queues
    auto_call_sessions: bool = False  # OMICall auto-call: execute_by_phone / execute_by_extension
    international_numbers: bool = False  # numbers must carry the country code (TeleCMI's `to`)

    @classmethod
    def everything(cls) -> Capabilities:
        return cls(**{f.name: True for f in fields(cls)})

    def missing(self) -> list[str]:
        return [f.name for f in fields(self) if not getattr(self, f.name)]

    def supports(self, mode: ClickToCallMode) -> bool:
        return {
            ClickToCallMode.ASYNC: self.click_to_call_async,
            ClickToCallMode.SYNC: self.click_to_call_sync,
            ClickToCallMode.CUSTOMER: self.click_to_call_customer,
        }[mode]


@runtime_checkable
class PbxClient(Protocol):
    """One logged-in session with one PBX. Implementations: Tel4vnClient, OmicallClient,
    TelecmiClient (``agent_desktop.pbx.vendors`` lists them with their capabilities)."""

    vendor: str
    capabilities: Capabilities

    @property
    def account(self) -> LoginInfo | None: ...

    # session
    async def login(self, username: str, password: str) -> LoginInfo: ...
    async def resume(self, api_key: str, token: str | None = None) -> AccessToken | None: ...
    async def refresh_token(self) -> AccessToken: ...
    async def aclose(self) -> None: ...

    # live calls and actions on them
    async def list_calls(self) -> CallList: ...
    async def click_to_call(
        self,
        ext: str,
        phone: str,
        options: ClickToCallOptions = ...,
        mode: ClickToCallMode = ...,
    ) -> ClickToCallResult: ...
    async def click_to_call_customer(
        self, customer_id: str, mobile: str, agent: str
    ) -> ClickToCallResult: ...
    async def call_action(self, action: CallAction, call_id: str, ext: str) -> CallActionResult: ...

    # history
    async def list_cdrs(self, query: CdrQuery = ...) -> Page[Cdr]: ...
    def iter_cdrs(self, query: CdrQuery = ..., batch: int = ...) -> AsyncIterator[Cdr]: ...
    async def get_cdr(self, cdr_id: str) -> Cdr: ...

    # people
    async def user_status(self, user_id: str) -> UserStatus: ...
    async def list_customers(
        self, campaign_id: str | None = None, limit: int | None = None, offset: int | None = None
    ) -> Page[Customer]: ...
    async def get_customer(self, customer_id: str) -> Customer: ...
    async def create_customer(self, customer: NewCustomer) -> str: ...

    # event hooks
    async def list_events(self) -> list[EventHook]: ...
    async def create_event(
        self, callback_url: str, event: str, callback_apikey: str | None = None
    ) -> bool: ...
    async def delete_event(self, event_id: str) -> bool: ...

    # dialer queues
    async def create_autodialer_queue(self, queue: AutodialerQueue) -> str: ...
    async def autodialer_queue_action(self, action: str, queue_code: str) -> str: ...
    async def create_autocall_queue(self, queue: AutocallQueue) -> ImportResult: ...
    async def autocall_dnc(self, queue_code: str, customer_ids: Sequence[str]) -> str: ...
    async def autocall_queue_action(self, action: str, queue_code: str) -> str: ...


@runtime_checkable
class AutoCallSessions(Protocol):
    """A client whose capabilities include ``auto_call_sessions`` (OMICall) also offers these;
    ``session`` is an ``omicall_autocall.AutoCallSession``, the answer an ``AutoCallResult``."""

    async def execute_by_phone(self, session: Any, phone: str) -> Any: ...
    async def execute_by_extension(self, session: Any, extension: str) -> Any: ...


class WithoutFeatures:
    """For vendor clients: every Protocol method beyond the session and click-to-call raises
    ``Unsupported`` without sending anything. A client overrides what its vendor offers."""

    vendor: str

    def _unsupported(self, feature: str) -> Unsupported:
        return Unsupported(f"{self.vendor} has no {feature} API", code="unsupported",
                           vendor=self.vendor)

    async def list_calls(self) -> CallList:
        raise self._unsupported("live calls")

    async def click_to_call_customer(
        self, customer_id: str, mobile: str, agent: str
    ) -> ClickToCallResult:
        raise self._unsupported("customer click-to-call")

    async def call_action(self, action: CallAction, call_id: str, ext: str) -> CallActionResult:
        raise self._unsupported("call actions")

    async def list_cdrs(self, query: CdrQuery = CdrQuery()) -> Page[Cdr]:
        raise self._unsupported("call history")

    async def iter_cdrs(self, query: CdrQuery = CdrQuery(), batch: int = 200
                        ) -> AsyncIterator[Cdr]:
        raise self._unsupported("call history")
        yield  # an async generator, like the real ones  # pragma: no cover

    async def get_cdr(self, cdr_id: str) -> Cdr:
        raise self._unsupported("call history")

    async def user_status(self, user_id: str) -> UserStatus:
        raise self._unsupported("user status")

    async def list_customers(
        self, campaign_id: str | None = None, limit: int | None = None, offset: int | None = None
    ) -> Page[Customer]:
        raise self._unsupported("customers")

    async def get_customer(self, customer_id: str) -> Customer:
        raise self._unsupported("customers")

    async def create_customer(self, customer: NewCustomer) -> str:
        raise self._unsupported("customers")

    async def list_events(self) -> list[EventHook]:
        raise self._unsupported("event hooks")

    async def create_event(
        self, callback_url: str, event: str, callback_apikey: str | None = None
    ) -> bool:
        raise self._unsupported("event hooks")

    async def delete_event(self, event_id: str) -> bool:
        raise self._unsupported("event hooks")

    async def create_autodialer_queue(self, queue: AutodialerQueue) -> str:
        raise self._unsupported("autodialer")

    async def autodialer_queue_action(self, action: str, queue_code: str) -> str:
        raise self._unsupported("autodialer")

    async def create_autocall_queue(self, queue: AutocallQueue) -> ImportResult:
        raise self._unsupported("autocall queues")

    async def autocall_dnc(self, queue_code: str, customer_ids: Sequence[str]) -> str:
        raise self._unsupported("autocall queues")

    async def autocall_queue_action(self, action: str, queue_code: str) -> str:
        raise self._unsupported("autocall queues")
