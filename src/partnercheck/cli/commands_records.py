"""Commands for the records manager: the bin (list, empty by the retention rules), retention
periods and the overview, holds, and the destruction list. Each: parse, service, print."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path

from ..domain.retention import Judgement, Reason, RecordType
from ..services import retention
from .codes import word
from .common import EXIT_BAD_INPUT, EXIT_OK, UsageError, assessment_id, day, emit_json, open_store, writing
from .words import nt, reason, said, t


def _line(j: Judgement, lang: str) -> str:
    stage = t("{state}, revision {revision}", state=word(j.facts.state), revision=j.facts.revision)
    return f"{j.id:>5}  {j.facts.dutch_party} – {j.facts.counterpart}  ({stage}): {_judged(j, lang)}"


def _judged(j: Judgement, lang: str) -> str:
    """What the retention rules say of one record (``Judgement.english``, in the run's language)."""
    if j.reason is Reason.HOLD:
        return t("kept: a hold is set ({reason})", reason=j.facts.hold_reason) if j.facts.hold_reason else t("kept: a hold is set")
    if j.reason is Reason.NO_PERIOD:
        return t("kept: no retention period is set for {type} assessments (partnercheck retention --set)", type=word(j.record_type))
    if j.reason is Reason.NOT_DUE:
        return t("kept: its retention period ends on {date}", date=day(j.due, lang))
    return t("may be destroyed") if j.reason is Reason.DUE else t("a draft: may be destroyed")


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
            print(nt("Destroyed {n} assessment for good.", "Destroyed {n} assessments for good.", len(emptied.destroyed)))
            for j in emptied.destroyed:
                print("  " + t("destroyed {line}", line=_line(j, args.lang)) + (" " + t("(on the destruction list)") if j.record_type else ""))
            for j in emptied.kept:
                print("  " + t("kept back {line}", line=_line(j, args.lang)))
            if emptied.files_destroyed or emptied.files_kept:
                files = nt("Destroyed {n} evidence file from the bin", "Destroyed {n} evidence files from the bin", emptied.files_destroyed)
                if emptied.files_kept:
                    files += t("; kept {n} (of an assessment in review or final, or on hold)", n=emptied.files_kept)
                print(files + ".")
        if emptied.kept:
            kept_back = nt("{n} assessment kept back in the bin (see above)", "{n} assessments kept back in the bin (see above)", len(emptied.kept))
            print(f"partnercheck bin: {kept_back}", file=sys.stderr)
            return EXIT_BAD_INPUT
        return EXIT_OK
    judged = store.judgements(_today(), in_bin=True)
    if args.json:
        emit_json([retention.judgement_document(j) for j in judged])
        return EXIT_OK
    if not judged:
        print(t("The bin is empty."))
    for j in judged:
        print(_line(j, args.lang))
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    store = open_store(args)
    for text in args.set or []:
        try:
            kind, years = retention.parse_period(text)
        except ValueError as exc:
            raise UsageError(t("--set {detail}", detail=said(exc))) from None
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
        text = nt("{n} year", "{n} years", period.years) + (f" ({period.basis})" if period.basis else "") if period else t("no period set: kept")
        print(f"{word(kind)}: {text}")
    print()
    if not judged:
        print(t("No records are due.") if args.due else t("No records yet."))
    for j in judged:
        print(_line(j, args.lang) + ("  " + t("[in the bin]") if j.facts.in_bin else ""))
    return EXIT_OK


def cmd_hold(args: argparse.Namespace) -> int:
    from ..domain.retention import check_setting_hold

    try:
        check_setting_hold(args.state == "on", args.reason)
    except ValueError as exc:
        raise UsageError(t("--{detail}; give it with --reason TEXT (nothing was changed)", detail=said(exc))) from None
    store = open_store(args)
    if args.tie:
        tie_id = store.resolve_tie(args.id)
        held = retention.hold_tie(store, tie_id, args.state == "on", args.reason)
        which = ", ".join(map(str, held)) or t("none yet")
        if args.state == "on":
            print(
                nt(
                    "Hold on tie {tie} is on ({n} assessment: {which})",
                    "Hold on tie {tie} is on ({n} assessments: {which})",
                    len(held),
                    tie=tie_id,
                    which=which,
                )
            )
        else:
            print(
                nt(
                    "Hold on tie {tie} is off ({n} assessment: {which})",
                    "Hold on tie {tie} is off ({n} assessments: {which})",
                    len(held),
                    tie=tie_id,
                    which=which,
                )
            )
        return EXIT_OK
    target = assessment_id(args.id)
    retention.hold(store, target, args.state == "on", args.reason)
    print(t("Hold on assessment {id} is on", id=target) if args.state == "on" else t("Hold on assessment {id} is off", id=target))
    return EXIT_OK


def cmd_destruction_list(args: argparse.Namespace) -> int:
    target = Path(args.out)
    if target.suffix.lower() not in (".csv", ".pdf"):
        raise UsageError(t("--out {file}: the destruction list is written as .csv or .pdf", file=args.out))
    store = open_store(args)
    count = 0

    def write() -> None:
        nonlocal count
        count = retention.save_destruction_list(store, target, args.lang)

    writing(target, write)
    print(nt("Wrote {file} ({n} destroyed record)", "Wrote {file} ({n} destroyed records)", count, file=target))
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
        # The one refusal (services.woo): a folder that holds something already.
        detail = t("{folder}: exists and is not an empty folder; choose a new one (nothing is overwritten)", folder=exc.folder or target)
        raise UsageError(t("{lead} Details: {detail}", lead=t("The Woo export to {folder} was not written.", folder=target), detail=detail)) from None
    except OSError as exc:
        raise UsageError(t("{path}: cannot be written ({reason})", path=exc.filename or target, reason=reason(exc))) from None
    assessments = nt("{n} assessment", "{n} assessments", len(done.assessments))
    print(
        nt(
            "Wrote {n} document about tie {tie} and its {assessments} to {folder}",
            "Wrote {n} documents about tie {tie} and its {assessments} to {folder}",
            len(done.documents),
            tie=done.tie,
            assessments=assessments,
            folder=target,
        )
    )
    passages = nt(
        "index.csv lists them; redaction.csv names {n} passage with personal data to review (nothing was redacted),",
        "index.csv lists them; redaction.csv names {n} passages with personal data to review (nothing was redacted),",
        done.passages,
    )
    print("  " + passages)
    print(
        "  "
        + nt(
            "and {n} possible name found in free text, with the passage around it",
            "and {n} possible names found in free text, each with the passage around it",
            done.names,
        )
    )
    print(
        "  "
        + nt(
            "publication-decisions.csv: {n} decision to publish, with who, when and the weighing",
            "publication-decisions.csv: {n} decisions to publish, with who, when and the weighing",
            done.decisions,
        )
    )
    print("  " + t("a Woo request is a reason to set a hold: partnercheck hold --tie {tie} on", tie=done.tie))
    return EXIT_OK
