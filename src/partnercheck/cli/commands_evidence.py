"""Commands for evidence: attach a file to an answer, list (remove, restore) the files of an
assessment. Each: parse, call the service, print."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.evidence import EvidenceTooLarge
from ..services import evidence
from .common import EXIT_OK, UsageError, assessment_id, day, emit_json, moment, open_store
from .words import reason, t


def cmd_attach(args: argparse.Namespace) -> int:
    path = Path(args.file)
    target = assessment_id(args.id)
    if not path.is_file():
        raise _not_a_file(path)
    store = open_store(args)
    try:
        item = evidence.attach_file(store, target, args.question, path)
    except EvidenceTooLarge as exc:
        raise UsageError(_too_large(path, exc)) from None
    except OSError as exc:
        raise UsageError(t("{file}: cannot be read ({reason})", file=path, reason=reason(exc))) from None
    size = evidence.human_size(item.size)
    print(
        t(
            "Attached {file} ({size}, sha256 {hash}) to {question} of assessment {id} as evidence {evidence}",
            file=item.name,
            size=size,
            hash=item.short_hash,
            question=args.question,
            id=target,
            evidence=item.id,
        )
    )
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
            print(t("No files attached to tie {tie}.", tie=tie_id))
        for i in items:
            print(f"{i.id:>5}  {day(i.added, args.lang)}  {evidence.human_size(i.size):>8}  {i.short_hash}  {i.name}")
        return EXIT_OK
    path = Path(args.file)
    if not path.is_file():
        raise _not_a_file(path)
    try:
        item = evidence.attach_file_to_tie(store, tie_id, path)
    except EvidenceTooLarge as exc:
        raise UsageError(_too_large(path, exc)) from None
    except OSError as exc:
        raise UsageError(t("{file}: cannot be read ({reason})", file=path, reason=reason(exc))) from None
    size = evidence.human_size(item.size)
    print(
        t(
            "Attached {file} ({size}, sha256 {hash}) to tie {tie} as tie evidence {evidence}",
            file=item.name,
            size=size,
            hash=item.short_hash,
            tie=tie_id,
            evidence=item.id,
        )
    )
    return EXIT_OK


def _evidence_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise UsageError(t("evidence {text}: an evidence id is a whole number (see 'partnercheck evidence ID')", text=repr(text))) from None


def cmd_evidence(args: argparse.Namespace) -> int:
    store = open_store(args)
    target = assessment_id(args.id)
    if args.remove or args.restore:
        evidence_id = _evidence_id(args.remove or args.restore)
        owner, item = store.evidence_item(evidence_id)
        if owner != target:
            raise UsageError(t("evidence {evidence}: is not attached to assessment {id}", evidence=evidence_id, id=target))
        (evidence.remove if args.remove else evidence.restore)(store, evidence_id)
        print(t("Moved {file} to the bin", file=item.name) if args.remove else t("Restored {file} from the bin", file=item.name))
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
        print(t("No evidence in the bin for assessment {id}.", id=target) if args.bin else t("No evidence attached for assessment {id}.", id=target))
    for e in items:
        print(f"{e.id}\t{e.question_id}\t{e.name}\t{evidence.human_size(e.size)}\t{moment(e.added, args.lang)}\t{e.added_by}\t{e.short_hash}")
    return EXIT_OK


def _not_a_file(path: Path) -> UsageError:
    there = path.exists() or path.is_symlink()
    if there:
        return UsageError(t("{file}: not a regular file (a folder, pipe, device or broken link); attach a file", file=path))
    return UsageError(t("{file}: no such file", file=path))


def _too_large(path: Path, exc: EvidenceTooLarge) -> str:
    """The domain's refusal said in the run's language, from its attributes."""
    from ..domain.evidence import MAX_EVIDENCE_BYTES

    size, limit = f"{exc.size / 1024 / 1024:.1f}", MAX_EVIDENCE_BYTES // 1024 // 1024
    return t("{file}: {size} MB is more than the {limit} MB a file may have; nothing was attached", file=exc.name, size=size, limit=limit)
