"""The codes the text output shows in a column (an assessment's state, a verdict, a tie's
status and kinds, a gift's direction), in the run's language: domain.code_words holds the
words (a history value names them too); the JSON and CSV output keep the codes.
"""

from __future__ import annotations

from ..domain.code_words import code_word
from .words import language


def word(code: object) -> str:
    """``code`` (a str or a StrEnum) in the run's language; a code without a word as it is."""
    return code_word(code, language())


def shown(code: object, label: str | None) -> str:
    """A code with a label of its own (an event's kind, a cost category, a gift's fate, a tie's
    field): the label in a Dutch run, the code as typed in an English one (which printed it
    so before, and where it is the word ``--kind`` takes)."""
    if code is None:
        return ""
    return (label or str(code)) if language() == "nl" else str(code)
