"""Names and action texts of any length in the report's tables (issue 17): a 5,000-character
action, owner or assessor wraps, and a table row too tall for a page is split over pages with
the table's heading repeated; the sign-off block, whose rows are fixed signing spaces, cuts a
name too long for its row with an ellipsis and prints it in full below. Every character stays
in the text layer."""

from __future__ import annotations

import io

import pypdf
from reportlab.platypus import KeepTogether, Paragraph, Table

from partnercheck.domain.assessment import Action, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.domain.scoring import score_assessment
from partnercheck.report import render_report
from partnercheck.report.closing import _ROW_HEIGHT, _fitting, signoff
from partnercheck.report.layout import FRAME_WIDTH, Context, styles
from partnercheck.workspace import checklist_library

CHECKLIST = checklist_library().active
LONG = 5000


def _assessment(**kw: object) -> Assessment:
    fields: dict[str, object] = {
        "partnership": Partnership("Gemeente Breda", DutchPartyKind.MUNICIPALITY, "Yangzhou", CounterpartKind.CITY, PartnershipStatus.ACTIVE, 2012),
        "checklist_id": CHECKLIST.id,
        "checklist_version": CHECKLIST.version,
        "id": 7,
    }
    fields.update(kw)
    return Assessment(**fields)  # type: ignore[arg-type]


def _pages(pdf: bytes) -> list[str]:
    return ["".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_a_5000_character_action_and_owner_are_split_over_pages_whole():
    action = "A" * LONG  # one word: no place to break but anywhere
    owner = "Eigenaar " * (LONG // 9)
    pages = _pages(render_report(_assessment(actions=[Action(action, owner=owner), Action("Bel de VNG", owner="Jan")]), CHECKLIST, "en"))
    text = "".join(pages)
    assert text.count("A" * 20) >= 1 and sum(p.count("A") for p in pages) >= LONG
    assert text.count("Eigenaar") == LONG // 9
    assert "BeldeVNG" in text, "the row after the long one is printed"
    continued = [p for p in pages if "AAAAAAAAAA" in p]
    assert len(continued) >= 2, "the row is split over pages"
    assert all("MeasureOwnerDueStatus" in p for p in continued), "each page of the table repeats its heading"


def test_a_5000_character_assessor_is_on_the_cover_in_full_and_cut_in_the_signoff_rows():
    assessor = "Zeer lange naam " * (LONG // 16)
    reviewer = "R" * LONG
    pdf = render_report(_assessment(assessor=assessor, reviewed_by=reviewer), CHECKLIST, "en")
    text = "".join(_pages(pdf))
    times = LONG // 16
    # The cover and the "In full" line below the sign-off: twice in full, plus the cut start.
    assert 2 * times < text.count("Zeerlangenaam") < 3 * times
    baseline = "".join(_pages(render_report(_assessment(assessor="A", reviewed_by="B"), CHECKLIST, "en")))
    extra = text.count("R") - baseline.count("R")  # the reviewer in full, and the start in its row
    assert LONG < extra < LONG + 200
    assert "Infull·Preparedby:" in text and "Reviewedby:" in text and "…" in text


def test_the_signoff_rows_keep_their_height_whatever_the_names():
    a = _assessment(assessor="Zeer lange naam " * 300, reviewed_by="R" * LONG, actions=[])
    ctx = Context(a, CHECKLIST, score_assessment(a, CHECKLIST), "en", "kenmerk", ("Burgemeester " * 400, "1 december 2026"))
    block = signoff(ctx)
    keep = block[0]
    assert isinstance(keep, KeepTogether)
    table = next(f for f in keep._content if isinstance(f, Table))
    _, height = table.wrap(FRAME_WIDTH, 10_000)
    head_height = table._rowHeights[0]
    assert height == head_height + 3 * _ROW_HEIGHT, "no row grew past its signing space"
    for row in table._cellvalues[1:]:
        for cell in row:
            if isinstance(cell, Paragraph):
                assert cell.wrap(table._colWidths[row.index(cell)], 10_000)[1] <= _ROW_HEIGHT - 6
    assert isinstance(block[1], Paragraph) and "Burgemeester" in block[1].text


def test_fitting_keeps_a_short_name_and_cuts_a_long_one_at_the_room():
    style = styles()["cell"]
    assert _fitting("A. de Vries", style, 140, 36) == ("A. de Vries", False)
    cut, was_cut = _fitting("W" * LONG, style, 140, 36)
    assert was_cut and cut.endswith("…") and 10 < len(cut) < 200
    assert Paragraph(cut, style).wrap(140, 1000)[1] <= 36
    assert Paragraph(cut[:-1] + "W…", style).wrap(140, 1000)[1] > 36, "the longest start that fits"
