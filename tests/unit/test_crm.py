"""The CRM link."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from agent_desktop.core.crm import crm_url


def test_fields_are_filled_and_encoded() -> None:
    url = crm_url("https://crm.example.com/search?phone={phone}&call={call_id}&ext={extension}",
                  "+84 899&x=1", "c/1", "101")
    assert url == "https://crm.example.com/search?phone=%2B84%20899%26x%3D1&call=c%2F1&ext=101"


def test_only_web_links() -> None:
    assert crm_url("", "1") is None
    assert crm_url("javascript:alert({phone})", "1") is None
    assert crm_url("file:///etc/passwd?{phone}", "1") is None
    assert crm_url("http://crm/{phone}", "0899") == "http://crm/0899"


@given(st.text(), st.text(), st.text())
def test_values_never_change_the_host(phone: str, call_id: str, ext: str) -> None:
    url = crm_url("https://crm.example.com/p?n={phone}&c={call_id}&e={extension}", phone,
                  call_id, ext)
    assert url is not None and url.startswith("https://crm.example.com/p?n=")
    assert "#" not in url and " " not in url
