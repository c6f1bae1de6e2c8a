"""Copies of the database, taken before every migration and restore (and by hand), of which
the last few are kept.

A backup is only a backup once it has been read back: SQLite's online backup API copies the
open database page by page under its locks into a temporary file in the backups folder; that
file is integrity-checked (and its application id and schema version compared) before it is
linked to its final name. Names carry the UTC time and a sequence number,
``<stem>-YYYYmmdd-HHMMSSZ-NNNNNN-<label>.backup.sqlite3``; the sequence number, not the name's
time or the local clock, orders them, so a change of time zone or clock never prunes a fresh
backup. Backups named by older versions (local time, no ``Z``) count as older than all of these.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..durable import fsync_file, fsync_folder, remove_database_leftovers, remove_stale_temporaries
from . import migrations
from .errors import BACKUP_REASONS, BackupNotMadeError, CannotOpenError, DamagedDatabaseError, StoreError, check_finding, translate

KEEP = 5
# Pages copied per step of the online backup: about 4 MiB at SQLite's default page size, so a
# database with hundreds of MB of evidence reports progress a few times a second.
PAGES_PER_STEP = 1024

# (pages copied, pages in all); called between steps of the copy.
BackupProgress = Callable[[int, int], None]
SUFFIX = ".backup.sqlite3"
_SEQUENCED = re.compile(r"-\d{8}-\d{6}Z-(\d{6,})-.+\.backup\.sqlite3$")


_STEM_MAX_BYTES = 150


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_stem(db_path: Path) -> str:
    """The database's name as backup names begin with it: cut to 150 bytes, so a database
    with a name near the 255-byte limit can still be backed up (and so be upgraded)."""
    raw = db_path.stem.encode("utf-8", "surrogateescape")
    if len(raw) <= _STEM_MAX_BYTES:
        return db_path.stem
    return raw[:_STEM_MAX_BYTES].decode("utf-8", "surrogateescape")


def _order(path: Path) -> tuple[int, int, str]:
    match = _SEQUENCED.search(path.name)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = 0
    return (int(match.group(1)) if match else -1, mtime, path.name)


def list_backups(db_path: Path) -> list[Path]:
    """The backups of this database, newest (last made) first. Files only: a folder under a
    backup's name is no backup, and pruning it failed every later backup (and so every
    upgrade and restore)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob(f"{glob_escape(backup_stem(db_path))}-*{SUFFIX}") if p.is_file()), key=_order, reverse=True)


# Why the backups folder cannot be listed, said in Dutch too (cli.explain.backup_reason).
UNREADABLE = "no permission to read there"
NOWHERE = "is a link to a folder that is not there"


def unlisted_reason(db_path: Path) -> str | None:
    """Why the backups folder cannot be listed, or None when it can (or is not there yet:
    no backups). A file in the folder's place is BACKUP_REASONS[0], as when a backup is made;
    UNREADABLE for a folder that may not be read, NOWHERE for a link to nowhere; else the
    system's words. list_backups finds none in each case: this tells "none yet" from "cannot
    be seen"."""
    folder = backup_dir(db_path)
    if not folder.exists() and not folder.is_symlink():
        return None
    if not folder.exists():  # a link to nowhere (or to itself)
        return NOWHERE
    if not folder.is_dir():
        return BACKUP_REASONS[0]
    try:
        with os.scandir(folder):
            return None
    except PermissionError:
        return UNREADABLE
    except OSError as exc:
        return exc.strerror or str(exc)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?[])", r"[\1]", text)


@contextmanager
def _as_store_errors(path: Path) -> Iterator[None]:
    """Disk full, locked, unwritable folder ...: the user's kind of error, not a traceback."""
    try:
        yield
    except sqlite3.Error as exc:
        raise (translate(exc, path) or StoreError(f"{path}: {exc}")) from None
    except OSError as exc:
        raise CannotOpenError(path, exc.strerror or str(exc)) from None


def make_backup(conn: sqlite3.Connection, db_path: Path, label: str, progress: BackupProgress | None = None, *, spare: Path | None = None) -> Path:
    """Copy the open database, consistently and verified, to a new backup; prune the oldest
    beyond KEEP, except ``spare`` (the backup a restore is about to read: restoring the oldest
    of a full folder would otherwise delete it first). A database that fails the check is not
    backed up (DamagedDatabaseError). ``progress`` hears (pages copied, pages in all) as
    SQLite's online backup goes."""
    folder = backup_dir(db_path)
    with _as_store_errors(folder):
        try:
            return _make_backup(conn, db_path, label, progress, spare)
        except OSError as exc:
            # The folder, not the database: said as the database "cannot be used", it sent
            # the user looking for a fault in a sound file.
            raise BackupNotMadeError(folder, _folder_reason(folder, exc)) from None


def _folder_reason(folder: Path, exc: OSError) -> str:
    """Why no backup could be made in ``folder``, in words the user can act on: the system's
    words for a file that holds the folder's name were "File exists", which says nothing of
    what to do (explain.py and ui.messages know these reasons, in Dutch too)."""
    import errno

    if folder.is_symlink() and not folder.exists():  # the system said "File exists" here too
        return BACKUP_REASONS[3]
    if (folder.exists() and not folder.is_dir()) or exc.errno == errno.ENOTDIR:
        return BACKUP_REASONS[0]
    if exc.errno in (errno.EACCES, errno.EPERM):
        return BACKUP_REASONS[1]
    if exc.errno == errno.EROFS:
        return BACKUP_REASONS[2]
    return exc.strerror or str(exc)


def _make_backup(conn: sqlite3.Connection, db_path: Path, label: str, progress: BackupProgress | None, spare: Path | None) -> Path:
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, prefix=".", suffix=".partial")
    os.close(fd)
    tmp = Path(name)
    try:
        dest = sqlite3.connect(tmp)
        try:
            # In steps, so progress can be shown; another connection writing in between makes
            # SQLite start the copy again, so the backup is always one consistent state.
            if progress is None:
                conn.backup(dest)
            else:
                conn.backup(dest, pages=PAGES_PER_STEP, progress=lambda _status, remaining, total: progress(total - remaining, total))
        finally:
            dest.close()
        _verify_copy(tmp, db_path, conn.execute("PRAGMA user_version").fetchone()[0])
        fsync_file(tmp)
        target = _place(tmp, db_path, label)
    finally:
        remove_database_leftovers(tmp)
    for old in list_backups(db_path)[KEEP:]:
        if spare is None or not _same_file(old, spare):
            old.unlink(missing_ok=True)
    remove_stale_temporaries(folder, (".partial",))
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _verify_copy(copy: Path, db_path: Path, version: int) -> None:
    check = sqlite3.connect(copy)
    try:
        rows = check.execute("PRAGMA integrity_check(5)").fetchall()
        app_id = check.execute("PRAGMA application_id").fetchone()[0]
        copied_version = check.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise DamagedDatabaseError(db_path, f"no backup was made, the copy could not be read back: {exc}") from None
    finally:
        check.close()
    if rows != [("ok",)]:
        raise DamagedDatabaseError(db_path, f"no backup was made, {check_finding(rows)}")
    if app_id != migrations.APPLICATION_ID or copied_version != version:
        raise DamagedDatabaseError(db_path, "no backup was made, the copy did not read back as the same database")


def _next_sequence(db_path: Path) -> int:
    numbers = [_order(p)[0] for p in list_backups(db_path)]
    return max(numbers, default=0) + 1


def _place(tmp: Path, db_path: Path, label: str) -> Path:
    """Give the verified copy its final name without ever replacing an existing file."""
    folder = backup_dir(db_path)
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d-%H%M%SZ")
    sequence = _next_sequence(db_path)
    while True:
        target = folder / f"{backup_stem(db_path)}-{stamp}-{sequence:06d}-{label}{SUFFIX}"
        try:
            os.link(tmp, target)
        except FileExistsError:
            sequence += 1  # another process made a backup at the same moment
            continue
        except OSError:
            # No hard links on this file system: os.rename refuses an existing name on
            # Windows; on POSIX the check leaves a tiny window for two backups at once.
            if os.path.lexists(target):
                sequence += 1
                continue
            os.rename(tmp, target)
        fsync_folder(folder)
        return target
