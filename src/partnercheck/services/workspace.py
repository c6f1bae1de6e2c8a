"""Wiring shared by the command line and the window: the shipped checklists and the store."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..store import AssessmentStore, open_database

if TYPE_CHECKING:
    from ..domain.library import ChecklistLibrary


@cache
def checklist_library() -> ChecklistLibrary:
    # Imported here: parsing checklists (tomllib, the loader) is not needed to list assessments.
    from ..domain.library import ChecklistLibrary
    from ..resources import checklist_dir

    return ChecklistLibrary.from_directory(checklist_dir())


def open_store(db_path: Path) -> AssessmentStore:
    store = AssessmentStore(open_database(db_path), checklist_library, db_path)
    # After an upgrade of the scoring rules, drafts are rescored once (see docs/scoring.md).
    store.refresh_scoring()
    return store
