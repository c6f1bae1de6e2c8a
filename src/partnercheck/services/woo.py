"""A Woo request about one tie: every record PartnerCheck holds about it, gathered in one
folder with an index and a redaction list, for the Woo coordinator to review.

The tie's events, agreements and history (every change to the tie) as CSV; per assessment of the tie (every revision, those in the
bin too: they are still held) the advice report as PDF (a final assessment's is the very report
it was approved with), its history as CSV and its evidence list (names, dates, SHA-256 hashes:
what the files were, not their content, which the coordinator asks for separately).
``publication-decisions.csv`` holds every decision to publish one of them (who, when, the
weighing; the one in force and those it replaced). ``index.csv`` lists every document;
``redaction.csv`` names, per document, the passages holding personal data
(domain.personal_data): officials' names, and free text that may name third parties, each
followed by the candidate names found in it with the words around them
(services.redaction_names), to be reviewed. Nothing is redacted automatically: weighing a
passage is the officer's decision (art. 5.1 Woo), not PartnerCheck's.
"""

from __future__ import annotations

import datetime as _dt
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.personal_data import HISTORY_ACTOR, Whose, officials_in, personal_data_in
from ..domain.publication import decisions_recorded
from .csv_files import csv_bytes
from .files import write_atomically
from .redaction_names import known_terms, people_named, with_names
from .ties import EVENT_FIELDS, event_row

if TYPE_CHECKING:
    from ..domain.assessment import Assessment, HistoryEntry
    from ..store import AssessmentStore

INDEX_COLUMNS = ("document", "tie", "assessment_id", "revision", "previous_id", "state", "created", "approved_on", "in_bin", "hold", "content")
# passage and found_by: for a name found in free text (services.redaction_names), the words
# around it and which sign marked it (known, title, function, initials, particle, ...).
REDACTION_COLUMNS = ("document", "location", "whose", "kind", "text", "officials_named", "passage", "found_by")


class WooError(Exception):
    """A folder that would be overwritten; nothing was written. ``folder``: which one."""

    def __init__(self, message: str, folder: Path | None = None) -> None:
        super().__init__(message)
        self.folder = folder


class WooCancelled(Exception):
    """Raised by a progress callback to stop; the export leaves nothing behind."""


Progress = Callable[[int, int], None]  # (steps done, steps in all); may raise WooCancelled


@dataclass(slots=True)
class WooExport:
    folder: Path
    tie: int
    assessments: list[int] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    passages: int = 0
    decisions: int = 0  # publication decisions, every one recorded (publication-decisions.csv)
    names: int = 0  # possible names found in free text (redaction.csv, kind "name in free text")


TIE_EVENTS, TIE_AGREEMENTS, TIE_EVIDENCE = "tie-events.csv", "tie-agreements.csv", "tie-evidence.csv"
TIE_HISTORY = "tie-history.csv"
DECISIONS = "publication-decisions.csv"
DECISION_COLUMNS = ("assessment_id", "revision", "decided_by", "decided_at", "weighing", "in_force")
EVIDENCE_COLUMNS = ("id", "question", "name", "size", "sha256", "added", "added_by", "in_bin")


def woo_export(store: AssessmentStore, tie_id: int, folder: Path, lang: str = "nl", progress: Progress | None = None) -> WooExport:
    """Gather the documents in ``folder`` (new, or an empty folder), whole or not at all: they
    are written in a hidden folder beside it, which takes its name only when all are there.
    ``progress`` is told before each assessment (a report can take seconds) and at the end."""
    ids = store.tie_records(tie_id)  # UnknownTieError for a tie not in this database
    if folder.is_symlink() or (folder.exists() and (not folder.is_dir() or any(folder.iterdir()))):
        raise WooError(f"{folder}: exists and is not an empty folder; choose a new one (nothing is overwritten)", folder)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{folder.name}.partial-", dir=folder.parent))
    except OSError as exc:
        exc.filename = str(folder)  # the folder the user chose, not the hidden one beside it
        raise
    try:
        result = _gather(store, tie_id, ids, work, lang, progress or (lambda done, total: None))
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


def _gather(store: AssessmentStore, tie_id: int, ids: list[int], folder: Path, lang: str, progress: Progress) -> WooExport:
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
    # The bin included, as for an assessment's files: they exist until the bin is emptied.
    tie_files: list[list[object]] = sorted(
        (
            [i.id, "", i.name, i.size, i.sha256, i.added.isoformat(), i.added_by, "yes" if b else "no"]
            for b in (False, True)
            for i in store.tie_evidence(tie_id, in_bin=b)
        ),
        key=lambda r: int(str(r[0])),
    )
    write_atomically(folder / TIE_EVIDENCE, _csv(EVIDENCE_COLUMNS, tie_files))
    index.append([TIE_EVIDENCE, tie_id, *no_assessment, f"evidence list of tie {tie_id}: {len(tie_files)} file(s) by name, date and SHA-256 hash"])
    redactions += [[TIE_EVIDENCE, f"evidence {row[0]}: added_by", Whose.OFFICIAL.value, "name", str(row[6]), ""] for row in tie_files if row[6]]
    redactions += _event_passages(TIE_EVENTS, events)
    tie_log = store.tie_history(tie_id)
    write_atomically(folder / TIE_HISTORY, _history_csv(tie_log))
    index.append([TIE_HISTORY, tie_id, *no_assessment, f"history of tie {tie_id}: every change to it, its events and its files"])
    redactions += _history_passages(TIE_HISTORY, tie_log, [])
    result.documents += [TIE_EVENTS, TIE_AGREEMENTS, TIE_EVIDENCE, TIE_HISTORY]
    decisions: list[list[object]] = []
    officials: list[str] = [e.actor for e in tie_log if e.actor]
    officials = list(dict.fromkeys(officials))
    for step, assessment_id in enumerate(ids):
        progress(step, len(ids) + 1)
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
        officials += [n for n in officials_in(assessment) if n not in officials]
        officials += [e.actor for e in history if e.actor and e.actor not in officials]
        redactions += _report_passages(report_name, assessment)
        redactions += _history_passages(history_name, history, officials_in(assessment))
        redactions += [[evidence_name, f"evidence {row[0]}: added_by", Whose.OFFICIAL.value, "name", str(row[6]), ""] for row in evidence if row[6]]
        result.documents += [report_name, history_name, evidence_name]
        recorded = decisions_recorded(assessment_id, store.publication_decision(assessment_id), history)
        for number, d in enumerate(recorded, start=1):
            weighing = d.weighing or "(not kept: replaced by a later decision before PartnerCheck kept every weighing)"
            in_force = "yes" if number == len(recorded) else "no"
            decisions.append([assessment_id, assessment.revision, d.decided_by, _moment(d.decided_at), weighing, in_force])
    write_atomically(folder / DECISIONS, _csv(DECISION_COLUMNS, decisions))
    said = f"publication decisions about the tie's assessments: {len(decisions)}, with who, when and the weighing"
    index.append([DECISIONS, tie_id, *no_assessment, said])
    for row in decisions:
        where = f"decision on assessment {row[0]} of {row[3]}"
        redactions.append([DECISIONS, f"{where}: decided_by", Whose.OFFICIAL.value, "name", str(row[2]), ""])
        redactions.append([DECISIONS, f"{where}: weighing", Whose.THIRD_PARTY.value, "free text", str(row[4]), ""])
    result.documents.append(DECISIONS)
    result.decisions = len(decisions)
    progress(len(ids), len(ids) + 1)
    write_atomically(folder / "index.csv", _csv(INDEX_COLUMNS, index))
    people = [*officials, *people_named([tie.contacts, *(str(e["people"] or "") for e in events), *store.roles()])]
    rows, result.names = with_names(redactions, people, known_terms(store, tie), officials)
    write_atomically(folder / "redaction.csv", _csv(REDACTION_COLUMNS, rows))
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
    # Free text that may name third parties: an assessment's notes and actions, a tie's
    # contacts, notes and events (the tie's history, services.tie_history).
    free = ("note:", "action", "contacts", "notes", "event:")
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


def _moment(at: _dt.datetime) -> str:
    """Local time to the second: the history's UTC microseconds and the decision's own stamp alike."""
    return at.astimezone().replace(microsecond=0).isoformat()


def _today() -> _dt.date:
    return _dt.date.today()
