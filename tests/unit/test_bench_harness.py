"""The benchmark harness (``make bench``): figures, percentiles, the table, the JSON file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench import __main__ as bench
from tests.bench.figures import Figure, emit, percentile

REPO = Path(__file__).resolve().parents[2]


def test_percentiles() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == pytest.approx(50.5, abs=0.1)
    assert percentile(values, 0.95) == pytest.approx(95.05, abs=0.1)
    assert percentile([7.0], 0.95) == 7.0


def test_the_table_says_which_targets_are_missed(capsys: pytest.CaptureFixture[str]) -> None:
    emit([Figure("poll", "cycle at 1,000 calls (p95)", 3.2, "ms", "≤ 5 ms", True),
          Figure("poll", "reset baseline (p95)", 40.0, "ms"),
          Figure("idle", "CPU over 60 s", 1.7, "% of a core", "≤ 1 %", False)])
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith("BENCH-FIGURES ")
    rows = json.loads(line.removeprefix("BENCH-FIGURES "))
    text = bench.table(rows)
    assert "cycle at 1,000 calls (p95)" in text and "MISSED" in text.splitlines()[3]
    assert text.splitlines()[1].rstrip().endswith("ok")


def test_every_benchmark_is_a_module_the_runner_finds() -> None:
    names = bench.benchmarks()
    assert names and all((REPO / "tests" / "bench" / f"bench_{n}.py").is_file() for n in names)
