"""The plain-text rule (domain.plain_text) where answers and actions are written: the services
the window and the command line use refuse a note, an action or an owner holding a control
character or a direction override, as import does, and write nothing; keep_out (what the
window's fields use as text is typed or pasted) leaves exactly those characters out."""

from __future__ import annotations

import pytest

from partnercheck.domain.assessment import Action, Answer
from partnercheck.domain.plain_text import TextRefused, keep_out, text_problem
from partnercheck.services import answers

ESC, RLO, NUL = "\x1b", "\u202e", "\x00"


def test_keep_out_leaves_out_what_the_rule_refuses_and_says_which_once():
    assert keep_out(f"a{ESC}[31mb{ESC}[0m\n\tc{RLO}", multi_line=True) == ("a[31mb[0m\n\tc", ("U+001B", "U+202E"))
    assert keep_out("Team\r\nInter\tnationaal") == ("Team Inter nationaal", ())  # a line break in a line becomes a space
    assert keep_out(f"Breda{NUL}") == ("Breda", ("U+0000",))
    assert keep_out("gewoon, met één ü en 中文") == ("gewoon, met één ü en 中文", ())
    for text in (f"x{ESC}y", f"{RLO}\u2066z\x85", "\x7f\x9f"):
        assert text_problem(keep_out(text, multi_line=True)[0]) is None


def test_a_note_with_a_control_character_is_refused_and_nothing_is_written(store, new_assessment, library):
    assessment_id = store.create(new_assessment)
    question = library.active.questions[0]
    with pytest.raises(TextRefused, match=r"^note: contains a control character \(U\+001B\) at position 4"):
        answers.save_answer(store, assessment_id, question.id, Answer(question.options[0].value, f"Zie{ESC}[2J"), None)
    assert question.id not in store.get(assessment_id).answers
    answers.save_answer(store, assessment_id, question.id, Answer(question.options[0].value, "regel 1\n\tregel 2"), None)
    assert store.get(assessment_id).answers[question.id].note == "regel 1\n\tregel 2"


def test_an_action_or_its_owner_with_a_refused_character_is_not_stored(store, new_assessment):
    assessment_id = store.create(new_assessment)
    with pytest.raises(TextRefused, match=r"^text: contains a text direction override \(U\+202E\)"):
        answers.add_action(store, assessment_id, Action(f"Raad {RLO}nerolpmi"))
    with pytest.raises(TextRefused, match=r"^owner: contains a line break"):
        answers.add_action(store, assessment_id, Action("Raad informeren", owner="Team\nInternationaal"))
    assert store.get(assessment_id).actions == []
    answers.add_action(store, assessment_id, Action("Raad informeren\nvoor 1 juli", owner="Griffie"))
    stored = store.get(assessment_id).actions[0]
    with pytest.raises(TextRefused, match=r"^owner: contains a control character \(U\+0000\)"):
        answers.update_action(store, Action(stored.text, owner=f"Griffie{NUL}", id=stored.id), expected=stored)
    assert store.get(assessment_id).actions == [stored]
