"""The recorded changes of an assessment in words: which question (number and text), which
partnership field, which action, and what the change was, with answer values shown as the
option labels of the UI language and long notes shortened.

The store records ``subject``, ``old`` and ``new`` as text (see ``AssessmentStore.history``);
nothing here reads the database.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..domain.assessment import ActionStatus, AssessmentState, CounterpartKind, DutchPartyKind, HistoryEntry, PartnershipStatus
from ..domain.checklist import Checklist, Question
from ..domain.history_values import readable_value
from ..domain.numbering import question_number
from .dates import local_time_text, short_date_text, ui_language
from .labels import action_status_word, counterpart_kind_word, dutch_party_kind_word, state_word, status_word

translate = QCoreApplication.translate

NOTE_LENGTH = 70
SUBJECT_LENGTH = 70
ARROW = " → "
NOTHING = "—"


def _fill(template: str, *values: object) -> str:
    for n, value in enumerate(values, start=1):
        template = template.replace(f"%{n}", str(value))
    return template


def shorten(text: str, limit: int = NOTE_LENGTH) -> str:
    """One line, at most ``limit`` characters, cut at a word where possible."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:–—-") + "…"


def quoted(text: str, limit: int = NOTE_LENGTH) -> str:
    return f"“{shorten(text, limit)}”"


def when_text(at: _dt.datetime) -> str:
    return local_time_text(at)


def question_title(checklist: Checklist, question: Question, lang: str, limit: int = SUBJECT_LENGTH) -> str:
    """ "3.2 Is the CPAFFC involved …" """
    return f"{question_number(checklist, question.id)} {shorten(question.text.get(lang), limit)}"


def answer_label(question: Question | None, value: str | None, lang: str) -> str:
    """The option's label in the UI language; "—" for no answer."""
    if value is None:
        return NOTHING
    option = question.option(value) if question is not None else None
    return option.label.get(lang) if option is not None else value


@dataclass(frozen=True, slots=True)
class HistoryRow:
    when: str
    who: str
    subject: str  # what was changed: a question, a field, an action, the stage
    subject_detail: str  # the same in full (the whole question text), for a tooltip
    change: str  # what happened to it, readable
    detail: str  # the change in full (notes unshortened), for a tooltip
    entry: HistoryEntry


def describe(entry: HistoryEntry, checklist: Checklist, lang: str) -> HistoryRow:
    kind, _, key = entry.subject.partition(":")
    # By default the values as stored, a date in them as the reader writes it.
    shown = (readable_value(entry.subject, entry.old, ui_language()), readable_value(entry.subject, entry.new, ui_language()))
    subject, change, detail, subject_detail = entry.subject, _plain(*shown), "", ""
    if kind in ("answer", "note", "basis", "evidence"):
        question = checklist.question(key)
        subject = question_title(checklist, question, lang) if question else _fill(translate("History", "Question %1"), key)
        if question is not None:
            subject_detail = f"{question_number(checklist, question.id)} {question.text.get(lang)}"
        if kind == "answer":
            change = _answer_change(question, entry.old, entry.new, lang)
        elif kind == "basis":
            change = _fill(translate("History", "Basis: %1"), _plain(_mapped(_basis, entry.old), _mapped(_basis, entry.new)))
        elif kind == "evidence":
            change = _evidence_change(entry.old, entry.new)
        else:
            change, detail = _note_change(entry.old, entry.new)
    elif kind.startswith("partnership."):
        field = kind.removeprefix("partnership.")
        subject = _field_name(field)
        word = _FIELD_WORDS.get(field)
        change = _plain(_mapped(word, entry.old), _mapped(word, entry.new))
    elif kind == "assessor":
        subject = translate("History", "Assessor")
    elif kind == "action":
        subject, change, detail = _action_change(entry.old, entry.new)
    elif kind == "state":
        subject = translate("History", "Stage")
        change = _plain(_mapped(_state, entry.old), _mapped(_state, entry.new))
    elif kind == "reviewed_by":
        subject = translate("History", "Reviewer")
    elif kind == "review":
        theme = checklist.theme(key)
        subject = _fill(translate("History", "Review of %1"), theme.title.get(lang) if theme is not None else key)
        change = detail = _review_change(entry.new)
    elif kind == "created":
        subject = translate("History", "Assessment")
        change = translate("History", "Created") + (f" ({entry.new})" if entry.new else "")
    elif kind == "replaced":
        subject = translate("History", "Assessment")
        change = _fill(translate("History", "Content replaced by the import of %1"), entry.new or "?")
    elif kind == "review-returned":  # a review done on another PC came back (domain.review_return)
        subject = translate("History", "Assessment")
        change = _fill(translate("History", "Review comments taken in from %1"), entry.new or "?")
    elif kind == "hold":
        subject = translate("History", "Legal hold")
        change = _plain(hold_text(entry.old), hold_text(entry.new))
    elif kind == "deleted":
        subject = translate("History", "Assessment")
        change = translate("History", "Moved to the bin") if entry.new is not None else translate("History", "Restored from the bin")
    return HistoryRow(when_text(entry.at), entry.actor, subject, subject_detail or subject, change, detail or change, entry)


def hold_text(value: str | None) -> str | None:
    """A stored hold value ("on", or "on: the reason", see store.retention_store) in the
    window's words."""
    if not value:
        return value
    head, _, reason = value.partition(": ")
    if head != "on":
        return value
    return _fill(translate("History", "on hold: %1"), reason) if reason else translate("History", "on hold")


def _review_change(stored: str | None) -> str:
    """``change: text`` (store.review_comments.history_text) as "Change needed: text"."""
    from ..domain.assessment import ReviewVerdict
    from .review_panel import verdict_word

    verdict, _, text = (stored or "").partition(": ")
    try:
        word = verdict_word(ReviewVerdict(verdict))
    except ValueError:
        return stored or NOTHING
    return f"{word}: {text}" if text else word


def _basis(code: str) -> str:
    from .evidence_panel import basis_choices

    return next((label for basis, label, _ in basis_choices() if basis.value == code), code)


def _evidence_change(old: str | None, new: str | None) -> str:
    if old is None:
        return _fill(translate("History", "Evidence attached: %1"), new or "")
    if new is None:
        return _fill(translate("History", "Evidence moved to the bin: %1"), old)
    return _fill(translate("History", "Evidence restored: %1"), new)


def _plain(old: str | None, new: str | None) -> str:
    if old is None and new is not None:
        return _fill(translate("History", "Set to %1"), new)
    if new is None and old is not None:
        return _fill(translate("History", "Cleared (was %1)"), old)
    return f"{old if old is not None else NOTHING}{ARROW}{new if new is not None else NOTHING}"


def _answer_change(question: Question | None, old: str | None, new: str | None, lang: str) -> str:
    before, after = answer_label(question, old, lang), answer_label(question, new, lang)
    if old is None:
        return _fill(translate("History", "Answered: %1"), after)
    if new is None:
        return _fill(translate("History", "Answer cleared (was: %1)"), before)
    return _fill(translate("History", "Answer: %1"), f"{before}{ARROW}{after}")


def _note_change(old: str | None, new: str | None) -> tuple[str, str]:
    if not old:
        return _fill(translate("History", "Note added: %1"), quoted(new or "")), _fill(translate("History", "Note added: %1"), f"“{new or ''}”")
    if not new:
        return _fill(translate("History", "Note removed (was: %1)"), quoted(old)), _fill(translate("History", "Note removed (was: %1)"), f"“{old}”")
    short = _fill(translate("History", "Note changed: %1"), f"{quoted(old, 40)}{ARROW}{quoted(new, 40)}")
    return short, _fill(translate("History", "Note changed: %1"), f"“{old}”{ARROW}“{new}”")


def _due(value: str) -> str:
    return short_date_text(_dt.date.fromisoformat(value))


def _state(value: str) -> str:
    return state_word(AssessmentState(value))


def _mapped(word: Callable[[str], str] | None, value: str | None) -> str | None:
    if value is None or word is None:
        return value
    try:
        return word(value)
    except ValueError:  # a value this version does not know: show it as stored
        return value


_FIELD_WORDS: dict[str, Callable[[str], str]] = {
    "status": lambda v: status_word(PartnershipStatus(v)),
    "dutch_party_kind": lambda v: dutch_party_kind_word(DutchPartyKind(v)),
    "counterpart_kind": lambda v: counterpart_kind_word(CounterpartKind(v)),
}


def _field_name(field: str) -> str:
    names = {
        "dutch_party": translate("History", "Dutch party"),
        "dutch_party_kind": translate("History", "Kind of Dutch party"),
        "counterpart": translate("History", "Chinese partner"),
        "counterpart_kind": translate("History", "Kind of Chinese partner"),
        "status": translate("History", "Status of the partnership"),
        "since": translate("History", "Partnership since"),
    }
    return names.get(field, field)


def _action(value: str | None) -> dict[str, str] | None:
    if value is None:
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return {"text": value}
    return data if isinstance(data, dict) else {"text": value}


def _action_change(old: str | None, new: str | None) -> tuple[str, str, str]:
    before, after = _action(old), _action(new)
    text = str((after or before or {}).get("text") or "")
    subject = _fill(translate("History", "Action: %1"), shorten(text, 50))
    if before is None:
        return subject, translate("History", "Added to the action plan"), ""
    if after is None:
        return subject, translate("History", "Removed from the action plan"), ""
    parts = []
    full = []
    if before.get("text") != after.get("text"):
        parts.append(_fill(translate("History", "text changed, was %1"), quoted(str(before.get("text") or ""), 40)))
        full.append(_fill(translate("History", "text changed, was %1"), f"“{before.get('text') or ''}”"))
    for key, name, word in (
        ("owner", translate("History", "owner"), None),
        ("due", translate("History", "due date"), _due),
        ("status", translate("History", "status"), lambda v: action_status_word(ActionStatus(v))),
    ):
        if before.get(key) != after.get(key):
            a, b = _mapped(word, before.get(key)), _mapped(word, after.get(key))
            line = f"{name}: {a or NOTHING}{ARROW}{b or NOTHING}"
            parts.append(line)
            full.append(line)
    change = "; ".join(parts) or translate("History", "Changed")
    return subject, change[:1].upper() + change[1:], "; ".join(full)
