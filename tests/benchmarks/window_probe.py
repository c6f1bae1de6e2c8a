"""Run in a fresh process by run.py: the window on a large database, measured from inside.

    python tests/benchmarks/window_probe.py DB.sqlite3

Prints one JSON object: seconds to open the database and show the filled list, seconds per
filter keystroke (typing a word letter by letter, and clearing it), the seconds the count of
matches takes once typing pauses, rows read and matching, and the process's peak resident
memory (RSS) and proportional set size (PSS, shared libraries divided among their users) in MiB.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pss() -> float | None:
    """This process's proportional set size in MiB (Linux), None where it cannot be read."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def main() -> int:
    db = sys.argv[1]
    word = sys.argv[2] if len(sys.argv) > 2 else "Nijmegen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from partnercheck.ui.main_window import MainWindow
    from partnercheck.ui.settings import AppSettings

    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, "en")
        window.resize(1366, 768)
        window.show()
        app.processEvents()

        # A small database first, as when a user switches files: the modules the store loads
        # on first use are then loaded, and the figure is the cost of this database's size.
        window.open_database(os.path.join(tmp, "first.sqlite3"))
        app.processEvents()
        started = time.perf_counter()
        window.open_database(db)
        app.processEvents()
        opened = time.perf_counter() - started
        rows = window.list_page.proxy.rowCount()
        model = window.list_page.model

        keystrokes = []
        edit = window.list_page.filter_edit
        for i in range(1, len(word) + 1):
            t = time.perf_counter()
            edit.setText(word[:i])
            app.processEvents()
            keystrokes.append(time.perf_counter() - t)
        t = time.perf_counter()
        # What the page does once typing pauses (a list that holds every row knows at once).
        shown = model.count() if hasattr(model, "count") else window.list_page.proxy.rowCount()
        counted = time.perf_counter() - t
        t = time.perf_counter()
        edit.clear()
        app.processEvents()
        cleared = time.perf_counter() - t

        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        pss_mib = pss()
        window.close()
    result = {"open": opened, "rows": rows, "keystrokes": keystrokes, "matches": shown, "count": counted, "clear": cleared}
    print(json.dumps({**result, "peak_mib": peak_mib, "pss_mib": pss_mib}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
