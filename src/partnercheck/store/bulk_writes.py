"""Many imports in one run with one disk flush at the end instead of one per file (issue 16).

Every write is normally ``synchronous = FULL``: the commit waits until the WAL is on the disk,
so a change reported saved survives a power cut. A folder of 1,000 files is 1,000 such waits,
and on a busy disk they are most of the run. During a bulk import the connection uses
``synchronous = NORMAL``, which in WAL mode still never damages the file (a killed process or a
power cut leaves whole transactions only: SQLite's guarantee) but may, after a power cut or an
operating-system crash, lose the last transactions before the next sync. At the end the WAL is
checkpointed into the database and flushed, and FULL is back. What such a cut can lose is the
last few imported files, which are still in the source folder: importing the folder again
stores them and says "already here, unchanged" for the others (their uuids). A rollback
journal (a database on a network share) keeps FULL: there NORMAL is not crash-safe.
See docs/data-safety.md."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .errors import translate

if TYPE_CHECKING:
    from .repository import AssessmentStore


@contextmanager
def bulk_writes(store: AssessmentStore) -> Iterator[None]:
    """Writes inside are flushed to the disk once, when the block ends (also on an error)."""
    conn = store.db.conn
    wal = store.db.read_only is None and conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    if not wal:
        yield
        return
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    except BaseException:
        # The run stopped (a full disk, Ctrl+C): flush what was stored, but the reason it
        # stopped is what the user is told, not a second fault met while flushing.
        try:
            _full_and_flushed(store)
        except (sqlite3.Error, OSError):
            pass
        raise
    try:
        _full_and_flushed(store)
    except sqlite3.Error as exc:
        known = translate(exc, store.path)
        if known is None:
            raise
        raise known from None


def _full_and_flushed(store: AssessmentStore) -> None:
    store.db.conn.execute("PRAGMA synchronous = FULL")
    _flush(store)


def _flush(store: AssessmentStore) -> None:
    """Checkpoint the WAL into the database; a checkpoint syncs the WAL before it copies and
    the database after. When a reader elsewhere keeps part of the WAL from being copied, the
    WAL file itself is synced, so every frame written is on the disk either way."""
    busy, frames, copied = store.db.conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
    if busy or frames != copied:
        wal = f"{store.path}-wal"
        try:
            fd = os.open(wal, os.O_RDWR)
        except FileNotFoundError:  # checkpointed and removed by another connection's close
            return
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
