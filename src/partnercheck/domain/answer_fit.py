"""Answers that contradict the tie they are given for.

Some answers fit only a tie entered before a given year (``entered_before`` in the checklist):
"not discussed with ICP China since 2020" or "signed before 2020" say the tie is older than ICP
China. Chosen for a proposed tie, or one entered in 2020 or later, the answer or the tie's
details are wrong, and the answer scores lower than the one that fits (risk 2 instead of 3 for
ICP China): a verdict could rest on it. So the window warns at the question, and the report and
``partnercheck score`` list it with the open points.

It does not change the score or the completeness: the question is answered, and which of the
two is wrong, the answer or the tie's year, only the officer can tell (the year is as fallible:
Breda–Yangzhou was long given as 2012, the municipality's own account says 2009). Scoring stays
a matter of the answers and the checklist alone, so an approved verdict and its fingerprint do
not move when someone edits the tie's details.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..catalogs import translate
from .assessment import Answer, Partnership, PartnershipStatus

if TYPE_CHECKING:
    from .checklist import Checklist


@dataclass(frozen=True, slots=True)
class Misfit:
    question_id: str
    value: str
    # The answer fits a tie entered before this year only.
    entered_before: int
    # The year the tie was entered, or None when it is proposed (not entered at all yet).
    since: int | None


def misfit(entered_before: int | None, partnership: Partnership) -> bool:
    """Whether an answer that fits only a tie entered before ``entered_before`` contradicts
    ``partnership``: it is proposed, or it was entered in that year or later. A tie without a
    year is given the benefit of the doubt."""
    if entered_before is None:
        return False
    if partnership.status is PartnershipStatus.PROPOSED:
        return True
    return partnership.since is not None and partnership.since >= entered_before


def misfits(checklist: Checklist, partnership: Partnership, answers: Mapping[str, Answer]) -> tuple[Misfit, ...]:
    """The answers that do not fit the tie, in checklist order."""
    found = []
    for question in checklist.questions:
        answer = answers.get(question.id)
        option = question.option(answer.value) if answer is not None and answer.value is not None else None
        if option is not None and option.entered_before is not None and misfit(option.entered_before, partnership):
            proposed = partnership.status is PartnershipStatus.PROPOSED
            found.append(Misfit(question.id, option.value, option.entered_before, None if proposed else partnership.since))
    return tuple(found)


def misfit_text(found: Misfit, lang: str) -> str:
    """Why the answer does not fit, and what to do: for the report and the command line (the
    window has the same sentences in its own translations)."""
    if found.since is None:
        return translate(
            lang,
            "The answer applies only to a tie entered before {year}, but this tie is only proposed. Choose the answer "
            "that fits the tie, or correct the tie's details.",
            year=found.entered_before,
        )
    return translate(
        lang,
        "The answer applies only to a tie entered before {year}, but this tie dates from {since}. Choose the "
        "answer that fits the tie, or correct the year the tie was entered.",
        year=found.entered_before,
        since=found.since,
    )
