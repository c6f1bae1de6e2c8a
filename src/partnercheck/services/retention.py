"""Retention use cases shared by the window and the command line: the bin emptied by the
rules, the overview of records and their periods, holds, and the destruction list as CSV or
PDF for the archivist. The rules are domain.retention's; the store applies them."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..catalogs import N_
from ..domain.refusal import Refusal
from ..domain.retention import Emptied, Judgement, Reason, RecordType, check_setting_hold
from .files import write_atomically

if TYPE_CHECKING:
    from ..store import AssessmentStore


def empty_bin(store: AssessmentStore, today: _dt.date | None = None) -> Emptied:
    return store.empty_bin_by_rules(today or _dt.date.today())


def overview(store: AssessmentStore, *, due_only: bool = False, today: _dt.date | None = None) -> list[Judgement]:
    """Every record (not drafts) with its type, period and end; ``due_only``: only those whose
    period has ended and that have no hold (what emptying the bin would destroy, once binned)."""
    found = [j for j in store.judgements(today or _dt.date.today()) if j.record_type is not None or j.reason is Reason.HOLD]
    return [j for j in found if j.reason is Reason.DUE] if due_only else found


def judgement_document(j: Judgement) -> dict[str, Any]:
    """One judgement as the command line's JSON gives it."""
    return {
        "id": j.id,
        "dutch_party": j.facts.dutch_party,
        "counterpart": j.facts.counterpart,
        "state": j.facts.state.value,
        "revision": j.facts.revision,
        "in_bin": j.facts.in_bin,
        "record_type": j.record_type.value if j.record_type else None,
        "hold": j.facts.hold,
        "hold_reason": j.facts.hold_reason if j.facts.hold else None,
        "retention_years": j.period.years if j.period else None,
        "basis": j.period.basis if j.period else None,
        "start": j.start.isoformat() if j.start else None,
        "due": j.due.isoformat() if j.due else None,
        "reason": j.reason.value,
        "may_destroy": j.may_destroy,
    }


def parse_period(text: str) -> tuple[RecordType, int | None]:
    """``final=10`` or ``review=keep``; ValueError naming what is wrong."""
    kind, sep, value = text.partition("=")
    if not sep:
        raise Refusal(N_("{text}: write TYPE=YEARS or TYPE=keep"), text=repr(text))
    try:
        record_type = RecordType(kind.strip())
    except ValueError:
        raise Refusal(N_("{text}: the record types are {types}"), text=repr(kind), types=", ".join(t.value for t in RecordType)) from None
    value = value.strip()
    if value == "keep":
        return record_type, None
    if not value.isdigit() or int(value) > 500:
        raise Refusal(N_("{text}: a retention period is a whole number of years (0-500), or 'keep'"), text=repr(value))
    return record_type, int(value)


def destruction_csv(rows: list[dict[str, Any]]) -> bytes:
    """The destruction list as CSV (UTF-8 with a byte-order mark, so Excel reads the accents)."""
    from ..store.retention_store import DESTRUCTION_COLUMNS
    from .csv_files import csv_bytes

    return csv_bytes(DESTRUCTION_COLUMNS, ([row[c] for c in DESTRUCTION_COLUMNS] for row in rows))


def save_destruction_list(store: AssessmentStore, path: Path, lang: str = "nl", today: _dt.date | None = None) -> int:
    """Write the list as CSV or PDF (by the file's suffix); returns the number of rows."""
    rows = store.destruction_list()
    if path.suffix.lower() == ".pdf":
        from ..report.destruction_list import render_destruction_list

        data = render_destruction_list(rows, lang, today or _dt.date.today())
    else:
        data = destruction_csv(rows)
    write_atomically(path, data)
    return len(rows)


def hold(store: AssessmentStore, assessment_id: int, on: bool, reason: str = "") -> None:
    """Set (with its reason: the Woo request, the objection) or lift a hold on one assessment.
    ValueError for a hold set without a reason (domain.retention.check_setting_hold)."""
    check_setting_hold(on, reason)
    store.set_hold(assessment_id, on, reason)


def hold_tie(store: AssessmentStore, tie_id: int, on: bool, reason: str = "") -> list[int]:
    """Set or lift a hold on every assessment of a tie (the bin included); returns their ids.
    While it is on, an assessment that joins the tie later (made for the same parties, a
    revision, imported, moved in or merged in) takes the hold over with the same reason,
    recorded in its history and the tie's (``hold-extended``); one with a hold of its own keeps that.
    ValueError for a hold set without a reason, as :func:`hold`."""
    check_setting_hold(on, reason)
    return store.set_tie_hold(tie_id, on, reason)
