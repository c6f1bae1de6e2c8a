"""What the window says about a database file it could not open or use as it is (empty, damaged,
newer, not PartnerCheck's, a journal that does not fit, an upgrade it cannot make where the file
is) and about a backups folder it could not write: which file or folder, that it was left
untouched, what to do. ui.messages looks these up in its table with the other errors.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..store import errors
from ..store.backups import NOWHERE, UNREADABLE
from ..store.readonly import ReadOnlyReason


def read_only_reason_text(reason: ReadOnlyReason) -> str:
    """Why a database cannot be written, in the UI language (the window's banner, its errors)."""
    if reason is ReadOnlyReason.MEDIUM:
        return QCoreApplication.translate("Messages", "the drive, USB stick or network folder is read-only")
    if reason is ReadOnlyReason.FOLDER:
        return QCoreApplication.translate("Messages", "its folder is read-only")
    return QCoreApplication.translate("Messages", "the file is read-only")


def fill(template: str, *values: object) -> str:
    for n, value in enumerate(values, start=1):
        template = template.replace(f"%{n}", str(value))
    return template


def file_name(path: object) -> str:
    return Path(str(path)).name or str(path)


def empty_file(exc: errors.EmptyFileError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Empty file"), fill(
        QCoreApplication.translate(
            "Messages",
            "“%1” is an empty file (0 bytes), not a PartnerCheck database; PartnerCheck did not make it. "
            "The file was left untouched. Open another database, or create a new one under another name.\n\n%2",
        ),
        file_name(exc.path),
        exc.path,
    )


def foreign_journal(exc: errors.ForeignJournalError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Database not opened"), fill(
        QCoreApplication.translate(
            "Messages",
            "“%1” was not opened: the journal file “%2” beside it does not belong to this database, "
            "and using it could spoil the data. Both files were left untouched. "
            "Keep both files as they are and ask IT to look at them.\n\n%3",
        ),
        file_name(exc.path),
        file_name(exc.journal),
        exc.path,
    )


def upgrade_needed_read_only(exc: errors.UpgradeNeededReadOnlyError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Database from an older PartnerCheck"), fill(
        QCoreApplication.translate(
            "Messages",
            "“%1” was made by an older version of PartnerCheck and must be upgraded before it can be read, "
            "but it cannot be changed where it is (%2). The file was left untouched. "
            "Copy it to a folder you may write to and open the copy.\n\n%3",
        ),
        file_name(exc.path),
        read_only_reason_text(exc.reason),
        exc.path,
    )


def unfinished_journal_read_only(exc: errors.UnfinishedJournalReadOnlyError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Database not opened"), fill(
        QCoreApplication.translate(
            "Messages",
            "“%1” has an unfinished change in “%2” beside it, which cannot be completed where it is (%3). "
            "Both files were left untouched. Copy both to a folder you may write to and open the copy.\n\n%4",
        ),
        file_name(exc.path),
        file_name(exc.journal),
        read_only_reason_text(exc.reason),
        exc.path,
    )


def not_a_database(exc: errors.NotADatabaseError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Not a PartnerCheck database"), fill(
        QCoreApplication.translate("Messages", "“%1” is not a PartnerCheck database. The file was left untouched.\n\n%2"),
        file_name(exc.path),
        exc.path,
    )


def damaged_database(exc: errors.DamagedDatabaseError) -> tuple[str, str]:
    text = fill(
        QCoreApplication.translate(
            "Messages",
            "“%1” is damaged and cannot be read. The file was left untouched. Ask IT to restore a backup copy.\n\n%2",
        ),
        file_name(exc.path),
        exc.path,
    )
    if isinstance(exc, errors.DamagedValueError):  # a hand-edited value: which record and field, for IT
        from ..services.damaged_values import found_said
        from .dates import ui_language

        text += "\n\n" + fill(QCoreApplication.translate("Messages", "Found: %1"), found_said(exc, ui_language()))
    return QCoreApplication.translate("Messages", "Damaged database"), text


def newer_database(exc: errors.NewerDatabaseError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Database from a newer PartnerCheck"), fill(
        QCoreApplication.translate(
            "Messages",
            "“%1” was made by a newer version of PartnerCheck. The file was left untouched. Update PartnerCheck to open it.\n\n%2",
        ),
        file_name(exc.path),
        exc.path,
    )


def cannot_open(exc: errors.CannotOpenError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Database cannot be opened"), fill(
        QCoreApplication.translate(
            "Messages",
            "“%1” cannot be opened. Check that the folder exists and that you may write to it.\n\n%2",
        ),
        file_name(exc.path),
        exc,
    )


def _backup_reason(reason: str) -> str:
    """store.errors.BACKUP_REASONS in the UI language; the system's own words as they are."""
    words = {
        errors.BACKUP_REASONS[0]: QCoreApplication.translate("Messages", "it is a file, not a folder: move or rename that file"),
        errors.BACKUP_REASONS[1]: QCoreApplication.translate("Messages", "you may not write there"),
        errors.BACKUP_REASONS[2]: QCoreApplication.translate("Messages", "the drive, USB stick or network folder is read-only"),
        errors.BACKUP_REASONS[3]: QCoreApplication.translate(
            "Messages", "it is a link that leads to no folder (its target is gone, or it points to itself): remove the link"
        ),
        UNREADABLE: QCoreApplication.translate("Messages", "you may not read there"),
        NOWHERE: QCoreApplication.translate("Messages", "it is a link to a folder that is not there"),
    }
    return words.get(reason, reason)


def backups_unlisted(folder: Path, reason: str) -> str:
    """Why the Backups dialog shows none although there may be some (store.backups.unlisted_reason):
    "no backups yet" over a file named "backups" sent the user away from the cause."""
    return fill(
        QCoreApplication.translate("Messages", "The backups in the folder “%1” cannot be listed: %2."),
        file_name(folder),
        _backup_reason(reason),
    )


def backup_not_made(exc: errors.BackupNotMadeError) -> tuple[str, str]:
    # Titled as the backup, not the database: "Database cannot be opened" over a sound
    # database sent the user looking for a fault in the wrong file.
    return QCoreApplication.translate("Messages", "Backup not made"), fill(
        QCoreApplication.translate(
            "Messages",
            "No backup could be made in the folder “%1” (%2), so nothing was changed: the database is as it was. "
            "Check that the folder exists and that you may write to it, then try again.\n\n%3",
        ),
        file_name(exc.folder),
        _backup_reason(exc.reason),
        exc.folder,
    )


def not_created(exc: errors.NotCreatedDiskFullError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Disk full"), fill(
        QCoreApplication.translate(
            "Messages",
            "The disk is full, so the database “%1” could not be created; nothing of it was left behind. "
            "Free some disk space (or ask IT) and try again.",
        ),
        file_name(exc.path),
    )


def side_file(exc: errors.SideFileError) -> tuple[str, str]:
    text = (
        QCoreApplication.translate(
            "Messages",
            "“%1” was not opened: “%2” beside it is a link to another file, which SQLite does not follow. "
            "The database was left untouched. Move “%2” out of the way (it holds no data) and try again.",
        )
        if exc.link
        else QCoreApplication.translate(
            "Messages",
            "“%1” was not opened: “%2” beside it is not a regular file (it is a folder, a pipe or a device), "
            "and SQLite keeps a file of its own there. The database was left untouched. "
            "Move “%2” out of the way (it holds no data) and try again.",
        )
    )
    return QCoreApplication.translate("Messages", "Database not opened"), fill(text, file_name(exc.path), file_name(exc.side))


def not_a_file(exc: errors.NotAFileError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Database cannot be opened"), fill(
        QCoreApplication.translate(
            "Messages",
            "“%1” is not a database file: it is a folder, a pipe or a device. Nothing was opened or changed. "
            "Open a PartnerCheck database file instead.\n\n%2",
        ),
        file_name(exc.path),
        exc,
    )
