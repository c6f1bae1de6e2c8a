"""Every speed target in one run: one line per figure with its target; exit 1 when one is missed.

    python tests/benchmarks/run.py [--quick] [--sizes 50,10000,100000] [--pairs 15] [--data DIR]

Start-up is measured in pairs of fresh processes run back to back (PartnerCheck, a bare
window, a bare list window), at every database size, and reported as the median of the
per-pair ratios with its spread; the window on 10,000 and 100,000 assessments from inside
(list, filter per letter, counting, RSS and PSS); saves long enough to include WAL
checkpoints; import of one file and of a folder; the report warm, first in a fresh process
and per page. The machine's load average is printed before and after: compare figures only
from runs under similar load. ``--quick`` is a smoke run (fewer pairs and runs, no 100,000).
The data sets are built once with dataset.py and kept in ``--data`` (building 100,000 takes
minutes).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from dataset import build  # noqa: E402
from figures import Figure  # noqa: E402


def load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def datasets(sizes: list[int], data: Path) -> dict[int, Path]:
    """The data set of each size, built by dataset.py once (seed 1) and kept in ``data``."""
    data.mkdir(parents=True, exist_ok=True)
    found = {}
    for size in sizes:
        path = data / f"assessments-{size}.sqlite3"
        if not path.exists():
            started = time.perf_counter()
            print(f"building {path} ({size:,} assessments) ...", file=sys.stderr, flush=True)
            build(path.with_suffix(".partial"), size)
            path.with_suffix(".partial").rename(path)
            print(f"  {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        found[size] = path
    return found


def ties(runs: int) -> list[Figure]:
    import bench_ties

    figures = bench_ties.measure(2000, runs)
    return [
        Figure("2,000 ties x 5 assessments x 30 events: portfolio", figures["portfolio_ms"], "ms", 200),
        Figure("2,000 ties x 5 assessments x 30 events: search (two words)", figures["search_ms"], "ms", 50),
        Figure("2,000 ties x 5 assessments x 30 events: search (common word)", figures["search_common_ms"], "ms", 50),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: fewer repetitions, no 100,000")
    parser.add_argument("--sizes", help="database sizes for start-up and the window (default 50,10000,100000)")
    parser.add_argument("--pairs", type=int, help="start-up pairs per size (default 15)")
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "partnercheck-bench", help="where the data sets are kept")
    parser.add_argument("--only", help="comma-separated parts: startup, window, saves, import, ties, report")
    args = parser.parse_args()
    sizes = [int(s) for s in (args.sizes or ("50,10000" if args.quick else "50,10000,100000")).split(",")]
    pairs = args.pairs or (5 if args.quick else 15)
    runs = 3 if args.quick else 7
    parts = set((args.only or "startup,window,saves,import,ties,report").split(","))

    import PySide6

    print(
        f"PartnerCheck benchmarks on {platform.node() or 'this machine'}: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, {platform.platform(terse=True)}"
    )
    print(f"before: {load()}", flush=True)
    databases = datasets(sizes, args.data)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        steps = []
        if "startup" in parts:
            from part_startup import startup

            steps.append(lambda: startup(databases, pairs, scratch))
        if "window" in parts:
            from part_window import window

            steps.append(lambda: window(databases, max(3, runs // 2), scratch))
        if "saves" in parts:
            from part_store import saving

            steps.append(lambda: saving(1000 if args.quick else 5000))
        if "import" in parts:
            from part_import import importing

            steps.append(lambda: importing(runs + 4, 1000, scratch))
        if "ties" in parts:
            steps.append(lambda: ties(runs))
        if "report" in parts:
            from part_report import report

            steps.append(lambda: report(runs, scratch))
        for step in steps:
            for figure in step():
                print(figure.line(), flush=True)
                figures.append(figure)
    print(f"after: {load()}")
    missed = [f for f in figures if not f.ok]
    print(f"{len(figures) - len(missed)} of {len(figures)} figures within target" if not missed else f"MISSED: {', '.join(f.name for f in missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
