"""A backup can be restored over a database too damaged to open (issue 17): the damaged file is
kept aside under a new name, byte for byte with its journal, never deleted, and the backup is
put in its place whole; on the command line and through the store."""

from __future__ import annotations

import hashlib

import pytest
from damage_helpers import build_database

from partnercheck.cli import main
from partnercheck.store.backups import list_backups, make_backup
from partnercheck.store.errors import DamagedDatabaseError
from partnercheck.store.restore import DAMAGED_INFIX, restore_backup
from partnercheck.workspace import open_store


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def with_backup(tmp_path, new_assessment):
    db = build_database(tmp_path / "afdeling" / "partnercheck.sqlite3", new_assessment, count=4)
    store = open_store(db)
    backup = make_backup(store.db.conn, db, "manual")
    store.close()
    return db, backup


def _zero_a_page(db, page=3):
    size = 4096
    data = bytearray(db.read_bytes())
    data[size * (page - 1) : size * page] = bytes(size)
    db.write_bytes(bytes(data))


def _damage(db, how):
    if how == "zeroed page":
        _zero_a_page(db)
    elif how == "cut short":
        db.write_bytes(db.read_bytes()[: 4096 * 2 + 100])
    elif how == "empty":
        db.write_bytes(b"")


@pytest.mark.parametrize("how", ["zeroed page", "cut short", "empty"])
def test_restore_over_a_damaged_database_keeps_it_aside_and_puts_the_backup_in_place(with_backup, how):
    db, backup = with_backup
    _damage(db, how)
    with pytest.raises(Exception):  # noqa: B017 - whichever refusal: it cannot be opened
        open_store(db)
    damaged, backup_bytes = _sha(db), _sha(backup)
    restored = restore_backup(db, backup)
    aside = restored.kept_aside
    assert aside is not None and aside.parent == db.parent and aside.name.startswith(db.name + DAMAGED_INFIX)
    assert _sha(aside) == damaged, "the damaged file is kept byte for byte"
    assert _sha(backup) == backup_bytes, "the backup is untouched"
    store = open_store(db)
    assert len(store.list_summaries()) == 4
    store.close()
    leftovers = [p.name for p in db.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_the_damaged_files_journal_goes_aside_with_it_and_is_not_replayed(with_backup):
    db, backup = with_backup
    _zero_a_page(db)
    journal = db.with_name(db.name + "-journal")
    journal.write_bytes(bytes.fromhex("d9d505f920a163d7") + b"\0" * 4088)  # a journal that would roll back into it
    journal_bytes = _sha(journal)
    restored = restore_backup(db, backup)
    assert restored.kept_aside is not None
    assert not journal.exists()
    assert _sha(restored.kept_aside.with_name(restored.kept_aside.name + "-journal")) == journal_bytes
    store = open_store(db)
    assert len(store.list_summaries()) == 4
    store.close()


def test_a_second_restore_over_damage_never_overwrites_the_first_kept_file(with_backup):
    db, backup = with_backup
    _zero_a_page(db)
    first = restore_backup(db, backup).kept_aside
    _zero_a_page(db, page=4)
    second = restore_backup(db, backup).kept_aside
    assert first is not None and second is not None and first != second
    assert first.exists() and second.exists()


def test_a_sound_database_is_restored_into_as_before_with_a_before_restore_backup(with_backup):
    db, backup = with_backup
    restored = restore_backup(db, backup)
    assert restored.kept_aside is None
    assert [p for p in db.parent.iterdir() if DAMAGED_INFIX in p.name] == []
    assert any("before-restore" in p.name for p in list_backups(db))


def test_the_command_line_restores_over_a_damaged_database_and_says_where_it_is(with_backup, capsys):
    db, backup = with_backup
    _zero_a_page(db)
    assert main(["list", "--db", str(db)]) == 2
    assert "damaged" in capsys.readouterr().err
    assert main(["backups", "--restore", str(backup), "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Restored {db} from {backup.name}"
    assert out[1].startswith("The damaged database was kept as ") and DAMAGED_INFIX in out[1]
    assert main(["list", "--db", str(db)]) == 0


def test_a_damaged_backup_is_still_refused_over_a_damaged_database(with_backup):
    db, backup = with_backup
    _zero_a_page(db)
    _zero_a_page(backup)
    before = _sha(db)
    with pytest.raises(Exception, match="cannot be restored"):
        restore_backup(db, backup)
    assert _sha(db) == before
    assert [p for p in db.parent.iterdir() if DAMAGED_INFIX in p.name] == []
    with pytest.raises(DamagedDatabaseError):
        open_store(db)
