"""Commands about ties: record and list events. Each: parse, call the service, print."""

from __future__ import annotations

import argparse
import datetime as _dt
import re
import sys

from ..domain.events import CostCategory, Event, EventKind, GiftDisposition, format_euros, parse_euros
from ..domain.plain_text import TextRefused
from ..services import ties
from .common import EXIT_OK, UsageError, day, emit_json, open_store
from .words import nt, said, t

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(text: str, option: str) -> _dt.date:
    try:
        if not _DATE.match(text):
            raise ValueError
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(t("{option} {text}: not a date; write YYYY-MM-DD", option=option, text=repr(text))) from None


def cmd_event(args: argparse.Namespace) -> int:
    value = None
    if args.value is not None:
        try:
            value = parse_euros(args.value)
        except ValueError as exc:
            raise UsageError(t("--value: {detail}", detail=said(exc))) from None
    try:
        event = Event(
            date=parse_date(args.date, "--date"),
            kind=EventKind(args.kind),
            text=args.text,
            people=args.people or "",
            value_cents=value,
            category=CostCategory(args.category) if args.category else None,
            disposition=GiftDisposition(args.disposition) if args.disposition else None,
            source=args.source or "",
        )
    except ValueError as exc:
        raise UsageError("--" + str(exc)) from None  # the domain's English: "kind 'x' is not ..."
    store = open_store(args)
    tie_id = store.resolve_tie(args.tie)
    try:
        event_id = ties.record_event(store, tie_id, event)
    except TextRefused as exc:
        raise UsageError(t("--{detail}; nothing was recorded", detail=said(exc))) from None
    print(t("Recorded event {event} on tie {tie} ({label})", event=event_id, tie=tie_id, label=store.get_tie(tie_id).label))
    return EXIT_OK


def cmd_events(args: argparse.Namespace) -> int:
    store = open_store(args)
    tie = store.get_tie(store.resolve_tie(args.tie))
    rows = [ties.event_row(e, args.lang) for e in store.events(tie.id)]
    if args.json:
        emit_json(rows)
    elif args.csv:
        sys.stdout.write(ties.as_csv(rows, ties.EVENT_FIELDS))
    else:
        print(t("Tie {tie}: {label}", tie=tie.id, label=tie.label))
        if not rows:
            print(t("No events recorded."))
        from .codes import shown

        # The kind and the category in the run's words, each column as wide as its longest.
        kinds = [shown(r["kind"], r["kind_label"]) for r in rows]
        categories = [shown(r["category"], r["category_label"]) for r in rows]
        wk, wc = max(15, *map(len, kinds or [""])), max(11, *map(len, categories or [""]))
        for r, kind, category in zip(rows, kinds, categories, strict=True):
            value = f"{_amount(r['value'], args.lang):>10}"
            when = day(_dt.date.fromisoformat(r["date"]), args.lang)
            print(f"{r['id']:>5}  {when}  {kind:<{wk}}  {value}  {category:<{wc}}  {r['text']}")
    return EXIT_OK


def _amount(plain: str | None, lang: str) -> str:
    """A row's euros ("1200.50") as a Dutch reader writes them ("1.200,50"); the English text
    keeps the plain decimal it always printed."""
    if not plain or lang != "nl":
        return plain or ""
    return format_euros(int(plain.replace(".", "")), lang)


def _tie_or_all(store: object, text: str | None) -> int | None:
    return None if text is None else store.resolve_tie(text)  # type: ignore[attr-defined]


def cmd_gifts(args: argparse.Namespace) -> int:
    store = open_store(args)
    rows = ties.gift_rows(store, _tie_or_all(store, args.tie), args.lang)
    if args.json:
        emit_json(rows)
    elif args.csv:
        sys.stdout.write(ties.as_csv(rows, ties.GIFT_FIELDS))
    elif not rows:
        print(t("No gifts recorded."))
    else:
        from .codes import shown, word

        heads = t("Tie"), t("Date"), t("Direction"), t("Value"), t("Disposition"), t("Gift")
        # A column as wide as its heading and its longest word in the run's language.
        wd = max(9, len(heads[2]), *(len(word(r["direction"])) for r in rows))
        wp = max(11, len(heads[4]), *(len(shown(r["disposition"], r["disposition_label"])) for r in rows))
        wn = max(10, len(heads[1]))
        print(f"{heads[0]:>5}  {heads[1]:<{wn}}  {heads[2]:<{wd}}  {heads[3]:>10}  {heads[4]:<{wp}}  {heads[5]}")
        for r in rows:
            when = day(_dt.date.fromisoformat(r["date"]), args.lang)
            direction, disposition = word(r["direction"]), shown(r["disposition"], r["disposition_label"])
            print(f"{r['tie']:>5}  {when:<{wn}}  {direction:<{wd}}  {_amount(r['value'], args.lang):>10}  {disposition:<{wp}}  {r['text']}")
    return EXIT_OK


def cmd_costs(args: argparse.Namespace) -> int:
    store = open_store(args)
    rows = ties.cost_rows(store, _tie_or_all(store, args.tie))
    if args.json:
        emit_json(rows)
    elif args.csv:
        sys.stdout.write(ties.as_csv(rows, ties.COST_FIELDS))
    elif not rows:
        print(t("No costs recorded."))
    else:
        from ..catalogs import translate
        from ..domain.events import CATEGORY_LABELS, CostCategory
        from .codes import shown

        names = ties.COST_FIELDS[2:]  # the cost categories' codes, as --category takes them, and the total
        # Dutch: the categories as the window names them, amounts as 1.250,50; English: as it always printed.
        labels = {c.value: translate(args.lang, CATEGORY_LABELS[c]) for c in CostCategory} | {"total": t("Total")}
        heads = [shown(n, labels[n]) for n in names]
        w = [max(11, len(head)) for head in heads]
        year = t("Year")
        print(f"{t('Tie'):>5}  {year:<4}  " + "  ".join(f"{head:>{width}}" for head, width in zip(heads, w, strict=True)))
        for r in rows:
            cells = (_amount(r[n], args.lang) for n in names)
            print(f"{r['tie']:>5}  {r['year']:<{len(year)}}  " + "  ".join(f"{cell:>{width}}" for cell, width in zip(cells, w, strict=True)))
    return EXIT_OK


def cmd_export_tie(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..services import sealed, tie_transfer, transfer
    from .common import check_target, note_personal_data, passphrase, refuse_empty_out, warn_refused_on_import, writing

    refuse_empty_out(args)
    secret = passphrase(args)
    if secret is not None and not args.out:
        raise UsageError(t("--passphrase-file: an encrypted file is written with --out FILE, not to standard output"))
    if secret is not None:
        sealed.check_passphrase(secret, args.passphrase_file)
    if args.out:
        check_target(Path(args.out))
    store = open_store(args)
    tie_id = store.resolve_tie(args.tie)
    if args.out:
        if secret is None:  # a tie file always names people (assessors, contacts, events)
            note_personal_data("export-tie")
        target = Path(args.out)
        count = [0]

        def write() -> None:
            count[0] = tie_transfer.export_tie_file(store, tie_id, target, secret)

        writing(target, write)
        if count[0]:  # a package: said, as `package` says it (a plain tie file prints nothing)
            files = nt("{n} evidence file", "{n} evidence files", count[0])
            if secret:
                print(t("Wrote {file} (tie {tie} with {files}, a tie package, encrypted)", file=target, tie=tie_id, files=files))
            else:
                print(t("Wrote {file} (tie {tie} with {files}, a tie package)", file=target, tie=tie_id, files=files))
    else:
        if left_out := tie_transfer.evidence_count(store, tie_id):
            note = nt(
                "{n} evidence file is not in standard output; --out FILE writes a tie package with it",
                "{n} evidence files are not in standard output; --out FILE writes a tie package with them",
                left_out,
            )
            print(t("partnercheck {command}: note: {note}", command="export-tie", note=note), file=sys.stderr)
        sys.stdout.write(tie_transfer.export_tie_text(store, tie_id))
    warn_refused_on_import("export-tie", transfer.refused_on_import_of_tie(store, tie_id), tie=True)
    return EXIT_OK
