"""The checklist model: themes, questions, answer options, recommendations and sources.

Built by :mod:`partnercheck.domain.checklist_loader` from a data file; immutable after that.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

from .text import LocalText

MAX_RISK = 3
ADVICE_TOPICS = ("clauses", "pressure")


def _by_init(item: Any) -> tuple[type, tuple[Any, ...]]:
    """``__reduce__`` of the frozen slotted classes below: unpickled by a call of the class with
    its fields, which runs the generated ``__init__`` (and ``__post_init__``), instead of
    dataclasses' generic ``__setstate__``. The cached checklists (services.checklist_cache)
    hold about a thousand of these; loading them took 40 % less time (issue 16)."""
    return type(item), tuple(getattr(item, f.name) for f in fields(item) if f.init)


@dataclass(frozen=True, slots=True)
class Source:
    """A source the checklist cites by its code: a policy framework, or (``advice`` False) a descriptive one."""

    __reduce__ = _by_init

    code: str
    title: str
    publisher: str
    date: str
    url: str = ""
    note: LocalText = LocalText("", "")
    # False for a descriptive source that says of itself it is no policy framework: it may
    # back a question's facts, never a recommendation (the loader enforces this).
    advice: bool = True


@dataclass(frozen=True, slots=True)
class Option:
    """One answer a question offers: its risk (0 to MAX_RISK), whether it is a red flag, the measures it triggers."""

    __reduce__ = _by_init

    value: str
    label: LocalText
    risk: int
    red_flag: bool = False
    recommendations: tuple[str, ...] = ()
    # The "don't know" answer. Rules about missing information key on this marker, never on
    # the option's value name; the loader allows at most one per question.
    unknown: bool = False
    # The answer fits only a tie entered before this year (e.g. 2020, when ICP China began):
    # chosen for a proposed tie or one entered that year or later it contradicts the tie's
    # details, and domain.answer_fit flags it. The scoring does not use it.
    entered_before: int | None = None


@dataclass(frozen=True, slots=True)
class Question:
    """One question of a theme, with the options it offers and the sources behind it."""

    __reduce__ = _by_init

    id: str
    theme_id: str
    text: LocalText
    guidance: LocalText
    sources: tuple[str, ...]
    options: tuple[Option, ...]
    # True where DOMAIN.md marks the point as inferred: the guidance must not claim a source.
    inferred: bool = False
    # Ids of questions in earlier versions whose meaning this one took over with a change:
    # their answers are not carried over, but shown beside this question on an upgrade.
    replaces: tuple[str, ...] = ()

    # Derived once from the options: scoring asks them of every question at every save and
    # every import (issue 16: a folder import spent a third of its time re-deriving them).
    has_red_flag: bool = field(init=False, repr=False, compare=False)
    # The most an answer that is not a red flag can score: what "at its worst" means.
    highest_plain_risk: int = field(init=False, repr=False, compare=False)
    _by_value: dict[str, Option] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "has_red_flag", any(o.red_flag for o in self.options))
        object.__setattr__(self, "highest_plain_risk", max((o.risk for o in self.options if not o.red_flag), default=0))
        object.__setattr__(self, "_by_value", {o.value: o for o in reversed(self.options)})  # the first of a value wins

    def option(self, value: str) -> Option | None:
        return self._by_value.get(value)

    @property
    def lowest_risk(self) -> int:
        return min(o.risk for o in self.options)


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A measure the advice may propose, with the sources behind it."""

    __reduce__ = _by_init

    id: str
    theme_id: str
    text: LocalText
    sources: tuple[str, ...]
    # The wording for a tie that already exists (active, dormant or ended), where the general
    # text speaks of signing; None when one text fits every tie.
    text_signed: LocalText | None = None
    # Stages of the tie (proposed, active, dormant, ended) for which this measure comes first:
    # for a dormant tie the decision to end or revive it precedes everything else.
    lead_for: tuple[str, ...] = ()
    # What this measure tells the advice for a high-risk existing tie (domain.advice): "clauses"
    # (the text holds provisions to have removed) or "pressure" (the Chinese side pressed, or the
    # tie gave in). The advice names only what the verdict rests on; None: nothing.
    advice_topic: str | None = None

    def text_for(self, signed: bool) -> LocalText:
        return self.text_signed if signed and self.text_signed is not None else self.text


@dataclass(frozen=True, slots=True)
class Theme:
    """A group of questions, and the measures their answers can trigger."""

    __reduce__ = _by_init

    id: str
    title: LocalText
    intro: LocalText
    questions: tuple[Question, ...]
    recommendations: tuple[Recommendation, ...]
    # "risk" for a theme about China-specific risk; "governance" for the municipality's own
    # housekeeping (goals, costs, reporting, exit plans). Gaps in housekeeping make a theme at
    # most medium and do not count towards the breadth rule (see domain/scoring.py).
    kind: str = "risk"


@dataclass(frozen=True)
class Checklist:
    """One version of a checklist: its themes (with their questions and measures) and sources."""

    id: str
    version: str
    title: LocalText
    description: LocalText
    themes: tuple[Theme, ...]
    sources: tuple[Source, ...] = field(default=())
    # The day the content was last reviewed (ISO date), shown in About, reports and
    # `checklist --json`, so an offline town hall can see how current its checklist is.
    content_date: str = ""

    @cached_property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for t in self.themes for q in t.questions)

    @cached_property
    def _question_index(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def _theme_index(self) -> dict[str, Theme]:
        return {t.id: t for t in self.themes}

    @cached_property
    def _recommendation_index(self) -> dict[str, Recommendation]:
        return {r.id: r for t in self.themes for r in t.recommendations}

    @cached_property
    def _source_index(self) -> dict[str, Source]:
        return {s.code: s for s in self.sources}

    def question(self, question_id: str) -> Question | None:
        return self._question_index.get(question_id)

    def theme(self, theme_id: str) -> Theme | None:
        return self._theme_index.get(theme_id)

    def recommendation(self, recommendation_id: str) -> Recommendation | None:
        return self._recommendation_index.get(recommendation_id)

    def source(self, code: str) -> Source | None:
        return self._source_index.get(code)

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)


class ChecklistError(Exception):
    """A checklist file the loader refuses: the file, the key and what is wrong. Defined here,
    not in the loader, so catching it does not load the TOML parser."""

    def __init__(self, file: str, key: str, message: str) -> None:
        super().__init__(f"{file}: {key}: {message}" if key else f"{file}: {message}")
        self.file = file
        self.key = key
        self.message = message
