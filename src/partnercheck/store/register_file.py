"""The public register as its own SQLite file: written whole next to the target and renamed,
then made read-only. It is not a PartnerCheck database (no application id, no migrations): it
holds only the public rows the services hand it, for Datasette or anyone to read."""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE ties (
    id                INTEGER PRIMARY KEY,
    dutch_party       TEXT NOT NULL,
    dutch_party_kind  TEXT NOT NULL,
    counterpart       TEXT NOT NULL,
    counterpart_kind  TEXT NOT NULL,
    status            TEXT NOT NULL,
    since             INTEGER,
    ended             INTEGER,
    verdict           TEXT NOT NULL,
    assessment_date   TEXT NOT NULL,
    checklist_version TEXT NOT NULL,
    reference         TEXT NOT NULL,
    publication_date  TEXT NOT NULL,
    summary_nl        TEXT NOT NULL,
    summary_en        TEXT NOT NULL
);
CREATE TABLE theme_levels (
    tie_id   INTEGER NOT NULL REFERENCES ties (id),
    position INTEGER NOT NULL,
    theme_id TEXT    NOT NULL,
    theme_nl TEXT    NOT NULL,
    theme_en TEXT    NOT NULL,
    level    TEXT    NOT NULL,
    PRIMARY KEY (tie_id, theme_id)
);
"""


def what_is_there(path: Path) -> str:
    """What the file at ``path`` is, looked at read-only: "register" (tables and columns as
    :data:`SCHEMA` makes them), "database" (a PartnerCheck database), or "other" (anything else,
    another program's SQLite file included: publish does not write over it unasked)."""
    from .migrations import APPLICATION_ID

    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return "other"
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
            return "database"
        tables = {
            name: [c for (c,) in conn.execute("SELECT name FROM pragma_table_info(?)", (name,))]
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.Error:
        return "other"
    finally:
        conn.close()
    return "register" if tables == _REGISTER_TABLES else "other"


_REGISTER_TABLES = {
    name: re.findall(r"^\s{4}([a-z_]+)\s", body, re.MULTILINE) for name, body in re.findall(r"CREATE TABLE (\w+) \((.*?)\n\);", SCHEMA, re.DOTALL)
}


def write_register(path: Path, ties: Iterable[Mapping[str, Any]], theme_levels: Iterable[Mapping[str, Any]]) -> None:
    """Write the register to ``path`` (replacing one that is there), read-only when done."""
    tmp = path.with_name(f".{path.name}.partial")
    try:
        tmp.unlink(missing_ok=True)
        # Made here, exclusively (a link planted at this guessable name is not followed), so a
        # folder that cannot be written says so as an OSError naming the register.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600))
    except OSError as exc:
        exc.filename = str(path)
        raise
    try:
        try:
            _write(tmp, ties, theme_levels)
        except sqlite3.Error as exc:  # a full disk, mostly: an OSError like any other file's
            raise OSError(errno.EIO, str(exc), str(path)) from None
        os.chmod(tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        if path.exists():
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)  # a read-only register is replaced, not refused
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a register that could not be put in place leaves nothing behind
        raise


def _write(tmp: Path, ties: Iterable[Mapping[str, Any]], theme_levels: Iterable[Mapping[str, Any]]) -> None:
    conn = sqlite3.connect(tmp)
    try:
        with conn:
            conn.executescript(SCHEMA)
            conn.executemany(
                "INSERT INTO ties VALUES (:id, :dutch_party, :dutch_party_kind, :counterpart, :counterpart_kind, :status, :since, :ended, "
                ":verdict, :assessment_date, :checklist_version, :reference, :publication_date, :summary_nl, :summary_en)",
                list(ties),
            )
            conn.executemany(
                "INSERT INTO theme_levels VALUES (:tie_id, :position, :theme_id, :theme_nl, :theme_en, :level)",
                list(theme_levels),
            )
        conn.execute("VACUUM")
    finally:
        conn.close()
