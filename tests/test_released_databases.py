"""A database made by a released PartnerCheck opens in this one: upgraded after a backup, with
everything it held, and writable with the new steps' tables, triggers and constraints.

``tests/data/released-v17.sqlite3`` was made by the version whose schema ended at step 17
(commit 2f18671: four assessments from tests/benchmarks/dataset.py, a tie's notes changed so
its history has an entry). A released step keeps its number for ever: a renumbered step would
make such a file "version 17" of another schema, and it was refused as not PartnerCheck's
before this test existed.
"""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

from partnercheck.domain.assessment import Answer
from partnercheck.store import migrations
from partnercheck.store.backups import list_backups
from partnercheck.workspace import open_store

RELEASED = Path(__file__).parent / "data" / "released-v17.sqlite3"


def test_a_database_from_the_released_version_opens_upgraded_with_all_it_held(tmp_path: Path, new_assessment) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "partnercheck.sqlite3"
    shutil.copyfile(RELEASED, db)
    store = open_store(db)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert [b.name.endswith("-v17.backup.sqlite3") for b in list_backups(db)] == [True]
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert len(store.list_summaries()) == 4
        ties = store.list_ties()
        noted = [t for t in ties if t.notes == "Notitie van de vorige versie"]
        assert len(noted) == 1 and [e.subject for e in store.tie_history(noted[0].id)][-1] == "notes"
        for summary in store.list_summaries():  # every assessment reads back whole
            assert store.get(summary.id).answers

        # ...and takes new work through the new steps: an assessment with a note is found by it.
        question = store.library.active.questions[0]
        answered = dataclasses.replace(new_assessment, answers={question.id: Answer(question.options[0].value, "Zaalhuur gedeeld")})
        new_id = store.create(answered)
        assert [(h.kind, h.ref) for h in store.search("zaalhuur")] == [("notes", new_id)]
    finally:
        store.close()


def test_the_released_file_is_what_the_test_says() -> None:
    """The fixture itself: version 17 with tie history, as that release left it."""
    with sqlite3.connect(f"file:{RELEASED}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 17
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "tie_history" in tables and "notes_written_after" not in tables
