"""Commands that read or write files: import and export interchange files, write the report,
list, make and restore backups. Each: parse, call the service, print one line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..services import importing, sealed, tie_transfer, transfer
from .common import EXIT_OK, UsageError, assessment_id, database_path, import_mode, note_personal_data, open_store, passphrase, writing


def cmd_import(args: argparse.Namespace) -> int:
    if len(args.file) > 1 or Path(args.file[0]).is_dir():
        from .bulk import import_files

        return import_files(args)
    path = Path(args.file[0])
    # Read before opening the store: a mistyped file name does not create a database.
    try:
        raw = importing.read_file(path)
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror})") from None
    mode = import_mode(args)
    # An encrypted file is opened first (or refused, nothing stored); a package is verified
    # whole before the store is opened: a refused one creates nothing.
    raw = sealed.opened(raw, passphrase(args), str(path))
    if (found := tie_transfer.tie_in(raw, str(path))) is not None:  # a tie package is verified whole here
        tie = tie_transfer.import_tie(open_store(args, create=True), found.document, str(path), found.blobs, package=found.package)
        files = f" and {tie.evidence} evidence files" if found.package else ""
        print(f"Imported {path.name} as tie {tie.tie_id} with {len(tie.assessment_ids)} assessments and {tie.events} events{files}")
        if tie.left_out:
            print(f"{path.name}: {tie.left_out} evidence files are not in this file; import the tie package for them")
        return EXIT_OK
    loaded = importing.load_bytes(raw, str(path))
    target = database_path(args)
    if not os.path.lexists(target):  # (False, not an error, for a name too long: open_store says so)
        # A file refused by the parser must not leave a new, empty database behind: check it
        # against the checklists (the same library the new store would use) before creating.
        from ..domain.interchange import parse_bytes
        from ..services.workspace import checklist_library

        parse_bytes(loaded.document, str(path), checklist_library())
    imported = importing.store_loaded(open_store(args, create=True), loaded, str(path), mode)
    if imported.left_out:
        print(f"{path.name}: {imported.left_out} evidence files are not in this file; import the review package (.partnercheck) for them")
    if imported.outcome == "unchanged":
        print(f"{path.name} is already here, unchanged, as assessment {imported.id}")
    elif imported.outcome == "replaced":
        print(f"Imported {path.name} over the draft assessment {imported.id}")
    else:
        print(f"Imported {path.name} as assessment {imported.id}")
    return EXIT_OK


def cmd_package(args: argparse.Namespace) -> int:
    from ..services.package import write_package

    target = Path(args.out)
    if not args.out.strip() or target.name == "":
        raise UsageError(f"--out {args.out!r}: give the name of the .partnercheck file to write")
    secret = passphrase(args)
    if secret is not None:
        sealed.check_passphrase(secret, args.passphrase_file)
    store = open_store(args)
    assessment = assessment_id(args.id)
    count = [0]

    def write() -> None:
        count[0] = write_package(store, assessment, target, secret)

    writing(target, write)
    print(f"Wrote {target} (assessment {assessment} with {count[0]} evidence files{', encrypted' if secret else ''})")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..domain.personal_data import personal_data_in

    secret = passphrase(args)
    if secret is not None and not args.out:
        raise UsageError("--passphrase-file: an encrypted file is written with --out FILE, not to standard output")
    if secret is not None:
        sealed.check_passphrase(secret, args.passphrase_file)
    assessment = open_store(args).get(assessment_id(args.id))
    if secret is None and args.out and personal_data_in(assessment):
        # Standard output is for a pipeline, which the note would only disturb.
        note_personal_data("export")
    if args.out:
        target = Path(args.out)
        data = transfer.export_text(assessment).encode("utf-8")
        writing(target, lambda: sealed.write_file(target, data, secret))
    else:
        sys.stdout.write(transfer.export_text(assessment))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from ..services.reports import ReportOptions, make_report, make_word_draft, save_report

    if not args.out.strip() or Path(args.out).name == "":
        raise UsageError(f"--out {args.out!r}: give the name of the {args.format.upper()} file to write")
    store = open_store(args)
    target = assessment_id(args.id)
    compare_with = assessment_id(args.compare_with) if args.compare_with and not args.no_compare else None
    # The window's preview and Save as PDF make the report with these same options.
    options = ReportOptions(lang=args.lang, compare=not args.no_compare, compare_with=compare_with, variant=args.variant)
    data = make_word_draft(store, target, options) if args.format == "docx" else make_report(store, target, options)
    writing(Path(args.out), lambda: save_report(Path(args.out), data))
    print(f"Wrote {args.out}")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from ..store import backups
    from ..store.restore import restore_backup

    db_path = database_path(args)
    if args.restore:
        backup = Path(args.restore)
        if not backup.is_file():
            raise UsageError(f"{backup}: no such backup file")
        restored = restore_backup(db_path, backup)
        print(f"Restored {db_path} from {backup.name}")
        if restored.kept_aside is not None:
            print(f"The damaged database was kept as {restored.kept_aside}")
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
