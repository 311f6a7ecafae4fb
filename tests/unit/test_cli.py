"""The command line and the links it accepts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent_desktop.cli import parse
from agent_desktop.core.uri import dial_target


@pytest.mark.parametrize(
    ("link", "number"),
    [
        ("tel:0899098899", "0899098899"),
        ("tel:+84-899-098-899", "+84-899-098-899"),
        ("tel:+84%20899%20098%20899", "+84 899 098 899"),
        ("TEL:0899098899;ext=12", "0899098899"),
        ("callto:0899098899", "0899098899"),
        ("callto://0899098899", "0899098899"),
        ("sip:0899098899@pbx.example.com", "0899098899"),
        ("sips:101@pbx.example.com;transport=tls", "101"),
        ("tel:", None),
        ("mailto:a@b.c", None),
        ("0899098899", None),
        ("http://example.com/tel:1", None),
    ],
)
def test_links(link: str, number: str | None) -> None:
    assert dial_target(link) == number


@given(st.text(max_size=300))
def test_dial_target_never_crashes(text: str) -> None:
    result = dial_target(text)
    assert result is None or (result and len(result) <= 256)


def test_options() -> None:
    o = parse(["--demo", "--demo-role", "supervisor", "--screenshot", "/tmp/x",
               "--poll-interval", "2", "tel:0899098899", "--dial", "0912345678", "junk"])
    assert o.demo and o.demo_role == "supervisor" and o.poll_interval == 2.0
    assert o.dial == ["0912345678", "0899098899"] and o.ignored == ["junk"]
    assert o.forwarded() == ["--dial=0912345678", "--dial=0899098899"]
    assert parse(["--dial=0899"]).dial == ["0899"]


@pytest.mark.parametrize("argv", [["--server", "http://x"], ["--demo", "--server", "u",
                                                              "--username", "a"],
                                  ["--poll-interval", "0"], ["--demo-role", "boss"]])
def test_bad_options_exit_with_usage(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        parse(argv)
    assert info.value.code == 2
