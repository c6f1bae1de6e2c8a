"""Why a verdict is what it is, in the few facts a mayor needs: the answers behind each high
theme, and the action (owner, date) taken on a measure. Asked by the summary page, the Word
draft and the register alike."""

from __future__ import annotations

from dataclasses import dataclass

from .assessment import Action, Assessment
from .checklist import Checklist, Recommendation
from .levels import Level
from .scoring import Score, chosen_option

# How much of each list the summary shows (PDF and Word draft alike); the full report has all.
OPEN_RED_FLAGS_SHOWN = 4
HIGH_THEMES_SHOWN = 5
OPEN_POINTS_SHOWN = 4


@dataclass(frozen=True, slots=True)
class HighTheme:
    theme_id: str
    # The riskiest answers of the theme (question ids), riskiest first, red flags left out:
    # those are named on their own.
    answers: tuple[str, ...]


def high_themes(checklist: Checklist, assessment: Assessment, result: Score, limit: int = 3) -> tuple[HighTheme, ...]:
    """Each theme whose level is high, with up to ``limit`` of the answers that made it so."""
    found = []
    for theme_score in result.themes:
        if theme_score.level is not Level.HIGH:
            continue
        theme = checklist.theme(theme_score.theme_id)
        if theme is None:
            continue
        behind: list[tuple[int, int, str]] = []
        for question in theme.questions:
            option = chosen_option(question, assessment.answers)
            if option is None or option.unknown or option.red_flag or option.risk < 2:
                continue
            behind.append((-option.risk, len(behind), question.id))
        found.append(HighTheme(theme.id, tuple(qid for *_, qid in sorted(behind)[:limit])))
    return tuple(found)


def open_red_flag_questions(checklist: Checklist, result: Score) -> tuple[str, ...]:
    """The open points that can still raise a red flag: red-flag questions unanswered or
    answered "don't know". An answer that already is a red flag (open only because its basis
    is not shown yet) is named with the red flags, not as a question that could become one."""
    return tuple(
        qid
        for qid in result.open_points
        if qid not in result.unsupported and (question := checklist.question(qid)) is not None and question.has_red_flag
    )


def open_red_flags_named(checklist: Checklist, result: Score) -> tuple[str, ...]:
    """The open red-flag questions the summary names under their own heading: a list of open
    points below it leaves these out, so no question is printed twice on one page."""
    return open_red_flag_questions(checklist, result)[:OPEN_RED_FLAGS_SHOWN]


def action_for(recommendation: Recommendation, actions: list[Action]) -> Action | None:
    """The action taken on a measure (the first in the plan that names it), None when none is."""
    return next((a for a in actions if a.recommendation_id == recommendation.id), None)
