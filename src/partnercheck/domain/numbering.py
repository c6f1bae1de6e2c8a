"""Question numbers as people quote them: "3.2" is the second question of the third theme.

One rule for the report, the history and the window, so a number read in a printed report
finds the same question on screen.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .checklist import Checklist


@cache
def question_numbers(checklist: Checklist) -> dict[str, str]:
    """Question id -> its number, "theme.question", both counted from 1 in checklist order."""
    return {q.id: f"{ti}.{qi}" for ti, theme in enumerate(checklist.themes, start=1) for qi, q in enumerate(theme.questions, start=1)}


def question_number(checklist: Checklist, question_id: str) -> str:
    """The number of ``question_id``; an id the checklist does not have is shown as itself."""
    return question_numbers(checklist).get(question_id, question_id)
