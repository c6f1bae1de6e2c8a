"""Hostile text in the report: random Unicode, markup and very long notes never break it."""

from __future__ import annotations

import io
from dataclasses import replace

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnercheck.domain.assessment import Action, Answer, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.report import render_report
from partnercheck.workspace import checklist_library

pytestmark = pytest.mark.slow

MARKUP = ["<b>", "</i>", "&amp;", "&", "<script>alert(1)</script>", "<br/>", "<para>", "]]>", "<font name='x'>", "%s", "{0}", "\\", "<"]
hostile_text = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.lists(st.sampled_from(MARKUP) | st.text(max_size=10), max_size=30).map("".join),
    st.text("中文扬州ĳë\u200b\u202e\t\n ", max_size=200),
)

CHECKLIST = checklist_library().active


def _assessment(name: str, counterpart: str, notes: list[str], action: str) -> Assessment:
    qs = CHECKLIST.questions
    answers = {q.id: Answer(q.options[-1].value, note) for q, note in zip(qs, notes, strict=False)}
    return Assessment(
        partnership=Partnership(name or "x", DutchPartyKind.MUNICIPALITY, counterpart or "x", CounterpartKind.CITY, PartnershipStatus.PROPOSED, None),
        checklist_id=CHECKLIST.id,
        checklist_version=CHECKLIST.version,
        assessor=name,
        answers=answers,
        actions=[Action(action or "x", owner=name)],
        id=1,
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text, hostile_text, st.lists(hostile_text, min_size=1, max_size=4), hostile_text)
def test_any_typed_text_gives_a_readable_report(name, counterpart, notes, action):
    if not name.strip():
        name = "x"
    if not counterpart.strip():
        counterpart = "x"
    if not action.strip():
        action = "x"
    pdf = render_report(_assessment(name, counterpart, notes, action), CHECKLIST, "en")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 5
    squeezed = "".join("".join(page.extract_text() for page in reader.pages).split())
    for fragment in MARKUP:
        if fragment in notes[0] and fragment.isascii() and fragment.strip():
            assert "".join(fragment.split()) in squeezed


def test_a_note_of_a_hundred_thousand_characters_flows_over_pages():
    long_note = ("Lange toelichting met <tags> & tekens, ĳ en 扬州. " * 2000)[:100_000]
    base = _assessment("A. de Vries", "Yangzhou", [long_note], "actie")
    pdf = render_report(replace(base, actions=[Action("x" * 5000)]), CHECKLIST, "nl")
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) > 20
