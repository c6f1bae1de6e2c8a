"""``partnercheck import`` of several files or a folder: one line per file, progress, a summary.

Standard output gets ``Imported NAME as assessment ID`` for each stored file (as a single
import prints it); standard error gets one line per refused file, a running count while it
is a terminal, and the summary at the end. Exit status 2 when any file was refused.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from ..services.bulk_import import FileResult, files_to_import, import_many, refused_before_first_good
from ..store.errors import StoreError
from .common import EXIT_BAD_INPUT, EXIT_OK, UsageError, database_path, import_mode, open_store, passphrase


def import_files(args: argparse.Namespace) -> int:
    paths = files_to_import(Path(name) for name in args.file)
    if not paths:
        raise UsageError(f"{', '.join(args.file)}: no interchange files (*.json) here; nothing was imported")
    live = sys.stderr.isatty()
    started = time.perf_counter()
    results: list[FileResult] = []

    def progress(n: int, result: FileResult) -> None:
        results.append(result)
        if result.id is not None:
            print(f"Imported {result.path.name} as assessment {result.id}", flush=live)
        else:
            print(("\r" if live else "") + f"partnercheck import: {result.error}", file=sys.stderr)
        if live:
            print(f"\r{n} of {len(paths)} files", end="", file=sys.stderr, flush=True)

    secret, done = passphrase(args), 0
    target = database_path(args)
    if not os.path.lexists(target):  # (False, not an error, for a name too long: open_store says so)
        # A new database is made only for a file that will be stored (none for a run of refusals).
        for done, result in enumerate(refused_before_first_good(paths, secret), 1):
            progress(done, result)
    try:
        if done < len(paths):
            import_many(open_store(args, create=True), paths[done:], lambda n, r: progress(done + n, r), secret, import_mode(args))
    except StoreError as exc:
        _summary(results, len(paths), time.perf_counter() - started, live)
        raise UsageError(f"stopped at {paths[len(results)]}: {exc}") from None
    _summary(results, len(paths), time.perf_counter() - started, live)
    return EXIT_OK if all(r.id is not None for r in results) else EXIT_BAD_INPUT


def _summary(results: list[FileResult], total: int, seconds: float, live: bool) -> None:
    stored = sum(r.id is not None for r in results)
    refused = len(results) - stored
    rate = f", {len(results) / seconds:.0f} files/s" if seconds > 0 and results else ""
    line = f"Imported {stored} of {total} files in {seconds:.1f} s{rate}"
    if refused:
        line += f"; {refused} refused (see above), nothing of them was stored"
    if len(results) < total:
        line += f"; {total - len(results)} not tried"
    print(("\r" if live else "") + line, file=sys.stderr)
