"""Wiring shared by the command line and the window: the shipped checklists and the store."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .domain.library import ChecklistLibrary
from .resources import checklist_dir
from .store import AssessmentStore, open_database


@cache
def checklist_library() -> ChecklistLibrary:
    return ChecklistLibrary.from_directory(checklist_dir())


def open_store(db_path: Path) -> AssessmentStore:
    library = checklist_library()
    return AssessmentStore(open_database(db_path), library, db_path)
