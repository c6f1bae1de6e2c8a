"""Look before you touch: journals beside a database, files that are not ours (issue 17).

Every refused file must stay byte-for-byte as it was, journals included."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest
from damage_helpers import build_database, copy_database, fingerprint, hot_journal, template, wal_with_frames

from partnercheck.cli import main
from partnercheck.store import open_database
from partnercheck.store.errors import ForeignJournalError, NewerDatabaseError
from partnercheck.store.migrations import APPLICATION_ID, latest_version
from partnercheck.workspace import open_store


@pytest.fixture
def healthy(tmp_path_factory, tmp_path, new_assessment):
    return copy_database(template(tmp_path_factory, new_assessment), tmp_path / "healthy" / "partnercheck.sqlite3")


@pytest.fixture
def other(tmp_path, new_assessment):
    """Another, smaller PartnerCheck database: the source of foreign journals."""
    small = replace(new_assessment, partnership=replace(new_assessment.partnership, dutch_party="Gemeente Elders"))
    return build_database(tmp_path / "other" / "other.sqlite3", small, count=3)


def list_cli(db, capsys):
    code = main(["list", "--json", "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def test_another_databases_wal_beside_a_healthy_file_is_refused_and_both_stay(healthy, other, capsys):
    conn, wal = wal_with_frames(other)
    healthy.with_name(healthy.name + "-wal").write_bytes(wal.read_bytes())
    conn.close()
    before = fingerprint(healthy)
    code, out, err = list_cli(healthy, capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "does not fit this database" in err and str(healthy) in err and f"{healthy.name}-wal" in err
    assert fingerprint(healthy) == before
    assert not (healthy.parent / "backups").exists()


def test_another_databases_hot_journal_beside_a_healthy_file_is_refused_and_both_stay(healthy, other):
    healthy.with_name(healthy.name + "-journal").write_bytes(hot_journal(other))
    before = fingerprint(healthy)
    with pytest.raises(ForeignJournalError, match="-journal"):
        open_store(healthy)
    assert fingerprint(healthy) == before
    # Proof that the journal is hot and foreign: SQLite itself replays it on a copy.
    victim = copy_database(healthy, healthy.with_name("victim.sqlite3"))
    victim.with_name("victim.sqlite3-journal").write_bytes(healthy.with_name(healthy.name + "-journal").read_bytes())
    conn = sqlite3.connect(victim)
    try:
        wrecked = conn.execute("PRAGMA quick_check").fetchone()[0] != "ok" or conn.execute("SELECT count(*) FROM assessment").fetchone()[0] != 30
    except sqlite3.DatabaseError:
        wrecked = True
    conn.close()
    assert wrecked


def test_a_newer_database_with_its_own_wal_is_refused_and_the_wal_is_not_checkpointed(healthy, capsys):
    conn = sqlite3.connect(healthy, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")  # page 1 as a newer PartnerCheck leaves it
    conn.close()
    conn, wal = wal_with_frames(healthy)
    saved = {"db": healthy.read_bytes(), "wal": wal.read_bytes()}
    conn.close()  # checkpoints: put the WAL back as the newer program left it
    healthy.write_bytes(saved["db"])
    wal.write_bytes(saved["wal"])
    before = fingerprint(healthy)
    with pytest.raises(NewerDatabaseError):
        open_database(healthy)
    assert fingerprint(healthy) == before


@pytest.mark.slow  # a process of its own
def test_its_own_wal_left_by_a_killed_program_is_replayed(healthy, tmp_path):
    script = textwrap.dedent(
        """
        import os, sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE assessment SET assessor = 'na de crash'")
        os._exit(0)  # no close, no checkpoint: the change lives only in the -wal
        """
    )
    subprocess.run([sys.executable, "-c", script, str(healthy)], check=True)
    assert healthy.with_name(healthy.name + "-wal").stat().st_size > 0
    store = open_store(healthy)
    assert {s.assessor for s in store.list_summaries()} == {"na de crash"}
    assert len(store.list_summaries()) == 30
    store.close()


@pytest.mark.slow  # a process of its own
def test_a_wal_whose_owner_is_alive_is_left_to_sqlite(healthy):
    script = textwrap.dedent(
        """
        import sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("UPDATE assessment SET assessor = 'levend'")
        print("ready", flush=True)
        sys.stdin.read()
        conn.close()
        """
    )
    owner = subprocess.Popen([sys.executable, "-c", script, str(healthy)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert owner.stdout.readline().strip() == "ready"
        store = open_store(healthy)
        assert {s.assessor for s in store.list_summaries()} == {"levend"}
        store.close()
    finally:
        owner.communicate("", timeout=30)
    assert owner.returncode == 0


# -- files that would have given a traceback ---------------------------------------------------


def _schema_edit(db, *statements):
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    for sql in statements:
        conn.execute(sql)
    conn.close()


def _invalid_utf8_in_schema(db):
    # A column default in the schema text that is not UTF-8 (written through writable_schema).
    _schema_edit(
        db,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'note          TEXT    NOT NULL DEFAULT ''''', "
        "'note TEXT NOT NULL DEFAULT ''' || CAST(X'FFFE' AS TEXT) || '''') WHERE name = 'answer'",
    )
    conn = sqlite3.connect(db)
    assert b"\xff\xfe" in conn.execute("SELECT CAST(sql AS BLOB) FROM sqlite_master WHERE name = 'answer'").fetchone()[0]
    conn.close()


def _foreign_no_tables_version_1(db):
    db.unlink()
    _schema_edit(db, "PRAGMA user_version = 1")


def _our_mark_other_schema(db):
    db.unlink()
    _schema_edit(db, "CREATE TABLE people (name TEXT)", f"PRAGMA application_id = {APPLICATION_ID}", "PRAGMA user_version = 1")


def _symlink_loop(db):
    db.unlink()
    db.symlink_to(db.name)


def _empty(db):
    db.write_bytes(b"")


def _folder(db):
    db.unlink()
    db.mkdir()


REFUSALS = {
    "folder": (_folder, "is a folder"),
    "invalid UTF-8 in the schema": (_invalid_utf8_in_schema, "damaged"),
    "user_version -1": (lambda db: _schema_edit(db, "PRAGMA user_version = -1"), "schema version -1"),
    "foreign, no tables, user_version 1": (_foreign_no_tables_version_1, "not a PartnerCheck database"),
    "our application id, another schema": (_our_mark_other_schema, "no table"),
    "a renamed column": (lambda db: _schema_edit(db, "ALTER TABLE answer RENAME COLUMN note TO remark"), "lacks note"),
    "empty (0 bytes)": (_empty, "empty file (0 bytes)"),
    "symlink loop": (_symlink_loop, "loop"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_file_that_is_not_a_usable_database_is_one_line_exit_2_untouched(case, healthy, capsys):
    make, words = REFUSALS[case]
    make(healthy)
    before = fingerprint(healthy) if healthy.is_file() and not healthy.is_symlink() else None
    code, out, err = list_cli(healthy, capsys)
    assert code == 2, err
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert words in err and str(healthy) in err
    if before is not None:
        assert fingerprint(healthy) == before
    assert not (healthy.parent / "backups").exists()
    assert sorted(p.name for p in healthy.parent.iterdir()) == [healthy.name]


def _without_dac_override(*command):
    """Run as root without CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH, so file permissions bind
    (root ignores chmod otherwise). Dropped from the bounding set with setpriv(1)."""
    import shutil

    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("setpriv(1) is not available to drop root's permission override")
    caps = "-dac_override,-dac_read_search"
    probe = subprocess.run([setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("cannot drop capabilities here: " + probe.stderr.decode(errors="replace").strip())
    import os

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}", *command], capture_output=True, text=True, env=env)


@pytest.mark.slow  # a process of its own
def test_an_unreadable_file_is_one_line_exit_2_untouched(healthy):
    before = fingerprint(healthy)
    healthy.chmod(0)
    try:
        result = _without_dac_override(sys.executable, "-m", "partnercheck", "list", "--db", str(healthy))
    finally:
        healthy.chmod(0o644)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "Permission denied" in result.stderr and str(healthy) in result.stderr
    assert fingerprint(healthy) == before
    assert not (healthy.parent / "backups").exists()
