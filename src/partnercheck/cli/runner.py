"""Dispatch: parse the arguments, run the command, turn an error a user can act on into one
line on stderr and exit status 2."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from ..domain.languages import LANGUAGES
from . import words
from .common import EXIT_BAD_INPUT, EXIT_OK, UsageError, close_stores
from .parser import build_parser

# Each command names its module, imported only when that command runs: `partnercheck import`
# in a script's loop must not pay for scoring, sign-off, records and audiences (issue 16).
COMMANDS: dict[str, str] = {
    "checklist": "commands_read.cmd_checklist",
    "list": "commands_read.cmd_list",
    "import": "commands_files.cmd_import",
    "export": "commands_files.cmd_export",
    "score": "commands_read.cmd_score",
    "report": "commands_files.cmd_report",
    "history": "commands_read.cmd_history",
    "diff": "commands_read.cmd_diff",
    "state": "commands_signoff.cmd_state",
    "review-comment": "commands_signoff.cmd_review_comment",
    "revise": "commands_signoff.cmd_revise",
    "upgrade": "commands_signoff.cmd_upgrade",
    "delete": "commands_signoff.cmd_delete",
    "restore": "commands_signoff.cmd_restore",
    "backups": "commands_files.cmd_backups",
    "bin": "commands_records.cmd_bin",
    "retention": "commands_records.cmd_retention",
    "hold": "commands_records.cmd_hold",
    "destruction-list": "commands_records.cmd_destruction_list",
    "woo-export": "commands_records.cmd_woo_export",
    "role": "commands_audiences.cmd_role",
    "mark": "commands_audiences.cmd_mark",
    "approve-publication": "commands_audiences.cmd_approve_publication",
    "publish": "commands_audiences.cmd_publish",
    "attach": "commands_evidence.cmd_attach",
    "attach-tie": "commands_evidence.cmd_attach_tie",
    "evidence": "commands_evidence.cmd_evidence",
    "package": "commands_files.cmd_package",
    "event": "commands_ties.cmd_event",
    "events": "commands_ties.cmd_events",
    "gifts": "commands_ties.cmd_gifts",
    "costs": "commands_ties.cmd_costs",
    "portfolio": "commands_portfolio.cmd_portfolio",
    "due": "commands_portfolio.cmd_due",
    "search": "commands_portfolio.cmd_search",
    "export-tie": "commands_ties.cmd_export_tie",
    "tie": "commands_tie_record.cmd_tie",
    "tie-history": "commands_tie_record.cmd_tie_history",
}


def run(argv: Sequence[str]) -> int:
    # The help and argparse's refusals are written while the arguments are read: their
    # language is read from the arguments first (the same choice parsing makes below).
    parser = build_parser(_command_named(argv), language_asked(argv) or words.default_language())
    args = parser.parse_args(list(argv))
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    # One language for the run: the command's --lang, else the one before it, else the default.
    args.lang = getattr(args, "lang", None) or args.top_lang or words.default_language()
    words.use(args.lang)
    try:
        return _command(args.command)(args)
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if not isinstance(exc, _user_errors()):
            raise
        from .explain import explained  # the error's words, loaded only when there is one

        print(f"partnercheck {args.command}: {explained(args.command, exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        close_stores()


def _user_errors() -> tuple[type[Exception], ...]:
    """The errors a user can act on: one line on stderr and exit status 2. Imported when a
    command has failed, so that `partnercheck list` does not load the checklist model and the
    interchange parser only to name their errors."""
    from ..domain.checklist import ChecklistError
    from ..domain.interchange_parser import InterchangeError
    from ..services.sealed import SealError
    from ..store.errors import StoreError

    return (UsageError, StoreError, InterchangeError, ChecklistError, SealError)


def _command(name: str) -> Callable[..., int]:
    module, function = COMMANDS[name].split(".")
    command: Callable[..., int] = getattr(import_module(f"{__package__}.{module}"), function)
    return command


def _command_named(argv: Sequence[str]) -> str | None:
    """The sub-command the arguments start with, when they start with one (``--db`` belongs
    to the sub-command, so anything before it is the top level's: then all are built)."""
    if argv[:1] == ["--lang"]:  # partnercheck --lang en import FILE
        argv = argv[2:]
    elif argv[:1] and argv[0].startswith("--lang="):
        argv = argv[1:]
    return argv[0] if argv and argv[0] in COMMANDS else None


def language_asked(argv: Sequence[str]) -> str | None:
    """The language the arguments ask for, as argparse will read it: the last ``--lang X`` or
    ``--lang=X`` (the command's comes after the top level's, and wins), also abbreviated as
    argparse allows (``--la``, ``--lan``); a value we have no language for is argparse's to
    refuse. Arguments after ``--`` are no options."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        name, equals, value = arg.partition("=")
        if len(name) < 4 or not "--lang".startswith(name):
            continue
        if not equals:
            value = argv[i + 1] if i + 1 < len(argv) else ""
        if value in LANGUAGES:
            found = value
    return found
