"""A Woo request about one tie: every record PartnerCheck holds about it, gathered in one
folder with an index and a redaction list, for the Woo coordinator to review.

Per assessment of the two parties (every revision, those in the bin too: they are still held)
the advice report as PDF (a final assessment's is the very report it was approved with) and
its history as CSV. ``index.csv`` lists every document; ``redaction.csv`` names, per document,
the passages holding personal data (domain.personal_data): officials' names, and free text
that may name third parties, to be reviewed. Nothing is redacted automatically: weighing a
passage is the officer's decision (art. 5.1 Woo), not PartnerCheck's.
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

if TYPE_CHECKING:
    from ..domain.assessment import Assessment, HistoryEntry
    from ..store import AssessmentStore

INDEX_COLUMNS = ("document", "assessment_id", "revision", "previous_id", "state", "created", "approved_on", "in_bin", "hold", "content")
REDACTION_COLUMNS = ("document", "location", "whose", "kind", "text", "officials_named")


class WooError(Exception):
    """Nothing to gather, or a folder that would be overwritten; nothing was written."""


@dataclass(slots=True)
class WooExport:
    folder: Path
    assessments: list[int] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    passages: int = 0


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def matching(store: AssessmentStore, dutch_party: str, counterpart: str) -> list[int]:
    """The ids of every assessment of the two parties, in the bin or not, oldest first."""
    found = [
        s
        for s in [*store.list_summaries(), *store.list_summaries(in_bin=True)]
        if _same(s.dutch_party, dutch_party) and _same(s.counterpart, counterpart)
    ]
    return sorted(s.id for s in found)


def woo_export(store: AssessmentStore, dutch_party: str, counterpart: str, folder: Path, lang: str = "nl") -> WooExport:
    """Gather the documents in ``folder`` (new, or an empty folder), whole or not at all: they
    are written in a hidden folder beside it, which takes its name only when all are there."""
    ids = matching(store, dutch_party, counterpart)
    if not ids:
        raise WooError(f"no assessments of {dutch_party} – {counterpart} (see 'partnercheck list')")
    if folder.is_symlink() or (folder.exists() and (not folder.is_dir() or any(folder.iterdir()))):
        raise WooError(f"{folder}: exists and is not an empty folder; choose a new one (nothing is overwritten)")
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{folder.name}.partial-", dir=folder.parent))
    try:
        result = _gather(store, ids, work, lang)
        if folder.exists():
            folder.rmdir()  # the empty folder chosen; a rename cannot replace a folder on Windows
        work.rename(folder)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    result.folder = folder
    return result


def _gather(store: AssessmentStore, ids: list[int], folder: Path, lang: str) -> WooExport:
    from .reports import ReportOptions, make_report

    holds = {j.id: j.facts.hold for j in store.judgements(_today())}
    result = WooExport(folder, ids)
    index: list[list[object]] = []
    redactions: list[list[str]] = []
    for assessment_id in ids:
        assessment = store.get(assessment_id)
        history = store.history(assessment_id)
        stem = f"{assessment_id:04d}-r{assessment.revision}"
        report_name, history_name = f"{stem}-report-{lang}.pdf", f"{stem}-history.csv"
        write_atomically(folder / report_name, make_report(store, assessment_id, ReportOptions(lang, compare=False)))
        write_atomically(folder / history_name, _history_csv(history))
        base = [
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
        redactions += _report_passages(report_name, assessment)
        redactions += _history_passages(history_name, history, officials_in(assessment))
        result.documents += [report_name, history_name]
    write_atomically(folder / "index.csv", _csv(INDEX_COLUMNS, index))
    write_atomically(folder / "redaction.csv", _csv(REDACTION_COLUMNS, redactions))
    result.passages = len(redactions)
    return result


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
