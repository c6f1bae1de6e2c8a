"""Where the window's start-up goes: CPU time per phase, from process start to the mark.

    python tests/benchmarks/startup_phases.py [--runs 11] [--db FILE] [--src DIR ...]

Each run is a fresh process (as ``partnercheck`` starts the window, with bytecode cached)
that records ``time.process_time()`` (CPU since the process began, so load on a shared
machine disturbs it far less than wall time) and ``perf_counter`` at the edges of each phase,
up to ``PARTNERCHECK_SHOWN``. The phases are marked from outside, by wrapping functions
as their modules load, so the program measured is the unchanged one. With several ``--src``
the sources are run in turn (e.g. a baseline checkout and a branch) and compared side by side.
The database is copied first: opening it may add -wal/-shm files beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

# Runs inside the measured process: marks from a meta-path hook that wraps functions as their
# modules finish loading (importing them early would change what is measured).
PROBE = r"""
import os, sys, time
T = [("python start", time.perf_counter(), time.process_time())]
def m(name):
    T.append((name, time.perf_counter(), time.process_time()))
def wrap(obj, attr, before=None, after=None):
    orig = getattr(obj, attr)
    def w(*a, **k):
        if before: m(before)
        r = orig(*a, **k)
        if after: m(after)
        return r
    setattr(obj, attr, w)
SEEN = set()
def once(name):
    # A phase that ends before the mark, and only once (the window icon may be set after it).
    if name not in SEEN and not any(t[0] == "to the mark" for t in T):
        SEEN.add(name)
        m(name)
def wrap_once(obj, attr, before, after=None):
    orig = getattr(obj, attr)
    def w(*a, **k):
        once(before)
        r = orig(*a, **k)
        if after:
            once(after)
        return r
    setattr(obj, attr, w)
def _app(mod):
    wrap(mod, "run_app", before="cli and app import")
    wrap(mod, "_import_before_qt", before="errorlog", after="store, domain, services import")
    wrap_once(mod, "_set_window_icon", before="Qt import, QApplication", after="window icon")
    wrap(mod, "start_database", after="window shown")
def _settings(mod):
    wrap_once(mod.AppSettings, "__init__", before="Qt import, QApplication")  # when the icon comes later
def _i18n(mod):
    wrap(mod, "install_translators", before="settings", after="translators")
def _window(mod):
    wrap(mod.MainWindow, "__init__", before="window modules import", after="window built")
    wrap(mod.MainWindow, "open_database", before="events before the open")
    wrap(mod.MainWindow, "update_banners", after="recent files, title")
def _workspace(mod):
    wrap(mod, "open_store", before="open_store imports", after="database opened")
def _list(mod):
    wrap(mod.ListPage, "show_store", before="banners", after="list filled")
PATCHES = {"partnercheck.app": _app, "partnercheck.ui.settings": _settings, "partnercheck.ui.i18n": _i18n, "partnercheck.ui.main_window": _window,
           "partnercheck.services.workspace": _workspace, "partnercheck.ui.list_page": _list}
class Finder:
    def find_spec(self, name, path, target=None):
        if name not in PATCHES:
            return None
        import importlib.util
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            PATCHES[name](module)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, Finder())
class Out:
    def __init__(self, stream): self.stream = stream
    def write(self, text):
        if text.startswith("PARTNERCHECK_SHOWN"):
            m("to the mark")
        return self.stream.write(text)
    def __getattr__(self, name): return getattr(self.stream, name)
sys.stdout = Out(sys.stdout)
import atexit
def dump():
    import json
    with open(os.environ["PHASES_OUT"], "a") as f:
        f.write(json.dumps(T) + "\n")
atexit.register(dump)
from partnercheck.cli import main
main([])
"""


def run(src: Path, db: Path, scratch: Path, out: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        PYTHONPATH=str(src),
        QT_QPA_PLATFORM="offscreen",
        PARTNERCHECK_DB=str(db),
        PARTNERCHECK_SETTINGS=str(scratch / "settings.ini"),
        PARTNERCHECK_CACHE_DIR=str(scratch / "cache"),
        PARTNERCHECK_STARTUP_MARK="exit",
        PHASES_OUT=str(out),
    )
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"{src}: exit {result.returncode}\n{result.stderr[-2000:]}")


def spread(values: list[float]) -> tuple[float, float]:
    """p10 and p90 (nearest rank)."""
    ordered = sorted(values)
    pick = lambda p: ordered[min(len(ordered) - 1, int(p * (len(ordered) - 1) + 0.5))]  # noqa: E731
    return pick(0.1), pick(0.9)


def medians(path: Path) -> dict[str, tuple[float, float, float, float]]:
    """Phase -> (median CPU ms, median wall ms, p10 CPU ms, p90 CPU ms) over the runs recorded in ``path``."""
    cpu: dict[str, list[float]] = {}
    wall: dict[str, list[float]] = {}
    for line in path.read_text().splitlines():
        marks = json.loads(line)
        prev_wall, prev_cpu = marks[0][1], 0.0
        for name, w, c in marks:
            cpu.setdefault(name, []).append((c - prev_cpu) * 1000)
            wall.setdefault(name, []).append((w - prev_wall) * 1000)
            prev_wall, prev_cpu = w, c
        cpu.setdefault("TOTAL CPU", []).append(marks[-1][2] * 1000)
        wall.setdefault("TOTAL CPU", []).append(0.0)
    return {name: (statistics.median(cpu[name]), statistics.median(wall[name]), *spread(cpu[name])) for name in cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--db", type=Path, required=True, help="the database to start on (copied first)")
    parser.add_argument("--src", type=Path, action="append", help="a src folder to run (default: this checkout's)")
    parser.add_argument("--spread", action="store_true", help="show CPU p10-p90 instead of the wall time")
    args = parser.parse_args()
    sources = args.src or [Path(__file__).resolve().parents[2] / "src"]
    with tempfile.TemporaryDirectory(prefix="partnercheck-phases-") as folder:
        scratch = Path(folder)
        db = scratch / args.db.name
        shutil.copyfile(args.db, db)
        outs = [scratch / f"phases-{i}.jsonl" for i in range(len(sources))]
        for i, src in enumerate(sources):
            run(src, db, scratch, outs[i])  # warm the file cache and the schema cache
            outs[i].unlink()
        for _ in range(args.runs):
            for src, out in zip(sources, outs, strict=True):
                run(src, db, scratch, out)
        results = [medians(out) for out in outs]
    what = "CPU p10-p90" if args.spread else "wall ms"
    print(f"CPU ms per phase ({what}), median of {args.runs} fresh processes; load {os.getloadavg()[0]:.2f}")
    print(f"{'phase':34s}" + "".join(f" {str(src)[-24:]:>24s}" for src in sources))
    for name in results[0]:
        if args.spread:
            cells = "".join(f" {r[name][0]:11.1f} ({r[name][2]:5.1f}-{r[name][3]:5.1f})" if name in r else f" {'':>24s}" for r in results)
        else:
            cells = "".join(f" {r[name][0]:14.1f} ({r[name][1]:6.1f})" if name in r else f" {'':>24s}" for r in results)
        print(f"{name:34s}{cells}")


if __name__ == "__main__":
    main()
