"""Risk levels per theme and overall, the verdict, the open points and the ranked measures.

The model is written down for users in ``docs/scoring.md``; this module is its one
implementation. Everything here is computed from the answers and the checklist alone.

Scoring model 2 (the current one), per theme:

* **high** when an answer is a red flag, when two or more answers carry the highest risk (3),
  or when the answers together reach :data:`HIGH_SHARE` of what the theme's questions can
  score *at their worst* (each question's highest risk that is not a red flag);
* **medium** when an answer carries risk 2 or more, when the answers reach
  :data:`MEDIUM_SHARE`, or when a question that has a red-flag answer is answered
  "don't know" (an open red-flag question);
* **low** otherwise.

A *governance* theme (the municipality's own housekeeping: goals, costs, transparency, exit
plans) is at most **medium**: gaps there need measures, but they are no China-specific risk.

Overall: the highest theme level, and **high** as well when at least half of the *risk* themes
(rounded up) are medium or high: China-specific risk spread over many themes is not a modest
risk.

Every rule only grows with the risk of an answer, and an unanswered question adds nothing,
which makes scoring monotonic: choosing a riskier answer, or answering one more question,
never lowers any level. That is also why a provisional *high* is final, and why the verdict
of an incomplete assessment is "incomplete" unless it is high already.

Model 1 (shares against 3 points per question, no breadth rule) is kept because a final
assessment keeps the levels it was approved with.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from .assessment import Answer, Assessment
from .checklist import MAX_RISK, Checklist, Option, Question, Recommendation, Theme
from .levels import CURRENT_MODEL, LEVEL_LABELS, Level, Verdict, level_label

KNOWN_MODELS = (1, 2)

HIGH_SHARE = 0.6
MEDIUM_SHARE = 0.25
HIGH_RISK_ANSWERS_FOR_HIGH = 2
# An answer of this risk or more raises its theme to medium by itself: "risky" (see unsupported).
RISKY_ANSWER = 2
# Overall high once this share of the themes (rounded up) is medium or high.
BREADTH_SHARE = 0.5

__all__ = [
    "CURRENT_MODEL",
    "LEVEL_LABELS",
    "Level",
    "Score",
    "ThemeScore",
    "Verdict",
    "level_label",
    "score",
    "score_assessment",
    "score_theme",
]


@dataclass(frozen=True, slots=True)
class ThemeScore:
    """One theme's level, how much of it is answered, and its red flags."""

    theme_id: str
    level: Level
    answered: int
    total: int
    risk_points: int
    red_flags: tuple[str, ...]
    unknown: int = 0  # questions answered "don't know"
    kind: str = "risk"  # the theme's kind: "governance" themes do not count towards breadth

    @property
    def completeness(self) -> float:
        return self.answered / self.total if self.total else 1.0

    @property
    def verdict(self) -> Verdict:
        """The theme's own verdict, by the same rule as the assessment's."""
        return verdict_of(self.level, self.answered, self.total)


@dataclass(frozen=True, slots=True)
class Score:
    """An assessment's result: the overall level and verdict, per theme, and the triggered measures."""

    overall: Level
    answered: int
    total: int
    themes: tuple[ThemeScore, ...]
    red_flags: tuple[str, ...]  # question ids, in checklist order
    # Triggered, each once, ranked by weight (see rank_recommendations).
    recommendations: tuple[Recommendation, ...]
    verdict: Verdict = Verdict.NOT_STARTED
    unknown_count: int = 0
    # Question ids: red-flag questions unanswered or "don't know" first, then other
    # unanswered questions, then other "don't know" answers; each group in checklist order.
    open_points: tuple[str, ...] = ()
    # Red-flag questions answered "don't know" (also at the head of open_points).
    open_red_flags: tuple[str, ...] = ()
    # Risky or red-flag answers resting on an assumption or on nothing recorded ("niet
    # onderbouwd"); also the last group of open_points.
    unsupported: tuple[str, ...] = ()
    model: int = CURRENT_MODEL
    # Measures a red-flag answer triggers: what the advice for a high risk may name as its
    # reason. A measure triggered only by "don't know" or by a lesser answer is advised too,
    # but the advice does not speak as if the red flag were established.
    red_flag_measures: frozenset[str] = frozenset()

    @property
    def completeness(self) -> float:
        return self.answered / self.total if self.total else 1.0

    @property
    def is_complete(self) -> bool:
        return self.answered == self.total

    @property
    def rests_on_unknowns(self) -> bool:
        """True when at least half of the answers given are "don't know": the verdict then
        says more about missing information than about proven risk."""
        return self.answered > 0 and 2 * self.unknown_count >= self.answered

    def theme(self, theme_id: str) -> ThemeScore:
        for ts in self.themes:
            if ts.theme_id == theme_id:
                return ts
        raise KeyError(theme_id)


def chosen_option(question: Question, answers: Mapping[str, Answer]) -> Option | None:
    """The option an answer chose, None when the question has no (valid) answer."""
    answer = answers.get(question.id)
    if answer is None or answer.value is None:
        return None
    return question.option(answer.value)


def score_theme(theme: Theme, answers: Mapping[str, Answer], model: int = CURRENT_MODEL) -> ThemeScore:
    answered = points = high_answers = unknown = 0
    any_medium = open_red_flag = False
    red_flags: list[str] = []
    for question in theme.questions:
        option = chosen_option(question, answers)
        if option is None:
            continue
        answered += 1
        points += option.risk
        high_answers += option.risk == MAX_RISK
        any_medium |= option.risk >= 2
        unknown += option.unknown
        open_red_flag |= option.unknown and question.has_red_flag
        if option.red_flag:
            red_flags.append(question.id)
    if model == 1:
        maximum = MAX_RISK * len(theme.questions)
        open_red_flag = False
    else:
        maximum = sum(q.highest_plain_risk for q in theme.questions)
    share = points / maximum if maximum else 0.0
    governance = model >= 2 and theme.kind == "governance"
    if red_flags or (not governance and (high_answers >= HIGH_RISK_ANSWERS_FOR_HIGH or share >= HIGH_SHARE)):
        level = Level.HIGH
    elif any_medium or share >= MEDIUM_SHARE or open_red_flag:
        level = Level.MEDIUM
    else:
        level = Level.LOW
    return ThemeScore(theme.id, level, answered, len(theme.questions), points, tuple(red_flags), unknown, theme.kind)


def overall_level(themes: tuple[ThemeScore, ...], model: int = CURRENT_MODEL) -> Level:
    level = max((t.level for t in themes), default=Level.LOW)
    risk_themes = [t for t in themes if t.kind == "risk"] if model >= 2 else []
    if risk_themes:
        # Breadth counts only China-specific risk: gaps in the municipality's own housekeeping
        # are worth fixing, but they do not make a tie a high risk.
        needed = math.ceil(len(risk_themes) * BREADTH_SHARE)
        if sum(t.level >= Level.MEDIUM for t in risk_themes) >= needed:
            level = Level.HIGH
    return level


def verdict_of(overall: Level, answered: int, total: int) -> Verdict:
    if answered == 0:
        return Verdict.NOT_STARTED
    if overall is Level.HIGH:
        # Answering more never lowers a level, so a provisional high is already final.
        return Verdict.HIGH
    if answered < total:
        return Verdict.INCOMPLETE
    return Verdict(overall.code)


def open_points(checklist: Checklist, answers: Mapping[str, Answer]) -> tuple[str, ...]:
    """Questions still to settle, the most important first (see :attr:`Score.open_points`)."""
    red, unanswered, unknown = [], [], []
    for question in checklist.questions:
        option = chosen_option(question, answers)
        if option is not None and not option.unknown:
            continue
        if question.has_red_flag:
            red.append(question.id)
        elif option is None:
            unanswered.append(question.id)
        else:
            unknown.append(question.id)
    return tuple(red + unanswered + unknown)


def is_risky(option: Option) -> bool:
    """An answer that raises a theme at least to medium on its own, or a red flag."""
    return option.red_flag or option.risk >= RISKY_ANSWER


def unsupported(checklist: Checklist, answers: Mapping[str, Answer]) -> tuple[str, ...]:
    """Risky or red-flag answers whose basis is an assumption or not recorded, in checklist
    order: a finding nobody can show yet, so still an open point."""
    found = []
    for question in checklist.questions:
        option = chosen_option(question, answers)
        if option is not None and not option.unknown and is_risky(option) and not answers[question.id].basis.is_supported:
            found.append(question.id)
    return tuple(found)


def rank_recommendations(
    checklist: Checklist, answers: Mapping[str, Answer], themes: tuple[ThemeScore, ...], model: int = CURRENT_MODEL
) -> tuple[Recommendation, ...]:
    """Every triggered recommendation once, weightiest first.

    Tiers: triggered by a red-flag answer; by "don't know" on a red-flag question; by an
    answer in a high theme; the rest. Within a tier the riskier triggering answer first, then
    checklist order. A recommendation triggered several times takes its weightiest place.
    """
    high_themes = {t.theme_id for t in themes if t.level is Level.HIGH}
    order = {r.id: i for i, r in enumerate(r for t in checklist.themes for r in t.recommendations)}
    best: dict[str, tuple[int, int, int]] = {}
    for question in checklist.questions:
        option = chosen_option(question, answers)
        if option is None:
            continue
        if model == 1:
            tier = 0  # model 1 listed its measures in checklist order
        elif option.red_flag:
            tier = 0
        elif option.unknown and question.has_red_flag:
            tier = 1
        elif question.theme_id in high_themes:
            tier = 2
        else:
            tier = 3
        for rec_id in option.recommendations:
            if rec_id not in order:
                continue
            key = (tier, 0 if model == 1 else -option.risk, order[rec_id])
            if rec_id not in best or key < best[rec_id]:
                best[rec_id] = key
    ranked = sorted(best, key=best.__getitem__)
    return tuple(r for r in (checklist.recommendation(i) for i in ranked) if r is not None)


def score(checklist: Checklist, answers: Mapping[str, Answer], model: int = CURRENT_MODEL) -> Score:
    if model not in KNOWN_MODELS:
        raise ValueError(f"scoring model {model} is not known to this PartnerCheck")
    themes = tuple(score_theme(t, answers, model) for t in checklist.themes)
    overall = overall_level(themes, model)
    answered = sum(t.answered for t in themes)
    total = sum(t.total for t in themes)
    unsupported_answers = unsupported(checklist, answers)
    points = open_points(checklist, answers) + unsupported_answers
    open_red = tuple(q.id for q in checklist.questions if q.has_red_flag and (o := chosen_option(q, answers)) is not None and o.unknown)
    return Score(
        overall=overall,
        answered=answered,
        total=total,
        themes=themes,
        red_flags=tuple(q for t in themes for q in t.red_flags),
        recommendations=rank_recommendations(checklist, answers, themes, model),
        verdict=verdict_of(overall, answered, total),
        unknown_count=sum(t.unknown for t in themes),
        open_points=points,
        open_red_flags=open_red,
        unsupported=unsupported_answers,
        model=model,
        red_flag_measures=frozenset(
            rec_id for q in checklist.questions if (o := chosen_option(q, answers)) is not None and o.red_flag for rec_id in o.recommendations
        ),
    )


@dataclass(frozen=True, slots=True)
class Summary:
    """What the stored summary of an assessment holds (the list, the portfolio's heat map)."""

    overall: Level
    answered: int
    total: int
    themes: tuple[ThemeScore, ...]
    verdict: Verdict


def summary(checklist: Checklist, answers: Mapping[str, Answer], model: int = CURRENT_MODEL) -> Summary:
    """The levels, counts and verdict of :func:`score`, without the open points and the ranked
    recommendations only a screen or a report reads: the store rescores at every answer saved
    and every assessment imported, and these were two thirds of the work."""
    if model not in KNOWN_MODELS:
        raise ValueError(f"scoring model {model} is not known to this PartnerCheck")
    themes = tuple(score_theme(t, answers, model) for t in checklist.themes)
    overall = overall_level(themes, model)
    answered = sum(t.answered for t in themes)
    total = sum(t.total for t in themes)
    return Summary(overall, answered, total, themes, verdict_of(overall, answered, total))


def model_for(assessment: Assessment) -> int:
    """A final assessment keeps the model it was approved with; anything still open to change
    is scored with the rules in force."""
    return assessment.scoring_model if assessment.is_final else CURRENT_MODEL


def score_assessment(assessment: Assessment, checklist: Checklist) -> Score:
    return score(checklist, assessment.answers, model_for(assessment))
