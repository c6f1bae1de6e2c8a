"""The closing sections: the action plan, the changes since the previous assessment, the
sources and the sign-off block."""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Table,
    TableStyle,
)

from ..domain.assessment import Answer, Assessment
from ..domain.checklist import Question
from ..domain.compare import Comparison
from ..domain.dates import format_date, format_short_date
from . import texts
from .bidi import Paragraph
from .fonts import markup
from .layout import (
    FRAME_WIDTH,
    Context,
    Heading,
    chip,
    grid,
    styles,
)
from .palette import (
    INK,
    MUTED,
    hex_of,
)


def action_plan(ctx: Context) -> list[Flowable]:
    s = styles()
    lang = ctx.lang
    story: list[Flowable] = [Heading(markup(ctx.t("Action plan")), s["h1"], outline=ctx.t("Action plan"), key="actions")]
    actions = ctx.assessment.actions
    if not actions:
        story.append(Paragraph(markup(ctx.t("No actions have been recorded yet.")), s["body"]))
        return story
    rows: list[list[Flowable]] = [
        [Paragraph(markup(head), s["cell_head"]) for head in (ctx.t("Measure"), ctx.t("Owner"), ctx.t("Due"), ctx.t("Status"))]
    ]
    for action in actions:
        rows.append(
            [
                Paragraph(markup(action.text), s["cell"]),
                Paragraph(markup(action.owner), s["cell"]),
                Paragraph(markup(format_short_date(action.due, lang)) if action.due else "–", s["cell"]),
                Paragraph(markup(texts.word(lang, action.status.value)) + _internal_mark(ctx, action.internal), s["cell"]),
            ]
        )
    story.append(grid(rows, [FRAME_WIDTH - 9 * cm, 4 * cm, 2.5 * cm, 2.5 * cm]))
    return story


def _internal_mark(ctx: Context, internal: bool) -> str:
    """Marks an action the public version leaves out, so no one quotes it to the council."""
    return f'<br/><font color="{hex_of(MUTED)}" size="8"><b>{markup(ctx.t("internal"))}</b></font>' if internal else ""


def changes(ctx: Context, previous: Assessment, comparison: Comparison) -> list[Flowable]:
    """The appendix the council asks for first: what moved since the last time."""
    s = styles()
    lang = ctx.lang
    title = ctx.t("Changes since the previous assessment")
    story: list[Flowable] = [Heading(markup(title), s["h1"], outline=title, key="changes")]
    when = previous.updated or previous.created
    facts = {"id": previous.id, "revision": previous.revision, "date": format_date(when.date(), lang)}
    if comparison.is_empty:
        story.append(
            Paragraph(markup(ctx.t("No answers or levels have changed since assessment {id} (revision {revision}, {date}).", **facts)), s["body"])
        )
        return story
    story.append(
        Paragraph(
            markup(ctx.t("Compared with assessment {id} (revision {revision}, {date}). {n} answers differ.", n=len(comparison.answers), **facts)),
            s["body"],
        )
    )
    if comparison.levels:
        story.append(Paragraph(markup(ctx.t("Changed risk levels")), s["h3"]))
        rows: list[list[Flowable]] = [[Paragraph(markup(head), s["cell_head"]) for head in (ctx.t("Theme"), ctx.t("Was"), ctx.t("Now"))]]
        for level_change in comparison.levels:
            theme = ctx.checklist.theme(level_change.theme_id) if level_change.theme_id else None
            name = ctx.local(theme.title) if theme else ctx.t("Overall")
            old, new = chip(level_change.old, lang), chip(level_change.new, lang)
            rows.append([Paragraph(markup(name), s["cell"]), Paragraph(old, s["cell"]), Paragraph(new, s["cell"])])
        story.append(grid(rows, [FRAME_WIDTH - 6 * cm, 3 * cm, 3 * cm]))
    if comparison.answers:
        story.append(Paragraph(markup(ctx.t("Changed answers")), s["h3"]))
        numbers = ctx.numbers()
        rows = [[Paragraph(markup(head), s["cell_head"]) for head in (ctx.t("Question"), ctx.t("Was"), ctx.t("Now"))]]
        for answer_change in comparison.answers:
            question = ctx.checklist.question(answer_change.question_id)
            if question is None:
                continue
            before, after = _answer_word(ctx, question, answer_change.old), _answer_word(ctx, question, answer_change.new)
            if not answer_change.value_changed:
                after += " " + ctx.t("(note only)")
            rows.append(
                [
                    Paragraph(f"{numbers[question.id]} {markup(ctx.local(question.text))}", s["cell"]),
                    Paragraph(markup(before), s["cell"]),
                    Paragraph(markup(after), s["cell"]),
                ]
            )
        story.append(grid(rows, [FRAME_WIDTH - 8 * cm, 4 * cm, 4 * cm]))
    return story


def _answer_word(ctx: Context, question: Question, answer: Answer | None) -> str:
    option = question.option(answer.value) if answer is not None and answer.value is not None else None
    return ctx.local(option.label) if option is not None else ctx.t("not answered")


def bibliography(ctx: Context) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [Heading(markup(ctx.t("Sources")), s["h1"], outline=ctx.t("Sources"), key="sources")]
    if not ctx.checklist.sources:
        story.append(Paragraph(markup(ctx.t("The checklist lists no sources.")), s["body"]))
    for src in ctx.checklist.sources:
        parts = [f"<b>{markup(src.title)}</b>", markup(", ".join(x for x in (src.publisher, src.date) if x))]
        if src.url:
            parts.append(markup(src.url))
        note = ctx.local(src.note)
        if note:
            parts.append(f'<font color="{hex_of(MUTED)}">{markup(note)}</font>')
        story.append(Paragraph(_sentences([p for p in parts if p]), s["source"], bulletText=src.code))
    return story


def _sentences(parts: list[str]) -> str:
    """Parts of an entry joined by ". ", without a second stop after one that ends in its own
    (a title ending in "?", a date "n.d."): the list read "provincies?." and "n.d..")."""
    text = ""
    for part in parts:
        if text:
            plain = re.sub(r"<[^>]*>", "", text).rstrip()
            text += " " if plain.endswith((".", "?", "!")) else ". "
        text += part
    return text


def signoff(ctx: Context) -> list[Flowable]:
    s = styles()
    blank = Paragraph("", s["cell"])
    approved_name, approved_on = ctx.approval if ctx.approval is not None else ("", "")
    roles = (
        (ctx.t("Prepared by"), ctx.assessment.assessor, ""),
        (ctx.t("Reviewed by"), ctx.assessment.reviewed_by or "", ""),
        (ctx.t("Approved by"), approved_name, approved_on),
    )
    head = [
        blank,
        Paragraph(markup(ctx.t("Name")), s["cell_label"]),
        blank,
        Paragraph(markup(ctx.t("Date")), s["cell_label"]),
        blank,
        Paragraph(markup(ctx.t("Signature")), s["cell_label"]),
    ]
    rows = [head]
    gap = 0.4 * cm
    widths = [3.4 * cm, 5.0 * cm, gap, 3.8 * cm, gap]
    widths.append(FRAME_WIDTH - sum(widths))
    # Each row is a fixed signing space: a name or date too long for it is cut with an
    # ellipsis there and printed in full below the table, never drawn over the next row.
    room = _ROW_HEIGHT - 3 - 3  # the cell's top and bottom padding
    in_full: list[str] = []
    for role, name, date in roles:
        shown_name, cut_name = _fitting(name, s["cell"], widths[1], room)
        shown_date, cut_date = _fitting(date, s["cell"], widths[3], room)
        if cut_name or cut_date:
            in_full.append(f"<b>{markup(role)}</b>: {markup(' – '.join(t for t in (name, date) if t))}")
        rows.append(
            [
                Paragraph(f"<b>{markup(role)}</b>", s["cell"]),
                Paragraph(markup(shown_name), s["cell"]),
                blank,
                Paragraph(markup(shown_date), s["cell"]),
                blank,
                blank,
            ]
        )
    table = Table(rows, colWidths=widths, rowHeights=[None] + [_ROW_HEIGHT] * len(roles))
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
    ]
    for col in (1, 3, 5):
        style.append(("LINEBELOW", (col, 1), (col, -1), 0.7, INK))
    table.setStyle(TableStyle(style))
    block = [
        KeepTogether(
            [
                Heading(
                    markup(ctx.t("Sign-off")),
                    ParagraphStyle("so", parent=s["h1"], spaceBefore=18),
                    outline=ctx.t("Sign-off"),
                    key="signoff",
                ),
                table,
            ]
        ),
    ]
    if in_full:
        style_full = ParagraphStyle("in_full", parent=s["small"], spaceBefore=6)
        block.append(Paragraph(f"<b>{markup(ctx.t('In full'))}</b> · " + "<br/>".join(in_full), style_full))
    return block + review_comments(ctx)


def review_comments(ctx: Context) -> list[Flowable]:
    """The reviewer's word per theme, in the checklist's order; nothing when there is none."""
    comments = ctx.assessment.review_comments
    if not comments:
        return []
    s = styles()
    rows: list[list[Flowable]] = [
        [Paragraph(markup(head), s["cell_head"]) for head in (ctx.t("Theme"), ctx.t("Review"), ctx.t("Comment"), ctx.t("Reviewer"))]
    ]
    for theme in ctx.checklist.themes:
        comment = comments.get(theme.id)
        if comment is not None:
            rows.append(
                [
                    Paragraph(markup(ctx.local(theme.title)), s["cell"]),
                    Paragraph(f"<b>{markup(texts.word(ctx.lang, comment.verdict.value))}</b>", s["cell"]),
                    Paragraph(markup(comment.text) or "–", s["cell"]),
                    Paragraph(markup(comment.reviewer) or "–", s["cell"]),
                ]
            )
    return [
        Paragraph(f"<b>{markup(ctx.t('Review per theme'))}</b>", ParagraphStyle("rt", parent=s["body"], spaceBefore=14)),
        Paragraph(markup(ctx.t("What the reviewer said of each theme.")), s["body"]),
        grid(rows, [4.5 * cm, 2.3 * cm, FRAME_WIDTH - 10.3 * cm, 3.5 * cm]),
    ]


_ROW_HEIGHT = 1.5 * cm


def _fitting(text: str, style: ParagraphStyle, width: float, height: float) -> tuple[str, bool]:
    """``text`` if its paragraph fits ``width`` x ``height``; else its longest start that fits
    with an ellipsis (binary search: a few wraps, whatever the length), and True."""

    def fits(candidate: str) -> bool:
        return bool(Paragraph(markup(candidate), style).wrap(width, 10 * height)[1] <= height)

    if fits(text):
        return text, False
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(text[:mid].rstrip() + "…"):
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…", True
