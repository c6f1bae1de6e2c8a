"""The reviewer's comment per theme: written while an assessment is in review, read with the
assessment.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (through LifecycleWrites).
The rule (only in review, on a theme of the assessment's own checklist, "change" says what)
is domain.signoff's; the store asks it inside its transaction, since another window may have
taken the assessment back to draft meanwhile.
"""

from __future__ import annotations

import datetime as _dt
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from ..domain.assessment import AssessmentState, ReviewVerdict
from .errors import InBinError, StateError, UnknownAssessmentError
from .rows import DamagedValue, _moment, _stamp, _stored_text

_VERDICTS = frozenset(v.value for v in ReviewVerdict)

if TYPE_CHECKING:
    from ..domain.checklist import Checklist
    from ..domain.records import ReviewComment
    from .connection import Database


def read_review_comments(db: Database, assessment_id: int) -> dict[str, ReviewComment]:
    from ..domain.records import ReviewComment  # here: the window's first screen builds no record (domain.records: ~4 ms)

    rows = db.execute("SELECT theme_id, verdict, text, reviewer, at FROM review_comment WHERE assessment_id = ? ORDER BY theme_id", [assessment_id])
    comments = {}
    for theme, verdict, text, reviewer, at in rows.fetchall():
        record = f"assessment {assessment_id}: review comment on {theme}"
        if verdict not in _VERDICTS:
            raise DamagedValue(record, "verdict", verdict)
        comments[theme] = ReviewComment(
            theme, ReviewVerdict(verdict), _stored_text(text, record, "text"), _stored_text(reviewer, record, "reviewer"), _moment(at, record, "at")
        )
    return comments


def insert_review_comments(db: Database, assessment_id: int, comments: dict[str, ReviewComment], stamp: str) -> None:
    """Comments that arrived with an imported file (a review done on another PC); a comment
    without a time takes the time of import."""
    db.conn.executemany(
        "INSERT OR REPLACE INTO review_comment (assessment_id, theme_id, verdict, text, reviewer, at) VALUES (?, ?, ?, ?, ?, ?)",
        [(assessment_id, c.theme_id, c.verdict.value, c.text, c.reviewer, c.at.isoformat() if c.at else stamp) for c in comments.values()],
    )


def history_text(verdict: ReviewVerdict, text: str) -> str:
    """How a comment is kept in the history: ``ok: text`` / ``change: text``."""
    return f"{verdict.value}: {text}" if text else verdict.value


class ReviewCommentWrites:
    actor: str

    if TYPE_CHECKING:

        def _write(self) -> AbstractContextManager[Database]: ...
        def _checklist_of(self, assessment_id: int) -> Checklist: ...
        def _log(self, assessment_id: int, stamp: str, subject: str, old: str | None, new: str | None, *, actor: str | None = None) -> None: ...

    def set_review_comment(self, assessment_id: int, theme_id: str, verdict: ReviewVerdict, text: str, *, by: str | None = None) -> ReviewComment:
        """The reviewer's word on one theme, replacing an earlier one (the history keeps both).
        StateError when the assessment is not in review or the theme is not in its checklist."""
        from ..domain.signoff import SignoffRefused, check_review_comment  # here: the window's first screen asks no sign-off rule (~0.5 ms)

        reviewer = (by or self.actor).strip()
        text = text.strip()
        checklist = self._checklist_of(assessment_id)
        stamp = _stamp()
        with self._write() as db:
            row = db.execute("SELECT state, deleted, reviewed_by FROM assessment WHERE id = ?", [assessment_id]).fetchone()
            if row is None:
                raise UnknownAssessmentError(assessment_id)
            if row[1] is not None:
                raise InBinError(assessment_id)
            try:
                check_review_comment(AssessmentState(row[0]), (t.id for t in checklist.themes), theme_id, verdict, text)
            except SignoffRefused as exc:
                raise StateError(f"assessment {assessment_id}: {exc}", assessment_id, exc) from None
            old = db.execute(
                "SELECT verdict, text FROM review_comment WHERE assessment_id = ? AND theme_id = ?", [assessment_id, theme_id]
            ).fetchone()
            db.execute(
                "INSERT OR REPLACE INTO review_comment (assessment_id, theme_id, verdict, text, reviewer, at) VALUES (?, ?, ?, ?, ?, ?)",
                [assessment_id, theme_id, verdict.value, text, reviewer, stamp],
            )
            before = history_text(ReviewVerdict(old[0]), old[1]) if old is not None else None
            self._log(assessment_id, stamp, f"review:{theme_id}", before, history_text(verdict, text), actor=reviewer or None)
            if reviewer and not (row[2] or "").strip():
                # Whoever reviews the themes is the reviewer the sign-off names, unless one is set.
                db["assessment"].update(assessment_id, {"reviewed_by": reviewer})
                self._log(assessment_id, stamp, "reviewed_by", None, reviewer, actor=reviewer)
        from ..domain.records import ReviewComment  # here: the window's first screen builds no record (domain.records: ~4 ms)

        return ReviewComment(theme_id, verdict, text, reviewer, _dt.datetime.fromisoformat(stamp).astimezone())

    def take_review_comments(self, assessment_id: int, comments: dict[str, ReviewComment], source: str) -> None:
        """Comments that came back with the file of a review done on another PC
        (domain.review_return): each replaces this theme's comment here, in one transaction,
        and the history records the file and every comment, old and new, under the reviewer's
        name. Refused (StateError) when the assessment was approved meanwhile."""
        stamp = _stamp()
        with self._write() as db:
            row = db.execute("SELECT state, deleted, reviewed_by FROM assessment WHERE id = ?", [assessment_id]).fetchone()
            if row is None:
                raise UnknownAssessmentError(assessment_id)
            if row[1] is not None:
                raise InBinError(assessment_id)
            if AssessmentState(row[0]) is AssessmentState.FINAL:  # checked again here: another window may have approved it
                raise StateError(f"assessment {assessment_id}: is final; a review that comes back later is imported as a copy", assessment_id)
            self._log(assessment_id, stamp, "review-returned", None, source)
            for theme, comment in sorted(comments.items()):
                old = db.execute(
                    "SELECT verdict, text FROM review_comment WHERE assessment_id = ? AND theme_id = ?", [assessment_id, theme]
                ).fetchone()
                before = history_text(ReviewVerdict(old[0]), old[1]) if old is not None else None
                self._log(
                    assessment_id, stamp, f"review:{theme}", before, history_text(comment.verdict, comment.text), actor=comment.reviewer or None
                )
            insert_review_comments(db, assessment_id, comments, stamp)
            reviewer = next((c.reviewer for _, c in sorted(comments.items()) if c.reviewer), "")
            if reviewer and not (row[2] or "").strip():
                db["assessment"].update(assessment_id, {"reviewed_by": reviewer})
                self._log(assessment_id, stamp, "reviewed_by", None, reviewer, actor=reviewer)
