"""Start-up to a usable window at several database sizes, against two bare PySide6 windows.

Every pair runs the three programs back to back in a rotating order, each in a fresh process
with bytecode cached as an installed app has it; the figure is the median of the per-pair
ratios (see figures.py).
"""

from __future__ import annotations

import statistics
from pathlib import Path

import bench_startup
from figures import Figure, paired_ratio

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

TARGET_VS_LIST = 1.3


def startup(databases: dict[int, Path], pairs: int, scratch: Path) -> list[Figure]:
    figures: list[Figure] = []
    for size, db in databases.items():
        env = bench_startup.installed_like_environment(
            QT_QPA_PLATFORM="offscreen",
            PARTNERCHECK_DB=str(db),
            PARTNERCHECK_SETTINGS=str(scratch / "settings.ini"),
            PARTNERCHECK_CACHE_DIR=str(scratch / "cache"),
            PARTNERCHECK_STARTUP_MARK="exit",
        )
        programs = {"bare": bench_startup.BARE, "list": BARE_LIST, "app": bench_startup.APP}
        for code in programs.values():
            bench_startup._one(code, env)  # warm the file cache (and migrate the database once)
        times: dict[str, list[float]] = {name: [] for name in programs}
        cpu: dict[str, list[float]] = {name: [] for name in programs}
        names = list(programs)
        for i in range(pairs):
            for name in names[i % 3 :] + names[: i % 3]:  # rotate who goes first
                wall, used = bench_startup.one_with_cpu(programs[name], env)
                times[name].append(wall)
                cpu[name].append(used)
        vs_bare = paired_ratio(times["app"], times["bare"])
        vs_list = paired_ratio(times["app"], times["list"])
        cpu_vs_list = paired_ratio(cpu["app"], cpu["list"])
        label = f"{size:,}"
        figures += [
            Figure(f"start-up, {label} assessments: bare window (median)", statistics.median(times["bare"]) * 1000, "ms"),
            Figure(f"start-up, {label} assessments: bare list window (median)", statistics.median(times["list"]) * 1000, "ms"),
            Figure(f"start-up, {label} assessments: PartnerCheck, list filled", statistics.median(times["app"]) * 1000, "ms"),
            Figure(
                f"start-up, {label} assessments: ratio to bare window",
                vs_bare[0],
                "x",
                note=f"p10-p90 {vs_bare[1]:.2f}-{vs_bare[2]:.2f}, {pairs} pairs",
            ),
            Figure(
                f"start-up, {label} assessments: ratio to bare list window",
                vs_list[0],
                "x",
                TARGET_VS_LIST,
                note=f"p10-p90 {vs_list[1]:.2f}-{vs_list[2]:.2f}, {pairs} pairs",
            ),
            Figure(
                f"start-up, {label} assessments: CPU ratio to bare list window",
                cpu_vs_list[0],
                "x",
                note=f"whole process, p10-p90 {cpu_vs_list[1]:.2f}-{cpu_vs_list[2]:.2f}; steadier than wall time on a busy machine",
            ),
        ]
    return figures
