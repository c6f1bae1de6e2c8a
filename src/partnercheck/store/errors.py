"""Database problems a user can act on, each with a plain message.

SQLite errors that fall outside these are bugs and are left to propagate. The UI maps each
class to a translated message; ``str()`` is the English one the command line prints.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .readonly import ReadOnlyReason

if TYPE_CHECKING:
    from ..domain.refusal import Refusal


class StoreError(Exception):
    """A problem with the database the user can understand and act on."""


class UnknownAssessmentError(StoreError):
    def __init__(self, assessment_id: object) -> None:
        super().__init__(f"assessment {assessment_id}: no such assessment in this database")
        self.assessment_id = assessment_id


class UnknownTieError(StoreError):
    def __init__(self, tie: object) -> None:
        super().__init__(f"tie {tie}: no such tie in this database (see 'partnercheck portfolio')")
        self.tie = tie


class FinalAssessmentError(StoreError):
    def __init__(self, assessment_id: object) -> None:
        super().__init__(f"assessment {assessment_id}: is final and locked; start a new revision to change it")
        self.assessment_id = assessment_id


class InBinError(StoreError):
    def __init__(self, assessment_id: object) -> None:
        super().__init__(f"assessment {assessment_id}: is in the bin; restore it first")
        self.assessment_id = assessment_id


class ConflictError(StoreError):
    """Someone else (another window or program) changed the same thing since it was read."""

    def __init__(self, assessment_id: object, subject: str, what: str = "answer") -> None:
        super().__init__(f"assessment {assessment_id}: {subject} was changed elsewhere in the meantime; reload to see it")
        self.assessment_id = assessment_id
        self.subject = subject
        # What conflicted, so the window names it: "answer", "details" (partnership details or
        # the assessor) or "action".
        self.what = what


class TieConflictError(ConflictError):
    """A tie's details changed (another window, the command line, an assessment of it that
    carried new details over) since the caller read them: nothing was written."""

    def __init__(self, tie_id: int) -> None:
        StoreError.__init__(self, f"tie {tie_id}: its details were changed elsewhere in the meantime, so nothing was changed; read them again")
        self.assessment_id = None
        self.tie_id = tie_id
        self.subject = "the tie's details"
        self.what = "tie"


class StateError(StoreError):
    """A stage change, review comment or decision the rules refuse. ``reason``: the rules'
    refusal (domain.refusal), which the command line says in the run's language."""

    def __init__(self, message: str, assessment_id: object = None, reason: Refusal | None = None) -> None:
        super().__init__(message)
        self.assessment_id = assessment_id
        self.reason = reason


class MisfitApprovalError(StateError):
    """Approval refused: answers as stored do not fit the tie as stored (domain.answer_fit).
    ``questions``: each as "number (id)", e.g. "4.1 (rvo-icp.icp-consulted)"."""

    def __init__(self, assessment_id: object, questions: tuple[str, ...], message: str) -> None:
        super().__init__(f"assessment {assessment_id}: {message}")
        self.assessment_id = assessment_id
        self.questions = questions


def one_line(text: str, limit: int = 160) -> str:
    """SQLite's details can quote a whole schema over many lines; a message is one line."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class DatabaseFileError(StoreError):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {' '.join(message.splitlines())}")
        self.path = path


class NotADatabaseError(DatabaseFileError):
    def __init__(self, path: Path, detail: str = "") -> None:
        extra = f" ({one_line(detail)})" if detail else ""
        super().__init__(path, f"is not a PartnerCheck database{extra}; it was left untouched")


class EmptyFileError(NotADatabaseError):
    """A 0-byte file: PartnerCheck never leaves one (it creates a database under a temporary
    name and moves it into place complete), so someone or something else made it."""

    def __init__(self, path: Path) -> None:
        DatabaseFileError.__init__(
            self, path, "is an empty file (0 bytes) that PartnerCheck did not make; it was left untouched. Choose another file name"
        )


class DamagedDatabaseError(DatabaseFileError):
    def __init__(self, path: Path, detail: str = "") -> None:
        extra = f" ({one_line(detail)})" if detail else ""
        super().__init__(path, f"is damaged and cannot be read{extra}; it was left untouched. Restore a backup copy.")


class DamagedValueError(DamagedDatabaseError):
    """A stored value PartnerCheck never writes (a database edited by hand): ``detail`` names
    the record and the field, which the window shows too (the file itself opens fine).
    ``found`` (record, field, value), when known, lets a Dutch run say the detail in Dutch
    (services.damaged_values)."""

    def __init__(self, path: Path, detail: str, found: tuple[str, str, object] | None = None) -> None:
        super().__init__(path, detail)
        self.detail = detail
        self.found = found


class ForeignJournalError(DatabaseFileError):
    """A -wal or -journal file beside the database, left by no running program, that would
    not leave a sound PartnerCheck database if SQLite replayed it."""

    def __init__(self, path: Path, journal: Path, detail: str = "") -> None:
        extra = f" ({one_line(detail)})" if detail else ""
        super().__init__(
            path,
            f"the journal file {journal} beside it does not fit this database{extra}; both were left untouched. "
            "Keep both files and ask IT to look at them.",
        )
        self.journal = journal


class SideFileError(DatabaseFileError):
    """A folder, pipe or device where SQLite keeps a file of its own beside the database (its
    -wal, -journal or -shm), or a link as its -shm: SQLite never makes one, and opening failed
    as a bare "I/O error" or "unable to open database file" that named neither file."""

    def __init__(self, path: Path, side: Path, link: bool = False) -> None:
        what = "a link to another file, which SQLite does not follow" if link else "not a regular file (a folder, pipe or device)"
        super().__init__(
            path,
            f"{side} beside it is {what}; SQLite never makes one. The database was left untouched: "
            f"move {side.name} out of the way (it holds no data) and try again",
        )
        self.side = side
        self.link = link


class NewerDatabaseError(DatabaseFileError):
    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            path,
            f"was written by a newer PartnerCheck (schema {found}, this version knows up to {known}); "
            "it was left untouched. Update PartnerCheck to open it.",
        )
        self.found = found
        self.known = known


class DatabaseLockedError(StoreError):
    def __init__(self) -> None:
        super().__init__("the database is busy in another window or program; try again in a moment")


class DiskFullError(StoreError):
    def __init__(self) -> None:
        super().__init__("the disk is full; the last change was not saved. Free some space and try again")


class NotCreatedDiskFullError(DiskFullError):
    """A new database could not be made, or made but not opened, for want of space: nothing of
    it is left (store.database removes the file it made and SQLite's -wal and -shm beside it)."""

    def __init__(self, path: Path) -> None:
        StoreError.__init__(self, f"{path}: the disk is full, so no database was created; nothing was left behind. Free some space and try again")
        self.path = path


class ReadOnlyDatabaseError(StoreError):
    """A write to a database that cannot be written. With ``reason``: the database was
    opened read only (store.readonly) and the write was refused before SQLite was asked."""

    def __init__(self, path: Path | None = None, reason: ReadOnlyReason | None = None) -> None:
        if reason is None:
            super().__init__("the database file cannot be written (read-only file or folder)")
        else:
            super().__init__(f"{path}: is open read only ({reason.value}); this cannot be changed, nothing was written")
        self.path = path
        self.reason = reason


class UpgradeNeededReadOnlyError(DatabaseFileError):
    """An older schema this PartnerCheck cannot read without upgrading it, on a file that
    cannot be written: it is refused rather than half-read."""

    def __init__(self, path: Path, found: int, reason: ReadOnlyReason) -> None:
        super().__init__(
            path,
            f"was made by an older PartnerCheck (schema {found}) and must be upgraded before it can be read, "
            f"but it cannot be written here ({reason.value}); it was left untouched. "
            "Copy it to a writable folder and open the copy to upgrade it",
        )
        self.found = found
        self.reason = reason


class UnfinishedJournalReadOnlyError(DatabaseFileError):
    """An orphaned journal beside a database that cannot be written: SQLite could neither
    finish it nor (read-only) show the file without it."""

    def __init__(self, path: Path, journal: Path, reason: ReadOnlyReason) -> None:
        super().__init__(
            path,
            f"has an unfinished change in {journal.name} beside it that cannot be completed here ({reason.value}); "
            "both were left untouched. Copy both files to a writable folder and open the copy",
        )
        self.journal = journal
        self.reason = reason


class DiskIOError(StoreError):
    """The operating system reported a read or write failure (failing disk, network drive
    gone, USB stick pulled): the data is not known to be damaged, so no restore is advised."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path}: the disk reported a read or write error (I/O error); the last change was not saved. "
            "Check that the drive or network folder is available and try again"
        )
        self.path = path


class CannotOpenError(DatabaseFileError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, f"cannot be opened ({detail})")


class NotAFileError(CannotOpenError):
    """A folder, pipe or device where the database was looked for (--db, a recent database, one
    remembered from last time): no permission or missing folder is the matter, as the window's
    "check that the folder exists and that you may write to it" said."""


# The reasons a backup could not be made that the user is told in PartnerCheck's own words (in
# Dutch too: cli.explain, ui.database_file_messages); any other is the system's.
BACKUP_REASONS = (
    "is a file, not a folder: move or rename that file",
    "no permission to write there",
    "read-only medium or share",
    "is a link that leads to no folder (its target is gone, or it points to itself): remove the link",
)


class BackupNotMadeError(CannotOpenError):
    """The backups folder could not be made or written (a read-only folder, no permission):
    the database itself is sound and unchanged, and no upgrade or restore went ahead. A kind of
    CannotOpenError whose path is the folder ("check that you may write to it")."""

    def __init__(self, folder: Path, reason: str) -> None:
        DatabaseFileError.__init__(self, folder, f"no backup could be made there ({reason}); nothing was changed")
        self.folder = folder
        self.reason = reason


# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code keeps its
# primary code in the low byte, e.g. SQLITE_IOERR_WRITE = 778 = 10 | (3 << 8).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def translate(exc: sqlite3.Error, path: Path) -> StoreError | None:
    """The user-facing error for a known SQLite failure, or None for a bug.

    Classified by SQLite's own result code (``sqlite_errorcode``, Python 3.11+): the message
    text is for people and has changed between SQLite versions. A disk I/O error is not
    corruption, and only corruption advises restoring a backup. The text is consulted only
    when an error carries no code (raised by Python's sqlite3 module itself).
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        primary = code & 0xFF
        if primary in (SQLITE_BUSY, SQLITE_LOCKED):
            return DatabaseLockedError()
        if primary == SQLITE_FULL:
            return DiskFullError()
        if primary == SQLITE_READONLY:
            return ReadOnlyDatabaseError()
        if primary == SQLITE_NOTADB:
            return NotADatabaseError(path)
        if primary == SQLITE_CORRUPT:
            return DamagedDatabaseError(path, str(exc))
        if primary == SQLITE_IOERR:
            return io_error(path)
        if primary == SQLITE_CANTOPEN:
            return CannotOpenError(path, str(exc))
        return None
    return _translate_text(exc, path)


# Free space below which an I/O error is taken for the full disk it most likely is.
NEARLY_FULL_BYTES = 1 << 20


def io_error(path: Path) -> StoreError:
    """SQLite's I/O error, unless the disk that holds ``path`` is full: SQLite reports a -shm
    it cannot grow (opening a database in WAL, even to read it) as an I/O error
    (SQLITE_IOERR_SHMSIZE), not as SQLITE_FULL, and "check the drive" then sends the user
    looking for a fault where freeing space is the cure."""
    for folder in (path, path.parent):
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            continue
        return DiskFullError() if free < NEARLY_FULL_BYTES else DiskIOError(path)
    return DiskIOError(path)


def _translate_text(exc: sqlite3.Error, path: Path) -> StoreError | None:
    text = str(exc).lower()
    if "database is locked" in text or "database is busy" in text:
        return DatabaseLockedError()
    if "database or disk is full" in text:
        return DiskFullError()
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabaseError()
    if "file is not a database" in text:
        return NotADatabaseError(path)
    if "malformed" in text:
        return DamagedDatabaseError(path, str(exc))
    if "disk i/o error" in text:
        return io_error(path)
    if "unable to open" in text:
        return CannotOpenError(path, str(exc))
    return None


class BadBackupError(DatabaseFileError):
    """A backup that would not give back a sound PartnerCheck database."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, f"cannot be restored: {reason}; the database was not changed. Choose another backup")


def check_finding(rows: list[tuple[str]]) -> str:
    """The first finding of quick_check/integrity_check, on one line (the message is one)."""
    lines = [line.strip() for row in rows for line in str(row[0]).splitlines() if line.strip() and not line.startswith("***")]
    return f"SQLite's check found: {lines[0] if lines else '?'}"
