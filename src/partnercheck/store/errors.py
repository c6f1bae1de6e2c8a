"""Database problems a user can act on, each with a plain message.

SQLite errors that fall outside these are bugs and are left to propagate. The UI maps each
class to a translated message; ``str()`` is the English one the command line prints.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """A problem with the database the user can understand and act on."""


class UnknownAssessmentError(StoreError):
    def __init__(self, assessment_id: object) -> None:
        super().__init__(f"assessment {assessment_id}: no such assessment in this database")
        self.assessment_id = assessment_id


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

    def __init__(self, assessment_id: object, subject: str) -> None:
        super().__init__(f"assessment {assessment_id}: {subject} was changed elsewhere in the meantime; reload to see it")
        self.assessment_id = assessment_id
        self.subject = subject


class StateError(StoreError):
    pass


class DatabaseFileError(StoreError):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class NotADatabaseError(DatabaseFileError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, "is not a PartnerCheck database; it was left untouched")


class DamagedDatabaseError(DatabaseFileError):
    def __init__(self, path: Path, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(path, f"is damaged and cannot be read{extra}; it was left untouched. Restore a backup copy.")


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


class ReadOnlyDatabaseError(StoreError):
    def __init__(self) -> None:
        super().__init__("the database file cannot be written (read-only file or folder)")


class CannotOpenError(DatabaseFileError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, f"cannot be opened ({detail})")


def translate(exc: sqlite3.Error, path: Path) -> StoreError | None:
    """The user-facing error for a known SQLite failure, or None for a bug."""
    text = str(exc).lower()
    if "database is locked" in text or "database is busy" in text:
        return DatabaseLockedError()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError()
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabaseError()
    if "file is not a database" in text:
        return NotADatabaseError(path)
    if "malformed" in text or "disk i/o error" in text:
        return DamagedDatabaseError(path, str(exc))
    if "unable to open" in text:
        return CannotOpenError(path, str(exc))
    return None
