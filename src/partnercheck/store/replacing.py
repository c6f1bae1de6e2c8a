"""Finding an assessment by its UUID, and replacing a local draft's content with an imported
one (``partnercheck import --replace``).

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it). The
replacement is one transaction: the draft keeps its id, uuid and history; the history records
that its content was replaced by an import and, as an edit in the window would, every value
it overwrote (answer, basis, note, partnership, assessor, action, evidence, review comment),
old and new, so nothing the draft held is lost; a final or binned assessment is never
replaced, one in review only by a file in review (services.importing.replaceable).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.assessment import AssessmentState, ReviewVerdict
from .errors import InBinError, StateError, UnknownAssessmentError
from .review_comments import history_text, insert_review_comments
from .rows import _action_from_row, _action_row, _action_text, _basis_column, _partnership_row, _stamp, _text

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

    def replace_content(
        self, assessment_id: int, assessment: Assessment, blobs: Mapping[str, bytes], source: str, state: AssessmentState = AssessmentState.DRAFT
    ) -> None:
        """The draft ``assessment_id`` takes the partnership, answers (with basis), actions and
        evidence (and reviewer comments) of ``assessment``; its checklist version must be the same.
        ``state``: the stage it must (still) be in, a draft or (a newer version sent for review
        again, services.importing.replaceable) in review; its stage is kept."""
        checklist = self.checklist_for(assessment)
        stamp = _stamp()
        with self._write() as db:
            if state is AssessmentState.DRAFT:
                self._require_editable(assessment_id)
            else:
                self._require_state(db, assessment_id, state)
            row = db.execute("SELECT checklist_id, checklist_version FROM assessment WHERE id = ?", [assessment_id]).fetchone()
            if (row[0], row[1]) != checklist.key:
                raise ValueError(f"assessment {assessment_id} is on checklist {row[0]} {row[1]}, the import on {checklist.id} {checklist.version}")
            before = self._content_entries(db, assessment_id)
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
            after = self._content_entries(db, assessment_id)
            for subject in [*before, *(k for k in after if k not in before)]:
                old, new = before.get(subject), after.get(subject)
                if old != new:
                    self._log(assessment_id, stamp, subject, old, new)
            self._refresh_summary(assessment_id, checklist, stamp)

    @staticmethod
    def _require_state(db: Database, assessment_id: int, state: AssessmentState) -> None:
        """Checked in the transaction: another window may have approved it meanwhile."""
        row = db.execute("SELECT state, deleted FROM assessment WHERE id = ?", [assessment_id]).fetchone()
        if row is None:
            raise UnknownAssessmentError(assessment_id)
        if row[1] is not None:
            raise InBinError(assessment_id)
        if AssessmentState(row[0]) is not state:
            raise StateError(f"assessment {assessment_id} is {row[0]}, no longer {state.value}; nothing was replaced", assessment_id)

    @staticmethod
    def _content_entries(db: Database, assessment_id: int) -> dict[str, str | None]:
        """The draft's content as history subjects (the ones its edits are logged under) and
        their text, to log what a replacement changed. Actions by position (their ids are new)."""
        entries: dict[str, str | None] = {}
        row = db.execute(
            "SELECT dutch_party, dutch_party_kind, counterpart, counterpart_kind, status, since, assessor FROM assessment WHERE id = ?",
            [assessment_id],
        ).fetchone()
        for name, value in zip(("dutch_party", "dutch_party_kind", "counterpart", "counterpart_kind", "status", "since"), row, strict=False):
            entries[f"partnership.{name}"] = _text(value)
        entries["assessor"] = _text(row[6])
        query = "SELECT question_id, value, note, basis FROM answer WHERE assessment_id = ? ORDER BY question_id"
        for qid, value, note, basis in db.execute(query, [assessment_id]).fetchall():
            entries |= {f"answer:{qid}": value, f"basis:{qid}": basis, f"note:{qid}": note or None}
        for position, action in enumerate(db.rows("SELECT * FROM action WHERE assessment_id = ? ORDER BY position, id", [assessment_id])):
            entries[f"action:{position + 1}"] = _action_text(_action_from_row(action))
        for qid, name, digest in db.execute(
            "SELECT question_id, name, sha256 FROM evidence WHERE assessment_id = ? AND deleted IS NULL ORDER BY question_id, name", [assessment_id]
        ).fetchall():
            key = f"evidence:{qid}"
            entries[key] = "; ".join(filter(None, [entries.get(key), f"{name} ({digest[:12]})"]))
        for theme, verdict, text in db.execute(
            "SELECT theme_id, verdict, text FROM review_comment WHERE assessment_id = ?", [assessment_id]
        ).fetchall():
            entries[f"review:{theme}"] = history_text(ReviewVerdict(verdict), text or "")
        return entries
