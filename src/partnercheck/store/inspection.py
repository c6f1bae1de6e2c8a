"""Looking at a database file before anything touches it (database.py opens it after).

Nothing writes to a file before it has been read and judged, first as bytes, then through
SQLite connections that cannot change it:

1. ``os.stat``: a folder, a symlink loop or dangling link, an unreadable or empty (0-byte)
   file is refused. PartnerCheck never leaves a 0-byte file itself: a new database is built
   under a temporary name and linked into place complete, so an empty file is someone else's.
2. The 100-byte header, read as bytes: the magic ``SQLite format 3\\0``, the page size, the
   application id (offset 68) and ``user_version`` (offset 60). A foreign or newer file is
   refused here without SQLite ever opening it.
3. Journals beside the file (``-wal``, ``-journal``). SQLite replays (WAL) or rolls back
   (rollback journal) any journal it finds next to a database without checking that it
   belongs to it, so a stray journal can wreck a healthy database on a mere ``list``.
   A journal whose owner is alive (another connection holds SQLite's POSIX locks on the
   database, or this process has it open) is normal use and is left to SQLite. An orphaned
   journal is tried on a *copy*: the database and its journals are copied to a temporary
   folder, the copy is opened read-write so SQLite replays there, and the copy is checked.
   Only a sound copy lets the real file open (SQLite then replays the same journal there).
   Otherwise the file is refused, naming both files, and both stay byte-for-byte as they
   were. Limit: a journal left by a *sibling copy* of the same database (same pages, same
   schema) replays cleanly on the copy and cannot be told apart from the file's own.
   Where POSIX locks cannot be probed (Windows), every journal is checked on a copy.
4. Without journals the file itself is checked through a ``mode=ro&immutable=1`` connection, which
   takes no locks and creates no ``-wal``/``-shm``: application id, ``user_version``, the
   tables and columns that version must have, and ``PRAGMA quick_check``.

``quick_check`` on every open (up to :data:`QUICK_CHECK_MAX_BYTES`) rather than remembering
which files were checked: it costs about a millisecond for a typical database (0.25 MB for 30
assessments) and needs no state file. Bigger files get it only when a journal is orphaned
(and before a migration and every backup), so opening stays as fast at 100,000 assessments.
It always runs before a migration, and every backup is integrity-checked (store.backups).

Any refusal raises a :class:`~partnercheck.store.errors.StoreError` with one line that names
the file.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import struct
import tempfile
from pathlib import Path
from typing import NamedTuple

from . import migrations
from .content_check import Stamp, _check_contents, _connect_plain, _reading_error, judge_contents
from .errors import (
    CannotOpenError,
    DamagedDatabaseError,
    EmptyFileError,
    ForeignJournalError,
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
    check_finding,
)

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
JOURNAL_SUFFIXES = ("-wal", "-journal")
# quick_check reads every page: ~2 ms per MB here, so 100 ms and more at 10,000 assessments
# (48 MB), which start-up would pay at every open. Up to 8 MB (~1,500 assessments) it costs
# under ~15 ms; a bigger file is checked before every migration and every backup instead.
QUICK_CHECK_MAX_BYTES = 8 * 1024 * 1024

# SQLite's unix VFS locks these bytes of the database file (os_unix.c): PENDING, RESERVED
# and the 510-byte SHARED range. A WAL connection holds a SHARED lock there for as long as it
# is open, a rollback-journal writer RESERVED or more: any lock there means a live owner.
_PENDING_BYTE = 0x40000000
_LOCK_RANGE = (_PENDING_BYTE, 2 + 510)
# In the -shm file: the WAL read/write locks and the "DMS" byte every WAL connection holds.
_SHM_LOCK_RANGE = (120, 9)


# A NamedTuple, not a dataclass: this module loads at every start of the window, where building
# a dataclass (compiling its generated methods) cost ~0.5 ms.
class Header(NamedTuple):
    page_size: int
    formats: tuple[int, int]  # file format write / read version: 1 rollback journal, 2 WAL
    fractions: tuple[int, int, int]  # payload fractions, fixed at 64, 32, 32
    schema_format: int  # 1-4, or 0 while there is no schema yet
    encoding: int  # 1 UTF-8, what PartnerCheck always creates (0 while there is no schema)
    reserved_zero: bool  # bytes 72-91 "reserved for expansion, must be zero"
    change_counter: int
    page_count: int
    valid_for: int
    user_version: int
    application_id: int

    @classmethod
    def parse(cls, data: bytes) -> Header:
        raw_size = struct.unpack_from(">H", data, 16)[0]
        return cls(
            page_size=65536 if raw_size == 1 else raw_size,
            formats=(data[18], data[19]),
            fractions=(data[21], data[22], data[23]),
            schema_format=struct.unpack_from(">I", data, 44)[0],
            encoding=struct.unpack_from(">I", data, 56)[0],
            reserved_zero=not any(data[72:92]),
            change_counter=struct.unpack_from(">I", data, 24)[0],
            page_count=struct.unpack_from(">I", data, 28)[0],
            valid_for=struct.unpack_from(">I", data, 92)[0],
            user_version=struct.unpack_from(">i", data, 60)[0],
            application_id=struct.unpack_from(">i", data, 68)[0],
        )

    @property
    def page_size_valid(self) -> bool:
        return 512 <= self.page_size <= 65536 and self.page_size & (self.page_size - 1) == 0


def _stat(path: Path) -> os.stat_result | None:
    """The file's status, None when there is no file (and no link) at ``path``."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.lexists(path):
            raise CannotOpenError(path, "it is a link to a file that does not exist") from None
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise CannotOpenError(path, "it is a symbolic link that points to itself (a loop)") from None
        raise CannotOpenError(path, exc.strerror or str(exc)) from None
    if not stat.S_ISREG(st.st_mode):
        from .errors import NotAFileError

        raise NotAFileError(path, "it is a folder, not a database file" if stat.S_ISDIR(st.st_mode) else "it is not a regular file")
    return st


def check_database_file(path: Path) -> None:
    """Judge a file that is not to be opened for writing (a backup to restore): the same
    checks as opening, and the full ``integrity_check``. Raises a StoreError."""
    st = _stat(path)
    if st is None:
        raise CannotOpenError(path, "no such file")
    real = Path(os.path.realpath(path))
    _look_before_touching(path, real, st)
    conn = _connect_plain(real, path, uri=real.absolute().as_uri() + "?mode=ro&immutable=1")
    try:
        rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
    except sqlite3.Error as exc:
        raise _reading_error(exc, path) from None
    finally:
        conn.close()
    if rows != [("ok",)]:
        raise DamagedDatabaseError(path, check_finding(rows))


def _look_before_touching(path: Path, real: Path, st: os.stat_result) -> Stamp | None:
    """Steps 1-4 of the module docstring; raises a StoreError, or returns when it is safe to
    open ``path`` read-write: with the file's stamp when its tables were judged on the file
    itself (step 4), so opening need not read them again while the stamp is the same."""
    _check_side_files(path, real)
    if st.st_size == 0:
        raise EmptyFileError(path)
    header = _check_header(path, _read_header(path), st.st_size)
    journals = journals_beside(real)
    if not journals:
        if st.st_size < header.page_size or st.st_size % header.page_size:
            raise DamagedDatabaseError(path, "its size is not a whole number of pages: it was cut short")
        if header.change_counter == header.valid_for and header.page_count * header.page_size > st.st_size:
            raise DamagedDatabaseError(path, "it is shorter than its header says: it was cut short")
        try:
            return _check_file(real, path, quick=st.st_size <= QUICK_CHECK_MAX_BYTES)
        except DamagedDatabaseError:
            # Another program may have started writing while we read without locks: then
            # judge it again with its journals rather than refuse a sound file.
            journals = journals_beside(real)
            if not journals:
                raise
    if in_use_elsewhere(real):
        return None  # another connection is working with it: its journals are SQLite's business
    for journal in journals:
        problem = _journal_shape(journal, header)
        if problem:
            raise ForeignJournalError(path, journal, problem)
    _check_with_journals(real, path, journals)
    return None


def _check_side_files(path: Path, real: Path) -> None:
    """SideFileError for a folder, pipe or device at ``NAME-wal``, ``-journal`` or ``-shm``, or
    a link at ``-shm``; looked at with lstat only: opening a pipe to read it waits for a writer
    for ever. A link as a journal is judged with the journal (it may hold data: _journal_shape)."""
    from .errors import SideFileError

    for suffix in (*JOURNAL_SUFFIXES, "-shm"):
        side = real.with_name(real.name + suffix)
        try:
            mode = os.lstat(side).st_mode
        except OSError:
            continue  # absent (or unreadable: SQLite will say so)
        if stat.S_ISLNK(mode) and suffix == "-shm":
            raise SideFileError(path, side, link=True)
        if not stat.S_ISLNK(mode) and not stat.S_ISREG(mode):
            raise SideFileError(path, side)


_WAL_MAGIC = (0x377F0682, 0x377F0683)
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _journal_shape(journal: Path, header: Header) -> str | None:
    """What makes a journal plainly not one of this database's, judged from its header:
    SQLite would silently discard such a file, so opening would destroy it. SQLite makes
    journals as plain files only: a pipe would make reading it (and the open) wait for ever,
    and through a link SQLite would write into whatever file it points to."""
    try:
        mode = os.lstat(journal).st_mode
        if stat.S_ISLNK(mode):
            return "it is a link to another file, which SQLite never makes and would write through"
        if not stat.S_ISREG(mode):
            return "it is not a regular file (a folder, pipe or device)"
        with open(journal, "rb") as fh:
            head = fh.read(32)
    except OSError as exc:
        return f"it cannot be read: {exc.strerror or exc}"
    if not head:
        return None  # an empty journal replays nothing and harms nothing
    if journal.name.endswith("-wal"):
        if len(head) < 32 or struct.unpack_from(">I", head, 0)[0] not in _WAL_MAGIC:
            return "it is not a SQLite write-ahead log"
        if struct.unpack_from(">I", head, 8)[0] != header.page_size:
            return f"it was written for pages of {struct.unpack_from('>I', head, 8)[0]} bytes, the database has {header.page_size}"
        return None
    if not any(head[:8]):
        return None  # a finished rollback journal: its header is zeroed and SQLite ignores it
    if head[:8] != _JOURNAL_MAGIC:
        return "it is not a SQLite rollback journal"
    if len(head) >= 28 and struct.unpack_from(">I", head, 24)[0] != header.page_size:
        return f"it was written for pages of {struct.unpack_from('>I', head, 24)[0]} bytes, the database has {header.page_size}"
    return None


def _read_header(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(HEADER_SIZE)
    except OSError as exc:
        raise CannotOpenError(path, exc.strerror or str(exc)) from None


def _check_header(path: Path, data: bytes, size: int) -> Header:
    if not data.startswith(SQLITE_HEADER):
        if SQLITE_HEADER.startswith(data):  # shorter than the magic, and what is there fits
            raise DamagedDatabaseError(path, "it is only a few bytes long: it was cut short")
        raise NotADatabaseError(path)
    if len(data) < HEADER_SIZE:
        raise DamagedDatabaseError(path, "its header is incomplete: it was cut short")
    header = Header.parse(data)
    if header.application_id not in (0, migrations.APPLICATION_ID):
        raise NotADatabaseError(path, "it belongs to another program")
    if not header.page_size_valid:
        raise DamagedDatabaseError(path, f"its header names an impossible page size ({header.page_size})")
    # Another format version makes SQLite open the file read-only (leaving -wal and -shm
    # behind that it may not remove) or not at all; PartnerCheck writes only 1 and 2.
    # A text encoding other than UTF-8 would show every text garbled.
    if (
        any(v not in (1, 2) for v in header.formats)
        or header.fractions != (64, 32, 32)
        or header.schema_format not in (0, 1, 2, 3, 4)
        or header.encoding not in (0, 1)
        or not header.reserved_zero
    ):
        raise DamagedDatabaseError(path, "its header has values SQLite never writes")
    if header.application_id == migrations.APPLICATION_ID and header.user_version > migrations.latest_version():
        raise NewerDatabaseError(path, header.user_version, migrations.latest_version())
    return header


def journals_beside(real: Path) -> list[Path]:
    """The rollback journal and WAL files next to a database, those that exist."""
    found = []
    for suffix in JOURNAL_SUFFIXES:
        journal = real.with_name(real.name + suffix)
        if os.path.lexists(journal):
            found.append(journal)
    return found


def in_use_elsewhere(real: Path) -> bool:
    """Whether another process holds SQLite's locks on the database (or its -shm).

    Uses F_GETLK, which only asks and takes no lock. Without fcntl (Windows) the answer is
    False: every journal is then checked on a copy, which is safe but may refuse a file
    while another program is in the middle of writing it.
    """
    try:
        import fcntl
    except ImportError:
        return False
    probes = [(real, _LOCK_RANGE)]
    shm = real.with_name(real.name + "-shm")
    if os.path.lexists(shm):
        probes.append((shm, _SHM_LOCK_RANGE))
    for file, (start, length) in probes:
        try:
            # O_NONBLOCK: a pipe planted as the -shm must not make the open wait for a writer.
            fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            query = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
            answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        except OSError:
            continue
        finally:
            os.close(fd)
        if struct.unpack("hhqqi", answer)[0] != fcntl.F_UNLCK:
            return True
    return False


def _check_with_journals(real: Path, path: Path, journals: list[Path]) -> None:
    """Let SQLite replay the orphaned journals on a copy, and judge the copy."""
    try:
        with tempfile.TemporaryDirectory(prefix="partnercheck-check-") as folder:
            copy = Path(folder) / "db.sqlite3"
            shutil.copyfile(real, copy)
            for journal in journals:
                shutil.copyfile(journal, copy.with_name(copy.name + journal.name[len(real.name) :]))
            conn = _connect_plain(copy, path)
            try:
                _check_contents(conn, path, quick=True)
            finally:
                conn.close()
    except (DamagedDatabaseError, NotADatabaseError) as exc:
        # The file alone may be fine: then it is the journal that does not belong.
        try:
            _check_file(real, path, quick=True)
        except (DamagedDatabaseError, NotADatabaseError, NewerDatabaseError):
            raise exc from None
        raise ForeignJournalError(path, journals[0], _detail(exc)) from None
    except OSError as exc:
        raise CannotOpenError(path, f"the journal beside it could not be checked: {exc.strerror or exc}") from None


def _detail(exc: StoreError) -> str:
    text = str(exc)
    return text.split(": ", 1)[1].split(";")[0] if ": " in text else text


def _check_file(real: Path, path: Path, quick: bool) -> Stamp:
    """Check the file as it is on disk, ignoring journals, without locks or writes."""
    conn = _connect_plain(real, path, uri=real.absolute().as_uri() + "?mode=ro&immutable=1")
    try:
        return judge_contents(conn, path, quick=quick)
    finally:
        conn.close()
