"""Start-up of one or more source trees against the bare list window, in interleaved rounds.

    python tests/benchmarks/startup_pairs.py --db FILE [--rounds 21] [--src DIR ...] [--env NAME=VALUE ...]

Each round runs every program once, each in a fresh process, in an order that rotates from
round to round, so a change in the load of a shared machine falls on all of them alike. For
each program it records the wall time from process start to ``PARTNERCHECK_SHOWN`` and the
CPU time of the whole process (user + system, from the child's rusage); ratios are taken per
round and summarised as median and p10-p90, with the load average. Use it to compare a branch
with a checkout of main (``--src /tmp/main/src --src src``); ``--env`` sets a variable for the
last ``--src`` only (e.g. to switch an experiment on). The database is copied first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import bench_startup
from part_startup import BARE_LIST, TARGET_VS_LIST


def quantile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * (len(ordered) - 1) + 0.5))]


one = bench_startup.one_with_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="the database to start on (copied first)")
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--src", type=Path, action="append", help="a src folder to run (default: this checkout's)")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the last --src")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (xcb with DISPLAY set, ...)")
    args = parser.parse_args()
    sources = args.src or [Path(__file__).resolve().parents[2] / "src"]
    with tempfile.TemporaryDirectory(prefix="partnercheck-pairs-") as folder:
        scratch = Path(folder)
        db = scratch / args.db.name
        shutil.copyfile(args.db, db)
        base = bench_startup.installed_like_environment(
            QT_QPA_PLATFORM=args.platform,
            PARTNERCHECK_DB=str(db),
            PARTNERCHECK_SETTINGS=str(scratch / "settings.ini"),
            PARTNERCHECK_CACHE_DIR=str(scratch / "cache"),
            PARTNERCHECK_STARTUP_MARK="exit",
        )
        programs: dict[str, tuple[str, dict[str, str]]] = {"bare list": (BARE_LIST, base)}
        for i, src in enumerate(sources):
            env = dict(base, PYTHONPATH=str(src))
            if i == len(sources) - 1:
                env.update(item.split("=", 1) for item in args.env)
            programs[f"{i}: {str(src)[-30:]}"] = (bench_startup.APP, env)
        names = list(programs)
        for name in names:
            one(*programs[name])  # warm the file cache, the bytecode and the schema cache
        wall: dict[str, list[float]] = {name: [] for name in names}
        cpu: dict[str, list[float]] = {name: [] for name in names}
        loads = []
        for r in range(args.rounds):
            k = r % len(names)
            for name in names[k:] + names[:k]:
                w, c = one(*programs[name])
                wall[name].append(w)
                cpu[name].append(c)
            loads.append(os.getloadavg()[0])
    print(f"{args.rounds} rounds, {args.platform}; load average {statistics.median(loads):.2f} ({min(loads):.2f}-{max(loads):.2f})")
    for name in names:
        w, c = wall[name], cpu[name]
        print(
            f"{name:34s} wall {statistics.median(w) * 1000:6.1f} ms (p10-p90 {quantile(w, 0.1) * 1000:.0f}-{quantile(w, 0.9) * 1000:.0f})"
            f"  CPU {statistics.median(c) * 1000:6.1f} ms"
        )
    comparisons = [(name, "bare list") for name in names[1:]] + [(names[-1], name) for name in names[1:-1]]
    for a, b in comparisons:
        cells = []
        for label, times in (("wall", wall), ("CPU", cpu)):
            ratios = [x / y for x, y in zip(times[a], times[b], strict=True)]
            cells.append(f"{label} {statistics.median(ratios):.3f} (p10-p90 {quantile(ratios, 0.1):.2f}-{quantile(ratios, 0.9):.2f})")
        print(f"{a.split(':')[0]} / {b.split(':')[0]}: " + "   ".join(cells))
    print(f"target: <= {TARGET_VS_LIST}x the bare list window")


if __name__ == "__main__":
    sys.exit(main())
