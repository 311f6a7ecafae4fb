"""Phone numbers out of the links people click: tel:, callto:, sip: (RFC 3966 and friends).

``dial_target(text)`` returns the number part of a tel: / callto: / sip: / sips: link, or None for
anything else. The number is returned as written (visual separators and all); reading it as a
phone number is the dialer's job.
"""

from __future__ import annotations

from urllib.parse import unquote

SCHEMES = ("tel", "callto", "sip", "sips")
MAX_LENGTH = 256


def dial_target(text: str) -> str | None:
    text = text.strip()
    if not text or len(text) > MAX_LENGTH or ":" not in text:
        return None
    scheme, _, rest = text.partition(":")
    if scheme.lower() not in SCHEMES:
        return None
    rest = unquote(rest).lstrip("/")
    if scheme.lower() in ("sip", "sips"):
        rest = rest.split("@", 1)[0]
    rest = rest.split(";", 1)[0].split("?", 1)[0].strip()  # RFC 3966 parameters, query
    return rest or None
