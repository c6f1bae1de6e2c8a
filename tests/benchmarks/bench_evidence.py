"""Evidence in the database: attaching a 20 MB file; opening the database and reading the list
of 10,000 assessments with and without 1 GB of evidence beside them; backup speed.

python tests/benchmarks/bench_evidence.py [--gigabytes 1.0]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from partnercheck.workspace import open_store

sys.path.insert(0, str(Path(__file__).parent))
from dataset import build  # noqa: E402

FILE_MB = 20
# A fresh process opens the database and reads the list, as the window's first screen does.
LIST_PROBE = (
    "import sys, time; t = time.perf_counter(); from partnercheck.workspace import open_store; "
    "s = open_store(sys.argv[1]); rows = s.list_summaries(); print((time.perf_counter() - t) * 1000, len(rows))"
)


def attach_times(store, assessment_id: int, question: str, count: int) -> list[float]:
    base = os.urandom(FILE_MB * 1024 * 1024 - 4)
    timings = []
    for i in range(count):
        content = i.to_bytes(4, "big") + base  # a new file each time: no dedupe
        started = time.perf_counter()
        store.attach(assessment_id, question, f"scan-{i}.tiff", content)
        timings.append(time.perf_counter() - started)
    return timings


def list_ms(path: Path, runs: int = 7) -> float:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    values = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", LIST_PROBE, str(path)], capture_output=True, text=True, check=True, env=env).stdout.split()
        values.append(float(out[0]))
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gigabytes", type=float, default=1.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp) / "evidence.sqlite3", 10_000)
        before = list_ms(path)
        store = open_store(path)
        first = store.list_summaries()[0].id
        question = store.checklist_for(store.get(first)).questions[0].id
        files = max(1, round(args.gigabytes * 1024 / FILE_MB))
        timings = attach_times(store, first, question, files)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_mb = path.stat().st_size / 1024 / 1024
        print(f"attach a {FILE_MB} MB file: median {statistics.median(timings) * 1000:.0f} ms, slowest {max(timings) * 1000:.0f} ms ({files} files)")
        started = time.perf_counter()
        store.list_evidence(first)
        print(f"list the {files} files of one assessment: {(time.perf_counter() - started) * 1000:.1f} ms")
        started = time.perf_counter()
        backup = store.backup(progress=lambda done, total: None)
        seconds = time.perf_counter() - started
        print(f"backup of {size_mb:.0f} MB (online backup in steps, integrity check of the copy): {seconds:.1f} s, {size_mb / seconds:.0f} MB/s")
        backup.unlink()
        store.close()
        after = list_ms(path)
        print(
            f"open the database and read the list of 10,000 assessments: {before:.0f} ms without evidence, "
            f"{after:.0f} ms with {size_mb:.0f} MB (target < 300 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
