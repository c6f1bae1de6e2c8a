"""Many imports in one run, flushed to the disk at the end (issue 16).

Every commit in WAL mode is ``synchronous = NORMAL`` (store.transactions): it does not wait for
the disk. A killed process loses nothing by that; a power cut or an operating-system crash
leaves a sound file (WAL never tears a transaction) but may lose the last commits before the
next flush. At the end of a bulk import the WAL is checkpointed into the database and flushed,
also when the run stops on an error, so what such a cut can lose is the last few imported
files of a run still going, which are still in the source folder: importing the folder again
stores them and says "already here, unchanged" for the others (their uuids). A rollback
journal (a database on a network share) is FULL: every file waits for the disk there.
See docs/data-safety.md."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .errors import StoreError

if TYPE_CHECKING:
    from .repository import AssessmentStore


@contextmanager
def bulk_writes(store: AssessmentStore) -> Iterator[None]:
    """Writes inside are flushed to the disk once, when the block ends (also on an error).

    SQLite's own checkpoint, which a commit makes each time the WAL passes 1,000 pages (every
    40 or so imported files, each time syncing the disk twice and copying back pages the next
    files change again), waits for the flush too, up to the backstop the window uses
    (transactions.IDLE_BACKSTOP_PAGES): a power cut could already cost every file since the
    run started (see above), and a killed run still loses nothing committed (issue 16)."""
    from contextlib import suppress

    from .transactions import IDLE_BACKSTOP_PAGES

    conn = store.db.conn
    before = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    conn.execute(f"PRAGMA wal_autocheckpoint = {max(before, IDLE_BACKSTOP_PAGES)}")
    try:
        yield
    except BaseException:
        # The run stopped (a full disk, Ctrl+C): flush what was stored, but the reason it
        # stopped is what the user is told, not a second fault met while flushing.
        try:
            store.flush()
        except (sqlite3.Error, OSError, StoreError):
            pass
        raise
    finally:
        with suppress(sqlite3.Error):  # a setting of this connection only; never the fault to report
            conn.execute(f"PRAGMA wal_autocheckpoint = {before}")
    store.flush()
