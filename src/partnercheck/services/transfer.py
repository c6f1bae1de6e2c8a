"""Assessments in and out of interchange files: import (read, validate, store) and export.

The window's File menu and ``partnercheck import`` / ``export`` call these, so a file one
accepts the other accepts, and both store it the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .files import write_atomically
from .importing import ImportMode, ImportResult

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..store import AssessmentStore


def import_bytes(store: AssessmentStore, raw: bytes, source: str, mode: ImportMode = ImportMode.REFUSE) -> ImportResult:
    """Recognise a file's bytes (an interchange JSON file or a review package; ``source``
    names it in errors), validate it whole and store it (services.importing: the rule for an
    assessment whose uuid exists). Raises InterchangeError for a bad file, StoreError when it
    cannot be stored."""
    from .importing import load_bytes, store_loaded

    return store_loaded(store, load_bytes(raw, source), source, mode)


def import_file(store: AssessmentStore, path: str | Path, mode: ImportMode = ImportMode.REFUSE) -> ImportResult:
    """:func:`import_bytes` of the file at ``path``; OSError when it cannot be read."""
    from .importing import read_file

    return import_bytes(store, read_file(path), str(path), mode)


def export_text(assessment: Assessment) -> str:
    """The interchange file of ``assessment``, as text."""
    from ..domain.interchange import dumps

    return dumps(assessment)


def export_file(assessment: Assessment, path: str | Path) -> None:
    """Write the interchange file whole or not at all; OSError when it cannot be written."""
    write_atomically(path, export_text(assessment).encode("utf-8"))
