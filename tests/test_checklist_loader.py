"""The loader refuses a broken checklist file with the file and the key that is wrong."""

from __future__ import annotations

import copy
import tomllib

import pytest

from partnercheck.domain.checklist_loader import ChecklistError, load_checklist, parse_checklist
from partnercheck.resources import checklist_dir

SHIPPED = checklist_dir() / "china-partnerships-2026.1.toml"
CURRENT = checklist_dir() / "china-partnerships-2026.5.toml"


@pytest.fixture
def data():
    return tomllib.loads(SHIPPED.read_text(encoding="utf-8"))


def first_question(d):
    return d["themes"][0]["questions"][0]


def error_for(d) -> ChecklistError:
    with pytest.raises(ChecklistError) as info:
        parse_checklist(d, "edited.toml")
    assert str(info.value).startswith("edited.toml: ")
    return info.value


@pytest.mark.parametrize("path", [SHIPPED, CURRENT], ids=lambda p: p.stem)
def test_shipped_checklist_loads_with_id_version_and_both_languages(path):
    checklist = load_checklist(path)
    assert checklist.id == "china-partnerships"
    assert checklist.version
    for question in checklist.questions:
        assert question.text.nl and question.text.en
        assert question.guidance.nl and question.guidance.en
        for option in question.options:
            assert option.label.nl and option.label.en


@pytest.mark.parametrize(
    ("edit", "key", "words"),
    [
        (lambda d: d.update(format="something-else"), "format", "partnercheck-checklist"),
        (lambda d: d.update(format_version=99), "format_version", "newer"),
        (lambda d: d.pop("id"), "id", "non-empty"),
        (lambda d: d.update(id="Not An Id"), "id", "not a valid id"),
        (lambda d: d.pop("title_en"), "title_en", "non-empty"),
        (lambda d: first_question(d).pop("text_nl"), "themes[0].questions[0].text_nl", "non-empty"),
        (lambda d: first_question(d)["options"][0].update(risk=7), "themes[0].questions[0].options[0].risk", "0 to 3"),
        (lambda d: first_question(d)["options"][0].update(risk="high"), "themes[0].questions[0].options[0].risk", "0 to 3"),
        (lambda d: first_question(d)["options"][1].update(red_flag="yes"), "themes[0].questions[0].options[1].red_flag", "true or false"),
        (lambda d: first_question(d)["options"][1].update(recommend=["nope"]), "themes[0].questions[0].options[1].recommend", "'nope'"),
        (lambda d: first_question(d).update(sources=["S999"]), "themes[0].questions[0].sources", "'S999'"),
        (lambda d: first_question(d).update(options=first_question(d)["options"][:1]), "themes[0].questions[0].options", "two options"),
        (
            lambda d: [o.update(risk=max(o["risk"], 1)) for o in first_question(d)["options"]],
            "themes[0].questions[0].options",
            "risk 0",
        ),
        (
            lambda d: first_question(d)["options"][1].update(red_flag=True, risk=1),
            "themes[0].questions[0].options[1].risk",
            "highest risk",
        ),
        (lambda d: d["themes"].append(copy.deepcopy(d["themes"][0])), "themes.id", "used twice"),
        (lambda d: d["themes"][0].pop("questions"), "themes[0].questions", "non-empty list"),
        (lambda d: d.update(sources="S1"), "sources", "non-empty list"),
        (lambda d: [o.update(unknown=True) for o in first_question(d)["options"]], "themes[0].questions[0].options", "more than one"),
        (lambda d: first_question(d)["options"][1].update(unknown="yes"), "themes[0].questions[0].options[1].unknown", "true or false"),
        (lambda d: d.update(format_version=2), "content_date", "non-empty"),
        (lambda d: d.update(content_date="30-11-2026"), "content_date", "not a date"),
        (lambda d: d["sources"][0].update(advice=False), "themes[0].recommendations[0].sources", "advice = false"),
        (
            lambda d: d["themes"][0]["recommendations"][0].update(text_signed_nl="x"),
            "themes[0].recommendations[0].text_signed_en",
            "both Dutch and English",
        ),
    ],
)
def test_broken_checklist_names_the_key(data, edit, key, words):
    edit(data)
    error = error_for(data)
    assert error.key == key
    assert words in error.message


def test_unreadable_and_malformed_files_name_the_file(tmp_path):
    missing = tmp_path / "missing.toml"
    with pytest.raises(ChecklistError, match="missing.toml: cannot be read"):
        load_checklist(missing)
    bad = tmp_path / "bad.toml"
    bad.write_text('format = "partnercheck-checklist"\nid = [unclosed\n', encoding="utf-8")
    with pytest.raises(ChecklistError, match="bad.toml: is not valid TOML"):
        load_checklist(bad)
    latin = tmp_path / "latin.toml"
    latin.write_bytes('title_nl = "caf\xe9"'.encode("latin-1"))
    with pytest.raises(ChecklistError, match="latin.toml: is not UTF-8"):
        load_checklist(latin)


def test_multiline_texts_are_folded_into_paragraphs(data):
    first_question(data)["guidance_en"] = "First line\n  continues here.\n\nSecond paragraph."
    checklist = parse_checklist(data, "x.toml")
    assert checklist.questions[0].guidance.en == "First line continues here.\n\nSecond paragraph."


def _red_flag_question(d):
    for t, theme in enumerate(d["themes"]):
        for q, question in enumerate(theme["questions"]):
            if any(o.get("red_flag") for o in question["options"]):
                return f"themes[{t}].questions[{q}]", question
    raise AssertionError("the shipped checklist has red flags")


def test_dont_know_on_a_red_flag_question_must_carry_risk_two_or_more(data):
    """Scoring keeps such a theme at least medium; with a lower risk that rule could make a
    riskier answer lower the level."""
    key, question = _red_flag_question(data)
    index, option = next((i, o) for i, o in enumerate(question["options"]) if o.get("unknown"))
    option["risk"] = 1
    error = error_for(data)
    assert error.key == f"{key}.options[{index}].risk" and "risk 2" in error.message


def test_format_2_fields_are_read(data):
    data.update(format_version=2, content_date="2026-11-30")
    rec = data["themes"][0]["recommendations"][0]
    rec.update(text_signed_nl="Voor een bestaande band", text_signed_en="For an existing tie")
    checklist = parse_checklist(data, "x.toml")
    assert checklist.content_date == "2026-11-30"
    first = checklist.themes[0].recommendations[0]
    assert first.text_for(signed=True).en == "For an existing tie"
    assert first.text_for(signed=False) == first.text
    assert all(sum(o.unknown for o in q.options) <= 1 for q in checklist.questions)


@pytest.fixture
def current():
    return tomllib.loads(CURRENT.read_text(encoding="utf-8"))


def _recommendation(d, rec_id):
    for theme in d["themes"]:
        for rec in theme.get("recommendations", []):
            if rec["id"] == rec_id:
                return rec
    raise KeyError(rec_id)


def test_format_2_needs_a_content_date(current):
    current.pop("content_date")
    assert error_for(current).key == "content_date"
    current["content_date"] = "30-11-2026"
    assert "not a date" in error_for(current).message


def test_a_descriptive_source_cannot_back_advice(current):
    _recommendation(current, "cpaffc.map-bodies")["sources"].append("S1")
    error = error_for(current)
    assert error.key.endswith(".sources") and "advice = false" in error.message


def test_at_most_one_dont_know_and_never_a_red_flag(current):
    options = first_question(current)["options"]
    options[1]["unknown"] = True  # the last option is already the "don't know"
    assert "more than one option unknown" in error_for(current).message
    options[1].pop("unknown")
    options[-1].update(red_flag=True, risk=3)
    assert error_for(current).key.endswith(".unknown")


def test_wording_for_an_existing_tie_needs_both_languages(current):
    _recommendation(current, "one-china.remove-clause").pop("text_signed_en")
    error = error_for(current)
    assert error.key.endswith("text_signed_en") and "both Dutch and English" in error.message


def test_a_measure_may_name_only_known_placeholders(current):
    rec = _recommendation(current, "cpaffc.map-bodies")
    rec["text_en"] = rec["text_en"] + " Tell {the_mayor}."
    error = error_for(current)
    assert error.key.endswith("text_en") and "{the_mayor} is not a placeholder" in error.message
