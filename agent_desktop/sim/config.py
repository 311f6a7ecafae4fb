"""Settings of one simulator run: seed, token lifetime, call timings, CDR mapping, demo traffic.

Every delay is in seconds. Tests use tiny delays (0.01–0.1 s); the demo uses human ones. The
control API (`POST /_sim/config`) changes a running simulator through `SimConfig.update`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

CDR_MAPPINGS = ("default", "flex")
START_UP_ONLY = ("seed", "cdr_count", "cdr_days")  # they shape the seeded tenant


@dataclass
class SimConfig:
    """How the simulated PBX behaves. Defaults are the demo's."""

    seed: int = 1
    token_ttl: float = 3600.0
    # The simulated agent's phone answers a click-to-call after this delay; None: it rings until
    # the control API answers it or `ring_timeout` passes.
    agent_answer_delay: float | None = 1.0
    agent_answer_probability: float = 1.0
    customer_answer_delay: float = 2.0
    customer_answer_probability: float = 0.8
    talk_time: tuple[float, float] = (20.0, 90.0)
    ring_timeout: float = 25.0
    cdr_mapping: str = "default"
    traffic: bool = False
    traffic_interval: tuple[float, float] = (5.0, 15.0)
    # Demo traffic: how long a logged-in agent lets an inbound call ring, and how often they answer.
    traffic_answer_delay: tuple[float, float] = (2.0, 6.0)
    traffic_answer_probability: float = 0.85
    # Webhook delivery: attempts in all, the first retry's delay (doubling), time-out per attempt.
    webhook_attempts: int = 3
    webhook_retry_delay: float = 0.5
    webhook_timeout: float = 5.0
    # Autodialer / autocall queues (dialer.py): the pause between two calls a running queue
    # places, the wait before a customer is dialled again, how often a queue with nobody to
    # dial for looks again (autodialer agents logged out or busy), and the factor applied to a
    # queue's own seconds (`min_recall_duration`) so tests need not wait for them.
    queue_dial_delay: float = 1.0
    queue_recall_delay: float = 30.0
    queue_idle_poll: float = 1.0
    queue_time_scale: float = 1.0
    # The seeded history.
    cdr_count: int = 300
    cdr_days: int = 7

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise ValueError when a setting is out of range."""
        if self.cdr_mapping not in CDR_MAPPINGS:
            raise ValueError(f"cdr_mapping must be one of {', '.join(CDR_MAPPINGS)}")
        for name in ("agent_answer_probability", "customer_answer_probability",
                     "traffic_answer_probability"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        for name in ("talk_time", "traffic_interval", "traffic_answer_delay"):
            low, high = getattr(self, name)
            if low < 0 or high < low:
                raise ValueError(f"{name} must be [low, high] with 0 <= low <= high")
        for name in ("token_ttl", "customer_answer_delay", "ring_timeout", "webhook_retry_delay",
                     "webhook_timeout", "queue_dial_delay", "queue_recall_delay",
                     "queue_time_scale"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if self.agent_answer_delay is not None and self.agent_answer_delay < 0:
            raise ValueError("agent_answer_delay must not be negative")
        if self.queue_idle_poll <= 0:
            raise ValueError("queue_idle_poll must be positive")
        if self.webhook_attempts < 1:
            raise ValueError("webhook_attempts must be at least 1")

    def update(self, changes: dict[str, Any]) -> None:
        """Apply `changes` (JSON values) atomically: on any error nothing changes."""
        known = {f.name: f for f in fields(self)}
        staged: dict[str, Any] = {}
        for name, value in changes.items():
            if name in START_UP_ONLY:
                raise ValueError(f"{name} can only be set at start-up")
            if name not in known:
                raise ValueError(f"unknown setting: {name}")
            staged[name] = _coerce(name, getattr(self, name), value)
        before = {name: getattr(self, name) for name in staged}
        for name, value in staged.items():
            setattr(self, name, value)
        try:
            self.validate()
        except ValueError:
            for name, value in before.items():
                setattr(self, name, value)
            raise

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


def _coerce(name: str, current: Any, value: Any) -> Any:
    if isinstance(current, tuple) or name in ("talk_time", "traffic_interval",
                                              "traffic_answer_delay"):
        if not (isinstance(value, (list, tuple)) and len(value) == 2
                and all(_is_number(v) for v in value)):
            raise ValueError(f"{name} must be a pair of numbers")
        return (float(value[0]), float(value[1]))
    if name == "agent_answer_delay" and value is None:
        return None
    if isinstance(current, bool):
        if not isinstance(value, bool):
            raise ValueError(f"{name} must be true or false")
        return value
    if isinstance(current, int) and not isinstance(current, bool) and name != "token_ttl":
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"{name} must be an integer")
        return value
    if isinstance(current, str):
        if not isinstance(value, str):
            raise ValueError(f"{name} must be a string")
        return value
    if not _is_number(value):
        raise ValueError(f"{name} must be a number")
    return float(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
