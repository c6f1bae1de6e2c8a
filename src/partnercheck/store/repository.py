"""Assessments in and out of the database. Every write is one short transaction."""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from ..domain.assessment import (
    Action,
    ActionStatus,
    Answer,
    Assessment,
    AssessmentSummary,
    CounterpartKind,
    DutchPartyKind,
    Partnership,
    PartnershipStatus,
    now,
)
from ..domain.library import ChecklistLibrary
from ..domain.scoring import score
from .errors import StoreError, UnknownAssessmentError, translate

T = TypeVar("T")


def _iso(value: _dt.datetime) -> str:
    return value.isoformat()


def _stamp() -> str:
    """Change times in UTC to the microsecond, so text order is time order (DST included)."""
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="microseconds")


class AssessmentStore:
    """The repository the CLI, the window and the report read and write through."""

    def __init__(self, db: sqlite_utils.Database, library: ChecklistLibrary, path: Path | None = None) -> None:
        self.db = db
        self.library = library
        self.path = path or Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:")

    def close(self) -> None:
        self.db.close()

    # -- transactions ---------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as exc:
            known = translate(exc, self.path)
            if known is None:
                raise
            raise known from None

    def _read(self, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except sqlite3.Error as exc:
            known = translate(exc, self.path)
            if known is None:
                raise
            raise known from None

    # -- reading ----------------------------------------------------------------------------

    def exists(self, assessment_id: int) -> bool:
        return self._read(lambda: self.db.execute("SELECT 1 FROM assessment WHERE id = ?", [assessment_id]).fetchone()) is not None

    def get(self, assessment_id: int) -> Assessment:
        return self._read(lambda: self._get(assessment_id))

    def _get(self, assessment_id: int) -> Assessment:
        rows = list(self.db.query("SELECT * FROM assessment WHERE id = ?", [assessment_id]))
        if not rows:
            raise UnknownAssessmentError(assessment_id)
        row = rows[0]
        answers = {
            r["question_id"]: Answer(r["value"], r["note"])
            for r in self.db.query(
                "SELECT question_id, value, note FROM answer WHERE assessment_id = ? ORDER BY question_id", [assessment_id]
            )
        }
        actions = [
            _action_from_row(r)
            for r in self.db.query("SELECT * FROM action WHERE assessment_id = ? ORDER BY position, id", [assessment_id])
        ]
        return Assessment(
            id=row["id"],
            partnership=_partnership_from_row(row),
            checklist_id=row["checklist_id"],
            checklist_version=row["checklist_version"],
            assessor=row["assessor"],
            created=_dt.datetime.fromisoformat(row["created"]),
            updated=_dt.datetime.fromisoformat(row["updated"]).astimezone(),
            answers=answers,
            actions=actions,
        )

    def list_summaries(self) -> list[AssessmentSummary]:
        def query() -> list[AssessmentSummary]:
            cursor = self.db.execute(
                "SELECT id, dutch_party, counterpart, status, overall, answered, total, updated, assessor "
                "FROM assessment ORDER BY updated DESC, id DESC"
            )
            return [
                AssessmentSummary(
                    id=r[0],
                    dutch_party=r[1],
                    counterpart=r[2],
                    status=PartnershipStatus(r[3]),
                    overall=r[4],
                    answered=r[5],
                    total=r[6],
                    updated=_dt.datetime.fromisoformat(r[7]).astimezone(),
                    assessor=r[8],
                )
                for r in cursor.fetchall()
            ]

        return self._read(query)

    # -- writing ----------------------------------------------------------------------------

    def create(self, assessment: Assessment) -> int:
        """Store a whole assessment (new, or imported) and return its id."""
        if self.library.get(assessment.checklist_id, assessment.checklist_version) is None:
            raise StoreError(f"checklist {assessment.checklist_id} {assessment.checklist_version} is not known")
        stamp = _stamp()
        with self._write() as db:
            row = _partnership_row(assessment.partnership)
            row.update(
                checklist_id=assessment.checklist_id,
                checklist_version=assessment.checklist_version,
                assessor=assessment.assessor,
                created=_iso(assessment.created),
                updated=_iso(assessment.updated) if assessment.updated else stamp,
            )
            new_id = db["assessment"].insert(row).last_pk
            db["answer"].insert_all(
                (
                    {"assessment_id": new_id, "question_id": qid, "value": a.value, "note": a.note, "updated": stamp}
                    for qid, a in assessment.answers.items()
                ),
            )
            for position, action in enumerate(assessment.actions):
                db["action"].insert(_action_row(new_id, position, action, stamp))
            self._refresh_summary(new_id, touch=False)
        return int(new_id)

    def save_answer(self, assessment_id: int, question_id: str, answer: Answer | None) -> None:
        """Record (or with None / an empty answer, clear) one answer: one transaction."""
        checklist = self._checklist_of(assessment_id)
        question = checklist.question(question_id)
        if question is None:
            raise StoreError(f"question {question_id!r} is not part of checklist {checklist.version}")
        if answer is not None and answer.value is not None and question.option(answer.value) is None:
            raise StoreError(f"{answer.value!r} is not an option of question {question_id!r}")
        with self._write() as db:
            if answer is None or (answer.value is None and not answer.note):
                db.execute("DELETE FROM answer WHERE assessment_id = ? AND question_id = ?", [assessment_id, question_id])
            else:
                db.execute(
                    "INSERT INTO answer (assessment_id, question_id, value, note, updated) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (assessment_id, question_id) DO UPDATE SET value = excluded.value, "
                    "note = excluded.note, updated = excluded.updated",
                    [assessment_id, question_id, answer.value, answer.note, _stamp()],
                )
            self._refresh_summary(assessment_id)

    def update_partnership(self, assessment_id: int, partnership: Partnership, assessor: str | None = None) -> None:
        self._require(assessment_id)
        row: dict[str, Any] = _partnership_row(partnership)
        if assessor is not None:
            row["assessor"] = assessor
        row["updated"] = _stamp()
        with self._write() as db:
            db["assessment"].update(assessment_id, row)

    def add_action(self, assessment_id: int, action: Action) -> int:
        self._require(assessment_id)
        stamp = _stamp()
        with self._write() as db:
            position = db.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM action WHERE assessment_id = ?", [assessment_id]
            ).fetchone()[0]
            action_id = db["action"].insert(_action_row(assessment_id, position, action, stamp)).last_pk
            self._touch(assessment_id, stamp)
        return int(action_id)

    def update_action(self, action: Action) -> None:
        if action.id is None:
            raise ValueError("update_action needs a stored action (with an id)")
        stamp = _stamp()
        with self._write() as db:
            row = db.execute("SELECT assessment_id FROM action WHERE id = ?", [action.id]).fetchone()
            if row is None:
                raise StoreError(f"action {action.id}: no such action")
            db.execute(
                "UPDATE action SET text = ?, owner = ?, due = ?, status = ?, recommendation_id = ?, updated = ? WHERE id = ?",
                [
                    action.text,
                    action.owner,
                    action.due.isoformat() if action.due else None,
                    action.status.value,
                    action.recommendation_id,
                    stamp,
                    action.id,
                ],
            )
            self._touch(row[0], stamp)

    def delete_action(self, action_id: int) -> None:
        stamp = _stamp()
        with self._write() as db:
            row = db.execute("SELECT assessment_id FROM action WHERE id = ?", [action_id]).fetchone()
            if row is None:
                return
            db.execute("DELETE FROM action WHERE id = ?", [action_id])
            self._touch(row[0], stamp)

    def delete(self, assessment_id: int) -> None:
        self._require(assessment_id)
        with self._write() as db:
            db.execute("DELETE FROM assessment WHERE id = ?", [assessment_id])

    def duplicate(self, assessment_id: int, assessor: str | None = None) -> int:
        """A copy of the assessment as the start of a re-assessment, on the active checklist.

        Answers to questions the active checklist no longer has are left behind.
        """
        source = self.get(assessment_id)
        active = self.library.active
        answers = {
            qid: a
            for qid, a in source.answers.items()
            if (q := active.question(qid)) is not None and (a.value is None or q.option(a.value) is not None)
        }
        copy = Assessment(
            partnership=source.partnership,
            checklist_id=active.id,
            checklist_version=active.version,
            assessor=source.assessor if assessor is None else assessor,
            answers=answers,
            actions=[Action(a.text, a.owner, a.due, a.status, a.recommendation_id) for a in source.actions],
        )
        return self.create(copy)

    # -- helpers ----------------------------------------------------------------------------

    def _require(self, assessment_id: int) -> None:
        if not self.exists(assessment_id):
            raise UnknownAssessmentError(assessment_id)

    def _checklist_of(self, assessment_id: int):  # type: ignore[no-untyped-def]
        row = self._read(
            lambda: self.db.execute(
                "SELECT checklist_id, checklist_version FROM assessment WHERE id = ?", [assessment_id]
            ).fetchone()
        )
        if row is None:
            raise UnknownAssessmentError(assessment_id)
        checklist = self.library.get(row[0], row[1])
        if checklist is None:
            raise StoreError(f"assessment {assessment_id} uses checklist {row[0]} {row[1]}, which this PartnerCheck does not have")
        return checklist

    def checklist_for(self, assessment: Assessment):  # type: ignore[no-untyped-def]
        checklist = self.library.get(assessment.checklist_id, assessment.checklist_version)
        if checklist is None:
            raise StoreError(f"checklist {assessment.checklist_id} {assessment.checklist_version} is not known")
        return checklist

    def _touch(self, assessment_id: int, stamp: str) -> None:
        self.db.execute("UPDATE assessment SET updated = ? WHERE id = ?", [stamp, assessment_id])

    def _refresh_summary(self, assessment_id: int, *, touch: bool = True) -> None:
        checklist = self._checklist_of(assessment_id)
        answers = {
            r[0]: Answer(r[1], "")
            for r in self.db.execute("SELECT question_id, value FROM answer WHERE assessment_id = ?", [assessment_id])
        }
        result = score(checklist, answers)
        sets = "overall = ?, answered = ?, total = ?" + (", updated = ?" if touch else "")
        params: list[Any] = [result.overall.code, result.answered, result.total]
        if touch:
            params.append(_stamp())
        self.db.execute(f"UPDATE assessment SET {sets} WHERE id = ?", [*params, assessment_id])


def _partnership_row(p: Partnership) -> dict[str, Any]:
    return {
        "dutch_party": p.dutch_party,
        "dutch_party_kind": p.dutch_party_kind.value,
        "counterpart": p.counterpart,
        "counterpart_kind": p.counterpart_kind.value,
        "status": p.status.value,
        "since": p.since,
    }


def _partnership_from_row(row: dict[str, Any]) -> Partnership:
    return Partnership(
        dutch_party=row["dutch_party"],
        dutch_party_kind=DutchPartyKind(row["dutch_party_kind"]),
        counterpart=row["counterpart"],
        counterpart_kind=CounterpartKind(row["counterpart_kind"]),
        status=PartnershipStatus(row["status"]),
        since=row["since"],
    )


def _action_row(assessment_id: int, position: int, action: Action, stamp: str) -> dict[str, Any]:
    return {
        "assessment_id": assessment_id,
        "position": position,
        "text": action.text,
        "owner": action.owner,
        "due": action.due.isoformat() if action.due else None,
        "status": action.status.value,
        "recommendation_id": action.recommendation_id,
        "updated": stamp,
    }


def _action_from_row(row: dict[str, Any]) -> Action:
    return Action(
        id=row["id"],
        text=row["text"],
        owner=row["owner"],
        due=_dt.date.fromisoformat(row["due"]) if row["due"] else None,
        status=ActionStatus(row["status"]),
        recommendation_id=row["recommendation_id"],
    )
