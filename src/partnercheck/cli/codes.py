"""The codes the text output shows in a column (an assessment's state, a verdict, a tie's
status and kinds, a gift's direction), in the run's language.

The English is the code itself, as the command line printed it before it spoke Dutch, so an
English run reads as it always did and a script that reads the text keeps working; the Dutch is
the window's word (Concept, Ter toetsing, Vastgesteld, Onvolledig...), lower case as in a
sentence. The msgctxt keeps these apart from the same English elsewhere in the catalog. The
JSON and CSV output keep the codes.
"""

from __future__ import annotations

from ..catalogs import NC_, translate_in
from .words import language

_CONTEXT = "code"

_WORDS = {
    # an assessment's state (and the retention rules' record types, which are named after it)
    "draft": NC_("code", "draft"),
    "review": NC_("code", "review"),
    "final": NC_("code", "final"),
    # a verdict
    "not-started": NC_("code", "not-started"),
    "incomplete": NC_("code", "incomplete"),
    "low": NC_("code", "low"),
    "medium": NC_("code", "medium"),
    "high": NC_("code", "high"),
    # a tie's status and the kinds of its parties
    "proposed": NC_("code", "proposed"),
    "active": NC_("code", "active"),
    "dormant": NC_("code", "dormant"),
    "ended": NC_("code", "ended"),
    "municipality": NC_("code", "municipality"),
    "province": NC_("code", "province"),
    "city": NC_("code", "city"),
    "district": NC_("code", "district"),
    # a gift's direction
    "received": NC_("code", "received"),
    "given": NC_("code", "given"),
}


def word(code: object) -> str:
    """``code`` (a str or a StrEnum) in the run's language; a code without a word as it is."""
    text = str(code)
    return translate_in(language(), _CONTEXT, _WORDS[text]) if text in _WORDS else text


def shown(code: object, label: str | None) -> str:
    """A code with a label of its own (an event's kind, a cost category, a gift's fate, a tie's
    field): the label in a Dutch run, the code as typed in an English one (which printed it
    so before, and where it is the word ``--kind`` takes)."""
    if code is None:
        return ""
    return (label or str(code)) if language() == "nl" else str(code)
