"""A Woo request about one tie: every record PartnerCheck holds about it, gathered in one
folder with an index and a redaction list, for the Woo coordinator to review.

The tie's events and agreements as CSV; per assessment of the tie (every revision, those in the
bin too: they are still held) the advice report as PDF (a final assessment's is the very report
it was approved with), its history as CSV and its evidence list (names, dates, SHA-256 hashes:
what the files were, not their content, which the coordinator asks for separately).
``index.csv`` lists every document; ``redaction.csv`` names, per document, the passages
holding personal data (domain.personal_data): officials' names, and free text that may name
third parties, to be reviewed. Nothing is redacted automatically: weighing a passage is the officer's decision (art. 5.1 Woo), not PartnerCheck's.
"""

from __future__ import annotations

import datetime as _dt
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.personal_data import HISTORY_ACTOR, Whose, officials_in, personal_data_in
from .csv_files import csv_bytes
from .files import write_atomically
from .ties import EVENT_FIELDS, event_row

if TYPE_CHECKING:
    from ..domain.assessment import Assessment, HistoryEntry
    from ..store import AssessmentStore

INDEX_COLUMNS = ("document", "tie", "assessment_id", "revision", "previous_id", "state", "created", "approved_on", "in_bin", "hold", "content")
REDACTION_COLUMNS = ("document", "location", "whose", "kind", "text", "officials_named")


class WooError(Exception):
    """Nothing to gather, or a folder that would be overwritten; nothing was written."""


@dataclass(slots=True)
class WooExport:
    folder: Path
    tie: int
    assessments: list[int] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    passages: int = 0


TIE_EVENTS, TIE_AGREEMENTS, TIE_EVIDENCE = "tie-events.csv", "tie-agreements.csv", "tie-evidence.csv"
EVIDENCE_COLUMNS = ("id", "question", "name", "size", "sha256", "added", "added_by", "in_bin")


def woo_export(store: AssessmentStore, tie_id: int, folder: Path, lang: str = "nl") -> WooExport:
    """Gather the documents in ``folder`` (new, or an empty folder), whole or not at all: they
    are written in a hidden folder beside it, which takes its name only when all are there."""
    ids = store.tie_records(tie_id)  # UnknownTieError for a tie not in this database
    if folder.is_symlink() or (folder.exists() and (not folder.is_dir() or any(folder.iterdir()))):
        raise WooError(f"{folder}: exists and is not an empty folder; choose a new one (nothing is overwritten)")
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{folder.name}.partial-", dir=folder.parent))
    except OSError as exc:
        exc.filename = str(folder)  # the folder the user chose, not the hidden one beside it
        raise
    try:
        result = _gather(store, tie_id, ids, work, lang)
        if folder.exists():
            folder.rmdir()  # the empty folder chosen; a rename cannot replace a folder on Windows
        work.rename(folder)
    except BaseException as exc:
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(exc, OSError):
            exc.filename = str(folder)
        raise
    result.folder = folder
    return result


def _gather(store: AssessmentStore, tie_id: int, ids: list[int], folder: Path, lang: str) -> WooExport:
    from .reports import ReportOptions, make_report

    tie = store.get_tie(tie_id)
    holds = {j.id: j.facts.hold for j in store.judgements(_today())}
    result = WooExport(folder, tie_id, ids)
    index: list[list[object]] = []
    redactions: list[list[str]] = []
    no_assessment = [""] * (len(INDEX_COLUMNS) - 3)
    events = [event_row(e, lang) for e in store.events(tie_id)]
    write_atomically(folder / TIE_EVENTS, _csv(EVENT_FIELDS, [[r[f] if r[f] is not None else "" for f in EVENT_FIELDS] for r in events]))
    agreements = [[a.title, a.signed.isoformat() if a.signed else ""] for a in tie.agreements]
    write_atomically(folder / TIE_AGREEMENTS, _csv(("title", "signed"), agreements))
    index.append([TIE_EVENTS, tie_id, *no_assessment, f"events of tie {tie_id} ({tie.label})"])
    index.append([TIE_AGREEMENTS, tie_id, *no_assessment, f"agreements of tie {tie_id}"])
    tie_files: list[list[object]] = [[i.id, "", i.name, i.size, i.sha256, i.added.isoformat(), i.added_by, "no"] for i in store.tie_evidence(tie_id)]
    write_atomically(folder / TIE_EVIDENCE, _csv(EVIDENCE_COLUMNS, tie_files))
    index.append([TIE_EVIDENCE, tie_id, *no_assessment, f"evidence list of tie {tie_id}: {len(tie_files)} file(s) by name, date and SHA-256 hash"])
    redactions += [[TIE_EVIDENCE, f"evidence {row[0]}: added_by", Whose.OFFICIAL.value, "name", str(row[6]), ""] for row in tie_files if row[6]]
    redactions += _event_passages(TIE_EVENTS, events)
    result.documents += [TIE_EVENTS, TIE_AGREEMENTS, TIE_EVIDENCE]
    for assessment_id in ids:
        assessment = store.get(assessment_id)
        history = store.history(assessment_id)
        stem = f"{assessment_id:04d}-r{assessment.revision}"
        report_name, history_name, evidence_name = f"{stem}-report-{lang}.pdf", f"{stem}-history.csv", f"{stem}-evidence.csv"
        # A final assessment's report is the one kept at approval: made again it would show
        # events recorded on the tie since.
        kept = store.approved_report(assessment_id, lang) if assessment.is_final else None
        write_atomically(folder / report_name, kept or make_report(store, assessment_id, ReportOptions(lang, compare=False)))
        write_atomically(folder / history_name, _history_csv(history))
        evidence = _evidence_rows(store, assessment_id)
        write_atomically(folder / evidence_name, _csv(EVIDENCE_COLUMNS, evidence))
        base = [
            tie_id,
            assessment_id,
            assessment.revision,
            assessment.previous_id or "",
            assessment.state.value,
            assessment.created.isoformat(),
            assessment.approved_on.isoformat() if assessment.approved_on else "",
            "yes" if assessment.deleted else "no",
            "yes" if holds.get(assessment_id) else "no",
        ]
        index.append([report_name, *base, "advice report"])
        index.append([history_name, *base, "history of every change"])
        index.append([evidence_name, *base, f"evidence list: {len(evidence)} file(s) by name, date and SHA-256 hash"])
        redactions += _report_passages(report_name, assessment)
        redactions += _history_passages(history_name, history, officials_in(assessment))
        redactions += [[evidence_name, f"evidence {row[0]}: added_by", Whose.OFFICIAL.value, "name", str(row[6]), ""] for row in evidence if row[6]]
        result.documents += [report_name, history_name, evidence_name]
    write_atomically(folder / "index.csv", _csv(INDEX_COLUMNS, index))
    write_atomically(folder / "redaction.csv", _csv(REDACTION_COLUMNS, redactions))
    result.passages = len(redactions)
    return result


def _evidence_rows(store: AssessmentStore, assessment_id: int) -> list[list[object]]:
    rows: list[list[object]] = []
    for in_bin in (False, True):
        for item in store.list_evidence(assessment_id, in_bin=in_bin):
            rows.append(
                [item.id, item.question_id, item.name, item.size, item.sha256, item.added.isoformat(), item.added_by, "yes" if in_bin else "no"]
            )
    return sorted(rows, key=lambda r: int(str(r[0])))


def _event_passages(document: str, events: list[dict[str, object]]) -> list[list[str]]:
    """The people named at an event and its free text may name third parties: to review."""
    rows = []
    for event in events:
        for column in ("people", "text"):
            value = str(event[column] or "")
            if value.strip():
                kind = "name" if column == "people" else "free text"
                rows.append([document, f"event {event['id']}: {column}", Whose.THIRD_PARTY.value, kind, value, ""])
    return rows


def _report_passages(document: str, assessment: Assessment) -> list[list[str]]:
    officials = officials_in(assessment)
    rows = []
    for item in personal_data_in(assessment):
        named = [n for n in officials if item.free_text and n in item.value]
        rows.append([document, item.path, item.whose.value, "free text" if item.free_text else "name", item.value, "; ".join(named)])
    return rows


def _history_passages(document: str, history: list[HistoryEntry], officials: list[str]) -> list[list[str]]:
    rows = []
    actors: list[str] = []
    for entry in history:
        if entry.actor and entry.actor not in actors:
            actors.append(entry.actor)
    for actor in actors:
        rows.append([document, HISTORY_ACTOR.path, Whose.OFFICIAL.value, "name", actor, ""])
    free = ("note:", "action")
    for number, entry in enumerate(history, start=1):
        if not entry.subject.startswith(free) and entry.subject not in ("reviewed_by", "assessor"):
            continue
        for value in (entry.old, entry.new):
            if value and value.strip():
                whose = Whose.OFFICIAL if entry.subject in ("reviewed_by", "assessor") else Whose.THIRD_PARTY
                kind = "name" if whose is Whose.OFFICIAL else "free text"
                named = [n for n in officials if kind == "free text" and n in value]
                rows.append([document, f"history row {number}: {entry.subject}", whose.value, kind, value, "; ".join(named)])
    return rows


def _history_csv(history: list[HistoryEntry]) -> bytes:
    rows = [[e.at.isoformat(), e.actor, e.subject, e.old or "", e.new or ""] for e in history]
    return _csv(("at", "actor", "subject", "old", "new"), rows)


def _csv(columns: tuple[str, ...], rows: list[list[object]] | list[list[str]]) -> bytes:
    return csv_bytes(columns, rows)


def _today() -> _dt.date:
    return _dt.date.today()
