"""What the mayor and council read, read back from the rendered PDF and Word files: the size of
the work the summary leaves out, what the open points are made of, the council named once with
its Dutch name, no question printed twice on a page, and internal actions marked as such."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace

import docx
import pytest
from test_report_variants import CALIBRATION, flat, pages, scenario_assessment, scenario_cases, scenario_pages

from partnercheck.catalogs import catalog
from partnercheck.domain.advice import advice_paragraphs, measure_text, measures, measures_preface
from partnercheck.domain.assessment import Action, DutchPartyKind, PartnershipStatus
from partnercheck.domain.briefing import open_red_flag_questions
from partnercheck.domain.levels import Verdict
from partnercheck.domain.scoring import score_assessment
from partnercheck.report import render_report
from partnercheck.report.texts import label
from partnercheck.report.variants import BRIEF_MEASURES
from partnercheck.report.word import render_word

SEED = CALIBRATION / "scenarios" / "05-seed-typical.toml"
COMMITMENT_UNKNOWN = CALIBRATION / "scenarios" / "07-commitment-unknown.toml"
ALL_UNKNOWN = CALIBRATION / "scenarios" / "04-all-unknown.toml"


def word_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return flat(" ".join([p.text for p in document.paragraphs] + cells))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_summary_counts_the_measures_it_leaves_out_by_theme(lang):
    # The seed's dormant tie: 40 measures, the summary shows 5. "35 more" alone hides where the
    # work lies; the council reads how many per theme, and the counts add up.
    a, checklist = scenario_assessment(SEED)
    result = score_assessment(a, checklist)
    ranked = measures(result, a.partnership)
    rest = len(ranked) - BRIEF_MEASURES
    assert rest == 35
    text = " ".join(scenario_pages(SEED, lang, "summary"))
    head = flat(
        catalog(lang)
        .ngettext(
            "{n} more measure is listed in the full advice report, under the theme {themes}.",
            "{n} more measures are listed in the full advice report, by theme: {themes}.",
            2,
        )
        .split("{themes}")[0]
        .format(n=rest)
    )
    start = text.index(head)
    sentence = text[start : text.index(").", start) + 2]
    counts = [int(n) for n in re.findall(r"\((\d+)\)", sentence)]
    assert sum(counts) == rest
    themes = {r.theme_id for r in ranked[BRIEF_MEASURES:]}
    assert len(counts) == len(themes)
    for theme in checklist.themes:
        if theme.id in themes:
            n = sum(r.theme_id == theme.id for r in ranked[BRIEF_MEASURES:])
            assert f"{theme.title.get(lang)} ({n})" in sentence


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_open_points_say_how_many_are_dont_know_and_how_many_lack_a_basis(lang):
    # 25 open points of which only 2 are "don't know": the rest are risky answers whose basis
    # is not recorded. The count stays, split, with a note on why those count.
    a, checklist = scenario_assessment(SEED)
    result = score_assessment(a, checklist)
    assert (len(result.open_points), result.unknown_count, len(result.unsupported)) == (25, 2, 23)
    expected = {
        "nl": "25 open punten: 2 vragen met ‘weet niet’ en 23 risicovolle antwoorden zonder vastgelegde onderbouwing.",
        "en": "25 open points: 2 questions answered “don't know” and 23 risky answers with no recorded basis.",
    }[lang]
    note = flat(
        label(
            lang,
            "A risky answer with no recorded basis does count towards the verdict. It stays an open point as "
            "long as what it rests on is not recorded: a document, a conversation or a public source.",
        )
    )
    summary = " ".join(scenario_pages(SEED, lang, "summary"))
    full = " ".join(scenario_pages(SEED, lang))
    draft = word_text(render_word(a, checklist, lang))
    for text in (summary, full, draft):
        assert expected in text and note in text
    old = {"nl": "25 vragen zijn nog niet (met zekerheid) beantwoord", "en": "25 questions are not (reliably) answered"}[lang]
    assert old not in summary


def test_english_names_the_council_with_its_dutch_name_once():
    a, checklist = scenario_assessment(SEED)
    summary = scenario_pages(SEED, "en", "summary")[0]
    advice = summary[summary.index("The tie is dormant") : summary.index(label("en", "DRAFT") + ".")]
    assert advice.count("(gemeenteraad)") == 1 and "If the council chooses to continue" in advice
    # A province: the Provincial Council (Provinciale Staten) once, then its short name.
    province = replace(a.partnership, dutch_party_kind=DutchPartyKind.PROVINCE)
    text = " ".join(advice_paragraphs(score_assessment(a, checklist), province, "en"))
    assert text.count("(Provinciale Staten)") == 1 and "If the Provincial Council chooses" in text
    # Dutch needs no gloss and keeps its one name; "Provinciale Staten" is plural, so no
    # sentence makes it the subject of a singular verb ("Kiest Provinciale Staten").
    nl = " ".join(advice_paragraphs(score_assessment(a, checklist), a.partnership, "nl"))
    assert nl.count("de gemeenteraad") == 2 and "Valt de keuze van de gemeenteraad op voortzetting" in nl
    nl_province = " ".join(advice_paragraphs(score_assessment(a, checklist), province, "nl"))
    assert "Valt de keuze van Provinciale Staten op voortzetting" in nl_province and "Kiest Provinciale Staten" not in nl_province


# Each scenario in one language in the quick run, the other in the full run.
@pytest.mark.parametrize(
    ("path", "lang"),
    [
        pytest.param(COMMITMENT_UNKNOWN, "nl", id="commitment-unknown-nl"),
        pytest.param(COMMITMENT_UNKNOWN, "en", id="commitment-unknown-en", marks=pytest.mark.slow),
        pytest.param(ALL_UNKNOWN, "nl", id="all-unknown-nl", marks=pytest.mark.slow),
        pytest.param(ALL_UNKNOWN, "en", id="all-unknown-en"),
    ],
)
def test_an_open_red_flag_question_is_printed_once_on_a_page(path, lang):
    a, checklist = scenario_assessment(path)
    result = score_assessment(a, checklist)
    questions = [checklist.question(q) for q in open_red_flag_questions(checklist, result)]
    assert questions
    for variant in ("summary", "full"):
        rendered = scenario_pages(path, lang, variant)
        for question in questions:
            words = flat(question.text.get(lang))[:60]
            counts = [page.count(words) for page in rendered]
            assert max(counts) == 1, (variant, question.id, counts)
    draft = word_text(render_word(a, checklist, lang))
    for question in questions:
        assert draft.count(flat(question.text.get(lang))[:60]) == 1, question.id


@pytest.mark.parametrize("lang", ["nl", pytest.param("en", marks=pytest.mark.slow)])  # English: the same check, in the full run
def test_internal_actions_are_marked_in_the_word_draft_and_the_pdf(lang):
    a, checklist = scenario_assessment(SEED)
    first = measures(score_assessment(a, checklist), a.partnership)[0]
    a.actions = [
        Action("Contact-AIVD-accountmanager", owner="J. Jansen", internal=True),
        Action("Raad-informeren", owner="J. Jansen", due=dt.date(2027, 1, 31)),
        Action("Besluit voorbereiden", owner="J. Jansen", recommendation_id=first.id, internal=True),
    ]
    mark = label(lang, "internal")
    status = "open"
    document = docx.Document(io.BytesIO(render_word(a, checklist, lang)))
    rows = {r.cells[0].text: r.cells[-1].text for t in document.tables for r in t.rows}
    assert rows["Contact-AIVD-accountmanager"] == f"{status}, {mark}"
    assert rows["Raad-informeren"] == status
    linked = [r.cells[-1].text for t in document.tables for r in t.rows if r.cells[0].text == "1"]
    assert linked == [f"{status}, {mark}"], "a measure's internal action is marked too"
    full = " ".join(pages(render_report(a, checklist, lang)))
    plan = full[full.index(label(lang, "Action plan") + " ") :]
    assert re.search(rf"Contact-AIVD-accountmanager J\. Jansen – {status} {mark}", plan), plan[:300]
    assert "Raad-informeren J. Jansen 31" in plan and f"Raad-informeren J. Jansen 31-01-2027 {status} {mark}" not in plan
    # The public version leaves internal actions out, so it never shows the mark.
    public = " ".join(pages(render_report(a, checklist, lang, variant="public")))
    assert "Contact-AIVD-accountmanager" not in public


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", scenario_cases(keep=("02-prague-commitment", "05-seed-typical")))  # one red flag; many measures
def test_no_calibration_report_says_one_questions(path, lang):
    # "Deze 1 vragen" and "1 vragen met": counts of one read as one.
    text = " ".join(scenario_pages(path, lang)) + " ".join(scenario_pages(path, lang, "summary"))
    assert not re.search(r"\b1 (vragen|questions|open punten|open points|maatregelen|measures)\b", text)


def test_english_measures_use_the_short_name_after_the_advice():
    """Forty measures each saying "the municipal council (gemeenteraad)" bury the measures: the
    advice glosses the name once, the measures after it say "the council"."""
    a, checklist = scenario_assessment(SEED)
    full = " ".join(scenario_pages(SEED, "en"))
    assert full.count("(gemeenteraad)") <= 2  # the advice, and at most the summary's repeat of it
    every = [r for theme in checklist.themes for r in theme.recommendations]
    with_council = [r for r in every if "{council}" in r.text_for(a.partnership.is_signed).get("en")]
    assert with_council, "the shipped checklist names the council in its measures"
    text = measure_text(with_council[0], a.partnership, "en")
    assert "the council" in text and "(gemeenteraad)" not in text
    assert "de gemeenteraad" in measure_text(with_council[0], a.partnership, "nl")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_dormant_ties_measures_say_they_apply_if_it_is_revived(lang):
    """The advice on a dormant tie with a high risk asks first for the decision to end or revive
    it, and for the measures only if the council chooses to continue: the list of forty must not
    read as all due now. One sentence before the measures says so, in every document the
    council may read, and which measures (the decision itself) are needed either way."""
    a, checklist = scenario_assessment(SEED)
    result = score_assessment(a, checklist)
    assert (a.partnership.status, result.verdict) == (PartnershipStatus.DORMANT, Verdict.HIGH)
    ranked = measures(result, a.partnership)
    assert [r.id for r in ranked if "dormant" in r.lead_for] == [ranked[0].id] == ["exit-evaluation.decide-dormant"]
    sentence = {
        "nl": "Deze maatregelen gelden als de keuze van de gemeenteraad valt op het nieuw leven inblazen van de band; "
        "de eerste is ook nodig als de band wordt beëindigd.",
        "en": "These measures apply if the council chooses to revive the tie; the first is needed also if the tie is ended.",
    }[lang]
    assert measures_preface(result, a.partnership, lang) == sentence
    first = flat(measure_text(ranked[0], a.partnership, lang))[:50]
    for variant in ("full", "summary"):
        text = " ".join(pages(render_report(a, checklist, lang, variant=variant)))
        after = text[text.index(sentence) + len(sentence) :]
        assert text.count(sentence) == 1 and after.startswith(f" 1. {first}"), (variant, after[:80])
    draft = word_text(render_word(a, checklist, lang))
    assert draft.count(sentence) == 1 and draft.index(sentence) < draft.index(first)
    # Without a measure the checklist puts first, the sentence says only when the list applies.
    plain = replace(result, recommendations=tuple(r for r in ranked if not r.lead_for))
    assert measures_preface(plain, a.partnership, "en") == "These measures apply if the council chooses to revive the tie."
    # An active tie: its measures are due now, no such sentence.
    active = replace(a, partnership=replace(a.partnership, status=PartnershipStatus.ACTIVE))
    assert measures_preface(score_assessment(active, checklist), active.partnership, lang) is None
    assert sentence not in " ".join(pages(render_report(active, checklist, lang, variant="summary")))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_chart_says_that_breadth_counts_risk_themes_only(lang):
    """The seed's tie is high by breadth among others: 6 of the 8 risk themes are medium or high.
    A council member who counts all twelve themes against "half or more" must be told which four
    do not count (the housekeeping themes, at most medium)."""
    a, checklist = scenario_assessment(SEED)
    text = " ".join(scenario_pages(SEED, lang, "full"))
    housekeeping = [t for t in checklist.themes if t.kind == "governance"]
    risk_themes = {"nl": "van de 8 risicothema's middel of hoog", "en": "of the 8 risk themes are medium or high"}
    assert risk_themes[lang] in text
    assert ", ".join(flat(getattr(t.title, lang)) for t in housekeeping) in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_source_list_puts_no_second_stop_after_a_question_mark_or_n_d(lang):
    text = " ".join(scenario_pages(SEED, lang, "full"))
    sources = text[text.rindex(label(lang, "Sources")) :]
    assert "provincies? Instituut Clingendael" in sources
    assert "?." not in sources and "n.d.." not in sources
