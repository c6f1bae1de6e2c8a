"""The answers that do not fit the tie (domain.answer_fit), as lines in the open points of the
full report and the summary: an answer meant for a tie older than ICP China, given for a
proposed or a recent tie, scores lower than the answer that fits, so the reader must see it."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from ..domain.answer_fit import misfit_text, misfits
from .bidi import Paragraph
from .fonts import markup
from .layout import Context, styles


def misfit_lines(ctx: Context) -> list[Flowable]:
    """A lead sentence and one bullet per answer that does not fit the tie; [] when all fit."""
    found = misfits(ctx.checklist, ctx.assessment.partnership, ctx.assessment.answers)
    if not found:
        return []
    s = styles()
    numbers = ctx.numbers()
    story: list[Flowable] = [
        Paragraph(
            markup(ctx.nt("This answer does not fit the tie:", "These {n} answers do not fit the tie:", len(found))),
            ParagraphStyle("mfh", parent=s["body"], spaceBefore=6),
        )
    ]
    for item in found:
        question = ctx.checklist.question(item.question_id)
        if question is None:
            continue
        text = f"{numbers[item.question_id]} {markup(ctx.local(question.text))} <i>{markup(misfit_text(item, ctx.lang))}</i>"
        story.append(Paragraph(text, s["bullet"], bulletText="•"))
    return story
