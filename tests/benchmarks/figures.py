"""What every part of the benchmark reports: a figure with its target, and paired statistics.

Timings on a shared machine drift with its load; a ratio taken within one pair of runs made
back to back sees the same load on both sides, so the start-up figures are medians of
per-pair ratios, with the spread (10th to 90th percentile of the pairs) beside them.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass
class Figure:
    name: str
    value: float | None  # None: could not be measured (said in ``note``)
    unit: str
    target: float | None = None  # None: reported, not held to a target
    higher_is_worse: bool = True
    note: str = ""

    @property
    def ok(self) -> bool:
        if self.target is None:
            return True
        if self.value is None:
            return False
        return self.value <= self.target if self.higher_is_worse else self.value >= self.target

    def line(self) -> str:
        value = f"{self.value:9.2f}" if self.value is not None else f"{'n/a':>9}"
        target = "" if self.target is None else f"  target {'<=' if self.higher_is_worse else '>='} {self.target:g} {self.unit}"
        verdict = "" if self.target is None else ("  ok" if self.ok else "  MISSED")
        note = f"  ({self.note})" if self.note else ""
        return f"{self.name:<62} {value} {self.unit:<5}{target}{verdict}{note}"


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile, nearest rank (what a user meets at that share of the tries)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def paired_ratio(numerators: list[float], denominators: list[float]) -> tuple[float, float, float]:
    """Median of the per-pair ratios and its spread (10th and 90th percentile)."""
    ratios = [n / d for n, d in zip(numerators, denominators, strict=True)]
    return statistics.median(ratios), percentile(ratios, 10), percentile(ratios, 90)
