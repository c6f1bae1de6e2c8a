"""The three risk levels and their words. Apart from scoring so that showing a level (the
list of assessments does, at start-up) does not load the checklist model and the rules."""

from __future__ import annotations

from enum import IntEnum


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
    Level.LOW: {"nl": "laag", "en": "low"},
    Level.MEDIUM: {"nl": "middel", "en": "medium"},
    Level.HIGH: {"nl": "hoog", "en": "high"},
}


def level_label(level: Level, lang: str) -> str:
    return LEVEL_LABELS[level][lang]
