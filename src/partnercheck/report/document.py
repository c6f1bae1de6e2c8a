"""The advice report laid out with reportlab's platypus.

Order: cover, summary and advice (the page a board member reads first), the chart of the
level per theme, the findings per theme (every question, answer, note and guidance, and the
recommended measures), the action plan, the sources and the sign-off block.

Everything the user typed passes through :func:`fonts.markup` (escaped, Chinese in the
fallback font). The output is deterministic: reportlab's invariant mode, no clock, and the
date printed is the assessment's own.
"""

from __future__ import annotations

import datetime as _dt
import io
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from .. import __version__
from ..domain.assessment import Assessment
from ..domain.checklist import Checklist
from ..domain.compare import compare
from ..domain.dates import format_date
from ..domain.events import Event
from ..domain.publication import public_copy
from ..domain.scoring import score_assessment
from ..domain.signoff import recorded_approval
from . import texts
from .fingerprint import content_hash
from .fonts import BOLD, REGULAR, draw_text, ensure_fonts, fit_text, report_language
from .layout import (
    FRAME_WIDTH,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Context,
)
from .palette import (
    ACCENT,
    DRAFT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
)
from .variants import check_variant, full_story, summary_story

Progress = Callable[[int, int], None]

_BUILD_LOCK = threading.Lock()
TOTAL_FORM = "pc-page-total"
FOOTER_SIZE = 7.5


# -- page furniture -------------------------------------------------------------------------


class ReportCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types: Canvas is Any
    """Draws "page X of " on each page and the total Y once, as a form, when saving."""

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        total = self.getPageNumber() - 1
        self.beginForm(TOTAL_FORM)
        self.setFont(REGULAR, FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


def _draw_page(canv: Canvas, doc: ReportDocument) -> None:
    ctx = doc.ctx
    page = canv.getPageNumber()
    canv.saveState()
    canv.setFillColor(MUTED)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)

    # Marks at the top right: the draft mark (not on the cover), the public version's on every page.
    y = PAGE_HEIGHT - MARGIN_TOP + 0.55 * cm
    right = PAGE_WIDTH - MARGIN_X
    mark_width = 0.0
    # The full report's cover has the draft box instead; the summary's first page has no cover.
    marks = [(ctx.t("DRAFT"), DRAFT)] if ctx.draft and (page > 1 or ctx.brief) else []
    if ctx.public:
        marks.append((ctx.t("PUBLIC VERSION"), ACCENT))
    for mark, colour in marks:
        canv.setFillColor(colour)
        canv.setFont(BOLD, 9)
        canv.drawRightString(right - mark_width, y, mark)
        mark_width += canv.stringWidth(mark, BOLD, 9) + 12
    canv.setFillColor(MUTED)
    # The running header (not on the first page): what this is.
    if page > 1:
        p = ctx.assessment.partnership
        header = fit_text(
            ctx.t(
                "Summary {dutch} – {counterpart}" if ctx.brief else "Advice report {dutch} – {counterpart}",
                dutch=p.dutch_party,
                counterpart=p.counterpart,
            ),
            REGULAR,
            8,
            FRAME_WIDTH - mark_width,
        )
        draw_text(canv, MARGIN_X, y, header, REGULAR, 8)
        canv.line(MARGIN_X, y - 5, right, y - 5)

    # Footer on every page: page X of Y left; assessment, checklist version, fingerprint right.
    y = MARGIN_BOTTOM - 1.1 * cm
    canv.line(MARGIN_X, y + 10, PAGE_WIDTH - MARGIN_X, y + 10)
    canv.setFont(REGULAR, FOOTER_SIZE)
    lead = ctx.t("Page {page} of ", page=page)
    canv.drawString(MARGIN_X, y, lead)
    canv.saveState()
    canv.translate(MARGIN_X + canv.stringWidth(lead, REGULAR, FOOTER_SIZE), y)
    canv.doForm(TOTAL_FORM)
    canv.restoreState()
    a = ctx.assessment
    ident = ctx.t("Assessment {id}", id=a.id) if a.id is not None else ctx.t("Assessment (not saved)")
    parts = [ident, ctx.t("checklist {version}", version=f"{a.checklist_id} {a.checklist_version}"), ctx.t("ref. {hash}", hash=ctx.fingerprint)]
    canv.drawRightString(PAGE_WIDTH - MARGIN_X, y, "  ·  ".join(parts))
    canv.restoreState()


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no types
    def __init__(self, buffer: io.BytesIO, ctx: Context, progress: Progress | None, steps: int, **kw: Any) -> None:
        super().__init__(
            buffer,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            invariant=1,
            lang=ctx.lang,
            displayDocTitle=1,
            **kw,
        )
        self.ctx = ctx
        self.progress = progress
        self.steps = steps
        self.done = 0
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_draw_page)])

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self.canv.showOutline()
        # The PDF's creation date is the assessment's own date, never the moment of printing.
        when = self.ctx.assessment.updated or self.ctx.assessment.created
        self.canv.setDateFormatter(lambda *_: _pdf_date(when))

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        title, key, level = outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=False)
        self.step()

    def step(self) -> None:
        self.done = min(self.done + 1, self.steps)
        if self.progress is not None:
            self.progress(self.done, self.steps)


def _pdf_date(when: _dt.datetime) -> str:
    offset = when.utcoffset() or _dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"D:{when:%Y%m%d%H%M%S}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


# -- the whole ------------------------------------------------------------------------------


def build_report(
    assessment: Assessment,
    checklist: Checklist,
    lang: str,
    *,
    progress: Progress | None = None,
    previous: Assessment | None = None,
    variant: str = "full",
    roles: Mapping[str, str] | None = None,
    events: Sequence[Event] = (),
) -> bytes:
    texts.check_language(lang)
    check_variant(variant)
    with report_language(lang):  # the language of markers such as "[character cannot be shown]"
        return _build(assessment, checklist, lang, progress=progress, previous=previous, variant=variant, roles=roles or {}, events=events)


def _build(
    assessment: Assessment,
    checklist: Checklist,
    lang: str,
    *,
    progress: Progress | None,
    previous: Assessment | None,
    variant: str,
    roles: Mapping[str, str],
    events: Sequence[Event] = (),
) -> bytes:
    if checklist.key != (assessment.checklist_id, assessment.checklist_version):
        raise ValueError(
            f"checklist {checklist.id} {checklist.version} is not the one the assessment was made with "
            f"({assessment.checklist_id} {assessment.checklist_version})"
        )
    ensure_fonts()
    # The kenmerk is the whole assessment's: every variant of the same content carries it.
    fingerprint = content_hash(assessment)
    if variant == "public":
        # Made from the public copy, so nothing internal can reach any section (nor the metadata).
        assessment = public_copy(assessment, roles, lang)
        previous = public_copy(previous, roles, lang) if previous is not None else None
    result = score_assessment(assessment, checklist)
    ctx = Context(
        assessment,
        checklist,
        result,
        lang,
        fingerprint,
        _approval(assessment, lang),
        public=variant == "public",
        brief=variant == "summary",
    )
    comparison = compare(checklist, previous, assessment) if previous is not None else None
    story = summary_story(ctx, previous, comparison) if variant == "summary" else full_story(ctx, previous, comparison, events)

    steps = sum(1 for f in _walk(story) if getattr(f, "outline", None) is not None) + 1
    p = assessment.partnership
    buffer = io.BytesIO()
    doc = ReportDocument(
        buffer,
        ctx,
        progress,
        steps,
        title=f"{ctx.t('Summary for the board' if variant == 'summary' else 'Advice report')}: {p.dutch_party} – {p.counterpart}",
        author=assessment.assessor,
        subject=ctx.t(
            "Due diligence of the tie between {dutch} and {counterpart} (checklist {id} {version})",
            dutch=p.dutch_party,
            counterpart=p.counterpart,
            id=checklist.id,
            version=checklist.version,
        ),
        creator=f"PartnerCheck {__version__}",
        keywords=[checklist.id, checklist.version, ctx.fingerprint],
    )
    if progress is not None:
        progress(0, steps)
    # reportlab keeps per-document font state in shared font objects: one build at a time.
    with _BUILD_LOCK:
        doc.build(story, canvasmaker=ReportCanvas)
    doc.step()
    return buffer.getvalue()


def _approval(assessment: Assessment, lang: str) -> tuple[str, str] | None:
    """The approval to print, as printed: only the one recorded on a final assessment, its
    date in the report's own words (no caller passes an approval, so every report of the same
    assessment prints the same one)."""
    recorded = recorded_approval(assessment)
    if recorded is None:
        return None
    by, on = recorded
    return by, format_date(on, lang) if on else ""


def _walk(flowables: Iterable[Flowable]) -> Iterable[Flowable]:
    for f in flowables:
        yield f
        inner = getattr(f, "_content", None)
        if isinstance(inner, list):
            yield from _walk(inner)
