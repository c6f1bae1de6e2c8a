"""Saving one answer as the window saves: 5,000 saves in bursts of PAUSE_EVERY, each burst
followed by the flush the window makes once typing pauses (a WAL checkpoint, ui.idle_flush),
timed on its own. p50, p99 and the slowest save, with the settings that decide them, and the
flushes; the automatic checkpoint's backstop (store.transactions) stays on, so a save that
meets one counts among the saves."""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from dataset import build, make_assessment
from figures import Figure, percentile

from partnercheck.domain.assessment import Answer
from partnercheck.workspace import open_store


def _checkpoint_sequence(wal: Path) -> int:
    """The WAL header's checkpoint sequence number: SQLite adds one each time it starts the
    log over after a checkpoint."""
    with wal.open("rb") as f:
        header = f.read(16)
    return int.from_bytes(header[12:16], "big") if len(header) == 16 else 0


def file_system(path: Path) -> str:
    """The type of the file system ``path`` is on (Linux), else '?'."""
    try:
        mounts = [line.split()[1:3] for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return "?"
    target = str(path.resolve())
    best = max((m for m in mounts if target == m[0] or target.startswith(m[0].rstrip("/") + "/")), key=lambda m: len(m[0]), default=None)
    return best[1] if best else "?"


PAUSE_EVERY = 20  # saves between two pauses in typing


def saving(saves: int, background: int = 2000) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp) / "saves.sqlite3", background)
        store = open_store(path)
        synchronous = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}.get(store.db.execute("PRAGMA synchronous").fetchone()[0], "?")
        checklist = store.library.active
        store.checkpoint_when_idle(lambda: None)  # as the window does (ui.idle_flush)
        assessment_id = store.create(make_assessment(random.Random(5), checklist, 0))
        wal = Path(f"{path}-wal")
        before = _checkpoint_sequence(wal)
        store.flush()
        timings, flushes = [], []
        for i in range(saves):
            q = checklist.questions[i % len(checklist.questions)]
            started = time.perf_counter()
            store.save_answer(assessment_id, q.id, Answer(q.options[i % len(q.options)].value, f"notitie {i}"))
            timings.append((time.perf_counter() - started) * 1000)
            if (i + 1) % PAUSE_EVERY == 0:
                started = time.perf_counter()
                store.flush()
                flushes.append((time.perf_counter() - started) * 1000)
        checkpoints = _checkpoint_sequence(wal) - before
        store.close()
        fs = file_system(Path(tmp))
    setting = f"synchronous={synchronous}, {fs} at {tempfile.gettempdir()}, {checkpoints} checkpoints, {os.cpu_count()} cores"
    return [
        Figure(f"save one answer: p50 over {saves:,} saves", percentile(timings, 50), "ms"),
        Figure(f"save one answer: p99 over {saves:,} saves", percentile(timings, 99), "ms", 5, note=setting),
        Figure(f"save one answer: slowest of {saves:,} saves", max(timings), "ms"),
        Figure(f"flush once typing pauses (every {PAUSE_EVERY} saves): p50", percentile(flushes, 50), "ms"),
        Figure(f"flush once typing pauses (every {PAUSE_EVERY} saves): slowest", max(flushes), "ms"),
    ]
