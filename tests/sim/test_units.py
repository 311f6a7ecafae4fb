"""Small pieces without a server: settings validation, phone forms, byte ranges, faults' roll."""

from __future__ import annotations

import pytest

from agent_desktop.sim import SimConfig
from agent_desktop.sim.audio import _parse_range
from agent_desktop.sim.faults import Faults, FaultSettings
from agent_desktop.sim.tenant import normalize_phone


@pytest.mark.parametrize("settings", [
    {"cdr_mapping": "xml"}, {"talk_time": (5.0, 1.0)}, {"customer_answer_probability": 1.5},
    {"ring_timeout": -1}, {"agent_answer_delay": -0.1}, {"webhook_attempts": 0},
])
def test_config_rejects_nonsense(settings):
    with pytest.raises(ValueError):
        SimConfig(**settings)


def test_config_update_is_all_or_nothing():
    config = SimConfig()
    with pytest.raises(ValueError):
        config.update({"ring_timeout": 3, "talk_time": [9, 1]})
    assert config.ring_timeout == 25.0 and config.talk_time == (20.0, 90.0)
    config.update({"agent_answer_delay": None, "webhook_attempts": 5, "traffic": True})
    assert config.agent_answer_delay is None and config.webhook_attempts == 5 and config.traffic
    for name in ("seed", "cdr_count"):
        with pytest.raises(ValueError, match="start-up"):
            config.update({name: 2})
    with pytest.raises(ValueError):
        config.update({"webhook_attempts": 2.5})


@pytest.mark.parametrize("raw, normal", [
    ("0899888999", "0899888999"), ("84899888999", "0899888999"), ("+84899888999", "0899888999"),
    ("0899 888 999", "0899888999"), ("101", "101"), ("19001919", "19001919"),
])
def test_phone_forms(raw, normal):
    assert normalize_phone(raw) == normal


@pytest.mark.parametrize("header, expected", [
    ("bytes=0-9", (0, 9)), ("bytes=10-", (10, 99)), ("bytes=-5", (95, 99)),
    ("bytes=90-200", (90, 99)), ("bytes=5-1", None), ("bytes=0-1,5-6", None), ("items=0-1", None),
    ("bytes=x-1", None), ("", None), ("bytes=100-", (100, 100)),
])
def test_byte_ranges(header, expected):
    assert _parse_range(header, 100) == expected


def test_fault_roll_follows_the_rates():
    faults = Faults()
    faults.configure(FaultSettings(reset_rate=0.2, error_rate=0.3, garbage_rate=0.1, seed=5))
    rolls = [faults.roll() for _ in range(4000)]
    for kind, rate in (("reset", 0.2), ("error", 0.3), ("garbage", 0.1), ("", 0.4)):
        assert abs(rolls.count(kind) / 4000 - rate) < 0.03, kind
    faults.clear()
    assert faults.roll() == ""
