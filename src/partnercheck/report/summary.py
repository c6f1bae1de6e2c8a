"""The pages a board member reads first: the cover with the verdict, the summary with the
advice for this tie, the red flags and the key measures, and the open points."""

from __future__ import annotations

import datetime as _dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.advice import advice_paragraphs, measure_text, measures_preface
from ..domain.advice import measures as tie_measures
from ..domain.briefing import open_red_flags_named
from ..domain.dates import format_date
from ..domain.levels import Verdict, verdict_label
from ..domain.scoring import Level, level_label
from . import texts
from .bidi import Paragraph
from .brief import measure_owner, why
from .counts import measures_by_theme, open_points_count, unsupported_note
from .fonts import markup
from .layout import (
    FRAME_WIDTH,
    KEY_MEASURES,
    Context,
    Heading,
    chip,
    grid,
    sources_suffix,
    styles,
)
from .misfit_lines import misfit_lines
from .palette import (
    DRAFT,
    INK,
    LEVEL_FILL,
    LEVEL_TEXT,
    MUTED,
    RULE,
    SHADE,
    hex_of,
)

# -- sections -------------------------------------------------------------------------------


def cover(ctx: Context) -> list[Flowable]:
    s = styles()
    a, p, result = ctx.assessment, ctx.assessment.partnership, ctx.score
    lang = ctx.lang
    story: list[Flowable] = [
        Paragraph(markup(ctx.t("PartnerCheck · due diligence for partnerships with China")), s["kicker"]),
        Spacer(1, 1.6 * cm),
        Paragraph(markup(ctx.t("Advice report")), s["cover_title"]),
        Paragraph(f"{markup(p.dutch_party)} – {markup(p.counterpart)}", s["cover_sub"]),
        Spacer(1, 0.8 * cm),
    ]
    if ctx.draft:
        box = Table(
            [
                [
                    Paragraph(
                        f'<font color="{hex_of(DRAFT)}" size="14"><b>{ctx.t("DRAFT")}</b></font><br/>' + markup(ctx.draft_note()),
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
        (ctx.t("Dutch party"), f"{markup(p.dutch_party)} ({texts.word(lang, p.dutch_party_kind.value)})"),
        (ctx.t("Chinese counterpart"), f"{markup(p.counterpart)} ({texts.word(lang, p.counterpart_kind.value)})"),
        (ctx.t("Status of the tie"), markup(ctx.t("{status}, since {since}", status=status, since=since) if since else status)),
        (
            ctx.t("Assessor"),
            markup(a.assessor) if a.assessor.strip() else f'<font color="{hex_of(MUTED)}">{ctx.pt("empty field", "not recorded")}</font>',
        ),
        (ctx.t("Date of assessment"), markup(format_date(date, lang))),
        (ctx.t("Checklist"), markup(_checklist_line(ctx))),
        (
            ctx.t("Completeness"),
            markup(texts.completeness(lang, result)),
        ),
    ]
    if not ctx.draft and ctx.approval is not None:
        by, on = ctx.approval
        rows.append((ctx.t("Approved"), markup(ctx.t("by {by} on {on}", by=by, on=on))))
    rows.append((ctx.t("Reference"), markup(ctx.fingerprint)))
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

    story += [_verdict_block(ctx), Spacer(1, 0.25 * cm)]
    # Per theme its own verdict: an unfinished theme is no "low" theme.
    parts = [f"{sum(t.verdict.level is lv for t in result.themes)} {level_label(lv, lang)}" for lv in reversed(Level)]
    provisional = sum(t.verdict is Verdict.INCOMPLETE for t in result.themes)
    not_started = sum(t.verdict is Verdict.NOT_STARTED for t in result.themes)
    if provisional:
        parts.append(ctx.t("{n} incomplete", n=provisional))
    if not_started:
        parts.append(ctx.t("{n} not started", n=not_started))
    counts = ", ".join(parts)
    line = ctx.t("themes by level: {counts}", counts=counts)
    if result.red_flags:
        line = ctx.t("Red flags: {flags}", flags=len(result.red_flags)) + "  ·  " + line
    if result.unknown_count:
        line += "  ·  " + ctx.t("“don't know”: {n}", n=result.unknown_count)
    story.append(Paragraph(markup(line), s["body"]))
    return story


def _checklist_line(ctx: Context) -> str:
    """Id and version, and how current the content is: an offline town hall must see the date."""
    a = ctx.assessment
    line = ctx.t("{id}, version {version}", id=a.checklist_id, version=a.checklist_version)
    if ctx.checklist.content_date:
        reviewed = format_date(_dt.date.fromisoformat(ctx.checklist.content_date), ctx.lang)
        line += " " + ctx.t("(content reviewed up to {date})", date=reviewed)
    return line


def _verdict_block(ctx: Context) -> Table:
    """The verdict in a box: a level in its colour, or "incomplete" with no level colour at all
    (the provisional level in words), so an unfinished assessment never reads as an all-clear."""
    s = styles()
    result, lang = ctx.score, ctx.lang
    level = result.verdict.level
    head = Paragraph(markup(ctx.t("Verdict")), ParagraphStyle("ov", parent=s["h2"], spaceBefore=0, spaceAfter=0, textColor=INK))
    if level is not None:
        word = Paragraph(markup(level_label(level, lang).upper()), ParagraphStyle("level_word", parent=s["level_big"], textColor=LEVEL_TEXT[level]))
        fill = LEVEL_FILL[level]
    else:
        words, provisional = _unsettled_verdict(ctx)
        word = Paragraph(
            words + (f'<br/><font size="9">{provisional}</font>' if provisional else ""),
            ParagraphStyle("verdict_word", parent=s["level_big"], fontSize=12, leading=15, textColor=INK),
        )
        fill = SHADE
    block = Table([[head, word]], colWidths=[FRAME_WIDTH - 6 * cm, 6 * cm])
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (1, 0), (1, 0), fill),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (0, 0), 10),
            ]
        )
    )
    return block


def _verdict_chip(ctx: Context) -> str:
    result = ctx.score
    if result.verdict.level is not None:
        return chip(result.verdict.level, ctx.lang)
    words, provisional = _unsettled_verdict(ctx)
    return f"<b>{words}</b> ({provisional})" if provisional else f"<b>{words}</b>"


def _unsettled_verdict(ctx: Context) -> tuple[str, str]:
    """A verdict with no level yet, in words, and an incomplete one's provisional level ("")."""
    result = ctx.score
    provisional = (
        ctx.t("provisionally {level}, may still rise", level=level_label(result.overall, ctx.lang)) if result.verdict is Verdict.INCOMPLETE else ""
    )
    return markup(verdict_label(result.verdict, ctx.lang)), markup(provisional)


def summary(ctx: Context, shown: int = KEY_MEASURES, elsewhere: bool = False) -> list[Flowable]:
    s = styles()
    result, lang = ctx.score, ctx.lang
    partnership = ctx.assessment.partnership
    advice_style = ParagraphStyle("adv", parent=s["body"], fontSize=10, leading=14.5, spaceAfter=6)
    story: list[Flowable] = [
        Heading(markup(ctx.t("Summary and advice")), s["h1"], outline=ctx.t("Summary and advice"), key="summary"),
        Paragraph(
            f"<b>{markup(ctx.t('Verdict'))}:</b> {_verdict_chip(ctx)} &nbsp; " + markup(texts.completeness(lang, result)),
            ParagraphStyle("ov_line", parent=s["body"], fontSize=10.5, leading=15, spaceAfter=8),
        ),
    ]
    # Red flags first, right under the verdict: they decide it, whatever else the advice says.
    # Named only when there are any; a reader should not meet the words "red flags" in a
    # summary that has none.
    if result.red_flags:
        story.append(Paragraph(f"{markup(ctx.t('Red flags'))} ({len(result.red_flags)})", s["h2"]))
        rows: list[list[Flowable]] = [
            [
                Paragraph("#", s["cell_head"]),
                Paragraph(markup(ctx.t("Question")), s["cell_head"]),
                Paragraph(markup(ctx.t("Answer")), s["cell_head"]),
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
        story.append(grid(rows, [1.2 * cm, FRAME_WIDTH - 5.7 * cm, 4.5 * cm]))
        # The advice under its own heading, so it does not read as part of the red flags.
        story.append(Paragraph(markup(ctx.t("Advice")), s["h2"]))
    story += [Paragraph(markup(text), advice_style) for text in advice_paragraphs(result, partnership, lang)]
    if ctx.draft:
        story.append(
            Paragraph(
                f'<font color="{hex_of(DRAFT)}"><b>{markup(ctx.t("DRAFT"))}.</b></font> ' + markup(ctx.draft_note()),
                s["body"],
            )
        )

    story += why(ctx)

    story.append(Paragraph(markup(ctx.t("Key measures")), s["h2"]))
    # Ranked by weight in the domain (red flags, open red-flag questions, high themes, the rest),
    # after what the checklist puts first for this stage of the tie (the decision on a dormant tie).
    measures = tie_measures(result, partnership)
    if not measures:
        # "No measures" from an unfinished assessment would read as an all-clear.
        story.append(
            Paragraph(
                markup(
                    ctx.t(
                        "No measures are recommended."
                        if result.is_complete
                        else "No measures yet: the assessment is not finished, so it does not yet show what is needed. Answer the "
                        "open points below first."
                    )
                ),
                s["body"],
            )
        )
    preface = measures_preface(result, partnership, lang)  # a dormant tie: first the decision to end or revive it
    if preface and measures:
        story.append(Paragraph(markup(preface), s["body"]))
    for n, rec in enumerate(measures[:shown], 1):
        theme = ctx.checklist.theme(rec.theme_id)
        theme_name = ctx.local(theme.title) if theme else rec.theme_id
        story.append(
            Paragraph(
                markup(measure_text(rec, partnership, lang))
                + f' <font color="{hex_of(MUTED)}" size="8">— {markup(theme_name)}</font>'
                + sources_suffix(rec.sources)
                + measure_owner(ctx, rec),
                s["numbered"],
                bulletText=f"{n}.",
            )
        )
    rest = len(measures) - shown
    if rest > 0:
        # The size of the work: the council sees how many measures follow, and in which themes.
        themes = measures_by_theme(lang, ctx.checklist, measures[shown:])
        if elsewhere:  # the summary for the board: the rest is in the full report
            more = ctx.nt(
                "{n} more measure is listed in the full advice report, under the theme {themes}.",
                "{n} more measures are listed in the full advice report, by theme: {themes}.",
                rest,
                themes=themes,
            )
        else:
            more = ctx.nt(
                "{n} more measure is listed under “Findings per theme”, with the theme {themes}.",
                "{n} more measures are listed with their themes under “Findings per theme”: {themes}.",
                rest,
                themes=themes,
            )
        story.append(KeepTogether([Paragraph(markup(more), s["small"])]))
    return story


def open_points(ctx: Context) -> list[Flowable]:
    """Every question still to settle as a to-do list, the red-flag questions first (see
    domain.scoring.open_points), except those the summary above names already."""
    result = ctx.score
    misfits = misfit_lines(ctx)
    if not result.open_points:
        return _misfits_only(ctx, misfits)
    s = styles()
    title = ctx.t("Open points")
    named = open_red_flags_named(ctx.checklist, result)
    rest = [qid for qid in result.open_points if qid not in named]
    sentences = [ctx.t("{counts} Settle the open points and update the assessment.", counts=open_points_count(lang := ctx.lang, result))]
    red_title = ctx.t("Open questions that can raise a red flag")
    if named:
        sentences.append(
            ctx.t("The questions under “{title}” above are not repeated in this list." if rest else "See above under “{title}”.", title=red_title)
        )
    if any((q := ctx.checklist.question(qid)) is not None and q.has_red_flag for qid in rest):
        sentences.append(ctx.t("Questions that can raise a red flag come first."))
    intro = " ".join(sentences)
    story: list[Flowable] = [
        Heading(markup(title), s["h1"], outline=title, key="open-points"),
        Paragraph(markup(intro), ParagraphStyle("opi", parent=s["body"], spaceAfter=8)),
    ]
    if rest:
        story.append(_open_points_table(ctx, rest))
    if note := unsupported_note(lang, result):
        story.append(Paragraph(markup(note), ParagraphStyle("opn", parent=s["small"], spaceBefore=6)))
    return story + misfits


def _misfits_only(ctx: Context, misfits: list[Flowable]) -> list[Flowable]:
    """The open points when the only ones are answers that do not fit the tie."""
    if not misfits:
        return []
    title = ctx.t("Open points")
    return [Heading(markup(title), styles()["h1"], outline=title, key="open-points"), *misfits]


def _open_points_table(ctx: Context, qids: list[str]) -> Table:
    s = styles()
    result = ctx.score
    rows: list[list[Flowable]] = [
        [Paragraph("#", s["cell_head"]), Paragraph(markup(ctx.t("Question")), s["cell_head"]), Paragraph(markup(ctx.t("State")), s["cell_head"])]
    ]
    numbers = ctx.numbers()
    for qid in qids:
        question = ctx.checklist.question(qid)
        if question is None:
            continue
        answer = ctx.assessment.answers.get(qid)
        if qid in result.unsupported:
            state = ctx.t("unsupported")
        else:
            state = ctx.t("not answered") if answer is None or answer.value is None else ctx.t("don't know")
        if question.has_red_flag:
            state += " · " + ctx.t("possible red flag")
        rows.append([Paragraph(numbers[qid], s["cell"]), Paragraph(markup(ctx.local(question.text)), s["cell"]), Paragraph(markup(state), s["cell"])])
    return grid(rows, [1.2 * cm, FRAME_WIDTH - 5.7 * cm, 4.5 * cm])
