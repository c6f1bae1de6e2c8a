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
from .words import language, nt, t


def import_files(args: argparse.Namespace) -> int:
    paths = files_to_import(Path(name) for name in args.file)
    if not paths:
        raise UsageError(t("{files}: no interchange files (*.json) here; nothing was imported", files=", ".join(args.file)))
    live = sys.stderr.isatty()
    started = time.perf_counter()
    results: list[FileResult] = []

    def progress(n: int, result: FileResult) -> None:
        results.append(result)
        if result.id is not None:
            print(t("Imported {file} as assessment {id}", file=result.path.name, id=result.id), flush=live)
        else:
            print(("\r" if live else "") + f"partnercheck import: {_refusal(result)}", file=sys.stderr)
        if live:
            print("\r" + t("{n} of {total} files", n=n, total=len(paths)), end="", file=sys.stderr, flush=True)

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
        from .explain import explained

        _summary(results, len(paths), time.perf_counter() - started, live)
        raise UsageError(t("stopped at {file}: {reason}", file=paths[len(results)], reason=explained("import", exc))) from None
    _summary(results, len(paths), time.perf_counter() - started, live)
    return EXIT_OK if all(r.id is not None for r in results) else EXIT_BAD_INPUT


def _summary(results: list[FileResult], total: int, seconds: float, live: bool) -> None:
    stored = sum(r.id is not None for r in results)
    refused = len(results) - stored
    rate = t(", {rate} files/s", rate=f"{len(results) / seconds:.0f}") if seconds > 0 and results else ""
    line = (
        nt(
            "Imported {stored} of {n} file in {seconds} s",
            "Imported {stored} of {n} files in {seconds} s",
            total,
            stored=stored,
            seconds=f"{seconds:.1f}".replace(".", "," if language() == "nl" else "."),  # 0,2 s in Dutch
        )
        + rate
    )
    if refused:
        line += t("; {n} refused (see above), nothing of them was stored", n=refused)
    if len(results) < total:
        line += t("; {n} not tried", n=total - len(results))
    print(("\r" if live else "") + line, file=sys.stderr)


def _refusal(result: FileResult) -> str:
    from .explain import explained  # loaded for a refused file only

    if result.refusal is not None:
        return explained("import", result.refusal, one_of_many=True)
    if language() == "en":
        return str(result.error)  # "FILE: cannot be read (why)", as a single import says it
    return t("“{file}” cannot be read. Details: {detail}", file=result.path.name, detail=result.error)
