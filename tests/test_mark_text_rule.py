"""`partnercheck mark` (an action internal or public, a note public or internal) writes through
the same plain-text rule as every other write of an action or a note (domain.plain_text,
services.answers): an action or note stored before the rule with a control character or a
direction override is refused, naming the field and the position, and nothing changes, until
its text is corrected. The window marks notes through the same service. The other commands
for the report's audiences hold their texts to the rule too: a role (printed instead of a name
in the public version) and a publication decision's name and weighing."""

from __future__ import annotations

import sqlite3

import pytest

from partnercheck.domain.assessment import Action, Answer
from partnercheck.domain.plain_text import TextRefused
from partnercheck.services import answers

ESC, RLO = "\x1b", "\u202e"


@pytest.fixture
def legacy(store, new_assessment, library, db_path):
    """An assessment with an action and a note whose texts an older PartnerCheck stored with a
    refused character (written here straight into the file, as that version did)."""
    question = library.active.questions[0]
    assessment_id = store.create(new_assessment)
    answers.save_answer(store, assessment_id, question.id, Answer(question.options[0].value, "Zie bijlage"), None)
    answers.add_action(store, assessment_id, Action("Raad informeren"))
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE action SET text = ? WHERE assessment_id = ?", [f"Raad {ESC}[31minformeren", assessment_id])
        conn.execute("UPDATE answer SET note = ? WHERE assessment_id = ?", [f"Zie {RLO}egaljib", assessment_id])
    conn.close()
    return assessment_id, question.id


def _snapshot(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return (
            conn.execute("SELECT text, internal FROM action").fetchall(),
            conn.execute("SELECT note, note_public FROM answer").fetchall(),
            conn.execute("SELECT count(*) FROM history").fetchone()[0],
            conn.execute("SELECT updated FROM assessment").fetchall(),
        )
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "partnercheck mark: assessment 1, action 1: text: contains a control character (U+001B) at position 6; a text may "
            "hold line breaks and tabs but no other control characters or direction overrides; correct the action first, "
            "nothing was changed\n",
        ),
        (
            "nl",
            "partnercheck mark: beoordeling 1, actie 1: text: bevat een besturingsteken (U+001B) op positie 6; een tekst mag "
            "regeleinden en tabs bevatten, maar geen andere besturingstekens of tekstrichtingstekens; verbeter eerst de actie, "
            "er is niets gewijzigd\n",
        ),
    ],
)
def test_marking_an_action_holding_a_refused_character_is_refused(run, legacy, db_path, lang, expected):
    before = _snapshot(db_path)
    code, out, err = run("mark", "1", "--action", "1", "internal", "--lang", lang)
    assert (code, out) == (2, "")
    assert err.startswith(expected) and err.count("\n") == 1
    assert _snapshot(db_path) == before  # still public, no history entry, not touched


def test_marking_a_note_holding_a_refused_character_is_refused(run, legacy, db_path):
    _, question = legacy
    before = _snapshot(db_path)
    code, out, err = run("mark", "1", "--note", question, "public")
    assert (code, out) == (2, "")
    assert err.startswith(
        f"partnercheck mark: assessment 1, the note on {question}: note: contains a text direction override (U+202E) at position 5; "
    )
    assert err.endswith("; correct the note first, nothing was changed\n")
    assert _snapshot(db_path) == before  # still internal: it does not reach the public version


def test_once_corrected_the_action_and_the_note_are_marked(run, store, legacy, db_path):
    assessment_id, question = legacy
    stored = store.get(assessment_id)
    answers.update_action(store, Action("Raad informeren", id=stored.actions[0].id), expected=stored.actions[0])
    answers.save_answer(store, assessment_id, question, Answer(stored.answers[question].value, "Zie bijlage"), stored.answers[question])
    assert run("mark", "1", "--action", "1", "internal")[:2] == (0, "Assessment 1: action 1 is internal\n")
    assert run("mark", "1", "--note", question, "public")[:2] == (0, f"Assessment 1: the note on {question} is public\n")
    after = store.get(assessment_id)
    assert after.actions[0].internal and question in after.public_notes


def test_the_service_the_window_uses_refuses_the_note_too(store, legacy):
    assessment_id, question = legacy
    with pytest.raises(TextRefused, match=r"^note: contains a text direction override \(U\+202E\) at position 5"):
        answers.set_note_public(store, assessment_id, question, True)
    assert question not in store.get(assessment_id).public_notes


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("Jan\x1b[31m", "wethouder"), "partnercheck role: name: contains a control character (U+001B) at position 4; "),
        (("Jan Jansen", "wethouder\u202e"), "partnercheck role: role: contains a text direction override (U+202E) at position 10; "),
    ],
)
def test_a_role_holding_a_refused_character_is_refused(run, store, args, expected):  # type: ignore[no-untyped-def]
    code, out, err = run("role", *args)
    assert (code, out) == (2, "")
    assert err.startswith(expected) and err.endswith("; nothing was changed\n")
    assert store.roles() == {}
    assert run("role", "Jan Jansen", "wethouder")[0] == 0 and store.roles() == {"Jan Jansen": "wethouder"}


def test_a_publication_decision_holding_a_refused_character_is_refused(run, store, new_assessment, library):  # type: ignore[no-untyped-def]
    from partnercheck.domain.assessment import AssessmentState

    new_assessment.answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value) for q in library.active.questions}
    assessment_id = store.create(new_assessment)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    store.set_state(assessment_id, AssessmentState.FINAL, by="B. Baas")
    code, out, err = run("approve-publication", str(assessment_id), "--by", "M.\x1b]0;x\x07 Burgemeester", "--note", "Gewogen")
    assert (code, out) == (2, "") and err.startswith("partnercheck approve-publication: --by: contains a control character (U+001B) at position 3; ")
    code, out, err = run("approve-publication", str(assessment_id), "--by", "M. Burgemeester", "--note", "Gewogen\u2066", "--lang", "nl")
    assert (code, out) == (2, "") and err.startswith("partnercheck approve-publication: --note: bevat een tekstrichtingsteken")
    assert err.endswith("er is niets gewijzigd\n")
    assert store.publication_decision(assessment_id) is None
    assert run("approve-publication", str(assessment_id), "--by", "M. Burgemeester", "--note", "Gewogen,\nregel twee")[0] == 0
