"""The portfolio overview for the college or the council: one landscape page (two for a large
portfolio) with every tie, its latest verdict, the levels per theme, last assessment, next
review, actions and events since. Same house style as the advice report (fonts, colours,
escaping of user text) and the same invariant output: the same portfolio on the same day gives
the same bytes. Its texts are in the catalog (docs/translating.md).
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from ..catalogs import N_
from ..domain.dates import format_date
from ..domain.levels import Level, Verdict, verdict_label
from . import texts
from .fonts import BOLD, REGULAR, ensure_fonts, markup, report_language
from .layout import chip, grid, styles
from .palette import LEVEL_FILL, LEVEL_TEXT, MARGIN_X, MUTED, PAGE_SIZE, hex_of

PAGE = landscape(PAGE_SIZE)


def _verdict(code: str | None, lang: str, *, short: bool = False) -> str:
    verdict = Verdict(code or Verdict.NOT_STARTED.value)
    if verdict.level is not None:
        return chip(verdict.level, lang)
    word = verdict_label(verdict, lang)
    return markup(word.split(" –")[0] if short else word)


# The heat map's cells are narrow: the level as a short word on its colour (never colour alone).
SHORT_LEVEL = {Level.LOW: N_("low"), Level.MEDIUM: N_("med"), Level.HIGH: N_("high")}  # in a narrow column


def _theme(code: str | None, lang: str) -> str:
    if code is None:
        return "—"
    verdict = Verdict(code)
    if verdict.level is None:
        return "◌" if verdict is Verdict.INCOMPLETE else "·"
    fill, ink = hex_of(LEVEL_FILL[verdict.level]), hex_of(LEVEL_TEXT[verdict.level])
    return f'<font backColor="{fill}" color="{ink}"><b>{texts.label(lang, SHORT_LEVEL[verdict.level])}</b></font>'


def build_portfolio(records: Sequence[Mapping[str, Any]], themes: Sequence[tuple[str, str]], today: _dt.date, lang: str) -> bytes:
    """``records``: the rows of ``portfolio --json``; ``themes``: (id, title) in column order."""
    texts.check_language(lang)
    with report_language(lang):
        return _build(records, themes, today, lang)


def _build(records: Sequence[Mapping[str, Any]], themes: Sequence[tuple[str, str]], today: _dt.date, lang: str) -> bytes:
    ensure_fonts()
    s = styles()
    cell = s["body"].clone("cell", fontSize=7.5, leading=9.5)
    head = cell.clone("head", fontName=BOLD)
    date = format_date(today, lang)
    due = sum(1 for r in records if r["due"])
    overdue = sum(1 for r in records if r["overdue"])
    story: list[Any] = [
        Paragraph(markup(texts.label(lang, "Portfolio of ties with Chinese partners")), s["h1"]),
        Paragraph(
            markup(
                texts.plural(
                    lang,
                    "As of {date}: {n} tie, {due} due for review, {overdue} of them overdue.",
                    "As of {date}: {n} ties, {due} due for review, {overdue} of them overdue.",
                    len(records),
                    date=date,
                    due=due,
                    overdue=overdue,
                )
            ),
            s["body"],
        ),
        Spacer(1, 0.3 * cm),
    ]
    if not records:
        story.append(Paragraph(markup(texts.label(lang, "No ties yet.")), s["body"]))
    else:
        width = PAGE[0] - 2 * MARGIN_X
        fixed = [0.8 * cm, 4.7 * cm, 1.8 * cm, 2.1 * cm, 2.5 * cm, 1.8 * cm, 1.4 * cm]
        theme_width = max(0.9 * cm, (width - sum(fixed)) / max(1, len(themes)))
        header = [
            texts.label(lang, "No."),
            texts.label(lang, "Tie"),
            texts.label(lang, "Verdict"),
            *(str(n) for n in range(1, len(themes) + 1)),
            texts.label(lang, "Assessed"),
            texts.label(lang, "Next review"),
            texts.label(lang, "Open actions (overdue)"),
            texts.label(lang, "Events since"),
        ]
        rows = [[Paragraph(markup(h), head) for h in header]]
        small = cell.clone("theme", fontSize=6.5, leading=8.5)
        for r in records:
            review = r["next_review"] or "—"
            if r["overdue"]:
                review += f" <b>({texts.label(lang, 'overdue')})</b>"
            elif r["due"]:
                review += f" ({texts.label(lang, 'now')})"
            levels = r.get("themes") or {}
            line = [
                str(r["tie"]),
                f"{markup(r['dutch_party'])} – {markup(r['counterpart'])}",
                _verdict(r["verdict"], lang, short=True),
                *(_theme(levels.get(theme_id), lang) for theme_id, _ in themes),
                markup(r["last_assessed"] or "—"),
                review,
                f"{r['open_actions']} ({r['overdue_actions']})",
                str(r["events_since"]),
            ]
            themed = range(3, 3 + len(themes))
            rows.append([Paragraph(text, small if i in themed else cell) for i, text in enumerate(line)])
        widths = fixed[:3] + [theme_width] * len(themes) + fixed[3:]
        table = grid(rows, widths)
        table.setStyle([("FONT", (0, 0), (-1, -1), REGULAR)])  # reportlab's cell default is Helvetica, not embedded
        if themes:
            table.setStyle([("LEFTPADDING", (3, 0), (2 + len(themes), -1), 1), ("RIGHTPADDING", (3, 0), (2 + len(themes), -1), 1)])
        story.append(table)
        legend = "; ".join(f"{n} {markup(title)}" for n, (_, title) in enumerate(themes, 1))
        story += [
            Spacer(1, 0.3 * cm),
            Paragraph(f'<font color="{hex_of(MUTED)}">{texts.label(lang, "Themes: {legend}.", legend=legend)}</font>', cell),
        ]

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=1.6 * cm,
        bottomMargin=1.6 * cm,
        invariant=1,
        lang=lang,
        displayDocTitle=1,
        title=texts.label(lang, "Portfolio of ties with Chinese partners"),
        author="PartnerCheck",
        creator="PartnerCheck",
        initialFontName=REGULAR,  # the house font from the first operator on: no unembedded Helvetica
    )

    def footer(canv: Any, document: Any) -> None:
        canv.saveState()
        canv.setFont(REGULAR, 7.5)
        canv.setFillColor(MUTED)
        canv.drawRightString(
            PAGE[0] - MARGIN_X,
            1.0 * cm,
            texts.label(lang, "PartnerCheck · portfolio · {date} · page {page}", date=today.isoformat(), page=document.page),
        )
        canv.restoreState()

    frame = Frame(
        MARGIN_X, 1.6 * cm, PAGE[0] - 2 * MARGIN_X, PAGE[1] - 3.2 * cm, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
    # The PDF's date is the portfolio's own day, never the moment of printing.
    doc.build(story, canvasmaker=_dated_canvas(today))
    return buffer.getvalue()


def _dated_canvas(today: _dt.date) -> Any:
    from reportlab.pdfgen.canvas import Canvas

    class DatedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: f"D:{today:%Y%m%d}000000+00'00'")

    return DatedCanvas
