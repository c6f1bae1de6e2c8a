"""The advice fits the tie: what the mayor reads differs for a proposed, an active and a dormant
tie, names the body that decides, never calls an incomplete assessment low, and says when the
verdict rests on missing information. Read back from real PDFs of the shipped checklist."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pypdf
import pytest

from partnercheck.catalogs import catalog
from partnercheck.domain.advice import advice_paragraphs, measure_text
from partnercheck.domain.assessment import Answer, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.domain.scoring import score
from partnercheck.report import render_report
from partnercheck.report.texts import label


def flat(text: str) -> str:
    return " ".join(text.split())


def pages(data: bytes) -> list[str]:
    return [flat(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def plain(question, kind):
    plain = [o for o in question.options if not o.red_flag and not o.unknown]
    if kind == "worst":
        return max(plain, key=lambda o: o.risk).value
    if kind == "unknown":
        return next(o for o in question.options if o.unknown).value
    return min(plain, key=lambda o: o.risk).value


def assessment(checklist, status=PartnershipStatus.ACTIVE, kind=DutchPartyKind.MUNICIPALITY, answers="worst", only=None) -> Assessment:
    questions = checklist.questions[:only] if only else checklist.questions
    return Assessment(
        partnership=Partnership(
            "Gemeente Ede" if kind is DutchPartyKind.MUNICIPALITY else "Provincie Utrecht", kind, "Xi'an", CounterpartKind.CITY, status, 2012
        ),
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        assessor="A. de Vries",
        created=dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC),
        updated=dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC),
        answers={q.id: Answer(plain(q, answers)) for q in questions},
        id=7,
    )


@pytest.fixture
def checklist(library):
    return library.active


_READERS: dict[tuple[str, ...], pypdf.PdfReader] = {}


def page(checklist, a: Assessment, number: int, lang: str = "nl") -> str:
    """Page ``number`` of ``a``'s report, and only that page read back (the text of forty pages
    costs as much as rendering them). Several tests here render the same tie: each assessment
    (all of it, by its repr) is rendered once per process."""
    key = (repr(a), *checklist.key, lang)
    if key not in _READERS:
        _READERS[key] = pypdf.PdfReader(io.BytesIO(render_report(a, checklist, lang)))
    return flat(_READERS[key].pages[number].extract_text())


def summary_page(checklist, a: Assessment, lang: str = "nl") -> str:
    return page(checklist, a, 1, lang)


KEY = {
    PartnershipStatus.PROPOSED: "Ga de band niet aan",
    PartnershipStatus.ACTIVE: "Zet de band niet ongewijzigd voort",
    PartnershipStatus.DORMANT: "De band is slapend en het risico is hoog",
}


@pytest.mark.parametrize("status", list(KEY))
def test_a_high_risk_tie_is_advised_by_its_stage(checklist, status):
    a = assessment(checklist, status)
    assert score(checklist, a.answers).verdict.value == "high"
    text = summary_page(checklist, a)
    assert flat(KEY[status]) in text
    for other, sentence in KEY.items():
        if other is not status:
            assert sentence not in text, f"{status}: {sentence!r}"
    # "Before signing" is advice for a tie that has not been signed yet.
    assert ("nog vóór er iets wordt getekend" in text) == (status is PartnershipStatus.PROPOSED)
    assert "gemeenteraad" in text
    if status is PartnershipStatus.DORMANT:
        assert text.index("beëindigen of nieuw leven") < text.index(label("nl", "Key measures"))


def test_a_province_is_addressed_in_its_own_words(checklist):
    a = assessment(checklist, kind=DutchPartyKind.PROVINCE)
    text = " ".join(advice_paragraphs(score(checklist, a.answers), a.partnership, "nl"))
    assert "Provinciale Staten" in text and "gemeenteraad" not in text


def test_measures_for_a_signed_tie_speak_of_the_existing_text(checklist):
    proposed = assessment(checklist, PartnershipStatus.PROPOSED)
    result = score(checklist, proposed.answers)
    worded = [r for r in result.recommendations if r.text_signed is not None]
    assert worded, "the worst answers trigger measures with a wording for an existing tie"
    shown = result.recommendations[:8]
    rec = next((r for r in shown if r.text_signed is not None), None)
    if rec is None:
        pytest.skip("no measure with two wordings among the first eight")
    assert flat(rec.text.nl)[:60] in summary_page(checklist, proposed)
    active = summary_page(checklist, replace(proposed, partnership=replace(proposed.partnership, status=PartnershipStatus.ACTIVE)))
    assert flat(rec.text_signed.nl)[:60] in active


def test_the_summary_names_red_flags_only_when_there_are_any(checklist):
    a = assessment(checklist, answers="lowest")
    text = summary_page(checklist, a)
    assert label("nl", "Red flags") not in text
    assert "rode vlaggen" not in text.lower()
    flag_q = next(q for q in checklist.questions if q.has_red_flag)
    flagged = replace(a, answers={**a.answers, flag_q.id: Answer(next(o for o in flag_q.options if o.red_flag).value)})
    assert label("nl", "Red flags") in summary_page(checklist, flagged)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_incomplete_assessment_is_never_called_low(checklist, lang):
    half = len(checklist.questions) // 2
    a = assessment(checklist, answers="lowest", only=half)
    result = score(checklist, a.answers)
    assert result.verdict.value == "incomplete" and result.overall.code == "low"
    doc = pages(render_report(a, checklist, lang))
    cover, summary = doc[0], doc[1]
    incomplete = "Onvolledig – nog geen oordeel" if lang == "nl" else "Incomplete – no verdict yet"
    assert incomplete in cover and incomplete in summary
    low_word = "LAAG" if lang == "nl" else "LOW"
    assert low_word not in cover, "no level word in capitals as the verdict"
    assert ("voorlopig laag, kan nog stijgen" if lang == "nl" else "provisionally low, may still rise") in cover
    assert ("niet begonnen" if lang == "nl" else "not started") in cover, "unstarted themes are not counted as low"
    assert "kan onder de gebruikelijke voorwaarden" not in summary
    assert label(lang, "Open points") in " ".join(doc)


def test_all_dont_know_rests_on_missing_information_and_lists_every_open_point(checklist):
    a = assessment(checklist, answers="unknown")
    result = score(checklist, a.answers)
    assert result.verdict.value != "low" and result.rests_on_unknowns
    doc = pages(render_report(a, checklist, "nl"))
    text = " ".join(doc)
    # Too little is known for advice that assumes an established risk.
    assert "onvoldoende bekend voor een inhoudelijk oordeel" in text and "geen besluit over de band" in text
    advice = " ".join(advice_paragraphs(result, a.partnership, "nl"))
    assert "schrapping" not in advice and "ten minste middel" not in advice and "Zet de band niet" not in advice
    # The red-flag questions first, under their own heading in the summary; the open points
    # list has every other one (each question once).
    start = text.index(label("nl", "Open questions that can raise a red flag"))
    listed = text[start:]
    for t, theme in enumerate(checklist.themes, 1):
        for n, _ in enumerate(theme.questions, 1):
            assert f" {t}.{n} " in listed
    first = next(q for q in checklist.questions if q.has_red_flag)
    assert flat(first.text.nl)[:50] in listed[:2000]
    assert (
        catalog("nl").ngettext("{n} question answered “don't know”", "{n} questions answered “don't know”", 2).format(n=len(checklist.questions))
        + "."
        in text
    )


def test_the_cover_shows_how_current_the_checklist_is(checklist):
    cover = page(checklist, assessment(checklist), 0)
    assert "inhoud bijgewerkt tot 30 november 2026" in cover


def test_an_open_red_flag_question_is_named_before_the_advice(checklist):
    a = assessment(checklist, answers="lowest")
    flag_q = next(q for q in checklist.questions if q.has_red_flag)
    a = replace(a, answers={**a.answers, flag_q.id: Answer(plain(flag_q, "unknown"))})
    paragraphs = advice_paragraphs(score(checklist, a.answers), a.partnership, "nl")
    assert paragraphs[0].startswith("Bij een vraag die een rode vlag kan opleveren") and "ten minste middel" in paragraphs[0]
    # "Find this out before any other decision" and then "the tie can be continued" would
    # contradict each other: the advice for the medium level is made conditional on the answer.
    assert "Het advies hieronder geldt alleen als daar geen rode vlag uit volgt" in paragraphs[0]
    assert "Het risico is verhoogd" in paragraphs[1]


def test_the_council_is_asked_not_told_what_the_executive_does(checklist):
    """The executive decides on agreements; the council gets the intended decision."""
    for status in PartnershipStatus:
        a = assessment(checklist, status)
        text = " ".join(advice_paragraphs(score(checklist, a.answers), a.partnership, "nl"))
        assert "beëindig de band als de partner weigert" not in text and "de organisatie" not in text
    # Pressure met (a red flag): ending the tie is proposed to the council if it continues.
    pressed = assessment(checklist)
    pressed = replace(pressed, answers={**pressed.answers, "human-rights.pressure": Answer("yes")})
    active = " ".join(advice_paragraphs(score(checklist, pressed.answers), pressed.partnership, "nl"))
    assert "stel de gemeenteraad dan voor de band te beëindigen" in active


def test_a_dormant_tie_leads_with_the_decision_to_end_or_revive_it(checklist):
    dormant = assessment(checklist, PartnershipStatus.DORMANT)
    text = summary_page(checklist, dormant)
    rec = checklist.recommendation("exit-evaluation.decide-dormant")
    assert PartnershipStatus.DORMANT.value in rec.lead_for
    first = text.index(label("nl", "Key measures"))
    assert text[first:].split("1. ", 1)[1].startswith(flat(rec.text.nl)[:40])
    active = summary_page(checklist, replace(dormant, partnership=replace(dormant.partnership, status=PartnershipStatus.ACTIVE)))
    assert flat(rec.text.nl)[:40] not in active[active.index(label("nl", "Key measures")) :][:600]


def test_measures_name_the_council_as_this_municipality_or_province_does(checklist):
    """Checklist texts say {council}; a municipal report says "de gemeenteraad", a provincial
    one "Provinciale Staten", and never "de raad of Staten" or a bare placeholder."""
    for kind, name, other in (
        (DutchPartyKind.MUNICIPALITY, "de gemeenteraad", "Provinciale Staten"),
        (DutchPartyKind.PROVINCE, "Provinciale Staten", "de gemeenteraad"),
    ):
        a = assessment(checklist, kind=kind)
        texts = [measure_text(r, a.partnership, "nl") for r in score(checklist, a.answers).recommendations]
        placeheld = [t for t in texts if name in t]
        assert placeheld, "some measures name the council"
        assert not any("{" in t or "raad of Staten" in t for t in texts)
        assert not any(other in t for t in placeheld)
