"""Putting a backup back. Apart from backups.py because it opens and checks databases
(database.py, inspection.py), and database.py makes backups before a migration: one way round,
no circle."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .backups import _as_store_errors, make_backup
from .database import open_database
from .errors import BadBackupError, ReadOnlyDatabaseError, StoreError
from .inspection import check_database_file


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Put a backup's content back into the database, after saving the current state.

    The backup is judged first (the same checks as opening a database, plus the full
    integrity_check) and read without locks or writes, so it stays as it is; a damaged,
    truncated, empty or foreign one is refused with BadBackupError. The current content is
    kept as a verified 'before-restore' backup, so a restore can itself be undone. SQLite's
    backup API copies the pages under the proper locks, safe in WAL mode; an older-schema
    backup is copied as it is, and the next open upgrades it (after its own backup).
    """
    try:
        check_database_file(backup)
    except StoreError as exc:
        text = str(exc)
        reason = text.split(": ", 1)[1] if text.startswith(f"{backup}: ") else text
        raise BadBackupError(backup, reason.split("; it was left untouched")[0]) from None
    uri = Path(os.path.realpath(backup)).absolute().as_uri() + "?immutable=1"
    source = sqlite3.connect(uri, uri=True)
    try:
        target = open_database(db_path)
        try:
            if target.read_only is not None:
                raise ReadOnlyDatabaseError(db_path, target.read_only)
            make_backup(target.conn, db_path, "before-restore")
            with _as_store_errors(db_path):
                source.backup(target.conn)
        finally:
            target.close()
    finally:
        source.close()
    return db_path
