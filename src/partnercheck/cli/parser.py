"""The command line's arguments: one sub-command per use case, ``--db`` on each.

Every help text is marked ``N_``: its English is the catalog's msgid, and the parser
(parser_words.Parser) writes it in the run's language when it prints the help."""

from __future__ import annotations

import argparse
from typing import Any

from .. import __version__
from ..catalogs import N_
from ..domain.assessment import AssessmentState
from ..domain.languages import LANGUAGES
from .parser_words import Parser

# One language for what a command prints in text form: its messages, headings and dates (30-11-2026,
# 30/11/2026), the report and the spreadsheet; JSON and CSV keep codes and ISO 8601 (docs/cli.md).
LANG_HELP = N_(
    "nl or en: the language of the messages, the text output and the documents written "
    "(default: $PARTNERCHECK_LANG, else the system's language if Dutch, else English); JSON and CSV keep ISO dates and codes"
)

# The positional arguments many commands share.
ID_HELP = N_("the assessment's id, a whole number (as 'partnercheck list' shows it)")
TIE_HELP = N_("the tie's number (as 'portfolio' shows it) or its UUID")


def build_parser(only: str | None = None, lang: str = "en") -> argparse.ArgumentParser:
    """All sub-commands, or with ``only`` the one that is about to run: building the other 26
    took a tenth of a short command's time (`partnercheck import FILE` in a script, issue 16).
    Its usage, help and errors are the same either way. ``lang``: the language its help,
    usage and refusals are written in (translated only when they are written)."""
    parser = Parser(
        prog="partnercheck",
        description=N_("Due diligence for partnerships with Chinese cities and provinces. Without a command: open the window."),
    )
    parser.lang = lang
    parser.add_argument("--version", action="version", version=f"PartnerCheck {__version__}")
    # Before the command too (partnercheck --lang en list); its own --lang wins.
    parser.add_argument("--lang", dest="top_lang", choices=LANGUAGES, help=LANG_HELP)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", help=N_("database file (default: $PARTNERCHECK_DB or the embedded database)"))
    common.add_argument("--lang", choices=LANGUAGES, help=LANG_HELP)
    sub: Any = _Commands(parser.add_subparsers(dest="command", metavar="COMMAND"), only, lang)
    # In the order the help lists them.
    _reading(sub, common)
    _signoff(sub, common)
    _backups_and_report(sub, common)
    _records(sub, common)
    _evidence(sub, common)
    _ties(sub, common)
    return parser


class _Commands:
    """The sub-parsers' action, adding each sub-command in the run's language; with ``only``,
    just that one: the others get a stand-in that takes their arguments and keeps nothing."""

    def __init__(self, sub: Any, only: str | None, lang: str) -> None:
        self._sub, self._only, self._lang = sub, only, lang

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self._only is not None and name != self._only:
            return _Unused()
        made = self._sub.add_parser(name, **kwargs)
        made.lang = self._lang
        return made


class _Unused:
    def add_argument(self, *args: Any, **kwargs: Any) -> None:
        pass

    def add_mutually_exclusive_group(self, *args: Any, **kwargs: Any) -> _Unused:
        return self


def _evidence(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("attach", parents=[common], help=N_("attach a file to an answer as evidence (stored in the database)"))
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("question", metavar="QUESTION", help=N_("the question's id (partnercheck checklist lists them)"))
    p.add_argument("file", metavar="FILE", help=N_("the file to attach"))

    p = sub.add_parser("attach-tie", parents=[common], help=N_("attach a file to a tie as a whole (stored in the database); without FILE: list them"))
    p.add_argument("tie", metavar="TIE", help=TIE_HELP)
    p.add_argument("file", metavar="FILE", nargs="?", help=N_("the file to attach (without FILE: list the tie's files)"))
    p.add_argument("--json", action="store_true", help=N_("the list as JSON (without FILE)"))

    p = sub.add_parser("package", parents=[common], help=N_("write a review package: the interchange file, the evidence files and their hashes"))
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--out", metavar="FILE.partnercheck", required=True, help=N_("the review package to write"))
    # Encrypted unless the writer says otherwise (services.export_rule): one of the two is needed.
    group = p.add_mutually_exclusive_group()
    group.add_argument("--passphrase-file", metavar="FILE", help=N_("encrypt with the passphrase on the first line of FILE (AES-256)"))
    group.add_argument(
        "--no-encrypt", action="store_true", help=N_("write the package unencrypted (its names, notes and documents readable to anyone who gets it)")
    )

    p = sub.add_parser("evidence", parents=[common], help=N_("the files attached to an assessment; move one to the bin and back"))
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--json", action="store_true", help=N_("machine-readable output"))
    p.add_argument("--bin", action="store_true", help=N_("the files in the bin instead"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--remove", metavar="EVIDENCE", help=N_("move this attached file to the bin"))
    group.add_argument("--restore", metavar="EVIDENCE", help=N_("bring this file back from the bin"))


def _reading(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("checklist", parents=[common], help=N_("show the active checklist, or install one from a file"))
    p.add_argument(
        "action", nargs="?", choices=["install"], help=N_("install FILE: validate a checklist file and keep it; the newest version is active")
    )
    p.add_argument("file", nargs="?", metavar="FILE", help=N_("the checklist file (TOML) to install"))
    p.add_argument("--json", action="store_true", help=N_("machine-readable output"))

    p = sub.add_parser("list", parents=[common], help=N_("list the assessments"))
    p.add_argument("--json", action="store_true", help=N_("machine-readable output"))

    p = sub.add_parser("import", parents=[common], help=N_("validate and store interchange files (or every *.json in a folder); prints the new ids"))
    p.add_argument("file", metavar="FILE", nargs="+", help=N_("an interchange file or a folder of them"))
    p.add_argument("--passphrase-file", metavar="FILE", help=N_("the passphrase of encrypted files, on the first line of FILE"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--as-new", action="store_true", help=N_("an assessment already here with other content: store a copy with a new uuid"))
    group.add_argument(
        "--replace",
        action="store_true",
        help=N_(
            "an assessment already here with other content: replace it, a draft by a draft file, "
            "one in review by a file in review (a second round of review); never a final one"
        ),
    )

    p = sub.add_parser("export", parents=[common], help=N_("write an assessment as an interchange file"))
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--out", metavar="FILE", help=N_("file to write (default: standard output)"))
    p.add_argument("--passphrase-file", metavar="FILE", help=N_("encrypt with the passphrase on the first line of FILE (AES-256; needs --out)"))

    p = sub.add_parser("score", parents=[common], help=N_("theme levels, overall level, completeness, recommendations"))
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--json", action="store_true", help=N_("machine-readable output"))

    p = sub.add_parser("history", parents=[common], help=N_("every recorded change to an assessment"))
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--question", metavar="QUESTION_ID", help=N_("only this question's answer and note"))
    p.add_argument("--json", action="store_true", help=N_("machine-readable output"))

    p = sub.add_parser("diff", parents=[common], help=N_("changed answers and levels between two assessments"))
    p.add_argument("old", metavar="A", help=N_("the earlier assessment's id"))
    p.add_argument("new", metavar="B", help=N_("the later assessment's id"))
    p.add_argument("--json", action="store_true", help=N_("machine-readable output"))


def _signoff(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("state", parents=[common], help=N_("move an assessment to draft, review or final"))
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("state", choices=[s.value for s in AssessmentState], help=N_("the stage to move it to: draft, review or final"))
    p.add_argument("--by", metavar="NAME", help=N_("who approves (default: the current user)"))

    p = sub.add_parser("review-comment", parents=[common], help=N_("the reviewer's word on one theme while an assessment is in review"))
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("theme", metavar="THEME", help=N_("the theme's id (partnercheck checklist lists them)"))
    verdict = p.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--ok", dest="verdict", action="store_const", const="ok", help=N_("akkoord: the theme may stand"))
    verdict.add_argument("--change", dest="verdict", action="store_const", const="change", help=N_("aanpassen: say what in --text"))
    p.add_argument("--text", default="", help=N_("the comment (needed with --change)"))
    p.add_argument("--by", metavar="NAME", help=N_("the reviewer (default: the current user)"))

    p = sub.add_parser("revise", parents=[common], help=N_("start a new draft revision of a final assessment"))
    p.add_argument("id", metavar="ID", help=ID_HELP)

    p = sub.add_parser("upgrade", parents=[common], help=N_("a new revision on the newest version of the assessment's checklist"))
    p.add_argument("id", metavar="ID", help=ID_HELP)

    p = sub.add_parser("delete", parents=[common], help=N_("move an assessment to the bin"))
    p.add_argument("id", metavar="ID", help=ID_HELP)

    p = sub.add_parser("restore", parents=[common], help=N_("bring an assessment back from the bin"))
    p.add_argument("id", metavar="ID", help=ID_HELP)


def _backups_and_report(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backups", parents=[common], help=N_("list the database's backups, make one, or restore one"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--now", action="store_true", help=N_("make a backup now"))
    group.add_argument("--restore", metavar="BACKUP", help=N_("put this backup's content back (the current state is kept as a backup first)"))

    p = sub.add_parser("report", parents=[common], help=N_("write the PDF advice report"))
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--out", metavar="FILE.pdf", required=True, help=N_("the file to write (.pdf, or .docx with --format docx)"))
    p.add_argument(
        "--compare-with",
        metavar="ID",
        help=N_("earlier assessment for the 'changes since' appendix (default: the previous revision or assessment of the partnership)"),
    )
    p.add_argument("--no-compare", action="store_true", help=N_("leave out the 'changes since' appendix"))
    p.add_argument(
        "--variant",
        choices=["full", "summary", "public"],
        default="full",
        help=N_("full report; summary: the mayor's two pages; public: without internal notes, internal actions and officials' names"),
    )
    p.add_argument("--format", choices=["pdf", "docx"], default="pdf", help=N_("pdf, or docx: the Word draft (summary and measures) to edit"))
    _audiences(sub, common)


def _records(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("bin", parents=[common], help=N_("list the bin, or empty it by the retention rules"))
    p.add_argument("--empty", action="store_true", help=N_("destroy drafts and records whose period has ended; name what is kept back (exit 2)"))
    p.add_argument("--json", action="store_true", help=N_("machine-readable output"))

    p = sub.add_parser("retention", parents=[common], help=N_("retention periods per record type and every record's end date"))
    p.add_argument("--set", action="append", metavar="TYPE=YEARS", help=N_("set a period: final=10, review=5, or TYPE=keep (no period: kept)"))
    p.add_argument("--basis", metavar="TEXT", help=N_("where the period comes from (the selection list's category), with --set"))
    p.add_argument("--due", action="store_true", help=N_("only records whose period has ended and that have no hold"))
    p.add_argument("--json", action="store_true", help=N_("machine-readable output"))

    p = sub.add_parser("hold", parents=[common], help=N_("set or lift a hold: nothing destroys the assessment (or the tie's) while it is on"))
    p.add_argument("id", metavar="ID", help=N_("an assessment, or with --tie a tie (number or UUID)"))
    p.add_argument("--tie", action="store_true", help=N_("ID is a tie: the hold is set on every assessment of it, the bin included"))
    p.add_argument("state", choices=["on", "off"], help=N_("on: set the hold; off: lift it"))
    p.add_argument("--reason", metavar="TEXT", default="", help=N_("why the hold is set (a Woo request, an objection): required with on"))

    p = sub.add_parser("destruction-list", parents=[common], help=N_("write the destruction list for the archivist (CSV or PDF)"))
    p.add_argument("--out", metavar="FILE", required=True, help=N_("FILE.csv or FILE.pdf"))

    p = sub.add_parser("woo-export", parents=[common], help=N_("every record about one tie, with an index and a redaction list (Woo request)"))
    p.add_argument("tie", metavar="TIE", help=TIE_HELP)
    p.add_argument("--out", metavar="DIR", required=True, help=N_("a new or empty folder"))


def _audiences(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("role", parents=[common], help=N_("remember a person's role (printed instead of the name in the public version)"))
    p.add_argument("name", metavar="NAME", nargs="?", help=N_("without NAME: list the roles"))
    p.add_argument("role", metavar="ROLE", nargs="?", help=N_("e.g. 'beleidsadviseur internationale zaken'; '' forgets it"))

    p = sub.add_parser("mark", parents=[common], help=N_("mark a note or an action public or internal"))
    p.add_argument("id", metavar="ID", help=ID_HELP)
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--note", metavar="QUESTION_ID", help=N_("the note on this question"))
    target.add_argument("--action", metavar="N", type=int, help=N_("the N-th action of the action plan (1 = first)"))
    p.add_argument("visibility", choices=["public", "internal"], help=N_("public: in the public version too; internal: left out of it"))

    p = sub.add_parser("approve-publication", parents=[common], help=N_("record the decision to publish a final assessment in the register"))
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--by", metavar="NAME", required=True, help=N_("who decides"))
    p.add_argument("--note", metavar="TEXT", required=True, help=N_("the weighing (Woo art. 5.1 lid 2 onder a: international relations)"))

    p = sub.add_parser("publish", parents=[common], help=N_("write the public register (SQLite, read-only) and its Datasette metadata.json"))
    p.add_argument("--out", metavar="FILE.sqlite3", required=True, help=N_("the register file to write"))
    p.add_argument("--licence", default="CC0-1.0", help=N_("licence of the register's content (default CC0-1.0)"))
    p.add_argument("--force", action="store_true", help=N_("replace a file at --out or a metadata.json beside it that PartnerCheck did not write"))


def _ties(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("event", parents=[common], help=N_("record an event on a tie (a visit, a gift, a pressure incident ...)"))
    kinds, categories, dispositions = _event_choices(p)
    p.add_argument("action", choices=["add"], help=N_("add: record a new event"))
    p.add_argument("tie", metavar="TIE", help=TIE_HELP)
    p.add_argument("--kind", required=True, choices=kinds, help=N_("what kind of event"))
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=N_("when it happened"))
    p.add_argument("--text", required=True, help=N_("what happened"))
    p.add_argument("--value", metavar="EUR", help=N_("cost or value in euros: 1250.50 or 1.250,50"))
    p.add_argument("--category", choices=categories, help=N_("what the cost was for"))
    p.add_argument("--disposition", choices=dispositions, help=N_("a gift: what was done with it"))
    p.add_argument("--people", metavar="NAMES", help=N_("who took part"))
    p.add_argument("--source", metavar="TEXT", help=N_("where this is known from"))

    p = sub.add_parser("events", parents=[common], help=N_("a tie's events, oldest first"))
    p.add_argument("tie", metavar="TIE", help=TIE_HELP)
    _table_output(p)

    p = sub.add_parser("gifts", parents=[common], help=N_("the gifts register: received and given, value, what was done with them"))
    p.add_argument("tie", metavar="TIE", nargs="?", help=N_("one tie (default: every tie)"))
    _table_output(p)

    p = sub.add_parser("costs", parents=[common], help=N_("costs per tie per year: travel, hospitality, gifts, staff time, other"))
    p.add_argument("tie", metavar="TIE", nargs="?", help=N_("one tie (default: every tie)"))
    _table_output(p)

    p = sub.add_parser("portfolio", parents=[common], help=N_("every tie: latest verdict, theme levels, next review, actions, events since"))
    _table_output(p)
    p.add_argument("--xlsx", metavar="FILE.xlsx", help=N_("write the portfolio as a spreadsheet instead"))
    p.add_argument("--pdf", metavar="FILE.pdf", help=N_("write a one- or two-page overview for the college or council instead"))

    p = sub.add_parser("due", parents=[common], help=N_("the ties due or overdue for review"))
    p.add_argument("--json", action="store_true", help=N_("machine-readable output"))

    p = sub.add_parser("search", parents=[common], help=N_("search ties, agreements, events, actions and notes (accents need not be typed)"))
    p.add_argument("text", metavar="TEXT", help=N_("the words to look for"))
    p.add_argument("--json", action="store_true", help=N_("machine-readable output"))
    p.add_argument("--limit", type=int, default=50, metavar="N", help=N_("at most N results (default 50)"))

    p = sub.add_parser("export-tie", parents=[common], help=N_("write a tie with its events and all its assessments as a tie file"))
    p.add_argument("tie", metavar="TIE", help=TIE_HELP)
    p.add_argument("--out", metavar="FILE", help=N_("file to write (default: standard output)"))
    p.add_argument("--passphrase-file", metavar="FILE", help=N_("encrypt with the passphrase on the first line of FILE (AES-256; needs --out)"))
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

    p = sub.add_parser("tie", parents=[common], help=N_("show a tie's details, or change them (recorded in its history)"))
    p.add_argument("tie", metavar="TIE", help=TIE_HELP)
    p.add_argument("--status", choices=[s.value for s in PartnershipStatus], help=N_("the tie's status"))
    p.add_argument("--since", metavar="YYYY", help=N_("the year it began ('none' clears it)"))
    p.add_argument("--ended", metavar="YYYY", help=N_("the year it ended (a date YYYY-MM-DD keeps its year; 'none' clears it)"))
    p.add_argument("--contacts", metavar="TEXT", help=N_("contact persons (replaces them; one a line)"))
    p.add_argument("--notes", metavar="TEXT", help=N_("notes (replaces them)"))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--agreement", action="append", metavar="'YYYY-MM-DD TITLE'", help=N_("the agreements (repeat; replaces the list)"))
    group.add_argument("--no-agreements", action="store_true", help=N_("remove every agreement"))
    p.add_argument("--add-agreement", action="append", metavar="'YYYY-MM-DD TITLE'", help=N_("add an agreement (repeat)"))
    p.add_argument("--dutch-party-kind", choices=[k.value for k in DutchPartyKind], help=N_("what the Dutch party is"))
    p.add_argument("--counterpart-kind", choices=[k.value for k in CounterpartKind], help=N_("what the Chinese party is"))
    p.add_argument("--json", action="store_true", help=N_("the tie as JSON"))

    p = sub.add_parser("tie-history", parents=[common], help=N_("every recorded change to a tie: who, when, old and new"))
    p.add_argument("tie", metavar="TIE", help=TIE_HELP)
    p.add_argument("--json", action="store_true", help=N_("machine-readable output (times in ISO 8601)"))


def _table_output(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help=N_("machine-readable output"))
    group.add_argument("--csv", action="store_true", help=N_("comma-separated values with a header row"))
