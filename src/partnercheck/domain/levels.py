"""The three risk levels, the verdict and their words. Apart from scoring so that showing a
level (the list of assessments does, at start-up) does not load the checklist model and the
rules."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from ..catalogs import N_, translate

# The scoring rules in force (domain/scoring.py, docs/scoring.md). Stored with every
# assessment: a final assessment keeps the levels of the model it was approved with.
CURRENT_MODEL = 2


class Level(IntEnum):
    LOW = 0
    MEDIUM = 1
    HIGH = 2

    @property
    def code(self) -> str:
        return self.name.lower()

    @classmethod
    def from_code(cls, code: str) -> Level:
        return cls[code.upper()]


LEVEL_LABELS = {
    Level.LOW: N_("low"),
    Level.MEDIUM: N_("medium"),
    Level.HIGH: N_("high"),
}


def level_label(level: Level, lang: str) -> str:
    return translate(lang, LEVEL_LABELS[level])


class Verdict(StrEnum):
    """What the assessment says as a whole; a level only once it may say one."""

    NOT_STARTED = "not-started"
    INCOMPLETE = "incomplete"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def level(self) -> Level | None:
        """The level this verdict states; None for not-started and incomplete."""
        return Level.from_code(self.value) if self.value in ("low", "medium", "high") else None


VERDICT_LABELS = {
    Verdict.NOT_STARTED: N_("Not started"),
    Verdict.INCOMPLETE: N_("Incomplete – no verdict yet"),
    Verdict.LOW: N_("Low risk"),
    Verdict.MEDIUM: N_("Medium risk"),
    Verdict.HIGH: N_("High risk"),
}


def verdict_label(verdict: Verdict, lang: str) -> str:
    return translate(lang, VERDICT_LABELS[verdict])
