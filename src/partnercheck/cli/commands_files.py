"""Commands that read or write files: import and export interchange files, write the report,
list, make and restore backups. Each: parse, call the service, print one line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..services import tie_transfer, transfer
from .common import EXIT_OK, UsageError, assessment_id, open_store, writing


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    # Read before opening the store: a mistyped file name does not create a database.
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror})") from None
    if (tie_document := tie_transfer.tie_file_in(raw)) is not None:
        tie = tie_transfer.import_tie(open_store(args, create=True), tie_document, str(path))
        print(f"Imported {path.name} as tie {tie.tie_id} with {len(tie.assessment_ids)} assessments and {tie.events} events")
        return EXIT_OK
    imported = transfer.import_bytes(open_store(args, create=True), raw, str(path))
    print(f"Imported {path.name} as assessment {imported.id}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    assessment = open_store(args).get(assessment_id(args.id))
    if args.out:
        target = Path(args.out)
        writing(target, lambda: transfer.export_file(assessment, target))
    else:
        sys.stdout.write(transfer.export_text(assessment))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from ..services.reports import ReportOptions, make_report, save_report

    if not args.out.strip() or Path(args.out).name == "":
        raise UsageError(f"--out {args.out!r}: give the name of the PDF file to write")
    store = open_store(args)
    target = assessment_id(args.id)
    compare_with = assessment_id(args.compare_with) if args.compare_with and not args.no_compare else None
    # The window's preview and Save as PDF make the report with these same options.
    options = ReportOptions(lang=args.lang, compare=not args.no_compare, compare_with=compare_with)
    pdf = make_report(store, target, options)
    writing(Path(args.out), lambda: save_report(Path(args.out), pdf))
    print(f"Wrote {args.out}")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from ..paths import resolve_database_path
    from ..store import backups
    from ..store.restore import restore_backup

    db_path = resolve_database_path(args.db)
    if args.restore:
        backup = Path(args.restore)
        if not backup.is_file():
            raise UsageError(f"{backup}: no such backup file")
        restore_backup(db_path, backup)
        print(f"Restored {db_path} from {backup.name}")
        return EXIT_OK
    if args.now:
        store = open_store(args)
        made = store.backup()
        store.close()
        print(f"Backup written: {made}")
        return EXIT_OK
    found = backups.list_backups(db_path)
    if not found:
        print(f"No backups of {db_path} yet.")
    for path in found:
        print(path)
    return EXIT_OK
