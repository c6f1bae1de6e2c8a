"""The overview commands: the portfolio of ties (text, JSON, CSV, spreadsheet), what is due
for review, and search across everything. Each: parse, call the service, print."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path

from ..catalogs import translate
from ..domain.review import REASON_LABELS
from ..services import portfolio as service
from ..services.ties import as_csv
from .common import EXIT_OK, NoDatabaseError, UsageError, day, emit_json, open_store, writing
from .words import t


def cmd_portfolio(args: argparse.Namespace) -> int:
    today = _dt.date.today()
    store = open_store(args)
    rows = service.portfolio(store, today)
    themes = service.theme_ids(store, rows)
    if args.pdf:
        from ..services.files import write_atomically

        target = Path(args.pdf)
        if target.name == "" or target.is_dir():
            raise UsageError(t("--pdf {value}: give the name of the PDF file to write", value=repr(args.pdf)))
        pdf = service.portfolio_pdf(store, rows, today, args.lang)
        writing(target, lambda: write_atomically(target, pdf))
        print(t("Wrote {file}", file=args.pdf))
    elif args.xlsx:
        from ..services.spreadsheet import save_portfolio_xlsx

        target = Path(args.xlsx)
        if target.name == "" or target.is_dir():
            raise UsageError(t("--xlsx {value}: give the name of the spreadsheet file to write", value=repr(args.xlsx)))
        writing(target, lambda: save_portfolio_xlsx(target, rows, themes, today, args.lang))
        print(t("Wrote {file}", file=args.xlsx))
    elif args.json:
        emit_json([service.as_record(r, today) for r in rows])
    elif args.csv:
        sys.stdout.write(as_csv([service.flat_record(r, today, themes) for r in rows], (*service.FIELDS, *(f"theme:{t}" for t in themes))))
    elif not rows:
        print(t("No ties yet. Start an assessment in the window, or: partnercheck import FILE"))
    else:
        from .codes import word

        heads = t("Tie"), t("Dutch party"), t("Counterpart"), t("Verdict"), t("Assessed"), t("Next review"), t("Actions"), t("Events")
        reviews = [
            day(r.review.date, args.lang) + (" " + t("overdue") if r.review.is_overdue(today) else (" " + t("due") if r.review.is_due(today) else ""))
            for r in rows
        ]
        # A column is as wide as its heading in the run's language ("Volgende beoordeling").
        w = [max(width, len(head)) for width, head in zip((5, 26, 20, 11, 10, 18, 7, 6), heads, strict=True)]
        verdicts = [word(r.verdict) for r in rows]
        w[3], w[5] = max(w[3], *map(len, verdicts)), max(w[5], *map(len, reviews))
        heading = f"{heads[0]:>{w[0]}}  {heads[1]:<{w[1]}} {heads[2]:<{w[2]}} {heads[3]:<{w[3]}} {heads[4]:<{w[4]}}  {heads[5]:<{w[5]}}"
        print(f"{heading} {heads[6]:>{w[6]}} {heads[7]:>{w[7]}}")
        for r, verdict, review in zip(rows, verdicts, reviews, strict=True):
            assessed = day(r.last_assessed, args.lang)
            print(
                f"{r.tie:>{w[0]}}  {r.dutch_party[:26]:<{w[1]}} {r.counterpart[:20]:<{w[2]}} {verdict:<{w[3]}} {assessed:<{w[4]}}  "
                f"{review:<{w[5]}} {r.open_actions:>{w[6]}} {r.events_since:>{w[7]}}"
            )
    return EXIT_OK


def cmd_due(args: argparse.Namespace) -> int:
    today = _dt.date.today()
    try:
        store = open_store(args)
    except NoDatabaseError:
        rows = []
    else:
        rows = service.due(service.portfolio(store, today), today)
    if args.json:
        emit_json(
            [
                {
                    "tie": r.tie,
                    "uuid": r.uuid,
                    "dutch_party": r.dutch_party,
                    "counterpart": r.counterpart,
                    "verdict": r.review.verdict.value if r.review.verdict else None,
                    "next_review": r.review.date.isoformat() if r.review.date else None,
                    "overdue": r.review.is_overdue(today),
                    "reason": r.review.reason,
                    "event": r.review.event_id,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print(t("Nothing is due for review."))
        return EXIT_OK
    for r in rows:
        state = t("overdue") if r.review.is_overdue(today) else t("due")
        reason = translate(args.lang, REASON_LABELS[r.review.reason])
        event = " " + t("(event {id})", id=r.review.event_id) if r.review.event_id is not None else ""
        width = max(7, len(t("overdue")), len(t("due")))  # "aan de beurt"
        print(f"{r.tie:>5}  {day(r.review.date, args.lang)}  {state:<{width}}  {r.label}: {reason}{event}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    store = open_store(args)
    hits = store.search(args.text, limit=args.limit)
    if args.json:
        emit_json([{"kind": h.kind, "id": h.ref, "tie": h.tie_id, "snippet": h.snippet} for h in hits])
        return EXIT_OK
    if not hits:
        print(t("Nothing found for {text}.", text=repr(args.text)))
    for h in hits:
        print(f"{h.tie_id:>5}  {h.kind:<9} {h.ref:>6}  {h.snippet}")
    return EXIT_OK
