"""A refusal as the command line prints it, in the run's language: the shape of the window's
messages (ui/messages.py) on one line. First what happened, naming the file, and that nothing
was changed; then, after "Details:", the technical text exactly as the service raised it (the
field path and the schema's message), for whoever made the file.

The services and the store raise English (``str(exc)``); the words are chosen here, where the
command line prints them, from the error's kind and its attributes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.checklist import ChecklistError
from ..domain.interchange_parser import InterchangeError
from ..services.sealed import SealError
from ..store import errors

if TYPE_CHECKING:
    from ..domain.refusal import Refusal
    from ..store.readonly import ReadOnlyReason
from .words import language, nt, t


def explained(command: str, exc: Exception, *, one_of_many: bool = False) -> str:
    """The line after ``partnercheck COMMAND:``. ``one_of_many``: a file refused in an import
    of several, where the others may have been stored."""
    if isinstance(exc, InterchangeError):
        return _interchange(command, exc, one_of_many)
    if isinstance(exc, SealError):
        return _sealed(command, exc, one_of_many)
    if isinstance(exc, ChecklistError):
        lead = t("“{file}” is not a checklist PartnerCheck can use. Nothing was installed.", file=_name(exc.file))
        return _with_details(lead, exc)
    if isinstance(exc, errors.StoreError):
        return _store(exc)
    return str(exc)  # UsageError: the command's own words, already in the run's language


def _name(path: object) -> str:
    return Path(str(path)).name or str(path)


def _with_details(lead: str, exc: Exception) -> str:
    return t("{lead} Details: {detail}", lead=lead, detail=str(exc))


def _unchanged(command: str, one_of_many: bool = False) -> str:
    if one_of_many:
        return t("This file was not imported.")
    if command == "import":
        return t("Nothing was imported; your assessments are unchanged.")
    return t("Nothing was changed.")


def _interchange(command: str, exc: InterchangeError, one_of_many: bool) -> str:
    name, kind = _name(exc.file), exc.kind
    if kind == "not-ours":
        lead = t("“{file}” is not a PartnerCheck assessment file, or it is damaged.", file=name)
    elif kind == "newer":
        lead = t("“{file}” was made by a newer version of PartnerCheck. Update PartnerCheck to import it.", file=name)
    elif kind == "checklist":
        lead = t("“{file}” uses a checklist version this PartnerCheck does not have.", file=name)
    elif kind == "misfit":
        lead = _misfit(name, exc)
    else:
        lead = t("“{file}” contains information PartnerCheck cannot accept.", file=name)
    return _with_details(f"{lead} {_unchanged(command, one_of_many)}", exc)


def _misfit(name: str, exc: InterchangeError) -> str:
    """A final assessment whose answer does not fit its tie: the question and the answer (its
    label in the run's language), and why, so the sender knows what to correct."""
    from ..domain.interchange import MisfitImportError  # here: most commands never read a file

    assert isinstance(exc, MisfitImportError)  # the only error of kind "misfit"
    values = {"file": name, "question": exc.question, "answer": exc.answer.get(language()), "year": exc.misfit.entered_before}
    if exc.misfit.since is None:
        return t(
            "“{file}” holds a final assessment whose answer to question {question}, “{answer}”, does not fit the tie: "
            "it is meant for a tie entered before {year}, and this tie is only proposed. PartnerCheck does not approve "
            "such an assessment, so it does not take it in as approved either; ask the sender to correct the answer or "
            "the tie's details.",
            **values,
        )
    return t(
        "“{file}” holds a final assessment whose answer to question {question}, “{answer}”, does not fit the tie: "
        "it is meant for a tie entered before {year}, and this tie dates from {since}. PartnerCheck does not approve "
        "such an assessment, so it does not take it in as approved either; ask the sender to correct the answer or "
        "the tie's year.",
        since=exc.misfit.since,
        **values,
    )


def _sealed(command: str, exc: SealError, one_of_many: bool) -> str:
    if exc.kind == "not-supported":
        lead = t("“{file}” was encrypted by a newer PartnerCheck, or it is damaged.", file=_name(exc.source))
    elif exc.kind == "wrong-or-changed":
        lead = t("“{file}” cannot be decrypted: the passphrase is wrong, or the file was changed after it was encrypted.", file=_name(exc.source))
    else:
        # The passphrase's own problems (too short, none given, an empty file): the service
        # says them in full in both languages; the one of this run is the message.
        return f"{exc.source}: {exc.dutch if language() == 'nl' else exc.english}"
    return _with_details(f"{lead} {_unchanged(command, one_of_many)}", exc)  # the detail: the service's words, in both languages


def _store(exc: errors.StoreError) -> str:
    """English: the store's own message, which already says what happened and what to do.
    Dutch: the same said in Dutch for the kinds a user meets at the command line; the others
    get a Dutch lead and the English as the detail."""
    if isinstance(exc, errors.MisfitApprovalError):  # both languages: the store's English lacks "Nothing was changed"
        return nt(
            "assessment {id}: the answer to {questions} does not fit the tie (it is meant for an older tie); "
            "correct the answer or the tie's year before making it final. Nothing was changed.",
            "assessment {id}: the answers to {questions} do not fit the tie (they are meant for an older tie); "
            "correct the answers or the tie's year before making it final. Nothing was changed.",
            len(exc.questions),
            id=exc.assessment_id,
            questions=", ".join(exc.questions),
        )
    if language() == "en":
        return str(exc)
    if isinstance(exc, errors.UnknownAssessmentError):
        return t("assessment {id}: no such assessment in this database", id=exc.assessment_id)
    if isinstance(exc, errors.UnknownTieError):
        return t("tie {tie}: no such tie in this database (see 'partnercheck portfolio')", tie=exc.tie)
    if isinstance(exc, errors.FinalAssessmentError):
        return t("assessment {id}: is final and locked; start a new revision to change it", id=exc.assessment_id)
    if isinstance(exc, errors.InBinError):
        return t("assessment {id}: is in the bin; restore it first", id=exc.assessment_id)
    if isinstance(exc, errors.StateError) and exc.reason is not None:
        return t("assessment {id}: {reason}", id=exc.assessment_id, reason=_refusal(exc.reason))
    if isinstance(exc, errors.StateError):  # only a final assessment keeps its approved report
        return _with_details(t("This can be done only for a final assessment; nothing was changed."), exc)
    if isinstance(exc, errors.TieConflictError):
        return t("tie {tie}: its details were changed elsewhere in the meantime, so nothing was changed; read them again", tie=exc.tie_id)
    if isinstance(exc, errors.ConflictError):
        return t("assessment {id}: this was changed elsewhere in the meantime, so nothing was changed; run it again", id=exc.assessment_id)
    if isinstance(exc, errors.ReadOnlyDatabaseError) and exc.reason is not None:
        return t("{file}: is open read only ({reason}); this cannot be changed, nothing was written", file=exc.path, reason=_read_only(exc.reason))
    if isinstance(exc, errors.ReadOnlyDatabaseError):
        return t("the database file cannot be written (read-only file or folder)")
    if isinstance(exc, errors.DiskIOError):
        lead = t("The disk reported a read or write error; the last change was not saved. Check the drive or network folder and try again.")
        return _with_details(lead, exc)
    if isinstance(exc, errors.DatabaseLockedError):
        return t("the database is busy in another window or program; try again in a moment")
    if isinstance(exc, errors.NotCreatedDiskFullError):
        return t("{file}: the disk is full, so no database was created; nothing was left behind. Free some space and try again", file=exc.path)
    if isinstance(exc, errors.DiskFullError):
        return t("the disk is full; the last change was not saved. Free some space and try again")
    if isinstance(exc, errors.BackupNotMadeError):
        return t("{folder}: no backup could be made there ({reason}); nothing was changed", folder=exc.folder, reason=backup_reason(exc.reason))
    if isinstance(exc, errors.BadBackupError):
        lead = t("“{file}” cannot be used to restore the database, so the database was not changed. Choose another backup.", file=_name(exc.path))
        return _with_details(lead, exc)
    if isinstance(exc, errors.SideFileError) and exc.link:
        return t(
            "{file}: {side} beside it is a link to another file, which SQLite does not follow; SQLite never makes one. "
            "The database was left untouched: move {name} out of the way (it holds no data) and try again",
            file=exc.path,
            side=exc.side,
            name=exc.side.name,
        )
    if isinstance(exc, errors.SideFileError):
        return t(
            "{file}: {side} beside it is not a regular file (a folder, pipe or device); SQLite never makes one. "
            "The database was left untouched: move {name} out of the way (it holds no data) and try again",
            file=exc.path,
            side=exc.side,
            name=exc.side.name,
        )
    if isinstance(exc, errors.DamagedValueError):  # a hand-edited value: the record and field in the run's language
        from ..services.damaged_values import found_said

        return t(
            "{file}: is damaged and cannot be read ({found}); it was left untouched. Restore a backup copy.",
            file=exc.path,
            found=errors.one_line(found_said(exc, language())),
        )
    if isinstance(exc, errors.DatabaseFileError):
        return _with_details(t("The database “{file}” cannot be used as it is; it was left untouched.", file=_name(exc.path)), exc)
    return _with_details(t("This cannot be done; nothing was changed."), exc)


def _refusal(reason: Refusal) -> str:
    """The rules' refusal in the run's language, a state it names in the reader's word."""
    from ..domain.refusal import said
    from .codes import word

    return said(language(), reason.msgid, {name: word(value) if isinstance(value, str) else value for name, value in reason.values.items()})


def backup_reason(reason: str) -> str:
    """store.errors.BACKUP_REASONS in the run's language; the system's own words as they are
    (also why the backups cannot be listed: `partnercheck backups`)."""
    words = {
        "is a file, not a folder: move or rename that file": t("is a file, not a folder: move or rename that file"),
        "no permission to write there": t("no permission to write there"),
        "read-only medium or share": t("read-only medium or share"),
        "no permission to read there": t("no permission to read there"),
        "is a link to a folder that is not there": t("is a link to a folder that is not there"),
        errors.BACKUP_REASONS[3]: t("is a link that leads to no folder (its target is gone, or it points to itself): remove the link"),
    }
    return words.get(reason, reason)


def _read_only(reason: ReadOnlyReason) -> str:
    words = {
        "read-only medium or share": t("read-only medium or share"),
        "read-only folder": t("read-only folder"),
        "read-only file": t("read-only file"),
    }
    return words.get(reason.value, reason.value)
