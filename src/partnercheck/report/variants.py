"""Which sections make up each variant of the report.

- ``full``: the whole advice report for the officers and the board.
- ``summary``: the mayor's two pages. Its body is the full report's summary section (one
  rule in one place: :func:`summary.summary`), after a short head with the tie, and followed
  by the open points, the change since the previous assessment and the sign-off in short.
- ``public``: the full report made from the public copy of the assessment
  (``domain.publication.public_copy``), marked as the public version on every page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.assessment import Assessment
from ..domain.compare import Comparison
from ..domain.dates import format_date
from ..domain.events import Event
from . import texts
from .brief import change_line, open_points_brief, signoff_brief
from .closing import action_plan, bibliography, changes, signoff
from .evidence_annex import evidence_annex
from .findings import chart, theme_findings
from .fonts import markup
from .layout import FRAME_WIDTH, Context, Heading, styles
from .palette import ACCENT, RULE, hex_of
from .registers_section import registers
from .summary import cover, open_points, summary

VARIANTS = ("full", "summary", "public")
BRIEF_MEASURES = 5  # the first measures; with owner and date, more would not fit on two pages


def check_variant(variant: str) -> None:
    if variant not in VARIANTS:
        raise ValueError(f"unknown report variant {variant!r}; use one of {', '.join(VARIANTS)}")


def full_story(ctx: Context, previous: Assessment | None, comparison: Comparison | None, events: Sequence[Event] = ()) -> list[Flowable]:
    story: list[Flowable] = cover(ctx)
    if ctx.public:
        story += [
            Spacer(1, 0.4 * cm),
            Paragraph(
                f'<font color="{hex_of(ACCENT)}"><b>'
                + markup(
                    ctx.t(
                        "Public version. Internal notes, internal actions and the reviewer's comments are left out; names of "
                        "officials are replaced by their role."
                    )
                )
                + "</b></font>",
                styles()["body"],
            ),
        ]
    story += [PageBreak(), *summary(ctx)]
    points = open_points(ctx)
    if points:
        story += [CondPageBreak(10 * cm), Spacer(1, 0.6 * cm), *points]
    story += [PageBreak(), *chart(ctx), Spacer(1, 1 * cm), CondPageBreak(8 * cm)]
    s = styles()
    story.append(Heading(markup(ctx.t("Findings per theme")), s["h1"], outline=ctx.t("Findings per theme"), key="findings"))
    for n, theme in enumerate(ctx.checklist.themes, 1):
        story += theme_findings(ctx, n, theme)
    story += [PageBreak(), *action_plan(ctx), Spacer(1, 0.6 * cm)]
    if events and not ctx.public:  # the tie's gifts register and costs (report.registers_section)
        story += [CondPageBreak(8 * cm), *registers(ctx.lang, events), Spacer(1, 0.6 * cm)]
    if previous is not None and comparison is not None:
        story += [*changes(ctx, previous, comparison), Spacer(1, 0.6 * cm)]
    if not ctx.public:  # file names and what answers rest on are working papers, not for publication
        story += [PageBreak(), *evidence_annex(ctx), Spacer(1, 0.6 * cm)]
    story += [*bibliography(ctx), *signoff(ctx)]
    return story


def summary_story(ctx: Context, previous: Assessment | None, comparison: Comparison | None) -> list[Flowable]:
    return [
        *tie_block(ctx),
        *summary(ctx, BRIEF_MEASURES, elsewhere=True),
        *open_points_brief(ctx),
        *change_line(ctx, previous, comparison),
        *signoff_brief(ctx),
    ]


def tie_block(ctx: Context) -> list[Flowable]:
    """The summary's head: what this is, the tie and its status, the date and the reference."""
    s = styles()
    a, p, result = ctx.assessment, ctx.assessment.partnership, ctx.score
    status = texts.word(ctx.lang, p.status.value)
    rows = [
        (
            ctx.t("Tie"),
            f"{markup(p.dutch_party)} ({texts.word(ctx.lang, p.dutch_party_kind.value)}) – "
            f"{markup(p.counterpart)} ({texts.word(ctx.lang, p.counterpart_kind.value)})",
        ),
        (ctx.t("Status of the tie"), markup(ctx.t("{status}, since {since}", status=status, since=p.since) if p.since else status)),
        (ctx.t("Date of assessment"), markup(format_date((a.updated or a.created).date(), ctx.lang))),
        (
            ctx.t("Completeness"),
            markup(texts.completeness(ctx.lang, result)),
        ),
        (ctx.t("Reference"), markup(ctx.fingerprint)),
    ]
    info = Table([[Paragraph(markup(k), s["cell_label"]), Paragraph(v, s["cell"])] for k, v in rows], colWidths=[4.5 * cm, FRAME_WIDTH - 4.5 * cm])
    info.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story: list[Flowable] = [
        Paragraph(markup(ctx.t("PartnerCheck · summary for the board")), s["kicker"]),
        Paragraph(markup(ctx.t("Summary for the board")), s["cover_sub"]),
        info,
        Spacer(1, 0.3 * cm),
    ]
    if ctx.public:
        story.insert(
            3,
            Paragraph(
                f'<font color="{hex_of(ACCENT)}"><b>'
                + markup(
                    ctx.t(
                        "Public version. Internal notes, internal actions and the reviewer's comments are left out; names of "
                        "officials are replaced by their role."
                    )
                )
                + "</b></font>",
                s["small"],
            ),
        )
    return story
