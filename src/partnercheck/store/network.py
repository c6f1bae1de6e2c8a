"""Whether a database lives on a network share (a department's file server).

SQLite's WAL needs shared memory (the ``-shm`` file mapped by every process on one host), and
byte-range locks over SMB and NFS are unreliable: two PCs writing one WAL database on a share
can corrupt it. There the database is opened with a rollback journal and exclusive locking
instead (database.py): one program on one PC at a time holds it, the others are told it is in
use. Asked of the system, per platform:

- Linux: the file system type of the mount holding the file, from ``/proc/self/mountinfo``
  (cifs, smb3, nfs, nfs4, fuse.sshfs, 9p ...);
- Windows: a UNC path (``\\\\server\\share``) or a drive letter the system calls
  ``DRIVE_REMOTE`` (a mapped network drive);
- macOS: ``statfs``'s ``f_fstypename`` (smbfs, nfs, afpfs, webdav ...).

Anything that cannot be asked counts as local: the journal mode is then WAL, as before.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

# File system types that are another computer's disk. FUSE types carry their driver's name.
NETWORK_TYPES = frozenset(
    {
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "afpfs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "ncpfs",
        "davfs",
        "webdav",
        "fuse.sshfs",
        "sshfs",
        "fuse.rclone",
        "fuse.glusterfs",
        "fuse.davfs2",
        "fuse.s3fs",
        "fuse.cephfs",
    }
)


def is_network_type(fs_type: str) -> bool:
    return fs_type.lower() in NETWORK_TYPES


def _unescape(field: str) -> str:
    """mountinfo writes a space, tab, newline and backslash in a path as octal (``\\040``)."""
    if "\\" not in field:
        return field  # nearly every mount point: not walked a character at a time at each open
    out, i = [], 0
    while i < len(field):
        code = field[i + 1 : i + 4]
        if field[i] == "\\" and len(code) == 3 and all(c in "01234567" for c in code):
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def mount_type(mountinfo: str, path: str) -> str | None:
    """The file system type of the mount that holds ``path`` (absolute, links resolved),
    read from the text of ``/proc/self/mountinfo``: the longest mount point above it wins
    (the last one listed when a mount point was mounted over)."""
    best: tuple[int, str] | None = None
    for line in mountinfo.splitlines():
        fields = line.split(" ")
        try:
            dash = fields.index("-", 6)
            point, fs_type = _unescape(fields[4]), fields[dash + 1]
        except (ValueError, IndexError):
            continue
        inside = path == point or point == "/" or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), fs_type)
    return best[1] if best else None


def network_share(real: Path) -> str | None:
    """What kind of network share holds the database at ``real`` (its resolved path): the file
    system type, ``UNC path`` or ``network drive``; None for a local disk or when unknown."""
    if sys.platform == "win32":
        return _windows(real)
    if sys.platform == "darwin":
        fs_type = _macos_fs_type(real.parent)
    else:
        try:
            with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as fh:
                fs_type = mount_type(fh.read(), os.fspath(real))
        except OSError:
            return None
    return fs_type if fs_type is not None and is_network_type(fs_type) else None


def windows_share_kind(path: str, drive_type: int | None) -> str | None:
    """``UNC path`` for ``\\\\server\\share\\...``, ``network drive`` when the drive's type is
    DRIVE_REMOTE (4); apart from the system call so it can be tested on any platform."""
    drive = PureWindowsPath(path).drive
    if drive.startswith(("\\\\", "//")) and not drive.startswith(("\\\\?\\", "\\\\.\\")):
        return "UNC path"
    if drive.upper().startswith("\\\\?\\UNC\\"):
        return "UNC path"
    if drive_type == _DRIVE_REMOTE:
        return "network drive"
    return None


_DRIVE_REMOTE = 4


def _windows(real: Path) -> str | None:
    text = os.fspath(real)
    drive = PureWindowsPath(text).drive
    drive_type = None
    if len(drive) == 2 and drive[1] == ":":
        try:
            import ctypes

            drive_type = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
        except (OSError, AttributeError):
            drive_type = None
    return windows_share_kind(text, drive_type)


def _macos_fs_type(folder: Path) -> str | None:
    """``statfs(2)``'s ``f_fstypename`` (offset 72, 16 bytes, in the 64-bit-inode layout)."""
    try:
        import ctypes
        import ctypes.util

        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        buffer = ctypes.create_string_buffer(4096)
        statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
        if statfs(os.fsencode(folder), buffer) != 0:
            return None
        return buffer.raw[72:88].split(b"\0", 1)[0].decode("ascii", "replace")
    except (OSError, AttributeError, ValueError):
        return None
