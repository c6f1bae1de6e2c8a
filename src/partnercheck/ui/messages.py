"""Errors in words an officer understands, in the UI language, shown in a message box.

Store errors (store/errors.py), bad interchange files and file-system errors each get a
plain sentence that says what happened, that nothing was lost or changed, and what to do.
The technical detail follows on a separate line for whoever helps. One builder per kind of
error, looked up in ``message_table()`` (most specific kind first; a test checks the order and
that every store error has a row).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..store import errors
from .database_file_messages import (
    backup_not_made,
    cannot_open,
    damaged_database,
    empty_file,
    foreign_journal,
    newer_database,
    not_a_database,
    not_a_file,
    not_created,
    read_only_reason_text,
    side_file,
    unfinished_journal_read_only,
    upgrade_needed_read_only,
)
from .database_file_messages import (
    file_name as _name,
)
from .database_file_messages import (
    fill as _fill,
)

if TYPE_CHECKING:
    from ..domain.checklist_loader import ChecklistError
    from ..domain.interchange import InterchangeError
    from ..services.sealed import SealError


def _database_locked(exc: errors.DatabaseLockedError) -> tuple[str, str]:
    # Said the same way whether a change was being saved or a database opened.
    return QCoreApplication.translate("Messages", "Database busy"), QCoreApplication.translate(
        "Messages",
        "The database is in use by another window or program, so this could not be done yet. "
        "Nothing was changed, and what you entered is still on screen. Try again in a moment.",
    )


def _disk_io(exc: errors.DiskIOError) -> tuple[str, str]:
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


def _bad_backup(exc: errors.BadBackupError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Backup not restored"), _fill(
        QCoreApplication.translate(
            "Messages",
            "“%1” cannot be used to restore the database, so the database was not changed. Choose another backup.\n\nDetails: %2",
        ),
        _name(exc.path),
        exc,
    )


def _disk_full(exc: errors.DiskFullError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Disk full"), QCoreApplication.translate(
        "Messages",
        "The disk is full, so the last change could not be saved. What you entered is still on screen. "
        "Free some disk space (or ask IT) and try again.",
    )


def _read_only(exc: errors.ReadOnlyDatabaseError) -> tuple[str, str]:
    if exc.reason is not None:  # opened read only: why, and what to do
        return QCoreApplication.translate("Messages", "Database is read only"), _fill(
            QCoreApplication.translate(
                "Messages",
                "This database was opened read only (%1), so nothing can be changed in it; nothing was changed. "
                "To work in it, copy it to a folder you may write to and open the copy.\n\n%2",
            ),
            read_only_reason_text(exc.reason),
            exc.path,
        )
    return QCoreApplication.translate("Messages", "Database cannot be changed"), QCoreApplication.translate(
        "Messages",
        "PartnerCheck may not write to the database file (it is read-only). What you entered is still on screen. "
        "Ask IT to check the file's permissions.",
    )


def _conflict(exc: errors.ConflictError) -> tuple[str, str]:
    # Named by what conflicted (ConflictError.what): only an answer has a note and options.
    title = QCoreApplication.translate("Messages", "Changed elsewhere")
    if exc.what == "details":
        return title, QCoreApplication.translate(
            "Messages",
            "The partnership details were changed in another window or program in the meantime, so your change was not saved. "
            "The screen now shows the saved details. Open the details again to make your change.",
        )
    if exc.what == "tie":
        return title, QCoreApplication.translate(
            "Messages",
            "The details of this tie were changed in another window or program in the meantime, so your change was not saved. "
            "Open the tie again to see the saved details and make your change.",
        )
    if exc.what == "action":
        return title, QCoreApplication.translate(
            "Messages",
            "This action was changed or removed in another window or program in the meantime, so your change was not saved. "
            "The action plan now shows the saved actions. Check it, then make your change again.",
        )
    return title, QCoreApplication.translate(
        "Messages",
        "This answer was changed in another window or program in the meantime, so your change was not saved. "
        "The screen now shows the saved answer; text you typed in a note is still in the field. "
        "Check it, then choose or type again.",
    )


def _final_assessment(exc: errors.FinalAssessmentError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Assessment is final"), QCoreApplication.translate(
        "Messages",
        "This assessment is final and locked, so it cannot be changed. To change it, make a new revision (Assessment › New revision).",
    )


def _state(exc: errors.StateError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Step not possible"), QCoreApplication.translate(
        "Messages",
        "This step is not possible at the assessment's current stage; it may have been changed in another window. "
        "The screen now shows the current stage.",
    )


def _in_bin(exc: errors.InBinError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Assessment deleted"), QCoreApplication.translate(
        "Messages", "This assessment has been deleted (it is in the bin). Restore it before changing it."
    )


def _unknown_assessment(exc: errors.UnknownAssessmentError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Assessment not found"), QCoreApplication.translate(
        "Messages", "This assessment is no longer in the database. It may have been deleted in another window."
    )


def _unknown_tie(exc: errors.UnknownTieError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Tie not found"), QCoreApplication.translate(
        "Messages", "This tie is no longer in the database. It may have been merged or removed in another window."
    )


def _other_store_error(exc: errors.StoreError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "Database problem"), _fill(
        QCoreApplication.translate("Messages", "The database reported a problem; the change was not saved.\n\nDetails: %1"), exc
    )


def _interchange(exc: InterchangeError) -> tuple[str, str]:
    return QCoreApplication.translate("Messages", "File not imported"), _interchange_text(exc)


def _sealed(exc: SealError) -> tuple[str, str]:
    if exc.kind == "not-supported":
        text = QCoreApplication.translate("Messages", "“%1” was encrypted by a newer PartnerCheck, or it is damaged. Nothing was imported.")
    else:
        text = QCoreApplication.translate(
            "Messages",
            "“%1” cannot be decrypted: the passphrase is wrong, or the file was changed after it was encrypted. Nothing was imported.",
        )
    return QCoreApplication.translate("Messages", "File not imported"), _fill(text, _name(exc.source))


def _checklist(exc: ChecklistError) -> tuple[str, str]:
    lead = _fill(QCoreApplication.translate("Messages", "“%1” is not a checklist PartnerCheck can use. Nothing was installed."), _name(exc.file))
    detail = _fill(
        QCoreApplication.translate("Messages", "Details for whoever made the file: %1"), f"{exc.key}: {exc.message}" if exc.key else exc.message
    )
    return QCoreApplication.translate("Messages", "Checklist not installed"), f"{lead}\n\n{detail}"


def _file_problem(exc: OSError) -> tuple[str, str]:
    from ..services.files import FileTooLarge, NotARegularFile, ProtectedFile, ReadOnlyFile

    if isinstance(exc, ProtectedFile):  # the database in use, chosen as the file to write
        text = QCoreApplication.translate("Messages", "“%1” is a file PartnerCheck is using. Nothing was written over it: choose another name.")
        return QCoreApplication.translate("Messages", "File problem"), _fill(text, _name(exc.filename or ""))
    if isinstance(exc, ReadOnlyFile):  # its owner made it read-only: kept as it is
        text = QCoreApplication.translate("Messages", "“%1” is read-only; choose another name. Nothing was written.")
        return QCoreApplication.translate("Messages", "File problem"), _fill(text, _name(exc.filename or ""))

    if isinstance(exc, FileTooLarge) and exc.limit >= 1024 * 1024:  # said by PartnerCheck, so in the user's language
        text = QCoreApplication.translate("Messages", "“%1” is larger than the %2 MiB PartnerCheck reads from a file of this kind. Nothing was read.")
        return QCoreApplication.translate("Messages", "File problem"), _fill(text, _name(exc.filename or ""), exc.limit // 1024 // 1024)
    if isinstance(exc, NotARegularFile | FileTooLarge):
        text = (
            QCoreApplication.translate("Messages", "“%1” is not a regular file (it is a folder, a pipe or a device). Choose a file.")
            if isinstance(exc, NotARegularFile)
            else QCoreApplication.translate("Messages", "“%1” is larger than PartnerCheck reads from a file of this kind. Nothing was read.")
        )
        return QCoreApplication.translate("Messages", "File problem"), _fill(text, _name(exc.filename or ""))
    return QCoreApplication.translate("Messages", "File problem"), _fill(
        QCoreApplication.translate("Messages", "“%1” could not be read or written: %2"), _name(exc.filename or ""), exc.strerror or exc
    )


def describe(exc: BaseException) -> tuple[str, str]:
    """(title, text) for an error the user should be told about: the first row of the table
    whose kind the error is (a subclass before its base: the order is tested)."""
    for kind, builder in message_table():
        if isinstance(exc, kind):
            return builder(exc)
    return QCoreApplication.translate("Messages", "Unexpected problem"), str(exc)


Builder = Callable[[Any], tuple[str, str]]

# Store errors: what happened, that nothing was lost or changed, what to do.
_STORE_MESSAGES: tuple[tuple[type[BaseException], Builder], ...] = (
    (errors.DatabaseLockedError, _database_locked),
    (errors.DiskIOError, _disk_io),
    (errors.EmptyFileError, empty_file),  # before NotADatabaseError, of which it is one
    (errors.ForeignJournalError, foreign_journal),
    (errors.SideFileError, side_file),
    (errors.BadBackupError, _bad_backup),
    (errors.NotCreatedDiskFullError, not_created),  # before DiskFullError: nothing was being changed
    (errors.DiskFullError, _disk_full),
    (errors.ReadOnlyDatabaseError, _read_only),
    (errors.UpgradeNeededReadOnlyError, upgrade_needed_read_only),
    (errors.UnfinishedJournalReadOnlyError, unfinished_journal_read_only),
    (errors.NotADatabaseError, not_a_database),
    (errors.DamagedValueError, damaged_database),
    (errors.DamagedDatabaseError, damaged_database),
    (errors.NewerDatabaseError, newer_database),
    (errors.BackupNotMadeError, backup_not_made),  # before CannotOpenError: the backups folder, not the database
    (errors.NotAFileError, not_a_file),  # before CannotOpenError, of which it is one
    (errors.CannotOpenError, cannot_open),
    (errors.TieConflictError, _conflict),  # before ConflictError, of which it is one
    (errors.ConflictError, _conflict),
    (errors.FinalAssessmentError, _final_assessment),
    (errors.StateError, _state),
    (errors.InBinError, _in_bin),
    (errors.UnknownAssessmentError, _unknown_assessment),
    (errors.UnknownTieError, _unknown_tie),
    (errors.StoreError, _other_store_error),
)


def message_table() -> tuple[tuple[type[BaseException], Builder], ...]:
    """Every kind of error the window explains, most specific first, with its message builder."""
    from ..domain.checklist_loader import ChecklistError
    from ..domain.interchange import InterchangeError, MisfitImportError  # here, not at the top: json is not needed to start
    from ..domain.plain_text import TextRefused
    from ..services.sealed import SealError
    from .fit_refusal import misfit_import_refused, misfit_refused
    from .text_rules import refused_message

    return (
        (errors.MisfitApprovalError, misfit_refused),  # before StateError, of which it is one
        *_STORE_MESSAGES,
        (MisfitImportError, misfit_import_refused),  # before InterchangeError, of which it is one
        (InterchangeError, _interchange),
        (SealError, _sealed),
        (ChecklistError, _checklist),
        (TextRefused, refused_message),
        (OSError, _file_problem),
    )


def _interchange_text(exc: InterchangeError) -> str:
    name = _name(exc.file)
    field = exc.field
    if exc.kind == "not-ours":
        lead = _fill(QCoreApplication.translate("Messages", "“%1” is not a PartnerCheck assessment file, or it is damaged."), name)
    elif exc.kind == "newer":
        lead = _fill(
            QCoreApplication.translate("Messages", "“%1” was made by a newer version of PartnerCheck. Update PartnerCheck to import it."), name
        )
    elif exc.kind == "checklist":
        lead = _fill(QCoreApplication.translate("Messages", "“%1” uses a checklist version this PartnerCheck does not have."), name)
    else:
        lead = _fill(QCoreApplication.translate("Messages", "“%1” contains information PartnerCheck cannot accept."), name)
    nothing = QCoreApplication.translate("Messages", "Nothing was imported; your assessments are unchanged.")
    detail = _fill(
        QCoreApplication.translate("Messages", "Details for whoever sent the file: %1"), f"{field}: {exc.message}" if field else exc.message
    )
    return f"{lead} {nothing}\n\n{detail}"


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox  # its type costs start-up ~1 ms: loaded when a message is shown

    title, text = describe(exc)
    QMessageBox.warning(parent, title, text)
