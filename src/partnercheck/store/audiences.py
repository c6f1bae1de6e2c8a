"""What the store keeps for the report's audiences: whether a note may be public, the role of
each person named in assessments (entered once, remembered for every assessment), and the
recorded decisions to publish a final assessment in the public register.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it). The
rules are domain.publication's; each write is one short transaction.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import StateError, StoreError
from .rows import _moment, _stamp

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..domain.publication import PublicationDecision
    from .connection import Database

T = TypeVar("T")


class AudienceWrites:
    db: Database

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[Database]: ...
        def _read(self, fn: Callable[[], T]) -> T: ...
        def _require_editable(self, assessment_id: int) -> None: ...
        def _get(self, assessment_id: int) -> Assessment: ...
        def _touch(self, assessment_id: int, stamp: str) -> None: ...
        def _log(self, assessment_id: int, stamp: str, subject: str, old: str | None, new: str | None, *, actor: str | None = None) -> None: ...

    # -- notes in the public version ---------------------------------------------------------

    def set_note_public(self, assessment_id: int, question_id: str, public: bool) -> None:
        """Let the note on ``question_id`` appear in the public version (or keep it internal)."""
        stamp = _stamp()
        with self._write() as db:
            self._require_editable(assessment_id)
            row = db.execute("SELECT note_public FROM answer WHERE assessment_id = ? AND question_id = ?", [assessment_id, question_id]).fetchone()
            if row is None:
                raise StoreError(f"question {question_id!r} has no answer or note to mark")
            if bool(row[0]) == public:
                return
            db.execute("UPDATE answer SET note_public = ? WHERE assessment_id = ? AND question_id = ?", [int(public), assessment_id, question_id])
            self._log(assessment_id, stamp, f"note-public:{question_id}", str(bool(row[0])).lower(), str(public).lower())
            self._touch(assessment_id, stamp)

    # -- roles --------------------------------------------------------------------------------

    def roles(self) -> dict[str, str]:
        """Name -> role of everyone whose role has been entered."""
        return self._read(lambda: dict(self.db.execute("SELECT name, role FROM person_role ORDER BY name").fetchall()))

    def set_role(self, name: str, role: str) -> None:
        """Remember ``role`` for ``name`` (an empty role forgets it)."""
        name, role = name.strip(), role.strip()
        if not name:
            raise StoreError("name: a role belongs to a name")
        with self._write() as db:
            if role:
                db.execute("INSERT INTO person_role (name, role) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET role = excluded.role", [name, role])
            else:
                db.execute("DELETE FROM person_role WHERE name = ?", [name])

    # -- publication --------------------------------------------------------------------------

    def approve_publication(self, assessment_id: int, decided_by: str, weighing: str, at: _dt.datetime | None = None) -> PublicationDecision:
        """Record that ``assessment_id`` (final) may be published, by whom and why."""
        from ..domain.publication import PublicationDecision, PublicationRefused, check_publication  # here: not on every store's import

        when = (at or _dt.datetime.now().astimezone()).replace(microsecond=0)
        stamp = _stamp()
        with self._write() as db:
            assessment = self._get(assessment_id)
            try:
                check_publication(assessment, decided_by, weighing)
            except PublicationRefused as exc:
                raise StateError(f"assessment {assessment_id}: {exc}", assessment_id, exc) from exc
            before = db.execute("SELECT weighing FROM publication_decision WHERE assessment_id = ?", [assessment_id]).fetchone()
            db.execute(
                "INSERT INTO publication_decision (assessment_id, decided_by, decided_at, weighing) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (assessment_id) DO UPDATE SET decided_by = excluded.decided_by, decided_at = excluded.decided_at, "
                "weighing = excluded.weighing",
                [assessment_id, decided_by.strip(), when.isoformat(), weighing.strip()],
            )
            # The weighing goes into the history too: a later decision replaces the row, and a
            # Woo request asks for every decision (domain.publication.decisions_recorded).
            self._log(assessment_id, stamp, "publication", before[0] if before else None, weighing.strip(), actor=decided_by.strip())
        return PublicationDecision(assessment_id, decided_by.strip(), when, weighing.strip())

    def publication_decisions(self) -> list[PublicationDecision]:
        """Every recorded decision to publish, of assessments not in the bin, oldest id first."""
        from ..domain.publication import PublicationDecision  # here: not on every store's import

        rows = self._read(
            lambda: self.db.execute(
                "SELECT d.assessment_id, d.decided_by, d.decided_at, d.weighing FROM publication_decision d "
                "JOIN assessment a ON a.id = d.assessment_id WHERE a.deleted IS NULL ORDER BY d.assessment_id"
            ).fetchall()
        )
        return self._read(lambda: [PublicationDecision(r[0], r[1], _decided_at(r), r[3]) for r in rows])

    def publication_decision(self, assessment_id: int) -> PublicationDecision | None:
        """The decision in force about one assessment, in the bin or not; None: none recorded."""
        from ..domain.publication import PublicationDecision  # here: not on every store's import

        row = self._read(
            lambda: self.db.execute(
                "SELECT assessment_id, decided_by, decided_at, weighing FROM publication_decision WHERE assessment_id = ?", [assessment_id]
            ).fetchone()
        )
        return self._read(lambda: PublicationDecision(row[0], row[1], _decided_at(row), row[3]) if row else None)


def _decided_at(row: Any) -> _dt.datetime:
    """A decision's stored time, as written (with its offset); a hand edit is a damaged database."""
    return _moment(row[2], f"assessment {row[0]}: publication decision", "decided_at", local=False)
