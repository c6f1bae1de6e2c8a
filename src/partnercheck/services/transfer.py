"""Assessments in and out of interchange files: import (read, validate, store) and export.

The window's File menu and ``partnercheck import`` / ``export`` call these, so a file one
accepts the other accepts, and both store it the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .files import write_atomically
from .importing import ImportMode, ImportResult

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..store import AssessmentStore


def import_bytes(store: AssessmentStore, raw: bytes, source: str, mode: ImportMode = ImportMode.REFUSE) -> ImportResult:
    """Recognise a file's bytes (an interchange JSON file or a review package; ``source``
    names it in errors), validate it whole and store it (services.importing: the rule for an
    assessment whose uuid exists). Raises InterchangeError for a bad file, StoreError when it
    cannot be stored."""
    from .importing import load_bytes, store_loaded

    return store_loaded(store, load_bytes(raw, source), source, mode)


def import_file(store: AssessmentStore, path: str | Path, mode: ImportMode = ImportMode.REFUSE) -> ImportResult:
    """:func:`import_bytes` of the file at ``path``; OSError when it cannot be read."""
    from .importing import read_file

    return import_bytes(store, read_file(path), str(path), mode)


def export_text(assessment: Assessment) -> str:
    """The interchange file of ``assessment``, as text."""
    from ..domain.interchange import dumps

    return dumps(assessment)


def export_file(assessment: Assessment, path: str | Path) -> None:
    """Write the interchange file whole or not at all; OSError when it cannot be written."""
    write_atomically(path, export_text(assessment).encode("utf-8"))


def refused_on_import(store: AssessmentStore, assessment: Assessment) -> tuple[str, ...]:
    """The questions ("4.1 (rvo-icp.icp-consulted)") whose answers make another PartnerCheck
    refuse this assessment's file on import (domain.interchange.MisfitImportError): a final
    assessment whose answer does not fit its tie, possible for one approved before that rule
    existed. The file is still written (it is the record of what was approved); the exporter
    is told, so the officer knows before the receiver does."""
    from ..domain.answer_fit import misfits
    from ..domain.assessment import AssessmentState
    from ..domain.numbering import question_numbers

    if assessment.state is not AssessmentState.FINAL:
        return ()  # a draft or one in review imports with its misfit flagged
    checklist = store.checklist_for(assessment)
    found = misfits(checklist, assessment.partnership, assessment.answers)
    numbers = question_numbers(checklist) if found else {}
    return tuple(f"{numbers[m.question_id]} ({m.question_id})" for m in found)


def refused_on_import_of_tie(store: AssessmentStore, tie_id: int) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """:func:`refused_on_import` for each assessment a tie file of ``tie_id`` holds (its id
    and the questions), those with none left out: one such assessment and another PartnerCheck
    refuses the whole tie file (domain.tie_interchange keeps the MisfitImportError)."""
    found = ((i, refused_on_import(store, store.get(i))) for i in store.get_tie(tie_id).assessments)
    return tuple((i, questions) for i, questions in found if questions)
