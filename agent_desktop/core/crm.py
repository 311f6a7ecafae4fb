"""The "Open in CRM" link: the settings' URL template with the call's values filled in.

``{phone}``, ``{call_id}`` and ``{extension}`` are replaced, each URL-encoded, so a number or id
from the PBX can never change the link's shape. Only http and https links are made.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

FIELDS = ("phone", "call_id", "extension")


def crm_url(template: str, phone: str, call_id: str = "", extension: str = "") -> str | None:
    """The link, or None when no (usable) template is set."""
    template = template.strip()
    if urlsplit(template).scheme.lower() not in ("http", "https"):
        return None
    values = {"phone": phone, "call_id": call_id, "extension": extension}
    url = template
    for name in FIELDS:
        url = url.replace("{" + name + "}", quote(values[name], safe=""))
    return url
