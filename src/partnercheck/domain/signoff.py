"""The sign-off rules: which stage may follow which, what approval needs, when an assessment
may still be changed, and what a new revision or a re-assessment copy starts from.

Stated once, here, and asked by everyone: the store refuses a write that breaks them (it
is the last line, another window or program may have changed things), the services and
the command line call the store, and the window asks the same rules to decide which
buttons and menu items to offer.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from ..catalogs import N_
from .assessment import AssessmentState, ReviewVerdict
from .refusal import Refusal

if TYPE_CHECKING:
    from .checklist import Checklist, Question
    from .records import Action, Answer, Assessment

DRAFT, REVIEW, FINAL = AssessmentState.DRAFT, AssessmentState.REVIEW, AssessmentState.FINAL

# draft -> review -> final, and from review back to draft. Final is the end: a change to a
# final assessment is a new revision (see revision_of), so the approved text stays as signed.
TRANSITIONS: frozenset[tuple[AssessmentState, AssessmentState]] = frozenset({(DRAFT, REVIEW), (REVIEW, DRAFT), (REVIEW, FINAL)})


class SignoffRefused(Refusal):
    """A stage change the rules do not allow; the message says why, in words for a user."""


class MisfitsRefused(SignoffRefused):
    """Approval refused because answers do not fit the tie (domain.answer_fit); ``questions``
    names them as the caller passed them, so each front end can say it in its own language."""

    def __init__(self, questions: Sequence[str]) -> None:
        self.questions = tuple(questions)
        if len(self.questions) == 1:
            msgid = N_(
                "the answer to {questions} does not fit the tie (it is meant for an older tie); correct the answer or the tie's year before making it final"  # noqa: E501 - one msgid
            )
        else:
            msgid = N_(
                "the answers to {questions} do not fit the tie (they are meant for an older tie); correct the answers or the tie's year before making it final"  # noqa: E501 - one msgid
            )
        super().__init__(msgid, questions=", ".join(self.questions))


def can_move(current: AssessmentState, target: AssessmentState) -> bool:
    """Whether ``target`` may follow ``current`` at all (preconditions aside)."""
    return (current, target) in TRANSITIONS


def offered_moves(assessment: Assessment) -> frozenset[AssessmentState]:
    """The stages the window offers to move to: none while the assessment is in the bin (it
    changes stage only after it is restored)."""
    if assessment.deleted is not None:
        return frozenset()
    return frozenset(target for current, target in TRANSITIONS if current is assessment.state)


def check_move(current: AssessmentState, target: AssessmentState, *, unanswered: int, approver: str | None, misfits: Sequence[str] = ()) -> None:
    """Raise :class:`SignoffRefused` unless ``current -> target`` is allowed now.

    Approval (review -> final) needs every question answered ("don't know" is an answer),
    no answer that contradicts the tie (``misfits``: the questions whose answer fits only an
    older tie, see domain.answer_fit; :class:`MisfitsRefused` names them), and someone who
    approves: a final report names who signed it off. A misfit is harmless while the
    assessment is being worked on, but approved it could put a too-mild verdict before the
    council (an answer for an older tie scores lower than the one that fits), so only the
    step to final is refused; which is wrong, the answer or the tie's year, the officer says.
    """
    if not can_move(current, target):
        raise SignoffRefused(N_("cannot go from {current} to {target}"), current=current.value, target=target.value)
    if target is FINAL:
        if unanswered:
            raise SignoffRefused(N_('{n} questions are unanswered; answer them ("don\'t know" is an answer) before making it final'), n=unanswered)
        if misfits:
            raise MisfitsRefused(misfits)
        if not (approver or "").strip():
            raise SignoffRefused(N_("name who approves it before making it final"))


def check_review_comment(state: AssessmentState, theme_ids: Iterable[str], theme_id: str, verdict: ReviewVerdict, text: str) -> None:
    """Raise :class:`SignoffRefused` unless a reviewer may say ``verdict`` of ``theme_id`` now:
    only while the assessment is in review, on a theme of its checklist; "change" says what."""
    if state is not REVIEW:
        raise SignoffRefused(N_("a reviewer comments on a theme only while the assessment is in review"))
    if theme_id not in set(theme_ids):
        raise SignoffRefused(N_("no theme {theme} in this assessment's checklist"), theme=repr(theme_id))
    if verdict is ReviewVerdict.CHANGE and not text.strip():
        raise SignoffRefused(N_("say what should change"))


def unanswered(checklist: Checklist, answers: Mapping[str, Answer]) -> list[Question]:
    """The questions without a chosen option, in checklist order (a note alone is no answer)."""
    return [q for q in checklist.questions if (a := answers.get(q.id)) is None or a.value is None]


def is_editable(state: AssessmentState, deleted: object | None) -> bool:
    """Answers, notes, details and actions may change only in draft or review, outside the bin."""
    return state is not FINAL and deleted is None


def recorded_approval(assessment: Assessment) -> tuple[str, _dt.date | None] | None:
    """Who approved a final assessment and on which day; None for anything not signed off.

    The report prints this (formatting the date itself), so every way of making a report of
    the same assessment prints the same approval.
    """
    if assessment.is_final and assessment.approved_by:
        return assessment.approved_by, assessment.approved_on
    return None


def _copy_actions(actions: Iterable[Action]) -> list[Action]:
    from .records import Action  # here: the window's first screen builds no record (domain.records: ~4 ms)

    # Without ids: the copies are new rows of the new assessment.
    return [Action(a.text, a.owner, a.due, a.status, a.recommendation_id, internal=a.internal) for a in actions]


def revision_of(source: Assessment) -> Assessment:
    """The next revision of ``source``: a draft with the same checklist, answers and actions,
    pointing back at it; ``source`` itself stays as it was."""
    from .records import Assessment  # here: the window's first screen builds no record (domain.records: ~4 ms)

    return Assessment(
        partnership=source.partnership,
        checklist_id=source.checklist_id,
        checklist_version=source.checklist_version,
        assessor=source.assessor,
        answers=dict(source.answers),
        actions=_copy_actions(source.actions),
        public_notes=source.public_notes,
        revision=source.revision + 1,
        previous_id=source.id,
        evidence=list(source.evidence),  # the same files (content stored once), attached anew
        partnership_id=source.partnership_id,
    )


def _still_asked(checklist: Checklist, question_id: str, answer: Answer) -> bool:
    question = checklist.question(question_id)
    return question is not None and (answer.value is None or question.option(answer.value) is not None)


def reassessment_of(source: Assessment, checklist: Checklist, assessor: str | None = None) -> Assessment:
    """A copy of ``source`` to start a re-assessment on ``checklist`` (the active one).

    Answers to questions the checklist no longer has, or with an option it no longer offers,
    are left behind; a fresh revision 1, not linked to ``source`` (the comparison finds it as
    the earlier assessment of the same partnership).
    """
    from .records import Assessment  # here: the window's first screen builds no record (domain.records: ~4 ms)

    answers = {qid: a for qid, a in source.answers.items() if _still_asked(checklist, qid, a)}
    return Assessment(
        partnership=source.partnership,
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        assessor=source.assessor if assessor is None else assessor,
        answers=answers,
        actions=_copy_actions(source.actions),
        public_notes=source.public_notes & answers.keys(),
        evidence=[e for e in source.evidence if e.question_id in answers],
        partnership_id=source.partnership_id,
    )
