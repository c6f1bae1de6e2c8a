"""Backups that are backups, errors by their real cause, and files written whole (issue 17)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from partnercheck.cli import main
from partnercheck.domain.interchange import dumps
from partnercheck.services.files import atomic_writer, write_atomically
from partnercheck.store.backups import KEEP, list_backups, make_backup
from partnercheck.store.errors import BadBackupError, DamagedDatabaseError, DiskIOError, translate
from partnercheck.store.restore import restore_backup
from partnercheck.workspace import open_store


# -- backups --------------------------------------------------------------------------------------
def test_temporaries_a_killed_backup_left_are_removed_once_stale(db_path, new_assessment):
    # A kill mid-backup (tests/test_crash_safety.py) leaves a hidden '.NAME.partial'; the next
    # backup removes those older than an hour (never a fresh one: another process's backup in
    # progress).
    from partnercheck.durable import STALE_SECONDS
    from partnercheck.store.backups import backup_dir, make_backup

    store = open_store(db_path)
    store.create(new_assessment)
    folder = backup_dir(db_path)
    folder.mkdir()
    old, fresh = folder / ".abc123.partial", folder / ".def456.partial"
    for leftover in (old, fresh, folder / ".abc123.partial-journal"):
        leftover.write_bytes(b"half a backup")
    stale = os.stat(old).st_mtime - STALE_SECONDS - 10
    os.utime(old, (stale, stale))
    os.utime(folder / ".abc123.partial-journal", (stale, stale))
    make_backup(store.db.conn, db_path, "manual")
    store.close()
    assert not old.exists() and not (folder / ".abc123.partial-journal").exists()
    assert fresh.exists()


def test_a_backup_is_named_in_utc_with_a_sequence_and_reads_back_sound(store, db_path, new_assessment):
    store.create(new_assessment)
    first = store.backup()
    second = store.backup()
    assert first.name.endswith("-000001-manual.backup.sqlite3") and "Z-" in first.name
    assert second.name.endswith("-000002-manual.backup.sqlite3")
    assert list_backups(db_path) == [second, first]
    assert not [p for p in first.parent.iterdir() if p.name.startswith(".")], "no temporary file left behind"
    conn = sqlite3.connect(second)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM assessment").fetchone()[0] == 1
    conn.close()


@pytest.mark.parametrize("cut", ["truncated", "empty", "zeroed page"])
def test_restore_refuses_a_damaged_backup_and_changes_nothing(store, db_path, new_assessment, cut):
    store.create(new_assessment)
    backup = store.backup()
    store.close()
    data = backup.read_bytes()
    if cut == "truncated":
        backup.write_bytes(data[: len(data) // 2])
    elif cut == "empty":
        backup.write_bytes(b"")
    else:
        backup.write_bytes(data[:4096] + bytes(4096) + data[8192:])
    database_before, backup_before = db_path.read_bytes(), backup.read_bytes()
    with pytest.raises(BadBackupError, match="cannot be restored") as info:
        restore_backup(db_path, backup)
    assert "\n" not in str(info.value) and str(backup) in str(info.value)
    assert db_path.read_bytes() == database_before and backup.read_bytes() == backup_before
    assert len(list_backups(db_path)) == 1, "no before-restore backup for a refused restore"


def test_restore_on_the_command_line_refuses_a_truncated_backup_with_exit_2(store, db_path, new_assessment, capsys):
    store.create(new_assessment)
    backup = store.backup()
    store.close()
    backup.write_bytes(backup.read_bytes()[:5000])
    code = main(["backups", "--db", str(db_path), "--restore", str(backup)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "cannot be restored" in err


def test_an_old_schema_backup_is_restored_as_it_is_and_upgraded_on_the_next_open(db_path, tmp_path, new_assessment):
    from test_trust import _make_version_1_database

    from partnercheck.store.migrations import latest_version

    old = tmp_path / "old" / "partnercheck.sqlite3"
    old.parent.mkdir()
    _make_version_1_database(old, new_assessment)
    old_bytes = old.read_bytes()
    store = open_store(db_path)
    store.create(new_assessment)
    store.create(new_assessment)
    store.close()
    restore_backup(db_path, old)
    assert old.read_bytes() == old_bytes, "the backup itself is only read"
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    store = open_store(db_path)
    assert [s.assessor for s in store.list_summaries()] == ["oud"]
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    store.close()
    labels = [p.name.rsplit("-", 1)[-1] for p in list_backups(db_path)]
    assert labels[:2] == ["v1.backup.sqlite3", "restore.backup.sqlite3"]


@pytest.mark.slow  # a process of its own
def test_a_change_of_time_zone_does_not_prune_the_newest_backup(db_path, new_assessment):
    if not hasattr(__import__("time"), "tzset"):
        pytest.skip("time.tzset is POSIX only")
    store = open_store(db_path)
    store.create(new_assessment)
    store.close()
    script = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from partnercheck.workspace import open_store
        time.tzset()
        store = open_store(Path(sys.argv[1]))
        print(store.backup(sys.argv[2]).name)
        store.close()
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}

    def backup_in(zone, label):
        result = subprocess.run([sys.executable, "-c", script, str(db_path), label], env={**env, "TZ": zone}, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    for n in range(KEEP):
        backup_in("Pacific/Kiritimati", f"east{n}")  # UTC+14: local clock names would sort last
    newest = backup_in("Pacific/Pago_Pago", "west")  # UTC-11, made after all the others
    names = [p.name for p in list_backups(db_path)]
    assert len(names) == KEEP
    assert names[0] == newest, "the backup made last is kept and listed first"


def test_a_damaged_database_is_not_backed_up_and_leaves_no_file(store, db_path, new_assessment):
    store.create(new_assessment)
    store.close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    # Point an index at the wrong root page: the backup copies it faithfully, the check does not pass it.
    conn.execute("UPDATE sqlite_master SET rootpage = 2 WHERE type = 'index' AND rootpage > 2 AND name NOT LIKE 'sqlite_%'")
    conn.close()
    raw = sqlite3.connect(db_path, isolation_level=None)
    with pytest.raises(DamagedDatabaseError, match="no backup was made"):
        make_backup(raw, db_path, "manual")
    raw.close()
    assert list_backups(db_path) == []
    assert [p.name for p in (db_path.parent / "backups").iterdir()] == []


# -- errors by their real cause ---------------------------------------------------------------


def _raised(conn, sql):
    try:
        conn.execute(sql)
    except sqlite3.Error as exc:
        return exc
    raise AssertionError("no error")


def test_errors_are_classified_by_sqlites_code_not_their_words(tmp_path):
    path = tmp_path / "x.sqlite3"
    conn = sqlite3.connect(path)
    exc = _raised(conn, "SELECT * FROM no_such_table")
    assert translate(exc, path) is None, "a bug stays a bug"
    fake = sqlite3.OperationalError("database or disk is full")  # the words, with an I/O error's code
    fake.sqlite_errorcode, fake.sqlite_errorname = 778, "SQLITE_IOERR_WRITE"
    assert isinstance(translate(fake, path), DiskIOError)
    assert "restore" not in str(translate(fake, path)).lower()
    corrupt = sqlite3.DatabaseError("anything")
    corrupt.sqlite_errorcode, corrupt.sqlite_errorname = 11, "SQLITE_CORRUPT"
    assert isinstance(translate(corrupt, path), DamagedDatabaseError)
    conn.close()


@pytest.mark.slow  # a process of its own
def test_an_import_into_a_full_database_says_disk_full_and_keeps_the_data(db_path, tmp_path, new_assessment, capsys):
    from dataclasses import replace

    from partnercheck.domain.assessment import Answer

    store = open_store(db_path)
    questions = store.library.active.questions
    first = store.create(new_assessment)
    before = store.get(first)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.close()
    big = replace(new_assessment, answers={q.id: Answer(q.options[0].value, "x" * 3000) for q in questions})
    source = tmp_path / "big.json"
    source.write_text(dumps(big), encoding="utf-8")

    # A real limit, no mocks: max_page_count is per connection, so the import runs in a
    # process that sets it on the store's own connection before writing.
    script = textwrap.dedent(
        f"""
        import sys
        from partnercheck.services import workspace
        from partnercheck.cli import main
        real = workspace.open_store
        def limited(path):
            store = real(path)
            store.db.execute("PRAGMA max_page_count = {pages + 1}")
            return store
        workspace.open_store = limited
        sys.exit(main(["import", sys.argv[1], "--db", sys.argv[2]]))
        """
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", script, str(source), str(db_path)], env=env, capture_output=True, text=True)
    assert result.returncode == 2, result.stderr
    assert "disk is full" in result.stderr and "damaged" not in result.stderr and "backup" not in result.stderr.lower()
    assert result.stderr.count("\n") == 1
    store = open_store(db_path)
    assert [s.id for s in store.list_summaries()] == [first]
    assert store.get(first) == before
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


# -- files written whole -----------------------------------------------------------------------


def test_a_planted_link_at_the_old_temporary_name_is_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    target = tmp_path / "report.pdf"
    (tmp_path / ".report.pdf.partial").symlink_to(victim)  # the name the old code wrote through
    write_atomically(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".report.pdf.partial", "report.pdf", "victim.txt"]


def test_a_target_name_of_250_bytes_is_written(tmp_path):
    target = tmp_path / ("b" * 246 + ".pdf")
    assert len(target.name.encode()) == 250
    write_atomically(target, b"data")
    assert target.read_bytes() == b"data"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "export.json"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="midway"):
        with atomic_writer(target) as fh:
            fh.write(b"half")
            raise RuntimeError("midway")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_a_missing_folder_is_an_oserror_naming_the_target(tmp_path):
    target = tmp_path / "nowhere" / "export.json"
    with pytest.raises(OSError) as info:
        write_atomically(target, b"x")
    assert info.value.filename is not None


def test_report_with_an_empty_out_is_one_line_exit_2(db_path, new_assessment, capsys):
    store = open_store(db_path)
    new_id = store.create(new_assessment)
    store.close()
    code = main(["report", str(new_id), "--db", str(db_path), "--out", ""])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1 and "--out" in captured.err
