"""Assessments in and out of the database: the writes, each one short transaction. Reading is
in queries.py, the stored summaries in summaries.py, the sign-off stage and the bin in
lifecycle.py, writing the history in history_log.py (base classes of AssessmentStore), the
row mapping in rows.py."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.assessment import AssessmentState
from .audiences import AudienceWrites
from .connection import Database
from .evidence import EvidenceStore
from .history_log import HistoryLog
from .lifecycle import LifecycleWrites
from .listing import AssessmentListing
from .portfolio import PortfolioQueries
from .queries import AssessmentQueries
from .replacing import ReplaceWrites
from .retention_store import RetentionStore
from .review_comments import insert_review_comments
from .rows import (
    _CREATED_UTC,
    _PARTNERSHIP_COLUMNS,
    _action_from_row,
    _action_row,
    _action_text,
    _basis_column,
    _basis_of,
    _inserted_id,
    _new_uuid,
    _os_user,
    _partnership_from_row,
    _partnership_row,
    _score,
    _stamp,
    _summary_columns,
    _text,
)
from .search import SearchQueries
from .summaries import SummaryRefresh
from .tie_events import EventStore
from .ties import TieStore
from .transactions import Transactions

if TYPE_CHECKING:
    from ..domain.checklist import Checklist
    from ..domain.library import ChecklistLibrary
    from ..domain.records import Action, Answer, Assessment, Partnership
    from .readonly import ReadOnlyReason

from .errors import ConflictError, FinalAssessmentError, InBinError, ReadOnlyDatabaseError, StoreError, UnknownAssessmentError

T = TypeVar("T")


class _Unset:
    pass


# "the caller does not know what was there": no conflict check
UNSET = _Unset()


class AssessmentStore(
    Transactions,  # first: the other parts only declare _write and _read
    AssessmentQueries,
    TieStore,
    SearchQueries,
    PortfolioQueries,
    EventStore,
    AssessmentListing,
    SummaryRefresh,
    LifecycleWrites,
    AudienceWrites,
    RetentionStore,
    EvidenceStore,
    ReplaceWrites,
    HistoryLog,
):
    """The repository the CLI, the window and the report read and write through."""

    def __init__(
        self,
        db: Database,
        library: ChecklistLibrary | Callable[[], ChecklistLibrary],
        path: Path | None = None,
        actor: str | None = None,
    ) -> None:
        self.db = db
        # A callable defers loading the checklists until something needs them: the list of
        # assessments, the first thing the window shows, does not.
        self._library = library
        self.path = path or Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:")
        # Who the history names: the assessor name set in the app, else the OS user.
        self.actor = actor or _os_user()

    @property
    def library(self) -> ChecklistLibrary:
        if callable(self._library):
            self._library = self._library()
        return self._library

    def reload_library(self, library: ChecklistLibrary) -> None:
        """A checklist was installed while the database is open: use the new set from now on."""
        self._library = library

    @property
    def read_only(self) -> ReadOnlyReason | None:
        """Why the database cannot be written (it was opened read only), or None."""
        return self.db.read_only

    @property
    def network(self) -> str | None:
        """The network share's kind (``cifs``, ``UNC path`` ...) when the database is on one:
        then it was opened with a rollback journal and held exclusively (store.network)."""
        return self.db.network

    def close(self) -> None:
        """Flush what was written (store.transactions) and close."""
        try:
            if self.db.read_only is None:
                self.flush()
        except StoreError:
            pass  # a full or failing disk: SQLite's own close tries the checkpoint once more
        finally:
            self.db.close()

    def backup(self, label: str = "manual", progress: Callable[[int, int], None] | None = None) -> Path:
        """A dated copy of the whole database next to it (see store.backups); ``progress``
        hears (pages copied, pages in all)."""
        from .backups import make_backup

        if self.db.read_only is not None:
            raise ReadOnlyDatabaseError(self.path, self.db.read_only)
        return make_backup(self.db.conn, self.path, label, progress)

    # -- writing ----------------------------------------------------------------------------

    def create(self, assessment: Assessment, blobs: Mapping[str, bytes] | None = None) -> int:
        """Store a whole assessment and return its id: a new one as a draft, an imported one
        in the stage its file gives (a final one stays final, and locked). Without a
        ``partnership_id`` it joins the tie with the same parties' names (domain.ties.match_key),
        or a new one. Its evidence is attached with it; ``blobs`` brings content the database
        does not hold yet."""
        stamp = _stamp()
        with self._write() as db:
            return self._insert(db, assessment, stamp, blobs)

    def create_many(self, assessments: Iterable[Assessment]) -> list[int]:
        """Store several assessments in one transaction: all of them, or none."""
        stamp = _stamp()
        with self._write() as db:
            return [self._insert(db, assessment, stamp) for assessment in assessments]

    def _insert(self, db: Database, assessment: Assessment, stamp: str, blobs: Mapping[str, bytes] | None = None) -> int:
        checklist = self.library.get(assessment.checklist_id, assessment.checklist_version)
        if checklist is None:
            raise StoreError(f"checklist {assessment.checklist_id} {assessment.checklist_version} is not known")
        result = _score(checklist, assessment.answers, assessment.scoring_model)
        row = _partnership_row(assessment.partnership)
        row.update(
            checklist_id=assessment.checklist_id,
            checklist_version=assessment.checklist_version,
            assessor=assessment.assessor,
            created=assessment.created.isoformat(),
            updated=stamp,
            revision=assessment.revision,
            previous_id=assessment.previous_id,
            state=assessment.state.value,
            reviewed_by=assessment.reviewed_by,
            approved_by=assessment.approved_by,
            approved_on=assessment.approved_on.isoformat() if assessment.approved_on else None,
            **_summary_columns(result),
            scoring_model=assessment.scoring_model,
            uuid=assessment.uuid or _new_uuid(),
            partnership_id=assessment.partnership_id or self._tie_for(db, assessment.partnership, stamp),
        )
        new_id = db.insert_row("assessment", row)
        tie_id = int(row["partnership_id"])
        # The same moment in UTC, worked out by SQLite exactly as migration 0004 did for the
        # assessments stored before it, so old and new ones compare alike (see previous_of).
        db.execute(f"UPDATE assessment SET created_utc = {_CREATED_UTC} WHERE id = ?", [new_id])
        from .answer_rows import insert_actions, insert_answers

        insert_answers(db, new_id, assessment, stamp)
        self._insert_evidence(db, new_id, assessment.evidence, blobs or {}, stamp)
        insert_review_comments(db, new_id, assessment.review_comments, stamp)
        insert_actions(db, new_id, assessment.actions, stamp)
        p = assessment.partnership
        self._log(new_id, stamp, "created", None, f"{p.dutch_party} – {p.counterpart}")
        if assessment.state is not AssessmentState.DRAFT:  # imported as the sender left it
            self._log(new_id, stamp, "state", None, assessment.state.value)
        self._log_joined(db, tie_id, new_id, stamp)
        self._extend_tie_hold(db, tie_id, self._tie_hold_reason(db, tie_id), [new_id], stamp)  # joining a tie on hold
        return new_id

    def save_answer(self, assessment_id: int, question_id: str, answer: Answer | None, *, expected: Answer | None | _Unset = UNSET) -> None:
        """Record (or with None / an empty answer, clear) one answer: one transaction.

        With ``expected`` (what the caller last saw), a change made meanwhile by another
        window or program raises :class:`ConflictError` instead of being overwritten.
        """
        checklist = self._checklist_of(assessment_id)
        question = checklist.question(question_id)
        if question is None:
            raise StoreError(f"question {question_id!r} is not part of checklist {checklist.version}")
        if answer is not None and answer.value is not None and question.option(answer.value) is None:
            raise StoreError(f"{answer.value!r} is not an option of question {question_id!r}")
        if answer is not None and answer.value is None and not answer.note:
            answer = None
        from ..domain.records import Answer  # here: the window's first screen builds no record (domain.records: ~4 ms)

        stamp = _stamp()
        with self._write() as db:
            self._require_editable(assessment_id)
            row = db.execute(
                "SELECT value, note, basis FROM answer WHERE assessment_id = ? AND question_id = ?", [assessment_id, question_id]
            ).fetchone()
            current = Answer(row[0], row[1], _basis_of(row[2])) if row else None
            if not isinstance(expected, _Unset) and expected != current:
                raise ConflictError(assessment_id, f"the answer to {question_id}")
            if current == answer:
                return
            if answer is None:
                db.execute("DELETE FROM answer WHERE assessment_id = ? AND question_id = ?", [assessment_id, question_id])
            else:
                db.execute(
                    "INSERT INTO answer (assessment_id, question_id, value, note, updated, basis) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (assessment_id, question_id) DO UPDATE SET value = excluded.value, "
                    "note = excluded.note, updated = excluded.updated, basis = excluded.basis",
                    [assessment_id, question_id, answer.value, answer.note, stamp, _basis_column(answer.basis)],
                )
            old_value, new_value = (current.value if current else None), (answer.value if answer else None)
            old_note, new_note = (current.note if current else ""), (answer.note if answer else "")
            if old_value != new_value:
                self._log(assessment_id, stamp, f"answer:{question_id}", old_value, new_value)
            old_basis, new_basis = (_basis_column(current.basis) if current else None), (_basis_column(answer.basis) if answer else None)
            if old_basis != new_basis:
                self._log(assessment_id, stamp, f"basis:{question_id}", old_basis, new_basis)
            if old_note != new_note:
                self._log_note(assessment_id, stamp, f"note:{question_id}", old_note or None, new_note or None)
            if old_value != new_value:
                self._refresh_summary(assessment_id, checklist, stamp)
            else:
                # A note typed (saved at every keystroke) changes no level: no rescoring.
                self._touch(assessment_id, stamp)

    def update_partnership(
        self,
        assessment_id: int,
        partnership: Partnership,
        assessor: str | None = None,
        *,
        expected: Partnership | _Unset = UNSET,
        expected_assessor: str | _Unset = UNSET,
    ) -> None:
        """Change the partnership's details (and with ``assessor``, who assesses).

        With ``expected`` (and ``expected_assessor``), what the caller last saw: a change made
        meanwhile by another window or program raises :class:`ConflictError` instead of being
        reverted by this one.
        """
        stamp = _stamp()
        with self._write() as db:
            self._require_editable(assessment_id)
            before = db.execute(
                "SELECT dutch_party, dutch_party_kind, counterpart, counterpart_kind, status, since, assessor FROM assessment WHERE id = ?",
                [assessment_id],
            ).fetchone()
            if not isinstance(expected, _Unset) and _partnership_from_row(dict(zip(_PARTNERSHIP_COLUMNS, before, strict=False))) != expected:
                raise ConflictError(assessment_id, "the partnership details", "details")
            if not isinstance(expected_assessor, _Unset) and before[6] != expected_assessor:
                raise ConflictError(assessment_id, "the assessor", "details")
            row: dict[str, Any] = _partnership_row(partnership)
            if assessor is not None:
                row["assessor"] = assessor
            names = ["dutch_party", "dutch_party_kind", "counterpart", "counterpart_kind", "status", "since", "assessor"]
            changed = {n: (before[i], row[n]) for i, n in enumerate(names) if n in row and before[i] != row[n]}
            if not changed:
                return
            for name, (old, new) in changed.items():
                subject = "assessor" if name == "assessor" else f"partnership.{name}"
                self._log(assessment_id, stamp, subject, _text(old), _text(new))
            row["updated"] = stamp
            db["assessment"].update(assessment_id, row)
            self._follow_tie(db, assessment_id, row)

    def add_action(self, assessment_id: int, action: Action) -> int:
        stamp = _stamp()
        with self._write() as db:
            self._require_editable(assessment_id)
            position = db.execute("SELECT coalesce(max(position) + 1, 0) FROM action WHERE assessment_id = ?", [assessment_id]).fetchone()[0]
            action_id = _inserted_id(db["action"].insert(_action_row(assessment_id, position, action, stamp)))
            self._log(assessment_id, stamp, f"action:{action_id}", None, _action_text(action))
            self._touch(assessment_id, stamp)
        return action_id

    def update_action(self, action: Action, *, expected: Action | _Unset = UNSET) -> None:
        """Change a stored action. With ``expected`` (the action as the caller last saw it), a
        change or deletion made meanwhile elsewhere raises :class:`ConflictError` instead of
        being reverted by this one."""
        if action.id is None:
            raise ValueError("update_action needs a stored action (with an id)")
        stamp = _stamp()
        with self._write() as db:
            rows = db.rows("SELECT * FROM action WHERE id = ?", [action.id])
            if not rows:
                if not isinstance(expected, _Unset):
                    raise ConflictError("?", f"action {action.id}", "action")
                raise StoreError(f"action {action.id}: no such action")
            assessment_id = rows[0]["assessment_id"]
            self._require_editable(assessment_id)
            old = _action_from_row(rows[0])
            if not isinstance(expected, _Unset) and old != expected:
                raise ConflictError(assessment_id, f"action {action.id}", "action")
            if old == action:
                return
            # The row as _action_row writes it (every column an action has), for this id.
            columns = "text = :text, owner = :owner, due = :due, status = :status, recommendation_id = :recommendation_id, internal = :internal"
            db.execute(
                f"UPDATE action SET {columns}, updated = :updated WHERE id = :id", {**_action_row(assessment_id, 0, action, stamp), "id": action.id}
            )
            self._log(assessment_id, stamp, f"action:{action.id}", _action_text(old), _action_text(action))
            self._touch(assessment_id, stamp)

    def delete_action(self, action_id: int) -> None:
        stamp = _stamp()
        with self._write() as db:
            rows = db.rows("SELECT * FROM action WHERE id = ?", [action_id])
            if not rows:
                return
            assessment_id = rows[0]["assessment_id"]
            self._require_editable(assessment_id)
            db.execute("DELETE FROM action WHERE id = ?", [action_id])
            self._log(assessment_id, stamp, f"action:{action_id}", _action_text(_action_from_row(rows[0])), None)
            self._touch(assessment_id, stamp)

    # -- helpers ----------------------------------------------------------------------------

    def _require(self, assessment_id: int) -> None:
        if not self.exists(assessment_id):
            raise UnknownAssessmentError(assessment_id)

    def _require_editable(self, assessment_id: int) -> None:
        row = self.db.execute("SELECT state, deleted FROM assessment WHERE id = ?", [assessment_id]).fetchone()
        if row is None:
            raise UnknownAssessmentError(assessment_id)
        if row[1] is not None:
            raise InBinError(assessment_id)
        from ..domain.signoff import is_editable  # here: the window's first screen asks no sign-off rule (~0.5 ms)

        if not is_editable(AssessmentState(row[0]), row[1]):
            raise FinalAssessmentError(assessment_id)

    def _checklist_of(self, assessment_id: int) -> Checklist:
        row = self._read(lambda: self.db.execute("SELECT checklist_id, checklist_version FROM assessment WHERE id = ?", [assessment_id]).fetchone())
        if row is None:
            raise UnknownAssessmentError(assessment_id)
        checklist = self.library.get(row[0], row[1])
        if checklist is None:
            raise StoreError(f"assessment {assessment_id} uses checklist {row[0]} {row[1]}, which this PartnerCheck does not have")
        return checklist

    def checklist_for(self, assessment: Assessment) -> Checklist:
        checklist = self.library.get(assessment.checklist_id, assessment.checklist_version)
        if checklist is None:
            raise StoreError(f"checklist {assessment.checklist_id} {assessment.checklist_version} is not known")
        return checklist

    def _touch(self, assessment_id: int, stamp: str) -> None:
        self.db.execute("UPDATE assessment SET updated = ? WHERE id = ?", [stamp, assessment_id])
