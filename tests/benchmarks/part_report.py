"""The advice report: warm, first in a fresh process, the command line end to end, and the
cost per page as the report grows."""

from __future__ import annotations

import io
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


def _pages(pdf: bytes) -> int:
    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def report(runs: int, scratch: Path) -> list[Figure]:
    from partnercheck.report import render_report
    from partnercheck.workspace import checklist_library

    checklist = checklist_library().active
    warm, _ = bench_report.median_ms(bench_report.make_assessment(checklist, len(checklist.questions)), checklist, "nl", runs)
    first = bench_report.fresh_first_render_ms(max(3, runs // 2))
    big = bench_report.doubled(checklist)
    small_doc, large_doc = bench_report.make_assessment(big, 10), bench_report.make_assessment(big, 100)
    ten, _ = bench_report.median_ms(small_doc, big, "nl", runs)
    hundred, _ = bench_report.median_ms(large_doc, big, "nl", runs)
    pages = _pages(render_report(large_doc, big, "nl")) - _pages(render_report(small_doc, big, "nl"))

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
        Figure("report: the same, first in a fresh process", first, "ms"),
        Figure("report: first in a fresh process / warm", first / warm, "x", 1.5),
        Figure("report: partnercheck report end to end (fresh process)", statistics.median(cli), "ms"),
        Figure(
            f"report: 10 -> 100 notes ({len(big.questions)} questions), warm",
            hundred - ten,
            "ms",
            note=f"{ten:.0f} -> {hundred:.0f} ms, {pages} pages more",
        ),
        Figure("report: warm cost per page as it grows", (hundred - ten) / pages if pages > 0 else None, "ms", 10),
    ]
