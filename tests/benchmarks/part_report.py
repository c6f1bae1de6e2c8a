"""The advice report: warm, first in a fresh process against the warm renders of the same
process (per-process ratios, see bench_report.first_report), the command line end to end, and
the warm cost per page as the report grows (a slope over some 60 pages, see bench_report)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import bench_report
import bench_startup
from dataset import build
from figures import Figure

CLI = "import sys; from partnercheck.cli import main; sys.exit(main(sys.argv[1:]))"


def report(runs: int, scratch: Path) -> list[Figure]:
    from partnercheck.workspace import checklist_library

    checklist = checklist_library().active
    warm, _ = bench_report.median_ms(bench_report.make_assessment(checklist, len(checklist.questions)), checklist, "nl", runs)
    first = bench_report.first_report(max(15, runs), scratch / "cache")
    slope = bench_report.per_page_ms(checklist, max(runs, 7))

    db = build(scratch / "report.sqlite3", 1)
    env = bench_startup.installed_like_environment(PARTNERCHECK_CACHE_DIR=str(scratch / "cache"))
    command = [sys.executable, "-c", CLI, "report", "1", "--db", str(db), "--out", str(scratch / "report.pdf")]
    cli = []
    for _ in range(max(3, runs // 2)):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        cli.append((time.perf_counter() - started) * 1000)
    return [
        Figure("report: full checklist, every note, 10 actions (warm)", warm, "ms", 1000),
        Figure(
            "report: the same, first in a fresh process",
            first.first_ms,
            "ms",
            note=(
                f"warm in the same processes {first.warm_ms:.0f} ms; "
                f"CPU {first.first_cpu_ms:.0f} / {first.warm_cpu_ms:.0f} ms, first - warm {first.cold_cpu_ms:.0f} ms; "
                f"font cache {first.font_cache}"
            ),
        ),
        Figure(
            "report: first / warm in the same fresh process (median)",
            first.ratio[0],
            "x",
            1.5,
            note=(
                f"p10-p90 {first.ratio[1]:.2f}-{first.ratio[2]:.2f} over {first.processes} processes; "
                f"CPU {first.cpu_ratio[0]:.2f} (p10-p90 {first.cpu_ratio[1]:.2f}-{first.cpu_ratio[2]:.2f})"
            ),
        ),
        Figure("report: partnercheck report end to end (fresh process)", statistics.median(cli), "ms"),
        Figure(
            "report: warm cost per page of notes (median of pair slopes)",
            slope.median,
            "ms",
            10,
            note=(
                f"p10-p90 {slope.p10:.1f}-{slope.p90:.1f}, {slope.pairs} pairs; "
                f"{slope.short_pages} pages {slope.short_ms:.0f} ms -> {slope.long_pages} pages {slope.long_ms:.0f} ms"
            ),
        ),
    ]
