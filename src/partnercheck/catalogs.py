"""The message catalogs: every text a reader sees outside the window (the report, the Word
draft, the spreadsheet, the command line's words), in Dutch and English, with the standard
library's gettext. The window has its own (Qt Linguist, ``resources/translations``).

The msgids are the English texts, written where they are used; the Dutch is in
``resources/locale/nl/LC_MESSAGES/partnercheck.po`` (what a translator edits) and its compiled
``partnercheck.mo`` (what is read here). English needs no catalog: gettext returns the msgid,
and ngettext the singular for 1 and the plural otherwise. See docs/translating.md.

Only the standard library: the domain, the report and the command line use it without Qt.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .domain.languages import LANGUAGES
from .resources import resource_dir

if TYPE_CHECKING:
    import gettext

DOMAIN = "partnercheck"
SOURCE_LANGUAGE = "en"  # the language of the msgids


def catalog_file(lang: str) -> Path:
    """The compiled catalog of one language (gettext's own layout, so its tools find it)."""
    return resource_dir() / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGUAGES)}")


@cache
def catalog(lang: str) -> gettext.NullTranslations:
    """The translations of one language, read once per process. A missing file is an
    incomplete installation and fails loudly: a Dutch report must never quietly be English."""
    # Here, not at the top: the domain's tables of words import this module (N_), and the
    # window's start-up and a plain import never translate anything with gettext.
    import gettext

    check_language(lang)
    if lang == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    with catalog_file(lang).open("rb") as file:
        return gettext.GNUTranslations(file)


def N_(msgid: str) -> str:  # noqa: N802 - gettext's name for "mark for translation, translate later"
    """Marks a text for the catalog where it is defined (a table of codes); it is translated
    where it is shown, with :func:`translate`."""
    return msgid


def NC_(context: str, msgid: str) -> str:  # noqa: N802 - as N_, with gettext's msgctxt
    """Marks a text with its context for the catalog; translated with :func:`translate_in`."""
    return msgid


def translate(lang: str, msgid: str, **values: object) -> str:
    """``msgid`` in ``lang``, with its ``{placeholders}`` filled in."""
    found = catalog(lang).gettext(msgid)
    return found.format(**values) if values else found


def translate_plural(lang: str, singular: str, plural: str, n: int, **values: object) -> str:
    """The singular or plural form for ``n`` in ``lang``; ``{n}`` is filled in with ``n``."""
    return catalog(lang).ngettext(singular, plural, n).format(n=n, **values)


def translate_in(lang: str, context: str, msgid: str, **values: object) -> str:
    """``msgid`` in ``lang`` where the same English means something else elsewhere (gettext's
    msgctxt): "not recorded" for an empty field is not "not recorded" as the basis of an answer."""
    found = catalog(lang).pgettext(context, msgid)
    return found.format(**values) if values else found
