"""What every command shares: exit status, the one-line error, the store, ids, JSON output,
writing a file."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as _dt

from .words import nt, reason, t

if TYPE_CHECKING:
    from ..services.importing import ImportMode
    from ..store import AssessmentStore

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad input found by the command itself; printed as one line, exit status 2."""


class NoDatabaseError(UsageError):
    """The command reads a database that is not there; nothing was created."""


def open_store(args: argparse.Namespace, *, create: bool = False) -> AssessmentStore:
    """The store at ``--db`` (or the default). Only a command that stores something new may
    create the file: a mistyped path must not leave an empty database (and folders) behind."""
    # Through the module, not a name bound at import: a test may replace the wiring.
    from ..services import workspace

    path = database_path(args)
    if not create and not path.exists() and not path.is_symlink():
        raise NoDatabaseError(t("{path}: no PartnerCheck database here (nothing was created; 'partnercheck import FILE' starts one)", path=path))
    store = workspace.open_store(path)
    _opened.append(store)
    if store.network is not None:
        note_network(path, store.network)
    _warn_if_readable_by_others(path)
    return store


# Stores the running command opened: closed when it ends (runner), so a database held
# exclusively on a network share is let go even when the command runs inside another program.
_opened: list[AssessmentStore] = []


def close_stores() -> None:
    while _opened:
        _opened.pop().close()


def note_network(path: Path, share: str) -> None:
    """A database on a network share is held exclusively while the command runs (store.network):
    said on stderr, so the output stays clean for scripts."""
    print(
        t(
            "partnercheck: note: {path} is on a network share ({share}); it is opened with a rollback journal "
            "and held exclusively, so one PC at a time can use it",
            path=path,
            share=share,
        ),
        file=sys.stderr,
    )


def database_path(args: argparse.Namespace) -> Path:
    """``--db`` as given, else the default. An empty ``--db ""`` (an unset shell variable) is
    refused rather than read as "the default": the command would silently work on another
    database than the one meant."""
    from ..paths import resolve_database_path

    if args.db is not None and not str(args.db).strip():
        raise UsageError(t("--db '': give the name of a database file (leave --db out for the default database)"))
    if args.db == ":memory:":
        raise UsageError(t("--db ':memory:' is SQLite's name for a database kept only in memory, where nothing is kept; give a file name"))
    return resolve_database_path(args.db)


def _warn_if_readable_by_others(path: Path) -> None:
    """The database is not encrypted (docs/privacy.md): say so when other users can read it."""
    from ..services.exposure import readable_by_others

    found = readable_by_others(path)
    if found:
        from ..services.exposure import Who

        first = found[0]
        if first.who is Who.OTHERS:
            what = t("{path} can be read by every user of this computer (chmod 600 the file, chmod 700 its folder)", path=first.path)
        else:
            what = t("{path} can be read by the members of its group (chmod 600 the file, chmod 700 its folder)", path=first.path)
        if len(found) > 1:
            what = t("{finding} (and {n} more of its files)", finding=what, n=len(found) - 1)
        print(t("partnercheck: note: {finding}; the database is not encrypted", finding=what), file=sys.stderr)


def assessment_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise UsageError(t("assessment {text}: an assessment id is a whole number (see 'partnercheck list')", text=repr(text))) from None
    if value < 1:
        raise UsageError(t("assessment {text}: no such assessment", text=text))
    return value


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def writing(path: Path, write: Callable[[], None]) -> None:
    """Run ``write`` (an atomic write of ``path`` by a service); an unwritable target is one
    line and exit status 2, not a traceback."""
    try:
        write()
    except OSError as exc:
        from ..services.files import NotARegularFile, ProtectedFile, ReadOnlyFile

        # A file refused before writing is named as it was found (the register's metadata.json
        # beside --out); other errors may carry a hidden temporary's name: the user's is said.
        named = exc.filename if isinstance(exc, NotARegularFile | ProtectedFile | ReadOnlyFile) and exc.filename else path
        raise UsageError(t("{path}: cannot be written ({reason})", path=named, reason=reason(exc))) from None


def check_target(path: Path) -> None:
    """Refuse a target ``writing`` would refuse (read-only, a link, a pipe, a folder) before
    the work: a report renders for seconds, and a note on personal data about a file that is
    then not written only confuses. The write checks again (the file may change meanwhile)."""
    from ..services.files import check_replaceable

    writing(path, lambda: check_replaceable(path))


def refuse_empty_out(args: argparse.Namespace) -> None:
    """An ``--out`` that is empty (an unset shell variable, ``--out "$FILE"``) is refused: read
    as "no --out", the file went to standard output and the officer thought it written."""
    if args.out is not None and not args.out.strip():
        raise UsageError(t("--out {value}: give the name of the file to write (leave --out out for standard output)", value=repr(args.out)))


def passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase in ``--passphrase-file`` (never an argument itself: it would show in the
    process list and the shell history), or None without the option."""
    from ..services.sealed import read_passphrase_file

    name = getattr(args, "passphrase_file", None)
    if name is None:
        return None
    from ..services.files import protect

    try:
        secret = read_passphrase_file(name)
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(t("--passphrase-file {name}: cannot be read ({reason})", name=name, reason=reason(exc))) from None
    protect(name, "the passphrase file (--passphrase-file)", "het bestand met de wachtwoordzin")
    return secret


def import_mode(args: argparse.Namespace) -> ImportMode:
    """What to do with an assessment already in the database (same uuid, other content)."""
    from ..services.importing import ImportMode

    return ImportMode.AS_NEW if args.as_new else ImportMode.REPLACE if args.replace else ImportMode.REFUSE


def note_personal_data(command: str) -> None:
    """docs/privacy.md: a file written to travel holds names and notes in the clear unless it
    is encrypted; said on stderr."""
    print(
        t(
            "partnercheck {command}: note: this file holds names and notes (personal data) and is not encrypted; --passphrase-file FILE encrypts it",
            command=command,
        ),
        file=sys.stderr,
    )


def warn_refused_on_import(command: str, refused: tuple[tuple[int, tuple[str, ...]], ...], *, tie: bool = False) -> None:
    """A file just written that another PartnerCheck will refuse on import (services.transfer:
    a final assessment whose answer does not fit its tie), said on stderr, one line per
    assessment: standard output may be the file itself. ``tie``: a tie file, refused whole."""
    for assessment, questions in refused:
        if tie:
            text = nt(
                "partnercheck {command}: warning: assessment {id} is final, but its answer to question {questions} does not fit the tie "
                "(it is meant for an older tie); another PartnerCheck will refuse this tie file, with all its assessments, on import. "
                "The file was written; correct the tie's details, or the answer in a new revision.",
                "partnercheck {command}: warning: assessment {id} is final, but its answers to questions {questions} do not fit the tie "
                "(they are meant for an older tie); another PartnerCheck will refuse this tie file, with all its assessments, on import. "
                "The file was written; correct the tie's details, or the answers in a new revision.",
                len(questions),
                command=command,
                id=assessment,
                questions=", ".join(questions),
            )
        else:
            text = nt(
                "partnercheck {command}: warning: assessment {id} is final, but its answer to question {questions} does not fit "
                "the tie (it is meant for an older tie); another PartnerCheck will refuse this file on import. The file was "
                "written; correct the tie's details, or the answer in a new revision.",
                "partnercheck {command}: warning: assessment {id} is final, but its answers to questions {questions} do not fit "
                "the tie (they are meant for an older tie); another PartnerCheck will refuse this file on import. The file was "
                "written; correct the tie's details, or the answers in a new revision.",
                len(questions),
                command=command,
                id=assessment,
                questions=", ".join(questions),
            )
        print(text, file=sys.stderr)


# Text output shows dates as the window and the report do (domain.dates), in the run's
# language (--lang, cli/words.py); JSON and CSV keep ISO 8601 for machines.


def day(value: _dt.date | None, lang: str) -> str:
    """``30-11-2026`` (nl) / ``30/11/2026`` (en); a moment as its local day; "—" for none."""
    import datetime as _dt

    from ..domain.dates import format_short_date

    if value is None:
        return "—"
    if isinstance(value, _dt.datetime):
        value = (value.astimezone() if value.tzinfo is not None else value).date()
    return format_short_date(value, lang)


def moment(value: _dt.datetime, lang: str, *, seconds: bool = False) -> str:
    """``30-11-2026 14:05`` (nl) / ``30/11/2026 14:05`` (en), in this computer's local time."""
    from ..domain.dates import format_datetime

    return format_datetime(value.astimezone() if value.tzinfo is not None else value, lang, seconds=seconds)
