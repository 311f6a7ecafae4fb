"""Reading phone numbers for dialing: what people type and paste."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from agent_desktop.core.phone import (
    CUSTOMER_PATTERN,
    InvalidNumber,
    Problem,
    number_in_text,
    parse_dial_number,
)


@pytest.mark.parametrize("typed", [
    "0899098899", "0899 098 899", "0899.098.899", "0899-098-899", "(0899) 098 899",
    "+84 899 098 899", "+84899098899", "84899098899", "(+84) 899.098.899", "+84-899-098-899",
    "０８９９ ０９８ ８９９", "\u00a00899\u00a0098\u00a0899 ", "+84 (0) 899 098 899",
])
def test_the_ways_people_write_one_mobile(typed: str) -> None:
    number = parse_dial_number(typed)
    assert number.dial == "0899098899" and number.display == "0899 098 899"
    assert number.kind == "national" and number.fits_customer_pattern()


@pytest.mark.parametrize(("typed", "dial", "kind", "mobile"), [
    ("028 7300 1234", "02873001234", "national", False),
    ("1900 1919", "19001919", "national", False),
    ("1800-1234", "18001234", "national", False),
    ("101", "101", "extension", False),
    ("+1 (415) 555-2671", "0014155552671", "international", False),
    ("+44 20 7946 0958", "00442079460958", "international", False),
    ("0912345678", "0912345678", "national", True),
    ("0351234567", "0351234567", "national", True),
])
def test_other_kinds(typed: str, dial: str, kind: str, mobile: bool) -> None:
    number = parse_dial_number(typed)
    assert (number.dial, number.kind, number.fits_customer_pattern()) == (dial, kind, mobile)


@pytest.mark.parametrize(("typed", "problem"), [
    ("", Problem.EMPTY), ("   ", Problem.EMPTY), ("call me", Problem.NOT_A_NUMBER),
    ("0899abc899", Problem.NOT_A_NUMBER), ("1234567", Problem.INVALID),
    ("0899 098 89", Problem.INVALID), ("+84 12", Problem.TOO_SHORT),
    ("1" * 20, Problem.TOO_LONG), ("0" * 100, Problem.TOO_LONG), ("1", Problem.TOO_SHORT),
])
def test_what_cannot_be_dialed_says_why(typed: str, problem: Problem) -> None:
    with pytest.raises(InvalidNumber) as info:
        parse_dial_number(typed)
    assert info.value.problem is problem and info.value.message()


def test_the_customer_pattern_is_the_apis() -> None:
    assert CUSTOMER_PATTERN.pattern == r"^(84|0[3|5|7|8|9])+([0-9]{8})$"
    assert CUSTOMER_PATTERN.match("0899098899")
    # The pattern wants exactly 8 digits after the prefix, so a real mobile written 84… never
    # matches it: we always send the national 0… form, which does.
    assert not CUSTOMER_PATTERN.match("84899098899")
    assert parse_dial_number("84899098899").fits_customer_pattern()
    assert not CUSTOMER_PATTERN.match("02873001234")


def test_numbers_in_text() -> None:
    assert number_in_text("SĐT khách: 0899 098 899, gọi giúp em") == "0899 098 899"
    assert number_in_text("Liên hệ +84 912 345 678 nhé") == "+84 912 345 678"
    assert number_in_text("  101 ") == "101"
    assert number_in_text("không có số nào") is None
    assert number_in_text("x" * 100_000) is None


@given(st.text(max_size=80))
def test_never_crashes(text: str) -> None:
    try:
        number = parse_dial_number(text)
    except InvalidNumber:
        return
    assert number.dial.isdigit() and 2 <= len(number.dial) <= 17


VN_MOBILE = st.builds(lambda prefix, rest: prefix + rest,
                      st.sampled_from(["090", "091", "093", "096", "097", "098", "086", "088",
                                       "089", "032", "035", "038", "070", "079", "083", "085"]),
                      st.from_regex(r"[0-9]{7}", fullmatch=True))


@given(VN_MOBILE, st.sampled_from(["{n}", "+84{m}", "84{m}", "{a} {b} {c}", "{a}.{b}.{c}",
                                   "({a}) {b}-{c}", "{fw}"]))
def test_valid_numbers_round_trip(mobile: str, shape: str) -> None:
    assume(phonenumbers.is_valid_number(phonenumbers.parse(mobile, "VN")))  # allocated ranges
    fullwidth = mobile.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    typed = shape.format(n=mobile, m=mobile[1:], a=mobile[:4], b=mobile[4:7], c=mobile[7:],
                         fw=fullwidth)
    number = parse_dial_number(typed)
    assert number.dial == mobile
    assert parse_dial_number(number.display).dial == mobile  # what we show dials the same
    assert phonenumbers.is_valid_number(phonenumbers.parse(number.dial, "VN"))


def test_formatting_never_drops_digits() -> None:
    from agent_desktop.core.phone import format_number

    assert format_number("0899098899") == "0899 098 899"
    assert format_number("0283456789") == "0283456789"  # one digit short: shown as written
    assert format_number("101") == "101"
