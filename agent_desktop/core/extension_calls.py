"""Each extension's current call, for the agent board: ``calls_by_extension`` counts a list of
calls from scratch (the reference); ``ExtensionCalls`` keeps the same answer from the poller's
diffs, so a poll costs work for the extensions its added, changed and removed calls touch, not
for every call on the PBX (at 5,000 calls, recounting took about 6 ms a poll, and putting every
agent's row again about 35 ms more).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from ..pbx.models import LiveCall
from .call_diff import CallDiff, is_answered

__all__ = ["ExtensionCalls", "calls_by_extension", "call_rank"]


def call_rank(call: LiveCall) -> tuple[bool, bool, float, str]:
    """Talking before ringing, customer calls before internal legs (a supervisor listening in),
    older before newer; the call_id settles a tie, the same whatever order the PBX lists them."""
    started = call.created_time.timestamp() if call.created_time is not None else math.inf
    return (not is_answered(call), call.direction == "local", started, call.call_id)


def _sides(call: LiveCall) -> frozenset[str]:
    return frozenset(side for side in (call.source, call.destination) if side)


def calls_by_extension(calls: Iterable[LiveCall]) -> dict[str, LiveCall]:
    """Each extension's current call: the extension may be on either side of it."""
    best: dict[str, LiveCall] = {}
    for call in calls:
        for side in _sides(call):
            if side not in best or call_rank(call) < call_rank(best[side]):
                best[side] = call
    return best


class ExtensionCalls:
    """``calls_by_extension`` of the poller's calls, kept from its diffs. ``best`` is the
    answer; ``apply`` and ``rebuild`` return the extensions whose entry may have changed."""

    def __init__(self) -> None:
        self.best: dict[str, LiveCall] = {}
        self._on: dict[str, dict[str, LiveCall]] = {}  # extension: its calls, by call_id
        self._sides: dict[str, frozenset[str]] = {}  # call_id: the extensions it is on

    def __len__(self) -> int:
        return len(self._sides)

    def clear(self) -> set[str]:
        """Hold nothing; return the extensions that had a call."""
        touched = set(self.best)
        self.best, self._on, self._sides = {}, {}, {}
        return touched

    def rebuild(self, calls: Iterable[LiveCall]) -> set[str]:
        """Hold exactly ``calls``."""
        touched = self.clear()
        for call in calls:
            self._hold(call)
        self.best = {ext: min(on.values(), key=call_rank) if len(on) > 1
                     else next(iter(on.values())) for ext, on in self._on.items()}
        return touched | set(self.best)

    def apply(self, diff: CallDiff) -> set[str]:
        touched: set[str] = set()
        for call in diff.removed:
            touched |= self._let_go(call.call_id)
        for calls in (diff.added, diff.changed):
            for call in calls:
                touched |= self._let_go(call.call_id)
                touched |= self._hold(call)
        for ext in touched:
            on = self._on.get(ext)
            if not on:
                self.best.pop(ext, None)
            elif len(on) == 1:  # most extensions are on one call: nothing to rank
                self.best[ext] = next(iter(on.values()))
            else:
                self.best[ext] = min(on.values(), key=call_rank)
        return touched

    def _hold(self, call: LiveCall) -> frozenset[str]:
        sides = self._sides[call.call_id] = _sides(call)
        for side in sides:
            self._on.setdefault(side, {})[call.call_id] = call
        return sides

    def _let_go(self, call_id: str) -> frozenset[str]:
        sides = self._sides.pop(call_id, frozenset())
        for side in sides:
            on = self._on[side]
            del on[call_id]
            if not on:
                del self._on[side]
        return sides
