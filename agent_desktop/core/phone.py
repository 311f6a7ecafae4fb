"""Phone numbers as people type, paste and read them, with ``phonenumbers`` (libphonenumber).

``format_number`` shows a number in the national format of the configured region (Vietnam by
default: ``0899 098 899``), an international one for foreign numbers, and leaves extensions,
short codes and anything it cannot read as they are.

``parse_dial_number`` reads what someone typed or pasted — spaces, dots, dashes, brackets,
``+84`` / ``84`` / ``0`` prefixes, full-width digits from chat apps — and gives the form the PBX
dials: national digits for numbers of the region (``0899098899``), ``00`` and the country code for
foreign ones, extensions (2–6 digits) as they are. ``number_in_text`` finds a number inside a
sentence (the clipboard). ``CUSTOMER_PATTERN`` is the API's rule for a customer's mobile.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")

DEFAULT_REGION = "VN"
#: The TEL4VN customer pattern for POST /v2/click2call and POST /v2/customer, verbatim.
CUSTOMER_PATTERN = re.compile(r"^(84|0[3|5|7|8|9])+([0-9]{8})$")
MAX_INPUT = 64
_VISUAL = re.compile(r"[\s.\-()/\[\]\u00a0\u2010-\u2015]")


def format_number(raw: str, region: str = DEFAULT_REGION) -> str:
    text = raw.strip()
    digits = sum(ch.isdigit() for ch in text)
    if digits < 7 or len(text) > 40:  # extensions, hotlines like 1900…, junk
        return text
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(number):
        return text  # formatting a wrong number could hide its mistake (or drop its 0)
    if phonenumbers.region_code_for_number(number) == region.upper():
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


class Problem(enum.Enum):
    EMPTY = "empty"
    NOT_A_NUMBER = "not a number"
    TOO_SHORT = "too short"
    TOO_LONG = "too long"
    INVALID = "invalid"
    NOT_A_MOBILE = "not a mobile"  # the customer pattern of the API


class InvalidNumber(ValueError):
    """What was typed cannot be dialed; ``message()`` says why, in the person's language."""

    def __init__(self, problem: Problem, text: str) -> None:
        super().__init__(f"{problem.value}: {text[:MAX_INPUT]!r}")
        self.problem = problem
        self.text = text

    def message(self) -> str:
        return {
            Problem.EMPTY: translate("phone", "Type a phone number to call."),
            Problem.NOT_A_NUMBER: translate("phone", "This is not a phone number."),
            Problem.TOO_SHORT: translate("phone", "This number is too short."),
            Problem.TOO_LONG: translate("phone", "This number is too long."),
            Problem.INVALID: translate("phone", "This is not a valid phone number. Check the "
                                                "digits and the prefix."),
            Problem.NOT_A_MOBILE: translate("phone", "A customer's number must be a Vietnamese "
                                                     "mobile number (84… or 03/05/07/08/09…)."),
        }[self.problem]


@dataclass(frozen=True)
class DialNumber:
    raw: str  # as typed
    dial: str  # what the PBX is given
    display: str  # for people
    kind: str  # "extension" | "national" | "international"
    e164: str = ""  # +84899098899 (not for extensions): for APIs that want the country code

    def fits_customer_pattern(self) -> bool:
        return bool(CUSTOMER_PATTERN.match(self.dial))


def _cleaned(text: str) -> str:
    """Without visual separators, and every decimal digit (full-width, Arabic-Indic…) as 0–9."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
    return _VISUAL.sub("", text)


def _ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def parse_dial_number(text: str, region: str = DEFAULT_REGION) -> DialNumber:
    """The number to dial for ``text``; raises InvalidNumber."""
    raw = text.strip()
    if not raw:
        raise InvalidNumber(Problem.EMPTY, text)
    if len(raw) > MAX_INPUT:
        raise InvalidNumber(Problem.TOO_LONG, text)
    compact = _cleaned(raw)
    if _ascii_digits(compact) and 2 <= len(compact) <= 6:
        return DialNumber(raw, compact, compact, "extension")
    if not re.fullmatch(r"\+?[0-9]+", compact):
        raise InvalidNumber(Problem.NOT_A_NUMBER, text)
    digits = compact.lstrip("+")
    if len(digits) < 7:
        raise InvalidNumber(Problem.TOO_SHORT, text)
    if len(digits) > 15:
        raise InvalidNumber(Problem.TOO_LONG, text)
    try:
        number = phonenumbers.parse(compact, region)
    except phonenumbers.NumberParseException:
        raise InvalidNumber(Problem.INVALID, text) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidNumber(Problem.INVALID, text)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if phonenumbers.region_code_for_number(number) == region.upper():
        national = str(number.national_number)
        # Service numbers (1800 free, 1900 shared-cost) have no trunk prefix.
        dial = national if national.startswith(("1800", "1900")) else "0" + national
        return DialNumber(raw, dial, format_number(e164, region), "national", e164)
    return DialNumber(raw, "00" + e164[1:], format_number(e164, region), "international", e164)


def number_in_text(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The first phone number written in ``text`` (a chat message, a CRM page), or an extension
    when the text is nothing but one; None when there is none."""
    text = unicodedata.normalize("NFKC", text)[:2000]
    compact = _cleaned(text.strip())
    if _ascii_digits(compact) and 2 <= len(compact) <= 6:
        return compact
    for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
        return match.raw_string.strip()
    return None
