"""The destruction list (vernietigingslijst) as a PDF for the archivist: one row per destroyed
record, with its retention period and basis, when and by whom it was destroyed. Landscape A4,
the report's fonts (Chinese city names print), Dutch or English."""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Sequence
from typing import Any

from ..domain.dates import format_date, format_datetime, format_short_date
from ..domain.text import LANGUAGES

HEADINGS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Vernietigingslijst PartnerCheck",
        "intro": "Beoordelingen die na afloop van hun bewaartermijn zijn vernietigd. Gemaakt op {today}; {count} {rows}.",
        "row": "regel",
        "rows": "regels",
        "empty": "Er is nog niets vernietigd.",
        "assessment_id": "Nr.",
        "parties": "Partijen",
        "state": "Status, revisie",
        "approved_on": "Vastgesteld",
        "period": "Termijn en grondslag",
        "due": "Termijn verstreken",
        "destroyed": "Vernietigd (door)",
        "reports": "Rapporten (SHA-256)",
        "years": "{years} jaar",
        "final": "vastgesteld",
        "review": "ter toetsing",
        "revision": "revisie",
    },
    "en": {
        "title": "PartnerCheck destruction list",
        "intro": "Assessments destroyed after their retention period. Made on {today}; {count} {rows}.",
        "row": "row",
        "rows": "rows",
        "empty": "Nothing has been destroyed yet.",
        "assessment_id": "No.",
        "parties": "Parties",
        "state": "Stage, revision",
        "approved_on": "Approved",
        "period": "Period and basis",
        "due": "Period ended",
        "destroyed": "Destroyed (by)",
        "reports": "Reports (SHA-256)",
        "years": "{years} years",
        "final": "final",
        "review": "in review",
        "revision": "revision",
    },
}


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
    t = HEADINGS[lang]
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=7.5, leading=9.5)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19, spaceAfter=4)
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)

    def p(text: object, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(markup("" if text is None else str(text)), style)

    keys = ("assessment_id", "parties", "state", "approved_on", "period", "due", "destroyed", "reports")
    data: list[list[Paragraph]] = [[p(t[k], head) for k in keys]]
    for r in rows:
        period = t["years"].format(years=r["years"]) + (f"; {r['basis']}" if r["basis"] else "")
        hashes = "\n".join(r["reports_sha256"].split())
        data.append(
            [
                p(r["assessment_id"]),
                p(f"{r['dutch_party']} – {r['counterpart']}"),
                p(f"{t.get(r['state'], r['state'])}, {t['revision']} {r['revision']}"),
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
        title=t["title"],
        author="PartnerCheck",
        creator="PartnerCheck",
        invariant=1,  # same input, same bytes (no creation time or random id in the file)
    )
    story: list[Any] = [
        p(t["title"], title),
        p(t["intro"].format(today=format_date(today, lang), count=len(rows), rows=t["row"] if len(rows) == 1 else t["rows"]), body),
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
        story.append(p(t["empty"], body))
    doc.build(story)
    return buffer.getvalue()


def _date(text: str | None, lang: str) -> str:
    return format_short_date(_dt.date.fromisoformat(text), lang) if text else "–"
