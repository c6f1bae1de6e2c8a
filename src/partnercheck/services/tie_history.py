"""A tie's history and changing a tie, as the window, the command line and the Woo export use
them.

* :func:`tie_history`: every recorded change to a tie (and to ties merged into it), oldest
  first, as ``HistoryEntry`` -- the same type as an assessment's history, so whatever writes
  that (the Woo export's CSV and redaction list) takes these as they are.
* :func:`history_rows`: the same as plain values (ISO times) for JSON or CSV.
* :func:`change_tie`: change named fields of a tie, validated whole before anything is written.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from ..domain.refusal import Refusal

if TYPE_CHECKING:
    from ..domain.assessment import HistoryEntry
    from ..domain.ties import Tie
    from ..store import AssessmentStore

HISTORY_FIELDS = ("at", "by", "what", "old", "new")


def tie_history(store: AssessmentStore, tie_id: int, subject: str | None = None) -> list[HistoryEntry]:
    return store.tie_history(tie_id, subject)


def history_rows(entries: list[HistoryEntry]) -> list[dict[str, Any]]:
    """Entries under the names of ``tie-history --json`` (and ``history --json``)."""
    return [{"at": e.at.isoformat(), "by": e.actor, "what": e.subject, "old": e.old, "new": e.new} for e in entries]


def history_lines(entries: list[HistoryEntry], lang: str) -> list[str]:
    """One line a change, the date in words (domain.dates), for a reader."""
    from ..domain.tie_history import describe

    return [describe(e, lang) for e in entries]


class TieChangeError(ValueError):
    """A change a tie cannot take; ``field`` names it (as the command line's option does)."""

    def __init__(self, field: str, message: str, reason: Refusal | None = None) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.reason = reason  # the rules' refusal, to be said in another language (domain.refusal)


def changed_tie(tie: Tie, changes: dict[str, Any]) -> Tie:
    """``tie`` with ``changes`` (field name -> new value) applied, checked by the domain's rules
    (years, ended not before since; domain.plain_text for the texts); TieChangeError naming
    the field otherwise."""
    from ..domain.plain_text import check_lines, check_texts

    try:
        texts = {name: changes[name] for name in ("contacts", "notes") if name in changes}
        check_texts(**texts)
        for agreement in changes.get("agreements", ()):
            check_lines(agreements=agreement.title)
        return dataclasses.replace(tie, **changes)
    except ValueError as exc:
        name, _, message = str(exc).partition(": ")
        raise TieChangeError(name, message or str(exc), exc if isinstance(exc, Refusal) else None) from None


def change_tie(store: AssessmentStore, tie_id: int, changes: dict[str, Any], expected: Tie | None = None) -> tuple[Tie, list[str]]:
    """Apply ``changes`` to the tie as the caller read it (``expected``; else as read now)
    and store it (one transaction, history included); returns the tie as stored and the
    names of the fields that changed (empty: nothing written). TieConflictError (nothing
    written) when the tie changed elsewhere since it was read."""
    before = expected if expected is not None else store.get_tie(tie_id)
    after = changed_tie(before, changes)
    from ..domain.tie_history import tie_changes

    names = sorted({subject for subject, _, _ in tie_changes(before, after)})
    if names:
        store.update_tie(after, expected=before)
    return store.get_tie(tie_id), names
