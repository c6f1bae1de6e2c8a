"""Whether other users of the computer can read the database: the database is not encrypted
(docs/privacy.md), so its file permissions are what keeps the names in it private.

PartnerCheck makes its own files private (a new database and each backup start as 0600
through ``mkstemp``), but a database copied in from elsewhere, unpacked from a ZIP, or kept in
a shared folder usually is not. On Linux and macOS the POSIX mode bits say it: a file is
readable by others when it grants them read and every folder above it lets them through (x).
Windows ACLs are not checked (documented in docs/privacy.md).
"""

from __future__ import annotations

import os
import stat
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple


class Who(StrEnum):
    GROUP = "group"  # members of the file's group
    OTHERS = "others"  # every user of the computer


# A NamedTuple, not a dataclass: this module loads at every start of the window, where building
# a dataclass (compiling its generated methods) cost ~0.5 ms.
class Exposure(NamedTuple):
    path: Path  # the readable file: the database, its -wal or -shm, or a backup
    who: Who

    def english(self) -> str:
        whom = "every user of this computer" if self.who is Who.OTHERS else "the members of its group"
        return f"{self.path} can be read by {whom} (chmod 600 the file, chmod 700 its folder)"


def supported() -> bool:
    """Mode bits mean something only on POSIX systems."""
    return os.name == "posix"


def readable_by_others(db_path: Path) -> list[Exposure]:
    """The database's files that users other than its owner can read; empty on Windows."""
    if not supported():
        return []
    from ..store.backups import list_backups  # the store knows where its backups are

    candidates = [db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")]
    try:
        candidates += list_backups(db_path)
    except OSError:
        pass
    found: list[Exposure] = []
    for path in candidates:
        who = _who_can_read(path)
        if who is not None:
            found.append(Exposure(path, who))
    return found


def _who_can_read(path: Path) -> Who | None:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # not there (no -wal now, say) or not ours to judge
    if not stat.S_ISREG(mode):
        return None
    folders = _folders(path)
    if mode & stat.S_IROTH and all(m & stat.S_IXOTH for m in folders):
        return Who.OTHERS
    if mode & stat.S_IRGRP and all(m & (stat.S_IXGRP | stat.S_IXOTH) for m in folders):
        return Who.GROUP
    return None


def _folders(path: Path) -> list[int]:
    modes = []
    for folder in path.resolve().parents:
        try:
            modes.append(os.stat(folder).st_mode)
        except OSError:
            modes.append(0)
    return modes
