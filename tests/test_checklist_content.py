"""What users rely on in the shipped content: the checklist and the reference partnerships.

These tests read the files PartnerCheck ships, not fixtures, so an edit to the data that
breaks a promise (a missing theme, an untranslated text, a risky answer without advice)
fails here before it reaches a municipality.
"""

from __future__ import annotations

import re
import tomllib

import pytest

from partnercheck.domain.checklist_loader import load_checklist
from partnercheck.resources import checklist_dir, reference_file

SHIPPED = checklist_dir() / "china-partnerships-2026.1.toml"
MANDATORY_THEMES = {"cpaffc", "one-china", "human-rights", "rvo-icp"}
UNKNOWN_VALUES = {"unknown"}

# Phrases with which a guidance text would attribute advice to a source. An inferred
# question may state facts, but must not present its advice as a source's.
SOURCE_CLAIMS = re.compile(
    r"\b(volgens|according to|adviseert|advises|raadt aan|recommends|beveelt|"
    r"schrijft voor|prescribes that|the source says|de bron zegt)\b",
    re.IGNORECASE,
)

PROVINCIAL_TIES = {
    ("Provincie Drenthe", "Shaanxi"),
    ("Provincie Flevoland", "Zhejiang"),
    ("Provincie Fryslân", "Sichuan"),
    ("Provincie Fryslân", "Heilongjiang"),
    ("Provincie Gelderland", "Fujian"),
    ("Provincie Gelderland", "Hubei"),
    ("Provincie Gelderland", "Shandong"),
    ("Provincie Groningen", "Shaanxi"),
    ("Provincie Groningen", "Hunan"),
    ("Provincie Limburg", "Sichuan"),
    ("Provincie Noord-Brabant", "Jiangsu"),
    ("Provincie Noord-Holland", "Shandong"),
    ("Provincie Overijssel", "Liaoning"),
    ("Provincie Utrecht", "Guangdong"),
    ("Provincie Zuid-Holland", "Hebei"),
    ("Provincie Zuid-Holland", "Shanghai Pudong"),
}


@pytest.fixture(scope="module")
def checklist():
    return load_checklist(SHIPPED)


@pytest.fixture(scope="module")
def reference():
    return tomllib.loads(reference_file().read_text(encoding="utf-8"))


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
    clause = checklist.question("one-china.clause")
    assert clause is not None
    yes = clause.option("yes")
    assert yes is not None and yes.red_flag and yes.risk == 3
    harmless = clause.option("no")
    assert harmless is not None and harmless.risk == 0 and not harmless.red_flag


def test_red_flags_stay_few_and_on_their_questions(checklist):
    flagged = {q.id for q in checklist.questions if any(o.red_flag for o in q.options)}
    assert {"one-china.clause", "one-china.contact-limits", "human-rights.pressure"} <= flagged
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
    assert {"SEED", "S1", "S2", "S3", "S4"} | {f"S{i}" for i in range(6, 24)} <= codes
    for source in checklist.sources:
        assert source.title and source.publisher and source.date, source.code


def test_reference_lists_every_provincial_tie_with_valid_values(reference):
    assert reference["format"] == "partnercheck-reference"
    assert reference["format_version"] == 1
    entries = reference["partnerships"]
    found = {(e["dutch_party"], e["counterpart"]) for e in entries}
    assert PROVINCIAL_TIES <= found
    for e in entries:
        key = f"{e['dutch_party']} – {e['counterpart']}"
        assert e["dutch_party_kind"] in {"municipality", "province"}, key
        prefix = "Provincie " if e["dutch_party_kind"] == "province" else "Gemeente "
        assert e["dutch_party"].startswith(prefix), key
        assert e["counterpart_kind"] in {"city", "province", "district"}, key
        assert e["status"] in {"proposed", "active", "dormant", "ended", "unknown"}, key
        if "since" in e:
            assert isinstance(e["since"], int) and 1949 <= e["since"] <= 2030, key
        assert ("note_nl" in e) == ("note_en" in e), key
        assert e["source"] and e["as_of"], key


def test_reference_sources_are_in_the_bibliography(checklist, reference):
    codes = {s.code for s in checklist.sources}
    own = {s["code"]: s for s in reference.get("sources", [])}
    assert not (codes & set(own)), "a reference-only source reuses a bibliography code"
    for source in own.values():
        assert source["title"] and source["publisher"] and source["date"], source["code"]
    for e in reference["partnerships"]:
        assert e["source"] in codes | set(own), e["source"]


def test_reference_as_of_matches_the_source_date(checklist, reference):
    """as_of is the date the cited source published the fact: no more precise than that source."""
    dates = {s.code: s.date for s in checklist.sources} | {s["code"]: s["date"] for s in reference.get("sources", [])}
    for e in reference["partnerships"]:
        key = f"{e['dutch_party']} – {e['counterpart']}"
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["as_of"]), key
        assert e["as_of"] == dates[e["source"]], (key, e["as_of"], dates[e["source"]])


def test_reference_file_loads_in_the_app(reference):
    from partnercheck.domain.reference import load_reference

    known = load_reference(reference_file())
    assert len(known) == len(reference["partnerships"])
