"""Every documented TEL4VN response parses into our models; bad fields raise ProtocolError."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_desktop.pbx.errors import ProtocolError
from agent_desktop.pbx.fields import Fields
from agent_desktop.pbx.models import (
    AccessToken,
    CallActionResult,
    Cdr,
    CdrQuery,
    CdrStatus,
    ChannelState,
    ClickToCallResult,
    Customer,
    CustomerStatus,
    EventData,
    EventHook,
    ImportResult,
    LiveCall,
    LoginInfo,
    UserStatus,
)
from tests.doc_examples import example, json_examples

API = "tel4vn-call-center-api.md"


def test_login_example() -> None:
    info = LoginInfo.parse(Fields(example(API, "Login Account")).obj("data"))
    assert info.extension == "110" and info.level == "admin" and info.enabled is True
    assert info.is_admin
    assert "aaaaaaaa-bbbb" not in repr(info)  # the api_key never reaches a log


def test_token_example() -> None:
    token = AccessToken.parse(Fields(example(API, "Get Access Token")).obj("data"))
    assert token.expired_in == 14763877 and token.token_type == "Bearer"
    assert token.token.startswith("eyJ") and "eyJ" not in repr(token)


def test_event_examples() -> None:
    hooks = [EventHook.parse(f) for f in Fields(example(API, "Get Events")).objects("data")]
    assert hooks[0].event_name == "hangup" and hooks[0].callback_url == "https://webhook.demo/"
    assert "foo" not in repr(hooks[0])
    data = EventData.parse(Fields(example(API, "Event Hook Data")))
    assert (data.state, data.duration, data.billsec, data.hotline) == ("hangup", 10, 5, "19001919")


def test_cdr_default_and_flex_examples_parse_alike() -> None:
    default = [Cdr.parse(f) for f in Fields(example(API, "Get CDRs", "Default")).objects("data")]
    flex = [Cdr.parse(f) for f in Fields(example(API, "Get CDRs", "Flex")).objects("data")]
    assert default[0].mapping == "default" and flex[0].mapping == "flex"
    assert default[0].direction == "outbound"  # the docs' integer 3
    assert default[0].status_kind is CdrStatus.ANSWERED and flex[0].status_kind is CdrStatus.ANSWERED
    assert default[1].status_kind is CdrStatus.BUSY and flex[1].status_kind is CdrStatus.BUSY
    assert default[1].id == "01b7d166-b564-42ec-80a1-4ad343225934"  # trailing space stripped
    assert default[1].time_answered is None
    assert default[0].time_started == datetime(2021, 2, 17, 17, 30, 35)
    assert flex[0].to_number == "0899888999" and flex[0].from_number == "101"
    assert flex[0].customer_number == default[0].customer_number == "0899888999"
    assert flex[0].billsec == 23 and flex[0].time_ringing == datetime(2021, 6, 17, 14, 14, 36)
    one = Cdr.parse(Fields(example(API, "Get a Specific CDR", "Default")))
    one_flex = Cdr.parse(Fields(example(API, "Get a Specific CDR", "Flex")))
    assert one.customer_id == "KH1" == one_flex.customer_id


def test_click_to_call_and_call_examples() -> None:
    for heading in ("Synchronous - GET", "Asynchronous - GET", "Asynchronous - POST"):
        result = ClickToCallResult.parse(Fields(example(API, heading)))
        assert result.status == "success" and result.call_id
    calls = [LiveCall.parse(f) for f in Fields(example(API, "List Calls")).objects("data")]
    assert calls[0].channel_state is ChannelState.CS_EXECUTE
    assert calls[0].created_time == datetime(2021, 6, 8, 17, 37, 37)
    for heading in ("Transfer a call", "Listen a call", "Whisper a call", "Barge a call"):
        assert CallActionResult.parse(Fields(example(API, heading))).ext == "101"


def test_user_and_customer_examples() -> None:
    status = UserStatus.parse(Fields(example(API, "Get User Status")).obj("data"))
    assert status.ext_loggedin is False and status.extension == "101"
    customers = [Customer.parse(f)
                 for f in Fields(example(API, "Get List Customers")).objects("data")]
    assert customers[0].status_kind is CustomerStatus.NEW
    assert customers[0].updated_at is None  # Go's zero time
    assert customers[0].created_at is not None
    one = Customer.parse(Fields(example(API, "Get Specific Customer")).obj("data"))
    assert one.customer_name == "Khach Hang 01"


def test_autocall_import_example() -> None:
    ok = next(e.value for e in json_examples(API)
              if e.heading == "Nhận dữ liệu queue" and e.value.get("code") == 200)
    result = ImportResult.parse(Fields(ok).obj("data"))
    assert result.success == ("TEL4VN_Test",) and result.fail == ()


@pytest.mark.parametrize("state", [s.value for s in ChannelState if s is not ChannelState.UNKNOWN])
def test_every_freeswitch_state(state: str) -> None:
    call = LiveCall.parse(Fields({"call_id": "x", "state": state}))
    assert call.channel_state.value == state


def test_unknown_state_kept() -> None:
    call = LiveCall.parse(Fields({"call_id": "x", "state": "CS_SOMETHING_NEW"}))
    assert call.channel_state is ChannelState.UNKNOWN and call.state == "CS_SOMETHING_NEW"


@pytest.mark.parametrize(
    ("obj", "field"),
    [
        ({"state": "CS_EXECUTE"}, "call_id"),
        ({"call_id": ["a"], "state": "CS_EXECUTE"}, "call_id"),
        ({"call_id": "a", "state": None}, "state"),
        ({"call_id": "a", "state": "CS_EXECUTE", "created_time": "yesterday"}, "created_time"),
        ({"call_id": "a", "state": "CS_EXECUTE", "created_time": 5.5}, "created_time"),
    ],
)
def test_bad_live_call_names_the_field(obj: dict, field: str) -> None:
    with pytest.raises(ProtocolError) as info:
        LiveCall.parse(Fields(obj, "data[0]"))
    assert info.value.field == f"data[0].{field}"
    assert f"data[0].{field}" in str(info.value)


def test_bad_types_in_other_models() -> None:
    with pytest.raises(ProtocolError, match="ext_loggedin"):
        UserStatus.parse(Fields({"extension": "101", "ext_loggedin": "maybe"}))
    with pytest.raises(ProtocolError, match="duration"):
        Cdr.parse(Fields({"id": "a", "duration": "long"}))
    with pytest.raises(ProtocolError, match="expired_in"):
        AccessToken.parse(Fields({"token": "t", "expired_in": True}))
    with pytest.raises(ProtocolError, match="top level"):
        Fields(["not", "an", "object"])


def test_cdr_query_params() -> None:
    q = CdrQuery(start_date=datetime(2021, 2, 18, 17, 20, 58), end_date="2021-02-19",
                 phone="0899888999", direction="outbound", duration=10, limit=50, page=2)
    assert q.paginated
    assert q.params() == {"start_date": "2021-02-18 17:20:58", "end_date": "2021-02-19",
                          "duration": "10", "phone": "0899888999", "direction": "outbound",
                          "limit": "50", "page": "2"}
    assert not CdrQuery(limit=10).paginated


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                 max_size=6),
    max_leaves=20,
)
MODEL_KEYS = ["call_id", "state", "created_time", "id", "cdrId", "duration", "direction",
              "extension", "ext_loggedin", "token", "expired_in", "status", "customer_id",
              "time_started", "api_key", "user_uuid", "username", "enabled", "data"]


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(MODEL_KEYS), json_values, max_size=10) | json_values)
def test_parsers_raise_only_protocol_errors(value: object) -> None:
    for model in (LiveCall, Cdr, UserStatus, Customer, AccessToken, LoginInfo, EventHook,
                  EventData, ClickToCallResult, CallActionResult):
        try:
            model.parse(Fields(value))
        except ProtocolError:
            pass


