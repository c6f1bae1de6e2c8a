"""Wiring shared by the command line and the window: the checklists and the store."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..store import AssessmentStore, open_database

if TYPE_CHECKING:
    from ..domain.library import ChecklistLibrary


def checklist_library() -> ChecklistLibrary:
    """The shipped checklists and those installed from a file; read again only when the
    installed ones change."""
    from ..paths import installed_checklist_dir

    installed = installed_checklist_dir()
    try:
        signature = tuple(sorted((f.name, f.stat().st_mtime_ns) for f in installed.glob("*.toml")))
    except OSError:
        signature = ()
    # With nothing installed the library is the shipped one wherever the folder is: one entry
    # for all (a program that looks at several folders, the tests, parses it once).
    return _library(installed if signature else None, signature)


@cache
def _library(installed: Path | None, signature: tuple[tuple[str, int], ...]) -> ChecklistLibrary:
    # Imported here: parsing checklists (tomllib, the loader) is not needed to list assessments.
    from ..resources import checklist_dir
    from .checklist_cache import load_library

    return load_library([checklist_dir(), *([installed] if installed is not None else [])])


def open_store(db_path: Path, progress: Callable[[int, int], None] | None = None) -> AssessmentStore:
    """The store on ``db_path``; ``progress`` hears how the backup before an upgrade goes."""
    from .files import protect

    store = AssessmentStore(open_database(db_path, progress), checklist_library, db_path)
    for suffix in ("", "-wal", "-shm", "-journal"):  # no export, report or register written over them
        what = "the PartnerCheck database in use" + (f" (its {suffix[1:]} file)" if suffix else "")
        protect(f"{db_path}{suffix}", what, "de PartnerCheck-database die in gebruik is")
    # After an upgrade of the scoring rules, drafts are rescored once (see docs/scoring.md);
    # a database opened read only keeps its stored summaries (nothing is written to it).
    if store.read_only is None:
        store.refresh_scoring()
    return store
