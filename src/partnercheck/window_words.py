"""The words ``partnercheck-gui`` prints before there is a window: its ``--help`` and its
refusals of an argument, in the language the command line would choose (``$PARTNERCHECK_LANG``,
else the system's locale: :func:`partnercheck.cli.words.default_language`; the window takes no
``--lang``) and from the same catalog (src/partnercheck/catalogs.py).

Loaded only when there is such a thing to say: a plain start of the window translates nothing
with gettext and pays for none of this (tests/test_gui_help_language.py).
"""

from __future__ import annotations

from .catalogs import N_, translate

# One text, not one per option: a translator wraps the descriptions in the column as the
# language needs. The English is printed as it is written here.
USAGE = N_(
    "usage: partnercheck-gui [--db FILE] [-V | --version] [-- QT_OPTIONS...]\n"
    "\n"
    "Opens the PartnerCheck window.\n"
    "\n"
    "  --db FILE       the database to open (default: $PARTNERCHECK_DB, else the one opened\n"
    "                  last time, else the user's own database)\n"
    "  -V, --version   print the version and exit\n"
    "  -h, --help      print this help and exit\n"
    "  -- OPTIONS      everything after -- goes to Qt (e.g. -- -platform offscreen)\n"
)


def run_language() -> str:
    """The language of this run's words, as the command line chooses it without ``--lang``."""
    from .cli.words import default_language

    return default_language()


def usage(lang: str) -> str:
    return translate(lang, USAGE)


def refusal(lang: str, msgid: str, **values: object) -> str:
    """A refused argument, then the usage, as printed on stderr."""
    return f"partnercheck-gui: {translate(lang, msgid, **values)}\n{usage(lang)}"
