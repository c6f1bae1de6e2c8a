"""Dates as a reader sees them, in Dutch or English: one formatter for the window and the report.

No locale lookup (the machine's locale must not change a report's bytes, and the window's
language is the app's choice, not the system's), so the month names are written here. A
reader never sees ISO dates: the long form is "30 november 2026" / "30 November 2026", the
short numeric form day-first ("30-11-2026" as Dutch writes it, "30/11/2026" in English, as
in the United Kingdom and the rest of Europe).
"""

from __future__ import annotations

import datetime as _dt
import re

LANGUAGES = ("nl", "en")

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}
_SEPARATOR = {"nl": "-", "en": "/"}


def _check(lang: str) -> None:
    if lang not in _MONTHS:
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGUAGES)}")


def format_date(value: _dt.date, lang: str) -> str:
    """``30 november 2026`` (nl) / ``30 November 2026`` (en)."""
    _check(lang)
    return f"{value.day} {_MONTHS[lang][value.month - 1]} {value.year}"


def format_short_date(value: _dt.date, lang: str) -> str:
    """``30-11-2026`` (nl) / ``30/11/2026`` (en): for tables and narrow columns."""
    _check(lang)
    sep = _SEPARATOR[lang]
    return f"{value.day:02d}{sep}{value.month:02d}{sep}{value.year:04d}"


def format_datetime(value: _dt.datetime, lang: str, *, seconds: bool = False) -> str:
    """``30-11-2026 14:05`` / ``30/11/2026 14:05``: the short date and the time as given
    (convert an aware time to local time first; this function does not guess a zone)."""
    clock = f"{value:%H:%M:%S}" if seconds else f"{value:%H:%M}"
    return f"{format_short_date(value, lang)} {clock}"


# Plain strings, compiled (and cached) by re at the first date typed: compiling the three at
# import took ~0.5 ms of every start of the window, which shows dates but reads none.
_NUMERIC = r"(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})"
_ISO = r"(\d{4})-(\d{1,2})-(\d{1,2})"
_IN_WORDS = r"(\d{1,2})\.?\s+([^\W\d_]+)\.?\s+(\d{4})"
# "30 nov 2026", "30 november 2026", "1 mrt 2027": the first three letters, or the whole name
# in either language (and the Dutch abbreviation "mrt").
_MONTH_WORDS = {name.lower(): n for names in _MONTHS.values() for n, name in enumerate(names, start=1)}
_MONTH_WORDS |= {name[:3]: n for name, n in list(_MONTH_WORDS.items())} | {"mrt": 3, "sept": 9}


def parse_date(text: str) -> _dt.date | None:
    """A date as a reader types it, day first, in either language; None when it is not one.

    Accepted: ``30-11-2026``, ``30/11/2026``, ``30.11.2026``, ``1-3-2027``, ``30 november
    2026``, ``30 Nov 2026``, and ISO ``2026-11-30`` (unambiguous: four digits first). Never
    month first: ``03/01/2027`` is 3 January. A day that does not exist (31-02-2027) is None.
    """
    line = text.strip()
    if match := re.fullmatch(_ISO, line):
        year, month, day = (int(g) for g in match.groups())
    elif match := re.fullmatch(_NUMERIC, line):
        day, month, year = (int(g) for g in match.groups())
    elif (match := re.fullmatch(_IN_WORDS, line)) and match.group(2).lower() in _MONTH_WORDS:
        day, month, year = int(match.group(1)), _MONTH_WORDS[match.group(2).lower()], int(match.group(3))
    else:
        return None
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None
