"""The command line's arguments: one sub-command per use case, ``--db`` on each."""

from __future__ import annotations

import argparse
from typing import Any

from .. import __version__
from ..domain.assessment import AssessmentState
from ..domain.text import LANGUAGES

# One language for what a command prints in text form: its messages, headings and dates (30-11-2026,
# 30/11/2026), the report and the spreadsheet; JSON and CSV keep codes and ISO 8601 (docs/cli.md).
LANG_HELP = (
    "nl or en: the language of the messages, the text output and the documents written "
    "(default: $PARTNERCHECK_LANG, else the system's language if Dutch, else English); JSON and CSV keep ISO dates and codes"
)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """All sub-commands, or with ``only`` the one that is about to run: building the other 26
    took a tenth of a short command's time (`partnercheck import FILE` in a script, issue 16).
    Its usage, help and errors are the same either way."""
    parser = argparse.ArgumentParser(
        prog="partnercheck",
        description="Due diligence for partnerships with Chinese cities and provinces. Without a command: open the window.",
    )
    parser.add_argument("--version", action="version", version=f"PartnerCheck {__version__}")
    # Before the command too (partnercheck --lang en list); its own --lang wins.
    parser.add_argument("--lang", dest="top_lang", choices=LANGUAGES, help=LANG_HELP)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", help="database file (default: $PARTNERCHECK_DB or the embedded database)")
    common.add_argument("--lang", choices=LANGUAGES, help=LANG_HELP)
    sub: Any = parser.add_subparsers(dest="command", metavar="COMMAND")
    if only is not None:
        sub = _Only(sub, only)
    # In the order the help lists them.
    _reading(sub, common)
    _signoff(sub, common)
    _backups_and_report(sub, common)
    _records(sub, common)
    _evidence(sub, common)
    _ties(sub, common)
    return parser


class _Only:
    """The sub-parsers' action, adding one sub-command; the others get a stand-in that takes
    their arguments and keeps nothing."""

    def __init__(self, sub: Any, name: str) -> None:
        self._sub, self._name = sub, name

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        return self._sub.add_parser(name, **kwargs) if name == self._name else _Unused()


class _Unused:
    def add_argument(self, *args: Any, **kwargs: Any) -> None:
        pass

    def add_mutually_exclusive_group(self, *args: Any, **kwargs: Any) -> _Unused:
        return self


def _evidence(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("attach", parents=[common], help="attach a file to an answer as evidence (stored in the database)")
    p.add_argument("id", metavar="ID")
    p.add_argument("question", metavar="QUESTION")
    p.add_argument("file", metavar="FILE")

    p = sub.add_parser("attach-tie", parents=[common], help="attach a file to a tie as a whole (stored in the database); without FILE: list them")
    p.add_argument("tie", metavar="TIE", help="the tie's number (as the portfolio shows it) or its UUID")
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument("--json", action="store_true", help="the list as JSON (without FILE)")

    p = sub.add_parser("package", parents=[common], help="write a review package: the interchange file, the evidence files and their hashes")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", metavar="FILE.partnercheck", required=True)
    p.add_argument("--passphrase-file", metavar="FILE", help="encrypt with the passphrase on the first line of FILE (AES-256)")

    p = sub.add_parser("evidence", parents=[common], help="the files attached to an assessment; move one to the bin and back")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.add_argument("--bin", action="store_true", help="the files in the bin instead")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--remove", metavar="EVIDENCE", help="move this attached file to the bin")
    group.add_argument("--restore", metavar="EVIDENCE", help="bring this file back from the bin")


def _reading(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("checklist", parents=[common], help="show the active checklist, or install one from a file")
    p.add_argument("action", nargs="?", choices=["install"], help="install FILE: validate a checklist file and keep it; the newest version is active")
    p.add_argument("file", nargs="?", metavar="FILE")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("list", parents=[common], help="list the assessments")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("import", parents=[common], help="validate and store interchange files (or every *.json in a folder); prints the new ids")
    p.add_argument("file", metavar="FILE", nargs="+", help="an interchange file or a folder of them")
    p.add_argument("--passphrase-file", metavar="FILE", help="the passphrase of encrypted files, on the first line of FILE")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--as-new", action="store_true", help="an assessment already here with other content: store a copy with a new uuid")
    group.add_argument("--replace", action="store_true", help="an assessment already here with other content: replace that draft (never a final one)")

    p = sub.add_parser("export", parents=[common], help="write an assessment as an interchange file")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", metavar="FILE", help="file to write (default: standard output)")
    p.add_argument("--passphrase-file", metavar="FILE", help="encrypt with the passphrase on the first line of FILE (AES-256; needs --out)")

    p = sub.add_parser("score", parents=[common], help="theme levels, overall level, completeness, recommendations")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("history", parents=[common], help="every recorded change to an assessment")
    p.add_argument("id", metavar="ID")
    p.add_argument("--question", metavar="QUESTION_ID", help="only this question's answer and note")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("diff", parents=[common], help="changed answers and levels between two assessments")
    p.add_argument("old", metavar="A")
    p.add_argument("new", metavar="B")
    p.add_argument("--json", action="store_true")


def _signoff(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("state", parents=[common], help="move an assessment to draft, review or final")
    p.add_argument("id", metavar="ID")
    p.add_argument("state", choices=[s.value for s in AssessmentState])
    p.add_argument("--by", metavar="NAME", help="who approves (default: the current user)")

    p = sub.add_parser("review-comment", parents=[common], help="the reviewer's word on one theme while an assessment is in review")
    p.add_argument("id", metavar="ID")
    p.add_argument("theme", metavar="THEME", help="the theme's id (partnercheck checklist lists them)")
    verdict = p.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--ok", dest="verdict", action="store_const", const="ok", help="akkoord: the theme may stand")
    verdict.add_argument("--change", dest="verdict", action="store_const", const="change", help="aanpassen: say what in --text")
    p.add_argument("--text", default="", help="the comment (needed with --change)")
    p.add_argument("--by", metavar="NAME", help="the reviewer (default: the current user)")

    p = sub.add_parser("revise", parents=[common], help="start a new draft revision of a final assessment")
    p.add_argument("id", metavar="ID")

    p = sub.add_parser("upgrade", parents=[common], help="a new revision on the newest version of the assessment's checklist")
    p.add_argument("id", metavar="ID")

    p = sub.add_parser("delete", parents=[common], help="move an assessment to the bin")
    p.add_argument("id", metavar="ID")

    p = sub.add_parser("restore", parents=[common], help="bring an assessment back from the bin")
    p.add_argument("id", metavar="ID")


def _backups_and_report(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backups", parents=[common], help="list the database's backups, make one, or restore one")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--now", action="store_true", help="make a backup now")
    group.add_argument("--restore", metavar="BACKUP", help="put this backup's content back (the current state is kept as a backup first)")

    p = sub.add_parser("report", parents=[common], help="write the PDF advice report")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", metavar="FILE.pdf", required=True)
    p.add_argument(
        "--compare-with",
        metavar="ID",
        help="earlier assessment for the 'changes since' appendix (default: the previous revision or assessment of the partnership)",
    )
    p.add_argument("--no-compare", action="store_true", help="leave out the 'changes since' appendix")
    p.add_argument(
        "--variant",
        choices=["full", "summary", "public"],
        default="full",
        help="full report; summary: the mayor's two pages; public: without internal notes, internal actions and officials' names",
    )
    p.add_argument("--format", choices=["pdf", "docx"], default="pdf", help="pdf, or docx: the Word draft (summary and measures) to edit")
    _audiences(sub, common)


def _records(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("bin", parents=[common], help="list the bin, or empty it by the retention rules")
    p.add_argument("--empty", action="store_true", help="destroy drafts and records whose period has ended; name what is kept back (exit 2)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("retention", parents=[common], help="retention periods per record type and every record's end date")
    p.add_argument("--set", action="append", metavar="TYPE=YEARS", help="set a period: final=10, review=5, or TYPE=keep (no period: kept)")
    p.add_argument("--basis", metavar="TEXT", help="where the period comes from (the selection list's category), with --set")
    p.add_argument("--due", action="store_true", help="only records whose period has ended and that have no hold")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("hold", parents=[common], help="set or lift a hold: nothing destroys the assessment (or the tie's) while it is on")
    p.add_argument("id", metavar="ID", help="an assessment, or with --tie a tie (number or UUID)")
    p.add_argument("--tie", action="store_true", help="ID is a tie: the hold is set on every assessment of it, the bin included")
    p.add_argument("state", choices=["on", "off"])
    p.add_argument("--reason", metavar="TEXT", default="", help="why the hold is set (a Woo request, an objection): required with on")

    p = sub.add_parser("destruction-list", parents=[common], help="write the destruction list for the archivist (CSV or PDF)")
    p.add_argument("--out", metavar="FILE", required=True, help="FILE.csv or FILE.pdf")

    p = sub.add_parser("woo-export", parents=[common], help="every record about one tie, with an index and a redaction list (Woo request)")
    p.add_argument("tie", metavar="TIE", help="the tie's number (as the portfolio shows it) or its UUID")
    p.add_argument("--out", metavar="DIR", required=True, help="a new or empty folder")


def _audiences(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("role", parents=[common], help="remember a person's role (printed instead of the name in the public version)")
    p.add_argument("name", metavar="NAME", nargs="?", help="without NAME: list the roles")
    p.add_argument("role", metavar="ROLE", nargs="?", help="e.g. 'beleidsadviseur internationale zaken'; '' forgets it")

    p = sub.add_parser("mark", parents=[common], help="mark a note or an action public or internal")
    p.add_argument("id", metavar="ID")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--note", metavar="QUESTION_ID", help="the note on this question")
    target.add_argument("--action", metavar="N", type=int, help="the N-th action of the action plan (1 = first)")
    p.add_argument("visibility", choices=["public", "internal"])

    p = sub.add_parser("approve-publication", parents=[common], help="record the decision to publish a final assessment in the register")
    p.add_argument("id", metavar="ID")
    p.add_argument("--by", metavar="NAME", required=True, help="who decides")
    p.add_argument("--note", metavar="TEXT", required=True, help="the weighing (Woo art. 5.1 lid 2 onder a: international relations)")

    p = sub.add_parser("publish", parents=[common], help="write the public register (SQLite, read-only) and its Datasette metadata.json")
    p.add_argument("--out", metavar="FILE.sqlite3", required=True)
    p.add_argument("--licence", default="CC0-1.0", help="licence of the register's content (default CC0-1.0)")
    p.add_argument("--force", action="store_true", help="replace a file at --out or a metadata.json beside it that PartnerCheck did not write")


def _ties(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("event", parents=[common], help="record an event on a tie (a visit, a gift, a pressure incident ...)")
    kinds, categories, dispositions = _event_choices(p)
    p.add_argument("action", choices=["add"])
    p.add_argument("tie", metavar="TIE", help="the tie's number (as 'portfolio' shows it) or its UUID")
    p.add_argument("--kind", required=True, choices=kinds)
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--text", required=True, help="what happened")
    p.add_argument("--value", metavar="EUR", help="cost or value in euros: 1250.50 or 1.250,50")
    p.add_argument("--category", choices=categories, help="what the cost was for")
    p.add_argument("--disposition", choices=dispositions, help="a gift: what was done with it")
    p.add_argument("--people", metavar="NAMES", help="who took part")
    p.add_argument("--source", metavar="TEXT", help="where this is known from")

    p = sub.add_parser("events", parents=[common], help="a tie's events, oldest first")
    p.add_argument("tie", metavar="TIE")
    _table_output(p)

    p = sub.add_parser("gifts", parents=[common], help="the gifts register: received and given, value, what was done with them")
    p.add_argument("tie", metavar="TIE", nargs="?", help="one tie (default: every tie)")
    _table_output(p)

    p = sub.add_parser("costs", parents=[common], help="costs per tie per year: travel, hospitality, gifts, staff time, other")
    p.add_argument("tie", metavar="TIE", nargs="?", help="one tie (default: every tie)")
    _table_output(p)

    p = sub.add_parser("portfolio", parents=[common], help="every tie: latest verdict, theme levels, next review, actions, events since")
    _table_output(p)
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="write the portfolio as a spreadsheet instead")
    p.add_argument("--pdf", metavar="FILE.pdf", help="write a one- or two-page overview for the college or council instead")

    p = sub.add_parser("due", parents=[common], help="the ties due or overdue for review")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("search", parents=[common], help="search ties, agreements, events, actions and notes (accents need not be typed)")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N results (default 50)")

    p = sub.add_parser("export-tie", parents=[common], help="write a tie with its events and all its assessments as a tie file")
    p.add_argument("tie", metavar="TIE")
    p.add_argument("--out", metavar="FILE", help="file to write (default: standard output)")
    p.add_argument("--passphrase-file", metavar="FILE", help="encrypt with the passphrase on the first line of FILE (AES-256; needs --out)")
    _tie_record(sub, common)


def _event_choices(p: Any) -> tuple[list[str], list[str], list[str]]:
    """The event kinds, cost categories and gift dispositions, read from the events module
    only when the ``event`` command is built: any other command runs without loading it."""
    if isinstance(p, _Unused):
        return [], [], []
    from ..domain.events import CostCategory, EventKind, GiftDisposition

    return [k.value for k in EventKind], [c.value for c in CostCategory], [d.value for d in GiftDisposition]


def _tie_record(sub: Any, common: argparse.ArgumentParser) -> None:
    from ..domain.assessment import CounterpartKind, DutchPartyKind, PartnershipStatus

    p = sub.add_parser("tie", parents=[common], help="show a tie's details, or change them (recorded in its history)")
    p.add_argument("tie", metavar="TIE", help="the tie's number (as 'portfolio' shows it) or its UUID")
    p.add_argument("--status", choices=[s.value for s in PartnershipStatus])
    p.add_argument("--since", metavar="YYYY", help="the year it began ('none' clears it)")
    p.add_argument("--ended", metavar="YYYY", help="the year it ended (a date YYYY-MM-DD keeps its year; 'none' clears it)")
    p.add_argument("--contacts", metavar="TEXT", help="contact persons (replaces them; one a line)")
    p.add_argument("--notes", metavar="TEXT", help="notes (replaces them)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--agreement", action="append", metavar="'YYYY-MM-DD TITLE'", help="the agreements (repeat; replaces the list)")
    group.add_argument("--no-agreements", action="store_true", help="remove every agreement")
    p.add_argument("--add-agreement", action="append", metavar="'YYYY-MM-DD TITLE'", help="add an agreement (repeat)")
    p.add_argument("--dutch-party-kind", choices=[k.value for k in DutchPartyKind])
    p.add_argument("--counterpart-kind", choices=[k.value for k in CounterpartKind])
    p.add_argument("--json", action="store_true", help="the tie as JSON")

    p = sub.add_parser("tie-history", parents=[common], help="every recorded change to a tie: who, when, old and new")
    p.add_argument("tie", metavar="TIE")
    p.add_argument("--json", action="store_true", help="machine-readable output (times in ISO 8601)")


def _table_output(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="machine-readable output")
    group.add_argument("--csv", action="store_true", help="comma-separated values with a header row")
