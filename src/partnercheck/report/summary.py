"""The pages a board member reads first: the cover with the verdict, the summary with the
advice for this tie, the red flags and the key measures, and the open points."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.checklist import Recommendation
from ..domain.scoring import Level, level_label
from . import texts
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
from .palette import (
    DRAFT,
    INK,
    LEVEL_FILL,
    LEVEL_TEXT,
    MUTED,
    RULE,
    hex_of,
)

# -- sections -------------------------------------------------------------------------------


def cover(ctx: Context) -> list[Flowable]:
    s = styles()
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


def summary(ctx: Context) -> list[Flowable]:
    s = styles()
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
        story.append(grid(rows, [1.2 * cm, FRAME_WIDTH - 5.7 * cm, 4.5 * cm]))
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
                markup(ctx.local(rec.text)) + f' <font color="{hex_of(MUTED)}" size="8">— {markup(theme_name)}</font>' + sources_suffix(rec.sources),
                s["numbered"],
                bulletText=f"{n}.",
            )
        )
    rest = len(measures) - KEY_MEASURES
    if rest > 0:
        key = "measures_more_one" if rest == 1 else "measures_more"
        story.append(Paragraph(markup(ctx.t(key, n=rest)), s["small"]))
    return story
