"""Putting a backup back. Apart from backups.py because it opens and checks databases
(database.py, inspection.py), and database.py makes backups before a migration: one way round,
no circle."""

from __future__ import annotations

import datetime as _dt
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..durable import fsync_file, fsync_folder, remove_database_leftovers, remove_stale_temporaries
from .backups import _as_store_errors, make_backup
from .content_check import BUSY_TIMEOUT_MS
from .database import open_database
from .errors import (
    SQLITE_BUSY,
    SQLITE_LOCKED,
    BadBackupError,
    DamagedDatabaseError,
    DatabaseLockedError,
    EmptyFileError,
    ForeignJournalError,
    ReadOnlyDatabaseError,
    StoreError,
)
from .inspection import JOURNAL_SUFFIXES, check_database_file, in_use_elsewhere
from .readonly import why_read_only

DAMAGED_INFIX = ".damaged-"


@dataclass(frozen=True)
class Restored:
    db_path: Path
    # Where the damaged database was kept (renamed, never deleted) when it was replaced whole.
    kept_aside: Path | None = None


def restore_backup(db_path: Path, backup: Path) -> Restored:
    """Put a backup's content back into the database, after saving the current state.

    The backup is judged first (the same checks as opening a database, plus the full
    integrity_check) and read without locks or writes, so it stays as it is; a damaged,
    truncated, empty or foreign one is refused with BadBackupError. The current content is
    kept as a verified 'before-restore' backup, so a restore can itself be undone. SQLite's
    backup API copies the pages under the proper locks, in one transaction, safe in WAL mode;
    an older-schema backup is copied as it is, and the next open upgrades it (after its own
    backup). A current database too damaged to open (or empty, or with a journal beside it
    that does not fit) cannot be backed up or written into: it is renamed aside with its
    journals and the backup is put in its place whole (:func:`_replace_damaged`).
    """
    _judge(backup)
    try:
        target = open_database(db_path)
    except (DamagedDatabaseError, EmptyFileError, ForeignJournalError):
        return Restored(db_path, _replace_damaged(db_path, backup))
    try:
        if target.read_only is not None:
            raise ReadOnlyDatabaseError(db_path, target.read_only)
        with _as_store_errors(db_path):
            # Busy now (another program mid-write): say so before a before-restore backup
            # pushes an older one out of the folder.
            target.conn.execute("BEGIN IMMEDIATE")
            target.conn.execute("ROLLBACK")
        make_backup(target.conn, db_path, "before-restore", spare=backup)
        with _as_store_errors(backup):
            source = _read_backup(backup)
        try:
            with _as_store_errors(db_path):
                source.backup(target.conn, progress=_give_up_when_busy(time.monotonic() + BUSY_TIMEOUT_MS / 1000))
        finally:
            source.close()
    finally:
        target.close()
    return Restored(db_path)


def _give_up_when_busy(deadline: float) -> Callable[[int, int, int], None]:
    """Python's backup retries a busy database for as long as it stays busy: another program
    holding the write lock made a restore hang without a word. Busy past the deadline, the
    copy is abandoned (nothing of it was written) and the user told, as every write does."""

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (SQLITE_BUSY, SQLITE_LOCKED) and time.monotonic() > deadline:
            raise DatabaseLockedError()

    return progress


def _judge(backup: Path) -> None:
    try:
        check_database_file(backup)
    except StoreError as exc:
        text = str(exc)
        reason = text.split(": ", 1)[1] if text.startswith(f"{backup}: ") else text
        raise BadBackupError(backup, reason.split("; it was left untouched")[0]) from None


def _read_backup(backup: Path) -> sqlite3.Connection:
    # mode=ro: a backup gone since it was judged is an error, never a new empty database
    # that would then be copied over every assessment.
    uri = Path(os.path.realpath(backup)).absolute().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True)


def _replace_damaged(db_path: Path, backup: Path) -> Path:
    """Copy the backup beside the damaged database, then keep the damaged file under a new
    name (a hard link, so the database's own name is never missing) with its journals, and
    rename the copy over the database's name. A kill at any point leaves the damaged file at
    one of its names and the backup as it was; the database's name holds the damaged file or
    the whole backup, never a part. Returns the damaged file's new name."""
    real = Path(os.path.realpath(db_path))
    reason = why_read_only(real)
    if reason is not None:
        raise ReadOnlyDatabaseError(db_path, reason)
    if in_use_elsewhere(real):
        raise DatabaseLockedError()  # another program works on it: not ours to move
    folder = real.parent
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d-%H%M%SZ")
    with _as_store_errors(db_path):
        fd, name = tempfile.mkstemp(dir=folder, prefix=".", suffix=".restoring")
        os.close(fd)
        tmp = Path(name)
        try:
            source = _read_backup(backup)
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
            finally:
                dest.close()
                source.close()
            fsync_file(tmp)
            aside = _keep_aside(real, stamp)
            os.replace(tmp, real)
            fsync_folder(folder)
        finally:
            remove_database_leftovers(tmp)
    remove_stale_temporaries(folder, (".restoring",))
    return aside


def _keep_aside(real: Path, stamp: str) -> Path:
    """Give the damaged database (and its journals, which must not be replayed into the
    restored file) a new name beside it; the original name keeps pointing at it until the
    restored copy replaces it."""
    n = 0
    while True:
        aside = real.with_name(f"{real.name}{DAMAGED_INFIX}{stamp}" + (f"-{n}" if n else ""))
        try:
            os.link(real, aside)
            break
        except FileExistsError:
            n += 1
        except OSError:
            if os.path.lexists(aside):
                n += 1
                continue
            shutil.copy2(real, aside)  # no hard links here (FAT, some shares): a copy, synced
            fsync_file(aside)
            break
    for suffix in (*JOURNAL_SUFFIXES, "-shm"):
        journal = real.with_name(real.name + suffix)
        if os.path.lexists(journal):
            os.replace(journal, aside.with_name(aside.name + suffix))
    fsync_folder(real.parent)
    return aside
