"""Risk levels per theme and overall; the rules are described in docs/scoring.md.

A theme's level comes from the answers given in it:

* **high** when an answer is a red flag, when two or more answers carry the highest risk (3),
  or when the answers together carry at least :data:`HIGH_SHARE` of the theme's maximum
  possible risk;
* **medium** when any answer carries risk 2 or more, or the answers together carry at least
  :data:`MEDIUM_SHARE` of the maximum;
* **low** otherwise.

The shares are taken over *all* questions of the theme, so answering one more question never
lowers a level, and an unanswered question adds nothing: an incomplete assessment is shown
with its completeness and reported as a draft instead. "Unknown" is an ordinary option whose
risk the checklist sets (usually 2): not knowing is itself a risk.

The overall level is the highest theme level, so a red flag anywhere makes it high.

Every rule only grows with the risk of an answer, which is what makes scoring monotonic:
changing an answer to an option with a higher risk never lowers any level.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .assessment import Answer
from .checklist import MAX_RISK, Checklist, Question, Recommendation, Theme
from .levels import LEVEL_LABELS, Level, level_label

HIGH_SHARE = 0.6
MEDIUM_SHARE = 0.25
HIGH_RISK_ANSWERS_FOR_HIGH = 2

__all__ = ["LEVEL_LABELS", "Level", "Score", "ThemeScore", "level_label", "score", "score_theme"]


@dataclass(frozen=True, slots=True)
class ThemeScore:
    theme_id: str
    level: Level
    answered: int
    total: int
    risk_points: int
    red_flags: tuple[str, ...]

    @property
    def completeness(self) -> float:
        return self.answered / self.total if self.total else 1.0


@dataclass(frozen=True, slots=True)
class Score:
    overall: Level
    answered: int
    total: int
    themes: tuple[ThemeScore, ...]
    red_flags: tuple[str, ...]  # question ids, in checklist order
    recommendations: tuple[Recommendation, ...]  # triggered, in checklist order, each once

    @property
    def completeness(self) -> float:
        return self.answered / self.total if self.total else 1.0

    @property
    def is_complete(self) -> bool:
        return self.answered == self.total

    def theme(self, theme_id: str) -> ThemeScore:
        for ts in self.themes:
            if ts.theme_id == theme_id:
                return ts
        raise KeyError(theme_id)


def _chosen(question: Question, answers: Mapping[str, Answer]):  # type: ignore[no-untyped-def]
    answer = answers.get(question.id)
    if answer is None or answer.value is None:
        return None
    return question.option(answer.value)


def score_theme(theme: Theme, answers: Mapping[str, Answer]) -> ThemeScore:
    answered = points = high_answers = 0
    any_medium = False
    red_flags: list[str] = []
    for question in theme.questions:
        option = _chosen(question, answers)
        if option is None:
            continue
        answered += 1
        points += option.risk
        high_answers += option.risk == MAX_RISK
        any_medium |= option.risk >= 2
        if option.red_flag:
            red_flags.append(question.id)
    maximum = MAX_RISK * len(theme.questions)
    share = points / maximum if maximum else 0.0
    if red_flags or high_answers >= HIGH_RISK_ANSWERS_FOR_HIGH or share >= HIGH_SHARE:
        level = Level.HIGH
    elif any_medium or share >= MEDIUM_SHARE:
        level = Level.MEDIUM
    else:
        level = Level.LOW
    return ThemeScore(theme.id, level, answered, len(theme.questions), points, tuple(red_flags))


def score(checklist: Checklist, answers: Mapping[str, Answer]) -> Score:
    themes = tuple(score_theme(t, answers) for t in checklist.themes)
    seen: set[str] = set()
    recommendations: list[Recommendation] = []
    for question in checklist.questions:
        option = _chosen(question, answers)
        if option is None:
            continue
        for rec_id in option.recommendations:
            if rec_id not in seen:
                seen.add(rec_id)
                rec = checklist.recommendation(rec_id)
                if rec is not None:
                    recommendations.append(rec)
    # Keep recommendations in checklist order, whatever order the questions triggered them in.
    order = {r.id: i for i, r in enumerate(r for t in checklist.themes for r in t.recommendations)}
    recommendations.sort(key=lambda r: order[r.id])
    return Score(
        overall=max((t.level for t in themes), default=Level.LOW),
        answered=sum(t.answered for t in themes),
        total=sum(t.total for t in themes),
        themes=themes,
        red_flags=tuple(q for t in themes for q in t.red_flags),
        recommendations=tuple(recommendations),
    )
