"""Answers and a second connection for the window's trust tests (sign-off, history, the bin,
changes made elsewhere, backups): the lowest-risk option, a red flag, a checklist answered in
full, and another store on the same database."""

from __future__ import annotations

from collections.abc import Iterator

from partnercheck.domain.assessment import Answer
from partnercheck.store import AssessmentStore
from partnercheck.workspace import open_store


def lowest(question):  # type: ignore[no-untyped-def]
    return min(question.options, key=lambda o: o.risk)


def red_flag(checklist):  # type: ignore[no-untyped-def]
    """A question with a red-flag option, and that option."""
    for question in checklist.questions:
        for option in question.options:
            if option.red_flag:
                return question, option
    raise AssertionError("the checklist has no red flag")


def all_answered(library):  # type: ignore[no-untyped-def]
    return {q.id: Answer(lowest(q).value) for q in library.active.questions}


def second_store(db_path) -> Iterator[AssessmentStore]:  # type: ignore[no-untyped-def]
    """A second connection to the window's database: another window, or the command line."""
    s = open_store(db_path)
    s.actor = "Elders"
    yield s
    s.close()
