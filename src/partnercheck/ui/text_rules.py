"""The window's message for a field that holds a character no text field may (domain.plain_text):
a control character, or a line break in a one-line field, or a text direction override."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..domain.plain_text import TextRefused, refused_char


def problem(label: str, text: str, *, multi_line: bool = False) -> str | None:
    """The message naming the field (``label``, as its form says it) and the character, or None."""
    char = refused_char(text, multi_line=multi_line)
    if char is None:
        return None
    message = QCoreApplication.translate(
        "TextRules", "%1 contains a character that cannot be stored: %2 (a control character or a text direction mark). Remove it and try again."
    )
    return message.replace("%1", label).replace("%2", char)


def first_problem(fields: list[tuple[str, str, bool]]) -> str | None:
    """The message for the first of (label, text, multi-line) that holds what it may not."""
    for label, text, multi_line in fields:
        found = problem(label, text, multi_line=multi_line)
        if found:
            return found
    return None


def refused_message(exc: TextRefused) -> tuple[str, str]:
    """(title, text) for a text a service refused (the window's fields keep such characters out
    as they are typed, so this is the last guard, e.g. for a text set by a plug-in or a test)."""
    char = re.search(r"U\+[0-9A-F]{4}", exc.message)
    title = QCoreApplication.translate("TextRules", "Not saved")
    text = QCoreApplication.translate("TextRules", "The text holds %1, a control character or direction mark that cannot be stored. Not saved.")
    return title, text.replace("%1", char.group() if char else exc.message)
