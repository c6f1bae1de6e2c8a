"""The headless commands of ``partnercheck`` (the window is :mod:`partnercheck.app`).

Exit status 0 on success, 2 on bad input with one line on stderr that names the file (or
assessment id) and the field. Nothing is half-written: every store write is one transaction.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .domain.assessment import Assessment, AssessmentState
from .domain.checklist import Checklist
from .domain.checklist_loader import ChecklistError
from .domain.compare import compare
from .domain.interchange import InterchangeError, dumps, parse_bytes
from .domain.levels import verdict_label
from .domain.scoring import Score, level_label, score_assessment
from .domain.text import LANGUAGES
from .paths import resolve_database_path
from .store import AssessmentStore, StoreError

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad input found by the command itself; printed as one line, exit status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnercheck",
        description="Due diligence for partnerships with Chinese cities and provinces. Without a command: open the window.",
    )
    parser.add_argument("--version", action="version", version=f"PartnerCheck {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", help="database file (default: $PARTNERCHECK_DB or the embedded database)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("checklist", parents=[common], help="show the active checklist")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--lang", choices=LANGUAGES, default="nl")

    p = sub.add_parser("list", parents=[common], help="list the assessments")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("import", parents=[common], help="validate and store an interchange file; prints the new id")
    p.add_argument("file", metavar="FILE")

    p = sub.add_parser("export", parents=[common], help="write an assessment as an interchange file")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", metavar="FILE", help="file to write (default: standard output)")

    p = sub.add_parser("score", parents=[common], help="theme levels, overall level, completeness, recommendations")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=LANGUAGES, default="nl")

    p = sub.add_parser("history", parents=[common], help="every recorded change to an assessment")
    p.add_argument("id", metavar="ID")
    p.add_argument("--question", metavar="QUESTION_ID", help="only this question's answer and note")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("diff", parents=[common], help="changed answers and levels between two assessments")
    p.add_argument("old", metavar="A")
    p.add_argument("new", metavar="B")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=LANGUAGES, default="nl")

    p = sub.add_parser("state", parents=[common], help="move an assessment to draft, review or final")
    p.add_argument("id", metavar="ID")
    p.add_argument("state", choices=[s.value for s in AssessmentState])
    p.add_argument("--by", metavar="NAME", help="who approves (default: the current user)")

    p = sub.add_parser("revise", parents=[common], help="start a new draft revision of a final assessment")
    p.add_argument("id", metavar="ID")

    p = sub.add_parser("delete", parents=[common], help="move an assessment to the bin")
    p.add_argument("id", metavar="ID")

    p = sub.add_parser("restore", parents=[common], help="bring an assessment back from the bin")
    p.add_argument("id", metavar="ID")

    p = sub.add_parser("backups", parents=[common], help="list the database's backups, make one, or restore one")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--now", action="store_true", help="make a backup now")
    group.add_argument("--restore", metavar="BACKUP", help="put this backup's content back (the current state is kept as a backup first)")

    p = sub.add_parser("report", parents=[common], help="write the PDF advice report")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", metavar="FILE.pdf", required=True)
    p.add_argument("--lang", choices=LANGUAGES, default="nl")
    p.add_argument(
        "--compare-with",
        metavar="ID",
        help="earlier assessment for the 'changes since' appendix (default: the previous revision or assessment of the partnership)",
    )
    p.add_argument("--no-compare", action="store_true", help="leave out the 'changes since' appendix")
    return parser


def run(argv: Sequence[str]) -> int:
    parser = _parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        return _COMMANDS[args.command](args)
    except (UsageError, StoreError, InterchangeError, ChecklistError) as exc:
        print(f"partnercheck {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK


# -- helpers ------------------------------------------------------------------------------


def _store(args: argparse.Namespace) -> AssessmentStore:
    from .workspace import open_store

    return open_store(resolve_database_path(args.db))


def _assessment_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise UsageError(f"assessment {text!r}: an assessment id is a whole number (see 'partnercheck list')") from None
    if value < 1:
        raise UsageError(f"assessment {text}: no such assessment")
    return value


def _emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# -- commands -----------------------------------------------------------------------------


def cmd_checklist(args: argparse.Namespace) -> int:
    from .workspace import checklist_library

    checklist = checklist_library().active
    lang = args.lang
    if args.json:
        _emit_json(checklist_document(checklist, lang))
        return EXIT_OK
    out = [f"{checklist.title.get(lang)} ({checklist.id} {checklist.version})", ""]
    for theme in checklist.themes:
        out.append(f"[{theme.id}] {theme.title.get(lang)}")
        for question in theme.questions:
            out.append(f"  {question.id}: {question.text.get(lang)}")
            for option in question.options:
                flag = "  RED FLAG" if option.red_flag else ""
                out.append(f"      - {option.value} ({option.label.get(lang)}): risk {option.risk}{flag}")
        out.append("")
    sys.stdout.write("\n".join(out))
    return EXIT_OK


def checklist_document(checklist: Checklist, lang: str) -> dict[str, Any]:
    return {
        "id": checklist.id,
        "version": checklist.version,
        "content_date": checklist.content_date or None,
        "title": checklist.title.get(lang),
        "language": lang,
        "themes": [
            {
                "id": t.id,
                "title": t.title.get(lang),
                "intro": t.intro.get(lang),
                "questions": [
                    {
                        "id": q.id,
                        "text": q.text.get(lang),
                        "guidance": q.guidance.get(lang),
                        "sources": list(q.sources),
                        "inferred": q.inferred,
                        "options": [
                            {
                                "value": o.value,
                                "label": o.label.get(lang),
                                "risk": o.risk,
                                "red_flag": o.red_flag,
                                "recommendations": list(o.recommendations),
                            }
                            for o in q.options
                        ],
                    }
                    for q in t.questions
                ],
            }
            for t in checklist.themes
        ],
        "sources": [{"code": s.code, "title": s.title, "publisher": s.publisher, "date": s.date, "url": s.url} for s in checklist.sources],
    }


def cmd_list(args: argparse.Namespace) -> int:
    store = _store(args)
    rows = store.list_summaries()
    if args.json:
        _emit_json(
            [
                {
                    "id": r.id,
                    "dutch_party": r.dutch_party,
                    "counterpart": r.counterpart,
                    "status": r.status.value,
                    "verdict": r.verdict,
                    "overall": r.overall,
                    "completeness": round(r.completeness, 4),
                    "answered": r.answered,
                    "total": r.total,
                    "updated": r.updated.isoformat(),
                    "assessor": r.assessor,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print("No assessments yet. Start one in the window, or: partnercheck import FILE")
        return EXIT_OK
    print(f"{'ID':>5}  {'Dutch party':<28} {'Counterpart':<22} {'Status':<9} {'Verdict':<11} {'Done':>5}  Last change")
    for r in rows:
        print(
            f"{r.id:>5}  {r.dutch_party[:28]:<28} {r.counterpart[:22]:<22} {r.status.value:<9} {r.verdict:<11} "
            f"{r.completeness:>5.0%}  {r.updated:%Y-%m-%d %H:%M}"
        )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot be read ({exc.strerror})") from None
    store = _store(args)
    assessment = parse_bytes(raw, str(path), store.library)
    new_id = store.create(assessment)
    print(f"Imported {path.name} as assessment {new_id}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    store = _store(args)
    assessment = store.get(_assessment_id(args.id))
    text = dumps(assessment)
    if args.out:
        _write_atomically(Path(args.out), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return EXIT_OK


def score_document(assessment: Assessment, checklist: Checklist, result: Score, lang: str) -> dict[str, Any]:
    signed = assessment.partnership.is_signed
    return {
        "id": assessment.id,
        "checklist": {"id": checklist.id, "version": checklist.version},
        "verdict": result.verdict.value,
        # The level the answers given so far support; with an incomplete verdict it is provisional.
        "overall": result.overall.code if result.answered else None,
        "completeness": round(result.completeness, 4),
        "answered": result.answered,
        "total": result.total,
        "unknown_count": result.unknown_count,
        "open_points": list(result.open_points),
        "scoring_model": result.model,
        "themes": {
            t.theme_id: {"level": t.level.code, "answered": t.answered, "total": t.total, "red_flags": list(t.red_flags)} for t in result.themes
        },
        "red_flags": list(result.red_flags),
        "recommendations": [
            {"id": r.id, "text": r.text_for(signed).get(lang), "theme": r.theme_id, "sources": list(r.sources)} for r in result.recommendations
        ],
    }


def cmd_score(args: argparse.Namespace) -> int:
    store = _store(args)
    assessment = store.get(_assessment_id(args.id))
    checklist = store.checklist_for(assessment)
    result = score_assessment(assessment, checklist)
    if args.json:
        _emit_json(score_document(assessment, checklist, result, args.lang))
        return EXIT_OK
    lang = args.lang
    p = assessment.partnership
    print(f"{p.dutch_party} – {p.counterpart}")
    print(f"verdict: {verdict_label(result.verdict, lang)}  ({result.answered}/{result.total} answered, {result.unknown_count} don't know)")
    if result.answered and result.verdict.level is None:
        print(f"provisional level: {level_label(result.overall, lang)}")
    for t in result.themes:
        title = checklist.theme(t.theme_id).title.get(lang)  # type: ignore[union-attr]
        print(f"  {level_label(t.level, lang):<7} {t.answered:>2}/{t.total:<2} {title}")
    if result.red_flags:
        print("red flags: " + ", ".join(result.red_flags))
    if result.open_points:
        print(f"open points: {len(result.open_points)}, first: " + ", ".join(result.open_points[:5]))
    for r in result.recommendations:
        print(f"  * {r.text_for(assessment.partnership.is_signed).get(lang)} [{', '.join(r.sources)}]")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    store = _store(args)
    entries = store.history(_assessment_id(args.id), args.question)
    if args.json:
        _emit_json([{"at": e.at.isoformat(), "by": e.actor, "what": e.subject, "old": e.old, "new": e.new} for e in entries])
        return EXIT_OK
    for e in entries:
        print(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.actor:<20} {e.subject}: {e.old if e.old is not None else '–'} -> {e.new if e.new is not None else '–'}")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    store = _store(args)
    old = store.get(_assessment_id(args.old))
    new = store.get(_assessment_id(args.new))
    checklist = store.checklist_for(new)
    result = compare(checklist, old, new)
    if args.json:
        _emit_json(
            {
                "old": old.id,
                "new": new.id,
                "answers": [
                    {
                        "question": c.question_id,
                        "old": c.old.value if c.old else None,
                        "new": c.new.value if c.new else None,
                        "old_note": c.old.note if c.old else "",
                        "new_note": c.new.note if c.new else "",
                    }
                    for c in result.answers
                ],
                "levels": [{"theme": c.theme_id, "old": c.old.code, "new": c.new.code} for c in result.levels],
            }
        )
        return EXIT_OK
    if result.is_empty:
        print(f"No differences between assessment {old.id} and {new.id}.")
        return EXIT_OK
    for c in result.levels:
        what = "overall" if c.theme_id is None else c.theme_id
        print(f"level {what}: {level_label(c.old, args.lang)} -> {level_label(c.new, args.lang)}")
    for c in result.answers:
        before = c.old.value if c.old and c.old.value else "–"
        after = c.new.value if c.new and c.new.value else "–"
        extra = "" if c.value_changed else " (note)"
        print(f"{c.question_id}: {before} -> {after}{extra}")
    return EXIT_OK


def cmd_state(args: argparse.Namespace) -> int:
    store = _store(args)
    assessment_id = _assessment_id(args.id)
    store.set_state(assessment_id, AssessmentState(args.state), by=args.by)
    print(f"Assessment {assessment_id} is now {args.state}")
    return EXIT_OK


def cmd_revise(args: argparse.Namespace) -> int:
    store = _store(args)
    new_id = store.new_revision(_assessment_id(args.id))
    print(f"New revision started as assessment {new_id}")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    store = _store(args)
    assessment_id = _assessment_id(args.id)
    store.delete(assessment_id)
    print(f"Assessment {assessment_id} moved to the bin (partnercheck restore {assessment_id} brings it back)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    store = _store(args)
    assessment_id = _assessment_id(args.id)
    store.restore(assessment_id)
    print(f"Assessment {assessment_id} restored")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from .store import backups

    db_path = resolve_database_path(args.db)
    if args.restore:
        backup = Path(args.restore)
        if not backup.is_file():
            raise UsageError(f"{backup}: no such backup file")
        backups.restore_backup(db_path, backup)
        print(f"Restored {db_path} from {backup.name}")
        return EXIT_OK
    if args.now:
        store = _store(args)
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


def cmd_report(args: argparse.Namespace) -> int:
    from .report import render_report  # reportlab only when a report is wanted

    if not args.out.strip() or Path(args.out).name == "":
        raise UsageError(f"--out {args.out!r}: give the name of the PDF file to write")
    store = _store(args)
    assessment = store.get(_assessment_id(args.id))
    checklist = store.checklist_for(assessment)
    previous = None
    if not args.no_compare:
        previous_id = _assessment_id(args.compare_with) if args.compare_with else store.previous_of(assessment.id)
        previous = store.get(previous_id) if previous_id is not None else None
    pdf = render_report(assessment, checklist, lang=args.lang, previous=previous)
    _write_atomically(Path(args.out), pdf)
    print(f"Wrote {args.out}")
    return EXIT_OK


def _write_atomically(path: Path, data: bytes) -> None:
    """Whole or not at all (services.files); an unwritable target is one line, exit 2."""
    from .services.files import write_atomically

    try:
        write_atomically(path, data)
    except OSError as exc:
        raise UsageError(f"{path}: cannot be written ({exc.strerror or exc})") from None


_COMMANDS = {
    "checklist": cmd_checklist,
    "list": cmd_list,
    "import": cmd_import,
    "export": cmd_export,
    "score": cmd_score,
    "report": cmd_report,
    "history": cmd_history,
    "diff": cmd_diff,
    "state": cmd_state,
    "revise": cmd_revise,
    "delete": cmd_delete,
    "restore": cmd_restore,
    "backups": cmd_backups,
}
