"""SQLite storage through sqlite-utils. The only package that writes SQL.

The names below load on first use (PEP 562): a module that only catches ``StoreError`` does
not pay for the repository and the domain modules its parts read, and ``partnercheck import``
pays for them once it opens the store, not before."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import open_database
    from .errors import StoreError, UnknownAssessmentError
    from .repository import AssessmentStore

__all__ = ["AssessmentStore", "StoreError", "UnknownAssessmentError", "open_database"]

_WHERE = {"AssessmentStore": "repository", "StoreError": "errors", "UnknownAssessmentError": "errors", "open_database": "database"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # __import__ rather than importlib.import_module: python -X importtime then lists the module.
    value = getattr(__import__(f"{__name__}.{_WHERE[name]}", fromlist=[name]), name)
    globals()[name] = value  # once: later lookups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
