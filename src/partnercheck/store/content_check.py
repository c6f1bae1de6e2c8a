"""Judging an open SQLite connection's database, reading only: PartnerCheck's mark, a
schema version this PartnerCheck knows, the tables and columns that version must have, and
``PRAGMA quick_check``. Apart from inspection.py (the file before SQLite opens it) so that
both the inspection and database.py (opening) use it without importing each other."""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from . import migrations
from .errors import (
    SQLITE_BUSY,
    SQLITE_CANTOPEN,
    SQLITE_IOERR,
    SQLITE_LOCKED,
    CannotOpenError,
    DamagedDatabaseError,
    DatabaseLockedError,
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
    check_finding,
    io_error,
)

BUSY_TIMEOUT_MS = 5000


@cache
def expected_tables(version: int) -> dict[str, frozenset[str]]:
    """Table -> column names the schema has at ``version``, from the migrations themselves
    (applied in memory once, then kept in the cache folder: store.schema_cache)."""
    from .schema_cache import applied_in_memory, cached_tables

    return cached_tables(version, lambda: applied_in_memory(version))


def _tables(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    from .schema_cache import schema_of

    return schema_of(conn)


# What a database says of itself, in one statement: its application id, user_version, schema
# cookie (SQLite adds one at every change to the schema) and how many objects it has.
_STAMP = (
    "SELECT a.application_id, u.user_version, s.schema_version, (SELECT count(*) FROM sqlite_master)"
    " FROM pragma_application_id() AS a, pragma_user_version() AS u, pragma_schema_version() AS s"
)

Stamp = tuple[int, int, int]
"""A judged database's application id, user_version and schema cookie."""


def _check_contents(conn: sqlite3.Connection, path: Path, quick: bool, judged: Stamp | None = None) -> int:
    """Judge an open connection's database: ours, not newer, the right tables, sound.
    Only reads. Returns its user_version. ``judged``: see :func:`judge_contents`."""
    return judge_contents(conn, path, quick, judged)[1]


def judge_contents(conn: sqlite3.Connection, path: Path, quick: bool, judged: Stamp | None = None) -> Stamp:
    """:func:`_check_contents`, returning the database's stamp. ``judged``: the stamp this
    file had when another connection judged its tables a moment ago (inspection): while the
    id, version and schema cookie are the same, the schema is the one judged then and its
    tables are not read again (the id and version are checked again all the same)."""
    try:
        app_id, version, cookie, objects = conn.execute(_STAMP).fetchone()
        stamp = (app_id, version, cookie)
        if app_id != migrations.APPLICATION_ID:
            if app_id == 0 and objects == 0 and version == 0:
                raise NotADatabaseError(path, "an empty SQLite database PartnerCheck did not make")
            raise NotADatabaseError(path)
        latest = migrations.latest_version()
        if version > latest:
            raise NewerDatabaseError(path, version, latest)
        if version < 1:
            raise NotADatabaseError(path, f"it has PartnerCheck's mark but schema version {version}")
        if stamp == judged:
            if quick:
                quick_check(conn, path)
            return stamp
        found = _tables(conn)
        for table, columns in expected_tables(version).items():
            if ":" in table:
                continue  # an index or a trigger: only asked below, whether a later step's is there
            if table not in found:
                raise NotADatabaseError(path, f"it has PartnerCheck's mark but no table {table!r}")
            missing = columns - found[table]
            if missing:
                raise NotADatabaseError(path, f"it has PartnerCheck's mark but table {table!r} lacks {', '.join(sorted(missing))}")
        if version < latest:
            # It is about to be upgraded: what later steps add must not be there already (a
            # damaged version number would otherwise make a step fail half-way).
            later = expected_tables(latest)
            for table, columns in later.items():
                early = expected_tables(version).get(table, frozenset())
                ahead = (found.get(table, frozenset()) & columns) - early
                if ahead and ":" in table:
                    kind, name = table.split(":", 1)
                    raise NotADatabaseError(path, f"it says schema version {version} but already has the {kind} {name!r} of a later one")
                if ahead:
                    raise NotADatabaseError(
                        path, f"it says schema version {version} but table {table!r} already has {', '.join(sorted(ahead))} of a later one"
                    )
        if quick:
            quick_check(conn, path)
    except sqlite3.Error as exc:
        raise _reading_error(exc, path) from None
    except UnicodeDecodeError:
        raise DamagedDatabaseError(path, "its schema is not valid text") from None
    return stamp


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """``PRAGMA quick_check``: the b-trees' structure, without matching indexes to tables."""
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.Error as exc:
        raise _reading_error(exc, path) from None
    if rows != [("ok",)]:
        raise DamagedDatabaseError(path, check_finding(rows))


def _reading_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """While a file is being judged, anything but a lock, an I/O failure or a file that
    cannot be opened means its content is not what SQLite expects: damaged."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseLockedError()
    if code == SQLITE_IOERR:
        return io_error(path)
    if code == SQLITE_CANTOPEN:
        return CannotOpenError(path, str(exc))
    return DamagedDatabaseError(path, str(exc))


def _connect_plain(target: Path, path: Path, uri: str | None = None) -> sqlite3.Connection:
    try:
        return sqlite3.connect(uri or target, uri=uri is not None, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise _reading_error(exc, path) from None
