"""A tie's evidence files in the bin: moved there and back, listed in File › Bin, and what
emptying the bin does with the evidence files in it (answers' and ties').

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it, through
``EvidenceStore``). Attaching and listing a tie's files is in ``evidence.py``; the content
lives in ``evidence_blob`` as for answers, and is never read here except to open a file.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.assessment import AssessmentState
from .errors import StoreError
from .rows import _moment, _stamp

if TYPE_CHECKING:
    from ..domain.evidence import BinnedTieEvidence, EvidenceItem
    from .connection import Database

T = TypeVar("T")

_COLUMNS = "t.id, t.name, t.size, t.sha256, t.added, t.added_by"


class UnknownTieEvidenceError(StoreError):
    def __init__(self, evidence_id: object) -> None:
        super().__init__(f"tie evidence {evidence_id}: no such file attached to a tie in this database (see 'partnercheck attach-tie TIE')")
        self.evidence_id = evidence_id


def _tie_item(row: tuple[Any, ...]) -> EvidenceItem:
    from ..domain.evidence import EvidenceItem  # here, not at the top: importing the store must not load it

    added = _moment(row[4], f"tie evidence {row[0]}", "added")
    return EvidenceItem("", str(row[1]), int(row[2]), str(row[3]), added, str(row[5]), int(row[0]))


# A tie is on hold while any of its assessments is (services.retention.hold_tie sets them all).
_TIE_HOLD = "EXISTS (SELECT 1 FROM assessment a WHERE a.partnership_id = t.partnership_id AND a.hold IS NOT NULL)"


class TieFileStore:
    db: Database
    actor: str

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[Database]: ...
        def _read(self, fn: Callable[[], T]) -> T: ...
        def blob(self, digest: str, name: str = "") -> bytes: ...
        def _log_tie(self, db: Database, tie_id: int, stamp: str, subject: str, old: str | None, new: str | None) -> None: ...

    def tie_evidence_item(self, evidence_id: int) -> tuple[int, EvidenceItem]:
        """(tie id, the file) of tie evidence ``evidence_id``, attached or in the bin."""
        row = self._read(lambda: self.db.execute(f"SELECT t.partnership_id, {_COLUMNS} FROM tie_evidence t WHERE t.id = ?", [evidence_id]).fetchone())
        if row is None:
            raise UnknownTieEvidenceError(evidence_id)
        return int(row[0]), _tie_item(row[1:])

    def tie_evidence_content(self, evidence_id: int) -> bytes:
        """The file's bytes, checked against its SHA-256."""
        _, item = self.tie_evidence_item(evidence_id)
        return self.blob(item.sha256, item.name)

    def remove_tie_evidence(self, evidence_id: int) -> None:
        """Into the bin: no longer listed with the tie, restorable until the bin is emptied."""
        from ..domain.tie_history import evidence_line  # here, not at the top: importing the store must not load it

        tie_id, item = self.tie_evidence_item(evidence_id)
        stamp = _stamp()
        with self._write() as db:
            moved = db.execute("UPDATE tie_evidence SET deleted = ? WHERE id = ? AND deleted IS NULL", [stamp, evidence_id]).rowcount
            if moved:  # the tie's history says it in the same transaction (store.tie_history)
                self._log_tie(db, tie_id, stamp, f"evidence:{evidence_id}", evidence_line(item.name, item.sha256), "bin")

    def restore_tie_evidence(self, evidence_id: int) -> None:
        from ..domain.tie_history import evidence_line  # here, not at the top: importing the store must not load it

        tie_id, item = self.tie_evidence_item(evidence_id)
        stamp = _stamp()
        with self._write() as db:
            restored = db.execute("UPDATE tie_evidence SET deleted = NULL WHERE id = ? AND deleted IS NOT NULL", [evidence_id]).rowcount
            if restored:
                self._log_tie(db, tie_id, stamp, f"evidence:{evidence_id}", "bin", evidence_line(item.name, item.sha256))

    def binned_tie_evidence(self) -> list[BinnedTieEvidence]:
        """Every file removed into the bin from a tie, last removed first."""
        from ..domain.evidence import BinnedTieEvidence  # here, not at the top: importing the store must not load it

        rows = self._read(
            lambda: self.db.execute(
                f"SELECT p.id, p.dutch_party, p.counterpart, t.deleted, {_COLUMNS} FROM tie_evidence t"
                " JOIN partnership p ON p.id = t.partnership_id WHERE t.deleted IS NOT NULL ORDER BY t.deleted DESC, t.id DESC"
            ).fetchall()
        )
        return [BinnedTieEvidence(int(r[0]), str(r[1]), str(r[2]), _tie_item(r[4:]), _moment(r[3], f"tie evidence {r[0]}", "deleted")) for r in rows]

    def _empty_binned_files(self, db: Database) -> tuple[int, int]:
        """Inside the caller's transaction (emptying the bin, after the assessments it destroys):
        destroy the evidence files in the bin that domain.retention lets go; returns (destroyed,
        kept). An answer's file of an assessment in review or final stays locked with it."""
        from ..domain.retention import binned_file_may_go  # here, not at the top: importing the store must not load it

        gone: list[int] = []
        kept = 0
        answers = db.execute(
            "SELECT e.id, a.state, a.hold IS NOT NULL FROM evidence e JOIN assessment a ON a.id = e.assessment_id WHERE e.deleted IS NOT NULL"
        ).fetchall()
        for evidence_id, state, hold in answers:
            if binned_file_may_go(AssessmentState(state), bool(hold)):
                gone.append(int(evidence_id))
            else:
                kept += 1
        for evidence_id in gone:
            db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
        ties = db.execute(f"SELECT t.id, {_TIE_HOLD} FROM tie_evidence t WHERE t.deleted IS NOT NULL").fetchall()
        tie_gone = [int(r[0]) for r in ties if binned_file_may_go(None, bool(r[1]))]
        for evidence_id in tie_gone:
            db.execute("DELETE FROM tie_evidence WHERE id = ?", [evidence_id])
        kept += len(ties) - len(tie_gone)
        return len(gone) + len(tie_gone), kept
