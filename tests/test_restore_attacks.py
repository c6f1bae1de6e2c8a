"""Restoring a backup under hostile conditions: the backup chosen is the oldest of a full
folder, another program holds the database's write lock. The database must end as the backup
or as it was, and every backup must stay."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from dataclasses import replace

import pytest

from partnercheck.cli import main
from partnercheck.store.backups import KEEP, list_backups
from partnercheck.store.restore import restore_backup


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _parties(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return sorted(row[0] for row in conn.execute("SELECT counterpart FROM assessment"))
    finally:
        conn.close()


def test_restoring_the_oldest_of_a_full_backup_folder_restores_it_and_keeps_it(store, db_path, new_assessment, capsys):
    # The restore keeps the current state as a 'before-restore' backup first, and making a
    # backup prunes the oldest beyond KEEP: the very backup being restored. It used to be
    # deleted, SQLite then made an empty file under its name, and that empty database was
    # copied over every assessment, reported as "Restored".
    store.create(new_assessment)
    oldest = store.backup()
    for n in range(KEEP - 1):
        store.create(replace(new_assessment, partnership=replace(new_assessment.partnership, counterpart=f"Stad {n}")))
        store.backup()
    store.close()
    assert list_backups(db_path)[-1] == oldest and len(list_backups(db_path)) == KEEP
    oldest_sha = _sha(oldest)

    code = main(["backups", "--db", str(db_path), "--restore", str(oldest)])

    assert code == 0, capsys.readouterr().err
    assert _parties(db_path) == ["Yangzhou"], "the database holds the backup's one assessment"
    assert oldest.exists() and _sha(oldest) == oldest_sha, "the backup restored from is still there, unchanged"
    assert oldest in list_backups(db_path)


def test_a_backup_removed_by_another_process_during_the_restore_is_refused_not_emptied(store, db_path, new_assessment, monkeypatch):
    # Another PartnerCheck (the window making its own backup) may prune the chosen backup
    # between its check and its reading. Reading it must then fail: SQLite would otherwise
    # create an empty database under its name and copy that over the database.
    from partnercheck.store import restore
    from partnercheck.store.errors import StoreError

    store.create(new_assessment)
    backup = store.backup()
    store.close()
    real_make_backup = restore.make_backup

    def make_backup_while_another_prunes(*args, **kwargs):
        made = real_make_backup(*args, **kwargs)
        backup.unlink()
        return made

    monkeypatch.setattr(restore, "make_backup", make_backup_while_another_prunes)
    with pytest.raises(StoreError, match=str(backup.name)):
        restore_backup(db_path, backup)
    assert not backup.exists(), "reading a backup never creates one"
    assert _parties(db_path) == ["Yangzhou"]


def test_a_restore_while_another_program_holds_the_write_lock_says_busy_and_changes_nothing(store, db_path, new_assessment, capsys, monkeypatch):
    # Python's backup retries a busy target for as long as it stays busy: the restore used to
    # hang, silently, until the other program let go (forever, for a stuck one). Here the
    # other program lets go after LETS_GO seconds; the busy timeout is shortened well below.
    from partnercheck.store import database, restore

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(restore, "BUSY_TIMEOUT_MS", 200)
    lets_go = 4.0
    store.create(new_assessment)
    backup = store.backup()
    store.create(replace(new_assessment, partnership=replace(new_assessment.partnership, counterpart="Suzhou")))
    store.close()
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
    other.execute("UPDATE assessment SET assessor = 'elders'")
    release = threading.Timer(lets_go, lambda: other.execute("ROLLBACK"))
    release.start()
    try:
        started = time.monotonic()
        code = main(["backups", "--db", str(db_path), "--restore", str(backup)])
        waited = time.monotonic() - started
    finally:
        release.cancel()
        release.join()
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "busy" in err, err
    assert waited < lets_go, "gives up after the busy timeout, as every write does"
    assert _parties(db_path) == ["Suzhou", "Yangzhou"], "the database is as it was"
    assert list_backups(db_path) == [backup], "no before-restore backup pushed an older one out"


def test_a_folder_named_like_a_backup_is_no_backup_and_blocks_no_backup(store, db_path, new_assessment):
    # Pruning tried to delete it as the oldest backup: every backup after the fifth failed
    # ("Is a directory"), and with it every upgrade and restore, which make one first.
    from partnercheck.store.backups import backup_dir

    store.create(new_assessment)
    folder = backup_dir(db_path) / f"{db_path.stem}-20200101-000000Z-000000-manual.backup.sqlite3"
    folder.mkdir(parents=True)
    (folder / "iets.txt").write_text("niet van PartnerCheck", encoding="utf-8")
    made = [store.backup() for _ in range(KEEP + 2)]
    store.close()
    assert list_backups(db_path) == made[::-1][:KEEP]
    assert (folder / "iets.txt").read_text(encoding="utf-8") == "niet van PartnerCheck"


def test_an_upgrade_whose_backup_cannot_be_made_names_the_folder_not_the_database(tmp_path, capsys):
    # The backups folder could not be made (here a file holds its name; elsewhere a read-only
    # folder): this was said as "the database 'backups' cannot be used", in Dutch too.
    import shutil
    from pathlib import Path

    released = Path(__file__).parent / "data" / "released-v17.sqlite3"
    db_path = tmp_path / "oud.sqlite3"
    shutil.copyfile(released, db_path)
    (tmp_path / "backups").write_text("geen map", encoding="utf-8")
    before = _sha(db_path)
    for lang, words in (("en", "no backup could be made there"), ("nl", "daar kon geen reservekopie worden gemaakt")):
        code = main(["list", "--db", str(db_path), "--lang", lang])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1, err
        assert f"{tmp_path / 'backups'}: {words}" in err and "database" not in err
    assert _sha(db_path) == before, "no upgrade without its backup"
