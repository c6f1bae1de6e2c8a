"""Transactions, and when what they wrote reaches the disk.

A part of :class:`~partnercheck.store.repository.AssessmentStore` (a base class of it).

In WAL mode the connection runs ``synchronous = NORMAL`` (store/database.py): a commit is
written to the WAL without waiting for the disk. A killed process loses nothing by that (the
operating system still writes what it was handed, and WAL never tears a transaction); a
power cut or an operating-system crash may lose the commits made since the last flush.
``flush`` closes that window: a PASSIVE checkpoint syncs the WAL, copies it into the database
and syncs that. ``close`` flushes, so a command's changes are on the disk when it ends; the
window flushes once typing pauses (``checkpoint_when_idle``). See docs/data-safety.md.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from .connection import Database
from .errors import DamagedValueError, ReadOnlyDatabaseError, translate
from .rows import DamagedValue

T = TypeVar("T")

# While checkpoints wait for a pause (checkpoint_when_idle), SQLite still takes one in a
# commit once the WAL holds this many pages (40 MB): a backstop for writing that never pauses.
IDLE_BACKSTOP_PAGES = 10_000


class Transactions:
    db: Database
    path: Path
    _unflushed = False  # a commit since the last flush
    _after_commit: Callable[[], None] | None = None

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One write transaction. IMMEDIATE takes the write lock up front, so a second writer
        waits (busy timeout) instead of failing when it would upgrade a stale read snapshot."""
        if self.db.read_only is not None:
            raise ReadOnlyDatabaseError(self.path, self.db.read_only)
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            known = translate(exc, self.path)
            if known is None:
                raise
            raise known from None
        except DamagedValue as exc:  # rolled back above: nothing written
            raise DamagedValueError(self.path, str(exc), (exc.record, exc.field, exc.value)) from None
        self._unflushed = True
        if self._after_commit is not None:
            self._after_commit()

    def _read(self, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except sqlite3.Error as exc:
            known = translate(exc, self.path)
            if known is None:
                raise
            raise known from None
        except DamagedValue as exc:
            raise DamagedValueError(self.path, str(exc), (exc.record, exc.field, exc.value)) from None

    def checkpoint_when_idle(self, schedule: Callable[[], None]) -> None:
        """Take the WAL checkpoint off the save path: SQLite no longer makes one in the commit
        that crosses 1,000 pages (only past IDLE_BACKSTOP_PAGES), and ``schedule`` is called
        after every commit; the caller calls ``flush`` once writing pauses (the window: a
        second after the last save)."""
        if self.db.network is None and self.db.read_only is None:
            self.db.execute(f"PRAGMA wal_autocheckpoint = {IDLE_BACKSTOP_PAGES}")
        self._after_commit = schedule

    def flush(self) -> None:
        """Everything committed through this connection onto the disk: a PASSIVE checkpoint
        (it waits for no one) syncs the WAL, copies it into the database and syncs that. When
        a reader elsewhere keeps part of the WAL from being copied, the WAL file itself is
        synced, so every frame written is on the disk either way. A rollback journal (network
        share) is ``synchronous = FULL``: there every commit was on the disk already."""
        if not self._unflushed or self.db.network is not None:
            return
        try:
            busy, frames, copied = self.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if busy or frames != copied:
                _sync_file(Path(f"{self.path}-wal"))
        except sqlite3.Error as exc:
            known = translate(exc, self.path)
            if known is None:
                raise
            raise known from None
        self._unflushed = False


def _sync_file(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:  # checkpointed and removed by another connection's close
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
