"""The parts of the mayor's summary that the full report's summary did not have: why the
verdict is what it is (open red-flag questions, high themes and the answers behind them), who
carries out a measure and by when, the open points in short, what changed since the previous
assessment in one line, and a sign-off without room for signatures.

Each part is capped so that the summary stays within two pages for any assessment; the full
report lists everything in its own sections."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ..domain.assessment import Assessment
from ..domain.briefing import (
    HIGH_THEMES_SHOWN,
    OPEN_POINTS_SHOWN,
    OPEN_RED_FLAGS_SHOWN,
    action_for,
    high_themes,
    open_red_flag_questions,
    open_red_flags_named,
)
from ..domain.checklist import Recommendation
from ..domain.compare import Comparison
from ..domain.dates import format_date, format_short_date
from . import texts
from .counts import open_points_count, unsupported_note
from .fonts import markup
from .layout import FRAME_WIDTH, Context, chip, styles
from .misfit_lines import misfit_lines
from .palette import MUTED, RULE, hex_of

ANSWERS_PER_THEME = 1  # the riskiest answer: the question texts are long; the rest is in the full report


def why(ctx: Context) -> list[Flowable]:
    """Open red-flag questions and high themes with the answers behind them ([] when neither)."""
    s = styles()
    numbers = ctx.numbers()
    story: list[Flowable] = []
    open_flags = open_red_flag_questions(ctx.checklist, ctx.score)
    if open_flags:
        story.append(Paragraph(f"{markup(ctx.t('Open questions that can raise a red flag'))} ({len(open_flags)})", s["h3"]))
        for qid in open_flags[:OPEN_RED_FLAGS_SHOWN]:
            question = ctx.checklist.question(qid)
            assert question is not None
            story.append(Paragraph(f"{numbers[qid]} {markup(ctx.local(question.text))}", s["bullet"], bulletText="•"))
        story += _more(ctx, len(open_flags) - OPEN_RED_FLAGS_SHOWN)
    themes = high_themes(ctx.checklist, ctx.assessment, ctx.score, ANSWERS_PER_THEME)
    if themes:
        story.append(Paragraph(markup(ctx.t("Themes with a high risk, and the answers behind them")), s["h3"]))
    for high in themes[:HIGH_THEMES_SHOWN]:
        theme = ctx.checklist.theme(high.theme_id)
        assert theme is not None
        behind = []
        for qid in high.answers:
            question = ctx.checklist.question(qid)
            answer = ctx.assessment.answers[qid]
            option = question.option(answer.value or "") if question else None
            if question is not None and option is not None:
                behind.append(f"{markup(ctx.local(question.text))} <i>{markup(ctx.local(option.label))}</i>")
        text = f"<b>{markup(ctx.local(theme.title))}</b>"
        if behind:
            text += ": " + "; ".join(behind)
        elif ctx.score.theme(high.theme_id).red_flags:
            text += ": " + markup(ctx.t("high because of the red flag above"))
        story.append(Paragraph(text, s["bullet"], bulletText="•"))
    story += _more(ctx, len(themes) - HIGH_THEMES_SHOWN)
    return story


def measure_owner(ctx: Context, recommendation: Recommendation) -> str:
    """Who carries out a measure and by when, from the action plan, as a line to append."""
    action = action_for(recommendation, ctx.assessment.actions)
    if action is None:
        words = ctx.t("not in the action plan yet")
    else:
        parts = [ctx.t("owner: {owner}", owner=action.owner) if action.owner.strip() else ctx.t("no owner yet")]
        if action.due:
            parts.append(ctx.t("due {due}", due=format_short_date(action.due, ctx.lang)))
        parts.append(texts.word(ctx.lang, action.status.value))
        if action.internal:
            parts.append(ctx.t("internal"))
        words = ", ".join(parts)
    return f'<br/><font color="{hex_of(MUTED)}" size="8">{markup(words)}</font>'


def open_points_brief(ctx: Context) -> list[Flowable]:
    """The open points in short: how many of each kind, and the first few (red-flag questions
    first) that the summary has not named above already."""
    result = ctx.score
    misfits = misfit_lines(ctx)
    if not result.open_points:
        return [Paragraph(markup(ctx.t("Open points")), styles()["h2"]), *misfits] if misfits else []
    s = styles()
    numbers = ctx.numbers()
    named = open_red_flags_named(ctx.checklist, result)
    rest = [qid for qid in result.open_points if qid not in named]
    # As many questions as before the named ones were left out, so the summary stays two pages.
    shown = max(OPEN_POINTS_SHOWN - len(named), 1)
    # One paragraph: how many of each kind, and what the list below holds.
    lead = [open_points_count(ctx.lang, result)]
    title = ctx.t("Open questions that can raise a red flag")
    if named:
        lead.append(
            ctx.t("Besides the questions above under “{title}”, the most important are:" if rest else "See above under “{title}”.", title=title)
        )
    elif len(rest) > shown:
        lead.append(ctx.t("The most important:"))
    story: list[Flowable] = [Paragraph(markup(ctx.t("Open points")), s["h2"]), Paragraph(markup(" ".join(lead)), s["body"])]
    for qid in rest[:shown]:
        question = ctx.checklist.question(qid)
        if question is not None:
            # An answer that is there but not shown to rest on anything says so: it is not a "don't know".
            state = f" <i>({markup(ctx.t('unsupported'))})</i>" if qid in result.unsupported else ""
            story.append(Paragraph(f"{numbers[qid]} {markup(ctx.local(question.text))}{state}", s["bullet"], bulletText="•"))
    story += _more(ctx, len(rest) - shown)
    if note := unsupported_note(ctx.lang, result):
        story.append(Paragraph(markup(note), ParagraphStyle("opn", parent=s["small"], spaceBefore=4)))
    return story + misfits


def change_line(ctx: Context, previous: Assessment | None, comparison: Comparison | None) -> list[Flowable]:
    """What changed since the previous assessment, in a sentence or two."""
    s = styles()
    story: list[Flowable] = [Paragraph(markup(ctx.t("Changes since the previous assessment")), s["h2"])]
    if previous is None or comparison is None:
        return story + [Paragraph(markup(ctx.t("This is the first assessment of this tie.")), s["body"])]
    when = previous.updated or previous.created
    facts = {"id": previous.id, "revision": previous.revision, "date": format_date(when.date(), ctx.lang)}
    if comparison.is_empty:
        return story + [
            Paragraph(markup(ctx.t("No answers or levels have changed since assessment {id} (revision {revision}, {date}).", **facts)), s["body"])
        ]
    text = markup(ctx.t("Compared with assessment {id} (revision {revision}, {date}). {n} answers differ.", n=len(comparison.answers), **facts))
    moved = []
    for change in comparison.levels:
        theme = ctx.checklist.theme(change.theme_id) if change.theme_id else None
        name = ctx.local(theme.title) if theme else ctx.t("Overall")
        moved.append(f"{markup(name)} {chip(change.old, ctx.lang)} → {chip(change.new, ctx.lang)}")
    story.append(Paragraph(text, s["body"]))
    if moved:
        story.append(Paragraph(markup(ctx.t("Changed risk levels")) + ": " + "; ".join(moved), s["body"]))
    return story


def signoff_brief(ctx: Context) -> list[Flowable]:
    """Prepared, reviewed and approved by, with the date of approval: names only, no signatures."""
    s = styles()
    approved_name, approved_on = ctx.approval if ctx.approval is not None else ("", "")
    missing = f'<font color="{hex_of(MUTED)}">{markup(ctx.pt("empty field", "not recorded"))}</font>'
    rows = [
        (ctx.t("Prepared by"), ctx.assessment.assessor, ""),
        (ctx.t("Reviewed by"), ctx.assessment.reviewed_by or "", ""),
        (ctx.t("Approved by"), approved_name, approved_on),
    ]
    cells = [
        [Paragraph(markup(k), s["cell_label"]), Paragraph(markup(v) if v.strip() else missing, s["cell"]), Paragraph(markup(d), s["cell"])]
        for k, v, d in rows
    ]
    table = Table(cells, colWidths=[4.5 * cm, FRAME_WIDTH - 8.5 * cm, 4 * cm])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [Paragraph(markup(ctx.t("Sign-off")), s["h2"]), table]


def _more(ctx: Context, n: int) -> list[Flowable]:
    return [Paragraph(markup(ctx.t("… and {n} more.", n=n)), styles()["small"])] if n > 0 else []
