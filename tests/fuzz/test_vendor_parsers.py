"""Every vendor client method against random answers: a documented result or a PbxError, nothing else.

Each public coroutine of Tel4vnClient, OmicallClient and TelecmiClient is called as the app calls
it, through an ``httpx.MockTransport`` that answers every request with a fuzzed status, content type
and body (``strategies.answers``: the docs' examples mangled, random JSON, bytes that are not JSON).
So the envelope handling, the status codes and the models' parsing are all in the path. The
property: the call returns the dataclasses its signature promises, with every field of its
annotated type, or raises a ``PbxError`` subclass — never KeyError, TypeError, ValueError,
RecursionError, OverflowError or anything else. ``test_every_client_method_is_fuzzed`` fails when
a new method is added to a client without an entry here.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import inspect
import types
import typing
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_desktop.pbx import models
from agent_desktop.pbx.base import Unsupported, WithoutFeatures
from agent_desktop.pbx.errors import PbxError
from agent_desktop.pbx.omicall import OmicallClient
from agent_desktop.pbx.omicall_autocall import AutoCallResult, AutoCallSession
from agent_desktop.pbx.tel4vn import Tel4vnClient
from agent_desktop.pbx.telecmi import TelecmiClient
from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import answers

Call = Callable[[Any], Awaitable[Any]]


class Answering:
    """A MockTransport handler that answers the next request(s) with one fuzzed answer."""

    def __init__(self) -> None:
        self.answer: tuple[int, str, bytes] = (200, "application/json", b"{}")
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        status, content_type, body = self.answer
        headers = {"content-type": content_type} if content_type else {}
        return httpx.Response(status, headers=headers, content=body)


# --- what each method returns -----------------------------------------------------------------

def check_type(value: Any, hint: Any, where: str) -> None:
    """``value`` is of the annotated type ``hint`` (dataclasses checked field by field)."""
    origin = typing.get_origin(hint)
    if hint is Any or isinstance(hint, typing.TypeVar):
        if dataclasses.is_dataclass(value):
            check_dataclass(value, where)
        return
    if origin in (typing.Union, types.UnionType):
        problems = []
        for option in typing.get_args(hint):
            try:
                check_type(value, option, where)
                return
            except AssertionError as error:
                problems.append(str(error))
        raise AssertionError(f"{where}: {value!r:.80} fits none of {hint}: {problems}")
    if hint is type(None):
        assert value is None, f"{where}: expected None, got {type(value).__name__}"
        return
    if origin is tuple:
        assert isinstance(value, tuple), f"{where}: expected a tuple, got {type(value).__name__}"
        args = typing.get_args(hint)
        item_hints = [args[0]] * len(value) if len(args) == 2 and args[1] is Ellipsis else args
        for index, (item, item_hint) in enumerate(zip(value, item_hints)):
            check_type(item, item_hint, f"{where}[{index}]")
        return
    if origin is list:
        assert isinstance(value, list), f"{where}: expected a list, got {type(value).__name__}"
        for index, item in enumerate(value):
            check_type(item, typing.get_args(hint)[0], f"{where}[{index}]")
        return
    if origin is not None:  # Page[Cdr] and the like
        check_type(value, origin, where)
        args = typing.get_args(hint)
        if args and dataclasses.is_dataclass(value) and hasattr(value, "data"):
            for index, item in enumerate(value.data):
                check_type(item, args[0], f"{where}.data[{index}]")
        return
    if hint is int:
        assert isinstance(value, int) and not isinstance(value, bool), \
            f"{where}: expected int, got {type(value).__name__}"
        return
    assert isinstance(value, hint), f"{where}: expected {hint}, got {type(value).__name__}"
    if hint is str:
        assert value == value.strip() or where.endswith(".data"), where
    if dataclasses.is_dataclass(value):
        check_dataclass(value, where)


def check_dataclass(value: Any, where: str) -> None:
    hints = typing.get_type_hints(type(value), vars(models) | {"datetime": dt.datetime})
    for field in dataclasses.fields(value):
        check_type(getattr(value, field.name), hints[field.name], f"{where}.{field.name}")


def check_counts(result: Any) -> None:
    """Counts the app computes with (page numbers, Qt row counts) are within a Qt int."""
    for name in ("total", "limit", "offset"):
        if isinstance(result, (models.Page, models.CallList)) and hasattr(result, name):
            assert 0 <= getattr(result, name) <= 2**31 - 1, f"{name}: {getattr(result, name)}"


def returns(method: Callable[..., Any]) -> Any:
    namespace = vars(models) | {"AutoCallResult": AutoCallResult, "AccessToken": models.AccessToken}
    return typing.get_type_hints(method, localns=namespace)["return"]


# --- the methods, called as the app calls them -------------------------------------------------

QUEUE_CUSTOMERS = (models.QueueCustomer("KH0001", ("0899098899",)),)
SESSION = AutoCallSession.builder("fuzz").text("Xin chào").build()


async def collect(iterator: Any, limit: int = 500) -> list[Any]:
    out = []
    async for item in iterator:
        out.append(item)
        if len(out) >= limit:
            break
    return out


TEL4VN: dict[str, Callable[[st.DataObject], Call]] = {
    "login": lambda d: lambda c: c.login("agent101", "demo123"),
    "resume": lambda d: lambda c: c.resume("api-key"),
    "refresh_token": lambda d: lambda c: c.refresh_token(),
    "list_calls": lambda d: lambda c: c.list_calls(),
    "click_to_call": lambda d: (lambda mode: lambda c: c.click_to_call(
        "101", "0899098899", models.ClickToCallOptions(customer_id="KH0001"), mode))(
            d.draw(st.sampled_from(list(models.ClickToCallMode)))),
    "click_to_call_customer": lambda d: lambda c: c.click_to_call_customer(
        "KH0001", "0899098899", "101"),
    "call_action": lambda d: (lambda action: lambda c: c.call_action(action, "cid-1", "102"))(
        d.draw(st.sampled_from(list(models.CallAction)))),
    "list_cdrs": lambda d: (lambda q: lambda c: c.list_cdrs(q))(d.draw(st.sampled_from(
        [models.CdrQuery(), models.CdrQuery(limit=10, page=2)]))),
    "iter_cdrs": lambda d: lambda c: collect(c.iter_cdrs(models.CdrQuery(), batch=5)),
    "get_cdr": lambda d: lambda c: c.get_cdr("cdr-1"),
    "user_status": lambda d: lambda c: c.user_status("agent101"),
    "list_customers": lambda d: lambda c: c.list_customers("camp", 10, 0),
    "get_customer": lambda d: lambda c: c.get_customer("cus-1"),
    "create_customer": lambda d: lambda c: c.create_customer(
        models.NewCustomer("camp", "KH9", "0899098899", "HD1", "Tên")),
    "list_events": lambda d: lambda c: c.list_events(),
    "create_event": lambda d: lambda c: c.create_event("http://127.0.0.1:1/x", "ringing", "k"),
    "delete_event": lambda d: lambda c: c.delete_event("ev-1"),
    "create_autodialer_queue": lambda d: lambda c: c.create_autodialer_queue(
        models.AutodialerQueue("camp", "Q1", 100, 1, "101,102", QUEUE_CUSTOMERS)),
    "autodialer_queue_action": lambda d: lambda c: c.autodialer_queue_action("start", "Q1"),
    "create_autocall_queue": lambda d: lambda c: c.create_autocall_queue(
        models.AutocallQueue("Q2", "tmpl", QUEUE_CUSTOMERS, 2)),
    "autocall_dnc": lambda d: lambda c: c.autocall_dnc("Q2", ["KH0001"]),
    "autocall_queue_action": lambda d: lambda c: c.autocall_queue_action("stop", "Q2"),
}
OMICALL: dict[str, Callable[[st.DataObject], Call]] = {
    "login": lambda d: lambda c: c.login("101", "api-key"),
    "resume": lambda d: lambda c: c.resume("api-key"),
    "refresh_token": lambda d: lambda c: c.refresh_token(),
    "click_to_call": lambda d: lambda c: c.click_to_call(
        "101", "0899098899", models.ClickToCallOptions(hotline="19001919")),
    "execute_by_phone": lambda d: lambda c: c.execute_by_phone(SESSION, "0899098899"),
    "execute_by_extension": lambda d: lambda c: c.execute_by_extension(SESSION, "101"),
}
TELECMI: dict[str, Callable[[st.DataObject], Call]] = {
    "click_to_call": lambda d: lambda c: c.click_to_call("101", "+84899098899"),
}
# Methods that answer without asking the server anything (nothing to parse).
LOCAL_ONLY = {TelecmiClient: {"login", "resume", "refresh_token"}}
CLIENTS: dict[type, dict[str, Callable[[st.DataObject], Call]]] = {
    Tel4vnClient: TEL4VN, OmicallClient: OMICALL, TelecmiClient: TELECMI}
EXEMPT = {"aclose"}


def public_coroutines(cls: type) -> set[str]:
    names = set()
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") or name in EXEMPT:
            continue
        if inspect.iscoroutinefunction(member) or inspect.isasyncgenfunction(member):
            if issubclass(cls, WithoutFeatures) and member is getattr(WithoutFeatures, name, None):
                continue  # raises Unsupported before sending: test_unsupported_features_send_nothing
            names.add(name)
    return names


def test_every_client_method_is_fuzzed() -> None:
    for cls, table in CLIENTS.items():
        missing = public_coroutines(cls) - set(table) - LOCAL_ONLY.get(cls, set())
        assert not missing, f"{cls.__name__}: add these methods to the fuzz table: {missing}"
        stale = set(table) - public_coroutines(cls)
        assert not stale, f"{cls.__name__}: no such methods any more: {stale}"


async def ready(cls: type, handler: Answering) -> Any:
    client = cls("http://pbx.invalid", transport=httpx.MockTransport(handler))
    if cls is TelecmiClient:
        await client.login("101_1111112", "secret")
    else:
        await client.resume("api-key", "token-1")
    return client


CASES = [(cls, name) for cls, table in CLIENTS.items() for name in table]


@pytest.mark.parametrize(("cls", "name"), CASES, ids=[f"{c.__name__}.{n}" for c, n in CASES])
def test_a_client_method_survives_any_answer(loop: asyncio.AbstractEventLoop, cls: type,
                                             name: str) -> None:
    handler = Answering()
    client = loop.run_until_complete(ready(cls, handler))
    method = getattr(cls, name)
    expected = returns(method) if not inspect.isasyncgenfunction(method) else list[models.Cdr]
    table = CLIENTS[cls]

    @settings(FUZZ, max_examples=max(50, FUZZ.max_examples // 2))
    @given(answer=answers(), data=st.data())
    def run(answer: tuple[int, str, bytes], data: st.DataObject) -> None:
        handler.answer = answer
        call = table[name](data)
        if cls is not TelecmiClient:  # a fresh, unexpired session for each example
            client._token = models.AccessToken("", "", 0, "", "token-1", "Bearer", "")
            client._token_deadline = None
            client._api_key = "api-key"
        try:
            result = loop.run_until_complete(asyncio.wait_for(call(client), 10))
        except PbxError:
            return
        check_type(result, expected, name)
        check_counts(result)

    try:
        run()
    finally:
        loop.run_until_complete(client.aclose())


@pytest.mark.parametrize("cls", [OmicallClient, TelecmiClient])
def test_unsupported_features_send_nothing(loop: asyncio.AbstractEventLoop, cls: type) -> None:
    handler = Answering()
    client = loop.run_until_complete(ready(cls, handler))
    before = handler.requests
    inherited = [name for name in dir(WithoutFeatures)
                 if not name.startswith("_") and getattr(cls, name) is getattr(WithoutFeatures, name)]
    assert inherited
    for name in inherited:
        method = getattr(client, name)
        parameters = [p for p in inspect.signature(method).parameters.values()
                      if p.default is inspect.Parameter.empty]
        call = method(*["x"] * len(parameters))
        with pytest.raises(Unsupported):
            if inspect.isasyncgen(call):
                loop.run_until_complete(collect(call))
            else:
                loop.run_until_complete(call)
    assert handler.requests == before
    loop.run_until_complete(client.aclose())


# --- what the fuzzing found, kept as plain examples --------------------------------------------

DEEP = b"[" * 100_000
FOUND: list[tuple[type, str, bytes]] = [
    # json.loads raised RecursionError (not a ValueError) through Reply.json
    (Tel4vnClient, "list_calls", DEEP),
    (OmicallClient, "click_to_call", DEEP),
    (TelecmiClient, "click_to_call", DEEP),
    # "²".isdigit() is True but int("²") raises ValueError: the envelope's numeric code
    (Tel4vnClient, "autodialer_queue_action", '{"code": "²", "content": "successfully"}'.encode()),
    (Tel4vnClient, "login", '{"code": "²", "data": {}}'.encode()),
    (TelecmiClient, "click_to_call", '{"code": "²", "request_id": "r"}'.encode()),
    # a token lifetime of 10**400 seconds overflowed the float deadline (OverflowError)
    (Tel4vnClient, "refresh_token", b'{"data": {"token": "t", "expired_in": 1' + b"0" * 400 + b"}}"),
    (OmicallClient, "refresh_token",
     b'{"status_code": 9999, "payload": {"access_token": "t", "expires_in": 1' + b"0" * 400 + b"}}"),
    # a time that overflows when turned into local time (OverflowError from astimezone)
    (Tel4vnClient, "get_cdr", b'{"id": "1", "time_started": "9999-12-31T23:59:59-12:00"}'),
    (Tel4vnClient, "list_calls",
     b'{"data": [{"call_id": "1", "state": "CS_ROUTING", "created_time": "9999-12-31T23:59:59-01:00"}]}'),
    # a listing's total of 10**400 / a negative offset (OverflowError in the history's page count)
    (Tel4vnClient, "list_cdrs", b'{"data": [], "total": 1' + b"0" * 400 + b"}"),
    (Tel4vnClient, "list_customers", b'{"data": [], "total": 3, "offset": -5}'),
]


class _First:
    """Stands for ``st.data()`` outside hypothesis: the first of each ``sampled_from``."""

    def draw(self, strategy: Any) -> Any:
        return strategy.wrapped_strategy.elements[0] if hasattr(strategy, "wrapped_strategy") \
            else strategy.elements[0]


@pytest.mark.parametrize(("cls", "name", "body"), FOUND,
                         ids=[f"{c.__name__}.{n}-{i}" for i, (c, n, _b) in enumerate(FOUND)])
def test_what_the_fuzzing_found(loop: asyncio.AbstractEventLoop, cls: type, name: str,
                                body: bytes) -> None:
    handler = Answering()
    handler.answer = (200, "application/json", body)
    client = loop.run_until_complete(ready(cls, handler))
    try:
        method = CLIENTS[cls].get(name) or (lambda d: lambda c: getattr(c, name)())
        call = method(_First())  # type: ignore[arg-type]
        try:
            result = loop.run_until_complete(call(client))
        except PbxError:
            return
        check_type(result, returns(getattr(cls, name)), name)
        check_counts(result)
        if name == "refresh_token":  # taken, but renewed within a week
            assert client._token_deadline is not None
            assert client._token_deadline < client._clock() + 8 * 24 * 3600
    finally:
        loop.run_until_complete(client.aclose())
