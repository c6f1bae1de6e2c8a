"""The chart of the level per theme holds any number of themes: it continues on the next page."""

from __future__ import annotations

import io

import pypdf
import pytest

from partnercheck.domain.assessment import Answer, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.domain.checklist import Checklist, Option, Question, Source, Theme
from partnercheck.domain.levels import Level
from partnercheck.domain.text import LocalText
from partnercheck.report import render_report
from partnercheck.report.chart import ROW_HEIGHT, Bar, LevelChart, chart_height


def many_themes(count: int) -> Checklist:
    themes = tuple(
        Theme(
            f"t{n}",
            LocalText(f"Thema {n:03d} met een titel", f"Theme {n:03d} with a title"),
            LocalText("", ""),
            (
                Question(
                    f"t{n}.q",
                    f"t{n}",
                    LocalText(f"Vraag {n}?", f"Question {n}?"),
                    LocalText("", ""),
                    ("S1",),
                    (Option("no", LocalText("Nee", "No"), 0), Option("yes", LocalText("Ja", "Yes"), 2)),
                ),
            ),
            (),
        )
        for n in range(1, count + 1)
    )
    return Checklist("many", "1.0", LocalText("Veel thema's", "Many themes"), LocalText("", ""), themes, (Source("S1", "Bron", "Uitgever", "2026"),))


@pytest.mark.parametrize("count", [1, 40, pytest.param(110, marks=pytest.mark.slow)])  # 40 already runs over pages
def test_the_chart_continues_over_pages_for_any_number_of_themes(count):  # type: ignore[no-untyped-def]
    checklist = many_themes(count)
    answers = {q.id: Answer("yes" if i % 3 == 0 else "no") for i, q in enumerate(checklist.questions)}
    assessment = Assessment(
        Partnership("Gemeente Breda", DutchPartyKind.MUNICIPALITY, "Yangzhou", CounterpartKind.CITY, PartnershipStatus.ACTIVE),
        checklist.id,
        checklist.version,
        answers=answers,
    )
    pdf = pypdf.PdfReader(io.BytesIO(render_report(assessment, checklist, "en")))
    pages = [page.extract_text() for page in pdf.pages]
    text = "\n".join(pages)
    for n in (1, count):
        assert f"{n}. Theme {n:03d} with a title" in text, f"theme {n} is in the report"
    if count == 110:
        per_page = [sum(f". Theme {n:03d}" in pages[i] for n in range(1, count + 1)) for i in range(len(pages))]
        first = next(i for i, k in enumerate(per_page) if k)
        assert per_page[first] < count and per_page[first + 1] > 0, "the chart goes on on the next page"


def test_a_split_keeps_every_bar_once_and_fits_the_space():  # type: ignore[no-untyped-def]
    bars = [Bar(f"Theme {n}", Level.LOW, 1, 1) for n in range(50)]
    chart = LevelChart(bars, 400, "en")
    space = chart_height(0) + 12.5 * ROW_HEIGHT
    first, rest = chart.split(400, space)
    assert len(first.bars) == 12 and first.wrap(400, space)[1] <= space
    assert first.bars + rest.bars == bars
    assert chart.split(400, chart_height(0) + ROW_HEIGHT / 2) == [], "no bar fits: all of it moves on"
