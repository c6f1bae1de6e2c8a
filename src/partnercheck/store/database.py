"""Opening (or creating) the PartnerCheck database file, safely.

A file is inspected before anything is written to it: not SQLite, foreign, damaged or made
by a newer PartnerCheck each raise a :class:`~partnercheck.store.errors.StoreError` and
leave the file byte-for-byte as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import backups, migrations
from .connection import Database
from .errors import (
    CannotOpenError,
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
    translate,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _connect(path: Path) -> sqlite3.Connection:
    try:
        # Autocommit mode: the store opens every transaction itself (db.atomic()).
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise CannotOpenError(path, str(exc)) from None
    return conn


def _inspect(conn: sqlite3.Connection, path: Path) -> tuple[int, int, int]:
    """application_id, user_version and the number of schema objects, read-only."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.Error as exc:
        conn.close()
        known = translate(exc, path)
        raise (known or DamagedDatabaseError(path, str(exc))) from None
    return app_id, version, objects


def open_database(path: str | Path) -> Database:
    """Open the database at ``path``, creating it (and its folder) when it does not exist."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise NotADatabaseError(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CannotOpenError(path, exc.strerror or str(exc)) from None

    conn = _connect(path)
    app_id, version, objects = _inspect(conn, path)
    latest = migrations.latest_version()
    if app_id not in (0, migrations.APPLICATION_ID) or (app_id == 0 and objects > 0):
        conn.close()
        raise NotADatabaseError(path)
    if version > latest:
        conn.close()
        raise NewerDatabaseError(path, version, latest)

    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if version < latest:
            if version > 0:
                backups.make_backup(conn, path, f"v{version}")
            migrations.apply_pending(conn, version)
        # WAL: readers never block the writer, and a killed process leaves a consistent file.
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a change reported saved survives a power cut too, not only a killed process.
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        conn.close()
        known = translate(exc, path)
        if known is None:
            raise
        raise known from None
    except StoreError:
        conn.close()
        raise
    return Database(conn)
