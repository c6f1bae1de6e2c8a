"""The register of fields that hold personal data: what it finds in an assessment, and that
the privacy statement for the privacy officer names every field it marks."""

from __future__ import annotations

import re
from pathlib import Path

from partnercheck.domain.assessment import Action, Answer
from partnercheck.domain.interchange import to_document
from partnercheck.domain.personal_data import FIELDS, HISTORY_ACTOR, Whose, may_name_third_parties, officials_in, personal_data_in

DOCS = Path(__file__).resolve().parent.parent / "docs" / "privacy.md"


def test_finds_officials_and_free_text_that_may_name_third_parties(new_assessment):
    first_question = next(iter(new_assessment_questions(new_assessment)))
    new_assessment.answers[first_question] = Answer("yes", "Gesproken met mevrouw L. (Oeigoerse Vereniging)")
    new_assessment.actions.append(Action("Raadpleeg Amnesty", owner="J. Jansen"))
    new_assessment.approved_by = "B. Bakker"
    found = {item.path: item for item in personal_data_in(new_assessment)}

    assert found["assessor"].whose is Whose.OFFICIAL
    assert found[f"answers.{first_question}.note"].whose is Whose.THIRD_PARTY and found[f"answers.{first_question}.note"].free_text
    assert found["actions.0.owner"].value == "J. Jansen"
    assert found["actions.0.text"].whose is Whose.THIRD_PARTY
    assert officials_in(new_assessment) == ["A. de Vries", "J. Jansen", "B. Bakker"]
    assert may_name_third_parties(new_assessment)


def test_an_empty_assessment_names_no_third_party(new_assessment):
    new_assessment.assessor = ""
    assert personal_data_in(new_assessment) == []
    assert not may_name_third_parties(new_assessment)


def test_every_marked_field_exists_in_the_interchange_file(new_assessment):
    """A renamed field would leave the register marking nothing."""
    new_assessment.actions.append(Action("x", owner="y"))
    new_assessment.answers["q"] = Answer(None, "n")
    doc = to_document(new_assessment)
    for field in FIELDS:
        node = doc
        for part in field.path.split("."):
            node = (node[0] if isinstance(node, list) else next(iter(node.values()))) if part == "*" else node[part]


def test_the_privacy_statement_names_every_marked_field():
    text = DOCS.read_text(encoding="utf-8")
    named = set(re.findall(r"^\| `([a-z_.*]+)`", text, flags=re.MULTILINE))
    assert {f.path for f in FIELDS} | {HISTORY_ACTOR.path} <= named


def new_assessment_questions(assessment):
    from partnercheck.services.workspace import checklist_library

    checklist = checklist_library().get(assessment.checklist_id, assessment.checklist_version)
    return [q.id for theme in checklist.themes for q in theme.questions]
