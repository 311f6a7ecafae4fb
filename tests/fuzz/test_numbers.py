"""Number parsing with any text: a number to dial, or a typed refusal — never a crash.

What people type or paste into the dial bar (``phone.parse_dial_number``), what the clipboard
holds (``number_in_text``), numbers shown in tables (``format_number``), the links other apps hand
us (``uri.dial_target`` and then the dialer), customers' mobiles (``customers.clean_phone`` /
``phone_problem``, the campaign import's cells) and TeleCMI's numeric ``to``.
"""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from agent_desktop import cli
from agent_desktop.core import campaign_import, customers, uri
from agent_desktop.core.phone import (
    MAX_INPUT,
    DialNumber,
    InvalidNumber,
    format_number,
    number_in_text,
    parse_dial_number,
)
from agent_desktop.pbx.errors import InvalidInput
from agent_desktop.pbx.telecmi import phone_number
from tests.fuzz.conftest import FUZZ
from tests.fuzz.strategies import HOSTILE_TEXT

DIGITS = "0123456789０１２３４５６７８９١٢٣²³ "
SEPARATORS = " .-()/[]\u00a0\u2010\u2015+,;|"
phone_like = st.text(alphabet=DIGITS + SEPARATORS + "+84", max_size=40)
anything = st.one_of(st.text(max_size=80), phone_like, st.sampled_from(HOSTILE_TEXT),
                     st.builds(lambda a, b: a + b, phone_like, st.text(max_size=20)))
REGIONS = st.sampled_from(["VN", "US", "GB", "vn", "ZZ", ""])


@FUZZ
@given(text=anything, region=REGIONS)
@example(text="+84 899 098 899", region="VN")
@example(text="０８９９０９８８９９", region="VN")
@example(text="x" * 10_000, region="VN")
@example(text="0899098899", region="ZZ")
def test_a_typed_number_is_dialable_or_refused(text: str, region: str) -> None:
    try:
        number = parse_dial_number(text, region)
    except InvalidNumber as error:
        assert isinstance(error.message(), str) and error.message()
        return
    assert isinstance(number, DialNumber)
    assert number.dial and number.dial.isascii() and number.dial.isdigit()
    assert number.kind in ("extension", "national", "international")
    assert len(text.strip()) <= MAX_INPUT


@FUZZ
@given(text=anything, region=REGIONS)
def test_format_and_find_never_crash(text: str, region: str) -> None:
    shown = format_number(text, region or "VN")
    assert isinstance(shown, str)
    found = number_in_text(text, region or "VN")
    assert found is None or (isinstance(found, str) and found)


@FUZZ
@given(scheme=st.sampled_from(["tel:", "TEL:", "callto://", "sip:", "sips:", "http:", "", "tel"]),
       rest=st.one_of(anything, st.text(alphabet="%0123456789abcdefABCDEF@;?=/", max_size=40)))
@example(scheme="tel:", rest="%ff%fe%00")
@example(scheme="sip:", rest="@@@;;;")
def test_a_link_gives_a_number_or_nothing(scheme: str, rest: str) -> None:
    target = uri.dial_target(scheme + rest)
    if target is None:
        return
    assert isinstance(target, str) and target == target.strip() and target
    try:
        parse_dial_number(target)  # what the dialer does next
    except InvalidNumber:
        pass


@FUZZ
@given(cell=anything)
def test_customer_mobiles_are_cleaned_and_judged(cell: str) -> None:
    for mobile in campaign_import.split_mobiles(cell):
        assert isinstance(customers.phone_problem(mobile), str)
    assert isinstance(customers.phone_problem(customers.clean_phone(cell)), str)
    for parse in (campaign_import.parse_number, campaign_import.parse_date):
        try:
            parse(cell)
        except ValueError:
            pass


@FUZZ
@given(text=anything)
@example(text="+" + "9" * 15)
@example(text="²³")
@example(text="0")
def test_telecmi_numbers_are_numbers_or_invalid_input(text: str) -> None:
    try:
        value = phone_number(text)
    except InvalidInput as error:
        assert error.fields
        return
    assert isinstance(value, int) and 0 < value < 10**15


@FUZZ
@given(args=st.lists(st.one_of(anything, st.sampled_from(
    ["--dial", "--server", "--username", "--demo", "--poll-interval", "--config-dir", "-", "--",
     "tel:0899098899", "--poll-interval=abc", "--vendor=nope"])), max_size=6))
def test_handed_over_arguments_parse_or_are_refused(args: list[str]) -> None:
    """A second launch's argv, as the running instance reads it (``App.handle_message``)."""
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            options = cli.parse(args)
        except SystemExit:
            return
    # "--dial ''" gives "": the dialer refuses it (Problem.EMPTY) like any typed text
    assert all(isinstance(number, str) for number in options.dial)
    for number in options.dial:
        try:
            parse_dial_number(number)
        except InvalidNumber:
            pass


@pytest.mark.parametrize("text", ["²", "፩፪፫", "0899\u202e098899", "0" * 5000])
def test_odd_digits_are_refused_not_crashed(text: str) -> None:
    with pytest.raises(InvalidNumber):
        parse_dial_number(text)


@pytest.mark.parametrize(("text", "dial"), [("١٠١", "101"), ("0٠", "00"),
                                            ("٠٨٩٩٠٩٨٨٩٩", "0899098899")])
def test_other_scripts_digits_are_read_as_digits(text: str, dial: str) -> None:
    """Found by fuzzing: "0٠" (an Arabic-Indic zero) was taken as the extension "0٠" and sent."""
    assert parse_dial_number(text).dial == dial
