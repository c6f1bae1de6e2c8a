"""The report's own fixed texts: the frame around the checklist's content (labels, headings,
the words for kinds and statuses), in the reader's language.

Checklist content (themes, questions, guidance, recommendations) comes from the checklist
file. The texts here are the English msgids, written where they are used (``ctx.t("Verdict")``);
their Dutch is in the message catalog (see partnercheck.catalogs and docs/translating.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..catalogs import N_, translate, translate_in, translate_plural
from ..catalogs import check_language as check_language

if TYPE_CHECKING:
    from ..domain.scoring import Score

# The report's word for an enum value (kind, status, action status, review, basis), by code.
CODE_WORDS: dict[str, str] = {
    "municipality": N_("municipality"),
    "province": N_("province"),
    "city": N_("city"),
    "district": N_("district"),
    "proposed": N_("proposed"),
    "active": N_("active"),
    "dormant": N_("dormant"),
    "ended": N_("ended"),
    "open": N_("open"),
    "in-progress": N_("in progress"),
    "done": N_("done"),
    "dropped": N_("dropped"),
    "ok": N_("agreed"),
    "change": N_("change"),
    "document": N_("document"),
    "conversation": N_("conversation"),
    "public-source": N_("public source"),
    "assumption": N_("assumption"),
    "not-recorded": N_("not recorded"),
}


def label(lang: str, msgid: str, **values: object) -> str:
    return translate(lang, msgid, **values)


def plural(lang: str, singular: str, plural: str, n: int, **values: object) -> str:
    return translate_plural(lang, singular, plural, n, **values)


def label_in(lang: str, context: str, msgid: str, **values: object) -> str:
    return translate_in(lang, context, msgid, **values)


def completeness(lang: str, result: Score) -> str:
    """How many questions are answered, and how many of those with "don't know": 59 of 59
    answered reads as done, while 25 "don't know" answers say how much is not known."""
    values = {"answered": result.answered, "total": result.total, "pct": round(100 * result.completeness)}
    if result.unknown_count:
        return label(
            lang, "{answered} of {total} questions answered ({pct}%), {unknown} of them “don't know”", unknown=result.unknown_count, **values
        )
    return label(lang, "{answered} of {total} questions answered ({pct}%)", **values)


def word(lang: str, code: str) -> str:
    """The word for an enum value (kind, status, action status) as the report prints it."""
    msgid = CODE_WORDS.get(code)
    return translate(lang, msgid) if msgid else code
