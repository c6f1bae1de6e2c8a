"""The parser's words in the run's language: our help texts (marked ``N_`` in parser.py) and
argparse's own (the usage prefix, the section headings, its refusals).

argparse fetches its words from ``gettext.gettext``, the process-wide default domain, at the
moment it writes them: a Dutch catalog installed there would change every argparse in the
process and the tests'. So this parser translates for itself, and only when it writes: the
help texts are looked up in our catalog as the formatter writes them, and argparse's refusals,
which reach :meth:`Parser.error` as finished English sentences, are recognised by argparse's
templates (below) and said again from the catalog. A run that prints no help and no refusal
translates nothing and loads no catalog for it (issue 16: `partnercheck import FILE`).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from functools import cache
from typing import Any, NoReturn

from ..catalogs import N_, NC_, translate, translate_in

# argparse's words (Python 3.11's Lib/argparse.py, in its %-notation) whose Dutch is in our
# catalog. Printed with the usage line first and exit status 2, as argparse does.
USAGE_PREFIX = N_("usage: ")
HEADINGS = (N_("positional arguments"), N_("options"))
ERROR_LINE = N_("%(prog)s: error: %(message)s\n")
# argparse's refusals, most specific first: "invalid int value" is argparse's "invalid
# %(type)s value" for type=int (`search --limit`, `mark --action`), said as "not a whole number".
REFUSALS = (
    N_("argument %(argument_name)s: %(message)s"),
    # Python 3.14's, when a parser suggests the nearest choice (suggest_on_error)
    N_("invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid int value: %(value)r"),
    N_("invalid %(type)s value: %(value)r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ignored explicit argument %r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)
# A positional argument without a metavar is named in a refusal by its dest, a word of the
# code (`argument state: invalid choice: ...`): the catalog says what it is, per command (the
# English is the dest itself, so an English refusal is as argparse wrote it).
ARGUMENT_NAMES = {
    ("state", "state"): ("argument of state", NC_("argument of state", "state")),
    ("hold", "state"): ("argument of hold", NC_("argument of hold", "state")),
    ("mark", "visibility"): ("argument of mark", NC_("argument of mark", "visibility")),
    ("checklist", "action"): ("argument of checklist", NC_("argument of checklist", "action")),
    ("event", "action"): ("argument of event", NC_("argument of event", "action")),
}

# The help argparse gives the options it adds itself (-h, --version).
OWN_HELP = (N_("show this help message and exit"), N_("show program's version number and exit"))

_FIELD = re.compile(r"%(?:\((\w+)\))?([sr])")


def said(lang: str, text: str) -> str:
    """``text`` in ``lang`` when the catalog has it, else as it is (a metavar, the version)."""
    # gettext's "" is the catalog's header, and argparse's SUPPRESS is no text
    return translate(lang, text) if text and text != argparse.SUPPRESS else text


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that writes its help, usage and refusals in ``lang``. Its sub-commands'
    parsers are of this class too (argparse makes them with ``type(parent)``); parser.py gives
    each the language."""

    lang = "en"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def _get_formatter(self) -> argparse.HelpFormatter:
        formatter = super()._get_formatter()  # argparse's own set-up, whatever its version adds
        if isinstance(formatter, Formatter):
            formatter.lang = self.lang
        return formatter

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        command = self.prog.rpartition(" ")[2]
        self.exit(2, _unquoted(said(self.lang, ERROR_LINE)) % {"prog": self.prog, "message": refusal(self.lang, message, command)})


class Formatter(argparse.HelpFormatter):
    """argparse's formatter, translating each text as it writes it."""

    lang = "en"

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action], groups: Iterable[Any], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, said(self.lang, USAGE_PREFIX) if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(said(self.lang, heading) if heading else heading)

    def add_text(self, text: str | None) -> None:  # the description and the epilog
        super().add_text(said(self.lang, text) if text else text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return said(self.lang, action.help) if action.help else action.help


def refusal(lang: str, message: str, command: str = "") -> str:
    """One of argparse's refusals (``argument state: invalid choice: 'x' (choose from ...)``)
    in ``lang``, a positional argument of ``command`` named in its words (ARGUMENT_NAMES); a
    message of another form as it is."""
    for template, pattern in _patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        named = found.groupdict()
        if "message" in named:  # "argument X: <a refusal of its own>"
            named["message"] = refusal(lang, named["message"], command)
            if (command, named["argument_name"]) in ARGUMENT_NAMES:
                named["argument_name"] = translate_in(lang, *ARGUMENT_NAMES[command, named["argument_name"]])
        dutch = _unquoted(said(lang, template))
        return dutch % named if named else dutch % found.groups() if found.groups() else dutch
    return message


def _unquoted(template: str) -> str:
    """A template for values already written as argparse wrote them (``%r`` quoted them)."""
    return _FIELD.sub(lambda m: f"%({m.group(1)})s" if m.group(1) else "%s", template)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each refusal's template and a pattern that matches what argparse made of it."""
    made = []
    for template in REFUSALS:
        parts, at = [], 0
        for field in _FIELD.finditer(template):
            parts += [re.escape(template[at : field.start()]), f"(?P<{field.group(1)}>.*?)" if field.group(1) else "(.*?)"]
            at = field.end()
        made.append((template, re.compile("".join([*parts, re.escape(template[at:])]), re.DOTALL)))
    return tuple(made)
