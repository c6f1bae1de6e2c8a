"""Commands for evidence: attach a file to an answer, list (remove, restore) the files of an
assessment. Each: parse, call the service, print."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.evidence import EvidenceTooLarge
from ..services import evidence
from .common import EXIT_OK, UsageError, assessment_id, day, emit_json, moment, open_store


def cmd_attach(args: argparse.Namespace) -> int:
    path = Path(args.file)
    target = assessment_id(args.id)
    if not path.is_file():
        raise _not_a_file(path)
    store = open_store(args)
    try:
        item = evidence.attach_file(store, target, args.question, path)
    except EvidenceTooLarge as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    size = evidence.human_size(item.size)
    print(f"Attached {item.name} ({size}, sha256 {item.short_hash}) to {args.question} of assessment {target} as evidence {item.id}")
    return EXIT_OK


def cmd_attach_tie(args: argparse.Namespace) -> int:
    store = open_store(args)
    tie_id = store.resolve_tie(args.tie)
    if args.file is None:
        items = store.tie_evidence(tie_id)
        if args.json:
            emit_json(
                [
                    {"id": i.id, "name": i.name, "size": i.size, "sha256": i.sha256, "added": i.added.isoformat(), "added_by": i.added_by}
                    for i in items
                ]
            )
            return EXIT_OK
        if not items:
            print(f"No files attached to tie {tie_id}.")
        for i in items:
            print(f"{i.id:>5}  {day(i.added, args.lang)}  {evidence.human_size(i.size):>8}  {i.short_hash}  {i.name}")
        return EXIT_OK
    path = Path(args.file)
    if not path.is_file():
        raise _not_a_file(path)
    try:
        item = evidence.attach_file_to_tie(store, tie_id, path)
    except EvidenceTooLarge as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    print(f"Attached {item.name} ({evidence.human_size(item.size)}, sha256 {item.short_hash}) to tie {tie_id} as tie evidence {item.id}")
    return EXIT_OK


def _evidence_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise UsageError(f"evidence {text!r}: an evidence id is a whole number (see 'partnercheck evidence ID')") from None


def cmd_evidence(args: argparse.Namespace) -> int:
    store = open_store(args)
    target = assessment_id(args.id)
    if args.remove or args.restore:
        evidence_id = _evidence_id(args.remove or args.restore)
        owner, item = store.evidence_item(evidence_id)
        if owner != target:
            raise UsageError(f"evidence {evidence_id}: is not attached to assessment {target}")
        (evidence.remove if args.remove else evidence.restore)(store, evidence_id)
        print(f"{'Moved' if args.remove else 'Restored'} {item.name} {'to the bin' if args.remove else 'from the bin'}")
        return EXIT_OK
    items = store.list_evidence(target, in_bin=args.bin)
    if args.json:
        emit_json(
            [
                {
                    "id": e.id,
                    "question": e.question_id,
                    "name": e.name,
                    "size": e.size,
                    "sha256": e.sha256,
                    "added": e.added.isoformat(),
                    "added_by": e.added_by,
                }
                for e in items
            ]
        )
        return EXIT_OK
    if not items:
        print(f"No evidence {'in the bin' if args.bin else 'attached'} for assessment {target}.")
    for e in items:
        print(f"{e.id}\t{e.question_id}\t{e.name}\t{evidence.human_size(e.size)}\t{moment(e.added, args.lang)}\t{e.added_by}\t{e.short_hash}")
    return EXIT_OK


def _not_a_file(path: Path) -> UsageError:
    there = path.exists() or path.is_symlink()
    return UsageError(f"{path}: " + ("not a regular file (a folder, pipe, device or broken link); attach a file" if there else "no such file"))
