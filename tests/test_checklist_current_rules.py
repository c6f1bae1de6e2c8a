"""The rules added with checklist 2026.2, held on the current checklist: one "don't know" per
question, Dutch wording, advice worded for a tie that already exists, calibration to scoring
model 2, answers that carry over by id."""

from __future__ import annotations

import re

import pytest
from shipped_content import (
    CURRENT,
    ENGLISH_IN_DUTCH,
    MANDATORY_THEMES,
    REPLACED_IN_2026_2,
    SHIPPED_FILES,
    SIGNING_WORDS,
    load_shipped,
)

from partnercheck.domain.assessment import Answer
from partnercheck.domain.checklist_loader import load_checklist
from partnercheck.domain.levels import Level
from partnercheck.domain.scoring import HIGH_SHARE, score_theme


@pytest.fixture(scope="module")
def current():
    return load_shipped(CURRENT)


def _dutch_texts(checklist):
    """Every Dutch text a user can see, with a key saying where it is."""
    yield "title", checklist.title.nl
    yield "description", checklist.description.nl
    for theme in checklist.themes:
        yield theme.id, theme.title.nl
        yield theme.id, theme.intro.nl
        for question in theme.questions:
            yield question.id, question.text.nl
            yield question.id, question.guidance.nl
            for option in question.options:
                yield f"{question.id}={option.value}", option.label.nl
        for rec in theme.recommendations:
            yield rec.id, rec.text.nl
            if rec.text_signed is not None:
                yield f"{rec.id} (signed)", rec.text_signed.nl
    for source in checklist.sources:
        yield source.code, source.note.nl


def test_current_checklist_is_format_2_with_its_content_date(current):
    assert current.version == CURRENT
    assert current.content_date == "2026-11-30"
    assert 58 <= len(current.questions) <= 62


def test_every_question_has_exactly_one_dont_know(current):
    for question in current.questions:
        unknown = [o for o in question.options if o.unknown]
        assert len(unknown) == 1, question.id
        assert not unknown[0].red_flag and unknown[0].risk >= 1, question.id


def test_mandatory_themes_exist(current):
    assert MANDATORY_THEMES <= {t.id for t in current.themes}


def test_the_descriptive_clingendael_report_backs_no_advice(current):
    s1 = current.source("S1")
    assert s1 is not None and not s1.advice
    assert any("S1" in q.sources for q in current.questions), "still cited for its facts"


def test_answers_carry_over_by_id_except_where_the_meaning_changed(current):
    previous = load_checklist(SHIPPED_FILES["2026.1"])
    ids = {q.id for q in current.questions}
    for question in previous.questions:
        if question.id in REPLACED_IN_2026_2:
            assert question.id not in ids, f"{question.id} changed meaning and needs a new id"
            assert REPLACED_IN_2026_2[question.id] in ids
        else:
            assert question.id in ids, question.id


def test_every_theme_can_reach_its_highest_level_with_plain_answers(current):
    """Under scoring model 2 a risk theme is high at 60 % of the sum of its questions' worst
    plain answers, a governance theme at most medium; with every question at its worst plain
    answer each reaches its highest level, so every theme has questions that can carry risk."""
    assert {t.id for t in current.themes if t.kind == "governance"} == {"purpose", "economics", "transparency", "exit-evaluation"}
    for theme in current.themes:
        worst = sum(q.highest_plain_risk for q in theme.questions)
        assert worst > 0, theme.id
        assert worst >= HIGH_SHARE * worst, theme.id
        answers = {q.id: Answer(max((o for o in q.options if not o.red_flag), key=lambda o: o.risk).value) for q in theme.questions}
        assert score_theme(theme, answers).level is (Level.HIGH if theme.kind == "risk" else Level.MEDIUM), theme.id


def test_cpaffc_role_is_graded_and_party_membership_alone_is_harmless(current):
    role = current.question("cpaffc.role")
    risks = {o.value: o.risk for o in role.options}
    assert risks["not-involved"] == 0
    assert risks["not-involved"] < risks["approval-only"] < risks["signatory-organiser"] < risks["funder"]
    posts = current.question("cpaffc.united-front-posts")
    assert posts.option("party-member-only").risk == 0
    assert posts.option("ufwd").risk == 3 and not posts.option("ufwd").red_flag


def test_diplomatic_principles_formula_is_a_risk_not_a_red_flag(current):
    formula = current.question("one-china.diplomatic-principles")
    assert not formula.has_red_flag
    assert formula.highest_plain_risk >= 2
    assert "S15" in formula.sources


def test_no_icp_contact_can_make_its_theme_high(current):
    icp = current.question("rvo-icp.icp-consulted")
    assert icp.option("not-consulted").risk == 3


def test_an_old_tie_is_asked_about_icp_china_since_it_exists_and_weighs_less(current):
    """A tie entered before ICP China existed (2020) could not consult it at the start: not
    having done so since is a real risk (2, a measure), not the 3 of a new tie decided blind."""
    icp = current.question("rvo-icp.icp-consulted")
    old, new = icp.option("not-since-2020-not-renewed"), icp.option("not-consulted")
    assert old is not None and new is not None
    assert (old.risk, new.risk) == (2, 3) and "rvo-icp.consult-icp" in old.recommendations
    assert "2020" in old.label.nl and "2020" in old.label.en
    rvo = current.theme("rvo-icp")
    # A proposed tie that skipped ICP China and the posts, without VNG sessions: high; the same
    # gaps in an old tie: medium.
    gaps = {"rvo-icp.posts-informed": "no", "rvo-icp.national-material": "yes", "rvo-icp.vng-sessions": "no", "rvo-icp.voluntary-notice": "yes"}
    for value, level in (("not-consulted", Level.HIGH), ("not-since-2020-not-renewed", Level.MEDIUM)):
        answers = {qid: Answer(v) for qid, v in {**gaps, "rvo-icp.icp-consulted": value}.items()}
        assert score_theme(rvo, answers).level is level, value


def test_a_cancellation_at_the_chinese_sides_request_is_the_pressure_red_flag(current):
    yielded = current.question("human-rights.yielded")
    on_request = yielded.option("on-request")
    assert on_request is not None and on_request.red_flag and on_request.risk == 3
    assert "human-rights.report-pressure" in on_request.recommendations
    # Given up unasked, as a precaution: a risk, not a red flag.
    assert not yielded.option("cancelled-unasked").red_flag and yielded.option("cancelled-unasked").risk == 3
    assert not yielded.option("toned-down-unasked").red_flag and yielded.option("toned-down-unasked").risk == 2
    theme = current.theme("human-rights")
    assert score_theme(theme, {"human-rights.yielded": Answer("on-request")}).level is Level.HIGH


def test_the_scale_question_is_housekeeping_that_weighs_no_other_answer(current):
    """Scale is context: a governance question (at most medium, not counted for breadth), with
    safeguards that fit the size, and no option below a programme carries any risk."""
    scale = current.question("purpose.scale")
    assert scale.theme_id == "purpose" and current.theme("purpose").kind == "governance"
    risks = {o.value: o.risk for o in scale.options}
    assert risks == {"symbolic": 0, "modest": 0, "programme": 1, "extensive": 2, "unknown": 2}
    assert not scale.has_red_flag and scale.inferred
    for value in ("programme", "extensive"):
        assert scale.option(value).recommendations == ("purpose.scale-safeguards",)


def test_dutch_wording(current):
    for key, text in _dutch_texts(current):
        if not text:
            continue
        for match in re.finditer(r"Eén-China", text):
            before = text[: match.start()].rstrip()
            assert not before or before[-1] in ".!?:'\"(", f"{key}: 'het één-Chinabeleid' mid-sentence"
        # The Party's department keeps its own name, explained once per text; "Werkdepartement
        # Verenigd Front" is no established Dutch name.
        if "United Front Work Department" in text:
            assert "United Front Work Department (UFWD)" in text, key
        assert "Werkdepartement Verenigd Front" not in text, key
        # The Chinese Foreign Affairs Office is never a "Bureau voor Buitenlandse Zaken", and a
        # bare "Buitenlandse Zaken" is ambiguous next to it: the Dutch side is always the ministry.
        if "Foreign Affairs Office" in text:
            assert "Foreign Affairs Office (waiban)" in text, key
        assert not re.search(r"Bureau (voor )?Buitenlandse Zaken", text), key
        bare = re.search(r"(?<!inisterie van )(?<!inister van )Buitenlandse Zaken", text)
        assert not bare, f"{key}: 'het ministerie van Buitenlandse Zaken', not a bare 'Buitenlandse Zaken'"
        assert not ENGLISH_IN_DUTCH.search(text), f"{key}: {ENGLISH_IN_DUTCH.search(text).group()}"


def test_advice_about_signing_has_a_text_for_an_existing_tie(current):
    for theme in current.themes:
        for rec in theme.recommendations:
            if SIGNING_WORDS.search(rec.text.nl):
                assert rec.text_signed is not None, rec.id
                assert rec.text_signed.nl and rec.text_signed.en, rec.id
                assert rec.text_signed.nl != rec.text.nl and rec.text_signed.en != rec.text.en, rec.id


def test_signed_one_china_advice_follows_prague(current):
    remove = current.recommendation("one-china.remove-clause")
    assert remove.text_signed is not None
    assert "schriftelijk" in remove.text_signed.nl and "beëindig" in remove.text_signed.nl
    assert "Buitenlandse Zaken" in remove.text_signed.nl


def test_dormant_tie_advice_leads_with_ending_or_reviving(current):
    dormant = current.question("exit-evaluation.dormant")
    recs = {r for o in dormant.options for r in o.recommendations}
    for rec_id in recs:
        text = current.recommendation(rec_id).text.nl
        assert text.startswith("Besluit"), rec_id
        assert "beëindig" in text.split(":")[0] and "nieuw leven" in text.split(":")[0], rec_id


def test_measures_name_the_assessments_own_government(current):
    """A measure is advice to one municipality or one province: it says {self} and {council},
    which the report fills in, never "de gemeente of provincie" or "de raad" (a province has
    Provinciale Staten)."""
    generic = re.compile(r"gemeente of provincie|\bde raad\b|municipality or province|municipality's|\bmunicipal\b")
    for theme in current.themes:
        for rec in theme.recommendations:
            for label, text in (("text", rec.text), ("text_signed", rec.text_signed)):
                if text is not None:
                    for lang in ("nl", "en"):
                        assert not generic.search(text.get(lang)), (rec.id, label, lang, text.get(lang))


def test_a_measure_fits_the_answers_that_trigger_it(current):
    """No measure asks for what another answer of the same assessment says is done: missing
    values work (purpose.values) gets the values plan, not the human-rights dialogue plan, which
    its own question (human-rights.raised) triggers."""
    values_no = current.question("purpose.values").option("no")
    assert values_no.recommendations == ("purpose.values-plan",)


def test_a_renewal_since_icp_china_existed_counts_as_a_new_decision(current):
    """Zuid-Holland renewed its tie with Hebei (since 2007) for 2021-2025: a renewal decided after
    ICP China existed is a new decision, and skipping ICP China there is the serious answer, not
    the milder one for an old tie that has not been discussed since."""
    question = current.question("rvo-icp.icp-consulted")
    old, new = question.option("not-since-2020-not-renewed"), question.option("not-consulted")
    assert "niet verlengd of uitgebreid" in old.label.nl and "not been renewed or extended" in old.label.en
    assert "verlenging of uitbreiding die sinds 2020" in new.label.nl and "decided since 2020" in new.label.en
    assert (old.risk, new.risk) == (2, 3)
