"""Commands for the records manager: the bin (list, empty by the retention rules), retention
periods and the overview, holds, and the destruction list. Each: parse, service, print."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path

from ..domain.retention import Judgement, RecordType
from ..services import retention
from .common import EXIT_BAD_INPUT, EXIT_OK, UsageError, assessment_id, day, emit_json, open_store, writing


def _line(j: Judgement, lang: str) -> str:
    stage = f"{j.facts.state.value}, revision {j.facts.revision}"
    return f"{j.id:>5}  {j.facts.dutch_party} – {j.facts.counterpart}  ({stage}): {j.english(lambda d: day(d, lang))}"


def cmd_bin(args: argparse.Namespace) -> int:
    store = open_store(args)
    if args.empty:
        emptied = retention.empty_bin(store)
        if args.json:
            emit_json(
                {
                    "destroyed": [retention.judgement_document(j) for j in emptied.destroyed],
                    "kept": [retention.judgement_document(j) for j in emptied.kept],
                    "files_destroyed": emptied.files_destroyed,
                    "files_kept": emptied.files_kept,
                }
            )
        else:
            print(f"Destroyed {len(emptied.destroyed)} assessment(s) for good.")
            for j in emptied.destroyed:
                print(f"  destroyed {_line(j, args.lang)}" + (" (on the destruction list)" if j.record_type else ""))
            for j in emptied.kept:
                print(f"  kept back {_line(j, args.lang)}")
            if emptied.files_destroyed or emptied.files_kept:
                kept = f"; kept {emptied.files_kept} (of an assessment in review or final, or on hold)" if emptied.files_kept else ""
                print(f"Destroyed {emptied.files_destroyed} evidence file(s) from the bin{kept}.")
        if emptied.kept:
            print(f"partnercheck bin: {len(emptied.kept)} assessment(s) kept back in the bin (see above)", file=sys.stderr)
            return EXIT_BAD_INPUT
        return EXIT_OK
    judged = store.judgements(_today(), in_bin=True)
    if args.json:
        emit_json([retention.judgement_document(j) for j in judged])
        return EXIT_OK
    if not judged:
        print("The bin is empty.")
    for j in judged:
        print(_line(j, args.lang))
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    store = open_store(args)
    for text in args.set or []:
        try:
            kind, years = retention.parse_period(text)
        except ValueError as exc:
            raise UsageError(f"--set {exc}") from None
        store.set_retention_period(kind, years, args.basis or "")
    periods = store.retention_periods()
    judged = retention.overview(store, due_only=args.due)
    if args.json:
        emit_json(
            {
                "periods": {t.value: ({"years": periods[t].years, "basis": periods[t].basis} if t in periods else None) for t in RecordType},
                "records": [retention.judgement_document(j) for j in judged],
            }
        )
        return EXIT_OK
    for kind in RecordType:
        period = periods.get(kind)
        said = f"{period.years} years" + (f" ({period.basis})" if period.basis else "") if period else "no period set: kept"
        print(f"{kind.value}: {said}")
    print()
    if not judged:
        print("No records are due." if args.due else "No records yet.")
    for j in judged:
        print(_line(j, args.lang) + ("  [in the bin]" if j.facts.in_bin else ""))
    return EXIT_OK


def cmd_hold(args: argparse.Namespace) -> int:
    from ..domain.retention import check_setting_hold

    try:
        check_setting_hold(args.state == "on", args.reason)
    except ValueError as exc:
        raise UsageError(f"--{exc}; give it with --reason TEXT (nothing was changed)") from None
    store = open_store(args)
    if args.tie:
        tie_id = store.resolve_tie(args.id)
        held = retention.hold_tie(store, tie_id, args.state == "on", args.reason)
        print(f"Hold on tie {tie_id} is {args.state} ({len(held)} assessment(s): {', '.join(map(str, held)) or 'none yet'})")
        return EXIT_OK
    target = assessment_id(args.id)
    retention.hold(store, target, args.state == "on", args.reason)
    print(f"Hold on assessment {target} is {args.state}")
    return EXIT_OK


def cmd_destruction_list(args: argparse.Namespace) -> int:
    target = Path(args.out)
    if target.suffix.lower() not in (".csv", ".pdf"):
        raise UsageError(f"--out {args.out}: the destruction list is written as .csv or .pdf")
    store = open_store(args)
    count = 0

    def write() -> None:
        nonlocal count
        count = retention.save_destruction_list(store, target, args.lang)

    writing(target, write)
    print(f"Wrote {target} ({count} destroyed record(s))")
    return EXIT_OK


def _today() -> _dt.date:
    return _dt.date.today()


def cmd_woo_export(args: argparse.Namespace) -> int:
    from ..services.woo import WooError, woo_export

    store = open_store(args)
    target = Path(args.out)
    try:
        done = woo_export(store, store.resolve_tie(args.tie), target, args.lang)
    except WooError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"{exc.filename or target}: cannot be written ({exc.strerror or exc})") from None
    print(f"Wrote {len(done.documents)} documents of tie {done.tie} and its {len(done.assessments)} assessment(s) to {target}")
    print(f"  index.csv lists them; redaction.csv names {done.passages} passage(s) with personal data to review (nothing was redacted),")
    print(f"  and {done.names} possible name(s) found in free text, each with the passage around it")
    print(f"  publication-decisions.csv: {done.decisions} decision(s) to publish, with who, when and the weighing")
    print(f"  a Woo request is a reason to set a hold: partnercheck hold --tie {done.tie} on")
    return EXIT_OK
