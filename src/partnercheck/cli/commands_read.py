"""Commands that only read: the checklist, the list, an assessment's score, history and the
differences between two assessments. Each reads through the store and prints."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..domain.advice import measure_text, measures
from ..domain.answer_fit import misfit_text, misfits
from ..domain.assessment import Assessment
from ..domain.checklist import Checklist
from ..domain.compare import compare
from ..domain.levels import verdict_label
from ..domain.scoring import Score, level_label, score_assessment
from .common import EXIT_OK, NoDatabaseError, UsageError, assessment_id, emit_json, moment, open_store
from .words import t


def cmd_checklist(args: argparse.Namespace) -> int:
    from ..services.workspace import checklist_library

    if args.action == "install":
        return _install(args)
    if args.file:
        raise UsageError(t("{file}: to install a checklist, say: partnercheck checklist install FILE", file=args.file))
    checklist = checklist_library().active
    lang = args.lang
    if args.json:
        emit_json(checklist_document(checklist, lang))
        return EXIT_OK
    out = [f"{checklist.title.get(lang)} ({checklist.id} {checklist.version})", ""]
    for theme in checklist.themes:
        out.append(f"[{theme.id}] {theme.title.get(lang)}")
        for question in theme.questions:
            out.append(f"  {question.id}: {question.text.get(lang)}")
            for option in question.options:
                flag = "  " + t("RED FLAG") if option.red_flag else ""
                out.append(f"      - {option.value} ({option.label.get(lang)}): " + t("risk {risk}", risk=option.risk) + flag)
        out.append("")
    sys.stdout.write("\n".join(out))
    return EXIT_OK


def _install(args: argparse.Namespace) -> int:
    from ..paths import installed_checklist_dir
    from ..services.checklists import install_checklist
    from ..services.workspace import checklist_library

    if not args.file:
        raise UsageError(t("checklist install: name the checklist file to install"))
    installed = install_checklist(Path(args.file), checklist_library(), installed_checklist_dir())
    active = checklist_library().active
    print(
        t(
            "Installed {checklist} (content {date}); active: {active}",
            checklist=f"{installed.id} {installed.version}",
            date=installed.content_date or t("undated"),
            active=f"{active.id} {active.version}",
        )
    )
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
                                "unknown": o.unknown,
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
    try:
        rows = open_store(args).list_summaries()
    except NoDatabaseError:
        rows = []  # no database yet is an empty list; none is created for asking
    if args.json:
        emit_json(
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
        print(t("No assessments yet. Start one in the window, or: partnercheck import FILE"))
        return EXIT_OK
    from .codes import word

    heads = t("ID"), t("Dutch party"), t("Counterpart"), t("Status"), t("Verdict"), t("Done"), t("Last change")
    states, verdicts = [word(r.status) for r in rows], [word(r.verdict) for r in rows]
    # The state and verdict columns as wide as their longest word in the run's language ("ter toetsing").
    ws, wv = max(9, len(heads[3]), *map(len, states)), max(11, len(heads[4]), *map(len, verdicts))
    print(f"{heads[0]:>5}  {heads[1]:<28} {heads[2]:<22} {heads[3]:<{ws}} {heads[4]:<{wv}} {heads[5]:>5}  {heads[6]}")
    for r, state, verdict in zip(rows, states, verdicts, strict=True):
        print(
            f"{r.id:>5}  {r.dutch_party[:28]:<28} {r.counterpart[:22]:<22} {state:<{ws}} {verdict:<{wv}} "
            f"{r.completeness:>5.0%}  {moment(r.updated, args.lang)}"
        )
    return EXIT_OK


def score_document(assessment: Assessment, checklist: Checklist, result: Score, lang: str) -> dict[str, Any]:
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
        "unsupported": list(result.unsupported),
        "scoring_model": result.model,
        "themes": {
            t.theme_id: {"level": t.level.code, "answered": t.answered, "total": t.total, "red_flags": list(t.red_flags)} for t in result.themes
        },
        "red_flags": list(result.red_flags),
        # Answers that contradict the tie's status or year (domain.answer_fit); not in the score.
        "misfits": [
            {"question": m.question_id, "value": m.value, "text": misfit_text(m, lang)}
            for m in misfits(checklist, assessment.partnership, assessment.answers)
        ],
        "recommendations": [
            {"id": r.id, "text": measure_text(r, assessment.partnership, lang), "theme": r.theme_id, "sources": list(r.sources)}
            for r in measures(result, assessment.partnership)
        ],
    }


def cmd_score(args: argparse.Namespace) -> int:
    store = open_store(args)
    assessment = store.get(assessment_id(args.id))
    checklist = store.checklist_for(assessment)
    result = score_assessment(assessment, checklist)
    if args.json:
        emit_json(score_document(assessment, checklist, result, args.lang))
        return EXIT_OK
    lang = args.lang
    p = assessment.partnership
    print(f"{p.dutch_party} – {p.counterpart}")
    counts = t("{answered}/{total} answered, {unknown} don't know", answered=result.answered, total=result.total, unknown=result.unknown_count)
    print(t("verdict: {verdict}", verdict=verdict_label(result.verdict, lang)) + f"  ({counts})")
    if result.answered and result.verdict.level is None:
        print(t("provisional level: {level}", level=level_label(result.overall, lang)))
    for theme in result.themes:
        title = checklist.theme(theme.theme_id).title.get(lang)  # type: ignore[union-attr]
        print(f"  {level_label(theme.level, lang):<7} {theme.answered:>2}/{theme.total:<2} {title}")
    if result.red_flags:
        print(t("red flags: {flags}", flags=", ".join(result.red_flags)))
    if result.open_points:
        print(t("open points: {n}, first: {first}", n=len(result.open_points), first=", ".join(result.open_points[:5])))
    for m in misfits(checklist, assessment.partnership, assessment.answers):
        print(t("does not fit the tie: {question} = {value}. {why}", question=m.question_id, value=m.value, why=misfit_text(m, lang)))
    for r in result.recommendations:
        print(f"  * {measure_text(r, assessment.partnership, lang)} [{', '.join(r.sources)}]")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    store = open_store(args)
    entries = store.history(assessment_id(args.id), args.question)
    if args.json:
        emit_json([{"at": e.at.isoformat(), "by": e.actor, "what": e.subject, "old": e.old, "new": e.new} for e in entries])
        return EXIT_OK
    from ..domain.history_values import readable_value

    for e in entries:
        # Dates in the values as the reader writes them (the JSON above keeps ISO).
        old, new = (v if v is not None else "–" for v in (readable_value(e.subject, e.old, args.lang), readable_value(e.subject, e.new, args.lang)))
        print(f"{moment(e.at, args.lang, seconds=True)}  {e.actor:<20} {e.subject}: {old} -> {new}")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    store = open_store(args)
    old = store.get(assessment_id(args.old))
    new = store.get(assessment_id(args.new))
    checklist = store.checklist_for(new)
    result = compare(checklist, old, new)
    if args.json:
        emit_json(
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
        print(t("No differences between assessment {old} and {new}.", old=old.id, new=new.id))
        return EXIT_OK
    for level_change in result.levels:
        what = t("overall") if level_change.theme_id is None else level_change.theme_id
        print(
            t("level {what}: {old} -> {new}", what=what, old=level_label(level_change.old, args.lang), new=level_label(level_change.new, args.lang))
        )
    for answer_change in result.answers:
        before = answer_change.old.value if answer_change.old and answer_change.old.value else "–"
        after = answer_change.new.value if answer_change.new and answer_change.new.value else "–"
        extra = "" if answer_change.value_changed else " " + t("(note)")
        print(f"{answer_change.question_id}: {before} -> {after}{extra}")
    return EXIT_OK
