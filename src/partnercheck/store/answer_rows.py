"""The answers and actions of an assessment stored whole (store.repository), each in one
statement of many rows, the answers' row of notes in the search index written once after them
(db/0018_notes_row_once.sql, issue 16)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .rows import _action_row, _basis_column

if TYPE_CHECKING:
    from ..domain.assessment import Action, Assessment
    from .connection import Database


_INSERT = "INSERT INTO answer (assessment_id, question_id, value, note, updated, note_public, basis) VALUES "
_ROWS_PER_STATEMENT = 500  # 3,500 values, far below SQLite's limit of 32,766 per statement

# What answer_ai writes for an answer with a note: the assessment's notes, all of them joined.
_NOTES_ROW = (
    "INSERT INTO search_index (rowid, body) "
    "SELECT ? * 8 + 4, group_concat(note, ' ') FROM answer WHERE assessment_id = ? AND note != '' HAVING count(*) > 0"
)


def insert_answers(db: Database, assessment_id: int, assessment: Assessment, stamp: str) -> None:
    """The answers of a new assessment, and its row of notes in the search index written once
    after them rather than by answer_ai for each note (db/0018_notes_row_once.sql)."""
    rows = [
        (assessment_id, qid, a.value, a.note, stamp, int(qid in assessment.public_notes), _basis_column(a.basis))
        for qid, a in assessment.answers.items()
    ]
    notes = any(a.note for a in assessment.answers.values())
    conn = db.conn
    if notes:
        conn.execute("INSERT INTO notes_written_after (assessment_id) VALUES (?)", [assessment_id])
    # One statement for many rows rather than executemany's one per row: each statement written
    # after the transaction touched the full-text tables has them save their state (SQLite's
    # statement savepoint), a quarter of the cost of storing the answers (issue 16).
    for start in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[start : start + _ROWS_PER_STATEMENT]
        conn.execute(_INSERT + ", ".join(["(?, ?, ?, ?, ?, ?, ?)"] * len(chunk)), [v for row in chunk for v in row])
    if notes:
        conn.execute(_NOTES_ROW, [assessment_id, assessment_id])
        conn.execute("DELETE FROM notes_written_after WHERE assessment_id = ?", [assessment_id])


def insert_actions(db: Database, assessment_id: int, actions: list[Action], stamp: str) -> None:
    """The actions in one statement, in order (their ids ascending as one insert each would
    give them): action_ai's full-text rows are then written out once, not once per action."""
    rows = [_action_row(assessment_id, position, action, stamp) for position, action in enumerate(actions)]
    for start in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[start : start + _ROWS_PER_STATEMENT]
        columns = ", ".join(chunk[0])
        marks = ", ".join(["(" + ", ".join("?" * len(chunk[0])) + ")"] * len(chunk))
        db.conn.execute(f"INSERT INTO action ({columns}) VALUES {marks}", [v for row in chunk for v in row.values()])
