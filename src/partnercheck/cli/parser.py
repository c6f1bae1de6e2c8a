"""The command line's arguments: one sub-command per use case, ``--db`` on each."""

from __future__ import annotations

import argparse
from typing import Any

from .. import __version__
from ..domain.assessment import AssessmentState
from ..domain.text import LANGUAGES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partnercheck",
        description="Due diligence for partnerships with Chinese cities and provinces. Without a command: open the window.",
    )
    parser.add_argument("--version", action="version", version=f"PartnerCheck {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", help="database file (default: $PARTNERCHECK_DB or the embedded database)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In the order the help lists them.
    _reading(sub, common)
    _signoff(sub, common)
    _backups_and_report(sub, common)
    _ties(sub, common)
    return parser


def _reading(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("checklist", parents=[common], help="show the active checklist, or install one from a file")
    p.add_argument("action", nargs="?", choices=["install"], help="install FILE: validate a checklist file and keep it; the newest version is active")
    p.add_argument("file", nargs="?", metavar="FILE")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--lang", choices=LANGUAGES, default="nl")

    p = sub.add_parser("list", parents=[common], help="list the assessments")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("import", parents=[common], help="validate and store an interchange file; prints the new id")
    p.add_argument("file", metavar="FILE")

    p = sub.add_parser("export", parents=[common], help="write an assessment as an interchange file")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", metavar="FILE", help="file to write (default: standard output)")

    p = sub.add_parser("score", parents=[common], help="theme levels, overall level, completeness, recommendations")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=LANGUAGES, default="nl")

    p = sub.add_parser("history", parents=[common], help="every recorded change to an assessment")
    p.add_argument("id", metavar="ID")
    p.add_argument("--question", metavar="QUESTION_ID", help="only this question's answer and note")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("diff", parents=[common], help="changed answers and levels between two assessments")
    p.add_argument("old", metavar="A")
    p.add_argument("new", metavar="B")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=LANGUAGES, default="nl")


def _signoff(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("state", parents=[common], help="move an assessment to draft, review or final")
    p.add_argument("id", metavar="ID")
    p.add_argument("state", choices=[s.value for s in AssessmentState])
    p.add_argument("--by", metavar="NAME", help="who approves (default: the current user)")

    p = sub.add_parser("revise", parents=[common], help="start a new draft revision of a final assessment")
    p.add_argument("id", metavar="ID")

    p = sub.add_parser("upgrade", parents=[common], help="a new revision on the newest version of the assessment's checklist")
    p.add_argument("id", metavar="ID")
    p.add_argument("--lang", choices=LANGUAGES, default="nl", help="language of the summary")

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
    p.add_argument("--lang", choices=LANGUAGES, default="nl")
    p.add_argument(
        "--compare-with",
        metavar="ID",
        help="earlier assessment for the 'changes since' appendix (default: the previous revision or assessment of the partnership)",
    )
    p.add_argument("--no-compare", action="store_true", help="leave out the 'changes since' appendix")


def _ties(sub: Any, common: argparse.ArgumentParser) -> None:
    from ..domain.events import CostCategory, EventKind, GiftDisposition

    p = sub.add_parser("event", parents=[common], help="record an event on a tie (a visit, a gift, a pressure incident ...)")
    p.add_argument("action", choices=["add"])
    p.add_argument("tie", metavar="TIE", help="the tie's number (as 'portfolio' shows it) or its UUID")
    p.add_argument("--kind", required=True, choices=[k.value for k in EventKind])
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--text", required=True, help="what happened")
    p.add_argument("--value", metavar="EUR", help="cost or value in euros: 1250.50 or 1.250,50")
    p.add_argument("--category", choices=[c.value for c in CostCategory], help="what the cost was for")
    p.add_argument("--disposition", choices=[d.value for d in GiftDisposition], help="a gift: what was done with it")
    p.add_argument("--people", metavar="NAMES", help="who took part")
    p.add_argument("--source", metavar="TEXT", help="where this is known from")

    p = sub.add_parser("events", parents=[common], help="a tie's events, oldest first")
    p.add_argument("tie", metavar="TIE")
    _table_output(p)
    p.add_argument("--lang", choices=LANGUAGES, default="nl", help="language of the labels")

    p = sub.add_parser("gifts", parents=[common], help="the gifts register: received and given, value, what was done with them")
    p.add_argument("tie", metavar="TIE", nargs="?", help="one tie (default: every tie)")
    _table_output(p)
    p.add_argument("--lang", choices=LANGUAGES, default="nl", help="language of the labels")

    p = sub.add_parser("costs", parents=[common], help="costs per tie per year: travel, hospitality, gifts, staff time, other")
    p.add_argument("tie", metavar="TIE", nargs="?", help="one tie (default: every tie)")
    _table_output(p)

    p = sub.add_parser("portfolio", parents=[common], help="every tie: latest verdict, theme levels, next review, actions, events since")
    _table_output(p)
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="write the portfolio as a spreadsheet instead")
    p.add_argument("--pdf", metavar="FILE.pdf", help="write a one- or two-page overview for the college or council instead")
    p.add_argument("--lang", choices=LANGUAGES, default="nl", help="language of the spreadsheet's headings and of the PDF")

    p = sub.add_parser("due", parents=[common], help="the ties due or overdue for review")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("search", parents=[common], help="search ties, agreements, events, actions and notes (accents need not be typed)")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="at most N results (default 50)")

    p = sub.add_parser("export-tie", parents=[common], help="write a tie with its events and all its assessments as a tie file")
    p.add_argument("tie", metavar="TIE")
    p.add_argument("--out", metavar="FILE", help="file to write (default: standard output)")


def _table_output(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="machine-readable output")
    group.add_argument("--csv", action="store_true", help="comma-separated values with a header row")
