"""The sign-off rules and question numbers, stated once in the domain and asked by all."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from partnercheck.domain import signoff
from partnercheck.domain.assessment import Action, Answer, AssessmentState
from partnercheck.domain.numbering import question_number, question_numbers

DRAFT, REVIEW, FINAL = AssessmentState.DRAFT, AssessmentState.REVIEW, AssessmentState.FINAL


def test_only_draft_review_final_and_back_to_draft():
    allowed = {(a, b) for a in AssessmentState for b in AssessmentState if signoff.can_move(a, b)}
    assert allowed == {(DRAFT, REVIEW), (REVIEW, DRAFT), (REVIEW, FINAL)}


@pytest.mark.parametrize(
    ("current", "target", "unanswered", "approver", "reason"),
    [
        (DRAFT, FINAL, 0, "X", "cannot go from draft to final"),
        (FINAL, DRAFT, 0, "X", "cannot go from final to draft"),
        (REVIEW, FINAL, 3, "X", "3 questions are unanswered"),
        (REVIEW, FINAL, 0, " ", "name who approves"),
    ],
)
def test_a_refused_move_says_why(current, target, unanswered, approver, reason):
    with pytest.raises(signoff.SignoffRefused, match=reason):
        signoff.check_move(current, target, unanswered=unanswered, approver=approver)


def test_approval_with_everything_answered_and_an_approver_passes():
    signoff.check_move(REVIEW, FINAL, unanswered=0, approver="B. Baas")
    signoff.check_move(DRAFT, REVIEW, unanswered=5, approver=None)  # review needs no answers yet


def test_what_the_window_offers(new_assessment):
    assert signoff.offered_moves(new_assessment) == {REVIEW}
    assert signoff.offered_moves(replace(new_assessment, state=REVIEW)) == {DRAFT, FINAL}
    assert signoff.offered_moves(replace(new_assessment, state=FINAL)) == set()
    in_bin = replace(new_assessment, state=REVIEW, deleted=dt.datetime.now().astimezone())
    assert signoff.offered_moves(in_bin) == set()


def test_editable_only_before_final_and_outside_the_bin():
    assert signoff.is_editable(DRAFT, None) and signoff.is_editable(REVIEW, None)
    assert not signoff.is_editable(FINAL, None)
    assert not signoff.is_editable(DRAFT, "2026-11-30T10:00:00+00:00")


def test_recorded_approval_only_for_a_final_assessment(new_assessment):
    day = dt.date(2026, 11, 30)
    assert signoff.recorded_approval(replace(new_assessment, approved_by="B", approved_on=day)) is None
    assert signoff.recorded_approval(replace(new_assessment, state=FINAL, approved_by="B", approved_on=day)) == ("B", day)


def test_a_revision_continues_the_source_and_a_reassessment_drops_what_the_checklist_lacks(new_assessment, library):
    checklist = library.active
    q = checklist.questions[0]
    source = replace(
        new_assessment,
        id=7,
        state=FINAL,
        revision=2,
        approved_by="B",
        answers={q.id: Answer(q.options[0].value, "n"), "gone": Answer("x"), checklist.questions[1].id: Answer("no-such-option")},
        actions=[Action("Doen", id=3)],
    )
    revision = signoff.revision_of(source)
    assert (revision.state, revision.revision, revision.previous_id, revision.approved_by) == (DRAFT, 3, 7, None)
    assert revision.answers == source.answers and revision.answers is not source.answers
    assert [a.id for a in revision.actions] == [None] and revision.actions[0].text == "Doen"

    copy = signoff.reassessment_of(source, checklist, assessor="C")
    assert copy.answers == {q.id: Answer(q.options[0].value, "n")}
    assert (copy.revision, copy.previous_id, copy.assessor, copy.checklist_version) == (1, None, "C", checklist.version)


def test_question_numbers_are_theme_dot_question(library):
    checklist = library.active
    second_theme = checklist.themes[1]
    assert question_number(checklist, checklist.themes[0].questions[0].id) == "1.1"
    assert question_number(checklist, second_theme.questions[1].id) == "2.2"
    assert question_number(checklist, "not-a-question") == "not-a-question"
    assert len(question_numbers(checklist)) == len(checklist.questions)
