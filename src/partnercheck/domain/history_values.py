"""A history entry's stored value with its dates as a reader writes them.

The store keeps values as text with ISO dates (``2025-06-01 media: Artikel``, an agreement
``2012-04-02 Verdrag``, the moment an assessment went to the bin, an action's ``due`` in its
JSON), so that JSON output and the Woo export stay exact. A reader sees the short date of
domain.dates instead: ``01-06-2025`` in Dutch, ``01/06/2025`` in English. Only where the value
is a date: text someone typed (a note, a name, the reason for a hold) is shown as typed, even
when it holds something that looks like a date. An event's kind, its cost category and a
gift's disposition, stored as codes (``gift-received``, ``travel``, ``registered``), are shown in
the reader's words, as the event list shows them; so are a tie's status and the kinds of its
parties (``active``, ``city``), in the words the command line's columns use (domain.code_words).
"""

from __future__ import annotations

import datetime as _dt
import json
import re

from ..catalogs import N_, translate
from .code_words import code_word
from .dates import format_datetime, format_short_date
from .events import CATEGORY_LABELS, DISPOSITION_LABELS, KIND_LABELS, CostCategory, EventKind, GiftDisposition, format_euros

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LEADING_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?=\s|$)")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?")
# Subjects whose value is text someone typed: shown as typed.
_TYPED = frozenset(
    (
        *("note", "notes", "contacts", "review", "publication", "assessor", "reviewed_by", "dutch_party", "counterpart"),
        *("replaced", "review-returned", "hold", "created"),
    )
)

# Subjects whose value starts with the date of the thing: an event, an agreement.
_DATED = frozenset(("event", "agreement"))
# Subjects whose value is a code: a tie's fields, and the same fields of an assessment's partnership.
_CODED = frozenset(f"{prefix}{field}" for prefix in ("", "partnership.") for field in ("status", "dutch_party_kind", "counterpart_kind"))
# After an event's date: its kind's code, then a colon (domain.tie_history.event_line).
_EVENT_KIND = re.compile(r" ([a-z-]+)(?=:)")
_KINDS = {kind.value: kind for kind in EventKind}
# The parts after the text (domain.tie_history.event_line): "EUR 12.50 travel", then "registered".
_AMOUNT_CATEGORY = re.compile(r"(EUR \d+\.\d{2}) ([a-z-]+)")
_CATEGORIES = {category.value: CATEGORY_LABELS[category] for category in CostCategory}
_DISPOSITIONS = {disposition.value: DISPOSITION_LABELS[disposition] for disposition in GiftDisposition}
_LABELS = {"people:": N_("people:"), "source:": N_("source:")}  # each followed by a space
# The amount as event_line stores it, right after the event's text: "EUR 1250.50", then its
# cost category (a code, or already the reader's word).
# (SQLite's integers hold at most 19 digits: a longer one is a hand-edited value, left as stored.)
_STORED_AMOUNT = re.compile(r"EUR (\d{1,19})\.(\d{2})((?: .+)?)")


def _date(text: str, lang: str) -> str | None:
    try:
        return format_short_date(_dt.date.fromisoformat(text), lang)
    except ValueError:
        return None


def _moment(text: str, lang: str) -> str | None:
    try:
        value = _dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return format_datetime(value.astimezone() if value.tzinfo is not None else value, lang)


def readable_value(subject: str, value: str | None, lang: str) -> str | None:
    """``value`` of an entry about ``subject`` (``event:12``, ``deleted``, ``action:3``) as the
    reader writes it: its dates in ``lang``'s short form, codes in words, an event's amount in
    Dutch form; as stored when it holds none of these, or is typed text, or cannot be read so
    (a database edited by hand: a moment out of the calendar's range in local time, an amount
    of thousands of digits, JSON nested thousands deep): the history is shown, never an error."""
    if not value:
        return value
    try:
        return _readable(subject, value, lang)
    except (ValueError, OverflowError, RecursionError):
        return value


def _readable(subject: str, value: str, lang: str) -> str:
    kind = subject.partition(":")[0]
    if kind in _TYPED:
        return value
    if kind in _CODED:
        return code_word(value, lang)  # a code this version does not know: as stored
    if _DATE.fullmatch(value):
        return _date(value, lang) or value
    if _MOMENT.fullmatch(value):
        return _moment(value, lang) or value
    if kind in _DATED and (match := _LEADING_DATE.match(value)):
        shown = _date(match.group(1), lang)
        rest = value[match.end() :]
        if kind == "event":
            rest = _event_codes(_event_kind(rest, lang), lang)
        return value if shown is None else shown + rest
    if kind == "action":
        return _action(value, lang)
    return value


def _event_kind(rest: str, lang: str) -> str:
    """`` media: Artikel`` with the kind in the reader's words, as the event list says it
    (`` Gebruik in Chinese media: Artikel``); a code that is no kind is left as stored."""
    match = _EVENT_KIND.match(rest)
    if match is None or match.group(1) not in _KINDS:
        return rest
    return f" {translate(lang, KIND_LABELS[_KINDS[match.group(1)]])}{rest[match.end() :]}"


def _event_codes(rest: str, lang: str) -> str:
    """The amount and its cost category, the gift's disposition and the labels of the people
    and the source in the reader's words (``EUR 12.50 Reizen; Geregistreerd; personen: …``).
    Only a part that is exactly what event_line writes, before the people and the source
    (typed text, as everything in the first part): a code this version does not know is left
    as stored."""
    parts = rest.split("; ")
    for i, part in enumerate(parts[1:], start=1):
        if part.startswith(("people: ", "source: ")):
            for j in range(i, len(parts)):  # their texts are typed: only the labels change
                label = next((k for k in _LABELS if parts[j].startswith(k + " ")), None)
                if label is not None:
                    parts[j] = translate(lang, _LABELS[label]) + parts[j][len(label) :]
            break
        if (match := _AMOUNT_CATEGORY.fullmatch(part)) and match.group(2) in _CATEGORIES:
            parts[i] = f"{match.group(1)} {translate(lang, _CATEGORIES[match.group(2)])}"
        elif part in _DISPOSITIONS:
            parts[i] = translate(lang, _DISPOSITIONS[part])
    # Dutch writes the amount as the Dutch event list and report do (``€ 1.250,50``); English
    # keeps it as stored, as the command line's English prints plain decimals. Only where
    # event_line puts it, the part after the text: an amount in typed text stays as typed.
    if lang == "nl" and len(parts) > 1 and (match := _STORED_AMOUNT.fullmatch(parts[1])):
        parts[1] = f"€ {format_euros(int(match.group(1)) * 100 + int(match.group(2)), lang)}{match.group(3)}"
    return "; ".join(parts)


def _action(value: str, lang: str) -> str:
    """An action as recorded (JSON): its due date in the reader's form."""
    try:
        data = json.loads(value)
    except ValueError:
        return value
    if not isinstance(data, dict) or not isinstance(data.get("due"), str) or (due := _date(data["due"], lang)) is None:
        return value
    return json.dumps({**data, "due": due}, ensure_ascii=False)
