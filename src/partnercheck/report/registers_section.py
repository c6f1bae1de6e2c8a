"""The advice report's section on what the tie brought and cost: the gifts register and the
costs per year per category, from the tie's events (domain.registers). Only printed when the
tie has events; its texts are here, with the section, in Dutch and English."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..domain.dates import format_short_date
from ..domain.events import CATEGORY_LABELS, DISPOSITION_LABELS, CostCategory, Event, format_euros
from ..domain.registers import costs_per_year, gifts
from .fonts import markup
from .layout import FRAME_WIDTH, Heading, grid, styles

TEXTS = {
    "nl": {
        "title": "Geschenken en kosten van de band",
        "gifts": "Geschenkenregister",
        "no_gifts": "Er zijn geen geschenken vastgelegd.",
        "date": "Datum",
        "direction": "Ontvangen of gegeven",
        "received": "ontvangen",
        "given": "gegeven",
        "gift": "Geschenk",
        "value": "Waarde (€)",
        "disposition": "Wat ermee gedaan is",
        "costs": "Kosten per jaar (€)",
        "no_costs": "Er zijn geen kosten vastgelegd.",
        "year": "Jaar",
        "total": "Totaal",
    },
    "en": {
        "title": "Gifts and costs of the tie",
        "gifts": "Gifts register",
        "no_gifts": "No gifts have been recorded.",
        "date": "Date",
        "direction": "Received or given",
        "received": "received",
        "given": "given",
        "gift": "Gift",
        "value": "Value (€)",
        "disposition": "What was done with it",
        "costs": "Costs per year (€)",
        "no_costs": "No costs have been recorded.",
        "year": "Year",
        "total": "Total",
    },
}


def registers(lang: str, events: Sequence[Event]) -> list[Flowable]:
    t = TEXTS[lang]
    s = styles()
    story: list[Flowable] = [Heading(markup(t["title"]), s["h1"], outline=t["title"], key="registers")]
    story.append(Paragraph(markup(t["gifts"]), s["h2"]))
    entries = gifts(events)
    if entries:
        rows = [[Paragraph(markup(t[k]), s["cell_head"]) for k in ("date", "direction", "gift", "value", "disposition")]]
        for g in entries:
            e = g.event
            rows.append(
                [
                    Paragraph(markup(format_short_date(e.date, lang)), s["cell"]),
                    Paragraph(markup(t["received"] if g.received else t["given"]), s["cell"]),
                    Paragraph(markup(e.text), s["cell"]),
                    Paragraph(markup(format_euros(e.value_cents, lang)) if e.value_cents is not None else "–", s["cell"]),
                    Paragraph(markup(DISPOSITION_LABELS[e.disposition][lang]) if e.disposition else "–", s["cell"]),
                ]
            )
        story.append(grid(rows, [2.4 * cm, 2.8 * cm, FRAME_WIDTH - 12.6 * cm, 2.6 * cm, 4.8 * cm]))
    else:
        story.append(Paragraph(markup(t["no_gifts"]), s["body"]))
    story += [Spacer(1, 0.4 * cm), Paragraph(markup(t["costs"]), s["h2"])]
    years = costs_per_year(events)
    if years:
        names = [CATEGORY_LABELS[c][lang] for c in CostCategory]
        rows = [[Paragraph(markup(h), s["cell_head"]) for h in (t["year"], *names, t["total"])]]
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
        story.append(Paragraph(markup(t["no_costs"]), s["body"]))
    return story
