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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .. import __version__
from ..domain.assessment import Answer, Assessment
from ..domain.checklist import Checklist, Question, Recommendation, Theme
from ..domain.compare import Comparison, compare
from ..domain.scoring import Level, Score, level_label, score_assessment
from ..domain.text import LocalText
from . import texts
from .chart import Bar, level_chart
from .fingerprint import content_hash
from .fonts import BOLD, REGULAR, clean, draw_text, ensure_fonts, fit_text, markup
from .palette import (
    ACCENT,
    DRAFT,
    INK,
    LEVEL_FILL,
    LEVEL_TEXT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
    SHADE,
    SOFT_INK,
    hex_of,
)

Progress = Callable[[int, int], None]

PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
KEY_MEASURES = 8
_BUILD_LOCK = threading.Lock()
TOTAL_FORM = "pc-page-total"
FOOTER_SIZE = 7.5
QUESTION_INDENT = 28


# -- styles ---------------------------------------------------------------------------------


@cache
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT)

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": derive("small", fontSize=8, leading=10.5, textColor=MUTED),
        "kicker": derive("kicker", fontSize=9, leading=12, textColor=MUTED),
        "cover_title": derive("cover_title", fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT, spaceAfter=6),
        "cover_sub": derive("cover_sub", fontSize=16, leading=21, spaceAfter=4),
        "h1": derive("h1", fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT, spaceAfter=10, keepWithNext=1),
        "h2": derive("h2", fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=14, spaceAfter=4, keepWithNext=1),
        "h3": derive("h3", fontName=BOLD, fontSize=10, leading=13, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "intro": derive("intro", textColor=MUTED, spaceAfter=4),
        "question": derive(
            "question",
            fontName=BOLD,
            fontSize=10,
            leading=13.5,
            leftIndent=QUESTION_INDENT,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=10,
            spaceBefore=9,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "detail": derive("detail", leftIndent=QUESTION_INDENT, spaceAfter=2),
        "note": derive("note", leftIndent=QUESTION_INDENT),
        "note_gap": derive("note_gap", leftIndent=QUESTION_INDENT, spaceBefore=5),
        "guidance": derive("guidance", leftIndent=QUESTION_INDENT, fontSize=9, leading=12.5, textColor=SOFT_INK, spaceAfter=2),
        "guidance_first": derive(
            "guidance_first", leftIndent=QUESTION_INDENT, fontSize=9, leading=12.5, textColor=SOFT_INK, spaceBefore=4, spaceAfter=2
        ),
        "ref": derive("ref", leftIndent=QUESTION_INDENT, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=2),
        "bullet": derive("bullet", leftIndent=16, bulletIndent=2, spaceAfter=3),
        "numbered": derive("numbered", leftIndent=18, bulletIndent=0, spaceAfter=4),
        "source": derive("source", fontSize=8.5, leading=11.5, leftIndent=42, bulletIndent=0, bulletFontName=BOLD, bulletFontSize=8.5, spaceAfter=4),
        "cell": derive("cell", fontSize=9, leading=12),
        "cell_head": derive("cell_head", fontName=BOLD, fontSize=9, leading=12, textColor=ACCENT),
        "cell_label": derive("cell_label", fontSize=9, leading=12, textColor=MUTED),
        "draft_box": derive("draft_box", fontSize=9.5, leading=13.5, textColor=INK),
        "level_big": derive("level_big", fontName=BOLD, fontSize=18, leading=22, alignment=1),
    }


# -- helpers --------------------------------------------------------------------------------


def _checklist_paragraphs(text: str) -> list[str]:
    """Checklist prose: paragraphs split at blank lines, hard line wraps joined."""
    blocks = [" ".join(block.split()) for block in text.strip().split("\n\n")]
    return [b for b in blocks if b]


def _user_lines(text: str) -> list[str]:
    """User text line by line, as typed; empty lines kept as paragraph gaps."""
    return clean(text).strip("\n").split("\n")


def chip(level: Level, lang: str) -> str:
    """The level word in its colour, for use inside a Paragraph."""
    return f'<font backColor="{hex_of(LEVEL_FILL[level])}" color="{hex_of(LEVEL_TEXT[level])}"><b>&nbsp;{level_label(level, lang)}&nbsp;</b></font>'


class Heading(Paragraph):
    """A heading that is also a bookmark and an entry in the PDF outline."""

    def __init__(self, text: str, style: ParagraphStyle, *, outline: str, key: str, level: int = 0) -> None:
        super().__init__(text, style)
        self.outline = (outline, key, level)


@dataclass(frozen=True, slots=True)
class Context:
    assessment: Assessment
    checklist: Checklist
    score: Score
    lang: str
    fingerprint: str
    approval: tuple[str, str] | None  # (approved by, approved on), already as printed

    @property
    def draft(self) -> bool:
        """A draft until it is complete and approved; only then is the mark dropped."""
        return not (self.score.is_complete and self.approval is not None)

    def draft_note(self) -> str:
        result = self.score
        if not result.is_complete:
            return self.t("draft_note", answered=result.answered, total=result.total)
        return self.t("draft_note_unapproved")

    def t(self, key: str, **values: object) -> str:
        return texts.label(self.lang, key, **values)

    def local(self, text: LocalText) -> str:
        return text.get(self.lang)

    def numbers(self) -> dict[str, str]:
        """Question id -> its number as printed, "theme.question" (3.2)."""
        return {q.id: f"{ti}.{qi}" for ti, theme in enumerate(self.checklist.themes, 1) for qi, q in enumerate(theme.questions, 1)}


# -- page furniture -------------------------------------------------------------------------


class ReportCanvas(Canvas):
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

    # Header (not on the cover): what this is, and the draft mark when it is one.
    if page > 1:
        y = PAGE_HEIGHT - MARGIN_TOP + 0.55 * cm
        right = PAGE_WIDTH - MARGIN_X
        mark_width = 0.0
        if ctx.draft:
            canv.setFillColor(DRAFT)
            canv.setFont(BOLD, 9)
            canv.drawRightString(right, y, ctx.t("draft"))
            mark_width = canv.stringWidth(ctx.t("draft"), BOLD, 9) + 12
            canv.setFillColor(MUTED)
        p = ctx.assessment.partnership
        header = fit_text(ctx.t("header", dutch=p.dutch_party, counterpart=p.counterpart), REGULAR, 8, FRAME_WIDTH - mark_width)
        draw_text(canv, MARGIN_X, y, header, REGULAR, 8)
        canv.line(MARGIN_X, y - 5, right, y - 5)

    # Footer on every page: page X of Y left; assessment, checklist version, fingerprint right.
    y = MARGIN_BOTTOM - 1.1 * cm
    canv.line(MARGIN_X, y + 10, PAGE_WIDTH - MARGIN_X, y + 10)
    canv.setFont(REGULAR, FOOTER_SIZE)
    lead = ctx.t("footer_page", page=page)
    canv.drawString(MARGIN_X, y, lead)
    canv.saveState()
    canv.translate(MARGIN_X + canv.stringWidth(lead, REGULAR, FOOTER_SIZE), y)
    canv.doForm(TOTAL_FORM)
    canv.restoreState()
    a = ctx.assessment
    ident = ctx.t("footer_assessment", id=a.id) if a.id is not None else ctx.t("footer_unsaved")
    parts = [ident, ctx.t("footer_checklist", version=f"{a.checklist_id} {a.checklist_version}"), ctx.t("footer_hash", hash=ctx.fingerprint)]
    canv.drawRightString(PAGE_WIDTH - MARGIN_X, y, "  ·  ".join(parts))
    canv.restoreState()


class ReportDocument(BaseDocTemplate):
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


# -- sections -------------------------------------------------------------------------------


def _cover(ctx: Context) -> list[Flowable]:
    s = _styles()
    a, p, result = ctx.assessment, ctx.assessment.partnership, ctx.score
    lang = ctx.lang
    story: list[Flowable] = [
        Paragraph(markup(ctx.t("kicker")), s["kicker"]),
        Spacer(1, 1.6 * cm),
        Paragraph(markup(ctx.t("title")), s["cover_title"]),
        Paragraph(f"{markup(p.dutch_party)} – {markup(p.counterpart)}", s["cover_sub"]),
        Spacer(1, 0.8 * cm),
    ]
    if ctx.draft:
        box = Table(
            [
                [
                    Paragraph(
                        f'<font color="{hex_of(DRAFT)}" size="14"><b>{ctx.t("draft")}</b></font><br/>' + markup(ctx.draft_note()),
                        ParagraphStyle("draft_inner", parent=s["draft_box"], leading=15),
                    )
                ]
            ],
            colWidths=[FRAME_WIDTH],
        )
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.5, DRAFT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        story += [box, Spacer(1, 0.6 * cm)]

    date = (a.updated or a.created).date()
    since = p.since
    status = texts.word(lang, p.status.value)
    rows = [
        (ctx.t("dutch_party"), f"{markup(p.dutch_party)} ({texts.word(lang, p.dutch_party_kind.value)})"),
        (ctx.t("counterpart"), f"{markup(p.counterpart)} ({texts.word(lang, p.counterpart_kind.value)})"),
        (ctx.t("status"), markup(ctx.t("status_since", status=status, since=since) if since else status)),
        (ctx.t("assessor"), markup(a.assessor) if a.assessor.strip() else f'<font color="{hex_of(MUTED)}">{ctx.t("not_recorded")}</font>'),
        (ctx.t("date"), markup(texts.long_date(date, lang))),
        (ctx.t("checklist"), markup(ctx.t("checklist_value", id=a.checklist_id, version=a.checklist_version))),
        (
            ctx.t("completeness"),
            markup(ctx.t("completeness_value", answered=result.answered, total=result.total, pct=round(100 * result.completeness))),
        ),
    ]
    if not ctx.draft and ctx.approval is not None:
        by, on = ctx.approval
        rows.append((ctx.t("approved"), markup(ctx.t("approved_value", by=by, on=on))))
    rows.append((ctx.t("reference"), markup(ctx.fingerprint)))
    info = Table(
        [[Paragraph(markup(k), s["cell_label"]), Paragraph(v, s["cell"])] for k, v in rows],
        colWidths=[4.5 * cm, FRAME_WIDTH - 4.5 * cm],
        splitInRow=1,
    )
    info.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story += [info, Spacer(1, 1.0 * cm)]

    level = result.overall
    level_style = ParagraphStyle("level_word", parent=s["level_big"], textColor=LEVEL_TEXT[level])
    block = Table(
        [
            [
                Paragraph(markup(ctx.t("overall")), ParagraphStyle("ov", parent=s["h2"], spaceBefore=0, spaceAfter=0, textColor=INK)),
                Paragraph(markup(level_label(level, lang).upper()), level_style),
            ]
        ],
        colWidths=[FRAME_WIDTH - 5 * cm, 5 * cm],
    )
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (1, 0), (1, 0), LEVEL_FILL[level]),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (0, 0), 10),
            ]
        )
    )
    counts = ", ".join(f"{sum(t.level is lv for t in result.themes)} {level_label(lv, lang)}" for lv in reversed(Level))
    story += [block, Spacer(1, 0.25 * cm), Paragraph(markup(ctx.t("cover_counts", flags=len(result.red_flags), counts=counts)), s["body"])]
    return story


def _key_measures(ctx: Context) -> list[Recommendation]:
    """Triggered measures, those of the highest-level themes first, checklist order within."""
    result = ctx.score
    rank = {t.theme_id: -t.level for t in result.themes}
    return sorted(result.recommendations, key=lambda r: rank.get(r.theme_id, 0))


def _sources_suffix(codes: Iterable[str]) -> str:
    codes = list(codes)
    return f' <font color="{hex_of(MUTED)}" size="8">[{markup(", ".join(codes))}]</font>' if codes else ""


def _summary(ctx: Context) -> list[Flowable]:
    s = _styles()
    result, lang = ctx.score, ctx.lang
    board = texts.BOARD[lang][ctx.assessment.partnership.dutch_party_kind.value]
    story: list[Flowable] = [
        Heading(markup(ctx.t("summary_title")), s["h1"], outline=ctx.t("summary_title"), key="summary"),
        Paragraph(
            f"<b>{markup(ctx.t('overall'))}:</b> {chip(result.overall, lang)} &nbsp; "
            + markup(ctx.t("completeness_value", answered=result.answered, total=result.total, pct=round(100 * result.completeness))),
            ParagraphStyle("ov_line", parent=s["body"], fontSize=10.5, leading=15, spaceAfter=8),
        ),
        Paragraph(
            markup(texts.ADVICE[lang][result.overall].format(board=board)),
            ParagraphStyle("adv", parent=s["body"], fontSize=10, leading=14.5, spaceAfter=6),
        ),
    ]
    if ctx.draft:
        story.append(
            Paragraph(
                f'<font color="{hex_of(DRAFT)}"><b>{markup(ctx.t("draft"))}.</b></font> ' + markup(ctx.draft_note()),
                s["body"],
            )
        )

    story.append(Paragraph(f"{markup(ctx.t('red_flags_title'))} ({len(result.red_flags)})", s["h2"]))
    if result.red_flags:
        rows: list[list[Flowable]] = [
            [
                Paragraph("#", s["cell_head"]),
                Paragraph(markup(ctx.t("question")), s["cell_head"]),
                Paragraph(markup(ctx.t("answer")), s["cell_head"]),
            ]
        ]
        numbers = ctx.numbers()
        for qid in result.red_flags:
            q = ctx.checklist.question(qid)
            if q is None:
                continue
            answer = ctx.assessment.answers[qid]
            option = q.option(answer.value or "")
            rows.append(
                [
                    Paragraph(numbers[qid], s["cell"]),
                    Paragraph(markup(ctx.local(q.text)), s["cell"]),
                    Paragraph(
                        f'<font color="{hex_of(DRAFT)}"><b>{markup(ctx.local(option.label) if option else answer.value or "")}</b></font>', s["cell"]
                    ),
                ]
            )
        story.append(_grid(rows, [1.2 * cm, FRAME_WIDTH - 5.7 * cm, 4.5 * cm]))
    else:
        story.append(Paragraph(markup(ctx.t("red_flags_none")), s["body"]))

    story.append(Paragraph(markup(ctx.t("measures_title")), s["h2"]))
    measures = _key_measures(ctx)
    if not measures:
        story.append(Paragraph(markup(ctx.t("measures_none")), s["body"]))
    for n, rec in enumerate(measures[:KEY_MEASURES], 1):
        theme = ctx.checklist.theme(rec.theme_id)
        theme_name = ctx.local(theme.title) if theme else rec.theme_id
        story.append(
            Paragraph(
                markup(ctx.local(rec.text)) + f' <font color="{hex_of(MUTED)}" size="8">— {markup(theme_name)}</font>' + _sources_suffix(rec.sources),
                s["numbered"],
                bulletText=f"{n}.",
            )
        )
    rest = len(measures) - KEY_MEASURES
    if rest > 0:
        key = "measures_more_one" if rest == 1 else "measures_more"
        story.append(Paragraph(markup(ctx.t(key, n=rest)), s["small"]))
    return story


def _grid(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), SHADE) for r in range(2, len(rows), 2)]
    table.setStyle(TableStyle(style))
    return table


def _chart(ctx: Context) -> list[Flowable]:
    s = _styles()
    bars = []
    for n, theme in enumerate(ctx.checklist.themes, 1):
        ts = ctx.score.theme(theme.id)
        bars.append(Bar(f"{n}. {ctx.local(theme.title)}", ts.level, ts.answered, ts.total))
    return [
        Heading(markup(ctx.t("chart_title")), s["h1"], outline=ctx.t("chart_title"), key="chart"),
        Paragraph(markup(ctx.t("chart_caption")), ParagraphStyle("cap", parent=s["small"], spaceAfter=10)),
        level_chart(bars, FRAME_WIDTH, ctx.lang),
    ]


def _theme(ctx: Context, n: int, theme: Theme) -> list[Flowable]:
    s = _styles()
    lang = ctx.lang
    ts = ctx.score.theme(theme.id)
    title = f"{n}. {ctx.local(theme.title)}"
    story: list[Flowable] = [
        CondPageBreak(6 * cm),
        Heading(markup(title), s["h2"], outline=title, key=f"theme-{theme.id}", level=1),
        Paragraph(
            f"{chip(ts.level, lang)} &nbsp; " + markup(ctx.t("theme_status", answered=ts.answered, total=ts.total)),
            ParagraphStyle("tstat", parent=s["body"], spaceAfter=4),
        ),
    ]
    story += [Paragraph(markup(p), s["intro"]) for p in _checklist_paragraphs(ctx.local(theme.intro))]
    for qn, question in enumerate(theme.questions, 1):
        story += _question(ctx, f"{n}.{qn}", question, ctx.assessment.answers.get(question.id))

    triggered = [r for r in ctx.score.recommendations if r.theme_id == theme.id]
    story.append(Paragraph(markup(ctx.t("theme_measures")), ParagraphStyle("tm", parent=s["h3"], spaceBefore=12)))
    if not triggered:
        story.append(Paragraph(markup(ctx.t("theme_measures_none")), s["body"]))
    for rec in triggered:
        story.append(Paragraph(markup(ctx.local(rec.text)) + _sources_suffix(rec.sources), s["bullet"], bulletText="•"))
    return story


def _question(ctx: Context, number: str, question: Question, answer: Answer | None) -> list[Flowable]:
    s = _styles()
    story: list[Flowable] = [Paragraph(markup(ctx.local(question.text)), s["question"], bulletText=number)]
    option = question.option(answer.value) if answer is not None and answer.value is not None else None
    label = f"<b>{markup(ctx.t('answer'))}:</b> "
    if answer is None or answer.value is None:
        text = label + f'<font color="{hex_of(MUTED)}">{markup(ctx.t("not_answered"))}</font>'
    elif option is None:  # cannot happen for a validated assessment; print what is stored
        text = label + markup(answer.value)
    else:
        text = label + markup(ctx.local(option.label))
        if option.red_flag:
            text += f' &nbsp;<font color="{hex_of(DRAFT)}"><b>{markup(ctx.t("red_flag"))}</b></font>'
    story.append(Paragraph(text, s["detail"]))

    if answer is not None and answer.note.strip():
        lines = _user_lines(answer.note)
        story.append(Paragraph(f"<b>{markup(ctx.t('note'))}:</b> " + markup(lines[0]), s["note"]))
        gap = False
        for line in lines[1:]:
            if not line.strip():
                gap = True
                continue
            story.append(Paragraph(markup(line), s["note_gap"] if gap else s["note"]))
            gap = False

    if option is not None and option.risk >= 1:
        paragraphs = _checklist_paragraphs(ctx.local(question.guidance))
        for i, para in enumerate(paragraphs):
            if i == 0:
                story.append(Paragraph(f"<b>{markup(ctx.t('guidance'))}:</b> " + markup(para), s["guidance_first"]))
            else:
                story.append(Paragraph(markup(para), s["guidance"]))
    if question.sources:
        story.append(Paragraph(f"{markup(ctx.t('sources_short'))}: {markup(', '.join(question.sources))}", s["ref"]))
    return story


def _actions(ctx: Context) -> list[Flowable]:
    s = _styles()
    lang = ctx.lang
    story: list[Flowable] = [Heading(markup(ctx.t("actions_title")), s["h1"], outline=ctx.t("actions_title"), key="actions")]
    actions = ctx.assessment.actions
    if not actions:
        story.append(Paragraph(markup(ctx.t("actions_none")), s["body"]))
        return story
    rows: list[list[Flowable]] = [
        [Paragraph(markup(ctx.t(k)), s["cell_head"]) for k in ("action_text", "action_owner", "action_due", "action_status")]
    ]
    for action in actions:
        rows.append(
            [
                Paragraph(markup(action.text), s["cell"]),
                Paragraph(markup(action.owner), s["cell"]),
                Paragraph(markup(texts.short_date(action.due, lang)) if action.due else "–", s["cell"]),
                Paragraph(markup(texts.word(lang, action.status.value)), s["cell"]),
            ]
        )
    story.append(_grid(rows, [FRAME_WIDTH - 9 * cm, 4 * cm, 2.5 * cm, 2.5 * cm]))
    return story


def _changes(ctx: Context, previous: Assessment, comparison: Comparison) -> list[Flowable]:
    """The appendix the council asks for first: what moved since the last time."""
    s = _styles()
    lang = ctx.lang
    title = ctx.t("changes_title")
    story: list[Flowable] = [Heading(markup(title), s["h1"], outline=title, key="changes")]
    when = previous.updated or previous.created
    facts = {"id": previous.id, "revision": previous.revision, "date": texts.long_date(when.date(), lang)}
    if comparison.is_empty:
        story.append(Paragraph(markup(ctx.t("changes_none", **facts)), s["body"]))
        return story
    story.append(Paragraph(markup(ctx.t("changes_intro", n=len(comparison.answers), **facts)), s["body"]))
    if comparison.levels:
        story.append(Paragraph(markup(ctx.t("changes_levels")), s["h3"]))
        rows: list[list[Flowable]] = [[Paragraph(markup(ctx.t(k)), s["cell_head"]) for k in ("changes_theme", "changes_before", "changes_after")]]
        for change in comparison.levels:
            theme = ctx.checklist.theme(change.theme_id) if change.theme_id else None
            name = ctx.local(theme.title) if theme else ctx.t("changes_overall")
            rows.append(
                [Paragraph(markup(name), s["cell"]), Paragraph(chip(change.old, lang), s["cell"]), Paragraph(chip(change.new, lang), s["cell"])]
            )
        story.append(_grid(rows, [FRAME_WIDTH - 6 * cm, 3 * cm, 3 * cm]))
    if comparison.answers:
        story.append(Paragraph(markup(ctx.t("changes_answers")), s["h3"]))
        numbers = ctx.numbers()
        rows = [[Paragraph(markup(ctx.t(k)), s["cell_head"]) for k in ("changes_question", "changes_before", "changes_after")]]
        for change in comparison.answers:
            question = ctx.checklist.question(change.question_id)
            if question is None:
                continue
            before, after = _answer_word(ctx, question, change.old), _answer_word(ctx, question, change.new)
            if not change.value_changed:
                after += " " + ctx.t("changes_note_only")
            rows.append(
                [
                    Paragraph(f"{numbers[question.id]} {markup(ctx.local(question.text))}", s["cell"]),
                    Paragraph(markup(before), s["cell"]),
                    Paragraph(markup(after), s["cell"]),
                ]
            )
        story.append(_grid(rows, [FRAME_WIDTH - 8 * cm, 4 * cm, 4 * cm]))
    return story


def _answer_word(ctx: Context, question: Question, answer: Answer | None) -> str:
    option = question.option(answer.value) if answer is not None and answer.value is not None else None
    return ctx.local(option.label) if option is not None else ctx.t("not_answered")


def _sources(ctx: Context) -> list[Flowable]:
    s = _styles()
    story: list[Flowable] = [Heading(markup(ctx.t("sources_title")), s["h1"], outline=ctx.t("sources_title"), key="sources")]
    if not ctx.checklist.sources:
        story.append(Paragraph(markup(ctx.t("sources_none")), s["body"]))
    for src in ctx.checklist.sources:
        parts = [f"<b>{markup(src.title)}</b>", markup(", ".join(x for x in (src.publisher, src.date) if x))]
        if src.url:
            parts.append(markup(src.url))
        note = ctx.local(src.note)
        if note:
            parts.append(f'<font color="{hex_of(MUTED)}">{markup(note)}</font>')
        story.append(Paragraph(". ".join(p for p in parts if p), s["source"], bulletText=src.code))
    return story


def _signoff(ctx: Context) -> list[Flowable]:
    s = _styles()
    blank = Paragraph("", s["cell"])
    approved_name, approved_on = ctx.approval if ctx.approval is not None else ("", "")
    roles = (
        ("prepared_by", ctx.assessment.assessor, ""),
        ("reviewed_by", ctx.assessment.reviewed_by or "", ""),
        ("approved_by", approved_name, approved_on),
    )
    head = [
        blank,
        Paragraph(markup(ctx.t("name")), s["cell_label"]),
        blank,
        Paragraph(markup(ctx.t("date_short")), s["cell_label"]),
        blank,
        Paragraph(markup(ctx.t("signature")), s["cell_label"]),
    ]
    rows = [head]
    for key, name, date in roles:
        rows.append(
            [
                Paragraph(f"<b>{markup(ctx.t(key))}</b>", s["cell"]),
                Paragraph(markup(name), s["cell"]),
                blank,
                Paragraph(markup(date), s["cell"]),
                blank,
                blank,
            ]
        )
    gap = 0.4 * cm
    widths = [3.4 * cm, 5.0 * cm, gap, 3.8 * cm, gap]
    widths.append(FRAME_WIDTH - sum(widths))
    table = Table(rows, colWidths=widths, rowHeights=[None] + [1.5 * cm] * len(roles))
    style = [
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
    ]
    for col in (1, 3, 5):
        style.append(("LINEBELOW", (col, 1), (col, -1), 0.7, INK))
    table.setStyle(TableStyle(style))
    return [
        KeepTogether(
            [
                Heading(
                    markup(ctx.t("signoff_title")),
                    ParagraphStyle("so", parent=s["h1"], spaceBefore=18),
                    outline=ctx.t("signoff_title"),
                    key="signoff",
                ),
                table,
            ]
        )
    ]


# -- the whole ------------------------------------------------------------------------------


def build_report(
    assessment: Assessment,
    checklist: Checklist,
    lang: str,
    *,
    progress: Progress | None = None,
    approval: tuple[str, str] | None = None,
    previous: Assessment | None = None,
) -> bytes:
    texts.check_language(lang)
    if checklist.key != (assessment.checklist_id, assessment.checklist_version):
        raise ValueError(
            f"checklist {checklist.id} {checklist.version} is not the one the assessment was made with "
            f"({assessment.checklist_id} {assessment.checklist_version})"
        )
    ensure_fonts()
    result = score_assessment(assessment, checklist)
    ctx = Context(assessment, checklist, result, lang, content_hash(assessment), _approval(assessment, approval, lang))

    story: list[Flowable] = _cover(ctx)
    story += [PageBreak(), *_summary(ctx), PageBreak(), *_chart(ctx), Spacer(1, 1 * cm), CondPageBreak(8 * cm)]
    s = _styles()
    story.append(Heading(markup(ctx.t("findings_title")), s["h1"], outline=ctx.t("findings_title"), key="findings"))
    for n, theme in enumerate(checklist.themes, 1):
        story += _theme(ctx, n, theme)
    story += [PageBreak(), *_actions(ctx), Spacer(1, 0.6 * cm)]
    if previous is not None:
        story += [*_changes(ctx, previous, compare(checklist, previous, assessment)), Spacer(1, 0.6 * cm)]
    story += [*_sources(ctx), *_signoff(ctx)]

    steps = sum(1 for f in _walk(story) if getattr(f, "outline", None) is not None) + 1
    p = assessment.partnership
    buffer = io.BytesIO()
    doc = ReportDocument(
        buffer,
        ctx,
        progress,
        steps,
        title=f"{ctx.t('title')}: {p.dutch_party} – {p.counterpart}",
        author=assessment.assessor,
        subject=ctx.t("subject", dutch=p.dutch_party, counterpart=p.counterpart, id=checklist.id, version=checklist.version),
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


def _approval(assessment: Assessment, given: tuple[str, str] | None, lang: str) -> tuple[str, str] | None:
    """The approval to print: the one given, else the one recorded on a final assessment."""
    if given is not None:
        return given
    if assessment.is_final and assessment.approved_by:
        on = texts.long_date(assessment.approved_on, lang) if assessment.approved_on else ""
        return (assessment.approved_by, on)
    return None


def _walk(flowables: Iterable[Flowable]) -> Iterable[Flowable]:
    for f in flowables:
        yield f
        inner = getattr(f, "_content", None)
        if isinstance(inner, list):
            yield from _walk(inner)
