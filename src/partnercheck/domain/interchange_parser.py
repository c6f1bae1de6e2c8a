"""The interchange file's reader underneath: the error that names file and field, a parser
of typed fields, and the structural check run before any field is read (depth, text that
cannot be stored). Apart from interchange.py, which knows the fields of the format."""

from __future__ import annotations

import datetime as _dt
from enum import Enum
from typing import Any, TypeVar

from .assessment import now
from .quoting import show as _show

E = TypeVar("E", bound=Enum)

# Deeper than any file PartnerCheck writes (4 levels) by far, and far from Python's recursion
# limit, so nothing after the check ever recurses into a hostile structure.
MAX_DEPTH = 64


class InterchangeError(Exception):
    def __init__(self, file: str, field: str, message: str) -> None:
        field = _printable(field)
        super().__init__(f"{file}: {field}: {message}" if field else f"{file}: {message}")
        self.file = file
        self.field = field
        self.message = message

    @property
    def kind(self) -> str:
        """What a user is told the problem is, asked by the window and the command line alike:
        ``not-ours`` (not a PartnerCheck file, or damaged), ``newer`` (made by a newer
        version), ``checklist`` (a checklist version this one lacks), or ``refused`` (a value
        it cannot accept; a missing checklist field is one of those, not an unknown version)."""
        if self.field == "format" or (not self.field and ("JSON" in self.message or "UTF-8" in self.message)):
            return "not-ours"
        if self.field == "format_version":
            return "newer"
        if self.field.startswith("checklist") and self.message != "is missing":
            return "checklist"
        return "refused"


class RepeatedKeyError(Exception):
    """A JSON object names one key twice (:func:`load_json`); ``field`` is its path."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class _Repeated(dict[str, Any]):
    """An object that named ``key`` twice: marked while parsing, found with its path after."""

    key = ""


def load_json(text: str) -> Any:
    """``json.loads``, refusing an object that names a key twice (RepeatedKeyError, naming
    the first such field): Python keeps the last value, other readers the first, so a
    reviewer reading the file's text (or another tool) could see one answer and PartnerCheck
    store another."""
    import json

    repeated = False

    def once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal repeated
        data = dict(pairs)
        if len(data) == len(pairs):
            return data
        repeated = True
        marked = _Repeated(data)
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                marked.key = key
                break
            seen.add(key)
        return marked

    data = json.loads(text, object_pairs_hook=once)
    if repeated:  # rare: only then walk the document for the path
        stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
        while stack:
            value, parts = stack.pop()
            if isinstance(value, _Repeated):
                raise RepeatedKeyError(_path((*parts, value.key)))
            if isinstance(value, dict):
                stack.extend((item, (*parts, key)) for key, item in reversed(list(value.items())))
            elif isinstance(value, list):
                stack.extend((item, (*parts, i)) for i, item in reversed(list(enumerate(value))))
    return data


REPEATED = "is given twice in one JSON object; other programs may read the other value, so the file is refused"


def _printable(text: str) -> str:
    """``text`` with control characters, line breaks and lone surrogates written as escapes,
    so a field name taken from a hostile file still prints as one line on any terminal."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else repr(c)[1:-1] for c in text)


def _path(parts: tuple[str | int, ...]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _text_problem(text: str) -> str | None:
    """Why ``text`` cannot be stored as typed, or None.

    NUL (U+0000) ends a text for SQLite's own functions (a name starting with it would read
    as empty), and a lone surrogate (half of a UTF-16 pair, from a JSON escape such as
    backslash-u-d800) is not a character at all and cannot be written as UTF-8.
    """
    if "\x00" in text:
        return f"contains a NUL character (\\u0000) at position {text.index(chr(0)) + 1}; remove it"
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"contains half of a UTF-16 surrogate pair (\\u{ord(text[exc.start]):04x}) at position {exc.start + 1}, which is not a character"
    return None


def _check_structure(data: Any, p: _Parser) -> None:
    """Refuse what no field may hold, anywhere in the document, before reading any field:
    nesting deeper than :data:`MAX_DEPTH` and text (keys included) that cannot be stored.

    Iterative, so a hostile depth cannot exhaust the stack here either. With ``p.plain`` (the
    JSON text has no escape that could make such a text, :func:`plain`), only the depth is
    walked: the problem found, if any, is the one the whole walk would find first.
    """
    if p.plain:
        _check_depth(data, p)
        return
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, parts = stack.pop()
        if len(parts) > MAX_DEPTH:
            raise p.fail(_path(parts[:1]), f"is nested more than {MAX_DEPTH} levels deep; no PartnerCheck file is")
        if isinstance(value, str):
            problem = _text_problem(value)
            if problem:
                raise p.fail(_path(parts), problem)
        elif isinstance(value, dict):
            for key, item in reversed(list(value.items())):
                if isinstance(key, str) and (problem := _text_problem(key)):
                    raise p.fail(_path((*parts, key)), f"the name of this field {problem}")
                stack.append((item, (*parts, key)))
        elif isinstance(value, list):
            stack.extend((item, (*parts, i)) for i, item in reversed(list(enumerate(value))))


# The only ways a JSON text gives a string a NUL or half a surrogate pair: the escapes \u0000
# and \ud800 to \udfff (a raw NUL is refused by the JSON reader, a raw surrogate by UTF-8).
_UNSTORABLE_ESCAPE = r"\\u(?:0000|[dD][89a-fA-F])"


def plain(text: str) -> bool:
    """Whether no string in the JSON ``text`` can hold what :func:`_text_problem` refuses, so
    the structure check need not look at every string (issue 16: a fifth of reading a file).
    An escaped backslash before "u0000" also says no: then the whole walk decides."""
    import re  # (compiled once: re keeps it)

    return re.search(_UNSTORABLE_ESCAPE, text) is None


def _check_depth(data: Any, p: _Parser) -> None:
    """The depth part of :func:`_check_structure`, over containers only, top-level field by
    field in order: the field named is the first whose content is too deep."""
    containers = (dict, list)
    for key, top in data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ():
        stack: list[tuple[Any, int]] = [(top, 1)] if isinstance(top, containers) else []
        while stack:
            value, depth = stack.pop()
            if value and depth >= MAX_DEPTH:  # what it holds is deeper than MAX_DEPTH
                raise p.fail(_path((key,)), f"is nested more than {MAX_DEPTH} levels deep; no PartnerCheck file is")
            stack += [(child, depth + 1) for child in (value.values() if isinstance(value, dict) else value) if isinstance(child, containers)]


class _Parser:
    def __init__(self, file: str, plain: bool = False) -> None:
        self.file = file
        self.plain = plain  # the JSON text passed plain(): no string needs a look of its own

    def fail(self, field: str, message: str) -> InterchangeError:
        return InterchangeError(self.file, field, message)

    def document(self, data: Any, fmt: str, newest: int, what: str) -> dict[str, Any]:
        """The top-level object of a PartnerCheck file of kind ``fmt`` (``what`` names it in
        the message), its structure checked, its version one this PartnerCheck reads, and valid
        against its JSON Schema (domain.interchange_schema)."""
        doc = self.obj(data, "")
        _check_structure(doc, self)
        if doc.get("format") != fmt:
            raise self.fail("format", f"must be {fmt!r}; this is not a PartnerCheck {what}")
        version = doc.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self.fail("format_version", "must be a positive whole number")
        if version > newest:
            raise self.fail("format_version", f"{_show(version)} is newer than this PartnerCheck reads ({newest}); update PartnerCheck")
        from .interchange_schema import problem

        found = problem(fmt, doc)  # the rest of what the schema says, before any field is read
        if found is not None:
            raise self.fail(*found)
        return doc

    def obj(self, value: Any, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, "must be a JSON object")
        return value

    # Type, presence and the allowed values were checked against the schema in document():
    # text() and enum() only read.

    def text(self, d: dict[str, Any], name: str, field: str, *, required: bool) -> str:
        value = d.get(name)
        return value if isinstance(value, str) else ""

    def enum(self, d: dict[str, Any], name: str, field: str, kind: type[E]) -> E:
        return kind(d.get(name))

    def datetime(self, d: dict[str, Any], name: str, field: str = "") -> _dt.datetime | None:
        value = d.get(name)
        key = f"{field}.{name}" if field else name
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(key, "must be a date and time (ISO 8601)")
        try:
            parsed = _dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"{_show(value)} is not a date and time (ISO 8601)") from None
        if parsed.tzinfo is not None:
            return parsed
        try:
            return parsed.astimezone()  # the local time of this computer, as documented
        except (ValueError, OverflowError, OSError):
            # Outside what the operating system's time zone rules cover (the year 1, 9999):
            # the offset the computer has now is the best reading of "local time".
            return parsed.replace(tzinfo=now().tzinfo)
