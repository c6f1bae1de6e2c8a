"""Opening (or creating) the PartnerCheck database file: look before touching.

Nothing writes to a file before it has been read and judged (inspection.py: the bytes, the
journals beside it, then its contents through connections that cannot change it). Only then
is it opened read-write here, upgraded after a verified backup when its schema is older, and
set to WAL. A new file is built complete under a temporary name and linked into place.

A file that cannot be written (a read-only file, folder or medium: store.readonly) is opened
read only instead, and nothing at all is written: see :func:`_open_read_only`.

Any refusal raises a :class:`~partnercheck.store.errors.StoreError` with one line that names
the file.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from ..durable import fsync_file, fsync_folder, remove_database_leftovers
from . import backups, migrations, network
from .connection import Database, is_open_here
from .content_check import BUSY_TIMEOUT_MS, _check_contents, quick_check
from .errors import CannotOpenError, StoreError, UnfinishedJournalReadOnlyError, UpgradeNeededReadOnlyError, translate
from .inspection import _look_before_touching, _stat, in_use_elsewhere, journals_beside
from .readonly import ReadOnlyReason, why_read_only

# -- opening ----------------------------------------------------------------------------------


def open_database(path: str | Path, progress: backups.BackupProgress | None = None) -> Database:
    """Open the database at ``path``, creating it (and its folder) when it does not exist.
    ``progress`` hears how the backup before an upgrade goes (pages copied, pages in all)."""
    path = Path(path)
    if str(path) == ":memory:":
        # SQLite's name for a database that lives only in memory: whatever was stored in it
        # would be gone when the command ends (and a file of that name would never be read).
        raise CannotOpenError(path, "':memory:' is SQLite's name for a database kept only in memory; give a file name")
    _check_name_length(path)
    st = _stat(path)
    if st is not None:
        return _open_file(path, st, progress)
    beside = {s: os.path.lexists(f"{path}{s}") for s in ("-wal", "-shm")}  # leftovers of an older file are not ours
    made = _create(path)
    st = _stat(path)
    if st is None:
        raise CannotOpenError(path, "it disappeared while it was being created")
    try:
        return _open_file(path, st, progress)
    except StoreError as exc:
        from .errors import DiskFullError, NotCreatedDiskFullError

        # The user is told no database could be opened there: a new, empty file they never saw
        # is not left behind (with the -wal and -shm a full disk leaves), unless another program
        # took it up meanwhile.
        if made is not None and _take_back(path, made, [s for s, there in beside.items() if not there]) and isinstance(exc, DiskFullError):
            raise NotCreatedDiskFullError(path) from None
        raise


def _open_file(path: Path, st: os.stat_result, progress: backups.BackupProgress | None) -> Database:
    key = (st.st_dev, st.st_ino)
    real = Path(os.path.realpath(path))
    open_here = is_open_here(key)
    judged = None
    if not open_here:
        # This process does not have it open, so reading it with plain open()/close() cannot
        # drop our own SQLite locks; a file we have open was judged when it was first opened.
        judged = _look_before_touching(path, real, st)
    reason = why_read_only(real, try_open=not open_here)
    if reason is not None:
        return _open_read_only(path, real, key, reason)
    share = network.network_share(real)
    conn = _connect(path)
    try:
        # Judged again through the connection that will write: it sees what the look could
        # not (a journal a live program is writing); the same stamp means the same tables.
        _check_contents(conn, path, quick=False, judged=judged)
        _prepare(conn, path, share, progress)
    except BaseException:
        conn.close()
        raise
    return Database(conn, key, network=share)


# Most file systems allow 255 bytes per name (NTFS: 255 UTF-16 units, never fewer bytes here).
NAME_MAX = 255
_LONGEST_SUFFIX = "-journal"


def _check_name_length(path: Path) -> None:
    """SQLite keeps ``NAME-journal``, ``-wal`` and ``-shm`` beside the file and cannot open a
    database whose journal name would be too long ("unable to open database file")."""
    size = len(os.fsencode(path.name + _LONGEST_SUFFIX))
    if size > NAME_MAX:
        limit = NAME_MAX - len(_LONGEST_SUFFIX)
        raise CannotOpenError(path, f"its name is too long: at most {limit} bytes, so that SQLite's '-journal' file fits beside it")


def _open_read_only(path: Path, real: Path, key: tuple[int, int], reason: ReadOnlyReason) -> Database:
    """A database that cannot be written, opened so that nothing is written: no journal, no
    -wal/-shm, no backup, no migration.

    Without journals beside it and with no other program working on it, the file is read
    through an ``immutable`` connection: SQLite takes no locks and creates no -wal/-shm, which
    a plain read-only connection to a WAL database does whenever the folder lets it. Nobody
    else can be writing a read-only medium or folder here; a read-only file can be changed by
    another user who may write it (or another PC on a share): the Database remembers the
    file's signature, and the store opens it again when it changed (queries.data_version).
    A journal whose owner is still running is that program's: read through it, read only
    (``mode=ro``). An orphaned journal cannot be finished here, and reading without it would
    show an older state: refused. So is an older schema, which only an upgrade makes readable.
    """
    journals = journals_beside(real)
    if journals and not in_use_elsewhere(real):
        raise UnfinishedJournalReadOnlyError(path, journals[0], reason)
    mode = "mode=ro" if journals else "mode=ro&immutable=1"
    watch = None if journals else real  # its signature is taken before it is read
    try:
        conn = sqlite3.connect(f"{real.absolute().as_uri()}?{mode}", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise CannotOpenError(path, str(exc)) from None
    db = Database(conn, read_only=reason, watch=watch)
    try:
        version = _check_contents(conn, path, quick=False)
        if version < migrations.latest_version():
            # The queries read every table and column up to the latest step.
            raise UpgradeNeededReadOnlyError(path, version, reason)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")  # a last guard: SQLite itself refuses any write
    except sqlite3.Error as exc:
        conn.close()
        raise (translate(exc, path) or CannotOpenError(path, str(exc))) from None
    except BaseException:
        conn.close()
        raise
    db.register(key)
    return db


def _connect(path: Path) -> sqlite3.Connection:
    try:
        # Autocommit mode: the store opens every transaction itself (db.atomic()).
        # Absolute: SQLite must never read a path as one of its special names.
        conn = sqlite3.connect(path.absolute(), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise CannotOpenError(path, str(exc)) from None
    return conn


def _prepare(conn: sqlite3.Connection, path: Path, share: str | None = None, progress: backups.BackupProgress | None = None) -> None:
    """Connection settings, and the migrations after a check and a verified backup."""
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if share is not None:
            _hold_exclusively(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < migrations.latest_version():
            quick_check(conn, path)
            backups.make_backup(conn, path, f"v{version}", progress)
            try:
                migrations.apply_pending(conn, version)
            except sqlite3.Error as exc:
                if translate(exc, path) is not None:
                    raise
                # Each step is one transaction: a failed step leaves the file at the last one.
                raise StoreError(f"{path}: could not be upgraded ({exc}); it was left as it was, with a backup in 'backups'") from None
        if share is None:
            # WAL: readers never block the writer, and a killed process leaves a consistent file.
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL: a commit does not wait for the disk; a killed process still loses nothing,
            # a power cut what came after the last flush (store.transactions, data-safety.md).
            conn.execute("PRAGMA synchronous = NORMAL")
        else:
            # A rollback journal is only safe against a power cut with FULL.
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        known = translate(exc, path)
        if known is None:
            raise
        raise known from None


def _hold_exclusively(conn: sqlite3.Connection, path: Path) -> None:
    """On a network share (store.network): a rollback journal, which needs no shared memory,
    and an exclusive lock from now until the database is closed, so no program on another PC
    relies on the share's locking while this one writes. Another holder makes this wait the
    busy timeout and then fail as "in use" (DatabaseLockedError)."""
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    if str(mode).lower() != "delete":
        raise StoreError(f"{path}: could not switch to a rollback journal for the network share (journal mode stays {mode})")
    # Locks are kept after a transaction in this mode: take the exclusive one now.
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("COMMIT")


# -- creating ---------------------------------------------------------------------------------


def _create(path: Path) -> tuple[int, int] | None:
    """Build a new, empty database under a temporary name in the same folder and link it into
    place complete; so a file at ``path`` is never a half-made database, and a 0-byte one is
    never ours. Another process creating the same file at the same moment wins quietly (None);
    else the (device, inode) of the file made. A full disk: NotCreatedDiskFullError, nothing
    left."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=folder, prefix=".", suffix=".creating")
        os.close(fd)
    except OSError as exc:
        raise _not_created(path, exc) from None
    tmp = Path(name)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            migrations.apply_pending(conn, 0)
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()  # the last connection checkpoints and removes the -wal and -shm
        fsync_file(tmp)
        info = os.stat(tmp)
        linked = _link_into_place(tmp, path)
        fsync_folder(folder)
    except sqlite3.Error as exc:
        from .errors import DiskFullError, NotCreatedDiskFullError

        known = translate(exc, path) or CannotOpenError(path, str(exc))
        raise (NotCreatedDiskFullError(path) if isinstance(known, DiskFullError) else known) from None
    except OSError as exc:
        raise _not_created(path, exc) from None
    finally:
        remove_database_leftovers(tmp)
    return (info.st_dev, info.st_ino) if linked else None


def _not_created(path: Path, exc: OSError) -> StoreError:
    from .errors import NotCreatedDiskFullError

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return NotCreatedDiskFullError(path)
    return CannotOpenError(path, exc.strerror or str(exc))


def _link_into_place(tmp: Path, path: Path) -> bool:
    """Whether ``tmp`` now stands at ``path`` (False: another process put a file there first)."""
    try:
        os.link(tmp, path)  # fails if the name exists: never replaces anyone's file
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK) and sys.platform != "win32":
            raise
        # No hard links here (FAT, some network shares). os.rename refuses an existing target
        # on Windows; on POSIX the check-then-rename leaves a tiny window, documented.
        if os.path.lexists(path):
            return False
        os.rename(tmp, path)
    return True


def _take_back(path: Path, made: tuple[int, int], side_files: list[str]) -> bool:
    """Remove the database :func:`_create` made at ``path`` (and those of its ``side_files``,
    "-wal" / "-shm", that were not there before) when it is still that file and no other
    program holds it open; whether it was removed. Never raises over the error being reported."""
    try:
        st = os.stat(path)
        if (st.st_dev, st.st_ino) != made or in_use_elsewhere(Path(os.path.realpath(path))):
            return False
        os.unlink(path)
    except OSError:
        return False
    for suffix in side_files:
        try:
            os.unlink(f"{path}{suffix}")
        except OSError:
            pass  # gone already (SQLite removed it), or not a file we may remove
    return True
