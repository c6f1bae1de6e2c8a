"""An assessment whose answer does not fit the tie (an answer for a tie older than ICP China on a
proposed or recent tie: domain.answer_fit) cannot be approved: the answer for an older tie scores
milder than the one that fits, and a final verdict goes to the council with an approver's name on
it. The rule is the domain's, the store checks it on what is stored, the command line says it in
the run's language (the window: tests/ui/test_approval_fit_window.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from partnercheck.domain import signoff
from partnercheck.domain.assessment import Answer, AssessmentState, PartnershipStatus
from partnercheck.store import AssessmentStore
from partnercheck.store.errors import MisfitApprovalError, StateError
from partnercheck.workspace import open_store

DRAFT, REVIEW, FINAL = AssessmentState.DRAFT, AssessmentState.REVIEW, AssessmentState.FINAL
ICP = "rvo-icp.icp-consulted"


def all_answered(library):  # type: ignore[no-untyped-def]
    return {q.id: Answer(min(q.options, key=lambda o: o.risk).value) for q in library.active.questions}


def second_store(db_path) -> Iterator[AssessmentStore]:  # type: ignore[no-untyped-def]
    """Another window or program on the same database."""
    other = open_store(db_path)
    yield other
    other.close()


def proposed(assessment):  # type: ignore[no-untyped-def]
    return dataclasses.replace(assessment, partnership=dataclasses.replace(assessment.partnership, status=PartnershipStatus.PROPOSED, since=None))


@pytest.fixture
def in_review(store, new_assessment, library):  # type: ignore[no-untyped-def]
    """A proposed tie, every question answered, ICP China "not since 2020", in review."""
    a = proposed(new_assessment)
    a.answers = all_answered(library) | {ICP: Answer("not-since-2020-not-renewed")}
    assessment_id = store.create(a)
    store.set_state(assessment_id, REVIEW)
    return assessment_id


def test_the_rule_refuses_approval_and_names_the_questions():
    with pytest.raises(signoff.MisfitsRefused) as refused:
        signoff.check_move(REVIEW, FINAL, unanswered=0, approver="B. Baas", misfits=["4.1 (rvo-icp.icp-consulted)"])
    assert refused.value.questions == ("4.1 (rvo-icp.icp-consulted)",)
    assert str(refused.value) == (
        "the answer to 4.1 (rvo-icp.icp-consulted) does not fit the tie (it is meant for an older tie); "
        "correct the answer or the tie's year before making it final"
    )
    with pytest.raises(signoff.MisfitsRefused, match="the answers to 2.3, 4.1 do not fit"):
        signoff.check_move(REVIEW, FINAL, unanswered=0, approver="B. Baas", misfits=["2.3", "4.1"])


def test_review_and_draft_are_not_affected_by_the_rule():
    signoff.check_move(DRAFT, REVIEW, unanswered=0, approver=None, misfits=["4.1"])
    signoff.check_move(REVIEW, DRAFT, unanswered=0, approver=None, misfits=["4.1"])


def test_the_store_refuses_approval_while_an_answer_does_not_fit(store, in_review):  # type: ignore[no-untyped-def]
    with pytest.raises(MisfitApprovalError) as refused:
        store.set_state(in_review, FINAL, by="B. Baas")
    assert isinstance(refused.value, StateError)  # explained as every sign-off refusal
    assert refused.value.questions == ("4.1 (rvo-icp.icp-consulted)",)
    stored = store.get(in_review)
    assert stored.state is REVIEW and stored.approved_by is None
    assert [e.new for e in store.history(in_review, "state")][-1] == "review"
    store.set_state(in_review, DRAFT)  # back to draft is still possible
    store.set_state(in_review, REVIEW)


def test_the_store_checks_the_answers_and_the_tie_as_stored(store, in_review, db_path):  # type: ignore[no-untyped-def]
    """Another window (a second connection) changes what was read: the store decides on what it
    holds when it writes."""
    for other in second_store(db_path):
        other.set_state(in_review, DRAFT)
        other.save_answer(in_review, ICP, Answer("not-consulted"))  # the answer that fits a proposed tie
        other.set_state(in_review, REVIEW)
    store.set_state(in_review, FINAL, by="B. Baas")
    assert store.get(in_review).state is FINAL


def test_a_tie_s_year_corrected_elsewhere_makes_the_answer_fit(store, in_review, db_path):  # type: ignore[no-untyped-def]
    for other in second_store(db_path):
        other.set_state(in_review, DRAFT)
        tie = other.get(in_review).partnership
        other.update_partnership(in_review, dataclasses.replace(tie, status=PartnershipStatus.ACTIVE, since=2009))
        other.set_state(in_review, REVIEW)
    store.set_state(in_review, FINAL, by="B. Baas")
    assert store.get(in_review).state is FINAL


def test_a_tie_made_recent_elsewhere_refuses_an_answer_that_fitted(store, new_assessment, library, db_path):  # type: ignore[no-untyped-def]
    new_assessment.answers = all_answered(library) | {"one-china.policy-check": Answer("before-2020")}
    assessment_id = store.create(new_assessment)  # since 2009: it fits
    for other in second_store(db_path):
        tie = other.get(assessment_id).partnership
        other.update_partnership(assessment_id, dataclasses.replace(tie, since=2021))
    store.set_state(assessment_id, REVIEW)
    with pytest.raises(MisfitApprovalError, match=r"the answer to \d+\.\d+ \(one-china.policy-check\) does not fit"):
        store.set_state(assessment_id, FINAL, by="B. Baas")


def test_an_already_final_assessment_stays_as_it_is(store, new_assessment, library):  # type: ignore[no-untyped-def]
    """Approved before the rule (or before the tie's year was corrected): still final, still
    readable; nothing is taken back, a change is a new revision as always."""
    new_assessment.answers = all_answered(library) | {ICP: Answer("not-since-2020-not-renewed")}
    assessment_id = store.create(new_assessment)  # since 2009: fits, so it is approved
    store.set_state(assessment_id, REVIEW)
    store.set_state(assessment_id, FINAL, by="B. Baas")
    store.db.execute("UPDATE assessment SET status = 'proposed', since = NULL WHERE id = ?", [assessment_id])
    store.set_state(assessment_id, FINAL, by="B. Baas")  # already there: no change, no refusal
    assert store.get(assessment_id).state is FINAL


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "the answer to 4.1 (rvo-icp.icp-consulted) does not fit the tie (it is meant for an older tie); "
            "correct the answer or the tie's year before making it final. Nothing was changed.",
        ),
        (
            "nl",
            "het antwoord op 4.1 (rvo-icp.icp-consulted) past niet bij de band (het is bedoeld voor een oudere band); "
            "verbeter het antwoord of het jaar van de band voordat ze definitief wordt gemaakt. Er is niets gewijzigd.",
        ),
    ],
)
def test_the_command_line_refuses_in_the_run_s_language(run, store, in_review, lang, expected):  # type: ignore[no-untyped-def]
    code, out, err = run("state", str(in_review), "final", "--by", "B. Baas", "--lang", lang)
    assert code == 2 and out == ""
    assert expected in err and err.count("\n") == 1
    assert store.get(in_review).state is REVIEW
