"""Where an assessment stands: its sign-off stage, the report kept at approval, the reviewer
(and, from review_comments.py, the reviewer's comment per theme), and the bin.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it), apart
so the repository file holds the edits to an assessment's content. Each write is one short
transaction; the sign-off rules themselves are domain.signoff's.
"""

from __future__ import annotations

import datetime as _dt
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from ..domain.assessment import AssessmentState
from .errors import InBinError, MisfitApprovalError, StateError, UnknownAssessmentError
from .review_comments import ReviewCommentWrites
from .rows import _PARTNERSHIP_COLUMNS, _partnership_from_row, _stamp

if TYPE_CHECKING:
    from ..domain.library import ChecklistLibrary
    from ..domain.retention import Emptied
    from .connection import Database


class LifecycleWrites(ReviewCommentWrites):
    actor: str

    if TYPE_CHECKING:

        @property
        def library(self) -> ChecklistLibrary: ...
        def _write(self) -> AbstractContextManager[Database]: ...
        def _require(self, assessment_id: int) -> None: ...
        def _require_editable(self, assessment_id: int) -> None: ...
        def _drop_unused_blobs(self, db: Database) -> None: ...
        def _vacuum(self) -> None: ...
        def _log(self, assessment_id: int, stamp: str, subject: str, old: str | None, new: str | None, *, actor: str | None = None) -> None: ...
        def empty_bin_by_rules(self, today: _dt.date) -> Emptied: ...

    # -- sign-off and revisions -------------------------------------------------------------

    def set_state(self, assessment_id: int, state: AssessmentState, *, by: str | None = None) -> None:
        """Move to another stage if the sign-off rules (domain.signoff) allow it now, with
        the answers and the tie's details as stored: another window may have cleared an answer,
        or changed one or the tie's year so that it no longer fits (MisfitApprovalError)."""
        from ..domain.signoff import MisfitsRefused, SignoffRefused, check_move  # here: the window's first screen asks no sign-off rule (~0.5 ms)

        by = by or self.actor
        stamp = _stamp()
        with self._write() as db:
            row = db.execute("SELECT state, answered, total, deleted FROM assessment WHERE id = ?", [assessment_id]).fetchone()
            if row is None:
                raise UnknownAssessmentError(assessment_id)
            current = AssessmentState(row[0])
            if row[3] is not None:
                raise InBinError(assessment_id)
            if current == state:
                return
            misfit = self._misfit_questions(db, assessment_id) if state is AssessmentState.FINAL else ()
            try:
                check_move(current, state, unanswered=row[2] - row[1], approver=by, misfits=misfit)
            except MisfitsRefused as exc:
                raise MisfitApprovalError(assessment_id, exc.questions, str(exc)) from None
            except SignoffRefused as exc:
                raise StateError(f"assessment {assessment_id}: {exc}", assessment_id, exc) from None
            changes: dict[str, Any] = {"state": state.value, "updated": stamp}
            if state is AssessmentState.FINAL:
                changes.update(approved_by=by, approved_on=_dt.date.today().isoformat())
            db["assessment"].update(assessment_id, changes)
            self._log(assessment_id, stamp, "state", current.value, state.value, actor=by)

    def _misfit_questions(self, db: Database, assessment_id: int) -> tuple[str, ...]:
        """The questions whose stored answer does not fit the stored tie, as "number (id)".

        Read inside the write transaction, so what is approved is what is checked. Cheap: a
        checklist without answers for older ties only (no ``entered_before``) reads nothing
        more, and otherwise one row and the answers to those few questions are read."""
        columns = ", ".join(_PARTNERSHIP_COLUMNS)
        row = db.execute(f"SELECT checklist_id, checklist_version, {columns} FROM assessment WHERE id = ?", [assessment_id]).fetchone()
        checklist = self.library.get(row[0], row[1])
        if checklist is None:
            return ()  # not scored here either; the unanswered count stands as it was stored
        marked = [q.id for q in checklist.questions if any(o.entered_before is not None for o in q.options)]
        if not marked:
            return ()
        from ..domain.records import Answer  # here: the window's first screen builds no record (domain.records: ~4 ms)

        places = ", ".join("?" * len(marked))
        answers = {
            qid: Answer(value)
            for qid, value in db.execute(
                f"SELECT question_id, value FROM answer WHERE assessment_id = ? AND value IS NOT NULL AND question_id IN ({places})",
                [assessment_id, *marked],
            )
        }
        from ..domain.answer_fit import misfits  # here, not at the top: opening a store must not load the checklist model
        from ..domain.numbering import question_numbers

        found = misfits(checklist, _partnership_from_row(dict(zip(_PARTNERSHIP_COLUMNS, row[2:], strict=True))), answers)
        numbers = question_numbers(checklist)
        return tuple(f"{numbers[m.question_id]} ({m.question_id})" for m in found)

    def keep_approved_report(self, assessment_id: int, lang: str, pdf: bytes) -> None:
        """Keep the report of a final assessment as approved; it is never replaced."""
        import hashlib

        with self._write() as db:
            state = db.execute("SELECT state FROM assessment WHERE id = ?", [assessment_id]).fetchone()
            if state is None:
                raise UnknownAssessmentError(assessment_id)
            if state[0] != AssessmentState.FINAL.value:
                raise StateError(f"assessment {assessment_id}: only a final assessment keeps its approved report")
            db.execute(
                "INSERT OR IGNORE INTO approved_report (assessment_id, lang, pdf, sha256, made) VALUES (?, ?, ?, ?, ?)",
                [assessment_id, lang, pdf, hashlib.sha256(pdf).hexdigest(), _stamp()],
            )

    def set_reviewer(self, assessment_id: int, reviewer: str) -> None:
        stamp = _stamp()
        with self._write() as db:
            self._require_editable(assessment_id)
            db["assessment"].update(assessment_id, {"reviewed_by": reviewer, "updated": stamp})
            self._log(assessment_id, stamp, "reviewed_by", None, reviewer)

    # -- the bin ----------------------------------------------------------------------------

    def delete(self, assessment_id: int) -> None:
        """Move to the bin: hidden from the list, restorable until the bin is emptied."""
        stamp = _stamp()
        with self._write() as db:
            self._require(assessment_id)
            db.execute("UPDATE assessment SET deleted = ? WHERE id = ? AND deleted IS NULL", [stamp, assessment_id])
            self._log(assessment_id, stamp, "deleted", None, stamp)

    def restore(self, assessment_id: int) -> None:
        stamp = _stamp()
        with self._write() as db:
            self._require(assessment_id)
            db.execute("UPDATE assessment SET deleted = NULL, updated = ? WHERE id = ?", [stamp, assessment_id])
            self._log(assessment_id, stamp, "deleted", "bin", None)

    def empty_bin(self) -> int:
        """Empty the bin by the retention rules (store.retention_store): drafts and records
        that are due go, the rest is kept back; returns how many assessments went."""
        return len(self.empty_bin_by_rules(_dt.date.today()).destroyed)
