"""The window on a large database, measured from inside (window_probe.py, a fresh process
per run): list shown, filter per typed letter, counting the matches, memory."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

import bench_startup
from figures import Figure, percentile

HERE = Path(__file__).parent
WORD = "Nijmegen"  # typed letter by letter; one of the data set's municipalities


def probe(db: Path, scratch: Path, word: str = WORD) -> dict[str, object]:
    env = bench_startup.installed_like_environment(QT_QPA_PLATFORM="offscreen", PARTNERCHECK_CACHE_DIR=str(scratch / "cache"))
    out = subprocess.run([sys.executable, str(HERE / "window_probe.py"), str(db), word], env=env, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def window(databases: dict[int, Path], runs: int, scratch: Path) -> list[Figure]:
    figures: list[Figure] = []
    for size, db in databases.items():
        if size < 10_000:
            continue
        probe(db, scratch)  # warm: file cache, a migration once
        probes = [probe(db, scratch) for _ in range(runs)]
        letters = [k * 1000 for p in probes for k in p["keystrokes"]]  # type: ignore[attr-defined]
        big = size >= 100_000
        label = f"{size:,} assessments"
        figures += [
            Figure(f"{label}: open the database and show the list", statistics.median(float(p["open"]) for p in probes) * 1000, "ms", 300),  # type: ignore[arg-type]
            Figure(f"{label}: filter, per typed letter (median)", statistics.median(letters), "ms"),
            Figure(f"{label}: filter, per typed letter (p90)", percentile(letters, 90), "ms", 30 if big else None, note=f"{len(letters)} letters"),
            Figure(f"{label}: filter, clearing it", statistics.median(float(p["clear"]) for p in probes) * 1000, "ms"),  # type: ignore[arg-type]
            Figure(f"{label}: count the matches once typing pauses", statistics.median(float(p["count"]) for p in probes) * 1000, "ms"),  # type: ignore[arg-type]
            Figure(f"{label}: window peak memory (RSS)", max(float(p["peak_mib"]) for p in probes), "MiB", 120 if big else None),  # type: ignore[arg-type]
            Figure(
                f"{label}: window memory (PSS)",
                max(float(p["pss_mib"]) for p in probes) if all(p.get("pss_mib") for p in probes) else None,  # type: ignore[arg-type]
                "MiB",
                note="" if all(p.get("pss_mib") for p in probes) else "no /proc/self/smaps_rollup",
            ),
        ]
    return figures
