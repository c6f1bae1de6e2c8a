"""A tie's history: what one change to a tie is called and how it reads.

The store records an entry (``HistoryEntry``: when, who, subject, old, new) in the same
transaction as every change to a tie; this module says which entries a change makes and how a
reader sees one. Subjects:

* ``created`` (new: the parties), ``imported`` (new: the parties; from a tie file);
* a field by its name: ``dutch_party``, ``dutch_party_kind``, ``counterpart``,
  ``counterpart_kind``, ``status``, ``since``, ``ended``, ``contacts``, ``notes``;
* ``agreement``: one agreement added (new) or removed (old), as ``2012-04-02 Title``;
* ``merged`` (old: the tie that went, new: this tie), ``split-from`` (old: the tie it came
  from, new: the assessment), ``split-off`` (old: the assessment, new: the new tie),
  ``moved-in`` / ``moved-out`` (an assessment moved between existing ties);
* ``event:<id>``: an event added (new), changed (old and new) or removed (old);
* ``evidence:<id>``: a file attached (new), moved to the bin (old, new ``bin``) or restored
  (old ``bin``, new);
* ``hold``: set (new ``on``) or lifted (old ``on``);
* ``assessment-added``: a new assessment joined the tie that was already there (made for the
  same parties or for this tie, a revision, a re-assessment, an import; new: ``assessment 12``);
* ``hold-extended``: an assessment that joined the tie on hold took its hold over (new:
  ``assessment 12: on: the reason``).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..catalogs import NC_, translate_in
from .dates import format_date

if TYPE_CHECKING:
    from .assessment import HistoryEntry
    from .events import Event
    from .ties import Agreement, Tie

FIELDS = ("dutch_party", "dutch_party_kind", "counterpart", "counterpart_kind", "status", "since", "ended", "contacts", "notes")

# What a reader calls each subject (the catalog gives the Dutch; context: a tie's history).
_WORDS = {
    "created": NC_("tie history", "created"),
    "imported": NC_("tie history", "imported from a tie file"),
    "dutch_party": NC_("tie history", "Dutch party"),
    "dutch_party_kind": NC_("tie history", "kind of Dutch party"),
    "counterpart": NC_("tie history", "Chinese party"),
    "counterpart_kind": NC_("tie history", "kind of Chinese party"),
    "status": NC_("tie history", "status"),
    "since": NC_("tie history", "since (year)"),
    "ended": NC_("tie history", "ended (year)"),
    "contacts": NC_("tie history", "contacts"),
    "notes": NC_("tie history", "notes"),
    "agreement": NC_("tie history", "agreement"),
    "merged": NC_("tie history", "merged"),
    "split-from": NC_("tie history", "split from"),
    "split-off": NC_("tie history", "split off to"),
    "assessment-added": NC_("tie history", "assessment added"),
    "moved-in": NC_("tie history", "assessment moved in"),
    "moved-out": NC_("tie history", "assessment moved out"),
    "event": NC_("tie history", "event"),
    "evidence": NC_("tie history", "evidence"),
    "hold": NC_("tie history", "hold"),
    "hold-extended": NC_("tie history", "hold extended to"),
}


def _text(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def agreement_line(agreement: Agreement) -> str:
    return f"{agreement.signed.isoformat()} {agreement.title}" if agreement.signed else agreement.title


def event_line(event: Event) -> str:
    """An event as its history entry names it: date, kind, text, value, disposition, people, source."""
    from .events import plain_euros

    parts = [f"{event.date.isoformat()} {event.kind.value}: {event.text}"]
    if event.value_cents is not None:
        parts.append(f"EUR {plain_euros(event.value_cents)}" + (f" {event.category.value}" if event.category else ""))
    if event.disposition is not None:
        parts.append(event.disposition.value)
    parts += [f"{label} {text}" for label, text in (("people:", event.people), ("source:", event.source)) if text]
    return "; ".join(parts)


def evidence_line(name: str, sha256: str) -> str:
    return f"{name} ({sha256[:12]})"


def tie_changes(old: Tie, new: Tie) -> list[tuple[str, str | None, str | None]]:
    """(subject, old, new) for every field that differs, then each agreement removed and
    added (a reordering alone is no change)."""
    changes = [(name, _text(getattr(old, name)), _text(getattr(new, name))) for name in FIELDS if getattr(old, name) != getattr(new, name)]
    before = Counter(agreement_line(a) for a in old.agreements)
    after = Counter(agreement_line(a) for a in new.agreements)
    changes += [("agreement", line, None) for line in (before - after).elements()]
    changes += [("agreement", None, line) for line in (after - before).elements()]
    return changes


def subject_words(subject: str, lang: str) -> str:
    """The subject as a reader calls it: ``status``, ``event 12``, ``evidence 3``."""
    kind, _, number = subject.partition(":")
    words = translate_in(lang, "tie history", _WORDS[kind]) if kind in _WORDS else kind
    return f"{words} {number}" if number else words


def describe(entry: HistoryEntry, lang: str) -> str:
    """One line for a reader: the date in words, the time, who, what, old → new (a date in
    them as the reader writes it, domain.history_values)."""
    from .history_values import readable_value

    at = entry.at
    what = subject_words(entry.subject, lang)
    old = readable_value(entry.subject, entry.old, lang) or "–"  # none, or an empty field (contacts, notes)
    new = readable_value(entry.subject, entry.new, lang) or "–"
    return f"{format_date(at.date(), lang)} {at:%H:%M}  {entry.actor}  {what}: {old} → {new}"
