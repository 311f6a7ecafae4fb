"""The PBX vendors the app speaks to: what each one needs at login, what it can do, its client.

    info = VENDORS["omicall"]            # name, labels for the login fields, capabilities
    client = make_client("omicall", "https://acme.omicall.vn")
    await client.login("101", api_key)

The labels are English source texts; the UI translates them (they are listed for lupdate with
QT_TRANSLATE_NOOP in the login dialog's context by whoever shows them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .base import Capabilities, PbxClient
from .omicall import CAPABILITIES as OMICALL_CAPABILITIES
from .omicall import OmicallClient
from .tel4vn import Tel4vnClient
from .telecmi import CAPABILITIES as TELECMI_CAPABILITIES
from .telecmi import DEFAULT_URL as TELECMI_URL
from .telecmi import TelecmiClient


@dataclass(frozen=True)
class VendorInfo:
    key: str
    name: str  # shown as it is (a brand)
    default_url: str  # "" when each customer has their own address
    username_label: str
    password_label: str
    capabilities: Capabilities


VENDORS: dict[str, VendorInfo] = {
    "tel4vn": VendorInfo("tel4vn", "TEL4VN", "", "Username", "Password",
                         Tel4vnClient.capabilities),
    "omicall": VendorInfo("omicall", "OMICall", "", "Extension", "API key",
                          OMICALL_CAPABILITIES),
    "telecmi": VendorInfo("telecmi", "TeleCMI", TELECMI_URL, "User id", "App secret",
                          TELECMI_CAPABILITIES),
}

_CLIENTS: dict[str, Any] = {"tel4vn": Tel4vnClient, "omicall": OmicallClient,
                            "telecmi": TelecmiClient}


def make_client(vendor: str, base_url: str, **kwargs: Any) -> PbxClient:
    """A client for ``vendor`` (a key of VENDORS, any case) at ``base_url`` (the vendor's default
    when empty); ``kwargs``: verify, transport, timeout. ValueError for an unknown vendor."""
    key = (vendor or "").strip().lower()
    if key not in _CLIENTS:
        raise ValueError(f"unknown PBX vendor {vendor!r}; one of: {', '.join(VENDORS)}")
    url = base_url.strip() or VENDORS[key].default_url
    client: PbxClient = _CLIENTS[key](url, **kwargs)
    return client
