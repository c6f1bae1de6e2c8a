"""What users rely on in the shipped content: the checklists and the reference partnerships.

These tests read the files PartnerCheck ships, not fixtures, so an edit to the data that
breaks a promise (a missing theme, an untranslated text, a risky answer without advice)
fails here before it reaches a municipality. The general rules run on every shipped checklist
version; the rules added with 2026.2 (one "don't know" per question, Dutch wording, wording for
a tie that already exists, calibration to scoring model 2) run on 2026.2 and later.
"""

from __future__ import annotations

import re
import tomllib

import pytest

from partnercheck.domain.assessment import Answer
from partnercheck.domain.checklist_loader import load_checklist
from partnercheck.domain.levels import Level
from partnercheck.domain.scoring import HIGH_SHARE, score_theme
from partnercheck.resources import checklist_dir, reference_file

SHIPPED_FILES = {
    "2026.1": checklist_dir() / "china-partnerships-2026.1.toml",
    "2026.2": checklist_dir() / "china-partnerships-2026.2.toml",
    "2026.3": checklist_dir() / "china-partnerships-2026.3.toml",
    "2026.4": checklist_dir() / "china-partnerships-2026.4.toml",
}
CURRENT = "2026.4"
MANDATORY_THEMES = {"cpaffc", "one-china", "human-rights", "rvo-icp"}
UNKNOWN_VALUES = {"unknown"}

# Per version: the question holding the One-China red flag, all red-flag questions, and the
# source codes that must be described.
ONE_CHINA_RED_FLAG = {"2026.1": "one-china.clause"} | dict.fromkeys(("2026.2", "2026.3", "2026.4"), "one-china.commitment")
RED_FLAG_QUESTIONS = {
    "2026.1": {"one-china.clause", "one-china.contact-limits", "human-rights.pressure"},
    "2026.2": {"one-china.commitment", "one-china.contact-limits", "human-rights.pressure"},
}
RED_FLAG_QUESTIONS["2026.3"] = RED_FLAG_QUESTIONS["2026.2"]
# 2026.4: giving in to a request from the Chinese side is the pressure red flag as well.
RED_FLAG_QUESTIONS["2026.4"] = RED_FLAG_QUESTIONS["2026.2"] | {"human-rights.yielded"}
SOURCE_CODES = {
    "2026.1": {"SEED", "S1", "S2", "S3", "S4"} | {f"S{i}" for i in range(6, 24)},
    "2026.2": {"SEED", "S1", "S2", "S3", "S4", "S6", "S7", "S8", "S9a", "S9b", "S9c"}
    | {f"S{i}" for i in range(10, 22)}
    | {"S23", "S24", "S27", "S28", "S29", "S30", "S31"},
}
SOURCE_CODES["2026.3"] = SOURCE_CODES["2026.2"]  # 2026.3 changes wording only
SOURCE_CODES["2026.4"] = SOURCE_CODES["2026.2"] | {"S32"}  # Breda's own account, for the scale question
# 2026.1 question ids that 2026.2 replaced because their meaning changed (answers do not carry
# over): Party membership alone no longer counts; the One-China question was split.
REPLACED_IN_2026_2 = {"cpaffc.party-posts": "cpaffc.united-front-posts", "one-china.clause": "one-china.commitment"}

# Phrases with which a guidance text would attribute advice to a source. An inferred
# question may state facts, but must not present its advice as a source's.
SOURCE_CLAIMS = re.compile(
    r"\b(volgens|according to|adviseert|advises|raadt aan|recommends|beveelt|"
    r"schrijft voor|prescribes that|the source says|de bron zegt)\b",
    re.IGNORECASE,
)
# Dutch words that speak of signing or accepting: such advice needs a text for a tie that
# already exists.
SIGNING_WORDS = re.compile(r"\b(onderteken\w*|teken|tekenen|aanvaarding|aanvaard)\b", re.IGNORECASE)
# English terms with a Dutch word that the Dutch texts must use instead.
ENGLISH_IN_DUTCH = re.compile(r"dual[ -]use|smart[ -]city|\baward|health campus", re.IGNORECASE)

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


@pytest.fixture(scope="module", params=sorted(SHIPPED_FILES), ids=lambda v: f"checklist-{v}")
def checklist(request):
    loaded = load_checklist(SHIPPED_FILES[request.param])
    assert loaded.version == request.param
    return loaded


@pytest.fixture(scope="module")
def current():
    return load_checklist(SHIPPED_FILES[CURRENT])


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


# ---------------------------------------------------------------------------------------
# Rules added with checklist 2026.2
# ---------------------------------------------------------------------------------------


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
    old, new = icp.option("not-since-2020"), icp.option("not-consulted")
    assert old is not None and new is not None
    assert (old.risk, new.risk) == (2, 3) and "rvo-icp.consult-icp" in old.recommendations
    assert "2020" in old.label.nl and "2020" in old.label.en
    rvo = current.theme("rvo-icp")
    # A proposed tie that skipped ICP China and the posts, without VNG sessions: high; the same
    # gaps in an old tie: medium.
    gaps = {"rvo-icp.posts-informed": "no", "rvo-icp.national-material": "yes", "rvo-icp.vng-sessions": "no", "rvo-icp.voluntary-notice": "yes"}
    for value, level in (("not-consulted", Level.HIGH), ("not-since-2020", Level.MEDIUM)):
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
