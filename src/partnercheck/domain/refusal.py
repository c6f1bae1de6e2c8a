"""A refusal that can be said in either language: the rules refuse in English (``str(exc)``,
as logs, the store's messages and tests read it), and keep the catalog's msgid and its values,
so that the command line can say the same in the run's language (cli/explain.py) without
the domain knowing which language that is.

A value that is itself a text of the catalog (the kind of character a field may not hold) is
a :class:`Words`, said in the same language; a field name or a number stays as it is.
"""

from __future__ import annotations


class Words(str):
    """A value that is a msgid of the catalog, translated with the message around it."""

    __slots__ = ()


class Refusal(ValueError):
    """``msgid`` (marked with N_ where it is raised) with its ``{values}``; with ``field``, the
    English reads ``field: message`` (as the callers have always parsed it)."""

    def __init__(self, msgid: str, *, field: str = "", **values: object) -> None:
        self.msgid, self.values, self.field = msgid, values, field
        self.message = said("en", msgid, values)
        super().__init__(f"{field}: {self.message}" if field else self.message)

    def said(self, lang: str) -> str:
        """The message (without the field) in ``lang``."""
        return said(lang, self.msgid, self.values)


def said(lang: str, msgid: str, values: dict[str, object]) -> str:
    """``msgid`` in ``lang`` with ``values``, a :class:`Words` among them in ``lang`` too."""
    from ..catalogs import translate  # English needs no catalog: a refusal costs no start-up

    if lang == "en":
        return msgid.format(**values) if values else msgid
    shown = {name: translate(lang, value) if isinstance(value, Words) else value for name, value in values.items()}
    return translate(lang, msgid, **shown)
