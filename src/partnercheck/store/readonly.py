"""Whether a database file can be written, and why not: a read-only file, folder or medium.

A database that cannot be written is still readable data: it is opened read only (database.py)
and every write is refused with :class:`~partnercheck.store.errors.ReadOnlyDatabaseError`
before SQLite is asked. Nothing is written beside it either: no journal, no ``-wal``/``-shm``,
no backup, no migration.

Asked with ``os.access`` and, for the file, a real ``open`` for writing that writes nothing
(cheap, and the only honest answer on network shares and for ACLs). ``os.access`` checks the
real user: for root it says yes unless the file system itself is read-only, and root may
indeed write a ``chmod 444`` file, so such a file is opened read-write.
"""

from __future__ import annotations

import enum
import errno
import os
from pathlib import Path


class ReadOnlyReason(enum.Enum):
    """Why a database cannot be written; the value is the English phrase the CLI prints."""

    MEDIUM = "read-only medium or share"
    FOLDER = "read-only folder"
    FILE = "read-only file"


_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)


def why_read_only(real: Path, *, try_open: bool = True) -> ReadOnlyReason | None:
    """Why the database at ``real`` (its resolved path) cannot be written, or None.

    ``try_open`` False skips the real attempt: the caller has the file open already, and on
    POSIX closing any descriptor of a file drops every SQLite lock this process holds on it.
    """
    folder = real.parent
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        try:
            if statvfs(folder).f_flag & os.ST_RDONLY:
                return ReadOnlyReason.MEDIUM
        except OSError:
            pass
    if not os.access(real, os.W_OK):
        return ReadOnlyReason.FILE
    if try_open:
        try:
            fd = os.open(real, os.O_RDWR)
        except OSError as exc:
            if exc.errno == errno.EROFS:
                return ReadOnlyReason.MEDIUM
            if exc.errno in _DENIED:
                return ReadOnlyReason.FILE
            # Anything else (gone, a lock on Windows): SQLite will give its own answer.
        else:
            os.close(fd)
    # SQLite writes its -wal and -shm beside the file, and backups go into a folder there.
    if not os.access(folder, os.W_OK | os.X_OK):
        return ReadOnlyReason.FOLDER
    return None
