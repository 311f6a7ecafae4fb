"""Phone numbers as people read them, with ``phonenumbers`` (Google's libphonenumber).

``format_number`` shows a number in the national format of the configured region (Vietnam by
default: ``0899 098 899``), an international one for foreign numbers, and leaves extensions,
short codes and anything it cannot read as they are.
"""

from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "VN"


def format_number(raw: str, region: str = DEFAULT_REGION) -> str:
    text = raw.strip()
    digits = sum(ch.isdigit() for ch in text)
    if digits < 7 or len(text) > 40:  # extensions, hotlines like 1900…, junk
        return text
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_possible_number(number):
        return text
    if phonenumbers.region_code_for_number(number) == region.upper():
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
