"""Making a written file survive a power cut, and cleaning up after a half-made one.

Shared by the store (new databases, backups) and the services (exports, reports): each writes
under a temporary name, syncs, renames into place, then syncs the folder so the rename itself
is on disk.
"""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(file: Path) -> None:
    fd = os.open(file, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # a folder cannot be opened to sync it on Windows; NTFS journals the rename
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is still atomic
    finally:
        os.close(fd)


def remove_database_leftovers(tmp: Path) -> None:
    """Remove a temporary SQLite file and its journals; never raises over the real error."""
    for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass
