"""Writing the history: one entry per change, and a run of edits to one note as one entry.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it). ``_log``
and ``_log_note`` run inside the caller's write transaction, so a change and its history entry
are stored together or not at all. Reading the history is in queries.py.
"""

from __future__ import annotations

import datetime as _dt
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from .rows import _moment, _stamp

if TYPE_CHECKING:
    from .connection import Database


def _os_user() -> str:
    """Who the history names when no assessor name is set."""
    try:
        import getpass  # here: it loads termios, which an import of a file never needs

        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


# Edits to one note less than this far apart are one change in the history (see _log_note).
NOTE_EDIT_SESSION_SECONDS = 120


class HistoryLog:
    db: Database
    actor: str

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[Database]: ...
        def _require(self, assessment_id: int) -> None: ...

    def record(self, assessment_id: int, subject: str, old: str | None, new: str | None) -> None:
        """One history entry of its own, for a change a service made (an upgrade's origin)."""
        with self._write():
            self._require(assessment_id)
            self._log(assessment_id, _stamp(), subject, old, new)

    def _log(self, assessment_id: int, stamp: str, subject: str, old: str | None, new: str | None, *, actor: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO history (assessment_id, at, actor, subject, old, new) VALUES (?, ?, ?, ?, ?, ?)",
            [assessment_id, stamp, actor or self.actor, subject, old, new],
        )

    def _log_note(self, assessment_id: int, stamp: str, subject: str, old: str | None, new: str | None) -> None:
        """Record a note change; a run of edits to one note, by one person with nothing else
        changed in between, is one change in the history.

        The window saves a note at every keystroke, so that a crash loses at most the key in
        flight; the history should still read "note changed from A to B", not a line per letter.
        """
        last = self.db.execute(
            "SELECT id, at, actor, subject, old FROM history WHERE assessment_id = ? ORDER BY id DESC LIMIT 1", [assessment_id]
        ).fetchone()
        recent = _dt.datetime.fromisoformat(stamp) - _dt.timedelta(seconds=NOTE_EDIT_SESSION_SECONDS)
        # A hand-edited time is refused (the write rolls back), not compared as a traceback.
        same_run = last is not None and last[3] == subject and last[2] == self.actor
        if last is None or not same_run or _moment(last[1], f"assessment {assessment_id}: history entry {last[0]}", "at") < recent:
            self._log(assessment_id, stamp, subject, old, new)
        elif last[4] == new:
            self.db.execute("DELETE FROM history WHERE id = ?", [last[0]])  # typed, then undone: no change
        else:
            self.db.execute("UPDATE history SET at = ?, new = ? WHERE id = ?", [stamp, new, last[0]])
