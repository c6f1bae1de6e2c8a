"""All speed targets in one run: one line per figure with its target; exit 1 when one is missed.

    python tests/benchmarks/run.py [--quick]

Each figure is a median over repeated runs on this machine; the targets are the ones in the
README's "Performance" table. --quick uses fewer repetitions, for a smoke check; the README's figures
come from a full run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import bench_report  # noqa: E402
import bench_startup  # noqa: E402
import bench_store  # noqa: E402
import bench_ties  # noqa: E402
from dataset import build  # noqa: E402


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: float | None  # None: reported, not held to a target
    higher_is_worse: bool = True

    @property
    def ok(self) -> bool:
        return self.target is None or (self.value <= self.target if self.higher_is_worse else self.value >= self.target)

    def line(self) -> str:
        target = "" if self.target is None else f"  target {'<=' if self.higher_is_worse else '>='} {self.target:g} {self.unit}"
        verdict = "" if self.target is None else ("  ok" if self.ok else "  MISSED")
        return f"{self.name:<52} {self.value:9.2f} {self.unit:<4}{target}{verdict}"


# The least window that lists 50 rows the way ours does (sortable table, filter field, menu):
# what PySide6 itself costs for a usable list, before any PartnerCheck code runs.
BARE_LIST = """
import time
from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget
app = QApplication([])
window = QMainWindow()
window.menuBar().addMenu("File")
model = QStandardItemModel(50, 7)
for r in range(50):
    for c in range(7):
        model.setItem(r, c, QStandardItem(f"cell {r} {c}"))
proxy = QSortFilterProxyModel()
proxy.setSourceModel(model)
table = QTableView()
table.setModel(proxy)
table.setSortingEnabled(True)
table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
box = QWidget()
layout = QVBoxLayout(box)
layout.addWidget(QLineEdit())
layout.addWidget(table)
window.setCentralWidget(box)
window.resize(1340, 720)
window.show()
def shown():
    print(f"PARTNERCHECK_SHOWN {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def startup(runs: int) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        bench_startup._database(db, 50)
        env = bench_startup.installed_like_environment(
            QT_QPA_PLATFORM="offscreen",
            PARTNERCHECK_DB=str(db),
            PARTNERCHECK_SETTINGS=str(Path(tmp) / "settings.ini"),
            PARTNERCHECK_STARTUP_MARK="exit",
        )
        bench_startup._one(bench_startup.BARE, env)
        bench_startup._one(bench_startup.APP, env)  # warm the file cache
        bare, bare_list, app = [], [], []
        for _ in range(runs):  # interleaved, so drift in machine load hits all alike
            bare.append(bench_startup._one(bench_startup.BARE, env))
            bare_list.append(bench_startup._one(BARE_LIST, env))
            app.append(bench_startup._one(bench_startup.APP, env))
    b, bl, a = statistics.median(bare), statistics.median(bare_list), statistics.median(app)
    return [
        Figure("start-up: bare PySide6 window shown", b * 1000, "ms", None),
        Figure("start-up: bare PySide6 list window (table, filter)", bl * 1000, "ms", None),
        Figure("start-up: PartnerCheck window shown, list filled", a * 1000, "ms", None),
        Figure("start-up: ratio to the bare list window", a / bl, "x", None),
        Figure("start-up: ratio to the bare window", a / b, "x", 1.5),
    ]


def saving(saves: int) -> list[Figure]:
    timings = bench_store.save_latencies(saves)
    return [
        Figure(f"save one answer: p50 over {saves} saves", bench_store.percentile(timings, 50) * 1000, "ms", None),
        Figure(f"save one answer: p99 over {saves} saves", bench_store.percentile(timings, 99) * 1000, "ms", 20),
    ]


def report(runs: int) -> list[Figure]:
    from partnercheck.workspace import checklist_library

    checklist = checklist_library().active
    full, _ = bench_report.median_ms(bench_report.make_assessment(checklist, len(checklist.questions)), checklist, "nl", runs)
    big = bench_report.doubled(checklist)
    ten, _ = bench_report.median_ms(bench_report.make_assessment(big, 10), big, "nl", runs)
    hundred, _ = bench_report.median_ms(bench_report.make_assessment(big, 100), big, "nl", runs)
    return [
        Figure("report: full checklist, every note, 10 actions", full, "ms", 1000),
        Figure(f"report: 10 notes ({len(big.questions)} questions)", ten, "ms", None),
        Figure(f"report: 100 notes ({len(big.questions)} questions)", hundred, "ms", None),
        Figure("report: cost of one more note", (hundred - ten) / 90, "ms", None),
    ]


def window(runs: int) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        db = build(Path(tmp) / "large.sqlite3", 10_000)
        env = bench_startup.installed_like_environment(QT_QPA_PLATFORM="offscreen")
        probes = []
        for _ in range(runs):
            out = subprocess.run([sys.executable, str(HERE / "window_probe.py"), str(db)], env=env, capture_output=True, text=True, timeout=300)
            if out.returncode != 0:
                raise RuntimeError(out.stderr[-2000:])
            probes.append(json.loads(out.stdout.strip().splitlines()[-1]))
    keystrokes = [k for p in probes for k in p["keystrokes"]]
    return [
        Figure("10,000 assessments: open database and show list", statistics.median(p["open"] for p in probes) * 1000, "ms", 300),
        Figure("10,000 assessments: filter, per typed letter (median)", statistics.median(keystrokes) * 1000, "ms", 50),
        Figure("10,000 assessments: filter, slowest typed letter", max(keystrokes) * 1000, "ms", None),
        Figure("10,000 assessments: window peak memory", max(p["peak_mib"] for p in probes), "MiB", 250),
    ]


def ties(runs: int) -> list[Figure]:
    figures = bench_ties.measure(2000, runs)
    return [
        Figure("2,000 ties x 5 assessments x 30 events: portfolio", figures["portfolio_ms"], "ms", 200),
        Figure("2,000 ties x 5 assessments x 30 events: search (two words)", figures["search_ms"], "ms", 50),
        Figure("2,000 ties x 5 assessments x 30 events: search (common word)", figures["search_common_ms"], "ms", 50),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    print(
        f"PartnerCheck benchmarks on {platform.node() or 'this machine'}: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.platform(terse=True)}"
    )
    figures: list[Figure] = []
    for part in (startup, lambda r: saving(200 if args.quick else 1000), report, window, ties):
        for figure in part(runs):
            print(figure.line(), flush=True)
            figures.append(figure)
    missed = [f for f in figures if not f.ok]
    print(f"{len(figures) - len(missed)} of {len(figures)} figures within target" if not missed else f"MISSED: {', '.join(f.name for f in missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
