"""What changed between two assessments of a partnership (or two revisions of one)."""

from __future__ import annotations

from dataclasses import dataclass

from .assessment import Answer, Assessment
from .checklist import Checklist
from .scoring import Level, score


@dataclass(frozen=True, slots=True)
class AnswerChange:
    question_id: str
    old: Answer | None
    new: Answer | None

    @property
    def value_changed(self) -> bool:
        return (self.old.value if self.old else None) != (self.new.value if self.new else None)


@dataclass(frozen=True, slots=True)
class LevelChange:
    theme_id: str | None  # None: the overall level
    old: Level
    new: Level


@dataclass(frozen=True, slots=True)
class Comparison:
    old_id: int | None
    new_id: int | None
    answers: tuple[AnswerChange, ...]
    levels: tuple[LevelChange, ...]

    @property
    def is_empty(self) -> bool:
        return not self.answers and not self.levels


def compare(checklist: Checklist, old: Assessment, new: Assessment) -> Comparison:
    """Changes from ``old`` to ``new``, both read against ``checklist`` (the newer one's).

    Answers to questions the checklist does not hold are ignored: they cannot be scored.
    """
    changes = []
    for question in checklist.questions:
        before, after = old.answers.get(question.id), new.answers.get(question.id)
        if before != after:
            changes.append(AnswerChange(question.id, before, after))
    known = {q.id for q in checklist.questions}
    s_old = score(checklist, {k: v for k, v in old.answers.items() if k in known and _valid(checklist, k, v)})
    s_new = score(checklist, {k: v for k, v in new.answers.items() if k in known and _valid(checklist, k, v)})
    levels = [LevelChange(None, s_old.overall, s_new.overall)] if s_old.overall != s_new.overall else []
    for a, b in zip(s_old.themes, s_new.themes, strict=True):
        if a.level != b.level:
            levels.append(LevelChange(a.theme_id, a.level, b.level))
    return Comparison(old.id, new.id, tuple(changes), tuple(levels))


def _valid(checklist: Checklist, question_id: str, answer: Answer) -> bool:
    question = checklist.question(question_id)
    return question is not None and (answer.value is None or question.option(answer.value) is not None)
