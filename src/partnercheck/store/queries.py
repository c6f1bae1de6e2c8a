"""Reading assessments: one whole, the list, the one to compare with, the history.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it), apart
so the repository file holds the writes. Reads take no write lock; SQLite errors a user can
act on become StoreError through ``_read``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.assessment import AssessmentState, AssessmentSummary
from .errors import UnknownAssessmentError
from .listing import SUMMARY_COLUMNS, summary_from_row
from .review_comments import read_review_comments
from .rows import _action_from_row, _basis_of, _day, _moment, _partnership_from_row

if TYPE_CHECKING:
    from pathlib import Path

    from ..domain.checklist import Checklist
    from ..domain.evidence import EvidenceItem
    from ..domain.records import Assessment, HistoryEntry
    from .connection import Database

T = TypeVar("T")


class AssessmentQueries:
    db: Database
    path: Path

    if TYPE_CHECKING:

        def _read(self, fn: Callable[[], T]) -> T: ...
        def _require(self, assessment_id: int) -> None: ...
        def _checklist_of(self, assessment_id: int) -> Checklist: ...
        def _attached(self, assessment_id: int) -> list[EvidenceItem]: ...

    # -- reading ----------------------------------------------------------------------------

    def data_version(self) -> int:
        """Changes whenever another connection commits: lets a window notice a stale view.

        A read-only file read without locks (``immutable``) sees no commit; when the file or a
        journal beside it changed on disk, it is opened (and judged) again and read from then
        on through the new connection; the version moves on. Raises a StoreError when it can
        no longer be opened (damaged now, an unfinished journal): the old view stays.
        """
        if self.db.changed_on_disk():
            from .database import open_database

            fresh = open_database(self.path)
            old, self.db = self.db, fresh
            old.close()
            self._reopened = getattr(self, "_reopened", 0) + 1
        version: int = self._read(lambda: self.db.execute("PRAGMA data_version").fetchone()[0])
        return version + (getattr(self, "_reopened", 0) << 32)

    def exists(self, assessment_id: int) -> bool:
        return self._read(lambda: self.db.execute("SELECT 1 FROM assessment WHERE id = ?", [assessment_id]).fetchone()) is not None

    def get(self, assessment_id: int) -> Assessment:
        return self._read(lambda: self._get(assessment_id))

    def _get(self, assessment_id: int) -> Assessment:
        from ..domain.records import Answer, Assessment  # here: the window's first screen builds no record (domain.records: ~4 ms)

        rows = self.db.rows("SELECT * FROM assessment WHERE id = ?", [assessment_id])
        if not rows:
            raise UnknownAssessmentError(assessment_id)
        row = rows[0]
        answer_rows = list(
            self.db.rows(
                "SELECT question_id, value, note, note_public, basis FROM answer WHERE assessment_id = ? ORDER BY question_id", [assessment_id]
            )
        )
        answers = {r["question_id"]: Answer(r["value"], r["note"], _basis_of(r["basis"])) for r in answer_rows}
        actions = [_action_from_row(r) for r in self.db.rows("SELECT * FROM action WHERE assessment_id = ? ORDER BY position, id", [assessment_id])]
        return Assessment(
            id=row["id"],
            partnership=_partnership_from_row(row),
            checklist_id=row["checklist_id"],
            checklist_version=row["checklist_version"],
            assessor=row["assessor"],
            created=_moment(row["created"], f"assessment {assessment_id}", "created", local=False),
            updated=_moment(row["updated"], f"assessment {assessment_id}", "updated"),
            answers=answers,
            actions=actions,
            state=AssessmentState(row["state"]),
            revision=row["revision"],
            previous_id=row["previous_id"],
            reviewed_by=row["reviewed_by"],
            approved_by=row["approved_by"],
            approved_on=_day(row["approved_on"], f"assessment {assessment_id}", "approved_on"),
            deleted=_moment(row["deleted"], f"assessment {assessment_id}", "deleted") if row["deleted"] else None,
            scoring_model=row["scoring_model"],
            review_comments=read_review_comments(self.db, assessment_id),
            public_notes=frozenset(r["question_id"] for r in answer_rows if r["note_public"]),
            uuid=row["uuid"],
            evidence=self._attached(assessment_id),
            partnership_id=row["partnership_id"],
        )

    def list_summaries(self, *, in_bin: bool = False) -> list[AssessmentSummary]:
        """The assessments, most recently changed first; with ``in_bin`` those in the bin."""
        where = "deleted IS NOT NULL" if in_bin else "deleted IS NULL"

        def query() -> list[AssessmentSummary]:
            cursor = self.db.execute(f"SELECT {SUMMARY_COLUMNS} FROM assessment WHERE {where} ORDER BY updated DESC, id DESC")
            return [summary_from_row(r) for r in cursor.fetchall()]

        return self._read(query)

    def previous_of(self, assessment_id: int) -> int | None:
        """The assessment this one is compared with: its previous revision, else the latest
        earlier assessment of the same tie (through the tie's index, not by the names)."""
        row = self._read(
            lambda: self.db.execute(
                "SELECT previous_id, partnership_id, coalesce(created_utc, '') FROM assessment WHERE id = ?", [assessment_id]
            ).fetchone()
        )
        if row is None:
            raise UnknownAssessmentError(assessment_id)
        if row[0] is not None:
            return int(row[0])
        # Compared as instants (created_utc), not as the recorded local times: across a change
        # of summer time the text of created is not in time order.
        earlier = self._read(
            lambda: self.db.execute(
                "SELECT id FROM assessment WHERE partnership_id = ? AND id != ? AND deleted IS NULL "
                "AND (coalesce(created_utc, '') < ? OR (coalesce(created_utc, '') = ? AND id < ?)) "
                "ORDER BY coalesce(created_utc, '') DESC, id DESC LIMIT 1",
                [row[1], assessment_id, row[2], row[2], assessment_id],
            ).fetchone()
        )
        return int(earlier[0]) if earlier else None

    # -- history ----------------------------------------------------------------------------

    def approved_report(self, assessment_id: int, lang: str) -> bytes | None:
        """The report the assessment was approved with, in ``lang``; None if none was kept."""
        row = self._read(
            lambda: self.db.execute("SELECT pdf FROM approved_report WHERE assessment_id = ? AND lang = ?", [assessment_id, lang]).fetchone()
        )
        return bytes(row[0]) if row is not None else None

    def history(self, assessment_id: int, subject: str | None = None) -> list[HistoryEntry]:
        """The recorded changes, oldest first; ``subject`` narrows to e.g. 'answer:<id>' or a
        question id (its answer and its note)."""
        self._require(assessment_id)
        sql = "SELECT at, actor, subject, old, new, id FROM history WHERE assessment_id = ?"
        params: list[Any] = [assessment_id]
        if subject is not None:
            if self._checklist_of(assessment_id).question(subject) is not None:
                sql += " AND subject IN (?, ?)"
                params += [f"answer:{subject}", f"note:{subject}"]
            else:
                sql += " AND subject = ?"
                params.append(subject)
        sql += " ORDER BY id"
        from ..domain.records import HistoryEntry  # here: the window's first screen builds no record (domain.records: ~4 ms)

        return self._read(
            lambda: [
                HistoryEntry(_moment(r[0], f"assessment {assessment_id}: history entry {r[5]}", "at"), r[1], r[2], r[3], r[4])
                for r in self.db.execute(sql, params).fetchall()
            ]
        )
