"""Benchmarks: ``make bench`` (``python -m tests.bench``). Not collected by pytest (bench_*.py)."""
