"""What users rely on in the shipped checklists, on every shipped version.

These tests read the files PartnerCheck ships, not fixtures, so an edit to the data that
breaks a promise (a missing theme, an untranslated text, a risky answer without advice)
fails here before it reaches a municipality. The rules added with 2026.2 (one "don't know"
per question, Dutch wording, wording for a tie that already exists, calibration to scoring
model 2) run on the current version in test_checklist_current_rules.py; the reference
partnerships in test_reference_content.py.
"""

from __future__ import annotations

import pytest
from shipped_content import (
    CURRENT,
    MANDATORY_THEMES,
    ONE_CHINA_RED_FLAG,
    RED_FLAG_QUESTIONS,
    SHIPPED_FILES,
    SOURCE_CLAIMS,
    SOURCE_CODES,
    UNKNOWN_VALUES,
    load_shipped,
)


@pytest.fixture(scope="module", params=sorted(SHIPPED_FILES), ids=lambda v: f"checklist-{v}")
def checklist(request):
    return load_shipped(request.param)


@pytest.fixture(scope="module")
def current():
    return load_shipped(CURRENT)


def test_shipped_checklist_has_the_mandatory_themes_and_enough_questions(checklist):
    theme_ids = {t.id for t in checklist.themes}
    assert MANDATORY_THEMES <= theme_ids
    assert len(checklist.themes) >= 10
    assert len(checklist.questions) >= 40
    for theme in checklist.themes:
        assert 3 <= len(theme.questions) <= 6, theme.id
        assert theme.intro.nl and theme.intro.en, theme.id


def test_question_ids_belong_to_their_theme(checklist):
    for theme in checklist.themes:
        for question in theme.questions:
            assert question.id.startswith(f"{theme.id}."), question.id
        for rec in theme.recommendations:
            assert rec.id.startswith(f"{theme.id}."), rec.id


def test_every_question_explains_why_it_matters(checklist):
    for question in checklist.questions:
        assert len(question.guidance.nl.split()) >= 20, question.id
        assert len(question.guidance.en.split()) >= 20, question.id
        # Readable on screen: no essay-length guidance.
        assert len(question.guidance.nl.split()) <= 100, question.id
        assert len(question.guidance.en.split()) <= 100, question.id


def test_nearly_every_question_offers_dont_know_as_a_risk(checklist):
    with_unknown = [q for q in checklist.questions if any(o.value in UNKNOWN_VALUES for o in q.options)]
    assert len(with_unknown) >= 0.9 * len(checklist.questions)
    for question in with_unknown:
        unknown = next(o for o in question.options if o.value in UNKNOWN_VALUES)
        assert unknown.risk >= 1, question.id
        assert not unknown.red_flag, question.id


def test_one_china_clause_is_a_red_flag(checklist):
    clause = checklist.question(ONE_CHINA_RED_FLAG[checklist.version])
    assert clause is not None
    yes = clause.option("yes")
    assert yes is not None and yes.red_flag and yes.risk == 3
    harmless = clause.option("no")
    assert harmless is not None and harmless.risk == 0 and not harmless.red_flag


def test_red_flags_stay_few_and_on_their_questions(checklist):
    flagged = {q.id for q in checklist.questions if any(o.red_flag for o in q.options)}
    assert RED_FLAG_QUESTIONS[checklist.version] <= flagged
    assert len(flagged) <= 5


def test_every_risky_answer_triggers_advice(checklist):
    for question in checklist.questions:
        for option in question.options:
            if option.risk >= 1:
                assert option.recommendations, f"{question.id}={option.value}"
                for rec_id in option.recommendations:
                    assert checklist.recommendation(rec_id) is not None, rec_id


def test_every_recommendation_is_reachable(checklist):
    used = {r for q in checklist.questions for o in q.options for r in o.recommendations}
    for theme in checklist.themes:
        for rec in theme.recommendations:
            assert rec.id in used, rec.id


def test_inferred_questions_do_not_attribute_their_advice_to_a_source(checklist):
    inferred = [q for q in checklist.questions if q.inferred]
    assert inferred, "the brief marks several points as inferred"
    for question in inferred:
        for text in (question.guidance.nl, question.guidance.en):
            assert not SOURCE_CLAIMS.search(text), question.id


def test_advice_only_inferred_questions_trigger_cites_no_source(current):
    triggers: dict[str, set[bool]] = {}
    for question in current.questions:
        for option in question.options:
            for rec_id in option.recommendations:
                triggers.setdefault(rec_id, set()).add(question.inferred)
    for rec_id, inferred in triggers.items():
        if inferred == {True}:
            assert current.recommendation(rec_id).sources == (), rec_id


def test_dutch_and_english_texts_are_both_written(checklist):
    pairs = [("title", checklist.title)]
    pairs += [(t.id, t.title) for t in checklist.themes]
    pairs += [(t.id, t.intro) for t in checklist.themes]
    pairs += [(q.id, q.text) for q in checklist.questions]
    pairs += [(q.id, q.guidance) for q in checklist.questions]
    pairs += [(r.id, r.text) for t in checklist.themes for r in t.recommendations]
    for key, text in pairs:
        assert text.nl and text.en, key
        assert text.nl.strip().casefold() != text.en.strip().casefold(), key


def test_all_cited_sources_are_described(checklist):
    codes = {s.code for s in checklist.sources}
    assert SOURCE_CODES[checklist.version] <= codes
    for source in checklist.sources:
        assert source.title and source.publisher and source.date, source.code


def test_every_described_source_is_cited(checklist):
    cited = {code for q in checklist.questions for code in q.sources}
    cited |= {code for t in checklist.themes for r in t.recommendations for code in r.sources}
    assert {s.code for s in checklist.sources} - cited <= {"S22"}  # 2026.1 listed S22 unused


def test_no_recommendation_rests_on_a_descriptive_source(checklist):
    descriptive = {s.code for s in checklist.sources if not s.advice}
    for theme in checklist.themes:
        for rec in theme.recommendations:
            assert not descriptive & set(rec.sources), rec.id
