"""Moving an assessment to a newer version of its checklist.

The assessment itself never changes: the upgrade is a new revision on the new checklist. An
answer travels when its question id still exists and its option value is still offered. A
question that took over another one's meaning with a change (``replaces``), or whose chosen
option is gone, starts unanswered, with the old answer written into its note so the officer
sees it beside the question and decides again. Notes always travel with their question.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..catalogs import translate
from .assessment import Action, Answer, Assessment
from .checklist import Checklist, Question
from .languages import LANGUAGES
from .levels import CURRENT_MODEL


@dataclass(frozen=True, slots=True)
class UpgradeSummary:
    old_version: str
    new_version: str
    carried: tuple[str, ...] = ()  # answers taken over unchanged
    to_review: tuple[str, ...] = ()  # new-checklist questions that start unanswered beside an old answer
    dropped: tuple[str, ...] = ()  # old questions with no place in the new checklist
    new: tuple[str, ...] = ()  # new-checklist questions with nothing to carry over
    notes: dict[str, str] = field(default_factory=dict)

    def lines(self, lang: str) -> list[str]:
        """The summary in words, for the command line and the window."""
        lang = lang if lang in LANGUAGES else "en"  # as before: any other language gets English
        return [
            translate(lang, "Checklist {old} → {new}", old=self.old_version, new=self.new_version),
            translate(lang, "{n} answers carried over", n=len(self.carried)),
            translate(lang, "{n} questions to answer again (the old answer is in the note)", n=len(self.to_review)),
            translate(lang, "{n} new questions", n=len(self.new)),
            translate(lang, "{n} questions dropped", n=len(self.dropped)),
        ]


def _old_answer_line(old_question: Question | None, old: Answer, old_version: str) -> str:
    option = old_question.option(old.value) if old_question is not None and old.value is not None else None
    nl = option.label.nl if option else (old.value or "")
    en = option.label.en if option else (old.value or "")
    question = f" ({old_question.text.nl})" if old_question is not None else ""
    return f"[Checklist {old_version} – vorig antwoord / previous answer: {nl} / {en}{question}]"


def upgrade(assessment: Assessment, old: Checklist, new: Checklist) -> tuple[Assessment, UpgradeSummary]:
    """A new draft revision of ``assessment`` on ``new``; the original stays as it was."""
    if (assessment.checklist_id, assessment.checklist_version) != old.key:
        raise ValueError("the assessment was not made with the old checklist given")
    if old.id != new.id:
        raise ValueError(f"checklist {new.id} is not a version of {old.id}")
    answers: dict[str, Answer] = {}
    carried, to_review, new_ids = [], [], []
    notes: dict[str, str] = {}
    handled: set[str] = set()
    for question in new.questions:
        previous = assessment.answers.get(question.id)
        if previous is not None and (previous.value is None or question.option(previous.value) is not None):
            answers[question.id] = previous
            if previous.value is not None:
                carried.append(question.id)
            handled.add(question.id)
            continue
        # Answers this question cannot take as they are: its own (an option that is gone) or
        # those of the questions it replaces. Shown in the note; the question starts open.
        sources = [question.id] if previous is not None else []
        sources += [qid for qid in question.replaces if qid in assessment.answers]
        lines = []
        own_note = previous.note if previous is not None else ""
        for qid in sources:
            old_answer = assessment.answers[qid]
            handled.add(qid)
            if old_answer.value is not None:
                lines.append(_old_answer_line(old.question(qid), old_answer, old.version))
            if qid != question.id and old_answer.note:
                lines.append(old_answer.note)
        if lines:
            note = "\n\n".join(filter(None, [own_note, *lines]))
            answers[question.id] = Answer(None, note)
            notes[question.id] = note
            to_review.append(question.id)
        elif own_note:
            answers[question.id] = Answer(None, own_note)
        elif old.question(question.id) is None:
            new_ids.append(question.id)
    dropped = tuple(qid for qid in assessment.answers if qid not in handled and new.question(qid) is None)
    revision = Assessment(
        partnership=assessment.partnership,
        checklist_id=new.id,
        checklist_version=new.version,
        assessor=assessment.assessor,
        answers=answers,
        actions=[Action(a.text, a.owner, a.due, a.status, a.recommendation_id) for a in assessment.actions],
        revision=assessment.revision + 1,
        previous_id=assessment.id,
        scoring_model=CURRENT_MODEL,
        # Files stay with questions the new checklist still asks (the same content, not copied).
        evidence=[e for e in assessment.evidence if new.question(e.question_id) is not None],
    )
    summary = UpgradeSummary(old.version, new.version, tuple(carried), tuple(to_review), dropped, tuple(new_ids), notes)
    return revision, summary
