"""Making the advice report: what goes into it is decided here, once, for the window's
preview, its *Save as PDF* and the command line's ``partnercheck report``.

Two steps, so the window can read on its own thread and render on a worker:
:func:`report_input` reads from the store (the checklist version, the assessment to compare
with) and copies the assessment; :func:`render` only turns that into PDF bytes. The
approval is not an option: a final assessment prints the approval it records, its date in
the report's own words (see ``domain.signoff.recorded_approval``).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..catalogs import NC_, translate_in
from .files import write_atomically

VARIANTS = ("full", "summary", "public")

if TYPE_CHECKING:
    from ..domain.assessment import Assessment, Partnership
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
    variant: str = "full"  # full | summary (the mayor's two pages) | public (for the council and publication)


@dataclass(frozen=True, slots=True)
class ReportInput:
    """Everything a report is made from: plain domain objects, no database."""

    assessment: Assessment
    checklist: Checklist
    previous: Assessment | None
    lang: str
    approved_pdf: bytes | None = None  # the report kept at approval: printed as it was
    variant: str = "full"
    roles: Mapping[str, str] = field(default_factory=dict)  # name -> role, for the public version
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
    check_variant(options.variant)
    kept = None
    # Only the full report is kept at approval; the other variants are made from the same content.
    if options.variant == "full" and assessment.is_final and assessment.id is not None and options.compare and options.compare_with is None:
        kept = store.approved_report(assessment.id, options.lang)
    roles = store.roles() if options.variant == "public" else {}
    return ReportInput(_snapshot(assessment), checklist, previous, options.lang, kept, options.variant, roles, _tie_events(store, assessment))


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

    return render_report(
        request.assessment,
        request.checklist,
        request.lang,
        progress=progress,
        previous=request.previous,
        variant=request.variant,
        roles=request.roles,
        events=request.events,
    )


def make_report(store: AssessmentStore, assessment_id: int, options: ReportOptions, progress: Progress | None = None) -> bytes:
    """The report of the stored assessment ``assessment_id``."""
    return render(report_input(store, store.get(assessment_id), options), progress)


def render_word_draft(request: ReportInput) -> bytes:
    """The Word draft (.docx bytes): the summary and the measures, editable; the public
    variant makes it from the public copy."""
    from ..report.word import render_word  # python-docx only when a draft is wanted

    public = request.variant == "public"
    return render_word(request.assessment, request.checklist, request.lang, previous=request.previous, public=public, roles=request.roles)


def make_word_draft(store: AssessmentStore, assessment_id: int, options: ReportOptions) -> bytes:
    """The Word draft of the stored assessment ``assessment_id``."""
    return render_word_draft(report_input(store, store.get(assessment_id), options))


def save_report(path: str | Path, pdf: bytes) -> None:
    """Write a made report whole or not at all; OSError when the file cannot be written."""
    write_atomically(path, pdf)


# The word for each report variant in a file name; "full" is the advice report itself.
VARIANT_WORDS = {"full": NC_("file name", "advice"), "summary": NC_("file name", "summary"), "public": NC_("file name", "public")}
_PARTY_PREFIXES = re.compile(r"^(gemeente|provincie|municipality of|province of)\s+", re.IGNORECASE)
_NOT_IN_A_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')  # Windows refuses these; / and \ split paths
_PART_MAX = 60


def report_file_name(assessment: Assessment, lang: str, variant: str = "full", today: _dt.date | None = None, fmt: str = "pdf") -> str:
    """The file name proposed when a report is saved, e.g.
    ``Breda-Yangzhou_advies_nl_rev2_2026-11-30.pdf``: parties, variant, language, revision and
    date, so the Dutch and English prints and two revisions never overwrite each other. The
    date is the approval date of a final assessment, else ``today``. Safe on Windows: no
    reserved characters, no trailing dot or space, no reserved device name (the stem always goes on after the parties), < 150 characters.
    ``fmt``: ``pdf``, or ``docx`` for the Word draft."""
    p = assessment.partnership
    day = assessment.approved_on if assessment.is_final and assessment.approved_on else (today or _dt.date.today())
    msgid = VARIANT_WORDS.get(variant)
    word = translate_in(lang if lang in LANGUAGES else "en", "file name", msgid) if msgid else _name_part(variant)[:20] or "report"
    stem = f"{parties_stem(p)}_{word}_{lang}_rev{assessment.revision}_{day.isoformat()}"
    return f"{stem}.{'docx' if fmt == 'docx' else 'pdf'}"


def parties_stem(p: Partnership) -> str:
    """``Breda-Yangzhou``: the parties as the start of a file name, safe on Windows (see
    :func:`report_file_name`); every file PartnerCheck proposes to save starts with it."""
    parties = "-".join(filter(None, (_name_part(_PARTY_PREFIXES.sub("", p.dutch_party.strip())), _name_part(p.counterpart))))[:100]
    return parties or "PartnerCheck"


def _name_part(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _NOT_IN_A_NAME.sub(" ", text)
    text = " ".join(text.split())[:_PART_MAX]
    return text.strip(" .-_")


def check_variant(variant: str) -> None:
    """ValueError naming the choices for a variant that does not exist."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown report variant {variant!r}; use one of {', '.join(VARIANTS)}")


def _snapshot(assessment: Assessment) -> Assessment:
    # Its own copies: an edit made while a report is being made cannot change it.
    return replace(assessment, answers=dict(assessment.answers), actions=list(assessment.actions), review_comments=dict(assessment.review_comments))
