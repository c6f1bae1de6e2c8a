"""A hand-edited stored value (store.errors.DamagedValueError) said in the run's language: the
record ("assessment 1: review comment on T1") and the sentence around it in Dutch in a Dutch run;
the field stays the stored column's name (``created``, ``due``), as IT finds it in the database,
and the value as it is stored."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..catalogs import N_, translate

if TYPE_CHECKING:
    from ..store.errors import DamagedValueError

# The store names a record by these words and its id (store.rows.DamagedValue's callers).
_NUMBERED = {
    "assessment": N_("assessment {n}"),
    "tie": N_("tie {n}"),
    "evidence": N_("evidence {n}"),
    "tie evidence": N_("tie evidence {n}"),
    "action": N_("action {n}"),
    "agreement": N_("agreement {n}"),
    "history entry": N_("history entry {n}"),
    "event": N_("event {n}"),
}
_NUMBERED_PART = re.compile(r"^(tie evidence|history entry|assessment|evidence|action|tie|agreement|event) (\S+)$")
_COMMENT_PART = re.compile(r"^review comment on (.+)$")


def _part(part: str, lang: str) -> str:
    if m := _NUMBERED_PART.match(part):
        return translate(lang, _NUMBERED[m[1]], n=m[2])
    if m := _COMMENT_PART.match(part):
        return translate(lang, N_("review comment on {theme}"), theme=m[1])
    if part == "publication decision":
        return translate(lang, N_("publication decision"))
    return part  # a record the store names otherwise: as it says it


def record_said(record: str, lang: str) -> str:
    """``record`` ("tie 1: agreement 2") in ``lang``, part by part."""
    return ": ".join(_part(part, lang) for part in record.split(": "))


def found_said(exc: DamagedValueError, lang: str) -> str:
    """What was found (record, field, value) in ``lang``; the English detail when the store
    gave only a sentence of its own (a tie's event or portfolio facts)."""
    if exc.found is None:
        return exc.detail
    record, field, value = exc.found
    sentence = N_("{record}: {field} {value} is not a value PartnerCheck writes")
    return translate(lang, sentence, record=record_said(record, lang), field=field, value=repr(value))
