"""Commands that read or write files: import and export interchange files, write the report,
list, make and restore backups. Each: parse, call the service, print one line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..services import importing, sealed, tie_transfer, transfer
from .common import (
    EXIT_OK,
    UsageError,
    assessment_id,
    check_target,
    database_path,
    import_mode,
    note_personal_data,
    open_store,
    passphrase,
    refuse_empty_out,
    warn_refused_on_import,
    writing,
)
from .words import nt, reason, t


def cmd_import(args: argparse.Namespace) -> int:
    if len(args.file) > 1 or Path(args.file[0]).is_dir():
        from .bulk import import_files

        return import_files(args)
    path = Path(args.file[0])
    # Read before opening the store: a mistyped file name does not create a database.
    try:
        raw = importing.read_file(path)
    except OSError as exc:
        raise UsageError(t("{file}: cannot be read ({reason})", file=path, reason=reason(exc))) from None
    mode = import_mode(args)
    # An encrypted file is opened first (or refused, nothing stored); a package is verified
    # whole before the store is opened: a refused one creates nothing.
    raw = sealed.opened(raw, passphrase(args), str(path))
    if (found := tie_transfer.tie_in(raw, str(path))) is not None:  # a tie package is verified whole here
        tie = tie_transfer.import_tie(open_store(args, create=True), found.document, str(path), found.blobs, package=found.package)
        assessments = nt("{n} assessment", "{n} assessments", len(tie.assessment_ids))
        events = nt("{n} event", "{n} events", tie.events)
        if found.package:
            files = nt("{n} evidence file", "{n} evidence files", tie.evidence)
            print(
                t(
                    "Imported {file} as tie {tie} with {assessments}, {events} and {files}",
                    file=path.name,
                    tie=tie.tie_id,
                    assessments=assessments,
                    events=events,
                    files=files,
                )
            )
        else:
            print(
                t(
                    "Imported {file} as tie {tie} with {assessments} and {events}",
                    file=path.name,
                    tie=tie.tie_id,
                    assessments=assessments,
                    events=events,
                )
            )
        if tie.left_out:
            print(
                nt(
                    "{file}: {n} evidence file is not in this file; import the tie package for it",
                    "{file}: {n} evidence files are not in this file; import the tie package for them",
                    tie.left_out,
                    file=path.name,
                )
            )
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
        print(
            nt(
                "{file}: {n} evidence file is not in this file; import the review package (.partnercheck) for it",
                "{file}: {n} evidence files are not in this file; import the review package (.partnercheck) for them",
                imported.left_out,
                file=path.name,
            )
        )
    if imported.outcome == "unchanged":
        print(t("{file} is already here, unchanged, as assessment {id}", file=path.name, id=imported.id))
    elif imported.outcome == "replaced" and imported.assessment.state.value == "review":
        print(t("Imported {file} over assessment {id}, in review", file=path.name, id=imported.id))
    elif imported.outcome == "replaced":
        print(t("Imported {file} over the draft assessment {id}", file=path.name, id=imported.id))
    elif imported.outcome == "reviewed":  # a review done on another PC came back (domain.review_return)
        print(
            nt(
                "Took the review comment on {n} theme from {file} into assessment {id}",
                "Took the review comments on {n} themes from {file} into assessment {id}",
                len(imported.taken),
                file=path.name,
                id=imported.id,
            )
        )
    else:
        print(t("Imported {file} as assessment {id}", file=path.name, id=imported.id))
    return EXIT_OK


def cmd_package(args: argparse.Namespace) -> int:
    from ..services.package import write_package

    target = Path(args.out)
    if not args.out.strip() or target.name == "":
        raise UsageError(t("--out {value}: give the name of the .partnercheck file to write", value=repr(args.out)))
    from ..services.export_rule import Export, encrypted_by_default

    secret = passphrase(args)
    if secret is not None:
        sealed.check_passphrase(secret, args.passphrase_file)
    elif not args.no_encrypt and encrypted_by_default(Export.REVIEW_PACKAGE):
        raise UsageError(
            t(
                "a review package holds names, notes and every attached document (personal data) and is encrypted: "
                "give --passphrase-file FILE, or --no-encrypt to write it unencrypted"
            )
        )
    check_target(target)  # before the work: a package with its files takes a while to write
    store = open_store(args)
    assessment = assessment_id(args.id)
    count = [0]

    def write() -> None:
        count[0] = write_package(store, assessment, target, secret)

    writing(target, write)
    files = nt("{n} evidence file", "{n} evidence files", count[0])
    if secret:
        print(t("Wrote {file} (assessment {id} with {files}, encrypted)", file=target, id=assessment, files=files))
    else:
        print(t("Wrote {file} (assessment {id} with {files})", file=target, id=assessment, files=files))
        print(
            t(
                "partnercheck package: warning: {file} is not encrypted; anyone who gets it can read its names, notes and documents",
                file=target,
            ),
            file=sys.stderr,
        )
    refused = transfer.refused_on_import(store, store.get(assessment))  # a package is imported as its file is
    warn_refused_on_import("package", ((assessment, refused),) if refused else ())
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..domain.personal_data import personal_data_in

    refuse_empty_out(args)
    secret = passphrase(args)
    if secret is not None and not args.out:
        raise UsageError(t("--passphrase-file: an encrypted file is written with --out FILE, not to standard output"))
    if secret is not None:
        sealed.check_passphrase(secret, args.passphrase_file)
    if args.out:
        check_target(Path(args.out))
    store = open_store(args)
    assessment = store.get(assessment_id(args.id))
    if secret is None and args.out and personal_data_in(assessment):
        # Standard output is for a pipeline, which the note would only disturb.
        note_personal_data("export")
    if args.out:
        target = Path(args.out)
        data = transfer.export_text(assessment).encode("utf-8")
        writing(target, lambda: sealed.write_file(target, data, secret))
    else:
        sys.stdout.write(transfer.export_text(assessment))
    refused = transfer.refused_on_import(store, assessment)
    warn_refused_on_import("export", ((assessment_id(args.id), refused),) if refused else ())
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from ..services.reports import ReportOptions, make_report, make_word_draft, save_report

    if not args.out.strip() or Path(args.out).name == "":
        raise UsageError(t("--out {value}: give the name of the {format} file to write", value=repr(args.out), format=args.format.upper()))
    check_target(Path(args.out))
    store = open_store(args)
    target = assessment_id(args.id)
    compare_with = assessment_id(args.compare_with) if args.compare_with and not args.no_compare else None
    # The window's preview and Save as PDF make the report with these same options.
    options = ReportOptions(lang=args.lang, compare=not args.no_compare, compare_with=compare_with, variant=args.variant)
    data = make_word_draft(store, target, options) if args.format == "docx" else make_report(store, target, options)
    writing(Path(args.out), lambda: save_report(Path(args.out), data))
    print(t("Wrote {file}", file=args.out))
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from ..store import backups
    from ..store.restore import restore_backup

    db_path = database_path(args)
    if args.restore is not None and not args.restore.strip():  # an unset shell variable: not "list them"
        raise UsageError(t("--restore '': give the backup file to restore (partnercheck backups lists them)"))
    if args.restore:
        backup = Path(args.restore)
        if backup.exists() and not backup.is_file():
            raise UsageError(t("{file}: is not a file; give a backup file (partnercheck backups lists them)", file=backup))
        if not backup.is_file():
            raise UsageError(t("{file}: no such backup file", file=backup))
        restored = restore_backup(db_path, backup)
        print(t("Restored {database} from {backup}", database=db_path, backup=backup.name))
        if restored.kept_aside is not None:
            print(t("The damaged database was kept as {file}", file=restored.kept_aside))
        return EXIT_OK
    if args.now:
        store = open_store(args)
        made = store.backup()
        store.close()
        print(t("Backup written: {file}", file=made))
        return EXIT_OK
    problem = backups.unlisted_reason(db_path)
    if problem is not None:  # not "no backups yet": there may be some the user cannot see
        from .explain import backup_reason

        raise UsageError(t("{folder}: the backups cannot be listed ({reason})", folder=backups.backup_dir(db_path), reason=backup_reason(problem)))
    found = backups.list_backups(db_path)
    if not found:
        print(t("No backups of {database} yet.", database=db_path))
    for path in found:
        print(path)
    return EXIT_OK
