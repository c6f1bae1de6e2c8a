"""The command line's own words, in one language per run (``--lang``): confirmations, refusals,
headings. The texts are the catalog's (src/partnercheck/catalogs.py): the English is written
here as the msgid, the Dutch is in the .po (docs/translating.md).

One language for the whole run, chosen once by the runner (:func:`use`) before the command
starts: a message made deep in a helper (``assessment_id``) needs no language passed down.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Mapping

from ..catalogs import N_, catalog, translate, translate_plural
from ..domain.text import LANGUAGES

ENVIRONMENT = "PARTNERCHECK_LANG"
FALLBACK = "en"

_language = [FALLBACK]


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """``$PARTNERCHECK_LANG`` when it names a language we have; else the system's locale
    (the first of LC_ALL, LC_MESSAGES, LANG that is set, as gettext reads them) when it is
    Dutch (``nl_NL.UTF-8``, ``nl_BE``, ``nl``); else English."""
    env = os.environ if environ is None else environ
    chosen = env.get(ENVIRONMENT, "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else FALLBACK
    if sys.platform == "win32":  # Windows sets none of those: ask it, as the window asks Qt
        return "nl" if is_dutch_langid(_windows_ui_langid()) else FALLBACK
    return FALLBACK


def is_dutch_langid(langid: int) -> bool:
    """A Windows language id (LANGID) of Dutch: its primary language, the low ten bits, is
    LANG_DUTCH (0x13), as in 0x0413 (the Netherlands) and 0x0813 (Belgium)."""
    return langid & 0x3FF == 0x13


def _windows_ui_langid() -> int:
    if sys.platform == "win32":
        import ctypes

        return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())
    return 0


def use(lang: str) -> None:
    """The language of everything this run prints in text form."""
    _language[0] = lang


def language() -> str:
    return _language[0]


def t(msgid: str, **values: object) -> str:
    """``msgid`` in the run's language, its ``{placeholders}`` filled in."""
    return translate(_language[0], msgid, **values)


# The system's reasons a user meets most, by errno, for a run in another language than the
# system's (its words are English: `No such file or directory`); an English run keeps them.
SYSTEM_REASONS = {
    errno.ENOENT: N_("no such file or folder"),
    errno.EACCES: N_("no permission"),
    errno.EPERM: N_("no permission"),
    errno.EROFS: N_("the drive or share is read-only"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EISDIR: N_("is a folder"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.EEXIST: N_("already exists"),
}


def reason(exc: BaseException) -> str:
    """Why a file could not be read or written, in the run's language: PartnerCheck's own
    reasons (services/files.py marks them for the catalog) and the system's commonest
    (SYSTEM_REASONS) in Dutch too; any other as the system gives it."""
    text = getattr(exc, "strerror", None) or str(exc)
    own = catalog(_language[0]).gettext(text)
    code = getattr(exc, "errno", None)
    if own == text and _language[0] != FALLBACK and code in SYSTEM_REASONS:
        return translate(_language[0], SYSTEM_REASONS[code])
    return own


def said(exc: Exception) -> str:
    """A refusal of the rules (domain.refusal: ``field: message``) in the run's language; any
    other error as it says itself."""
    from ..domain.refusal import Refusal

    if not isinstance(exc, Refusal):
        return str(exc)
    message = exc.said(_language[0])
    return f"{exc.field}: {message}" if exc.field else message


def nt(singular: str, plural: str, n: int, **values: object) -> str:
    """The singular or plural form for ``n`` (``{n}``) in the run's language."""
    return translate_plural(_language[0], singular, plural, n, **values)
