"""Dated copies of the database, taken before every migration, of which the last few are kept."""

from __future__ import annotations

import datetime as _dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import CannotOpenError, StoreError, translate

KEEP = 5
SUFFIX = ".backup.sqlite3"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Path]:
    """The backups of this database, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*{SUFFIX}"), reverse=True)


@contextmanager
def _as_store_errors(path: Path) -> Iterator[None]:
    """Disk full, locked, unwritable folder ...: the user's kind of error, not a traceback."""
    try:
        yield
    except sqlite3.Error as exc:
        raise (translate(exc, path) or StoreError(f"{path}: {exc}")) from None
    except OSError as exc:
        raise CannotOpenError(path, exc.strerror or str(exc)) from None


def make_backup(conn: sqlite3.Connection, db_path: Path, label: str) -> Path:
    """Copy the open database, consistently, to a dated file; prune the oldest beyond KEEP."""
    with _as_store_errors(backup_dir(db_path)):
        return _make_backup(conn, db_path, label)


def _make_backup(conn: sqlite3.Connection, db_path: Path, label: str) -> Path:
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{label}{SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db_path.stem}-{stamp}-{label}-{n}{SUFFIX}"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    for old in list_backups(db_path)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Put a backup's content back into the database, after saving the current state.

    SQLite's backup API copies page by page under the proper locks, so this is safe even with
    the database in WAL mode; the current content is first kept as a 'before-restore' backup,
    so a restore can itself be undone.
    """
    from .database import open_database  # the backup must be a sound PartnerCheck database

    source = open_database(backup)
    try:
        target = open_database(db_path)
        try:
            make_backup(target.conn, db_path, "before-restore")
            with _as_store_errors(db_path):
                source.conn.backup(target.conn)
        finally:
            target.close()
    finally:
        source.close()
    return db_path
