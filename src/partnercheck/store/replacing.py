"""Finding an assessment by its UUID, and replacing a local draft's content with an imported
one (``partnercheck import --replace``).

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it). The
replacement is one transaction: the draft keeps its id, uuid and history, and the history
records that its content was replaced by an import; a final (or review, or binned)
assessment is never replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from .review_comments import insert_review_comments
from .rows import _action_row, _basis_column, _partnership_row, _stamp

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..domain.checklist import Checklist
    from ..domain.evidence import EvidenceItem
    from .connection import Database

T = TypeVar("T")


class ReplaceWrites:
    db: Database

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[Database]: ...
        def _read(self, fn: Callable[[], T]) -> T: ...
        def _require_editable(self, assessment_id: int) -> None: ...
        def checklist_for(self, assessment: Assessment) -> Checklist: ...
        def _log(self, assessment_id: int, stamp: str, subject: str, old: str | None, new: str | None, *, actor: str | None = None) -> None: ...
        def _insert_evidence(self, db: Database, assessment_id: int, items: list[EvidenceItem], blobs: Mapping[str, bytes], stamp: str) -> None: ...
        def _refresh_summary(self, assessment_id: int, checklist: Checklist, stamp: str | None, model: int | None = None) -> Any: ...

    def id_of_uuid(self, uuid: str) -> int | None:
        row = self._read(lambda: self.db.execute("SELECT id FROM assessment WHERE uuid = ?", [uuid]).fetchone())
        return int(row[0]) if row is not None else None

    def replace_content(self, assessment_id: int, assessment: Assessment, blobs: Mapping[str, bytes], source: str) -> None:
        """The draft ``assessment_id`` takes the partnership, answers (with basis), actions and
        evidence (and reviewer comments) of ``assessment``; its checklist version must be the same."""
        checklist = self.checklist_for(assessment)
        stamp = _stamp()
        with self._write() as db:
            self._require_editable(assessment_id)
            row = db.execute("SELECT checklist_id, checklist_version FROM assessment WHERE id = ?", [assessment_id]).fetchone()
            if (row[0], row[1]) != checklist.key:
                raise ValueError(f"assessment {assessment_id} is on checklist {row[0]} {row[1]}, the import on {checklist.id} {checklist.version}")
            for table in ("answer", "action", "evidence", "review_comment"):
                db.execute(f"DELETE FROM {table} WHERE assessment_id = ?", [assessment_id])
            db.conn.executemany(
                "INSERT INTO answer (assessment_id, question_id, value, note, updated, basis) VALUES (?, ?, ?, ?, ?, ?)",
                [(assessment_id, qid, a.value, a.note, stamp, _basis_column(a.basis)) for qid, a in assessment.answers.items()],
            )
            for position, action in enumerate(assessment.actions):
                db["action"].insert(_action_row(assessment_id, position, action, stamp))
            self._insert_evidence(db, assessment_id, assessment.evidence, blobs, stamp)
            insert_review_comments(db, assessment_id, assessment.review_comments, stamp)
            changes = _partnership_row(assessment.partnership)
            changes.update(assessor=assessment.assessor, updated=stamp)
            db["assessment"].update(assessment_id, changes)
            self._log(assessment_id, stamp, "replaced", None, source)
            self._refresh_summary(assessment_id, checklist, stamp)
