"""Dates as a reader sees them, in Dutch or English: one formatter for the window and the report.

No locale lookup (the machine's locale must not change a report's bytes, and the window's
language is the app's choice, not the system's), so the month names are written here. A
reader never sees ISO dates: the long form is "30 november 2026" / "30 November 2026", the
short numeric form day-first ("30-11-2026" as Dutch writes it, "30/11/2026" in English, as
in the United Kingdom and the rest of Europe).
"""

from __future__ import annotations

import datetime as _dt

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
