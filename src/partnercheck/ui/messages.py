"""Errors in words an officer understands, in the UI language, shown in a message box.

Store errors (store/errors.py), bad interchange files and file-system errors each get a
plain sentence that says what happened, that nothing was lost or changed, and what to do.
The technical detail follows on a separate line for whoever helps.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..store import errors
from ..store.readonly import ReadOnlyReason

if TYPE_CHECKING:
    from ..domain.interchange import InterchangeError


def read_only_reason_text(reason: ReadOnlyReason) -> str:
    """Why a database cannot be written, in the UI language (the window's banner, its errors)."""
    if reason is ReadOnlyReason.MEDIUM:
        return QCoreApplication.translate("Messages", "the drive, USB stick or network folder is read-only")
    if reason is ReadOnlyReason.FOLDER:
        return QCoreApplication.translate("Messages", "its folder is read-only")
    return QCoreApplication.translate("Messages", "the file is read-only")


def _fill(template: str, *values: object) -> str:
    for n, value in enumerate(values, start=1):
        template = template.replace(f"%{n}", str(value))
    return template


def _name(path: object) -> str:
    return Path(str(path)).name or str(path)


def describe(exc: BaseException) -> tuple[str, str]:
    """(title, text) for an error the user should be told about."""
    from ..domain.checklist_loader import ChecklistError
    from ..domain.interchange import InterchangeError  # here, not at the top: json is not needed to start
    from ..services.sealed import SealError

    if isinstance(exc, errors.DatabaseLockedError):
        # Said the same way whether a change was being saved or a database opened.
        return QCoreApplication.translate("Messages", "Database busy"), QCoreApplication.translate(
            "Messages",
            "The database is in use by another window or program, so this could not be done yet. "
            "Nothing was changed, and what you entered is still on screen. Try again in a moment.",
        )
    if isinstance(exc, errors.DiskIOError):
        return QCoreApplication.translate("Messages", "Disk error"), _fill(
            QCoreApplication.translate(
                "Messages",
                "The disk or network folder reported an error while reading or writing “%1”, so this could not be done. "
                "The database is not known to be damaged, and what you entered is still on screen. "
                "Check that the drive or network folder is available (a USB stick plugged in, the network connected), "
                "then try again.\n\n%2",
            ),
            _name(exc.path),
            exc.path,
        )
    if isinstance(exc, errors.EmptyFileError):  # before NotADatabaseError, of which it is one
        return QCoreApplication.translate("Messages", "Empty file"), _fill(
            QCoreApplication.translate(
                "Messages",
                "“%1” is an empty file (0 bytes), not a PartnerCheck database; PartnerCheck did not make it. "
                "The file was left untouched. Open another database, or create a new one under another name.\n\n%2",
            ),
            _name(exc.path),
            exc.path,
        )
    if isinstance(exc, errors.ForeignJournalError):
        return QCoreApplication.translate("Messages", "Database not opened"), _fill(
            QCoreApplication.translate(
                "Messages",
                "“%1” was not opened: the journal file “%2” beside it does not belong to this database, "
                "and using it could spoil the data. Both files were left untouched. "
                "Keep both files as they are and ask IT to look at them.\n\n%3",
            ),
            _name(exc.path),
            _name(exc.journal),
            exc.path,
        )
    if isinstance(exc, errors.BadBackupError):
        return QCoreApplication.translate("Messages", "Backup not restored"), _fill(
            QCoreApplication.translate(
                "Messages",
                "“%1” cannot be used to restore the database, so the database was not changed. Choose another backup.\n\nDetails: %2",
            ),
            _name(exc.path),
            exc,
        )
    if isinstance(exc, errors.DiskFullError):
        return QCoreApplication.translate("Messages", "Disk full"), QCoreApplication.translate(
            "Messages",
            "The disk is full, so the last change could not be saved. What you entered is still on screen. "
            "Free some disk space (or ask IT) and try again.",
        )
    if isinstance(exc, errors.ReadOnlyDatabaseError) and exc.reason is not None:
        return QCoreApplication.translate("Messages", "Database is read only"), _fill(
            QCoreApplication.translate(
                "Messages",
                "This database was opened read only (%1), so nothing can be changed in it; nothing was changed. "
                "To work in it, copy it to a folder you may write to and open the copy.\n\n%2",
            ),
            read_only_reason_text(exc.reason),
            exc.path,
        )
    if isinstance(exc, errors.UpgradeNeededReadOnlyError):
        return QCoreApplication.translate("Messages", "Database from an older PartnerCheck"), _fill(
            QCoreApplication.translate(
                "Messages",
                "“%1” was made by an older version of PartnerCheck and must be upgraded before it can be read, "
                "but it cannot be changed where it is (%2). The file was left untouched. "
                "Copy it to a folder you may write to and open the copy.\n\n%3",
            ),
            _name(exc.path),
            read_only_reason_text(exc.reason),
            exc.path,
        )
    if isinstance(exc, errors.UnfinishedJournalReadOnlyError):
        return QCoreApplication.translate("Messages", "Database not opened"), _fill(
            QCoreApplication.translate(
                "Messages",
                "“%1” has an unfinished change in “%2” beside it, which cannot be completed where it is (%3). "
                "Both files were left untouched. Copy both to a folder you may write to and open the copy.\n\n%4",
            ),
            _name(exc.path),
            _name(exc.journal),
            read_only_reason_text(exc.reason),
            exc.path,
        )
    if isinstance(exc, errors.ReadOnlyDatabaseError):
        return QCoreApplication.translate("Messages", "Database cannot be changed"), QCoreApplication.translate(
            "Messages",
            "PartnerCheck may not write to the database file (it is read-only). What you entered is still on screen. "
            "Ask IT to check the file's permissions.",
        )
    if isinstance(exc, errors.NotADatabaseError):
        return QCoreApplication.translate("Messages", "Not a PartnerCheck database"), _fill(
            QCoreApplication.translate("Messages", "“%1” is not a PartnerCheck database. The file was left untouched.\n\n%2"),
            _name(exc.path),
            exc.path,
        )
    if isinstance(exc, errors.DamagedDatabaseError):
        return QCoreApplication.translate("Messages", "Damaged database"), _fill(
            QCoreApplication.translate(
                "Messages",
                "“%1” is damaged and cannot be read. The file was left untouched. Ask IT to restore a backup copy.\n\n%2",
            ),
            _name(exc.path),
            exc.path,
        )
    if isinstance(exc, errors.NewerDatabaseError):
        return QCoreApplication.translate("Messages", "Database from a newer PartnerCheck"), _fill(
            QCoreApplication.translate(
                "Messages",
                "“%1” was made by a newer version of PartnerCheck. The file was left untouched. Update PartnerCheck to open it.\n\n%2",
            ),
            _name(exc.path),
            exc.path,
        )
    if isinstance(exc, errors.CannotOpenError):
        return QCoreApplication.translate("Messages", "Database cannot be opened"), _fill(
            QCoreApplication.translate(
                "Messages",
                "“%1” cannot be opened. Check that the folder exists and that you may write to it.\n\n%2",
            ),
            _name(exc.path),
            exc,
        )
    if isinstance(exc, errors.ConflictError):
        return QCoreApplication.translate("Messages", "Changed elsewhere"), QCoreApplication.translate(
            "Messages",
            "This was changed in another window or program in the meantime, so your change was not saved. "
            "The screen now shows the saved version; text you typed in a note is still in the field. "
            "Check it, then choose or type again.",
        )
    if isinstance(exc, errors.FinalAssessmentError):
        return QCoreApplication.translate("Messages", "Assessment is final"), QCoreApplication.translate(
            "Messages",
            "This assessment is final and locked, so it cannot be changed. To change it, make a new revision (Assessment › New revision).",
        )
    if isinstance(exc, errors.StateError):
        return QCoreApplication.translate("Messages", "Step not possible"), QCoreApplication.translate(
            "Messages",
            "This step is not possible at the assessment's current stage; it may have been changed in another window. "
            "The screen now shows the current stage.",
        )
    if isinstance(exc, errors.InBinError):
        return QCoreApplication.translate("Messages", "Assessment deleted"), QCoreApplication.translate(
            "Messages", "This assessment has been deleted (it is in the bin). Restore it before changing it."
        )
    if isinstance(exc, errors.UnknownAssessmentError):
        return QCoreApplication.translate("Messages", "Assessment not found"), QCoreApplication.translate(
            "Messages", "This assessment is no longer in the database. It may have been deleted in another window."
        )
    if isinstance(exc, errors.StoreError):
        return QCoreApplication.translate("Messages", "Database problem"), _fill(
            QCoreApplication.translate("Messages", "The database reported a problem; the change was not saved.\n\nDetails: %1"), exc
        )
    if isinstance(exc, InterchangeError):
        return QCoreApplication.translate("Messages", "File not imported"), _interchange_text(exc)
    if isinstance(exc, SealError):
        if exc.kind == "not-supported":
            text = QCoreApplication.translate("Messages", "“%1” was encrypted by a newer PartnerCheck, or it is damaged. Nothing was imported.")
        else:
            text = QCoreApplication.translate(
                "Messages",
                "“%1” cannot be decrypted: the passphrase is wrong, or the file was changed after it was encrypted. Nothing was imported.",
            )
        return QCoreApplication.translate("Messages", "File not imported"), _fill(text, _name(exc.source))
    if isinstance(exc, ChecklistError):
        lead = _fill(QCoreApplication.translate("Messages", "“%1” is not a checklist PartnerCheck can use. Nothing was installed."), _name(exc.file))
        detail = _fill(
            QCoreApplication.translate("Messages", "Details for whoever made the file: %1"), f"{exc.key}: {exc.message}" if exc.key else exc.message
        )
        return QCoreApplication.translate("Messages", "Checklist not installed"), f"{lead}\n\n{detail}"
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Messages", "File problem"), _fill(
            QCoreApplication.translate("Messages", "“%1” could not be read or written: %2"), _name(exc.filename or ""), exc.strerror or exc
        )
    return QCoreApplication.translate("Messages", "Unexpected problem"), str(exc)


def _interchange_text(exc: InterchangeError) -> str:
    name = _name(exc.file)
    field = exc.field
    if field == "format" or (not field and ("JSON" in exc.message or "UTF-8" in exc.message)):
        lead = _fill(QCoreApplication.translate("Messages", "“%1” is not a PartnerCheck assessment file, or it is damaged."), name)
    elif field == "format_version":
        lead = _fill(
            QCoreApplication.translate("Messages", "“%1” was made by a newer version of PartnerCheck. Update PartnerCheck to import it."), name
        )
    elif field.startswith("checklist"):
        lead = _fill(QCoreApplication.translate("Messages", "“%1” uses a checklist version this PartnerCheck does not have."), name)
    else:
        lead = _fill(QCoreApplication.translate("Messages", "“%1” contains information PartnerCheck cannot accept."), name)
    nothing = QCoreApplication.translate("Messages", "Nothing was imported; your assessments are unchanged.")
    detail = _fill(
        QCoreApplication.translate("Messages", "Details for whoever sent the file: %1"), f"{field}: {exc.message}" if field else exc.message
    )
    return f"{lead} {nothing}\n\n{detail}"


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    title, text = describe(exc)
    QMessageBox.warning(parent, title, text)
