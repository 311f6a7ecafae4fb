"""What a benchmark reports: figures with their targets, as JSON lines a runner can collect."""

from __future__ import annotations

import json
import statistics
import sys
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure. ``target`` is how it is judged, in words ("≤ 5 ms", "≥ 10×");
    ``ok`` is whether it met it (None: a figure for information, e.g. a baseline)."""

    bench: str
    name: str
    value: float
    unit: str
    target: str = ""
    ok: bool | None = None
    note: str = ""


def percentile(values: list[float], fraction: float) -> float:
    """The ``fraction`` quantile (0.95 for p95) by linear interpolation."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=1000, method="inclusive")[round(fraction * 1000) - 1]


def emit(figures: list[Figure]) -> None:
    """Print the figures as the last line of stdout, for the runner."""
    sys.stdout.flush()
    print("BENCH-FIGURES " + json.dumps([asdict(f) for f in figures], ensure_ascii=False),
          flush=True)
