"""The annex "Onderbouwing" / "Evidence": per answered question what the answer rests on
(its basis) and the documents attached to it, each with its name, the date it was added and
the first 12 hex digits of its SHA-256; then the risky or red-flag answers that rest on an
assumption or on nothing (domain.scoring.unsupported), which also count as open points."""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from ..domain.assessment import Basis
from ..domain.dates import format_short_date
from ..domain.evidence import EvidenceItem
from . import texts
from .fonts import markup
from .layout import FRAME_WIDTH, Context, Heading, grid, styles


def basis_word(ctx: Context, basis: Basis) -> str:
    return texts.word(ctx.lang, basis.value)


def _files(ctx: Context, items: list[EvidenceItem]) -> str:
    if not items:
        return markup(ctx.t("none"))
    return "<br/>".join(f"{markup(e.name)} · {format_short_date(e.added.date(), ctx.lang)} · {e.short_hash}" for e in items)


def evidence_annex(ctx: Context) -> list[Flowable]:
    s = styles()
    title = ctx.t("Annex: Evidence")
    story: list[Flowable] = [
        Heading(markup(title), s["h1"], outline=title, key="evidence"),
        Paragraph(
            markup(
                ctx.t(
                    "For each answered question what the answer rests on and which documents are attached (name, date "
                    "and the first 12 characters of the SHA-256 hash, with which a recipient of the review package can "
                    "check each one)."
                )
            ),
            ParagraphStyle("evi", parent=s["body"], spaceAfter=8),
        ),
    ]
    attached: dict[str, list[EvidenceItem]] = defaultdict(list)
    for item in ctx.assessment.evidence:
        attached[item.question_id].append(item)
    numbers = ctx.numbers()
    head = [ctx.t("Question"), ctx.t("Answer"), ctx.t("Basis"), ctx.t("Documents")]
    rows: list[list[Flowable]] = [[Paragraph("#", s["cell_head"]), *(Paragraph(markup(h), s["cell_head"]) for h in head)]]
    for question in ctx.checklist.questions:
        answer = ctx.assessment.answers.get(question.id)
        option = question.option(answer.value) if answer is not None and answer.value is not None else None
        if answer is None or option is None:
            continue
        rows.append(
            [
                Paragraph(numbers[question.id], s["cell"]),
                Paragraph(markup(ctx.local(question.text)), s["cell"]),
                Paragraph(markup(ctx.local(option.label)), s["cell"]),
                Paragraph(markup(basis_word(ctx, answer.basis)), s["cell"]),
                Paragraph(_files(ctx, attached.get(question.id, [])), s["cell"]),
            ]
        )
    if len(rows) > 1:
        story.append(grid(rows, [1.1 * cm, FRAME_WIDTH - 11.6 * cm, 3.0 * cm, 3.0 * cm, 4.5 * cm]))
    story += _unsupported(ctx)
    return story


def _unsupported(ctx: Context) -> list[Flowable]:
    s = styles()
    found = ctx.score.unsupported
    # The heading never stays alone at the foot of a page.
    story: list[Flowable] = [
        CondPageBreak(5 * cm),
        Paragraph(markup(ctx.t("Unsupported")), ParagraphStyle("ust", parent=s["h3"], spaceBefore=14)),
    ]
    if not found:
        return [
            *story,
            Paragraph(markup(ctx.t("Every risky answer and every red flag rests on a document, a conversation or a public source.")), s["body"]),
        ]
    story.append(
        Paragraph(
            markup(ctx.t("These {n} risky answers or red flags rest on an assumption or on nothing. They count as open points.", n=len(found))),
            ParagraphStyle("usi", parent=s["body"], spaceAfter=6),
        )
    )
    numbers = ctx.numbers()
    head = [ctx.t("Question"), ctx.t("Answer"), ctx.t("Basis")]
    rows: list[list[Flowable]] = [[Paragraph("#", s["cell_head"]), *(Paragraph(markup(h), s["cell_head"]) for h in head)]]
    for qid in found:
        question = ctx.checklist.question(qid)
        answer = ctx.assessment.answers.get(qid)
        option = question.option(answer.value) if question is not None and answer is not None and answer.value is not None else None
        if question is None or answer is None or option is None:
            continue
        label = ctx.local(option.label) + (" · " + ctx.t("RED FLAG") if option.red_flag else "")
        rows.append(
            [
                Paragraph(numbers[qid], s["cell"]),
                Paragraph(markup(ctx.local(question.text)), s["cell"]),
                Paragraph(markup(label), s["cell"]),
                Paragraph(markup(basis_word(ctx, answer.basis) + " · " + ctx.t("unsupported")), s["cell"]),
            ]
        )
    story.append(grid(rows, [1.1 * cm, FRAME_WIDTH - 9.6 * cm, 4.5 * cm, 4.0 * cm]))
    return story
