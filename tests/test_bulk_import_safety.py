"""A folder import flushes the disk once at the end (store.bulk_writes): killed at any file it
still leaves a sound database with whole assessments only, and importing the folder again
completes it without a duplicate."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from test_bulk_import import folder_of

from partnercheck.domain.assessment import Action, Answer
from partnercheck.services import transfer
from partnercheck.services.bulk_import import files_to_import, import_many
from partnercheck.workspace import open_store


@pytest.fixture
def exported(tmp_path, new_assessment, library):  # type: ignore[no-untyped-def]
    """A file with every question answered and ten actions: a half-stored one would show."""
    new_assessment.answers = {q.id: Answer(q.options[-1].value, "n" * 200) for q in library.active.questions}
    new_assessment.actions = [Action(f"actie {i}") for i in range(10)]
    source = open_store(tmp_path / "elsewhere.sqlite3")
    text = transfer.export_text(source.get(source.create(new_assessment)))
    source.close()
    return text


BULK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from partnercheck.services.bulk_import import files_to_import, import_many
    from partnercheck.workspace import open_store
    store = open_store(sys.argv[1])
    import_many(store, files_to_import([Path(sys.argv[2])]), lambda n, r: print(r.id, flush=True))
    print("done", flush=True)
    """
)


def _killed_after(db, folder, lines_wanted):  # type: ignore[no-untyped-def]
    proc = subprocess.Popen([sys.executable, "-c", BULK, str(db), str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    try:
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.append(line.strip())
            if len(lines) >= lines_wanted:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.wait(60)
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    return [int(x) for x in lines if x.isdigit()]


@pytest.mark.slow
def test_a_killed_folder_import_leaves_whole_assessments_and_a_second_run_completes_it(tmp_path, db_path, exported, library):  # type: ignore[no-untyped-def]
    folder = folder_of(tmp_path, exported, 40)
    open_store(db_path).close()
    rng = random.Random(16)
    for _ in range(4):
        reported = _killed_after(db_path, folder, rng.randint(1, 39))
        conn = sqlite3.connect(db_path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.close()
        store = open_store(db_path)
        stored = {s.id for s in store.list_summaries()}
        assert set(reported) <= stored, "a killed process (not a power cut) loses nothing it reported"
        for assessment_id in stored:
            got = store.get(assessment_id)
            assert (len(got.answers), len(got.actions)) == (len(library.active.questions), 10), "whole or not there"
        store.close()
    store = open_store(db_path)
    results = import_many(store, files_to_import([folder]))
    assert all(r.error is None for r in results), "stored before or stored now: 'already here, unchanged' is no error"
    assert sorted(s.dutch_party for s in store.list_summaries()) == [f"Gemeente {i:03d}" for i in range(40)]
    store.close()


def _in_database_file(db_path, tmp_path):  # type: ignore[no-untyped-def]
    """Assessments in the database file alone, without its WAL: what a checkpoint copied."""
    alone = tmp_path / "alone.sqlite3"
    shutil.copyfile(db_path, alone)
    conn = sqlite3.connect(alone)
    try:
        return conn.execute("SELECT count(*) FROM assessment").fetchone()[0]
    finally:
        conn.close()


def test_after_a_folder_import_everything_imported_is_in_the_database_file(tmp_path, db_path, exported):  # type: ignore[no-untyped-def]
    folder = folder_of(tmp_path, exported, 3)
    store = open_store(db_path)
    import_many(store, files_to_import([folder]))
    assert _in_database_file(db_path, tmp_path) == 3, "checkpointed (and so flushed) at the end of the run"
    store.close()


def test_a_run_that_stops_half_way_keeps_what_it_stored_and_waits_for_the_disk_again(tmp_path, db_path, exported):  # type: ignore[no-untyped-def]
    folder = folder_of(tmp_path, exported, 5)
    store = open_store(db_path)

    def stop_after_two(n, result):  # type: ignore[no-untyped-def]
        if n == 2:
            raise KeyboardInterrupt  # Ctrl+C between two files

    with pytest.raises(KeyboardInterrupt):
        import_many(store, files_to_import([folder]), stop_after_two)
    assert _in_database_file(db_path, tmp_path) == 2, "what was stored before the stop is flushed"
    assert len(store.list_summaries()) == 2
    store.close()
