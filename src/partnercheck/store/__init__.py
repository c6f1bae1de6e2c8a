"""SQLite storage through sqlite-utils. The only package that writes SQL.

The names below load on first use (PEP 562): ``from ..store.errors import StoreError`` (the
command line's error handling) must not pay for the repository and every domain module its
parts read, and ``partnercheck import`` pays for them only once it opens the store."""

from __future__ import annotations

from importlib import import_module
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
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value  # once: later lookups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
