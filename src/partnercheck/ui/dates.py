"""Dates in the window, in the UI language: ``domain.dates`` (shared with the report) applied.

The UI language is read from the default ``QLocale``, which ``i18n.install_translators``
sets together with the translators, so the dates follow the same switch as every ``tr()``
text without each widget carrying a language. The due-date entry's format lives here as well
(Qt's pattern syntax, so not in the domain): Dutch order in Dutch, day/month/year in English.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QLocale

from ..domain.dates import format_date, format_datetime, format_short_date

# QDateEdit display formats; both day first, with the separator the reader writes.
ENTRY_FORMAT = {"nl": "dd-MM-yyyy", "en": "dd/MM/yyyy"}
# What the entry's placeholder and tooltip show as the expected form.
ENTRY_HINT = {"nl": "dd-mm-jjjj", "en": "dd/mm/yyyy"}


def ui_language() -> str:
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def date_text(value: _dt.date) -> str:
    """``30 november 2026`` / ``30 November 2026``."""
    return format_date(value, ui_language())


def short_date_text(value: _dt.date) -> str:
    """``30-11-2026`` / ``30/11/2026``: for table columns."""
    return format_short_date(value, ui_language())


def local_time_text(at: _dt.datetime, *, seconds: bool = False) -> str:
    """A moment in local time, ``30-11-2026 14:05``; an aware time is converted first."""
    local = at.astimezone() if at.tzinfo is not None else at
    return format_datetime(local, ui_language(), seconds=seconds)


def local_date_text(at: _dt.datetime) -> str:
    """The day of a moment in local time, ``30-11-2026``: a narrow list's "last change"."""
    local = at.astimezone() if at.tzinfo is not None else at
    return short_date_text(local.date())


def stored_date_text(text: str) -> str:
    """A date kept as ISO text (a checklist's content date) in words; as given if it is not one."""
    try:
        return date_text(_dt.date.fromisoformat(text))
    except ValueError:
        return text
