"""Hebrew and Arabic in the report (issue 17): Arabic letters joined, and each printed line in
drawing order, so a reader of those scripts reads it as typed; Dutch text around it keeps its
order, and a long right-to-left note keeps its lines in reading order (ordered after the line
breaking, not before). Checked on reportlab's own line breaking, and through a whole report."""

from __future__ import annotations

import io

import pypdf
import pytest

from partnercheck.domain.assessment import Action, Answer, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.report import render_report
from partnercheck.report.bidi import Paragraph, shaped, visual
from partnercheck.report.fonts import ensure_fonts, markup
from partnercheck.report.layout import styles
from partnercheck.report.texts import label
from partnercheck.workspace import checklist_library

HEBREW = "פגישה עם ראש העיר"  # "meeting with the mayor"
ARABIC = "اجتماع مع السيد أحمد"  # "meeting with Mr Ahmed"


def _lines(text: str, width: float = 250) -> list[list[str]]:
    ensure_fonts()
    p = Paragraph(text, styles()["note"])
    p.wrap(width, 10_000)
    bl = p.blPara
    if bl.kind == 0:
        return [list(words) for _, words in bl.lines]
    return [[w.text for w in line.words] for line in bl.lines]


def test_a_hebrew_line_is_drawn_right_to_left():
    assert _lines(markup(HEBREW)) == [["ריעה", "שאר", "םע", "השיגפ"]]


def test_a_long_hebrew_note_keeps_its_lines_in_reading_order():
    words = [f"{w}{n}" for n in range(12) for w in ("פגישה", "עם")]  # numbered: the order shows
    lines = _lines(markup(" ".join(words)), width=200)
    assert len(lines) >= 3
    drawn = [word for line in lines for word in reversed(line)]  # read each line right to left
    assert drawn == [visual(w) for w in words], "the first words are on the first line"


def test_hebrew_inside_dutch_is_turned_in_place_and_the_dutch_stays():
    (line,) = _lines(markup(f"Gesproken met {HEBREW} op 3 mei."), width=400)
    assert line[:2] == ["Gesproken", "met"] and line[-3:] == ["op", "3", "mei."]
    assert line[2:6] == ["ריעה", "שאר", "םע", "השיגפ"]


def test_after_a_bold_label_the_hebrew_piece_is_ordered_too():
    (line,) = _lines(f"<b>Toelichting:</b> {markup(HEBREW)}", width=400)
    assert line == ["Toelichting:", " ריעה שאר םע השיגפ"]


def test_arabic_is_joined_and_ordered():
    joined = shaped(ARABIC)
    assert joined != ARABIC and all("\ufe70" <= c <= "\ufeff" or c == " " for c in joined), "presentation forms"
    (line,) = _lines(markup(ARABIC), width=400)
    assert " ".join(line) == visual(joined) and line[-1] == visual(joined.split(" ")[0])


def test_text_without_right_to_left_letters_is_untouched():
    text = "Gemeente Breda – 扬州 Yangzhou, 3 mei"
    assert shaped(text) == text and visual(text) == text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_report_with_hebrew_and_arabic_everywhere_reads_back(lang):
    checklist = checklist_library().active
    q = checklist.questions[0]
    note = f"Gesproken met {HEBREW}.\n" + f"{HEBREW} " * 8 + "\n" + ARABIC
    assessment = Assessment(
        partnership=Partnership("Gemeente Breda", DutchPartyKind.MUNICIPALITY, "Yangzhou", CounterpartKind.CITY, PartnershipStatus.ACTIVE, 2012),
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        answers={q.id: Answer(q.options[0].value, note)},
        actions=[Action(f"Bel {ARABIC}", owner=HEBREW)],
        assessor=f"Sara {HEBREW}",
        id=5,
    )
    pdf = render_report(assessment, checklist, lang)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    # pypdf puts right-to-left runs back in reading order: every word is there as typed.
    for word in HEBREW.split():
        assert word in text
    assert label(lang, "[character cannot be shown]") not in text, "DejaVu Sans draws every letter: no marker"
