"""Start-up of the window against a bare PySide6 window, each in a fresh process.

    python tests/benchmarks/bench_startup.py [--runs 7] [--assessments 50] [--platform offscreen]

Measures process start -> main window shown (with the list of assessments filled, i.e.
usable). The app prints ``PARTNERCHECK_SHOWN <unix time>`` when PARTNERCHECK_STARTUP_MARK is
set (see partnercheck/app.py); the bare window prints the same from a QTimer after show().
Target (README, "Performance"): the app within 1.5x the bare window. Reported, not asserted.
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

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1340, 720)
window.show()
def shown():
    print(f"PARTNERCHECK_SHOWN {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

APP = "import sys; from partnercheck.cli import main; sys.exit(main([]))"  # what the `partnercheck` command runs
# The window alone, as a gui-scripts entry point (partnercheck.app:run_app) would start it.
APP_ONLY = "import sys; from partnercheck.app import run_app; sys.exit(run_app([]))"


def _one(code: str, env: dict[str, str]) -> float:
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith("PARTNERCHECK_SHOWN "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no start-up mark (exit {result.returncode}):\n{result.stderr[-2000:]}")


def one_with_cpu(code: str, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds to the mark, CPU seconds of the whole process): the CPU figure does not
    wait on the other processes of a busy machine, so its ratios move far less between runs."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = _one(code, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def installed_like_environment(**extra: str) -> dict[str, str]:
    """The environment for the measured processes: like an installed app's, which runs from
    compiled bytecode. A shell with PYTHONDONTWRITEBYTECODE set would make every run compile
    PartnerCheck's sources again (~20 ms) and measure that instead."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def _database(path: Path, count: int) -> None:
    from partnercheck.domain.assessment import Answer, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
    from partnercheck.workspace import open_store

    store = open_store(path)
    checklist = store.library.active
    batch = []
    for i in range(count):
        answers = {q.id: Answer(q.options[(i + n) % len(q.options)].value, "") for n, q in enumerate(checklist.questions) if (i + n) % 3}
        batch.append(
            Assessment(
                Partnership(f"Gemeente {i}", DutchPartyKind.MUNICIPALITY, f"Stad {i % 97}", CounterpartKind.CITY, PartnershipStatus.ACTIVE),
                checklist.id,
                checklist.version,
                assessor="Bench",
                answers=answers,
            )
        )
    store.create_many(batch)
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--assessments", type=int, default=50, help="assessments in the database the app opens")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (offscreen, xcb with DISPLAY set, ...)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        _database(db, args.assessments)
        env = installed_like_environment(
            QT_QPA_PLATFORM=args.platform,
            PARTNERCHECK_DB=str(db),
            PARTNERCHECK_SETTINGS=str(Path(tmp) / "settings.ini"),
            PARTNERCHECK_STARTUP_MARK="exit",
        )
        _one(BARE, env), _one(APP, env), _one(APP_ONLY, env)  # warm the file cache
        bare, app, app_only = [], [], []
        for _ in range(args.runs):  # interleaved, so drift in machine load hits all alike
            bare.append(_one(BARE, env))
            app.append(_one(APP, env))
            app_only.append(_one(APP_ONLY, env))

    b = statistics.median(bare)
    print(f"platform {args.platform}, {args.runs} runs each, database with {args.assessments} assessments")
    for label, times in (
        ("bare PySide6 window shown", bare),
        ("`partnercheck` (cli.main) window usable", app),
        ("partnercheck.app.run_app window usable", app_only),
    ):
        m = statistics.median(times)
        print(f"{label:<42}: median {m * 1000:5.0f} ms  (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})  {m / b:.2f}x")
    print("target: <= 1.5x the bare window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
