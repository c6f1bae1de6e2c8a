"""An output path naming a file PartnerCheck is using: the database (or its journal), the
passphrase file just read, or for the register its own metadata.json. Each was replaced whole
by the new file (the database by an export in JSON, the passphrase by the file it encrypted,
lost with it); now refused, exit status 2, naming the file, nothing written."""

from __future__ import annotations

import pytest

from partnercheck.domain.interchange import dumps


@pytest.mark.parametrize(
    "command",
    [
        ("export", "1", "--out", "{db}"),
        ("report", "1", "--out", "{db}"),
        ("package", "1", "--out", "{db}", "--no-encrypt"),
        ("export-tie", "1", "--out", "{db}"),
        ("portfolio", "--xlsx", "{db}"),
        ("export", "1", "--out", "{db}-wal"),
    ],
)
def test_no_output_is_written_over_the_database_in_use(run, store, new_assessment, db_path, command):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = db_path.read_bytes()
    args = [a.replace("{db}", str(db_path)) for a in command]
    code, _, err = run(*args)
    target = next(a for a in args if str(db_path) in a)
    assert code == 2 and target in err and "database" in err, err
    assert db_path.read_bytes()[:16] == b"SQLite format 3\0" and len(store.list_summaries()) == 1
    assert db_path.read_bytes()[:100] == before[:100]


@pytest.mark.parametrize("command", ["export", "package", "export-tie"])
def test_the_passphrase_file_is_not_written_over_by_the_file_it_encrypts(run, store, new_assessment, tmp_path, command):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    code, _, err = run(command, "1", "--out", str(secret), "--passphrase-file", str(secret))
    assert code == 2 and str(secret) in err and "passphrase" in err, err
    assert secret.read_text(encoding="utf-8") == "correct horse battery staple\n"


def test_an_import_reads_its_file_and_leaves_the_passphrase_file(run, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    source = tmp_path / "in.json"
    source.write_text(dumps(new_assessment), encoding="utf-8")
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    assert run("import", str(source), "--passphrase-file", str(secret))[0] == 0


@pytest.mark.parametrize("name", ["metadata.json", "METADATA.JSON"])
def test_the_register_is_not_named_as_its_own_metadata(run, store, tmp_path, name):  # type: ignore[no-untyped-def]
    out = tmp_path / name
    code, _, err = run("publish", "--out", str(out))
    assert code == 2 and "metadata.json" in err
    assert not out.exists()


def test_a_file_that_takes_the_number_of_a_protected_file_gone_is_written(tmp_path):  # type: ignore[no-untyped-def]
    """A database closed and deleted (or a -wal file checkpointed away) frees its inode, and the
    system gives it to the next new file: an export there was refused as "the database in use"
    (seen as a flaky test when tests shared a process)."""
    import os

    from partnercheck.services.files import ProtectedFile, check_replaceable, protect

    old = tmp_path / "old.sqlite3-wal"
    old.write_bytes(b"wal")
    protect(old, "the database in use (its wal file)", "de database die in gebruik is")
    link = tmp_path / "another-name"
    os.link(old, link)
    with pytest.raises(ProtectedFile):  # while it exists, under any name
        check_replaceable(link)
    link.unlink()
    old.unlink()
    new = tmp_path / "export.json"
    new.write_text("{}", encoding="utf-8")  # ext4 and tmpfs give it the number just freed
    check_replaceable(new)  # not refused
