"""``partnercheck import`` end to end, each run a fresh process as a script would start it:
one file, and a folder of files in one run."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import bench_startup
from dataset import build
from figures import Figure

from partnercheck.services.transfer import export_text
from partnercheck.workspace import open_store

CLI = "import sys; from partnercheck.cli import main; sys.exit(main(sys.argv[1:]))"


def _run(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CLI, *args], env=env, capture_output=True, text=True, timeout=600)
    return time.perf_counter() - started, done.returncode


def importing(runs: int, folder_files: int, scratch: Path) -> list[Figure]:
    source = build(scratch / "import-source.sqlite3", 1)
    store = open_store(source)
    text = export_text(store.get(store.list_summaries()[0].id))
    store.close()
    one = scratch / "one.json"
    one.write_text(text, encoding="utf-8")
    folder = scratch / "inbox"
    folder.mkdir(exist_ok=True)
    doc = json.loads(text)
    for i in range(folder_files):
        doc["partnership"]["dutch_party"] = f"Gemeente {i:05d}"
        # Each file its own assessment: with one uuid, all but the first would be refused.
        doc["uuid"] = str(uuid.UUID(int=i + 1))
        (folder / f"{i:05d}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    # Each timed run imports an assessment the database does not hold yet (its own uuid and
    # party), as a script importing a day's files does: the same file again would only take
    # the short "already here, unchanged" path. Written beforehand, so no run pays for that.
    singles_in = []
    for i in range(runs):
        doc["partnership"]["dutch_party"] = f"Gemeente enkel {i:03d}"
        doc["uuid"] = str(uuid.UUID(int=1_000_000 + i))
        singles_in.append(scratch / f"single-{i:03d}.json")
        singles_in[-1].write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    env = bench_startup.installed_like_environment(PARTNERCHECK_CACHE_DIR=str(scratch / "cache"))
    db = scratch / "imported.sqlite3"
    _run(["import", str(one), "--db", str(db)], env)  # creates the database, fills the checklist cache
    timed = [_run(["import", str(file), "--db", str(db)], env) for file in singles_in]
    singles = [seconds * 1000 for seconds, _ in timed]
    refused = sum(status != 0 for _, status in timed)
    seconds, status = _run(["import", str(folder), "--db", str(scratch / "folder.sqlite3")], env)
    return [
        Figure(
            "import one file, end to end (fresh process, median)",
            statistics.median(singles) if not refused else None,
            "ms",
            150,
            note=f"{runs} runs, each a new assessment" if not refused else f"{refused} of {runs} imports refused",
        ),
        Figure(
            f"import a folder of {folder_files:,} files, end to end",
            folder_files / seconds if status == 0 else None,
            "files/s",
            500,
            higher_is_worse=False,
            note=f"{seconds:.2f} s in one process" if status == 0 else f"exit status {status}",
        ),
    ]
