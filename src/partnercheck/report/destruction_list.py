"""The destruction list (vernietigingslijst) as a PDF for the archivist: one row per destroyed
record, with its retention period and basis, when and by whom it was destroyed. Landscape A4,
the report's fonts (Chinese city names print), Dutch or English."""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Sequence
from typing import Any

from ..catalogs import N_, translate, translate_plural
from ..domain.dates import format_date, format_datetime, format_short_date
from ..domain.languages import LANGUAGES
from .texts import label

# The stage of a destroyed assessment as the list prints it, by code; any other code as it is.
STAGE_WORDS = {"final": N_("final"), "review": N_("in review")}


def render_destruction_list(rows: Sequence[dict[str, Any]], lang: str, today: _dt.date) -> bytes:
    """The PDF's bytes; the same rows, language and date always give the same bytes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    from .fonts import BOLD, REGULAR, ensure_fonts, markup

    if lang not in LANGUAGES:
        raise ValueError(f"lang: {lang!r}")
    ensure_fonts()
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=7.5, leading=9.5)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19, spaceAfter=4)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)

    def p(text: object, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(markup("" if text is None else str(text)), style)

    heads = (
        label(lang, "No."),
        label(lang, "Parties"),
        label(lang, "Stage, revision"),
        label(lang, "Approved"),
        label(lang, "Period and basis"),
        label(lang, "Period ended"),
        label(lang, "Destroyed (by)"),
        label(lang, "Reports (SHA-256)"),
    )
    data: list[list[Paragraph]] = [[p(h, head) for h in heads]]
    for r in rows:
        period = label(lang, "{years} years", years=r["years"]) + (f"; {r['basis']}" if r["basis"] else "")
        hashes = "\n".join(r["reports_sha256"].split())
        data.append(
            [
                p(r["assessment_id"]),
                p(f"{r['dutch_party']} – {r['counterpart']}"),
                p(f"{_stage(r['state'], lang)}, {label(lang, 'revision')} {r['revision']}"),
                p(_date(r["approved_on"], lang)),
                p(period),
                p(_date(r["due"], lang)),
                p(f"{format_datetime(_dt.datetime.fromisoformat(r['destroyed_at']).astimezone(), lang)} ({r['destroyed_by']})"),
                p(hashes or "–"),
            ]
        )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=label(lang, "PartnerCheck destruction list"),
        author="PartnerCheck",
        creator="PartnerCheck",
        invariant=1,  # same input, same bytes (no creation time or random id in the file)
    )
    story: list[Any] = [
        p(label(lang, "PartnerCheck destruction list"), title),
        p(
            translate_plural(
                lang,
                "Assessments destroyed after their retention period. Made on {today}; {n} row.",
                "Assessments destroyed after their retention period. Made on {today}; {n} rows.",
                len(rows),
                today=format_date(today, lang),
            ),
            body,
        ),
        Spacer(1, 4 * mm),
    ]
    if rows:
        widths = [10 * mm, 50 * mm, 24 * mm, 24 * mm, 50 * mm, 22 * mm, 38 * mm, 55 * mm]
        table = LongTable(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    else:
        story.append(p(label(lang, "Nothing has been destroyed yet."), body))
    doc.build(story)
    return buffer.getvalue()


def _date(text: str | None, lang: str) -> str:
    return format_short_date(_dt.date.fromisoformat(text), lang) if text else "–"


def _stage(code: str, lang: str) -> str:
    return translate(lang, STAGE_WORDS[code]) if code in STAGE_WORDS else code
