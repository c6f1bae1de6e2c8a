"""A tie's history in the database: written inside the caller's write transaction (a change
and its entry are stored together or not at all), read oldest first.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base of ``TieStore``).
What each entry means is in domain/tie_history.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from .errors import UnknownTieError
from .rows import _moment

if TYPE_CHECKING:
    from ..domain.records import HistoryEntry
    from ..domain.ties import Tie
    from .connection import Database

T = TypeVar("T")


class TieHistoryLog:
    db: Database
    actor: str

    if TYPE_CHECKING:

        def _read(self, fn: Callable[[], T]) -> T: ...

    def _log_tie(self, db: Database, tie_id: int, stamp: str, subject: str, old: str | None, new: str | None) -> None:
        db.execute(
            "INSERT INTO tie_history (partnership_id, at, actor, subject, old, new) VALUES (?, ?, ?, ?, ?, ?)",
            [tie_id, stamp, self.actor, subject, old, new],
        )

    def _log_joined(self, db: Database, tie_id: int, assessment_id: int, stamp: str) -> None:
        """A new assessment (made, a revision, a re-assessment, imported) that joins a tie
        which was already there: its history says so. A tie made in the same transaction (by
        this assessment, or a tie file with its assessments) has its ``created`` entry."""
        made_now = db.execute(
            "SELECT 1 FROM tie_history WHERE partnership_id = ? AND at = ? AND subject IN ('created', 'imported') LIMIT 1", [tie_id, stamp]
        ).fetchone()
        if made_now is None:
            self._log_tie(db, tie_id, stamp, "assessment-added", None, f"assessment {assessment_id}")

    def _log_tie_changes(self, db: Database, tie_id: int, stamp: str, old: Tie, new: Tie) -> None:
        from ..domain.tie_history import tie_changes  # here, not at the top: importing the store must not load it

        for subject, before, after in tie_changes(old, new):
            self._log_tie(db, tie_id, stamp, subject, before, after)

    def tie_history(self, tie_id: int, subject: str | None = None) -> list[HistoryEntry]:
        """Every recorded change to the tie (and to ties merged into it), oldest first;
        ``subject`` narrows to one, e.g. 'status' or 'event:12'."""

        def query() -> list[HistoryEntry]:
            if self.db.execute("SELECT 1 FROM partnership WHERE id = ?", [tie_id]).fetchone() is None:
                raise UnknownTieError(tie_id)
            sql = "SELECT at, actor, subject, old, new, id FROM tie_history WHERE partnership_id = ?"
            params: list[object] = [tie_id]
            if subject is not None:
                sql += " AND subject = ?"
                params.append(subject)
            rows = self.db.execute(sql + " ORDER BY at, id", params).fetchall()
            from ..domain.records import HistoryEntry  # here: the window's first screen builds no record (domain.records: ~4 ms)

            return [HistoryEntry(_moment(r[0], f"tie {tie_id}: history entry {r[5]}", "at"), r[1], r[2], r[3], r[4]) for r in rows]

        return self._read(query)
