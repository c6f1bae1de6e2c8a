"""Dated copies of the database, taken before every migration, of which the last few are kept."""

from __future__ import annotations

import datetime as _dt
import sqlite3
from pathlib import Path

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


def make_backup(conn: sqlite3.Connection, db_path: Path, label: str) -> Path:
    """Copy the open database, consistently, to a dated file; prune the oldest beyond KEEP."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
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
