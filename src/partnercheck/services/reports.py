"""Making the advice report: what goes into it is decided here, once, for the window's
preview, its *Save as PDF* and the command line's ``partnercheck report``.

Two steps, so the window can read on its own thread and render on a worker:
:func:`report_input` reads from the store (the checklist version, the assessment to compare
with) and copies the assessment; :func:`render` only turns that into PDF bytes. The
approval is not an option: a final assessment prints the approval it records, its date in
the report's own words (see ``domain.signoff.recorded_approval``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .files import write_atomically

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..domain.checklist import Checklist
    from ..domain.events import Event
    from ..store import AssessmentStore

Progress = Callable[[int, int], None]
LANGUAGES = ("nl", "en")


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """How the report is made. By default it is compared with the previous revision of the
    assessment, else the latest earlier assessment of the same partnership."""

    lang: str = "nl"
    compare: bool = True  # False: no "changes since" appendix
    compare_with: int | None = None  # this earlier assessment instead of the previous one


@dataclass(frozen=True, slots=True)
class ReportInput:
    """Everything a report is made from: plain domain objects, no database."""

    assessment: Assessment
    checklist: Checklist
    previous: Assessment | None
    lang: str
    approved_pdf: bytes | None = None  # the report kept at approval: printed as it was
    events: tuple[Event, ...] = ()  # the tie's, for the gifts register and the costs


def previous_assessment(store: AssessmentStore, assessment_id: int) -> Assessment | None:
    """The assessment ``assessment_id`` is compared with: its previous revision, else the
    latest earlier assessment of the same partnership; None when there is none."""
    previous_id = store.previous_of(assessment_id)
    return store.get(previous_id) if previous_id is not None else None


def report_input(store: AssessmentStore, assessment: Assessment, options: ReportOptions) -> ReportInput:
    """Read what the report of ``assessment`` needs. Raises StoreError when it cannot be read."""
    checklist = store.checklist_for(assessment)
    previous = None
    if options.compare and options.compare_with is not None:
        previous = store.get(options.compare_with)
    elif options.compare and assessment.id is not None:
        previous = previous_assessment(store, assessment.id)
    kept = None
    if assessment.is_final and assessment.id is not None and options.compare and options.compare_with is None:
        kept = store.approved_report(assessment.id, options.lang)
    return ReportInput(_snapshot(assessment), checklist, previous, options.lang, kept, _tie_events(store, assessment))


def _tie_events(store: AssessmentStore, assessment: Assessment) -> tuple[Event, ...]:
    """The tie's events up to the day a final assessment was approved (all, for a draft), so
    a later event does not change a report that was approved."""
    if assessment.partnership_id is None:
        return ()
    events = store.events(assessment.partnership_id)
    if assessment.is_final and assessment.approved_on is not None:
        events = [e for e in events if e.date <= assessment.approved_on]
    return tuple(events)


def render(request: ReportInput, progress: Progress | None = None) -> bytes:
    """The PDF bytes; the same input always gives the same bytes. Touches no database, so
    it may run on any thread."""
    if request.approved_pdf is not None:
        return request.approved_pdf
    from ..report import render_report  # reportlab only when a report is wanted

    return render_report(request.assessment, request.checklist, request.lang, progress=progress, previous=request.previous, events=request.events)


def make_report(store: AssessmentStore, assessment_id: int, options: ReportOptions, progress: Progress | None = None) -> bytes:
    """The report of the stored assessment ``assessment_id``."""
    return render(report_input(store, store.get(assessment_id), options), progress)


def save_report(path: str | Path, pdf: bytes) -> None:
    """Write a made report whole or not at all; OSError when the file cannot be written."""
    write_atomically(path, pdf)


def _snapshot(assessment: Assessment) -> Assessment:
    # Its own copies: an edit made while a report is being made cannot change it.
    return replace(assessment, answers=dict(assessment.answers), actions=list(assessment.actions))
