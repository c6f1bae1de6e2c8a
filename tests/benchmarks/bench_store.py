"""Saving one answer: p50 and p99 over 1,000 saves, each its own committed transaction.

python tests/benchmarks/bench_store.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from partnercheck.domain.assessment import Answer
from partnercheck.workspace import open_store

sys.path.insert(0, str(Path(__file__).parent))
from dataset import build, make_assessment  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def save_latencies(saves: int = 1000, background: int = 2000) -> list[float]:
    """Seconds per save, in a database that already holds ``background`` assessments."""
    import random

    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp) / "bench.sqlite3", background)
        store = open_store(path)
        checklist = store.library.active
        assessment_id = store.create(make_assessment(random.Random(5), checklist, 0))
        questions = checklist.questions
        timings = []
        for i in range(saves):
            q = questions[i % len(questions)]
            option = q.options[i % len(q.options)]
            started = time.perf_counter()
            store.save_answer(assessment_id, q.id, Answer(option.value, f"notitie {i}"))
            timings.append(time.perf_counter() - started)
        store.close()
    return timings


def main() -> int:
    timings = save_latencies()
    print(
        f"save one answer: p50 {percentile(timings, 50) * 1000:.2f} ms, p99 {percentile(timings, 99) * 1000:.2f} ms, "
        f"mean {statistics.mean(timings) * 1000:.2f} ms over {len(timings)} saves"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
