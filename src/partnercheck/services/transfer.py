"""Assessments in and out of interchange files: import (read, validate, store) and export.

The window's File menu and ``partnercheck import`` / ``export`` call these, so a file one
accepts the other accepts, and both store it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .files import write_atomically

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..store import AssessmentStore


@dataclass(frozen=True, slots=True)
class Imported:
    id: int
    assessment: Assessment  # as read from the file


def import_bytes(store: AssessmentStore, raw: bytes, source: str) -> Imported:
    """Validate an interchange file's bytes (``source`` names it in errors) and store it as a
    new assessment. Raises InterchangeError for a bad file, StoreError when it cannot be stored."""
    from ..domain.interchange import parse_bytes  # the interchange format loads on first use

    assessment = parse_bytes(raw, source, store.library)
    return Imported(store.create(assessment), assessment)


def import_file(store: AssessmentStore, path: str | Path) -> Imported:
    """:func:`import_bytes` of the file at ``path``; OSError when it cannot be read."""
    return import_bytes(store, Path(path).read_bytes(), str(path))


def export_text(assessment: Assessment) -> str:
    """The interchange file of ``assessment``, as text."""
    from ..domain.interchange import dumps

    return dumps(assessment)


def export_file(assessment: Assessment, path: str | Path) -> None:
    """Write the interchange file whole or not at all; OSError when it cannot be written."""
    write_atomically(path, export_text(assessment).encode("utf-8"))
