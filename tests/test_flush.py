"""When a save reaches the disk: a commit goes to the WAL without a disk wait
(synchronous = NORMAL); ``flush`` and ``close`` put it into the database file and on the disk
(docs/data-safety.md, store.transactions)."""

from __future__ import annotations

import shutil
import sqlite3

from partnercheck.domain.assessment import Answer
from partnercheck.store.transactions import IDLE_BACKSTOP_PAGES
from partnercheck.workspace import open_store


def _answers_in_database_file(db_path, tmp_path) -> int:  # type: ignore[no-untyped-def]
    """Answers in the database file alone, without its WAL: what a checkpoint copied there."""
    alone = tmp_path / "alone.sqlite3"
    shutil.copyfile(db_path, alone)
    conn = sqlite3.connect(alone)
    try:
        return int(conn.execute("SELECT count(*) FROM answer").fetchone()[0])
    finally:
        conn.close()
        alone.unlink()


def _save_three(store, assessment_id, library) -> None:  # type: ignore[no-untyped-def]
    for q in library.active.questions[:3]:
        store.save_answer(assessment_id, q.id, Answer(q.options[0].value, "n"))


def test_a_save_does_not_wait_for_the_disk_and_a_flush_puts_it_in_the_database_file(tmp_path, db_path, new_assessment, library):  # type: ignore[no-untyped-def]
    store = open_store(db_path)
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 1, "NORMAL in WAL mode"
    assessment_id = store.create(new_assessment)
    store.flush()
    store.checkpoint_when_idle(lambda: None)
    assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == IDLE_BACKSTOP_PAGES
    _save_three(store, assessment_id, library)
    assert _answers_in_database_file(db_path, tmp_path) == 0, "still only in the WAL"
    store.flush()
    assert _answers_in_database_file(db_path, tmp_path) == 3
    store.close()


def test_closing_flushes_even_while_another_connection_keeps_the_database_open(tmp_path, db_path, new_assessment, library):  # type: ignore[no-untyped-def]
    other = open_store(db_path)  # the window, say: the command's close is not the last one
    store = open_store(db_path)
    assessment_id = store.create(new_assessment)
    _save_three(store, assessment_id, library)
    store.close()
    assert _answers_in_database_file(db_path, tmp_path) == 3
    other.close()


def test_every_commit_is_announced_to_whoever_waits_for_a_pause(db_path, new_assessment, library):  # type: ignore[no-untyped-def]
    store = open_store(db_path)
    heard = []
    store.checkpoint_when_idle(lambda: heard.append(1))
    assessment_id = store.create(new_assessment)
    _save_three(store, assessment_id, library)
    assert len(heard) == 4
    store.close()
