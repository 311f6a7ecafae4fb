"""Hypothesis strategies for hostile server answers: random JSON, and the docs' examples mangled.

``json_values`` is any JSON value (with huge, unicode, control-character and bidi strings, huge
and negative numbers, NaN / infinity, deep nesting). ``near_valid`` takes the vendor docs' real
examples (``tests.doc_examples``) and breaks them the way a buggy or hostile server would: a key
dropped, renamed or set to null, a value of another type, an object where a list belongs, a list
cut short. ``bodies`` turns either into the bytes of an HTTP answer, sometimes not JSON at all.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any

from hypothesis import strategies as st

from tests.doc_examples import json_examples

DOCS = ("tel4vn-call-center-api.md", "tel4vn-click-to-call.md", "omicall-click-to-call.md",
        "omicall-auto-call.md")
#: TeleCMI's doc shows no JSON block; its answer as the doc's prose describes it.
TELECMI_EXAMPLES: tuple[Any, ...] = (
    {"code": 200, "msg": "Call initiated", "request_id": "c2c_2b2a0ab4-3a2f-4f8e-a7a1"},
    {"code": 404, "msg": "Invalid user id or secret"},
    {"code": 400, "msg": "user id or secret param missing"},
)

HOSTILE_TEXT = (
    "<b>bold</b>", "<img src=x onerror=alert(1)>", "<a href='http://evil.example/'>click</a>",
    "\u202eevil\u202c", "\u200f\u200e\u200d\u200c\u2068\u2069", "\x00\x01\x1b[31m", "\ud7ff\uffff",
    "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00",
    "²³", "١٢٣", "1e999", "NaN", "-0", "true", "null", "CS_EXCHANGE_MEDIA", "fail", "x" * 10_000,
)
KEYS = ("data", "status", "error", "message", "code", "content", "total", "limit", "offset",
        "payload", "status_code", "call_id", "id", "token", "expired_in", "expires_in",
        "access_token", "request_id", "msg", "success", "fail", "cdrId", "direction",
        "time_started", "created_time", "ext_loggedin", "created", "deleted", "autocall_id")

text = st.one_of(st.text(max_size=30), st.sampled_from(HOSTILE_TEXT))
numbers = st.one_of(
    st.integers(), st.integers(min_value=-(10 ** 400), max_value=10 ** 400),
    st.sampled_from([0, 1, -1, 2 ** 63, 10 ** 300, 10 ** 4000 // 10 ** 3800]),
    st.floats(allow_nan=True, allow_infinity=True),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, text)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8)), children,
                        max_size=6),
    ),
    max_leaves=25,
)


@lru_cache(maxsize=None)
def doc_examples() -> tuple[Any, ...]:
    values: list[Any] = []
    for doc in DOCS:
        values += [example.value for example in json_examples(doc)]
    return tuple(values) + TELECMI_EXAMPLES


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside ``value`` (dict keys and list indices), the root first."""
    out = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, prefix + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value[:3]):
            out += _paths(child, prefix + (index,))
    return out


def _copy(value: Any) -> Any:
    return json.loads(json.dumps(value))


@st.composite
def near_valid(draw: st.DrawFn) -> Any:
    """A docs example with one to four things broken in it."""
    value = _copy(draw(st.sampled_from(doc_examples())))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        paths = _paths(value)
        path = draw(st.sampled_from(paths))
        if not path:
            value = draw(st.sampled_from([[value], {"data": value}, {"payload": value}, value]))
            continue
        parent = value
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        old = parent[key]
        how = draw(st.sampled_from(["drop", "rename", "null", "retype", "wrap", "empty", "hostile",
                                    "number_text"]))
        if how == "drop" or how == "rename":
            if isinstance(parent, dict):
                del parent[key]
                if how == "rename":
                    parent[draw(st.sampled_from(KEYS)) + draw(st.sampled_from(["", "_", "X"]))] = old
            else:
                parent.pop(key)
        elif how == "null":
            parent[key] = None
        elif how == "retype":
            parent[key] = draw(json_values)
        elif how == "wrap":
            parent[key] = draw(st.sampled_from([[old], {"value": old}]))
        elif how == "empty":
            parent[key] = draw(st.sampled_from(["", [], {}, 0, False]))
        elif how == "hostile":
            parent[key] = draw(st.sampled_from(HOSTILE_TEXT))
        else:  # a number written as text, or text as a number
            if isinstance(old, (int, float)) and not isinstance(old, bool):
                parent[key] = draw(st.sampled_from([str(old), f" {old} ", f"{old}.5", "²"]))
            else:
                parent[key] = draw(numbers)
    return value


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")


raw_bytes = st.one_of(
    st.binary(max_size=200),
    st.sampled_from([
        b"", b" ", b"null", b"[", b"{", b'{"data":', b"<html><body>502 Bad Gateway</body></html>",
        b"\xef\xbb\xbf{}", b"\xff\xfe{\x00}\x00", b"[" * 100_000, b"[" * 900 + b"]" * 900,
        b'{"a":' * 5000 + b"1" + b"}" * 5000, b"1" * 5000, b'"\\ud800"', b"NaN", b"-Infinity",
    ]),
)
STATUSES = (200, 200, 200, 201, 204, 400, 401, 403, 404, 405, 413, 429, 500, 502, 503)
CONTENT_TYPES = ("application/json", "application/json; charset=utf-8", "text/html", "text/plain",
                 "", "application/octet-stream")


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    """The body of an answer: a mangled docs example (mostly), random JSON, or not JSON."""
    kind = draw(st.sampled_from(["near", "near", "near", "json", "raw"]))
    if kind == "raw":
        return draw(raw_bytes)
    value = draw(near_valid()) if kind == "near" else draw(json_values)
    if isinstance(value, float) and math.isnan(value):
        return b"NaN"
    return _dump(value)


class Short(bytes):
    """Bytes whose repr is cut short, so that hypothesis can print a failing example cheaply."""

    def __repr__(self) -> str:
        text = bytes.__repr__(self)
        return text if len(text) <= 400 else f"{text[:300]}…({len(self)} bytes)…{text[-60:]}"


@st.composite
def answers(draw: st.DrawFn) -> tuple[int, str, bytes]:
    """(HTTP status, content type, body) of one answer."""
    return (draw(st.sampled_from(STATUSES)), draw(st.sampled_from(CONTENT_TYPES)),
            Short(draw(bodies())))
