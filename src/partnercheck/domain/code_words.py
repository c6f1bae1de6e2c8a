"""The codes that are stored and printed as codes (an assessment's state, a verdict, a tie's
status and the kinds of its parties, a gift's direction) in a reader's language.

The English is the code itself, as the command line printed it before it spoke Dutch, so an
English run reads as it always did and a script that reads the text keeps working; the Dutch is
the window's word (concept, ter toetsing, vastgesteld, onvolledig...), lower case as in a
sentence. The msgctxt keeps these apart from the same English elsewhere in the catalog. Here in
domain, not in cli, because a history value (domain.history_values) names them too: one table
for the command line's columns and its histories. JSON and CSV output keep the codes.
"""

from __future__ import annotations

from ..catalogs import NC_, translate_in

CONTEXT = "code"

WORDS = {
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


def code_word(code: object, lang: str) -> str:
    """``code`` (a str or a StrEnum) in ``lang``; a code without a word as it is."""
    text = str(code)
    return translate_in(lang, CONTEXT, WORDS[text]) if text in WORDS else text
