"""A database made by the release before ties (schema step 5) upgrades: a backup first, then
its assessments grouped into ties by their parties' names compared the Unicode way."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from partnercheck.store import migrations
from partnercheck.store.backups import list_backups
from partnercheck.workspace import open_store

BEFORE_TIES = 5  # the last schema step of the release without ties


def _assessment(conn, library, dutch, counterpart, created, *, status="active", since=2010, note="", kind="municipality"):
    checklist = library.active
    cursor = conn.execute(
        "INSERT INTO assessment (checklist_id, checklist_version, dutch_party, dutch_party_kind, counterpart, counterpart_kind, status, "
        "since, assessor, created, updated, overall, verdict, answered, total, created_utc) "
        "VALUES (?, ?, ?, ?, ?, 'city', ?, ?, 'A', ?, ?, NULL, 'not-started', 0, ?, strftime('%Y-%m-%d %H:%M:%f', ?))",
        [checklist.id, checklist.version, dutch, kind, counterpart, status, since, created, created, len(checklist.questions), created],
    )
    if note:
        conn.execute(
            "INSERT INTO answer (assessment_id, question_id, value, note, updated) VALUES (?, ?, NULL, ?, ?)",
            [cursor.lastrowid, checklist.questions[0].id, note, created],
        )
    return cursor.lastrowid


@pytest.fixture
def old_database(db_path, library):
    """A file as the release before ties leaves it, made with that release's own steps."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrations.apply_pending(conn, 0, upto=BEFORE_TIES)
    ids = {
        "breda-2019": _assessment(conn, library, "Gemeente Breda", "Yangzhou", "2019-03-01T10:00:00+01:00", status="active", since=2012),
        # Same tie: other case, doubled space, full-width letters (NFKC), a later status.
        "breda-2023": _assessment(conn, library, "GEMEENTE  BREDA", "Ｙａｎｇｚｈｏｕ", "2023-05-02T09:00:00+02:00", status="dormant", since=2012),
        # Decomposed â (a + combining circumflex) and ß against its case-folded ss.
        "fryslan-a": _assessment(
            conn, library, "Provincie Fryslân", "Straße-Stad", "2020-01-01T12:00:00+01:00", kind="province", note="Zoë bezocht het café"
        ),
        "fryslan-b": _assessment(conn, library, "provincie frysla\u0302n", "STRASSE-STAD", "2021-01-01T12:00:00+01:00", kind="province"),
        "other": _assessment(conn, library, "Gemeente Breda", "Hangzhou", "2020-06-01T12:00:00+02:00"),
    }
    conn.execute(
        "INSERT INTO action (assessment_id, position, text, owner, status, updated) VALUES (?, 0, 'Informeer de raad', 'J. Jansen', 'open', 'x')",
        [ids["other"]],
    )
    conn.close()
    return ids


def test_an_old_database_is_backed_up_and_its_assessments_grouped_into_ties(db_path, old_database):
    ids = old_database
    store = open_store(db_path)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        backups = list_backups(db_path)
        assert len(backups) == 1 and backups[0].name.endswith(f"-v{BEFORE_TIES}.backup.sqlite3")
        with sqlite3.connect(backups[0]) as copy:  # the backup is the file as it was
            assert copy.execute("PRAGMA user_version").fetchone()[0] == BEFORE_TIES
            assert copy.execute("SELECT count(*) FROM assessment").fetchone()[0] == 5
        tie = {name: store.tie_of(i) for name, i in ids.items()}
        assert tie["breda-2019"] == tie["breda-2023"]
        assert tie["fryslan-a"] == tie["fryslan-b"]
        assert len(set(tie.values())) == 3
        ties = store.list_ties()
        # Numbered in the order of their first assessment; details from the latest one.
        assert [(t.id, t.dutch_party, t.counterpart, t.status.value) for t in ties] == [
            (tie["breda-2019"], "GEMEENTE  BREDA", "Ｙａｎｇｚｈｏｕ", "dormant"),
            (tie["fryslan-a"], "provincie frysla\u0302n", "STRASSE-STAD", "active"),
            (tie["other"], "Gemeente Breda", "Hangzhou", "active"),
        ]
        assert [t.id for t in ties] == [1, 2, 3]
        assert all(uuid.UUID(t.uuid).version == 4 for t in ties)
        # Each assessment keeps its own snapshot of the tie.
        assert store.get(ids["breda-2019"]).partnership.status.value == "active"
        # The earlier assessment is found through the tie, whatever the spelling.
        assert store.previous_of(ids["breda-2023"]) == ids["breda-2019"]
        assert store.previous_of(ids["fryslan-b"]) == ids["fryslan-a"]
        assert store.previous_of(ids["other"]) is None
        # Theme levels filled in once for the portfolio.
        assert store.db.execute("SELECT count(*) FROM assessment WHERE themes IS NULL").fetchone()[0] == 0
    finally:
        store.close()


def test_what_was_written_before_the_upgrade_is_found_by_search(db_path, old_database):
    store = open_store(db_path)
    try:
        hits = store.search("zoe cafe")
        assert [(h.kind, h.tie_id) for h in hits] == [("notes", store.tie_of(old_database["fryslan-a"]))]
        assert [h.kind for h in store.search("Jansen")] == ["action"]
    finally:
        store.close()


def test_a_python_step_runs_inside_its_transaction(tmp_path, monkeypatch):
    """A step that fails leaves the file at the step before, as a SQL step does."""
    folder = tmp_path / "db"
    folder.mkdir()
    (folder / "0001_first.sql").write_text("CREATE TABLE a (x);", encoding="utf-8")
    (folder / "0002_second.py").write_text(
        "def migrate(conn):\n    conn.execute('CREATE TABLE b (y)')\n    raise RuntimeError('stop')\n", encoding="utf-8"
    )
    monkeypatch.setattr(migrations, "migrations_dir", lambda: folder)
    migrations.migrations.cache_clear()
    try:
        conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
        with pytest.raises(RuntimeError, match="stop"):
            migrations.apply_pending(conn, 0)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["a"]
        conn.close()
    finally:
        migrations.migrations.cache_clear()
