"""``python -m tests.bench [--quick] [--only NAME …] [--out FILE]``: run every benchmark, each in
its own process (its own Qt application, nothing left over from another), print a table of figures
against their targets and write them to a JSON file. Exit status 1 when a target is missed.

A benchmark is a module ``tests/bench/bench_<name>.py`` run as ``python -m
tests.bench.bench_<name> [--quick]`` that ends by printing its figures with ``figures.emit``.
Timings that can be compared are compared with a baseline measured in the same run (a ratio),
because the machines are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
TIME_LIMIT = 900  # seconds per benchmark


def benchmarks() -> list[str]:
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def run_one(name: str, quick: bool) -> tuple[list[dict], str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = [sys.executable, "-m", f"tests.bench.bench_{name}"] + (["--quick"] if quick else [])
    try:
        done = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True,
                              timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return [], f"timed out after {TIME_LIMIT} s"
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("BENCH-FIGURES "):
            return json.loads(line.removeprefix("BENCH-FIGURES ")), ""
    return [], (done.stderr.strip().splitlines() or ["no figures"])[-1][:200]


def table(rows: list[dict]) -> str:
    lines = [f"{'benchmark':<12} {'figure':<46} {'value':>12}  {'target':<16} result"]
    for r in rows:
        value = f"{r['value']:.3g} {r['unit']}".strip()
        result = {True: "ok", False: "MISSED", None: ""}[r["ok"]]
        lines.append(f"{r['bench']:<12} {r['name']:<46} {value:>12}  {r['target']:<16} {result}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke run)")
    parser.add_argument("--only", action="append", choices=benchmarks(), metavar="NAME")
    parser.add_argument("--out", type=Path, default=REPO / "bench-results.json")
    ns = parser.parse_args(argv)
    rows: list[dict] = []
    failures: list[str] = []
    started = time.time()
    for name in ns.only or benchmarks():
        print(f"running {name}…", flush=True)
        figures, error = run_one(name, ns.quick)
        if error:
            failures.append(f"{name}: {error}")
        rows.extend(figures)
    print()
    print(table(rows))
    for failure in failures:
        print("FAILED", failure)
    ns.out.write_text(json.dumps({
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "seconds": round(time.time() - started),
        "quick": ns.quick, "machine": {"python": platform.python_version(),
                                       "system": platform.platform(), "cpus": os.cpu_count()},
        "figures": rows, "failures": failures}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8")
    print(f"\nwritten to {ns.out}")
    missed = [r for r in rows if r["ok"] is False]
    return 1 if missed or failures else 0


if __name__ == "__main__":
    sys.exit(main())
