"""The advice report's section on what the tie brought and cost: the gifts register and the
costs per year per category, from the tie's events (domain.registers). Only printed when the
tie has events. Its texts are in the catalog (docs/translating.md)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..catalogs import translate
from ..domain.dates import format_short_date
from ..domain.events import CATEGORY_LABELS, DISPOSITION_LABELS, CostCategory, Event, format_euros
from ..domain.registers import costs_per_year, gifts
from .fonts import markup
from .layout import FRAME_WIDTH, Heading, grid, styles
from .texts import label


def registers(lang: str, events: Sequence[Event]) -> list[Flowable]:
    s = styles()
    title = label(lang, "Gifts and costs of the tie")
    story: list[Flowable] = [Heading(markup(title), s["h1"], outline=title, key="registers")]
    story.append(Paragraph(markup(label(lang, "Gifts register")), s["h2"]))
    entries = gifts(events)
    if entries:
        heads = (
            label(lang, "Date"),
            label(lang, "Received or given"),
            label(lang, "Gift"),
            label(lang, "Value (€)"),
            label(lang, "What was done with it"),
        )
        rows = [[Paragraph(markup(h), s["cell_head"]) for h in heads]]
        for g in entries:
            e = g.event
            rows.append(
                [
                    Paragraph(markup(format_short_date(e.date, lang)), s["cell"]),
                    Paragraph(markup(label(lang, "received") if g.received else label(lang, "given")), s["cell"]),
                    Paragraph(markup(e.text), s["cell"]),
                    Paragraph(markup(format_euros(e.value_cents, lang)) if e.value_cents is not None else "–", s["cell"]),
                    Paragraph(markup(translate(lang, DISPOSITION_LABELS[e.disposition])) if e.disposition else "–", s["cell"]),
                ]
            )
        story.append(grid(rows, [2.4 * cm, 2.8 * cm, FRAME_WIDTH - 12.6 * cm, 2.6 * cm, 4.8 * cm]))
    else:
        story.append(Paragraph(markup(label(lang, "No gifts have been recorded.")), s["body"]))
    story += [Spacer(1, 0.4 * cm), Paragraph(markup(label(lang, "Costs per year (€)")), s["h2"])]
    years = costs_per_year(events)
    if years:
        names = [translate(lang, CATEGORY_LABELS[c]) for c in CostCategory]
        rows = [[Paragraph(markup(h), s["cell_head"]) for h in (label(lang, "Year"), *names, label(lang, "Total"))]]
        for y in years:
            rows.append(
                [
                    Paragraph(str(y.year), s["cell"]),
                    *(Paragraph(format_euros(y.cents[c], lang), s["cell"]) for c in CostCategory),
                    Paragraph(format_euros(y.total, lang), s["cell"]),
                ]
            )
        width = (FRAME_WIDTH - 1.6 * cm) / (len(CostCategory) + 1)
        story.append(grid(rows, [1.6 * cm] + [width] * (len(CostCategory) + 1)))
    else:
        story.append(Paragraph(markup(label(lang, "No costs have been recorded.")), s["body"]))
    return story
