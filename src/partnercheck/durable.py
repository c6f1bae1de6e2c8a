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


# A backup or restore takes seconds; a hidden temporary this old was left by a killed process.
STALE_SECONDS = 3600


def remove_stale_temporaries(folder: Path, suffixes: tuple[str, ...]) -> None:
    """Remove hidden temporaries (``.NAME<suffix>`` and their ``-journal``) that a killed
    process left in ``folder`` more than an hour ago; never raises."""
    import time

    cutoff = time.time() - STALE_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name.removesuffix("-journal").removesuffix("-wal").removesuffix("-shm")
        if not (name.startswith(".") and name.endswith(suffixes)):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
        except OSError:
            pass
