"""The window's saves reach the database file (and the disk) once typing pauses (ui.idle_flush)."""

from __future__ import annotations

import shutil
import sqlite3

from partnercheck.domain.assessment import Answer
from partnercheck.ui.idle_flush import FLUSH_DELAY_MS


def _answers_in_database_file(db_path, tmp_path) -> int:  # type: ignore[no-untyped-def]
    alone = tmp_path / "alone.sqlite3"
    shutil.copyfile(db_path, alone)
    conn = sqlite3.connect(alone)
    try:
        return int(conn.execute("SELECT count(*) FROM answer").fetchone()[0])
    finally:
        conn.close()
        alone.unlink()


def test_a_pause_after_saving_flushes_the_saves(qtbot, window, db_path, tmp_path, new_assessment, library):  # type: ignore[no-untyped-def]
    store = window.store
    assessment_id = store.create(new_assessment)
    window.idle_flush.flush()
    q = library.active.questions[0]
    store.save_answer(assessment_id, q.id, Answer(q.options[0].value, "n"))
    assert window.idle_flush.timer.isActive(), "a save starts the wait for a pause"
    assert _answers_in_database_file(db_path, tmp_path) == 0
    qtbot.waitUntil(lambda: not window.idle_flush.timer.isActive(), timeout=FLUSH_DELAY_MS * 5)
    assert _answers_in_database_file(db_path, tmp_path) == 1
