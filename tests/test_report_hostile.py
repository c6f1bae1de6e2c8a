"""Long and unprintable user text in the report: it finishes in seconds, and what cannot be
printed as typed is named in the report instead of vanishing (boxes, an empty text layer)."""

from __future__ import annotations

import io
import time

import pypdf
import pytest

from partnercheck.domain.assessment import Action, Answer, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.report import fonts, render_report
from partnercheck.report.layout import MAX_USER_TEXT, PARAGRAPH_CHUNK, user_lines
from partnercheck.report.texts import label
from partnercheck.workspace import checklist_library

CHECKLIST = checklist_library().active
GUARD_SECONDS = 20  # a guard against a hang only; the real figures are a second or two


def _assessment(party: str = "Gemeente Breda", note: str = "", action: str = "Vraag advies") -> Assessment:
    q = CHECKLIST.questions[0]
    return Assessment(
        partnership=Partnership(party, DutchPartyKind.MUNICIPALITY, "Yangzhou", CounterpartKind.CITY, PartnershipStatus.ACTIVE, 2012),
        checklist_id=CHECKLIST.id,
        checklist_version=CHECKLIST.version,
        answers={q.id: Answer(q.options[0].value, note)} if note else {},
        actions=[Action(action)],
        id=7,
    )


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _timed(assessment: Assessment, lang: str) -> tuple[bytes, float]:
    start = time.perf_counter()
    pdf = render_report(assessment, CHECKLIST, lang)
    return pdf, time.perf_counter() - start


@pytest.mark.slow
def test_a_party_name_of_twenty_thousand_characters_renders_in_seconds():
    name = ("Gemeente" + "Zuidwest-Friesland" * 1200)[:20_000]
    pdf, seconds = _timed(_assessment(party=name), "nl")
    print(f"20,000-character party name: {seconds:.2f} s")
    assert seconds < GUARD_SECONDS
    pages = _pages(pdf)
    header = next(line for line in pages[2].split("\n") if line.startswith("Adviesrapport"))
    assert header.endswith("…") and len(header) < 200  # shortened to the line, on every page


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_note_of_one_400_kb_word_renders_in_seconds_and_says_it_was_shortened(lang):
    note = "a" * 400_000
    pdf, seconds = _timed(_assessment(note=note), lang)
    print(f"400 KB one-word note ({lang}): {seconds:.2f} s")
    assert seconds < GUARD_SECONDS
    text = _squeezed("".join(_pages(pdf)))
    left_out = f"{400_000 - MAX_USER_TEXT:,}".replace(",", "." if lang == "nl" else ",")
    assert _squeezed(label(lang, "[text shortened: {n} characters left out]").format(n=left_out)) in text
    assert text.count("a") >= MAX_USER_TEXT  # everything up to the limit is there


def test_long_lines_come_in_pieces_that_give_back_the_text():
    prose = "woord " * 2_000
    pieces = user_lines(prose)
    assert len(pieces) > 1 and all(len(p) <= PARAGRAPH_CHUNK for p in pieces)
    assert "".join(pieces) == prose.strip("\n")
    assert all(p.endswith(" ") for p in pieces[:-1])  # broken after a space, not inside a word
    word = "x" * (3 * PARAGRAPH_CHUNK + 5)
    assert "".join(user_lines(word)) == word
    assert user_lines("kort\n\nnog een regel") == ["kort", "", "nog een regel"]


def _linear_fit(text: str, font: str, size: float, max_width: float) -> str:
    """The reference, one character at a time: the longest beginning that fits with "…"."""
    text = " ".join(text.split())
    if fonts.text_width(text, font, size) <= max_width:
        return text
    while text and fonts.text_width(text.rstrip() + "…", font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


@pytest.mark.parametrize("text", ["Adviesrapport Gemeente Breda – Yangzhou", "Adviesrapport " + "ĳ扬州 " * 80, "W" * 300, "a b " * 100])
def test_fit_text_finds_the_same_line_as_shortening_one_character_at_a_time(text):
    fonts.ensure_fonts()
    for width in (30.0, 120.0, 400.0, 5000.0):
        assert fonts.fit_text(text, fonts.REGULAR, 8, width) == _linear_fit(text, fonts.REGULAR, 8, width)


# -- characters the shipped fonts cannot draw ------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Overleg 😀 gepland", "Overleg [character cannot be shown] gepland"),
        ("Gezin 👨\u200d👩\u200d👧 samen", "Gezin [character cannot be shown] samen"),  # one sequence, one marker
        ("서울 en 부산", "[character cannot be shown] en [character cannot be shown]"),
        ("नमस्ते", "[character cannot be shown]"),
        ("𝐀 math", "[character cannot be shown] math"),
        ("Breda ĳ 扬州 Ωσ", "Breda ĳ 扬州 Ωσ"),  # what the fonts have stays as typed
    ],
)
def test_what_the_fonts_cannot_draw_is_replaced_by_a_marker(typed, shown):
    with fonts.report_language("en"):
        assert fonts.showable(typed) == shown
    with fonts.report_language("nl"):
        assert fonts.showable(typed) == shown.replace("[character cannot be shown]", "[teken niet weer te geven]")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_emoji_korean_and_indic_text_is_never_an_empty_text_layer(lang):
    note = "Afspraak 😀 met 서울 en नमस्ते, zie 𝐀."
    pdf = render_report(_assessment(party="Gemeente 😀 Breda", note=note, action="Bel 서울"), CHECKLIST, lang)
    text = "\n".join(_pages(pdf))
    assert "\x00" not in text
    mark = label(lang, "[character cannot be shown]")
    flat = " ".join(text.split())
    assert f"Afspraak {mark} met {mark} en {mark}, zie {mark}." in flat
    assert f"Gemeente {mark} Breda" in flat
    assert f"Bel {mark}" in flat
    assert "\U0001f600" not in text and "\u1f40" not in text  # neither the emoji's glyph nor reportlab's wrong stand-in
