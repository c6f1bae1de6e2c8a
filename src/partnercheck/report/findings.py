"""The level per theme as a chart, and the findings per theme: every question with its
answer, the officer's note, the guidance and the recommended measures."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
)

from ..domain.advice import measure_text
from ..domain.assessment import Answer
from ..domain.checklist import Question, Theme
from ..domain.levels import level_label
from ..domain.scoring import ThemeScore
from .bidi import Paragraph
from .chart import Bar, LevelChart
from .fonts import markup
from .layout import (
    FRAME_WIDTH,
    Context,
    Heading,
    checklist_paragraphs,
    chip,
    sources_suffix,
    styles,
    user_lines,
)
from .palette import (
    DRAFT,
    MUTED,
    hex_of,
)
from .texts import word


def chart(ctx: Context) -> list[Flowable]:
    s = styles()
    bars = []
    for n, theme in enumerate(ctx.checklist.themes, 1):
        ts = ctx.score.theme(theme.id)
        settled = ts.verdict.level is not None
        provisional = ctx.t("provisionally {level}", level=level_label(ts.level, ctx.lang)) if ts.answered else ctx.t("not started")
        bars.append(Bar(f"{n}. {ctx.local(theme.title)}", ts.level, ts.answered, ts.total, settled, provisional))
    return [
        Heading(markup(ctx.t("Risk per theme")), s["h1"], outline=ctx.t("Risk per theme"), key="chart"),
        Paragraph(markup(_how_levels_combine(ctx)), ParagraphStyle("cap", parent=s["small"], spaceAfter=10)),
        LevelChart(bars, FRAME_WIDTH, ctx.lang),
    ]


def _how_levels_combine(ctx: Context) -> str:
    """The chart's caption: how the theme levels make the overall level, as the model that
    scored this assessment has it. The breadth rule counts risk themes only; a reader counting
    twelve themes against "half or more" would get a different answer than the verdict."""
    housekeeping = [ctx.local(t.title) for t in ctx.checklist.themes if t.kind == "governance"]
    if ctx.score.model < 2:
        return ctx.t(
            "Each theme gets the level low, medium or high. A red flag makes its theme high, and with it the "
            "overall level. The overall level is the highest level of all themes. On the right: how many of the "
            "theme's questions have been answered."
        )
    if not housekeeping:
        return ctx.t(
            "Each theme gets the level low, medium or high. A red flag makes its theme high, and with it the "
            "overall level. The overall level is the highest level of all themes, and high as well when half or "
            "more of the themes are medium or high. On the right: how many of the theme's questions have been "
            "answered."
        )
    return ctx.t(
        "Each theme gets the level low, medium or high. A red flag makes its theme high, and with it the overall "
        "level. The overall level is the highest level of all themes, and high as well when half or more of the "
        "{n} risk themes are medium or high. The themes on the organisation's own housekeeping ({themes}) are at "
        "most medium and do not count towards that half. On the right: how many of "
        "the theme's questions have been answered.",
        n=len(ctx.checklist.themes) - len(housekeeping),
        themes=", ".join(housekeeping),
    )


def _theme_level(ctx: Context, ts: ThemeScore) -> str:
    """The level chip, or a provisional level in plain words while the theme is unfinished."""
    if ts.verdict.level is not None:
        return chip(ts.verdict.level, ctx.lang)
    if not ts.answered:
        return f"<b>{markup(ctx.t('not started'))}</b>"
    return f"<b>{markup(ctx.t('provisionally {level}', level=level_label(ts.level, ctx.lang)))}</b>"


def theme_findings(ctx: Context, n: int, theme: Theme) -> list[Flowable]:
    s = styles()
    ts = ctx.score.theme(theme.id)
    title = f"{n}. {ctx.local(theme.title)}"
    story: list[Flowable] = [
        CondPageBreak(6 * cm),
        Heading(markup(title), s["h2"], outline=title, key=f"theme-{theme.id}", level=1),
        Paragraph(
            f"{_theme_level(ctx, ts)} &nbsp; " + markup(ctx.t("{answered} of {total} questions answered", answered=ts.answered, total=ts.total)),
            ParagraphStyle("tstat", parent=s["body"], spaceAfter=4),
        ),
    ]
    story += [Paragraph(markup(p), s["intro"]) for p in checklist_paragraphs(ctx.local(theme.intro))]
    for qn, question in enumerate(theme.questions, 1):
        story += _question(ctx, f"{n}.{qn}", question, ctx.assessment.answers.get(question.id))

    triggered = [r for r in ctx.score.recommendations if r.theme_id == theme.id]
    story.append(Paragraph(markup(ctx.t("Recommended measures")), ParagraphStyle("tm", parent=s["h3"], spaceBefore=12)))
    if not triggered:
        story.append(Paragraph(markup(ctx.t("This theme leads to no recommended measures.")), s["body"]))
    for rec in triggered:
        text = measure_text(rec, ctx.assessment.partnership, ctx.lang)
        story.append(Paragraph(markup(text) + sources_suffix(rec.sources), s["bullet"], bulletText="•"))
    return story


def _question(ctx: Context, number: str, question: Question, answer: Answer | None) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Paragraph(markup(ctx.local(question.text)), s["question"], bulletText=number)]
    option = question.option(answer.value) if answer is not None and answer.value is not None else None
    label = f"<b>{markup(ctx.t('Answer'))}:</b> "
    if answer is None or answer.value is None:
        text = label + f'<font color="{hex_of(MUTED)}">{markup(ctx.t("not answered"))}</font>'
    elif option is None:  # cannot happen for a validated assessment; print what is stored
        text = label + markup(answer.value)
    else:
        text = label + markup(ctx.local(option.label))
        if option.red_flag:
            text += f' &nbsp;<font color="{hex_of(DRAFT)}"><b>{markup(ctx.t("RED FLAG"))}</b></font>'
        text += f" &nbsp;·&nbsp; <b>{markup(ctx.t('Basis'))}:</b> {markup(word(ctx.lang, answer.basis.value))}"
        if question.id in ctx.score.unsupported:
            text += f' <font color="{hex_of(DRAFT)}">({markup(ctx.t("unsupported"))})</font>'
    story.append(Paragraph(text, s["detail"]))

    if answer is not None and answer.note.strip():
        lines = user_lines(answer.note)
        story.append(Paragraph(f"<b>{markup(ctx.t('Note'))}:</b> " + markup(lines[0]), s["note"]))
        gap = False
        for line in lines[1:]:
            if not line.strip():
                gap = True
                continue
            story.append(Paragraph(markup(line), s["note_gap"] if gap else s["note"]))
            gap = False

    if option is not None and option.risk >= 1:
        paragraphs = checklist_paragraphs(ctx.local(question.guidance))
        for i, para in enumerate(paragraphs):
            if i == 0:
                story.append(Paragraph(f"<b>{markup(ctx.t('Why this matters'))}:</b> " + markup(para), s["guidance_first"]))
            else:
                story.append(Paragraph(markup(para), s["guidance"]))
    if question.sources:
        story.append(Paragraph(f"{markup(ctx.t('Sources'))}: {markup(', '.join(question.sources))}", s["ref"]))
    return story
