"""A database opened read only while someone else may write it (issue 17).

- A read-only file read without locks (``immutable``) sees no change its owner makes; the
  store notices the file (or a journal beside it) changed on disk when the window polls
  (``data_version``), opens and judges it again, and reads the new state.
- A read-only file whose owner is working on it right now (a live -wal beside it) is read
  through the owner's journal (``mode=ro``): the uncommitted-to-the-file change is seen, and
  neither the file nor the journal changes.

Whether the file can be written is the store's question (tests/test_read_only.py answers it
for real); here the answer is given, and the rest is real: the connections, the writer.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest
from damage_helpers import build_database, fingerprint

from partnercheck.store import database as database_module
from partnercheck.store.errors import StoreError
from partnercheck.store.readonly import ReadOnlyReason
from partnercheck.workspace import open_store


@pytest.fixture
def read_only(monkeypatch):
    monkeypatch.setattr(database_module, "why_read_only", lambda real, try_open=True: ReadOnlyReason.FILE)


@pytest.fixture
def db(tmp_path, new_assessment):
    return build_database(tmp_path / "gedeeld" / "partnercheck.sqlite3", new_assessment, count=3)


def _write_elsewhere(db, sql):
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute(sql)
    finally:
        conn.close()  # the last connection checkpoints: the change is in the file itself


def test_a_change_to_a_read_only_file_is_noticed_and_read(db, read_only):
    store = open_store(db)
    try:
        assert store.read_only is ReadOnlyReason.FILE
        assert store.db.changed_on_disk() is False
        before = store.data_version()
        assert store.data_version() == before, "nothing changed: nothing reopened"
        _write_elsewhere(db, "UPDATE assessment SET assessor = 'Nieuwe beoordelaar' WHERE id = 1")
        assert store.db.changed_on_disk()
        assert store.data_version() != before
        assert store.get(1).assessor == "Nieuwe beoordelaar"
        assert store.read_only is ReadOnlyReason.FILE, "still read only, through the new connection"
        assert store.data_version() == store.data_version()
    finally:
        store.close()


def test_a_file_that_became_unreadable_keeps_the_old_view_and_says_so(db, read_only):
    store = open_store(db)
    try:
        names = [s.counterpart for s in store.list_summaries()]
        data = bytearray(db.read_bytes())
        data[0:16] = b"not a database!!"
        db.write_bytes(bytes(data))
        with pytest.raises(StoreError):
            store.data_version()
        assert [s.counterpart for s in store.list_summaries()] == names
    finally:
        store.close()


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("UPDATE assessment SET assessor = 'in de wal' WHERE id = 2")
    print("ready", flush=True)
    sys.stdin.readline()
    """
)


@pytest.mark.slow  # a process of its own
def test_a_read_only_file_with_a_live_journal_is_read_through_it_and_both_stay(db, read_only):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        wal = db.with_name(db.name + "-wal")
        assert wal.stat().st_size > 0
        before = fingerprint(db)
        store = open_store(db)
        try:
            assert store.read_only is ReadOnlyReason.FILE
            assert store.db.changed_on_disk() is False, "mode=ro sees commits itself: not watched"
            assert store.db.execute("PRAGMA query_only").fetchone()[0] == 1
            assert store.get(2).assessor == "in de wal", "the change still in the owner's -wal is read"
        finally:
            store.close()
        after = fingerprint(db)
        assert (after["db"], after["-wal"]) == (before["db"], before["-wal"])
    finally:
        holder.stdin.close()
        holder.wait(30)
        holder.stdout.close()
