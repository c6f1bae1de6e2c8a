"""Which characters a text field may hold, once for import, the window and the command line.

A one-line field (a party's name, an assessor, an agreement's title, an event's text) holds
no control characters (C0, DEL and C1: an escape sequence recolours or clears a terminal, NUL
ends a text for SQLite) and no bidirectional overrides or isolates (U+202A-202E, U+2066-2069:
a right-to-left override shows "Breda" spelt backwards, or a name as another one). Multi-line
free text (a note, an action, contact persons) keeps line breaks and tabs but refuses the rest.
The JSON Schemas in resources/schemas/ say the same with LINE_PATTERN and TEXT_PATTERN (a test
holds them to these).
"""

from __future__ import annotations

import re

from ..catalogs import N_
from .refusal import Refusal, Words, said

_BIDI = "\u202a-\u202e\u2066-\u2069"
# Written as a JSON Schema (ECMA-262) pattern, which Python's re reads the same way.
LINE_PATTERN = "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$"
TEXT_PATTERN = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$"

_LINE_RULE = Words(N_("a one-line field may not hold control characters, line breaks or direction overrides"))
_TEXT_RULE = Words(N_("a text may hold line breaks and tabs but no other control characters or direction overrides"))
_PROBLEM = N_("contains {what} ({code}) at position {position}; {rule}")
_LINE_BAD = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_TEXT_BAD = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]")


class TextRefused(Refusal):
    """A field holds a character it may not; the message starts with the field's name (and
    can be said in Dutch: domain.refusal)."""


def _what(char: str) -> Words:
    code = ord(char)
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        return Words(N_("a text direction override") if code <= 0x202E else N_("a text direction isolate"))
    if char in "\n\r":
        return Words(N_("a line break"))
    return Words(N_("a control character"))


def _found(bad: re.Pattern[str], rule: Words, text: str) -> dict[str, object] | None:
    """The values of the message for the first character ``bad`` finds in ``text``, or None."""
    found = bad.search(text)
    if found is None:
        return None
    return {"what": _what(found.group()), "code": f"U+{ord(found.group()):04X}", "position": found.start() + 1, "rule": rule}


def refused_char(text: str, *, multi_line: bool = False) -> str | None:
    """The first character ``text`` may not hold, as U+XXXX (for the window's message), or None."""
    found = (_TEXT_BAD if multi_line else _LINE_BAD).search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


def line_problem(text: str) -> str | None:
    """Why ``text`` cannot be a one-line field, or None."""
    values = _found(_LINE_BAD, _LINE_RULE, text)
    return None if values is None else said("en", _PROBLEM, values)


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be multi-line free text (line breaks and tabs are fine), or None."""
    values = _found(_TEXT_BAD, _TEXT_RULE, text)
    return None if values is None else said("en", _PROBLEM, values)


def pattern_problem(pattern: str, text: str) -> str | None:
    """The message for a schema's ``pattern`` that is one of ours, or None for another one."""
    if pattern == LINE_PATTERN:
        return line_problem(text)
    if pattern == TEXT_PATTERN:
        return text_problem(text)
    return None


def check_lines(**fields: str | None) -> None:
    """TextRefused (a ValueError) ``"field: message"`` for the first one-line field that holds what it may not."""
    for name, value in fields.items():
        if value and (values := _found(_LINE_BAD, _LINE_RULE, value)):
            raise TextRefused(_PROBLEM, field=name, **values)


def check_texts(**fields: str | None) -> None:
    """As :func:`check_lines`, for multi-line free text."""
    for name, value in fields.items():
        if value and (values := _found(_TEXT_BAD, _TEXT_RULE, value)):
            raise TextRefused(_PROBLEM, field=name, **values)


def keep_out(text: str, *, multi_line: bool = False) -> tuple[str, tuple[str, ...]]:
    """``text`` without the characters the rule refuses, and those left out as U+XXXX (each once,
    in order). A line break or tab in a one-line field becomes a space (a pasted address stays
    readable); that is not reported, as the user sees it.

    The window's fields use this as text is typed or pasted (ui/text_guard.py)."""
    if not multi_line:
        text = text.replace("\r\n", " ").translate(_SPACES)
    bad = _TEXT_BAD if multi_line else _LINE_BAD
    left_out = tuple(dict.fromkeys(f"U+{ord(char):04X}" for char in bad.findall(text)))
    return (bad.sub("", text), left_out) if left_out else (text, ())


_SPACES = str.maketrans("\t\n\r\u2028\u2029", "     ")
