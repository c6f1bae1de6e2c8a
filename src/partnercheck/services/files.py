"""Writing a file whole or not at all.

The data goes to a fresh temporary file beside the target, made by ``tempfile.mkstemp``:
created exclusively (O_EXCL, so a link planted at a guessable name is never followed),
with a short random name (a 250-byte target name does not overflow the 255-byte limit), then
flushed to disk and renamed over the target with ``os.replace``. A reader sees the old file
or the new one, never half of one; on failure the temporary file is removed and the target
is as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..catalogs import N_
from ..durable import fsync_folder


@contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write; it becomes ``path`` when the block ends without an error.

    Raises OSError (with ``filename`` set to the target) when the file cannot be written.
    """
    target = Path(path)
    if not target.name:
        raise IsADirectoryError(21, "no file name given", str(path))
    check_replaceable(target)
    folder = target.parent
    fd, name = tempfile.mkstemp(dir=folder, prefix=".", suffix=".partial")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _keep_mode(target, tmp)
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise
    fsync_folder(folder)


class ProtectedFile(OSError):
    """The target is a file PartnerCheck is using (the database, the passphrase file)."""


# Files no output may replace, by their real path (case folded where the system does) and, when
# they exist, by device and inode (another spelling or a hard link): what they are, en and nl.
_PROTECTED: dict[str, tuple[str, str]] = {}
_PROTECTED_INODES: dict[tuple[int, int], tuple[str, str, str]] = {}


def protect(path: str | os.PathLike[str], english: str, dutch: str) -> None:
    """Never let an output replace ``path`` while this process runs: the database in use (an
    export named like it replaced it whole), the passphrase file just read (it would be lost
    under the very file it encrypts)."""
    _PROTECTED[_real(path)] = (english, dutch)
    try:
        info = os.stat(path)
    except OSError:
        return
    _PROTECTED_INODES[(info.st_dev, info.st_ino)] = (os.fspath(path), english, dutch)


def _real(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.realpath(path))


def _protected(target: Path) -> tuple[str, str] | None:
    found = _PROTECTED.get(_real(target))
    if found is None:
        try:
            info = os.stat(target)
        except OSError:
            return None
        key = (info.st_dev, info.st_ino)
        held = _PROTECTED_INODES.get(key)
        if held is None:
            return None
        path, english, dutch = held
        # The inode counts only while the protected file still has it: once that file is gone
        # (a database closed and deleted, a -wal file checkpointed away), the system may give
        # its number to a new file, which is not ours to refuse.
        try:
            current = os.stat(path)
        except OSError:
            current = None
        if current is None or (current.st_dev, current.st_ino) != key:
            del _PROTECTED_INODES[key]
            return None
        found = (english, dutch)
    return found


def check_replaceable(target: Path, *, read_only_ours: bool = False) -> None:
    """OSError naming ``target`` unless it is absent or a regular file that may be written. The
    rename would replace whatever is there: a pipe, or a device (root writing ``--out /dev/null``
    would put a plain file in place of the device), or a link (its target would keep the old
    content while the user believes it written; an adversary's link is not followed either
    way), or a read-only file (:func:`is_read_only`; ``read_only_ours``: PartnerCheck made it
    read-only itself, the public register, and replaces it)."""
    import errno
    import stat

    protected = _protected(target)
    if protected is not None:
        english, dutch = protected
        raise ProtectedFile(errno.EEXIST, f"is {english}; it is never written over: choose another name ({dutch}; kies een andere naam)", str(target))
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        exc.filename = str(target)
        raise
    if stat.S_ISLNK(mode):
        raise NotARegularFile(errno.EINVAL, N_("is a link, not a regular file; it is not replaced or followed: choose another name"), str(target))
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, N_("is a folder; give the name of a file"), str(target))
    if not stat.S_ISREG(mode):
        raise NotARegularFile(errno.EINVAL, N_("is not a regular file (a pipe or device); it is not replaced: choose another name"), str(target))
    if not read_only_ours and is_read_only(target, mode):
        raise ReadOnlyFile(errno.EACCES, N_("is read-only; choose another name"), str(target))


class ReadOnlyFile(OSError):
    """The target is a file its owner made read-only: kept, never replaced by an output."""


def is_read_only(path: Path, mode: int) -> bool:
    """Whether the file at ``path`` (``mode``: its st_mode) is read-only as its owner sees it: no
    write permission for anyone (``chmod 444``; on Windows the read-only attribute, which Python
    reports so), or none for this user (``os.access``). The mode bits count even for root, who
    may write anything: a desktop user who made a file read-only expects it kept, and the rename
    of an atomic write needs only the folder's permission, so without this check the file would
    be replaced silently."""
    return not mode & 0o222 or not os.access(path, os.W_OK)


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (see :func:`atomic_writer`)."""
    try:
        with atomic_writer(path) as fh:
            fh.write(data)
    except OSError as exc:
        if exc.filename is None:
            exc.filename = str(path)
        raise


def _keep_mode(target: Path, tmp: Path) -> None:
    """mkstemp makes the file private (0600); an export or report gets the usual permissions:
    those of the file it replaces, or what the umask allows for a new file."""
    try:
        mode = os.stat(target).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        os.chmod(tmp, mode)
    except OSError:
        pass  # some file systems have no modes; the content is what matters


def _remove_quietly(tmp: Path) -> None:
    # Never raise over the error that brought us here.
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass


class NotARegularFile(OSError):
    """A folder, pipe or device where a file was expected."""


class FileTooLarge(OSError):
    """A file over what PartnerCheck reads of its kind (never read into memory); ``limit`` is
    that limit in bytes."""

    limit = 0


MIB = 1024 * 1024
# The first bytes say a file's kind, and so its limit, before the rest is read.
HEAD_BYTES = 128


def read_regular(path: str | os.PathLike[str], limit: int | Callable[[bytes], tuple[int, str, str]]) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them. OSError naming the
    file for anything else: a pipe (reading it would wait for a writer for ever), a device
    (/dev/zero never ends), a folder, or a file over the limit (never read into memory).

    ``limit`` may instead be a function of the file's first :data:`HEAD_BYTES` giving (limit,
    what the file is in English, in Dutch): the import, whose kinds of file differ in size."""
    import errno
    import stat

    # O_NONBLOCK: opening a pipe with no writer returns at once instead of waiting.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise NotARegularFile(errno.EINVAL, N_("not a regular file (a folder, pipe or device); give a file"), str(path))
    with os.fdopen(fd, "rb") as fh:
        what, wat = "such a file", "zo'n bestand"
        if callable(limit):
            limit, what, wat = limit(fh.read(HEAD_BYTES))
            fh.seek(0)
        said = f"{limit} bytes ({limit // MIB} MiB)" if limit >= MIB else f"{limit} bytes"
        if info.st_size > limit:
            raise _too_large(
                f"{info.st_size} bytes, more than the {said} PartnerCheck reads from {what}; nothing was read "
                f"(meer dan de {said} die PartnerCheck van {wat} leest; er is niets gelezen)",
                path,
                limit,
            )
        data = fh.read(limit + 1)  # a file that grows while it is read is cut off here
    if len(data) > limit:
        raise _too_large(f"more than the {said} PartnerCheck reads from {what} (meer dan de {said} die PartnerCheck van {wat} leest)", path, limit)
    return data


def _too_large(message: str, path: str | os.PathLike[str], limit: int) -> FileTooLarge:
    import errno

    exc = FileTooLarge(errno.EFBIG, message, str(path))
    exc.limit = limit
    return exc
